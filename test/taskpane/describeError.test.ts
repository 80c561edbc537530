import { ExcelHostError } from "../../src/hosts/excel/excelHostError";
import { describeError } from "../../src/taskpane/describeError";

describe("describeError", () => {
  const protectedSheet = new ExcelHostError(
    "excel.sheetProtected",
    new Error('the sheet "财务数据" is protected'),
    { sheet: "财务数据" },
  );

  it("words a protected sheet in the pane's language, naming the sheet and what to do", () => {
    expect(describeError(protectedSheet, "zh-CN")).toEqual({
      message:
        "工作表“财务数据”受保护，Excel 拒绝在其中写入新单元格。请先撤消保护（审阅 › 撤消工作表保护），或选择其他工作表。",
      details: "excel.sheetProtected",
    });
    expect(describeError(protectedSheet, "en-US").message).toBe(
      "The sheet 财务数据 is protected, so Excel refuses new cells there. Unprotect it (Review › Unprotect Sheet) or choose another sheet.",
    );
  });

  it("keeps Excel's own message for a failure the catalogs do not word, or without a language", () => {
    const failed = new ExcelHostError("excel.writeFailed", new Error("The argument is invalid or missing."));
    expect(describeError(failed, "en-US").message).toBe("The argument is invalid or missing.");
    expect(describeError(protectedSheet).message).toBe('the sheet "财务数据" is protected');
  });
});
