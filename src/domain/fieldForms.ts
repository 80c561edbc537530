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

/**
 * The balance-sheet forms of a name at one end of the period: Chinese prefixes ("期初存货"), bracketed and suffixed
 * forms ("存货（期初数）", "存货期初余额"), and English words ("Opening inventory", "Inventory, beginning of year").
 */
function balanceForms(
  names: readonly string[],
  zhPrefixes: readonly string[],
  en: { readonly adjectives: readonly string[]; readonly brackets: readonly string[]; readonly when: string },
): string[] {
  return forms(
    names,
    (n) => zhPrefixes.flatMap((p) => [p + n, `${n}(${p})`, `${n}(${p}数)`, `${n}${p}数`, `${n}${p}余额`]),
    (n) => {
      const lower = n.charAt(0).toLowerCase() + n.slice(1);
      return [
        ...en.adjectives.map((adjective) => `${adjective} ${lower}`),
        ...en.brackets.map((word) => `${n} (${word})`),
        `${n}, ${en.when}`,
        `${n} at ${en.when}`,
        `${n} (${en.when})`,
      ];
    },
  );
}

/** "期初存货", "存货（年初数）", "Opening inventory", "Inventory, beginning of year". */
export function openingForms(names: readonly string[]): string[] {
  return balanceForms(names, ["期初", "年初", "上年末", "上期末"], {
    adjectives: ["Opening", "Beginning"],
    brackets: ["opening", "beginning"],
    when: "beginning of year",
  });
}

/** "期末存货", "存货（期末数）", "Closing inventory", "Inventory, end of year": the closing balance is the plain field. */
export function closingForms(names: readonly string[]): string[] {
  return balanceForms(names, ["期末", "年末", "本期末"], {
    adjectives: ["Closing", "Ending"],
    brackets: ["closing", "ending"],
    when: "end of year",
  });
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
