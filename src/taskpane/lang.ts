import type { Lang } from "../domain/types";

/** The pane's language for an Office display language or a browser language tag: Chinese → zh-CN, else en-US. */
export function toLang(languageTag: string | undefined | null): Lang {
  return languageTag?.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}
