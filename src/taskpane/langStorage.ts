import type { Lang } from "../domain/types";
import { storedItem } from "./storedItem";

/** Where the pane keeps the language the person chose, so the next time it opens in that language. */
export interface LangStorage {
  load(): Lang | null;
  save(lang: Lang): void;
}

/** A LangStorage over Web Storage (the pane's localStorage); none available: nothing is remembered. */
export function webLangStorage(storage: Pick<Storage, "getItem" | "setItem"> | undefined): LangStorage {
  const item = storedItem(storage, "kaw.paneLanguage");
  return {
    load: () => {
      const value = item.get();
      return value === "zh-CN" || value === "en-US" ? value : null;
    },
    save: (lang) => item.set(lang),
  };
}
