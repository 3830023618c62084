/**
 * The mapping between cells of the emulator's model (model.ts) and exceljs: dates, A1 references and
 * formulas, colours, sizes, cell styles, values and notes. Used by read.ts and write.ts.
 */
import type {
  CellErrorValue,
  ConditionalFormattingRule,
  DataValidation,
  Font,
  RichText,
  Style,
  Worksheet,
  CellValue as XlValue,
} from "exceljs";
import type { CellData, MergeData, TextRunData } from "../../emulator/spreadsheet/model";
import { fromWallClock, toWallClock } from "../../emulator/spreadsheet/time";

/** Excel's last row. */
const MAX_ROW = 1048576;
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
export const internals = (ws: Worksheet) => ws as unknown as WorksheetInternals;

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
export function instantToWall(d: Date, timeZone: string): Date {
  const w = toWallClock(d, timeZone);
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond));
}

/**
 * Excel's two regional built-in formats (numFmtId 14, "short date", and 22, short date and time) show a date
 * the way the reader's computer does; exceljs names them by their US form. A Dutch partner's file that has
 * them shows 31-12-2026, so they are read, and written, as the Dutch forms.
 */
const REGIONAL_FORMATS: Record<string, string> = {
  "mm-dd-yy": "d-m-yyyy",
  "m/d/yy": "d-m-yyyy",
  'm/d/yy "h":mm': "d-m-yyyy h:mm",
  "m/d/yy h:mm": "d-m-yyyy h:mm",
};

export function dutchNumberFormat(nf: string): string {
  return REGIONAL_FORMATS[nf] ?? nf;
}

/**
 * Number format for a date written without one (`wall` as exceljs holds it). xlsx has no "automatic"
 * format for dates, so such a date reads back with this format.
 */
export function defaultDateFormat(wall: Date): string {
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

export function a1(row: number, col: number): string {
  return colName(col) + (row + 1);
}

export function boxToA1(b: MergeData): string {
  return `${a1(b.row, b.col)}:${a1(b.row + b.numRows - 1, b.col + b.numCols - 1)}`;
}

/** "B2" or "B2:D5" (with or without $) as a 0-based box; null when it is not a cell range. */
export function a1ToBox(ref: string): MergeData | null {
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
export const fromExcelFormula = (formula: string) =>
  `=${outsideStrings(formula, (p) => p.replace(TO_LAST_ROW, "$1:$2"))}`;

/** A validation's source range ("Projecten!A2:A", sheet part kept as is) as an absolute Excel reference. */
export function toExcelRef(ref: string): string {
  const i = ref.lastIndexOf("!");
  const range = toExcelFormula(ref.slice(i + 1).replace(/\$/g, ""));
  return ref.slice(0, i + 1) + range.replace(/([A-Z]+)(\d*)/gi, (_, c, r) => `$${c}${r ? "$" : ""}${r}`);
}

export function fromExcelRef(ref: string): string {
  return fromExcelFormula(ref.replace(/^=/, "").replace(/\$/g, "")).slice(1);
}

export function toArgb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

export function hexOf(color: { argb?: string } | undefined): string | undefined {
  const argb = color?.argb;
  return argb && /^[0-9a-f]{8}$/i.test(argb) ? `#${argb.slice(2).toLowerCase()}` : undefined;
}

/** Excel text literal. */
export function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function unquote(literal: string): string | null {
  const m = /^"((?:[^"]|"")*)"$/s.exec(literal);
  return m ? m[1]!.replace(/""/g, '"') : null;
}

// ---------------------------------------------------------------------------------------------------
// Sizes. exceljs's column width is OOXML's stored width, which already includes Excel's 5-pixel
// padding: with Calibri 11's maximum digit width of 7 px, pixels = width × 7, i.e. 7 px per displayed
// character + 5. Writing px / 7 reads back as exactly px, and Excel shows exactly px. Row heights are
// points: px = pt × 4/3.

export const colWidthToPx = (width: number) => Math.round(width * 7);
export const pxToColWidth = (px: number) => px / 7;
export const rowHeightToPx = (pt: number) => Math.round((pt * 4) / 3);
export const pxToRowHeight = (px: number) => (px * 3) / 4;

// ---------------------------------------------------------------------------------------------------
// Cell styles: one mapping between CellData's format fields and an exceljs style, both ways.

export function toExcelStyle(c: CellData): Partial<Style> {
  const font: Partial<Font> = { name: FONT_NAME, size: c.fs ?? (DEFAULTS.fs as number) };
  if (c.fw === "bold") font.bold = true;
  if (c.fst === "italic") font.italic = true;
  if (c.fc) font.color = { argb: toArgb(c.fc) };
  const style: Partial<Style> = { font };
  if (c.bg) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: toArgb(c.bg) } };
  if (c.nf) style.numFmt = dutchNumberFormat(c.nf);
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
export function fromExcelStyle(style: Partial<Style>): CellData {
  const { font, fill, alignment } = style;
  const c: CellData = {};
  if (font?.bold) c.fw = "bold";
  if (font?.italic) c.fst = "italic";
  c.fc = hexOf(font?.color);
  c.fs = font?.size;
  if (fill?.type === "pattern" && fill.pattern === "solid") c.bg = hexOf(fill.fgColor);
  if (style.numFmt && style.numFmt !== "General") c.nf = dutchNumberFormat(style.numFmt);
  if (alignment?.wrapText) c.wrap = true;
  if (H_ALIGN.has(alignment?.horizontal ?? "")) c.ha = alignment!.horizontal as CellData["ha"];
  if (V_ALIGN.has(alignment?.vertical ?? "")) c.va = alignment!.vertical as CellData["va"];
  return c;
}

/**
 * The cell without absent values and values equal to the model defaults, as a new object: deleting them
 * from `c` instead would turn it into a dictionary-mode object in V8, several times the size (a cell of a
 * 10,000-row tab would take about 500 bytes instead of about 60).
 */
export function compact(c: CellData): CellData {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(c)) {
    if (value !== undefined && value !== DEFAULTS[key as keyof CellData]) out[key] = value;
  }
  return out as CellData;
}

// ---------------------------------------------------------------------------------------------------
// Values. A cell's content in the model is its value `v` and what belongs to it: `err` (the value is an
// error such as #REF!, not text), `link` (the cell's hyperlink) and `runs` (rich text). exceljs gives an error
// as `{ error }`, rich text as `{ richText: [{ text, font }] }` and a link as `{ text, hyperlink }` (read.ts
// takes links from the package itself, see package.ts).

/** A run's styles from an exceljs font; only what the run sets. */
function runFromExcel(r: RichText): TextRunData {
  const run: TextRunData = { text: r.text ?? "" };
  const f = r.font;
  if (f?.bold) run.bold = true;
  if (f?.italic) run.italic = true;
  if (f?.underline && f.underline !== "none") run.underline = true;
  if (f?.strike) run.strikethrough = true;
  const color = hexOf(f?.color);
  if (color) run.color = color;
  if (typeof f?.size === "number") run.size = f.size;
  if (f?.name) run.font = f.name;
  return run;
}

function runToExcel(run: TextRunData): RichText {
  const font: Partial<Font> = {};
  if (run.bold) font.bold = true;
  if (run.italic) font.italic = true;
  if (run.underline) font.underline = true;
  if (run.strikethrough) font.strike = true;
  if (run.color) font.color = { argb: toArgb(run.color) };
  if (run.size !== undefined) font.size = run.size;
  if (run.font) font.name = run.font;
  return Object.keys(font).length ? { text: run.text, font } : { text: run.text };
}

/** The content of a cell from an exceljs value (or a formula's result): `v`, and `err` or `runs`. */
export function fromExcelContent(x: unknown, timeZone: string): Pick<CellData, "v" | "err" | "runs"> {
  if (x instanceof Date) return Number.isNaN(x.getTime()) ? {} : { v: wallToInstant(x, timeZone) };
  if (typeof x === "string" || typeof x === "boolean") return { v: x };
  if (typeof x === "number") return Number.isFinite(x) ? { v: x } : {};
  if (x && typeof x === "object") {
    if ("error" in x) return { v: String(x.error), err: true };
    if ("richText" in x && Array.isArray(x.richText)) {
      const runs = (x.richText as RichText[]).map(runFromExcel);
      const v = runs.map((r) => r.text).join("");
      return v === "" ? {} : { v, runs };
    }
    if ("text" in x) return fromExcelContent(x.text, timeZone);
  }
  return {};
}

/** Errors Excel knows; a formula result with one of these texts is written as that error. */
const ERRORS = new Set([
  "#N/A",
  "#REF!",
  "#NAME?",
  "#DIV/0!",
  "#NULL!",
  "#VALUE!",
  "#NUM!",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
]);

/**
 * The exceljs value of a cell: a formula with its cached result, an error, rich text, or the plain value. A
 * cell's link is not part of the value: write.ts adds it to the sheet (also for a formula cell, for which
 * exceljs has no value with a link).
 * `v` may be the cut text of a long cell, whose runs are then left out.
 */
export function toExcelValue(c: CellData, v: CellData["v"], timeZone: string): XlValue {
  const value = v instanceof Date ? instantToWall(v, timeZone) : v;
  // Only Excel's own errors can be written as one (Sheets' #ERROR! stays text).
  const isError = typeof value === "string" && (c.err || c.f) && ERRORS.has(value);
  if (c.f) {
    const result = isError ? ({ error: value } as CellErrorValue) : value;
    return { formula: toExcelFormula(c.f), result };
  }
  if (isError) return { error: value } as CellErrorValue;
  const rich =
    typeof value === "string" && c.runs && c.runs.map((r) => r.text).join("") === value
      ? { richText: c.runs.map(runToExcel) }
      : null;
  return rich ?? value ?? null;
}

/** Note text: a string, or exceljs's rich note `{ texts: [{ text }] }`. */
export function noteText(note: unknown): string | undefined {
  if (typeof note === "string") return note || undefined;
  const texts = (note as { texts?: { text: string }[] } | undefined)?.texts;
  return texts?.map((t) => t.text).join("") || undefined;
}
