/**
 * Cells as they come from a sheet, and reading a source tab by header.
 *
 * A cell value can be anything: text of any length, a number, a boolean, a Date (possibly from another
 * JS realm), an error string such as "#REF!", or — from a fuzzer — any object at all. Nothing here throws:
 * no template literals or String() on unknown objects (their toString may be missing or throw).
 */
import { isDateValue, zonedParts } from "./dates";
import type { RawTab } from "./records";
import { matchColumns, type TabDef } from "./tabs";
import { CELL_ERRORS, foldText } from "./vocab";

/** One cell: its value and its display value (what the partner sees, "as typed"). */
export interface Cell {
  v: unknown;
  d: string;
}

export const EMPTY_CELL: Cell = { v: "", d: "" };

/** Milliseconds of a Date from any realm, or null for an invalid date. */
export function dateMs(v: unknown): number | null {
  if (!isDateValue(v)) return null;
  try {
    const ms = Date.prototype.getTime.call(v);
    return Number.isFinite(ms) ? ms : null;
  } catch {
    return null;
  }
}

/** A Date of this realm, or null when the cell holds no valid date. */
export function dateOf(cell: Cell): Date | null {
  const ms = dateMs(cell.v);
  return ms === null ? null : new Date(ms);
}

/** The spreadsheet error the cell shows ("#REF!"), or null. */
export function cellError(cell: Cell): string | null {
  const probe = typeof cell.v === "string" ? cell.v : cell.v === null || cell.v === undefined ? cell.d : "";
  if (probe.length > 20 || !probe.trimStart().startsWith("#")) return null;
  const e = probe.trim().toUpperCase();
  return CELL_ERRORS.has(e) ? e : null;
}

const BLANK = /^[\s\u200B-\u200D\u2060\uFEFF]*$/;

/** Empty, whitespace only or invisible characters only. */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && BLANK.test(v));
}

/**
 * The cell as text: a string as it is; anything else as the partner sees it (display value), falling back
 * to a plain rendering for numbers, booleans and dates. Untrimmed.
 */
export function rawText(cell: Cell): string {
  const v = cell.v;
  if (typeof v === "string") return v;
  if (cell.d !== "") return cell.d;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  const ms = dateMs(v);
  if (ms !== null) return new Date(ms).toISOString().slice(0, 10);
  return "";
}

const isSpace = (code: number) =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200d) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x2060 ||
  code === 0x3000 ||
  code === 0xfeff;

/** rawText, trimmed (invisible characters at the ends included). A loop: cells can be huge. */
export function textOf(cell: Cell): string {
  const s = rawText(cell);
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** Leading bullets partners type or paste: `•`, `o `, `-`, `–`, `*` and their relatives. */
const BULLET = /^(?:[•◦▪▫‣●○·∙■□➢►✓✔]\s*|[-–—*]+(?:\s+|$)|o\s+)/;

/** One item per line: bullets stripped, each line trimmed, empty lines dropped. */
export function splitLines(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const item = line.trim().replace(BULLET, "").trim();
    if (item !== "") out.push(item);
  }
  return out;
}

const TRUE_WORDS = new Set(["ja", "j", "waar", "true", "x", "1", "yes", "y", "aan", "wel", "✓", "✔"]);
const FALSE_WORDS = new Set(["nee", "n", "onwaar", "false", "0", "no", "uit", "niet"]);

/** A checkbox or yes/no text: the boolean, "empty", or "invalid". */
export function parseBoolean(cell: Cell): boolean | "empty" | "invalid" {
  const v = cell.v;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v === 1 ? true : v === 0 ? false : "invalid";
  if (isBlank(v)) return "empty";
  if (typeof v !== "string") return "invalid";
  if (v.length > 20) return "invalid";
  const word = foldText(v).replace(/[.!]+$/, "");
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return "invalid";
}

// ---------------------------------------------------------------------------
// Times

const hhmm = (h: number, m: number) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;

function clock(h: number, m: number): string | "invalid" {
  return Number.isInteger(h) && Number.isInteger(m) && h >= 0 && h <= 23 && m >= 0 && m <= 59
    ? hhmm(h, m)
    : "invalid";
}

/**
 * A time of day as "HH:mm"; null for an empty cell. Accepted: a time cell (a Date, read in `timeZone`:
 * Sheets gives 30-12-1899 plus the time), a day fraction (0.5 = 12:00), and text `9:30`, `09:30`,
 * `09.30`, `9u30`, `9h30`, `9:30 uur`, `9:30:00`, `930`/`0930` (three or four digits), `14`/`14u`/`14 uur`
 * (whole hours).
 */
export function parseTime(cell: Cell, timeZone: string): string | null | "invalid" {
  const r = readTime(cell, timeZone);
  return r === null || r === "invalid" ? r : r.time;
}

/** A time of day as read, and whether it was written as a whole hour without minutes (`2`, `2 uur`, `2u`). */
export interface TimeRead {
  /** "HH:mm". */
  time: string;
  hourOnly: boolean;
}

/** parseTime, telling also whether the cell gave only an hour (a time cell or `02:00` gives minutes). */
export function readTime(cell: Cell, timeZone: string): TimeRead | null | "invalid" {
  const v = cell.v;
  if (isBlank(v)) return null;
  const ms = dateMs(v);
  if (ms !== null) {
    const parts = zonedParts(ms, timeZone);
    return parts === null ? "invalid" : withMinutes(clock(parts.hour!, parts.minute!));
  }
  if (typeof v === "number") {
    if (v >= 0 && v < 1) {
      const minutes = Math.round(v * 1440);
      return minutes >= 1440 ? "invalid" : withMinutes(clock(Math.floor(minutes / 60), minutes % 60));
    }
    return Number.isInteger(v) ? timeFromText(String(v)) : "invalid";
  }
  if (typeof v !== "string" || v.length > 30) return "invalid";
  return timeFromText(v);
}

const withMinutes = (time: string | "invalid"): TimeRead | "invalid" =>
  time === "invalid" ? time : { time, hourOnly: false };

function timeFromText(raw: string): TimeRead | "invalid" {
  const s = foldText(raw).replace(/\s*(?:uur|u|h)\.?$/, "");
  const hm = /^(\d{1,2})\s*[:.uh]\s*(\d{2})(?::(\d{2}))?$/.exec(s);
  if (hm) return withMinutes(clock(Number(hm[1]), Number(hm[2])));
  const hours = /^(\d{1,2})$/.exec(s);
  if (hours) {
    const time = clock(Number(hours[1]), 0);
    return time === "invalid" ? time : { time, hourOnly: true };
  }
  const compact = /^(\d{1,2})(\d{2})$/.exec(s);
  if (compact) return withMinutes(clock(Number(compact[1]), Number(compact[2])));
  return "invalid";
}

/** "HH:mm" plus `hours`, capped at 23:59. */
export function addHours(time: string, hours: number): string {
  const [h, m] = time.split(":").map(Number) as [number, number];
  const total = Math.min(h * 60 + m + hours * 60, 23 * 60 + 59);
  return hhmm(Math.floor(total / 60), total % 60);
}

// ---------------------------------------------------------------------------
// Values inside problems

/** The longest value stored in a problem (a Sheets cell holds at most 50,000 characters). */
export const MAX_PROBLEM_VALUE = 1000;

export function clip(value: string): string {
  return value.length > MAX_PROBLEM_VALUE ? `${value.slice(0, MAX_PROBLEM_VALUE - 1)}…` : value;
}

// ---------------------------------------------------------------------------
// Reading a tab by header

export interface SourceRow {
  /** 1-based sheet row. */
  row: number;
  /** Cells by column key; EMPTY_CELL for a column the sheet lacks. */
  cells: Record<string, Cell>;
}

export interface ReadTab {
  def: TabDef;
  /** The tab's name as in the workbook. */
  name: string;
  /** 0-based column index by key, -1 when the column is missing. */
  cols: Record<string, number>;
  /** The header text as in the sheet by key (the add-on's header when the column is missing). */
  headers: Record<string, string>;
  /** Required columns the header row lacks, by key. */
  missing: string[];
  /** Whether the tab holds nothing at all (no header, no rows). */
  blank: boolean;
  /** Rows with content, in sheet order. */
  rows: SourceRow[];
}

/** Checkbox columns: a lone tick (or untick) does not make a row. */
const CHECKBOX_KEYS = new Set(["active", "cancelled"]);

function rowsOf(tab: RawTab): readonly (readonly unknown[])[] {
  return Array.isArray(tab.values) ? tab.values : [];
}

/** The display row `r` of a tab, or null when the tab has none. */
function displayRowOf(tab: RawTab, r: number): readonly unknown[] | null {
  const row = Array.isArray(tab.display) ? tab.display[r] : undefined;
  return Array.isArray(row) ? row : null;
}

/** Column `c` of a row of values and of its display row. */
function cellOf(values: readonly unknown[], display: readonly unknown[] | null, c: number): Cell {
  const v = values[c];
  const d = display === null ? undefined : display[c];
  return { v: v === undefined ? "" : v, d: typeof d === "string" ? d : "" };
}

/**
 * Whether a row of a source tab has content: a known column that partners fill (not `ID`, `Laatst
 * bijgewerkt` or the other add-on columns, not a lone checkbox) holds something other than blanks.
 * `cols` is the tab's matchColumns result. The one rule for "a row": validation reads these rows,
 * IDs go to them, and onEdit stamps them.
 */
export function contentRule<K extends string>(
  def: TabDef<K>,
  cols: Record<K, number>,
): (row: readonly unknown[]) => boolean {
  const contentCols = def.columns
    .filter((c) => !c.addOnWritten && cols[c.key] >= 0)
    .map((c) => ({ i: cols[c.key], checkbox: CHECKBOX_KEYS.has(c.key) }));
  return (row) =>
    contentCols.some(({ i, checkbox }) => {
      const v = row[i];
      return !isBlank(v) && !(checkbox && typeof v === "boolean");
    });
}

/**
 * Reads a source tab by header (columns may be moved, inserted, renamed to a synonym; unknown columns are
 * ignored). A row has content when a known column that partners fill (not `ID`, `Laatst bijgewerkt` or
 * the other add-on columns, not a lone checkbox) holds something other than blanks.
 */
export function readTab<K extends string>(def: TabDef<K>, tab: RawTab): ReadTab {
  const values = rowsOf(tab);
  const headerRow = Array.isArray(values[0]) ? values[0] : [];
  const cols = matchColumns(def, headerRow);
  const headers: Record<string, string> = {};
  const missing: string[] = [];
  for (const c of def.columns) {
    const i = cols[c.key];
    const shown = i >= 0 ? textOf(cellOf(headerRow, displayRowOf(tab, 0), i)) : "";
    headers[c.key] = shown !== "" ? shown : c.header;
    if (i < 0 && c.required) missing.push(c.key);
  }
  const hasContent = contentRule(def, cols);
  const columns = def.columns.map((c) => ({ key: c.key, i: cols[c.key] }));
  const rows: SourceRow[] = [];
  let blank = headerRow.every(isBlank);
  for (let r = 1; r < values.length; r++) {
    const raw = values[r];
    if (!Array.isArray(raw)) continue;
    if (blank && !raw.every(isBlank)) blank = false;
    if (!hasContent(raw)) continue;
    const display = displayRowOf(tab, r);
    const cells: Record<string, Cell> = {};
    // An index loop: this runs for every cell of the tab, in every action, before anything is optimised.
    for (let k = 0; k < columns.length; k++) {
      const { key, i } = columns[k]!;
      cells[key] = i >= 0 ? cellOf(raw, display, i) : EMPTY_CELL;
    }
    rows.push({ row: r + 1, cells });
  }
  return {
    def,
    name: typeof tab.name === "string" && tab.name !== "" ? tab.name : def.name,
    cols,
    headers,
    missing,
    blank,
    rows,
  };
}
