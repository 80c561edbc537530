import fc from "fast-check";
import { aggregateRows } from "../../../src/domain/transactions/aggregate";
import type { RefLine } from "./referenceAggregate";
import { referenceAggregate } from "./referenceAggregate";

const columns = { date: 0, customer: 1, sku: 2, product: 3, quantity: 4, unitPrice: 5, amount: 6 };
const line = fc.tuple(
  fc.constantFrom(
    null,
    "",
    " ",
    45356,
    45291.5,
    45292,
    60,
    1,
    "2024-02-30",
    "03/05/2024",
    "13/05/2024",
    "2023年12月1日 9:00",
    "44927",
    "abc",
    true,
  ),
  fc.constantFrom(null, " ", "甲", "ＡＢＣ", "ABC ", "abc", 7, "\u3000", "😀", "\uffff"),
  fc.constantFrom(null, "", "A", "Ａ", "b", 1001, "1001", " "),
  fc.constantFrom(null, "", "x", " y ", "X", 5),
  fc.constantFrom(null, "", 1, -2, 0.1, "3", "(1)", "x", 2.5, -0.0004),
  fc.constantFrom(null, 19.99, 0.7, "1,000", "bad", 1.005),
  fc.constantFrom(null, "", 0.1, 0.2, -5, "¥1,234.5", "#N/A", 59.97, 1e9, 0.005),
) as fc.Arbitrary<RefLine>;

describe("aggregateRows against the plain reference of the README's rules", () => {
  it("gives the same aggregate for any lines", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 80 }), (lines) => {
        expect(aggregateRows(lines, columns).aggregate).toEqual(referenceAggregate(lines));
      }),
      { numRuns: 400 },
    );
  });

  it("gives the same aggregate whatever the order of the lines", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.integer(), (lines, seed) => {
        const shuffled = [...lines].sort(
          (a, b) => ((lines.indexOf(a) * 7919 + seed) % 13) - ((lines.indexOf(b) * 7919 + seed) % 13),
        );
        expect(aggregateRows(shuffled, columns).aggregate).toEqual(aggregateRows(lines, columns).aggregate);
      }),
      { numRuns: 200 },
    );
  });
});
