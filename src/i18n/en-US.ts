/**
 * English catalog. Its shape defines `Catalog`: zh-CN must have exactly the same keys (a test checks it).
 * Placeholders: {{field}} {{fieldLower}} {{value}} {{ratio}} {{header}} {{column}} {{cell}}.
 */

/** Widens a literal catalog to the same shape with `string` leaves. */
type StringLeaves<T> = { readonly [K in keyof T]: T[K] extends string ? string : StringLeaves<T[K]> };

export const enUS = {
  fields: {
    customerName: "Customer name",
    customerId: "Customer ID",
    currentAssets: "Current assets",
    currentLiabilities: "Current liabilities",
    totalAssets: "Total assets",
    totalAssetsOpening: "Opening total assets",
    revenue: "Revenue",
    costOfSales: "Cost of sales",
    netProfit: "Net profit",
    accountsReceivable: "Accounts receivable",
    accountsReceivableOpening: "Opening accounts receivable",
    inventory: "Inventory",
    inventoryOpening: "Opening inventory",
  },

  columns: {
    currentRatio: "Current ratio",
    currentAssetRatio: "Current-asset ratio",
    netProfitMargin: "Net profit margin",
    returnOnAssets: "Return on assets",
    collectionDays: "Collection period (days)",
    inventoryDays: "Inventory period (days)",
    dataIssues: "Data issues",
  },

  /** Short ratio names for messages. */
  ratios: {
    currentRatio: "Current ratio",
    currentAssetRatio: "Current-asset ratio",
    netProfitMargin: "Net profit margin",
    returnOnAssets: "Return on assets",
    collectionDays: "Collection period",
    inventoryDays: "Inventory period",
  },

  /** Short forms, for a row's Data issues cell; the long form adds the location in front. */
  issues: {
    "cell.blank": "{{field}}: blank",
    "cell.errorValue": "{{field}}: {{value}}",
    "cell.placeholder": "{{field}}: not given ({{value}})",
    "cell.notNumber": '{{field}}: "{{value}}" is not a number',
    "ratio.zeroDenominator": "{{ratio}}: zero {{fieldLower}}",
    "ratio.negativeDenominator": "{{ratio}}: negative {{fieldLower}}",
    "source.noHeaderRow":
      "No header row found in the first 20 rows (a row with headers such as Current assets, Total assets, Revenue)",
    "source.missingField": "{{field}}: no column found",
    "source.noDataRows": "No customer rows below the header row",
    "output.headerConflict": 'Column {{column}} already has the header "{{header}}"',
    "output.cellNotEmpty": "Cell {{cell}} is not empty",
    "output.ownedBlockChanged": "Cells written by an earlier run were changed or moved",
    "output.sheetProtected":
      "The sheet {{sheet}} is protected, so Excel would refuse the new cells: unprotect it (Review › Unprotect Sheet) or choose another sheet",
    "output.noRoom":
      "No room for the {{count}} new columns right of column {{column}}: a sheet ends at column XFD",
  },

  units: {
    yuan: "yuan",
    thousand: "thousand",
    tenThousand: "ten thousand",
    million: "million",
    hundredMillion: "hundred million",
    fromHeader: "from the header",
    fromSheet: "from the unit line",
    fromDefault: "default",
  },

  ui: {
    title: "Customer ratios",
    language: "Language",
    loading: "Reading the workbook…",
    reload: "Read the sheet again",
    source: "Source",
    sheet: "Sheet",
    headerRow: "Header row",
    dataRows: "Data rows",
    unit: "Unit",
    unitDefault: "yuan (default)",
    mapping: "Field mapping ({{found}}/{{total}} found)",
    mappingHelp: "Choose the column for each field. Fields marked * are required.",
    notMapped: "Not mapped",
    chooseColumn: "Required: choose its column",
    fieldUnit: "unit {{unit}}",
    willAdd: "Will add {{count}} columns: {{columns}}",
    willAddAt: "Starting at column {{column}} of {{sheet}}.",
    dayBasis: "Day basis",
    days365: "365 days",
    days360: "360 days",
    run: "Calculate ratios",
    blockedMissing: "Map the required fields first: {{fields}}.",
    blockedRefused: "It cannot write yet:",
    running: "Calculating…",
    writing: "Writing… {{percent}}",
    done: "Analysed {{rows}} customers, wrote {{columns}} columns ({{seconds}} s)",
    doneWhere: "Columns {{first}}–{{last}} on {{sheet}}: {{columns}}",
    problems: "{{count}} rows have problems",
    problemsOne: "1 row has problems",
    showProblems: "Show the list",
    hideProblems: "Hide the list",
    firstProblems: "The first {{shown}} of {{total}} problems:",
    selectFailed: "Could not select {{cell}}: {{message}}",
    refused: "Nothing was written.",
    refusedHelp:
      "Fix the cells listed (click one to go there) or choose another sheet, then calculate again.",
    failed: "The calculation failed and nothing was written.",
    failedDetail: "What happened: {{message}}",
    tryAgain: "Try again",
    readFailed: "Could not read the sheet: {{message}}",
    emptySheet: "{{sheet}} has no data. Choose the sheet with your customers' statement figures.",
    noHeaders:
      "No header row found in the first 20 rows of {{sheet}}. The pane looks for headers such as Current assets, Revenue or Net profit (or 流动资产, 营业收入, 净利润).",
    noHeadersHelp: "Choose another sheet, or add a header row above the figures and read the sheet again.",
    outsideTitle: "Key Account Workbench",
    outsideExcel:
      "This add-in works only inside Excel: open a workbook in Excel and choose Home › Workbench to open this pane.",
  },

  cli: {
    help: [
      "kaw — Key Account Workbench on .xlsx files",
      "",
      "Usage:",
      "  kaw ratios <in.xlsx> --out <out.xlsx> [--sheet NAME] [--lang zh-CN|en-US] [--days 365|360] [--json]",
      "  kaw demo [--out demo-output.xlsx] [--lang zh-CN|en-US] [--json]",
      "  kaw --help | --version",
      "",
      "ratios  appends the customer ratio columns (current ratio … data issues) right of the source table",
      "        on the sheet (default: the active sheet) and writes the workbook to --out.",
      "        The input is never overwritten unless --out names it.",
      "demo    runs the jobs on the bundled sample workbook.",
      "",
      "Exit codes: 0 the job ran (rows may have data issues); 1 it could not run; 2 usage error.",
    ].join("\n"),
    usage: {
      badOption: "{{detail}}",
      unknownCommand: 'unknown command "{{command}}"',
      needInput: "name the input workbook",
      needOut: "name the output workbook with --out (the input is never overwritten unless --out names it)",
      extraArgument: 'unexpected argument "{{argument}}"',
      badLang: '--lang takes zh-CN or en-US, not "{{value}}"',
      badDays: '--days takes 365 or 360, not "{{value}}"',
      seeHelp: "Run kaw --help for usage.",
    },
    error: {
      noFile: "cannot read {{path}}: no such file",
      cannotRead: "cannot read {{path}}",
      cannotWrite: "cannot write {{path}}; nothing was written",
      notXlsx: "{{path}} is not an .xlsx workbook Key Account Workbench can read",
      noSuchSheet: '{{path}} has no sheet named "{{sheet}}"',
      refused: "{{path}}: the job did not run, nothing was written: {{reasons}}",
      internal: "internal error, nothing was written: {{detail}}",
    },
    summary: {
      sheet: "Sheet",
      headerRowIs: "header row {{row}}",
      customers: "Customers analysed",
      columns: "Columns written",
      rowsWithIssues: "Rows with data issues",
      output: "Output",
      issues: "Data issues ({{count}}):",
      more: "… and {{count}} more",
    },
    demo: {
      job: "Job",
      sheet: "Sheet",
      customers: "Customers",
      columns: "Columns",
      problems: "Rows with issues",
      skipped: "no source table: skipped",
      wrote: "Wrote {{path}} ({{seconds}} s).",
    },
  },
} as const;

/** The shape every catalog has: the English catalog's keys, with string messages. */
export type Catalog = StringLeaves<typeof enUS>;
