import * as fs from "node:fs";
import * as path from "node:path";
import {
  type Cell,
  type CellErrorValue,
  type ConditionalFormattingRule,
  type DataValidation,
  type Fill,
  type Font,
  type Style,
  ValueType,
  Workbook,
  type Worksheet,
  type CellValue as XlValue,
} from "exceljs";
import {
  type CellData,
  type CellValue,
  type ConditionalFormatRuleData,
  type DataValidationData,
  DEFAULT_COLS,
  DEFAULT_ROWS,
  type MergeData,
  newSheetData,
  type SheetData,
  type SpreadsheetData,
} from "../emulator/spreadsheet/model";
import { fromWallClock, toWallClock } from "../emulator/spreadsheet/time";

/**
 * xlsx <-> the emulator's spreadsheet model (model.ts), with exceljs.
 *
 * What round-trips (model -> xlsx -> model): values (strings, numbers, booleans, dates), formulas with
 * their cached result, bold, italic, font colour and size, solid backgrounds, number formats, notes,
 * wrap and alignment, merges, frozen rows/columns, hidden gridlines, hidden sheets, tab colours, column
 * widths, row heights, drop-down/checkbox validations, TEXT_EQUAL_TO / TEXT_CONTAINS conditional
 * formats, the basic filter and whole-sheet (non-warning) protections.
 *
 * Values equal to the model's defaults (10 pt, black text, white background, bottom alignment,
 * automatic number format) are omitted on read, so an explicit default reads back as "absent"; that is
 * the same cell as far as Apps Script can tell.
 *
 * Deliberately not kept (no xlsx equivalent, or not supported by exceljs 4.4; see the comment at each
 * place): charts, warning-only and range protections, protection descriptions, the drop-down arrow
 * setting, "other" validations, custom checkbox values (read back as a list), the CLIP wrap strategy,
 * other conditional format types, values in merged-away cells, theme
 * colours of a partner's file, the grid size beyond the used range (maxRows/maxCols read back as
 * max(default, used)) and sheet ids (read back as 0..n-1, the first sheet active).
 */

/** Unusable input file; `message` is a Dutch sentence for the user. */
export class XlsxInputError extends Error {
  constructor(
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = "XlsxInputError";
  }
}

const MESSAGES = {
  missing: (f: string) => `Het bestand ${f} bestaat niet.`,
  unreadable: (f: string) => `Het bestand ${f} kan niet worden gelezen.`,
  notXlsx: (f: string) => `${f} is geen Excel-bestand (.xlsx) of het is beschadigd.`,
  encrypted: (f: string) =>
    `${f} is beveiligd met een wachtwoord; sla het zonder wachtwoord op en probeer het opnieuw.`,
  xls: (f: string) => `${f} is een oud Excel-bestand (.xls); sla het op als .xlsx en probeer het opnieuw.`,
};

/** The xlsx limit on the length of a cell's text. */
export const MAX_CELL_TEXT = 32767;
const MAX_ROW = 1048576;
const DEFAULT_TIME_ZONE = "Europe/Amsterdam";
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE compound file: encrypted OOXML (with an "EncryptionInfo" stream) or an old .xls. */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ERRORS = new Set(["#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!"]);
/** Model defaults (model.ts); a value read that equals its default is left out of the cell. */
const DEFAULTS: Partial<Record<keyof CellData, unknown>> = {
  bg: "#ffffff",
  fc: "#000000",
  fs: 10,
  va: "bottom",
};
/** The model has no font family: cells are written in Sheets' default font. */
const FONT_NAME = "Arial";
const H_ALIGN = new Set(["left", "center", "right"]);
const V_ALIGN = new Set(["top", "middle", "bottom"]);

/** Internals exceljs 4.4 has but does not declare in its typings. */
interface WorksheetInternals {
  dataValidations: { model: Record<string, DataValidation | undefined> };
  sheetProtection?: { sheet?: boolean } | null;
  conditionalFormattings: { ref: string; rules: ConditionalFormattingRule[] }[];
}
const internals = (ws: Worksheet) => ws as unknown as WorksheetInternals;

// ---------------------------------------------------------------------------------------------------
// Dates. exceljs reads and writes date cells as JS Dates whose UTC fields are the wall-clock time the
// cell shows (xlsx has no time zones). Sheets holds the same wall-clock time in the spreadsheet's time
// zone, so a cell showing 31-12-2026 is the Date for 2026-12-31 00:00 Europe/Amsterdam. readXlsx maps
// wall clock -> instant in `timeZone`, writeXlsx maps instant -> wall clock in `ss.timeZone`; both use
// the zone's offset at that moment (DST and historical offsets included), so a round trip is exact
// except for instants in the repeated hour when clocks go back (both show the same wall-clock time).

/** The instant at which the wall clock in `timeZone` shows what `wall` shows in UTC. */
function wallToInstant(wall: Date, timeZone: string): Date {
  return fromWallClock(
    {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      hour: wall.getUTCHours(),
      minute: wall.getUTCMinutes(),
      second: wall.getUTCSeconds(),
      millisecond: wall.getUTCMilliseconds(),
    },
    timeZone,
  );
}

/** What the wall clock in `timeZone` shows at `d`, as a UTC Date (xlsx has no time zones). */
function instantToWall(d: Date, timeZone: string): Date {
  const w = toWallClock(d, timeZone);
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond));
}

/**
 * Number format for a date written without one (`wall` as exceljs holds it). xlsx has no "automatic"
 * format for dates, so such a date reads back with this format.
 */
function defaultDateFormat(wall: Date): string {
  return wall.getTime() % 86400000 === 0 ? "dd-mm-yyyy" : "dd-mm-yyyy hh:mm";
}

// ---------------------------------------------------------------------------------------------------
// A1 notation and colours.

function colName(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

function a1(row: number, col: number): string {
  return colName(col) + (row + 1);
}

function boxToA1(b: MergeData): string {
  return `${a1(b.row, b.col)}:${a1(b.row + b.numRows - 1, b.col + b.numCols - 1)}`;
}

/** "B2" or "B2:D5" (with or without $) as a 0-based box; null when it is not a cell range. */
function a1ToBox(ref: string): MergeData | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const [r1, c1] = [Number(m[2]) - 1, colIndex(m[1]!)];
  const [r2, c2] = m[3] ? [Number(m[4]) - 1, colIndex(m[3])] : [r1, c1];
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}

/**
 * Sheets' open-ended ranges ("D2:D": row 2 to the last row) are not Excel syntax, so Excel would
 * "repair" such formulas away; they are written as running to Excel's last row and read back as
 * open-ended. Only outside string literals.
 */
const OPEN_RANGE = /(?<![\w.])(\$?[A-Z]{1,3}\$?\d+):(\$?[A-Z]{1,3})(?![\w.(!$])/gi;
const TO_LAST_ROW = new RegExp(
  `(?<![\\w.])(\\$?[A-Z]{1,3}\\$?\\d+):(\\$?[A-Z]{1,3})\\$?${MAX_ROW}(?![\\w.(!$])`,
  "gi",
);

function outsideStrings(formula: string, map: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 ? part : map(part)))
    .join("");
}

const toExcelFormula = (f: string) =>
  outsideStrings(f.replace(/^=/, ""), (p) => p.replace(OPEN_RANGE, `$1:$2${MAX_ROW}`));
const fromExcelFormula = (formula: string) =>
  `=${outsideStrings(formula, (p) => p.replace(TO_LAST_ROW, "$1:$2"))}`;

/** A validation's source range ("Projecten!A2:A", sheet part kept as is) as an absolute Excel reference. */
function toExcelRef(ref: string): string {
  const i = ref.lastIndexOf("!");
  const range = toExcelFormula(ref.slice(i + 1).replace(/\$/g, ""));
  return ref.slice(0, i + 1) + range.replace(/([A-Z]+)(\d*)/gi, (_, c, r) => `$${c}${r ? "$" : ""}${r}`);
}

function fromExcelRef(ref: string): string {
  return fromExcelFormula(ref.replace(/^=/, "").replace(/\$/g, "")).slice(1);
}

function toArgb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

function hexOf(color: { argb?: string } | undefined): string | undefined {
  const argb = color?.argb;
  return argb && /^[0-9a-f]{8}$/i.test(argb) ? `#${argb.slice(2).toLowerCase()}` : undefined;
}

/** Excel text literal. */
function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function unquote(literal: string): string | null {
  const m = /^"((?:[^"]|"")*)"$/s.exec(literal);
  return m ? m[1]!.replace(/""/g, '"') : null;
}

// ---------------------------------------------------------------------------------------------------
// Sizes. exceljs's column width is OOXML's stored width, which already includes Excel's 5-pixel
// padding: with Calibri 11's maximum digit width of 7 px, pixels = width × 7, i.e. 7 px per displayed
// character + 5. Writing px / 7 reads back as exactly px, and Excel shows exactly px. Row heights are
// points: px = pt × 4/3.

const colWidthToPx = (width: number) => Math.round(width * 7);
const pxToColWidth = (px: number) => px / 7;
const rowHeightToPx = (pt: number) => Math.round((pt * 4) / 3);
const pxToRowHeight = (px: number) => (px * 3) / 4;

// ---------------------------------------------------------------------------------------------------
// Cell styles: one mapping between CellData's format fields and an exceljs style, both ways.

function toExcelStyle(c: CellData): Partial<Style> {
  const font: Partial<Font> = { name: FONT_NAME, size: c.fs ?? (DEFAULTS.fs as number) };
  if (c.fw === "bold") font.bold = true;
  if (c.fst === "italic") font.italic = true;
  if (c.fc) font.color = { argb: toArgb(c.fc) };
  const style: Partial<Style> = { font };
  if (c.bg) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: toArgb(c.bg) } };
  if (c.nf) style.numFmt = c.nf;
  if (c.wrap || c.ha || c.va) {
    style.alignment = {
      ...(c.wrap ? { wrapText: true } : {}),
      ...(c.ha ? { horizontal: c.ha } : {}),
      ...(c.va ? { vertical: c.va } : {}),
    };
  }
  return style;
}

/** The format fields of a cell from its exceljs style (theme colours are ignored). */
function fromExcelStyle(style: Partial<Style>): CellData {
  const { font, fill, alignment } = style;
  const c: CellData = {};
  if (font?.bold) c.fw = "bold";
  if (font?.italic) c.fst = "italic";
  c.fc = hexOf(font?.color);
  c.fs = font?.size;
  if (fill?.type === "pattern" && fill.pattern === "solid") c.bg = hexOf(fill.fgColor);
  if (style.numFmt && style.numFmt !== "General") c.nf = style.numFmt;
  if (alignment?.wrapText) c.wrap = true;
  if (H_ALIGN.has(alignment?.horizontal ?? "")) c.ha = alignment!.horizontal as CellData["ha"];
  if (V_ALIGN.has(alignment?.vertical ?? "")) c.va = alignment!.vertical as CellData["va"];
  return c;
}

/** Removes absent values and values equal to the model defaults. */
function compact(c: CellData): CellData {
  for (const key of Object.keys(c) as (keyof CellData)[]) {
    if (c[key] === undefined || c[key] === DEFAULTS[key]) delete c[key];
  }
  return c;
}

// ---------------------------------------------------------------------------------------------------
// Values.

/** A plain cell value from an exceljs value: rich text and hyperlinks become their text, errors "#REF!". */
function fromExcelValue(x: unknown, timeZone: string): CellValue | undefined {
  if (x instanceof Date) return Number.isNaN(x.getTime()) ? undefined : wallToInstant(x, timeZone);
  if (typeof x === "string" || typeof x === "boolean") return x;
  if (typeof x === "number") return Number.isFinite(x) ? x : undefined;
  if (x && typeof x === "object") {
    if ("error" in x) return String(x.error);
    if ("richText" in x && Array.isArray(x.richText)) {
      return x.richText.map((r: { text: string }) => r.text).join("");
    }
    if ("text" in x) return fromExcelValue(x.text, timeZone);
  }
  return undefined;
}

function toExcelValue(c: CellData, v: CellData["v"], timeZone: string): XlValue {
  const value = v instanceof Date ? instantToWall(v, timeZone) : v;
  if (!c.f) return value ?? null;
  const result =
    typeof value === "string" && ERRORS.has(value) ? ({ error: value } as CellErrorValue) : value;
  return { formula: toExcelFormula(c.f), result };
}

/** Note text: a string, or exceljs's rich note `{ texts: [{ text }] }`. */
function noteText(note: unknown): string | undefined {
  if (typeof note === "string") return note || undefined;
  const texts = (note as { texts?: { text: string }[] } | undefined)?.texts;
  return texts?.map((t) => t.text).join("") || undefined;
}

// ---------------------------------------------------------------------------------------------------
// Data validations. A list is the quoted "a,b,c" (values cannot contain commas); a range is an
// absolute reference; a checkbox is the list TRUE,FALSE (cells hold booleans), or of its custom
// checked/unchecked values (which read back as a plain list). strict = errorStyle "stop"; not strict =
// "warning". "other" validations and the drop-down arrow setting are not written (exceljs has no
// showDropDown), nor are lists longer than Excel's 255 characters (Excel would call the file corrupt).
// Other xlsx validations read as kind "other" with the matching DataValidationCriteria name, if any.

const CHECKBOX_LIST = '"TRUE,FALSE"';
const NUMBER_CRITERIA: Record<string, string> = {
  between: "NUMBER_BETWEEN",
  notBetween: "NUMBER_NOT_BETWEEN",
  equal: "NUMBER_EQUAL_TO",
  notEqual: "NUMBER_NOT_EQUAL_TO",
  greaterThan: "NUMBER_GREATER_THAN",
  lessThan: "NUMBER_LESS_THAN",
  greaterThanOrEqual: "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  lessThanOrEqual: "NUMBER_LESS_THAN_OR_EQUAL_TO",
};
/** xlsx validation type -> operator -> DataValidationCriteria. */
const OTHER_CRITERIA: Record<string, Record<string, string>> = {
  whole: NUMBER_CRITERIA,
  decimal: NUMBER_CRITERIA,
  date: {
    between: "DATE_BETWEEN",
    notBetween: "DATE_NOT_BETWEEN",
    equal: "DATE_EQUAL_TO",
    greaterThan: "DATE_AFTER",
    lessThan: "DATE_BEFORE",
    greaterThanOrEqual: "DATE_ON_OR_AFTER",
    lessThanOrEqual: "DATE_ON_OR_BEFORE",
  },
  custom: { between: "CUSTOM_FORMULA" },
};

function checkboxList(dv: DataValidationData): string {
  if (dv.checkedValue === undefined) return CHECKBOX_LIST;
  return quote([dv.checkedValue, dv.uncheckedValue].filter((v) => v !== undefined).join(","));
}

function toExcelValidation(dv: DataValidationData): DataValidation | null {
  const formula =
    dv.kind === "list"
      ? quote((dv.values ?? []).join(","))
      : dv.kind === "range" && dv.range
        ? toExcelRef(dv.range)
        : dv.kind === "checkbox"
          ? checkboxList(dv)
          : null;
  if (formula === null || (dv.kind === "list" && formula.length > 257)) return null;
  return {
    type: "list",
    formulae: [formula],
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: dv.strict ? "stop" : "warning",
    ...(dv.helpText ? { showInputMessage: true, prompt: dv.helpText } : {}),
  };
}

function fromExcelValidation(x: DataValidation): DataValidationData {
  const dv: DataValidationData = {
    kind: "other",
    strict: x.showErrorMessage === true && (x.errorStyle ?? "stop") === "stop",
  };
  if (x.prompt) dv.helpText = x.prompt;
  const formula = String(x.formulae?.[0] ?? "");
  if (x.type !== "list") {
    const criteria = OTHER_CRITERIA[x.type]?.[x.operator ?? "between"]; // custom: no operator
    if (criteria) dv.criteria = criteria;
    return dv;
  }
  if (!formula) return dv;
  const list = unquote(formula);
  if (formula === CHECKBOX_LIST) dv.kind = "checkbox";
  else if (list !== null) Object.assign(dv, { kind: "list", values: list.split(",") });
  else Object.assign(dv, { kind: "range", range: fromExcelRef(formula) });
  return dv;
}

// ---------------------------------------------------------------------------------------------------
// Conditional formats. TEXT_EQUAL_TO is Excel's "cell value equal to" rule; TEXT_CONTAINS is written
// as the expression Excel's containsText rule evaluates, because exceljs 4.4 writes containsText rules
// without their text/operator attributes (reported not to apply in Excel, exceljs#1318). Reading
// accepts both forms; other rule types are not read.

const CONTAINS_FORMULA = /^NOT\(ISERROR\(SEARCH\(("(?:[^"]|"")*"),\s*\$?[A-Z]+\$?\d+\)\)\)$/i;

function toExcelRule(
  rule: ConditionalFormatRuleData,
  topLeft: string,
  priority: number,
): ConditionalFormattingRule | null {
  const text = quote(rule.condition.values[0] ?? "");
  const { background, fontColor, bold } = rule.format;
  const font: Partial<Font> = {
    ...(bold ? { bold: true } : {}),
    ...(fontColor ? { color: { argb: toArgb(fontColor) } } : {}),
  };
  const style: Partial<Style> = {
    ...(background
      ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: toArgb(background) } } }
      : {}),
    ...(Object.keys(font).length ? { font } : {}),
  };
  switch (rule.condition.type) {
    case "TEXT_EQUAL_TO":
      return { type: "cellIs", operator: "equal", formulae: [text], style, priority };
    case "TEXT_CONTAINS":
      return { type: "expression", formulae: [`NOT(ISERROR(SEARCH(${text},${topLeft})))`], style, priority };
    default:
      return null;
  }
}

function fromExcelRule(
  rule: ConditionalFormattingRule,
  ranges: MergeData[],
): ConditionalFormatRuleData | null {
  const formula = "formulae" in rule ? String(rule.formulae?.[0] ?? "") : "";
  const text =
    rule.type === "cellIs" && rule.operator === "equal"
      ? ["TEXT_EQUAL_TO", unquote(formula)]
      : (rule.type === "containsText" || rule.type === "expression") && CONTAINS_FORMULA.test(formula)
        ? ["TEXT_CONTAINS", unquote(CONTAINS_FORMULA.exec(formula)![1]!)]
        : null;
  if (!text || text[1] === null) return null;
  const fill = rule.style?.fill as
    | (Fill & { bgColor?: { argb?: string }; fgColor?: { argb?: string } })
    | undefined;
  const format: ConditionalFormatRuleData["format"] = {};
  const background = hexOf(fill?.bgColor) ?? hexOf(fill?.fgColor);
  const fontColor = hexOf(rule.style?.font?.color);
  if (background) format.background = background;
  if (fontColor) format.fontColor = fontColor;
  if (rule.style?.font?.bold) format.bold = true;
  return { ranges, condition: { type: text[0]!, values: [text[1]!] }, format };
}

// ---------------------------------------------------------------------------------------------------
// Reading.

async function loadWorkbook(file: string): Promise<Workbook> {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message =
      code === "ENOENT" ? MESSAGES.missing : code === "EISDIR" ? MESSAGES.notXlsx : MESSAGES.unreadable;
    throw new XlsxInputError(message(file), err);
  }
  if (data.subarray(0, 8).equals(CFB_MAGIC)) {
    const encrypted = data.includes(Buffer.from("EncryptionInfo", "utf16le"));
    throw new XlsxInputError((encrypted ? MESSAGES.encrypted : MESSAGES.xls)(file));
  }
  if (!data.subarray(0, 4).equals(ZIP_MAGIC)) throw new XlsxInputError(MESSAGES.notXlsx(file));
  const wb = new Workbook();
  try {
    // exceljs types `load` with its own ArrayBuffer-shaped Buffer; a copy as ArrayBuffer satisfies both.
    await wb.xlsx.load(new Uint8Array(data).buffer);
  } catch (err) {
    throw new XlsxInputError(MESSAGES.notXlsx(file), err);
  }
  if (wb.worksheets.length === 0) throw new XlsxInputError(MESSAGES.notXlsx(file));
  return wb;
}

function readCell(cell: Cell, timeZone: string): CellData | null {
  const c = fromExcelStyle(cell.style ?? {});
  if (cell.type === ValueType.Formula) {
    c.f = fromExcelFormula(cell.formula);
    // cell.result, not cell.value.result: exceljs drops a cached 0, false or "" from the latter.
    c.v = fromExcelValue(cell.result, timeZone);
  } else if (cell.type !== ValueType.Merge) {
    c.v = fromExcelValue(cell.value, timeZone);
  }
  c.note = noteText(cell.note);
  compact(c);
  return Object.keys(c).length ? c : null;
}

/** The cell at (row, col) of a sparse grid, created (as `init`) when missing. */
function cellAt(cells: CellData[][], row: number, col: number, init: CellData = {}): CellData {
  const cellRow = cells[row] ?? [];
  cells[row] = cellRow;
  const cell = cellRow[col] ?? init;
  cellRow[col] = cell;
  return cell;
}

function readSheet(ws: Worksheet, id: number, timeZone: string): SheetData {
  const sheet = newSheetData(id, ws.name);
  const cells: CellData[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    if (row.height) sheet.rowHeights[r - 1] = rowHeightToPx(row.height);
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const data = readCell(cell, timeZone);
      if (data) cellAt(cells, r - 1, col - 1, data);
    });
  }
  for (const col of ws.columns ?? []) {
    if (col.width !== undefined && col.number) sheet.colWidths[col.number - 1] = colWidthToPx(col.width);
  }
  sheet.merges = (ws.model.merges ?? []).map(a1ToBox).filter((b): b is MergeData => b !== null);
  sheet.filter = typeof ws.autoFilter === "string" ? a1ToBox(ws.autoFilter) : null;

  const boxes = [...sheet.merges, ...(sheet.filter ? [sheet.filter] : [])];
  sheet.maxRows = Math.max(DEFAULT_ROWS, cells.length, ...boxes.map((b) => b.row + b.numRows));
  sheet.maxCols = Math.max(
    DEFAULT_COLS,
    cells.reduce((n, row) => Math.max(n, row?.length ?? 0), 0),
    ...boxes.map((b) => b.col + b.numCols),
  );

  // exceljs expands each validation to one entry per cell; those outside the grid are dropped.
  for (const [address, x] of Object.entries(internals(ws).dataValidations.model)) {
    const box = x && a1ToBox(address);
    if (!box || box.row >= sheet.maxRows || box.col >= sheet.maxCols) continue;
    cellAt(cells, box.row, box.col).dv = fromExcelValidation(x);
  }
  sheet.cells = Array.from(cells, (row) => Array.from(row ?? [], (c) => c ?? null));

  const view = ws.views?.[0];
  if (view?.state === "frozen") {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenCols = view.xSplit ?? 0;
  }
  sheet.hiddenGridlines = view?.showGridLines === false;
  sheet.hidden = ws.state === "hidden" || ws.state === "veryHidden";
  sheet.tabColor = hexOf(ws.properties.tabColor) ?? null;
  for (const cf of internals(ws).conditionalFormattings ?? []) {
    const ranges = cf.ref.split(/\s+/).map(a1ToBox);
    if (ranges.some((b) => !b)) continue;
    for (const rule of cf.rules) {
      const data = fromExcelRule(rule, ranges as MergeData[]);
      if (data) sheet.conditionalFormatRules.push(data);
    }
  }
  if (internals(ws).sheetProtection?.sheet) {
    sheet.protections.push({ range: null, description: "", warningOnly: false });
  }
  return sheet;
}

/**
 * Reads every worksheet of an .xlsx file into the model; the first sheet is active, sheet ids are
 * 0..n-1. Unusable input throws XlsxInputError.
 */
export async function readXlsx(
  file: string,
  opts: { id?: string; timeZone?: string } = {},
): Promise<SpreadsheetData> {
  const timeZone = opts.timeZone ?? DEFAULT_TIME_ZONE;
  const wb = await loadWorkbook(file);
  const name = path.basename(file, path.extname(file));
  let sheets: SheetData[];
  try {
    sheets = wb.worksheets.map((ws, i) => readSheet(ws, i, timeZone));
  } catch (err) {
    throw new XlsxInputError(MESSAGES.notXlsx(file), err);
  }
  return {
    id: opts.id ?? `xlsx-${name}`,
    name,
    locale: "nl_NL",
    timeZone,
    sheets,
    activeSheetId: 0,
    nextSheetId: sheets.length,
    nextChartId: 1,
  };
}

// ---------------------------------------------------------------------------------------------------
// Writing.

type Truncation = { sheet: string; cell: string; length: number };

/**
 * Sheets grows a row to fit its wrapped text; Excel and LibreOffice keep the stored height when they open
 * a file. So rows with wrapped text (and no height of their own) get a height estimated from the text:
 * about 7 px per character at 10 pt, 17 px per line. Cells merged over several rows are left out.
 */
function wrappedRowHeights(sheet: SheetData): [number, number][] {
  const spanning = new Set<string>();
  const width = new Map<string, number>();
  const colPx = (c: number) => sheet.colWidths[c] ?? 100;
  for (const m of sheet.merges) {
    if (m.numRows > 1) spanning.add(`${m.row}:${m.col}`);
    let w = 0;
    for (let c = m.col; c < m.col + m.numCols; c++) w += colPx(c);
    width.set(`${m.row}:${m.col}`, w);
  }
  const out: [number, number][] = [];
  sheet.cells.forEach((row, r) => {
    if (!row || sheet.rowHeights[r] !== undefined) return;
    let lines = 1;
    row.forEach((c, col) => {
      if (!c?.wrap || typeof c.v !== "string" || c.v === "" || spanning.has(`${r}:${col}`)) return;
      const px = width.get(`${r}:${col}`) ?? colPx(col);
      const perLine = Math.max(1, Math.floor((px - 6) / (7 * ((c.fs ?? 10) / 10))));
      const n = c.v.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
      lines = Math.max(lines, n);
    });
    if (lines > 1) out.push([r, lines * 17 + 4]);
  });
  return out;
}

function writeSheet(wb: Workbook, sheet: SheetData, timeZone: string, truncated: Truncation[]): void {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.hidden ? "hidden" : "visible",
    properties: {
      ...(sheet.tabColor ? { tabColor: { argb: toArgb(sheet.tabColor) } } : {}),
      // Sheets' default column width (100 px) instead of Excel's; not read back. Row heights are left to
      // the spreadsheet program, so that rows with wrapped text grow to fit, as they do in Sheets.
      defaultColWidth: pxToColWidth(100),
    },
    views: [
      {
        state: sheet.frozenRows || sheet.frozenCols ? "frozen" : "normal",
        xSplit: sheet.frozenCols,
        ySplit: sheet.frozenRows,
        showGridLines: !sheet.hiddenGridlines,
      },
    ],
    // Sheets keeps print settings out of reach of Apps Script, so the export decides them: A4 landscape,
    // one page wide (a dashboard of the seeds' size fits one page).
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.4, bottom: 0.4, header: 0.2, footer: 0.2 },
    },
  });
  // Merge first, keeping each cell's own style; values of merged-away cells cannot be kept (exceljs
  // redirects them to the top-left cell), so they are skipped below.
  for (const m of sheet.merges) ws.mergeCellsWithoutStyle(boxToA1(m));

  sheet.cells.forEach((row, r) => {
    row?.forEach((c, col) => {
      if (!c) return;
      const cell = ws.getCell(r + 1, col + 1);
      let v = c.v;
      if (typeof v === "string" && v.length > MAX_CELL_TEXT) {
        truncated.push({ sheet: sheet.name, cell: a1(r, col), length: v.length });
        v = v.slice(0, MAX_CELL_TEXT).replace(/[\uD800-\uDBFF]$/, "");
      }
      // Every cell in the model gets a style, which also makes exceljs write empty cells (and so their
      // notes and validations).
      cell.style = toExcelStyle(c);
      if (v instanceof Date && !c.nf) cell.numFmt = defaultDateFormat(instantToWall(v, timeZone));
      if (cell.type !== ValueType.Merge) cell.value = toExcelValue(c, v, timeZone);
      if (c.note) cell.note = c.note;
      const dv = c.dv && toExcelValidation(c.dv);
      if (dv) cell.dataValidation = dv;
    });
  });

  for (const [col, px] of Object.entries(sheet.colWidths)) {
    ws.getColumn(Number(col) + 1).width = pxToColWidth(px);
  }
  for (const [row, px] of Object.entries(sheet.rowHeights)) {
    ws.getRow(Number(row) + 1).height = pxToRowHeight(px);
  }
  for (const [row, px] of wrappedRowHeights(sheet)) ws.getRow(row + 1).height = pxToRowHeight(px);
  // Sheets applies the first matching rule; in Excel priority 1 goes first.
  sheet.conditionalFormatRules.forEach((rule, i) => {
    const first = rule.ranges[0];
    const excel = first && toExcelRule(rule, a1(first.row, first.col), i + 1);
    if (excel) ws.addConditionalFormatting({ ref: rule.ranges.map(boxToA1).join(" "), rules: [excel] });
  });
  if (sheet.filter) ws.autoFilter = boxToA1(sheet.filter);
  // Only whole-sheet protections have an xlsx equivalent. Warning-only protection (Sheets warns but
  // lets the edit through) has none and is left out; so are range protections and descriptions.
  if (sheet.protections.some((p) => p.range === null && !p.warningOnly)) {
    internals(ws).sheetProtection = { sheet: true }; // what ws.protect() sets without a password, synchronously
  }
  // sheet.charts are left out: exceljs cannot write charts (the HTML preview draws them as SVG).
}

/**
 * Writes every sheet, in order, to an .xlsx file. Cell text over the xlsx limit of 32,767 characters
 * is cut to the limit and reported. Page setup is left at exceljs's defaults.
 */
export async function writeXlsx(ss: SpreadsheetData, file: string): Promise<{ truncated: Truncation[] }> {
  const wb = new Workbook();
  const truncated: Truncation[] = [];
  for (const sheet of ss.sheets) writeSheet(wb, sheet, ss.timeZone, truncated);
  // Excel opens on the active sheet, or the first visible one when that is hidden.
  const active =
    ss.sheets.find((s) => s.id === ss.activeSheetId && !s.hidden) ?? ss.sheets.find((s) => !s.hidden);
  const activeTab = Math.max(0, ss.sheets.indexOf(active!));
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: "visible" }];
  await wb.xlsx.writeFile(file);
  return { truncated };
}
