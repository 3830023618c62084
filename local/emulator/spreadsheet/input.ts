/**
 * What a cell holds after `setValue(s)` / `appendRow`: Apps Script treats a string as if the user typed it.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue
 * ("The value can be numeric, string, boolean or date. If it begins with '=' it is interpreted as a formula.")
 *
 * Decisions, each kept to what can be justified from Sheets' behaviour for typed input:
 * - "" and null/undefined empty the cell.
 * - A string starting with "=" (and longer than "=") is a formula. Only `=HYPERLINK(url, label)` (also with
 *   `;`, the separator of nl_NL) and literal formulas (`="text"`, `=12`, `=TRUE`) are evaluated; any other
 *   formula is kept as its formula text and reads as "" — the emulator has no calculation engine.
 * - A leading apostrophe keeps the rest as text; the apostrophe is not part of the value.
 * - Text is recognised as a number in the locale's own notation ("12", "-3", "1,5" and "1.000" in nl_NL;
 *   "1.5" and "1,000" in en_US; "1e3"), as a boolean ("TRUE"/"FALSE", any case), or as a date
 *   ("2026-12-31" everywhere; "31-12-2026" and "31/12/2026" in nl_NL; "12/31/2026" in en_US; each optionally
 *   followed by " 14:30" or " 14:30:15"), or as a time of day ("14:30"). Dates are midnight in the
 *   spreadsheet's time zone; a time alone is that time on 30-12-1899, as Sheets stores it.
 *   Not recognised (stays text): percentages, currencies, month names, two-digit years, surrounding spaces,
 *   the localized WAAR/ONWAAR.
 * - In a cell formatted as plain text ("@"), a string is stored exactly as given: no formula, no apostrophe
 *   rule, no conversion.
 * - A string longer than 50,000 characters throws Sheets' limit error.
 * - Numbers, booleans and Dates are stored as given (a Date as a copy); NaN and ±Infinity, which Sheets cannot
 *   hold, are stored as their text. Other objects, and invalid Dates, are refused with the method's signature
 *   error.
 */
import { isDate, toHostDate } from "../values";
import { gasError, SHEETS_ERRORS } from "./errors";
import type { LocaleInfo } from "./locale";
import type { CellValue } from "./model";
import { fromSerial, fromWallClock, isValidDate } from "./time";

/** A cell's content: value and/or formula. Both absent: empty. */
export interface Content {
  v?: CellValue;
  f?: string;
}

const EMPTY: Content = Object.freeze({});
const numberPatterns = new Map<LocaleInfo, RegExp>();

function numberPattern(li: LocaleInfo): RegExp {
  let re = numberPatterns.get(li);
  if (!re) {
    const g = `\\${li.group}`;
    const d = `\\${li.decimal}`;
    re = new RegExp(`^[+-]?(?:(?:\\d+|\\d{1,3}(?:${g}\\d{3})+)(?:${d}\\d*)?|${d}\\d+)(?:[eE][+-]?\\d+)?$`);
    numberPatterns.set(li, re);
  }
  return re;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const LOCAL_DATE = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Characters a number, boolean, date or time can start with; anything else is plain text. */
function maybeConverted(c: string): boolean {
  return (c >= "0" && c <= "9") || c === "-" || c === "+" || c === "." || c === "," || /[tTfF]/.test(c);
}

function dateValue(
  y: number,
  mo: number,
  d: number,
  h: string | undefined,
  mi: string | undefined,
  s: string | undefined,
  tz: string,
): Date | null {
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  if (!isValidDate(y, mo, d) || hour > 23 || minute > 59 || second > 59) return null;
  return fromWallClock({ year: y, month: mo, day: d, hour, minute, second, millisecond: 0 }, tz);
}

/** Text typed into a cell, as Sheets would store it (see the file comment). */
export function parseTyped(text: string, li: LocaleInfo, tz: string): Content {
  if (text === "") return EMPTY;
  const first = text[0]!;
  if (first === "=" && text.length > 1) return { f: text, ...evaluate(text) };
  if (first === "'") return text.length > 1 ? { v: text.slice(1) } : EMPTY;
  if (!maybeConverted(first)) return { v: text };
  if (numberPattern(li).test(text)) {
    return { v: Number(text.split(li.group).join("").replace(li.decimal, ".")) };
  }
  if (/^(true|false)$/i.test(text)) return { v: text.toLowerCase() === "true" };
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const date = dateValue(+iso[1]!, +iso[2]!, +iso[3]!, iso[4], iso[5], iso[6], tz);
    if (date) return { v: date };
  }
  const local = LOCAL_DATE.exec(text);
  if (local) {
    const [a, b] = [+local[1]!, +local[3]!];
    const [day, month] = li.dateOrder === "DMY" ? [a, b] : [b, a];
    const date = dateValue(+local[4]!, month, day, local[5], local[6], local[7], tz);
    if (date) return { v: date };
  }
  const time = TIME.exec(text);
  if (time) {
    const [h, m, s] = [+time[1]!, +time[2]!, +(time[3] ?? 0)];
    if (h < 24 && m < 60 && s < 60) return { v: fromSerial((h * 3600 + m * 60 + s) / 86400, tz) };
  }
  return { v: text };
}

/** The content of a cell after writing `value` to it (see the file comment). */
export function contentOf(
  value: unknown,
  numberFormat: string | undefined,
  li: LocaleInfo,
  tz: string,
  refuse: () => Error,
): Content {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "string") {
    if (value.length > 50_000) throw gasError(SHEETS_ERRORS.cellTooLong);
    if (numberFormat === "@") return value === "" ? EMPTY : { v: value };
    return parseTyped(value, li, tz);
  }
  if (typeof value === "number") return Number.isFinite(value) ? { v: value } : { v: String(value) };
  if (typeof value === "boolean") return { v: value };
  if (isDate(value)) {
    const copy = toHostDate(value);
    if (!Number.isNaN(copy.getTime())) return { v: copy };
  }
  throw refuse();
}

/** `=HYPERLINK(url, label)` -> label; `="text"`, `=12`, `=TRUE` -> the literal; anything else: no value. */
function evaluate(formula: string): Content {
  const str = `"((?:[^"]|"")*)"`;
  const link = new RegExp(`^=\\s*HYPERLINK\\(\\s*${str}\\s*(?:[,;]\\s*${str}\\s*)?\\)\\s*$`, "i").exec(
    formula,
  );
  if (link) return { v: unquote(link[2] ?? link[1]!) };
  const text = new RegExp(`^=\\s*${str}\\s*$`).exec(formula);
  if (text) return text[1] === "" ? EMPTY : { v: unquote(text[1]!) };
  const num = /^=\s*([+-]?\d+(?:\.\d+)?)\s*$/.exec(formula);
  if (num) return { v: Number(num[1]) };
  const bool = /^=\s*(TRUE|FALSE)(?:\(\))?\s*$/i.exec(formula);
  if (bool) return { v: bool[1]!.toUpperCase() === "TRUE" };
  return EMPTY;
}

function unquote(s: string): string {
  return s.replace(/""/g, '"');
}
