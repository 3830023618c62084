/**
 * Display values (`getDisplayValue(s)`): a small, honest formatter for the number formats the add-on uses.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getdisplayvalue
 * https://developers.google.com/sheets/api/guides/formats (the number-format language)
 *
 * - Text is shown as is; a formula the emulator cannot evaluate shows "".
 * - Booleans show as "TRUE" / "FALSE". (The Sheets UI may show them in the user's language; the emulator does
 *   not guess that.)
 * - Numbers: automatic / "General" / "@" / "0.###############" show at most 15 significant digits with the
 *   locale's decimal separator and no grouping; patterns built from `0`, `#`, `,`, `.` and a trailing `%`
 *   ("0", "0.00", "#,##0", "#,##0.00", "0%", "0.0%") are applied with the locale's separators; a date pattern
 *   shows the number as a date serial. Any other pattern (currency, sections, colours) falls back to automatic.
 * - Dates, in the spreadsheet's time zone: date patterns (`d dd ddd dddd m mm mmm mmmm yy yyyy h hh m mm s ss`
 *   and literal text, e.g. "dd-mm-yyyy hh:mm") are applied; `m`/`mm` mean minutes after an hour or before
 *   seconds. Without a pattern, the locale's default: "31-12-2026" (nl_NL) for a date at midnight,
 *   "31-12-2026 14:30:00" with a time, "14:30:00" for a time of day (a date on 30-12-1899). Sheets picks the
 *   default from what was typed; the emulator from the value.
 */
import type { LocaleInfo } from "./locale";
import type { CellData } from "./model";
import { fromSerial, toSerial, toWallClock } from "./time";

/** The number format Sheets reports for a cell without one (`getNumberFormat`). */
export const AUTOMATIC_FORMAT = "0.###############";

export function displayOf(cell: CellData | null | undefined, li: LocaleInfo, tz: string): string {
  const v = cell?.v;
  if (v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  const nf = cell?.nf ?? "";
  if (typeof v === "number") {
    if (isDatePattern(nf)) return formatDate(fromSerial(v, tz), nf, li, tz);
    return formatNumber(v, nf, li);
  }
  if (isDatePattern(nf)) return formatDate(v, nf, li, tz);
  if (nf !== "" && nf !== "@" && nf.toLowerCase() !== "general") return formatNumber(toSerial(v, tz), nf, li);
  return formatDate(v, defaultDatePattern(v, li, tz), li, tz);
}

function defaultDatePattern(d: Date, li: LocaleInfo, tz: string): string {
  const serial = toSerial(d, tz);
  if (serial >= 0 && serial < 1) return li.timeFormat;
  return Number.isInteger(serial) ? li.dateFormat : li.dateTimeFormat;
}

// ---- numbers -------------------------------------------------------------------------------------------

const NUMBER_PATTERN = /^([#0,]*0|#)(?:\.([0#]+))?(%?)$/;

export function formatNumber(n: number, nf: string, li: LocaleInfo): string {
  const m = NUMBER_PATTERN.exec(nf);
  if (!m) return automatic(n, li);
  const [, intPart = "", frac = "", percent] = m;
  const value = percent ? n * 100 : n;
  const minInt = (intPart.match(/0/g) ?? []).length;
  const minDec = (frac.match(/0/g) ?? []).length;
  let [int = "", dec = ""] = Math.abs(value).toFixed(frac.length).split(".");
  dec = dec.replace(/0+$/, "").padEnd(minDec, "0");
  int = int.replace(/^0+/, "").padStart(minInt, "0");
  if (intPart.includes(",")) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, li.group);
  const body = dec ? `${int}${li.decimal}${dec}` : int;
  const negative = value < 0 && /[1-9]/.test(body);
  return `${negative ? "-" : ""}${body}${percent}`;
}

function automatic(n: number, li: LocaleInfo): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const s = String(Number(n.toPrecision(15))).replace("e", "E");
  return s.replace(".", li.decimal);
}

// ---- dates ---------------------------------------------------------------------------------------------

const DATE_TOKEN = /"[^"]*"|\\.|y+|m+|d+|h+|s+|[^"\\ymdhs]+/gi;

export function isDatePattern(nf: string): boolean {
  if (nf === "" || nf === "@" || nf.toLowerCase() === "general") return false;
  return /[ymdhs]/i.test(nf.replace(/"[^"]*"|\\./g, ""));
}

export function formatDate(d: Date, pattern: string, li: LocaleInfo, tz: string): string {
  const w = toWallClock(d, tz);
  const tokens = pattern.match(DATE_TOKEN) ?? [];
  const kinds = tokens.map((t) => t[0]!.toLowerCase());
  const isDateToken = (k: string) => "ymdhs".includes(k);
  const near = (i: number, step: number): string | undefined => {
    for (let j = i + step; j >= 0 && j < kinds.length; j += step) if (isDateToken(kinds[j]!)) return kinds[j];
    return undefined;
  };
  const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  const pad = (n: number, len: number) => String(n).padStart(len, "0");
  return tokens
    .map((t, i) => {
      const k = kinds[i]!;
      const len = t.length;
      if (t.startsWith('"')) return t.slice(1, -1);
      if (t.startsWith("\\")) return t.slice(1);
      switch (k) {
        case "y":
          return len <= 2 ? pad(w.year % 100, 2) : String(w.year);
        case "d":
          if (len >= 4) return li.days[weekday]!;
          return len === 3 ? li.daysShort[weekday]! : pad(w.day, len);
        case "h":
          return pad(w.hour, Math.min(len, 2));
        case "s":
          return pad(w.second, Math.min(len, 2));
        case "m":
          if (len <= 2 && (near(i, -1) === "h" || near(i, 1) === "s")) return pad(w.minute, len);
          if (len >= 4) return li.months[w.month - 1]!;
          return len === 3 ? li.monthsShort[w.month - 1]! : pad(w.month, len);
        default:
          return t;
      }
    })
    .join("");
}
