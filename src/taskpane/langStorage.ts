import type { Lang } from "../domain/types";

/** Where the pane keeps the language the person chose, so the next time it opens in that language. */
export interface LangStorage {
  load(): Lang | null;
  save(lang: Lang): void;
}

const key = "kaw.paneLanguage";

/** A LangStorage over Web Storage (the pane's localStorage); none available: nothing is remembered. */
export function webLangStorage(storage: Pick<Storage, "getItem" | "setItem"> | undefined): LangStorage {
  return {
    load: () => {
      const value = read(storage);
      return value === "zh-CN" || value === "en-US" ? value : null;
    },
    save: (lang) => {
      try {
        storage?.setItem(key, lang);
      } catch {
        // Storage full or blocked (private mode): the choice holds for this session only, which is all we can do.
      }
    },
  };
}

function read(storage: Pick<Storage, "getItem"> | undefined): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    // Reading storage throws in some sandboxed frames: behave as if nothing was stored.
    return null;
  }
}
