/**
 * Generated header forms: opening and closing balances ("期初存货", "Inventory (opening)") and the current period
 * of income-statement items ("本年营业收入"). Generated so every base name gets every form.
 */

const cjk = /[\u4e00-\u9fff]/;

function forms(
  names: readonly string[],
  chinese: (name: string) => string[],
  english: (name: string) => string[],
): string[] {
  return names.flatMap((name) => (cjk.test(name) ? chinese(name) : english(name)));
}

/** "期初存货", "存货（年初数）", "Opening inventory", "Inventory, beginning of year". */
export function openingForms(names: readonly string[]): string[] {
  return forms(
    names,
    (n) =>
      ["期初", "年初", "上年末", "上期末"].flatMap((p) => [
        p + n,
        `${n}(${p})`,
        `${n}(${p}数)`,
        `${n}${p}数`,
        `${n}${p}余额`,
      ]),
    (n) => {
      const lower = n.charAt(0).toLowerCase() + n.slice(1);
      return [
        `Opening ${lower}`,
        `Beginning ${lower}`,
        `${n} (opening)`,
        `${n} (beginning)`,
        `${n}, beginning of year`,
        `${n} at beginning of year`,
        `${n} (beginning of year)`,
      ];
    },
  );
}

/** "期末存货", "存货（期末数）", "Closing inventory", "Inventory, end of year": the closing balance is the plain field. */
export function closingForms(names: readonly string[]): string[] {
  return forms(
    names,
    (n) =>
      ["期末", "年末", "本期末"].flatMap((p) => [
        p + n,
        `${n}(${p})`,
        `${n}(${p}数)`,
        `${n}${p}数`,
        `${n}${p}余额`,
      ]),
    (n) => {
      const lower = n.charAt(0).toLowerCase() + n.slice(1);
      return [
        `Closing ${lower}`,
        `Ending ${lower}`,
        `${n} (closing)`,
        `${n} (ending)`,
        `${n}, end of year`,
        `${n} at end of year`,
        `${n} (end of year)`,
      ];
    },
  );
}

/** "本年营业收入", "本期净利润", "营业收入（本年）": the current period of an income-statement item. */
export function periodForms(names: readonly string[]): string[] {
  return forms(
    names,
    (n) => [
      ...["本年", "本期", "本年累计"].flatMap((p) => [p + n, `${n}(${p})`]),
      `${n}本期金额`,
      `${n}本年金额`,
    ],
    (n) => [`${n} (current year)`, `${n}, current year`],
  );
}
