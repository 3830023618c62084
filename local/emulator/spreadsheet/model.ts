/**
 * Plain, JSON-serialisable state of an emulated spreadsheet. The emulated classes (Spreadsheet, Sheet,
 * Range…) are views over this state; local/io reads and writes xlsx from and to it. Dates are real
 * `Date` objects here; account.ts encodes them when saving.
 *
 * All indexes in this file are 0-based; Apps Script's 1-based rows and columns are converted at the
 * Range boundary.
 */

export type CellValue = string | number | boolean | Date;

/**
 * One run of a rich-text cell: its text and the styles it has of its own (absent: the cell's). The runs of a
 * cell, joined, are its value. What Sheets' RichTextValue holds per run (TextStyle and link URL).
 */
export interface TextRunData {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  /** "#rrggbb". */
  color?: string;
  /** Points. */
  size?: number;
  font?: string;
  link?: string;
}

export interface DataValidationData {
  /** list: drop-down of `values`; range: drop-down of the values in `range` (A1 with sheet); checkbox. */
  kind: "list" | "range" | "checkbox" | "other";
  values?: string[];
  range?: string;
  /** true = reject invalid input; false = show a warning only. */
  strict: boolean;
  showDropdown?: boolean;
  helpText?: string;
  /** checkbox: custom checked / unchecked values (absent: TRUE / FALSE). */
  checkedValue?: CellValue;
  uncheckedValue?: CellValue;
  /** other: the DataValidationCriteria name, when known (e.g. read from an xlsx file). */
  criteria?: string;
}

export interface CellData {
  /** The value; absent means empty (Apps Script returns ""). For a formula cell: its last computed value. */
  v?: CellValue;
  /** Formula text starting with "=". */
  f?: string;
  /**
   * The value is an error (`#REF!`, `#N/A`, …), not text: `v` holds its text, which is what getValue returns.
   * Part of the content: writing or clearing the cell's content removes it.
   */
  err?: true;
  /**
   * The link of the whole cell: a URL, or `#Tab!A1` for a place in the workbook (a partner's hyperlink). Part of
   * the content, as in Sheets, where the link belongs to the cell's text.
   */
  link?: string;
  /** Rich text: the runs of the text value `v`, each with its own styles. Part of the content. */
  runs?: TextRunData[];
  /** Background colour "#rrggbb"; absent = "#ffffff". */
  bg?: string;
  /** Font weight; absent = "normal". */
  fw?: "bold" | "normal";
  /** Font style; absent = "normal". */
  fst?: "italic" | "normal";
  /** Font colour "#rrggbb"; absent = "#000000". */
  fc?: string;
  /** Font size in points; absent = 10. */
  fs?: number;
  /** Number format; absent = "" (automatic). "@" = plain text. */
  nf?: string;
  note?: string;
  /** Wrap strategy: true = WRAP, false = OVERFLOW set explicitly, absent = the default (OVERFLOW). */
  wrap?: boolean;
  /** Wrap strategy CLIP (only when `wrap` is not true). */
  clip?: boolean;
  /** Horizontal alignment: absent = general. */
  ha?: "left" | "center" | "right";
  /** Vertical alignment: absent = bottom. */
  va?: "top" | "middle" | "bottom";
  /** Data validation of this cell. */
  dv?: DataValidationData;
}

export interface MergeData {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface ConditionalFormatRuleData {
  /** Ranges as 0-based boxes on the rule's sheet. */
  ranges: MergeData[];
  /** e.g. { type: "TEXT_EQUAL_TO", values: ["Behaald"] } — Apps Script's BooleanCriteria names. */
  condition: { type: string; values: string[] };
  format: { background?: string; fontColor?: string; bold?: boolean };
}

export interface ProtectionData {
  /** null: the whole sheet. */
  range: MergeData | null;
  description: string;
  warningOnly: boolean;
  /** Its protectedRangeId in the Sheets API; given when the API adds or first lists it. */
  id?: number;
}

/**
 * Developer metadata (Sheets API) of a sheet or of the spreadsheet: a key and value an app attaches, not shown
 * to users. https://developers.google.com/workspace/sheets/api/guides/metadata
 */
export interface DeveloperMetadataData {
  id: number;
  key: string;
  value?: string;
  /** DOCUMENT: any app with access to the file sees it; PROJECT: only the project that made it. */
  visibility: "DOCUMENT" | "PROJECT";
}

export interface ChartData {
  id: number;
  /** Charts.ChartType name, e.g. "PIE", "COLUMN", "LINE". */
  type: string;
  ranges: MergeData[];
  position: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
  /**
   * Colours of the first series' data points, by row ("#rrggbb", null: the series' colour): the Sheets API's
   * BasicChartSeries.styleOverrides, which SpreadsheetApp's chart builder has no option for.
   */
  pointColors?: (string | null)[];
}

export interface SheetData {
  id: number;
  name: string;
  /** Rows of cells; missing rows/cells are empty. */
  cells: (CellData | null | undefined)[][];
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  hidden: boolean;
  tabColor: string | null;
  hiddenGridlines: boolean;
  merges: MergeData[];
  /** 0-based column index -> width in pixels (default 100). */
  colWidths: Record<number, number>;
  /** 0-based row index -> height in pixels (default 21). */
  rowHeights: Record<number, number>;
  conditionalFormatRules: ConditionalFormatRuleData[];
  protections: ProtectionData[];
  charts: ChartData[];
  /** The sheet's basic filter, if any. */
  filter: MergeData | null;
  /** 0-based row index -> true for rows the user (or a script) hid; absent: none hidden. */
  hiddenRows?: Record<number, true>;
  /** 0-based column index -> true for hidden columns; absent: none hidden. */
  hiddenCols?: Record<number, true>;
  /** Developer metadata located on this sheet (Sheets API); absent: none. */
  developerMetadata?: DeveloperMetadataData[];
}

export interface SpreadsheetData {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  sheets: SheetData[];
  /** Sheet id of the active sheet. */
  activeSheetId: number;
  nextSheetId: number;
  nextChartId: number;
  /** Developer metadata located on the spreadsheet itself (Sheets API); absent: none. */
  developerMetadata?: DeveloperMetadataData[];
  /** Next id for protected ranges and developer metadata made through the Sheets API (absent: 1). */
  nextObjectId?: number;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLS = 26;

export function newSheetData(id: number, name: string, rows = DEFAULT_ROWS, cols = DEFAULT_COLS): SheetData {
  return {
    id,
    name,
    cells: [],
    maxRows: rows,
    maxCols: cols,
    frozenRows: 0,
    frozenCols: 0,
    hidden: false,
    tabColor: null,
    hiddenGridlines: false,
    merges: [],
    colWidths: {},
    rowHeights: {},
    conditionalFormatRules: [],
    protections: [],
    charts: [],
    filter: null,
  };
}

export function newSpreadsheetData(id: string, name: string, timeZone = "Europe/Amsterdam"): SpreadsheetData {
  return {
    id,
    name,
    locale: "nl_NL",
    timeZone,
    sheets: [newSheetData(0, "Blad1")],
    activeSheetId: 0,
    nextSheetId: 1,
    nextChartId: 1,
  };
}
