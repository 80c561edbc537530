// One section of BENCHMARKS.md replaced by a job's measures: every other line stays as it was.
"use strict";

/**
 * Replace the section under `heading` (a "## " line, up to the next "## " heading or the end) with `section`, or
 * append it.
 */
function replaceSection(text, heading, section) {
  const lines = text.split("\n");
  const start = lines.indexOf(heading);
  if (start === -1) return `${text.replace(/\n*$/, "")}\n\n${section}\n`;
  const end = lines.findIndex((line, i) => i > start && line.startsWith("## "));
  if (end === -1) return [...lines.slice(0, start), section, ""].join("\n");
  return [...lines.slice(0, start), section, "", ...lines.slice(end)].join("\n");
}

module.exports = { replaceSection };
