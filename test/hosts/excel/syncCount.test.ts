import { ExcelWorkbook } from "../../../src/hosts/excel/excelWorkbook";
import { financeRows, ratioBlock } from "./financeSheet";
import { MockExcel } from "./mockExcel";

const sheet = "财务数据";

/**
 * Round trips of a whole runJob (read 12 columns, write a 7-column block) with the default budget of 4 000 000 bytes.
 * Cold (no earlier read): sync 1 learns the used range (3 heading rows + data) and brings a sample of the first
 *   100 rows × 64 columns; the rest is read in chunks sized from the bytes per cell measured on what came before.
 * Warm (after the pane's detection read): sync 1 already brings the first chunk, sized from the bytes the last read
 *   measured, and the rest follows in chunks sized the same way.
 * Measured: a data row's JSON is ["客户N","KA M",1200,800,5000,4600,9000,7200,450,1500,900,""]: 60 bytes plus the
 *   digits of N and M (客户 is 6 bytes of UTF-8), so 65–72 bytes for 12 cells, 5.4–6.0 bytes per cell; doubled for
 *   headroom and rounded up, 12 for the sample and for every later chunk → floor(floor(4 000 000 / 12) / 12) = 27 777
 *   rows per sync.
 * Write: a row costs 76 bytes (see ratioBlock), a sync 2 + 76 k bytes → k = floor(3 999 998 / 76) = 52 631 rows.
 */
const cases = [
  // 13 used rows: all in the sample (cold) or the hinted first chunk (warm); write 2 + 10 × 76 = 762 bytes → 1 sync.
  { dataRows: 10, withHint: 2, withoutHint: 2 },
  // 10 003 used rows: cold the sample, then the 9 903 other rows in 1 sync (< 27 777), warm 1;
  // write 2 + 10 000 × 76 = 760 002 bytes → 1 sync.
  { dataRows: 10_000, withHint: 2, withoutHint: 3 },
  // 200 003 used rows: cold the sample, then ceil(199 903 / 27 777) = 8 chunks (7 × 27 777 = 194 439 < 199 903);
  // warm ceil(200 003 / 27 777) = 8; write ceil(200 000 / 52 631) = 4 syncs (3 × 52 631 = 157 893 < 200 000).
  { dataRows: 200_000, withHint: 8 + 4, withoutHint: 1 + 8 + 4 },
];

describe("round trips of a job run", () => {
  it.each(cases)(
    "$dataRows rows × 12 columns: $withHint syncs with a dimension hint, $withoutHint without",
    async ({ dataRows, withHint, withoutHint }) => {
      const cold = new MockExcel([{ name: sheet, rows: financeRows(dataRows) }]);
      await new ExcelWorkbook(cold.runner, { isSetSupported: () => true }).runJob(sheet, () => ({
        edit: { changes: [ratioBlock(sheet, dataRows)] },
        result: null,
      }));
      expect(cold.sync).toHaveBeenCalledTimes(withoutHint);
      expect(cold.runs).toBe(1);

      const warm = new MockExcel([{ name: sheet, rows: financeRows(dataRows) }]);
      const host = new ExcelWorkbook(warm.runner, { isSetSupported: () => true });
      await host.read(sheet); // the task pane's detection: the host now knows the sheet's dimensions
      warm.sync.mockClear();
      warm.runs = 0;
      const read = await host.runJob(sheet, (snapshot) => ({
        edit: { changes: [ratioBlock(sheet, dataRows)] },
        result: snapshot.grid.values,
      }));
      expect(read).toHaveLength(dataRows + 3);
      expect(read[dataRows + 2]?.[0]).toBe(`客户${dataRows}`);
      expect(warm.sync).toHaveBeenCalledTimes(withHint);
      expect(warm.runs).toBe(1);
      // Spot-check the last row on both ends: read back whole, written whole.
      expect(warm.cell(sheet, `S${dataRows + 3}`)).toEqual({ value: "'k", numberFormat: "@" });
    },
  );
});
