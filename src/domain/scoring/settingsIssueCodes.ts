/**
 * The issue codes of the AHP weights, the weight check and the Settings sheet: they belong to the scores job,
 * which lists them in its `issueCodes`; tests hold them to a message in each catalog.
 * - ahp.*       a pairwise comparison matrix cannot be used, or is inconsistent (CR ≥ 0.1, a warning)
 * - weights.*   weights given directly cannot be used as they are
 * - settings.*  a cell of the Settings sheet (参数设置) cannot be used
 */
export const scoreIssueCodes: readonly string[] = [
  "ahp.tooSmall",
  "ahp.tooLarge",
  "ahp.notSquare",
  "ahp.notPositive",
  "ahp.outOfScale",
  "ahp.notReciprocal",
  "ahp.inconsistent",
  "weights.negative",
  "weights.sumNotOne",
  "settings.blank",
  "settings.notNumber",
  "settings.outOfRange",
  "settings.unknownChoice",
  "settings.sumNotOne",
  "settings.bandOrder",
  "settings.bandIncomplete",
  "settings.duplicateKey",
  "settings.complexityOrder",
  "settings.unknownKey",
];
