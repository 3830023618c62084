/**
 * Deadlines as partners type them (PRODUCT.md §2.6), parsed into periods of
 * calendar dates.
 *
 * Accepted (case-, accent- and dot-insensitive; any whitespace, line breaks included):
 *   day      31-12-2026, 31/12/2026, 31.12.2026, 1-2-2026, 2026-12-31, 31 december 2026, a date cell
 *            (a date cell formatted to show no day is the month or year it shows: see shownPeriod)
 *   month    dec. 2026, december 2026, dec2026
 *   range    jan.-dec. 2026, jan - dec 2026, jan t/m dec 2026 (one year)
 *            okt 2025 - mrt 2026 (across years: both months carry their year)
 *            2025-2026 (whole years: 1 Jan 2025 – 31 Dec 2026)
 *   quarter  Q3 2026, Q3-2026, 2026 Q3, 2026-Q3
 *   year     2026 (text or a number cell)
 *   ongoing  Continue, Continu, Doorlopend
 * Month words: Dutch names and abbreviations (jan, feb, febr, mrt, mar, apr, mei,
 * jun, jul, aug, sep, sept, okt, nov, dec) plus the English spellings that differ
 * (january, february, march, may, june, july, august, oct, october).
 * Years must lie in 2000–2100 and be written with four digits.
 *
 * Rejected on purpose: a month or range without a year (`dec.`, `jan.-dec.`), a
 * two-digit year (`31-12-26`), a number that is not a year (45000 may be a date
 * serial from an export: we do not guess its epoch), a range written as
 * `okt - mrt 2026` (read as okt 2026 – mrt 2026, so reversed), `mm-yyyy`,
 * and approximate words (`eind 2026`, `medio 2026`).
 *
 * Pure and total: no Google globals, nothing throws for any input.
 */
import {
  DEFAULT_TIME_ZONE,
  daysInMonth,
  type IsoDate,
  isDateValue,
  isoOf as iso,
  zonedParts,
  zoneFormatter,
} from "./dates";
import { type MessageKey, q, type Translate } from "./i18n";
import { CELL_ERRORS, foldText, matchVocab } from "./vocab";

export type Granularity = "day" | "month" | "range" | "quarter" | "year";
export type Deadline =
  | { kind: "ongoing" }
  | { kind: "period"; start: IsoDate; end: IsoDate; granularity: Granularity };

export const DEADLINE_ERROR_CODES = [
  "empty",
  "not-text",
  "cell-error",
  "number-not-year",
  "year-out-of-range",
  "short-year",
  "missing-year",
  "invalid-date",
  "unknown-month",
  "invalid-quarter",
  "reversed-range",
  "bad-time-zone",
  "unrecognized",
] as const;
export type DeadlineErrorCode = (typeof DEADLINE_ERROR_CODES)[number];

export type DeadlineResult =
  | { ok: true; deadline: Deadline }
  | { ok: false; code: DeadlineErrorCode; detail?: string };
type Failure = Extract<DeadlineResult, { ok: false }>;

export interface DeadlineOptions {
  /** IANA zone in which a date cell is read (Instellingen › Tijdzone); blank means Europe/Amsterdam. */
  timeZone?: string;
  /**
   * What the cell shows (its display value). A date cell whose number format shows no day — `mmmm yyyy`,
   * `mmm-yy`, `mm/yyyy`, `yyyy`, as Sheets and Excel make of a typed `december 2026` — counts as the month
   * or year it shows, as the same text would; without it a date cell is its day.
   */
  display?: string;
}

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
/** Longer text (after collapsing whitespace) is never a deadline; stops work early on pasted paragraphs. */
const MAX_TEXT = 100;

// biome-ignore format: one month per line reads best
const MONTHS = new Map<string, number>([
  ["jan", 1], ["januari", 1], ["january", 1],
  ["feb", 2], ["febr", 2], ["februari", 2], ["february", 2],
  ["mrt", 3], ["mar", 3], ["maart", 3], ["march", 3],
  ["apr", 4], ["april", 4],
  ["mei", 5], ["may", 5],
  ["jun", 6], ["juni", 6], ["june", 6],
  ["jul", 7], ["juli", 7], ["july", 7],
  ["aug", 8], ["augustus", 8], ["august", 8],
  ["sep", 9], ["sept", 9], ["september", 9],
  ["okt", 10], ["oct", 10], ["oktober", 10], ["october", 10],
  ["nov", 11], ["november", 11],
  ["dec", 12], ["december", 12],
]);
// biome-ignore format: a calendar
const MONTH_NAMES_NL = [
  "januari", "februari", "maart", "april", "mei", "juni",
  "juli", "augustus", "september", "oktober", "november", "december",
];
const ONGOING = new Set(["continue", "continu", "doorlopend"]);

// ---------------------------------------------------------------------------
// Parsing

export function parseDeadline(raw: unknown, opts?: DeadlineOptions): DeadlineResult {
  if (raw === null || raw === undefined) return fail("empty");
  if (typeof raw === "string") return fromText(raw);
  if (typeof raw === "number") return fromNumber(raw);
  if (isDateValue(raw)) {
    const zone = opts?.timeZone;
    return fromDate(
      raw,
      typeof zone === "string" && zone.trim() !== "" ? zone.trim() : DEFAULT_TIME_ZONE,
      typeof opts?.display === "string" ? opts.display : "",
    );
  }
  return fail("not-text");
}

function fail(code: DeadlineErrorCode, detail?: string): Failure {
  return detail === undefined ? { ok: false, code } : { ok: false, code, detail };
}

function period(start: IsoDate, end: IsoDate, granularity: Granularity): DeadlineResult {
  return { ok: true, deadline: { kind: "period", start, end, granularity } };
}

function fromNumber(n: number, typed = String(n)): DeadlineResult {
  if (Number.isInteger(n) && n >= 1000 && n <= 9999) return yearToken(String(n), (y) => yearPeriod(y, y));
  return fail("number-not-year", typed);
}

function fromText(raw: string): DeadlineResult {
  const trimmed = raw.trim();
  if (CELL_ERRORS.has(trimmed.toUpperCase())) return fail("cell-error", trimmed.toUpperCase());
  const text = foldText(trimmed);
  if (text === "") return fail("empty");
  if (text.length > MAX_TEXT) return fail("unrecognized");

  if (/^[+-]?\d+([.,]\d+)?$/.test(text)) return fromNumber(Number(text.replace(",", ".")), text);

  const numeric = /^(\d+) ?([-/.]) ?(\d+) ?\2 ?(\d+)$/.exec(text);
  if (numeric) return fromNumericDate(numeric[1]!, numeric[3]!, numeric[4]!, text);

  return fromTokens(tokenize(text));
}

/** `d-m-yyyy` (also with `/` or `.`) or `yyyy-m-d`. */
function fromNumericDate(a: string, b: string, c: string, typed: string): DeadlineResult {
  if (a.length === 4 && b.length <= 2 && c.length <= 2) return dayPeriod(a, Number(b), Number(c), typed);
  if (a.length <= 2 && b.length <= 2) return dayPeriod(c, Number(b), Number(a), typed);
  return fail("unrecognized");
}

type Token = { kind: "N" | "W" | "Q" | "-" | "?"; text: string };

function tokenize(text: string): Token[] {
  const spaced = text
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\bt ?\/ ?m\b|\btot en met\b/g, " - ")
    .replace(/[.,]/g, " ");
  const tokens: Token[] = [];
  for (const m of spaced.matchAll(/q ?(\d+)|\d+|[a-z]+|-|\S/g)) {
    const t = m[0];
    if (m[1] !== undefined) tokens.push({ kind: "Q", text: m[1] });
    else if (/^\d/.test(t)) tokens.push({ kind: "N", text: t });
    else if (/^[a-z]/.test(t)) tokens.push({ kind: "W", text: t });
    else tokens.push({ kind: t === "-" ? "-" : "?", text: t });
  }
  return tokens;
}

function fromTokens(tokens: Token[]): DeadlineResult {
  const shape = tokens.map((t) => t.kind).join("");
  const [t0, t1, t2, t3, t4] = tokens.map((t) => t.text) as (string | undefined)[];
  switch (shape) {
    case "W":
      if (ONGOING.has(t0!)) return { ok: true, deadline: { kind: "ongoing" } };
      return MONTHS.has(t0!) ? fail("missing-year") : fail("unrecognized");
    case "N":
      return fromNumber(Number(t0), t0);
    case "WN":
      return withMonth(t0!, (m) => yearToken(t1!, (y) => monthRange(m, y, m, y, "month")));
    case "NW":
      return MONTHS.has(t1!) ? fail("missing-year") : fail("unrecognized");
    case "NWN":
      return withMonth(t1!, (m) => dayPeriod(t2!, m, Number(t0), tokens.map((t) => t.text).join(" ")));
    case "W-W":
      return withMonth(t0!, () => withMonth(t2!, () => fail("missing-year")));
    case "W-WN":
      return withMonth(t0!, (m1) =>
        withMonth(t2!, (m2) => yearToken(t3!, (y) => monthRange(m1, y, m2, y, "range"))),
      );
    case "WN-WN":
      return withMonth(t0!, (m1) =>
        yearToken(t1!, (y1) =>
          withMonth(t3!, (m2) => yearToken(t4!, (y2) => monthRange(m1, y1, m2, y2, "range"))),
        ),
      );
    case "N-N":
      if (t0!.length !== 4 || t2!.length !== 4) return fail("unrecognized");
      return yearToken(t0!, (y1) => yearToken(t2!, (y2) => yearPeriod(y1, y2)));
    case "Q":
      return withQuarter(t0!, () => fail("missing-year"));
    case "QN":
    case "Q-N":
      return withQuarter(t0!, (q) => yearToken(t1 === "-" ? t2! : t1!, (y) => quarterPeriod(q, y)));
    case "NQ":
    case "N-Q":
      return withQuarter(t1 === "-" ? t2! : t1!, (q) => yearToken(t0!, (y) => quarterPeriod(q, y)));
    default:
      return fail("unrecognized");
  }
}

function withMonth(word: string, then: (month: number) => DeadlineResult): DeadlineResult {
  const month = MONTHS.get(word);
  return month === undefined ? fail("unknown-month", word) : then(month);
}

function withQuarter(digits: string, then: (quarter: number) => DeadlineResult): DeadlineResult {
  const q = Number(digits);
  return q >= 1 && q <= 4 && digits.length === 1 ? then(q) : fail("invalid-quarter", `Q${digits}`);
}

/** A four-digit year within MIN_YEAR..MAX_YEAR. */
function yearToken(digits: string, then: (year: number) => DeadlineResult): DeadlineResult {
  if (digits.length === 2) return fail("short-year", digits);
  const y = Number(digits);
  if (digits.length !== 4 || y < MIN_YEAR || y > MAX_YEAR) return fail("year-out-of-range", digits);
  return then(y);
}

function dayPeriod(yearDigits: string, month: number, day: number, typed: string): DeadlineResult {
  return yearToken(yearDigits, (y) => {
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(y, month)) return fail("invalid-date", typed);
    const d = iso(y, month, day);
    return period(d, d, "day");
  });
}

function monthRange(
  m1: number,
  y1: number,
  m2: number,
  y2: number,
  granularity: Granularity,
): DeadlineResult {
  if (y1 * 12 + m1 > y2 * 12 + m2) return fail("reversed-range");
  return period(iso(y1, m1, 1), iso(y2, m2, daysInMonth(y2, m2)), granularity);
}

function quarterPeriod(q: number, y: number): DeadlineResult {
  return period(iso(y, 3 * q - 2, 1), iso(y, 3 * q, daysInMonth(y, 3 * q)), "quarter");
}

function yearPeriod(y1: number, y2: number): DeadlineResult {
  if (y1 > y2) return fail("reversed-range");
  return period(iso(y1, 1, 1), iso(y2, 12, 31), y1 === y2 ? "year" : "range");
}

// ---------------------------------------------------------------------------
// Date cells

/**
 * Instants before this lie before MIN_YEAR in every time zone. Checked before
 * formatting because Intl prints a year BC without its era (2051 BC → "2051").
 */
const FIRST_MS = Date.UTC(MIN_YEAR - 1, 11, 30);

/**
 * The calendar date of a (possibly cross-realm) Date in `timeZone`; the whole month or year when `display`
 * (what the cell shows) shows no day.
 */
function fromDate(value: Date, timeZone: string, display: string): DeadlineResult {
  let ms: number;
  try {
    ms = Date.prototype.getTime.call(value);
  } catch {
    return fail("invalid-date");
  }
  if (!Number.isFinite(ms)) return fail("invalid-date");
  if (zoneFormatter(timeZone) === null) return fail("bad-time-zone", timeZone);
  if (ms < FIRST_MS) return fail("year-out-of-range", String(new Date(ms).getUTCFullYear()));
  const { year: y, month: m, day: d } = zonedParts(ms, timeZone)! as Record<string, number>;
  const shown = shownPeriod(display, y!, m!, d!);
  if (shown === "month") return yearToken(String(y), () => monthRange(m!, y!, m!, y!, "month"));
  if (shown === "year") return yearToken(String(y), () => yearPeriod(y!, y!));
  return dayPeriod(String(y), m!, d!, iso(y!, m!, d!));
}

/** Longer display text is never a month or a year alone. */
const MAX_DISPLAY = 40;

/**
 * The period a date cell's display shows of its date `y`-`m`-`d`: "month" when it shows the month and the
 * year but no day (`december 2026`, `Dec 2026`, `dec-26`, `12/2026`, `2026-12`) or the month alone
 * (`december`), "year" when it shows only the year (`2026`), otherwise "day". Every word must be the name
 * of month `m` and every number its year (four digits, or the last two) or its month number. When a number
 * could also be the day (`01-12` for 1 December: day and month, or month and year?), the cell stays a day,
 * as before: an empty, unknown or ambiguous display never makes a period longer.
 */
export function shownPeriod(display: string, y: number, m: number, d: number): "day" | "month" | "year" {
  if (display.length > MAX_DISPLAY) return "day";
  const words: string[] = [];
  const numbers: string[] = [];
  for (const t of foldText(display).match(/[a-z]+|\d+|[^\sa-z\d.,/'-]/g) ?? []) {
    if (/^\d/.test(t)) numbers.push(t);
    else if (/^[a-z]/.test(t)) words.push(t);
    else return "day"; // a colon (a time), a letter of another script, …
  }
  if (words.length > 1 || words.some((w) => MONTHS.get(w) !== m)) return "day";
  const year4 = (s: string) => s.length === 4 && Number(s) === y;
  const year2 = (s: string) => s.length === 2 && Number(s) === y % 100;
  const month = (s: string) => s.length <= 2 && Number(s) === m;
  const day = (s: string) => s.length <= 2 && Number(s) === d;
  const [a, b] = numbers;
  if (words.length === 1) {
    if (numbers.length === 0) return "month";
    return numbers.length === 1 && (year4(a!) || (year2(a!) && !day(a!))) ? "month" : "day";
  }
  if (numbers.length === 1) return year4(a!) ? "year" : "day";
  if (numbers.length !== 2) return "day";
  // A number beside a four-digit year is its month: no format shows a day and a year without the month.
  if ((year4(a!) && month(b!)) || (year4(b!) && month(a!))) return "month";
  if (day(a!) || day(b!)) return "day";
  return (year2(a!) && month(b!)) || (year2(b!) && month(a!)) ? "month" : "day";
}

// ---------------------------------------------------------------------------
// Calendar helpers

/** The due date: the last day of the period; null for an ongoing deadline. */
export function dueDate(d: Deadline): IsoDate | null {
  return d.kind === "period" ? d.end : null;
}

/**
 * Whether the deadline's period shares at least one day with `from`..`to`
 * (both inclusive). An ongoing deadline overlaps every non-empty window;
 * a window with `from` after `to` is empty and overlaps nothing.
 */
export function overlaps(d: Deadline, from: IsoDate, to: IsoDate): boolean {
  if (from > to) return false;
  return d.kind === "ongoing" || (d.start <= to && d.end >= from);
}

// ---------------------------------------------------------------------------
// Suggestions for deadlines as people say them

const ORDINALS: Record<string, number> = { eerste: 1, tweede: 2, derde: 3, vierde: 4 };
const ordinal = (word: string): number | undefined =>
  ORDINALS[word] ?? (Number(/^(\d)/.exec(word)?.[1]) || undefined);

/** A part of the year as words say it, and the months it names in the accepted form. */
const SPOKEN_PERIODS: [RegExp, (m: RegExpExecArray) => string | null][] = [
  [/^(?:eind|einde|uiterlijk eind|end of|end) (\d{4})$/, (m) => `Dec. ${m[1]}`],
  [/^(?:begin|start|begin van) (\d{4})$/, (m) => `Jan. ${m[1]}`],
  [/^(?:medio|half|midden) (\d{4})$/, (m) => `Jun.-jul. ${m[1]}`],
  [/^(?:voorjaar|lente) (\d{4})$/, (m) => `Mrt.-mei ${m[1]}`],
  [/^zomer (\d{4})$/, (m) => `Jun.-aug. ${m[1]}`],
  [/^(?:najaar|herfst) (\d{4})$/, (m) => `Sep.-nov. ${m[1]}`],
  [
    /^(eerste|tweede|1e|2e|1ste|2de) (?:helft|halfjaar|half jaar) (\d{4})$/,
    (m) => (ordinal(m[1]!) === 1 ? `Jan.-jun. ${m[2]}` : `Jul.-dec. ${m[2]}`),
  ],
  [/^h([12]) (\d{4})$/, (m) => (m[1] === "1" ? `Jan.-jun. ${m[2]}` : `Jul.-dec. ${m[2]}`)],
  [/^(eerste|tweede|derde|vierde|[1-4](?:e|de|ste)?) kwartaal (\d{4})$/, (m) => `Q${ordinal(m[1]!)} ${m[2]}`],
  [/^kwartaal ([1-4]) (\d{4})$/, (m) => `Q${m[1]} ${m[2]}`],
  // Month first, as in English: 12/31/2026.
  [
    /^(\d{1,2}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{4})$/,
    (m) => (Number(m[1]) <= 12 && Number(m[3]) > 12 && Number(m[3]) <= 31 ? `${m[3]}-${m[1]}-${m[4]}` : null),
  ],
];

/**
 * What a deadline that is not accepted probably means, in an accepted form (PRODUCT.md §2.6): `eind 2026` →
 * `Dec. 2026`, `najaar 2026` → `Sep.-nov. 2026`, `1e kwartaal 2026` → `Q1 2026`, `12/31/2026` → `31-12-2026`.
 * Null when there is no likely reading. Only a suggestion: Validatie shows it; nothing is rewritten.
 */
export function deadlineSuggestion(text: string): string | null {
  const folded = foldText(text)
    .replace(/[,]/g, " ")
    .replace(/\s+/g, " ")
    .replace(/^(?:in|voor|per|rond|ca|circa) (?:het |de )?/, "")
    .trim();
  for (const [re, make] of SPOKEN_PERIODS) {
    const m = re.exec(folded);
    const out = m ? make(m) : null;
    if (out !== null) return out;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Messages (their texts are in messages/deadline.ts)

const MESSAGE_KEYS: Record<DeadlineErrorCode, MessageKey> = {
  empty: "deadline.empty",
  "not-text": "deadline.notText",
  "cell-error": "deadline.cellError",
  "number-not-year": "deadline.numberNotYear",
  "year-out-of-range": "deadline.yearOutOfRange",
  "short-year": "deadline.shortYear",
  "missing-year": "deadline.missingYear",
  "invalid-date": "deadline.invalidDate",
  "unknown-month": "deadline.unknownMonth",
  "invalid-quarter": "deadline.invalidQuarter",
  "reversed-range": "deadline.reversedRange",
  "bad-time-zone": "deadline.badTimeZone",
  unrecognized: "deadline.unrecognized",
};

/**
 * A user-facing message for a failed parse: what is wrong, then the accepted forms (except for a bad
 * time zone setting, which is not the cell's fault).
 */
export function formatDeadlineError(
  code: DeadlineErrorCode,
  detail: string | undefined,
  t: Translate,
  suggestion: string | null = null,
): string {
  const value = typeof detail === "string" ? detail : "";
  const key = code === "invalid-date" && value === "" ? "deadline.invalidDateCell" : MESSAGE_KEYS[code];
  let msg = t(key ?? "deadline.unrecognized", {
    value: q(value, 40),
    year: value,
    min: MIN_YEAR,
    max: MAX_YEAR,
  });
  if (suggestion !== null) msg += ` ${t("val.didYouMean", { suggestion: q(suggestion) })}`;
  else if (code === "unknown-month") {
    const m = matchVocab(value, MONTH_NAMES_NL);
    const month = m.ok ? m.value : m.suggestion;
    if (month !== undefined) msg += ` ${t("val.didYouMean", { suggestion: q(month) })}`;
  }
  return code === "bad-time-zone" ? msg : `${msg} ${t("deadline.accepted")}`;
}
