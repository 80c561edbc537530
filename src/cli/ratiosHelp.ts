import { fieldKeys, requiredFields } from "../domain/fields";
import type { Lang } from "../domain/types";
import { fieldName, t } from "../i18n";
import { displayWidth } from "./report";

function padTo(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * `kaw ratios --help`: the options, then every field key with its English and Chinese names, whether it is
 * required, and what it reads.
 */
export function ratiosHelp(lang: Lang): string {
  let keyWidth = 0;
  for (const field of fieldKeys) keyWidth = Math.max(keyWidth, field.length);
  const marks = [t(lang, "cli.ratiosHelp.required"), t(lang, "cli.ratiosHelp.optional")];
  let markWidth = 0;
  for (const mark of marks) markWidth = Math.max(markWidth, displayWidth(mark));
  const indent = " ".repeat(2 + keyWidth + 2 + markWidth + 2);
  const lines = [t(lang, "cli.ratiosHelp.usage")];
  for (const field of fieldKeys) {
    const mark = requiredFields.includes(field) ? marks[0] : marks[1];
    const names = `${fieldName("en-US", field)} · ${fieldName("zh-CN", field)}`;
    lines.push(`  ${field.padEnd(keyWidth)}  ${padTo(mark ?? "", markWidth)}  ${names}`);
    lines.push(`${indent}${t(lang, `cli.fieldReads.${field}`)}`);
  }
  lines.push("", t(lang, "cli.ratiosHelp.example"));
  return lines.join("\n");
}
