import fc from "fast-check";
import { maxSheetNameLength, sheetNameProblem, uniqueSheetName } from "../../src/plan/sheetName";

describe("sheetNameProblem", () => {
  it.each([
    ["客户分类", null],
    ["Monthly sales", null],
    ["", "blank"],
    ["   ", "blank"],
    ["a".repeat(32), "tooLong"],
    ["a".repeat(31), null],
    ["Sales: 2024", "forbiddenCharacter"],
    ["A/B", "forbiddenCharacter"],
    ["A\\B", "forbiddenCharacter"],
    ["[x]", "forbiddenCharacter"],
    ["What?", "forbiddenCharacter"],
    ["Star*", "forbiddenCharacter"],
    ["'Quoted", "apostropheAtEnd"],
    ["Quoted'", "apostropheAtEnd"],
    ["O'Brien", null],
    ["History", "reserved"],
    ["HISTORY", "reserved"],
    ["History 2", null],
  ])("%j → %s", (name, problem) => {
    expect(sheetNameProblem(name)).toBe(problem);
  });
});

describe("uniqueSheetName", () => {
  it("keeps a free name as it is", () => {
    expect(uniqueSheetName("月度销售", ["客户财务"])).toBe("月度销售");
  });

  it("numbers a name taken in any case", () => {
    expect(uniqueSheetName("Monthly sales", ["monthly SALES"])).toBe("Monthly sales (2)");
    expect(uniqueSheetName("Monthly sales", ["Monthly sales", "Monthly sales (2)"])).toBe(
      "Monthly sales (3)",
    );
  });

  it("shortens the base so the numbered name stays within 31 characters", () => {
    const long = "Development record for a customer"; // 33 characters
    const first = uniqueSheetName(long, []);
    expect(first).toBe("Development record for a custom");
    expect(uniqueSheetName(long, [first])).toBe("Development record for a cu (2)");
  });

  it("cleans forbidden characters, end apostrophes and the reserved name", () => {
    expect(uniqueSheetName("'2024/03: sales'", [])).toBe("2024_03_ sales");
    expect(uniqueSheetName("history", [])).toBe("history_");
    expect(uniqueSheetName("  ", [])).toBe("Sheet");
  });

  it("never splits a surrogate pair when shortening", () => {
    const name = `${"a".repeat(30)}😀`;
    expect(uniqueSheetName(name, [])).toBe("a".repeat(30));
  });

  it("always gives a name Excel accepts and no existing sheet has (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(fc.string({ maxLength: 35 }), { maxLength: 6 }),
        (wanted, existing) => {
          const name = uniqueSheetName(wanted, existing);
          expect(sheetNameProblem(name)).toBeNull();
          expect(name.length).toBeLessThanOrEqual(maxSheetNameLength);
          expect(existing.map((other) => other.toLowerCase())).not.toContain(name.toLowerCase());
        },
      ),
    );
  });
});
