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
    "edit.unknownSheet": "The plan names the sheet {{sheet}}, which the workbook does not have",
    "edit.badSheetName":
      "“{{sheet}}” cannot be a sheet name: at most 31 characters, none of [ ] : * ? / \\, no apostrophe at either end, not “History”",
    "edit.sheetExists": "A sheet named {{sheet}} already exists",
    "edit.badRange": "{{range}} is not a range inside the sheet",
    "edit.badFormula": "The formula for {{range}} does not parse at character {{position}}: ={{formula}}",
    "edit.unknownFunction":
      "The formula for {{range}} calls {{name}}, which Excel on the web or LibreOffice lacks: ={{formula}}",
    "edit.unknownStyle": "The plan uses the style {{style}} without declaring it",
    "edit.mergeOverlap": "The merge {{range}} overlaps another merge",
    "edit.badName": "“{{name}}” cannot be a name in Excel",
    "edit.badNumber": "{{range}}: {{value}} is not a usable number",
    "edit.listTooLong":
      "The list for {{range}} is {{length}} characters long: Excel takes at most 255 (use a list from a range)",
    "edit.tableTooSmall": "A table needs a header row and at least one row below it ({{range}})",
    "edit.badChart": "The chart at {{range}} has no series or no size",
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

  /** Host failures the pane words itself, keyed by the host error's code; {{sheet}} from its params. */
  hostErrors: {
    "excel.sheetProtected":
      "The sheet {{sheet}} is protected, so Excel refuses new cells there. Unprotect it (Review › Unprotect Sheet) or choose another sheet.",
    "excel.payloadTooLarge":
      "A row of this sheet is too large for Excel on the web to send in one request. Open the workbook in Excel for Windows or Mac, or shorten its longest cells.",
    "excel.featureMissing":
      "This version of Excel lacks {{feature}} ({{requirement}}), so nothing was written. Update Excel, or open the workbook in Excel on the web.",
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
    mapping:
      "Field mapping: {{required}}/{{requiredTotal}} required and {{optional}}/{{optionalTotal}} optional fields found",
    fieldColumn: "{{field}} ← column",
    mappingHelp: "Choose the column for each field. Fields marked * are required.",
    notMapped: "Not mapped",
    chooseColumn: "Required: choose its column",
    fieldUnit: "unit {{unit}}",
    willAdd: "Will add {{count}} columns: {{columns}}",
    willAddAt: "Starting at column {{column}} of {{sheet}}.",
    willUpdate: "Will update the {{count}} columns of the last run: {{columns}}",
    willUpdateAt: "Columns {{first}}–{{last}} of {{sheet}} are rewritten; no columns are added.",
    headersLanguage: "Headers are written in English; the language switch at the top sets both.",
    languageLabel: "Language of the pane and of the headers it writes",
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
    problems: "{{rows}} rows have problems ({{count}} problems)",
    problemsOneRow: "1 row has problems ({{count}} problems)",
    problemOne: "1 row has a problem",
    issueWithCustomer: "{{location}} ({{customer}}) {{issue}}",
    showProblems: "Show the list",
    hideProblems: "Hide the list",
    firstProblems: "The first {{shown}} of {{total}} problems:",
    selectFailed: "Could not select {{cell}}: {{message}} Select it in Excel yourself.",
    refused: "Nothing was written.",
    refusedHelp:
      "Fix the cells listed (click one to go there) or choose another sheet, then calculate again.",
    failed: "The calculation failed and nothing was written.",
    failedDetail: "What happened: {{message}}",
    failedHelp: "Choose Try again. If it keeps failing, close the pane and open it again.",
    failedWriting: "The calculation stopped while writing: some of the new columns may be partly written.",
    failedWritingHelp: "Look at the new columns on the sheet, then choose Try again.",
    details: "Details: {{details}}",
    tryAgain: "Try again",
    result: "Result",
    readFailed: "Could not read the sheet: {{message}}",
    readFailedHelp: "Make sure no cell is being edited in Excel, then choose Read the sheet again.",
    inspectFailedHelp: "Read the sheet again; if this keeps happening, choose another sheet.",
    emptySheet: "{{sheet}} has no data. Choose the sheet with your customers' statement figures.",
    noHeaders:
      "No header row found in the first 20 rows of {{sheet}}. The pane looks for headers such as Current assets, Revenue or Net profit (or 流动资产, 营业收入, 净利润).",
    noHeadersHelp: "Choose another sheet, or add a header row above the figures and read the sheet again.",
    outsideTitle: "Key Account Workbench",
    starting: "Loading the add-in…",
    slowOffice: "Excel is taking longer than usual to start the add-in. Still waiting…",
    reopenHelp: "If nothing happens, close the pane and open it again from Home › Workbench.",
    outsideExcel:
      "This add-in works only inside Excel: open a workbook in Excel and choose Home › Workbench to open this pane.",
  },

  jobs: {
    roles: { customers: "Customer sheet" },
    ratios: {
      name: "Customer ratios",
      summary: "liquidity, margins, return on assets, collection and inventory periods of each customer",
      days: "Day basis",
      daysHelp: "Days in a year for the collection and inventory periods: 365 or 360",
      done: "Analysed {{rows}} customers on {{sheet}}, wrote {{columns}} columns",
      example:
        'kaw ratios in.xlsx --out out.xlsx --days 360 --map revenue=F --map "netProfit=Net income (USD)"',
    },
  },

  cli: {
    help: {
      title: "kaw — Key Account Workbench on .xlsx files",
      usage: "Usage:",
      job: "  kaw {{job}} <in.xlsx> --out <out.xlsx> [options]",
      demo: "  kaw demo [--out demo-output.xlsx] [--lang zh-CN|en-US] [--json]",
      help: "  kaw --help | --version | kaw <job> --help",
      jobs: "Jobs, in the method's order (kaw <job> --help lists each one's options and fields):",
      demoLine: "demo  runs every job on the bundled sample workbook.",
      input:
        "Each job reads <in.xlsx> and writes the whole workbook to --out; the input is never overwritten unless --out names it.",
      exitCodes: "Exit codes: 0 the job ran (rows may have data issues); 1 it could not run; 2 usage error.",
    },
    jobHelp: {
      options: "Options:",
      out: "the workbook to write (required)",
      sheet: "the sheet with the {{role}} (default: the active sheet)",
      role: "the sheet with the {{role}}",
      lang: "language of the new headers and of the messages",
      map: "read FIELD from COLUMN: a column letter (F) or a header text (Net sales);",
      mapMore: "FIELD= leaves an optional field unmapped; repeat --map for more fields",
      json: "print one JSON object instead of the summary",
      choiceDefault: "{{help}} (default {{default}})",
      fields: "Fields (FIELD in --map), found by their headers unless --map says otherwise:",
      fieldsOf: "Fields of the {{name}} (--map {{role}}.FIELD=COLUMN):",
      required: "required",
      optional: "optional",
      example: "Example: {{example}}",
    },
    usage: {
      badOption: "{{detail}}",
      unknownCommand: 'unknown command "{{command}}"; the jobs are {{jobs}}',
      needInput: "name the input workbook",
      needOut: "name the output workbook with --out (the input is never overwritten unless --out names it)",
      extraArgument: 'unexpected argument "{{argument}}"',
      badLang: '--lang takes zh-CN or en-US, not "{{value}}"',
      notForJob: "{{option}} is not an option of kaw {{job}} (kaw {{job}} --help lists its options)",
      badChoice: '{{option}} takes {{choices}}, not "{{value}}"',
      badNumber: '{{option}} takes a number from {{min}} to {{max}}, not "{{value}}"',
      seeHelp: "Run kaw --help for usage.",
      mapSyntax: '--map takes FIELD=COLUMN, not "{{argument}}"',
      mapField:
        '--map {{argument}}: unknown field "{{field}}"; the fields are {{fields}} (kaw {{job}} --help describes them)',
      mapTwice: "--map names {{field}} more than once",
      mapRequired: "--map {{argument}}: {{field}} is required and cannot be left unmapped",
      mapColumn: "--map {{argument}}: there is no column {{column}} (the last column is XFD)",
      mapHeader: '--map {{argument}}: no column is headed "{{header}}" in the header row (row {{row}})',
      mapAmbiguous:
        '--map {{argument}}: "{{header}}" heads columns {{columns}}; name the column by its letter',
      mapSameColumn: "--map gives column {{column}} to both {{other}} and {{field}}",
    },
    fieldReads: {
      customerName: "the customer's name; a totals label in it (合计, Total) marks a totals row",
      customerId: "the customer's code; recognised, not used in the ratios",
      currentAssets: "current assets at the period end (balance sheet)",
      currentLiabilities: "current liabilities at the period end (balance sheet)",
      totalAssets: "total assets at the period end (balance sheet)",
      totalAssetsOpening: "total assets at the period start: return on assets then uses the average",
      revenue: "revenue for the period (income statement)",
      costOfSales: "cost of sales for the period (income statement)",
      netProfit: "net profit for the period (income statement)",
      accountsReceivable: "accounts receivable at the period end",
      accountsReceivableOpening:
        "accounts receivable at the period start: the collection period then uses the average",
      inventory: "inventory at the period end",
      inventoryOpening: "inventory at the period start: the inventory period then uses the average",
    },
    error: {
      noFile: "cannot read {{path}}: no such file",
      cannotRead: "cannot read {{path}}",
      cannotWrite: "cannot write {{path}}; nothing was written",
      notXlsx: "{{path}} is not an .xlsx workbook Key Account Workbench can read",
      noSuchSheet: '{{path}} has no sheet named "{{sheet}}"',
      sheetProtected:
        '{{path}}: sheet "{{sheet}}" is protected, so nothing was written. Unprotect it in Excel (Review › Unprotect Sheet), or choose another sheet with --sheet.',
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
      skipped: "Rows skipped",
      skippedNote: "{{row}} (note)",
      skippedTotals: "{{row}} (totals)",
    },
    demo: {
      job: "Job",
      sheet: "Sheet",
      result: "Result",
      withIssues: "; data issues: {{count}}",
      skipped: "no source table: skipped",
      wrote: "Wrote {{path}} ({{seconds}} s).",
    },
  },
} as const;

/** The shape every catalog has: the English catalog's keys, with string messages. */
export type Catalog = StringLeaves<typeof enUS>;
