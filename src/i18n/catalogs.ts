import type { Lang } from "../domain/types";
import { enUS } from "./en-US";
import type { Catalog } from "./en-US";
import { zhCN } from "./zh-CN";

/** Both catalogs by language. */
export const catalogs: Readonly<Record<Lang, Catalog>> = { "en-US": enUS, "zh-CN": zhCN };

export type MessageParams = Readonly<Record<string, string | number>>;

/** Replaces each {{name}} with its parameter; unknown placeholders stay visible so a gap is noticed. */
export function interpolate(template: string, params?: MessageParams): string {
  if (params === undefined) return template;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
