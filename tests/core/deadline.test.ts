import * as vm from "node:vm";
import * as fc from "fast-check";
import {
  DEADLINE_ERROR_CODES,
  type Deadline,
  type DeadlineErrorCode,
  type DeadlineResult,
  deadlineSuggestion,
  dueDate,
  formatDeadlineError,
  type Granularity,
  overlaps,
  parseDeadline,
} from "../../src/core/deadline";
import { translator } from "../../src/core/i18n";

const T = { nl: translator("nl"), en: translator("en") };

type Period = [start: string, end: string, granularity: Granularity];

const period = (start: string, end: string, granularity: Granularity): Deadline => ({
  kind: "period",
  start,
  end,
  granularity,
});

// ---------------------------------------------------------------------------
// Accepted forms

const ACCEPTED: [label: string, input: unknown, expected: Period][] = [
  // months
  ["Dec. 2026", "Dec. 2026", ["2026-12-01", "2026-12-31", "month"]],
  ["december 2026", "december 2026", ["2026-12-01", "2026-12-31", "month"]],
  ["dec 2026", "dec 2026", ["2026-12-01", "2026-12-31", "month"]],
  ["DEC 2026", "DEC 2026", ["2026-12-01", "2026-12-31", "month"]],
  ["extra spaces", "   Dec.    2026  ", ["2026-12-01", "2026-12-31", "month"]],
  ["hundreds of spaces", `dec${" ".repeat(300)}2026`, ["2026-12-01", "2026-12-31", "month"]],
  ["no space after dot", "dec.2026", ["2026-12-01", "2026-12-31", "month"]],
  ["no space at all", "dec2026", ["2026-12-01", "2026-12-31", "month"]],
  ["non-breaking space", "Dec.\u00a02026", ["2026-12-01", "2026-12-31", "month"]],
  [
    "full-width characters",
    "\uff24\uff45\uff43 \uff12\uff10\uff12\uff16",
    ["2026-12-01", "2026-12-31", "month"],
  ],
  ["januari", "januari 2026", ["2026-01-01", "2026-01-31", "month"]],
  ["feb (non-leap)", "feb 2026", ["2026-02-01", "2026-02-28", "month"]],
  ["febr. leap year 2028", "febr. 2028", ["2028-02-01", "2028-02-29", "month"]],
  ["februari 2000 (leap century)", "februari 2000", ["2000-02-01", "2000-02-29", "month"]],
  ["feb 2100 (not a leap year)", "feb 2100", ["2100-02-01", "2100-02-28", "month"]],
  ["mrt", "mrt 2026", ["2026-03-01", "2026-03-31", "month"]],
  ["maart", "Maart 2026", ["2026-03-01", "2026-03-31", "month"]],
  ["mar", "mar 2026", ["2026-03-01", "2026-03-31", "month"]],
  ["march (English)", "March 2026", ["2026-03-01", "2026-03-31", "month"]],
  ["apr.", "apr. 2026", ["2026-04-01", "2026-04-30", "month"]],
  ["mei", "Mei 2026", ["2026-05-01", "2026-05-31", "month"]],
  ["may (English)", "may 2026", ["2026-05-01", "2026-05-31", "month"]],
  ["juni", "juni 2026", ["2026-06-01", "2026-06-30", "month"]],
  ["jul.", "jul. 2026", ["2026-07-01", "2026-07-31", "month"]],
  ["augustus", "augustus 2026", ["2026-08-01", "2026-08-31", "month"]],
  ["sep", "sep 2026", ["2026-09-01", "2026-09-30", "month"]],
  ["sept", "Sept. 2026", ["2026-09-01", "2026-09-30", "month"]],
  ["okt", "okt 2026", ["2026-10-01", "2026-10-31", "month"]],
  ["oct (English)", "Oct 2026", ["2026-10-01", "2026-10-31", "month"]],
  ["oktober", "oktober 2026", ["2026-10-01", "2026-10-31", "month"]],
  ["nov", "nov 2026", ["2026-11-01", "2026-11-30", "month"]],
  // ranges
  ["Jan.-dec. 2026", "Jan.-dec. 2026", ["2026-01-01", "2026-12-31", "range"]],
  ["Jan.-dec. with the year on the next line", "Jan.-dec.\n2026", ["2026-01-01", "2026-12-31", "range"]],
  ["Okt.-dec. 2026", "Okt.-dec. 2026", ["2026-10-01", "2026-12-31", "range"]],
  ["jan - dec 2026", "jan - dec 2026", ["2026-01-01", "2026-12-31", "range"]],
  ["en dash", "jan \u2013 dec 2026", ["2026-01-01", "2026-12-31", "range"]],
  ["t/m", "jan t/m dec 2026", ["2026-01-01", "2026-12-31", "range"]],
  ["tot en met", "maart tot en met mei 2026", ["2026-03-01", "2026-05-31", "range"]],
  ["range ending in leap February", "jan-feb 2028", ["2028-01-01", "2028-02-29", "range"]],
  ["across years", "okt 2025 - mrt 2026", ["2025-10-01", "2026-03-31", "range"]],
  ["across years with dots", "Okt. 2025 - Mrt. 2026", ["2025-10-01", "2026-03-31", "range"]],
  ["one-month range", "dec - dec 2026", ["2026-12-01", "2026-12-31", "range"]],
  ["whole years", "2025-2026", ["2025-01-01", "2026-12-31", "range"]],
  // quarters
  ["Q1", "Q1 2026", ["2026-01-01", "2026-03-31", "quarter"]],
  ["Q2", "Q2 2026", ["2026-04-01", "2026-06-30", "quarter"]],
  ["Q3", "Q3 2026", ["2026-07-01", "2026-09-30", "quarter"]],
  ["Q4", "Q4 2026", ["2026-10-01", "2026-12-31", "quarter"]],
  ["q3-2026", "q3-2026", ["2026-07-01", "2026-09-30", "quarter"]],
  ["2026 Q3", "2026 Q3", ["2026-07-01", "2026-09-30", "quarter"]],
  ["2026-Q4", "2026-Q4", ["2026-10-01", "2026-12-31", "quarter"]],
  ["Q1 in a leap year", "Q1 2028", ["2028-01-01", "2028-03-31", "quarter"]],
  // years
  ["2026", "2026", ["2026-01-01", "2026-12-31", "year"]],
  ["2026.", "2026.", ["2026-01-01", "2026-12-31", "year"]],
  ["a number cell 2026", 2026, ["2026-01-01", "2026-12-31", "year"]],
  ["first accepted year", "2000", ["2000-01-01", "2000-12-31", "year"]],
  ["last accepted year", 2100, ["2100-01-01", "2100-12-31", "year"]],
  // days
  ["31-12-2026", "31-12-2026", ["2026-12-31", "2026-12-31", "day"]],
  ["31/12/2026", "31/12/2026", ["2026-12-31", "2026-12-31", "day"]],
  ["31.12.2026", "31.12.2026", ["2026-12-31", "2026-12-31", "day"]],
  ["1-2-2026 is 1 February", "1-2-2026", ["2026-02-01", "2026-02-01", "day"]],
  ["spaces around dashes", "31 - 12 - 2026", ["2026-12-31", "2026-12-31", "day"]],
  ["2026-12-31", "2026-12-31", ["2026-12-31", "2026-12-31", "day"]],
  ["leap day", "29-02-2028", ["2028-02-29", "2028-02-29", "day"]],
  ["leap day ISO", "2028-02-29", ["2028-02-29", "2028-02-29", "day"]],
  ["31 december 2026", "31 december 2026", ["2026-12-31", "2026-12-31", "day"]],
  ["1 mei 2026", "1 mei 2026", ["2026-05-01", "2026-05-01", "day"]],
  // date cells
  [
    "date cell at 00:00 Amsterdam (winter)",
    new Date("2026-03-14T23:00:00Z"),
    ["2026-03-15", "2026-03-15", "day"],
  ],
  [
    "date cell at 00:00 Amsterdam (summer)",
    new Date("2026-07-01T22:00:00Z"),
    ["2026-07-02", "2026-07-02", "day"],
  ],
  [
    "date cell at 23:30 UTC is next day",
    new Date("2026-12-31T23:30:00Z"),
    ["2027-01-01", "2027-01-01", "day"],
  ],
  ["date cell in 2100 in Amsterdam", new Date("2099-12-31T23:30:00Z"), ["2100-01-01", "2100-01-01", "day"]],
  [
    "date cell from another realm",
    vm.runInNewContext('new Date("2026-06-30T22:00:00Z")'),
    ["2026-07-01", "2026-07-01", "day"],
  ],
];

describe("parseDeadline: accepted forms", () => {
  test.each(ACCEPTED)("%s", (_label, input, [start, end, granularity]) => {
    expect(parseDeadline(input)).toEqual({ ok: true, deadline: period(start, end, granularity) });
  });

  test.each(["Continue", "continue", "Continu", "Doorlopend", " DOORLOPEND ", "doorlopend."])(
    "%j is ongoing",
    (input) => {
      expect(parseDeadline(input)).toEqual({ ok: true, deadline: { kind: "ongoing" } });
    },
  );

  test.each([
    ["UTC", "2026-12-31"],
    ["America/New_York", "2026-12-31"],
    ["Europe/Amsterdam", "2027-01-01"],
    ["Asia/Tokyo", "2027-01-01"],
  ])("a date cell is read in time zone %s", (timeZone, day) => {
    expect(parseDeadline(new Date("2026-12-31T23:30:00Z"), { timeZone })).toEqual({
      ok: true,
      deadline: period(day, day, "day"),
    });
  });

  test.each(["", "  ", undefined])("a blank time zone %j means Europe/Amsterdam", (timeZone) => {
    expect(parseDeadline(new Date("2026-12-31T23:30:00Z"), { timeZone })).toEqual({
      ok: true,
      deadline: period("2027-01-01", "2027-01-01", "day"),
    });
  });

  test("the time zone only matters for date cells", () => {
    expect(parseDeadline("dec 2026", { timeZone: "Not/AZone" })).toEqual(parseDeadline("dec 2026"));
  });
});

// ---------------------------------------------------------------------------
// Date cells formatted as a month or a year

/** Midnight in Amsterdam on `iso`, a day in winter time (a date cell as Sheets holds it). */
const amsterdamDay = (iso: string) => new Date(`${iso}T00:00:00+01:00`);

describe("parseDeadline: a date cell is the period its display shows", () => {
  const DEC = ["2026-12-01", "2026-12-31", "month"] as Period;
  const JAN = ["2026-01-01", "2026-01-31", "month"] as Period;
  test.each<[label: string, day: string, display: string, expected: Period]>([
    // Shows the month and the year: the whole month, as the same text would.
    ["mmmm yyyy", "2026-12-01", "december 2026", DEC],
    ["mmm yyyy (Sheets, English)", "2026-12-01", "Dec 2026", DEC],
    ["mmm yyyy with a dot", "2026-12-01", "dec. 2026", DEC],
    ["mmm-yy (Excel)", "2026-12-01", "dec-26", DEC],
    ["mmm 'yy", "2026-12-01", "dec '26", DEC],
    ["mm/yyyy", "2026-12-01", "12/2026", DEC],
    ["yyyy-mm", "2026-12-01", "2026-12", DEC],
    ["mm-yy", "2026-12-01", "12-26", DEC],
    ["mmmm alone: the month of the cell's year", "2026-12-01", "december", DEC],
    ["a day in the month, shown as the month", "2026-12-15", "December 2026", DEC],
    [
      "January: its month number is its day, but beside a four-digit year it is the month",
      "2026-01-01",
      "01/2026",
      JAN,
    ],
    ["januari 2026 on the 1st", "2026-01-01", "januari 2026", JAN],
    // Shows only the year: the whole year.
    ["yyyy", "2026-12-01", "2026", ["2026-01-01", "2026-12-31", "year"]],
    // Shows a day (or cannot tell): that day, as before.
    ["dd-mm-yyyy", "2026-12-01", "01-12-2026", ["2026-12-01", "2026-12-01", "day"]],
    ["d mmmm yyyy", "2026-12-01", "1 december 2026", ["2026-12-01", "2026-12-01", "day"]],
    ["ddd d mmm yyyy", "2026-12-01", "di 1 dec. 2026", ["2026-12-01", "2026-12-01", "day"]],
    ["dd-mm", "2026-12-01", "01-12", ["2026-12-01", "2026-12-01", "day"]],
    ["with a time", "2026-12-01", "01-12-2026 00:00", ["2026-12-01", "2026-12-01", "day"]],
    ["a time alone", "2026-12-01", "0:00", ["2026-12-01", "2026-12-01", "day"]],
    ["mmm-yy or d-mmm? 26 could be the day", "2026-12-26", "dec-26", ["2026-12-26", "2026-12-26", "day"]],
    ["mm-yy or dd-mm? 01 could be the day", "2026-01-01", "01-26", ["2026-01-01", "2026-01-01", "day"]],
    ["another month than the value's", "2026-12-01", "november 2026", ["2026-12-01", "2026-12-01", "day"]],
    ["another year than the value's", "2026-12-01", "december 2025", ["2026-12-01", "2026-12-01", "day"]],
    ["a word that is no month", "2026-12-01", "kerst 2026", ["2026-12-01", "2026-12-01", "day"]],
    ["no display", "2026-12-01", "", ["2026-12-01", "2026-12-01", "day"]],
  ])("%s: %s shown as %j", (_label, day, display, [start, end, granularity]) => {
    expect(parseDeadline(amsterdamDay(day), { timeZone: "Europe/Amsterdam", display })).toEqual({
      ok: true,
      deadline: period(start, end, granularity),
    });
  });

  test("the month is the one of the cell's date in the time zone", () => {
    // 1 December 00:00 in Amsterdam is still 30 November in New York: the display is read as November.
    const cell = amsterdamDay("2026-12-01");
    expect(parseDeadline(cell, { timeZone: "America/New_York", display: "november 2026" })).toEqual({
      ok: true,
      deadline: period("2026-11-01", "2026-11-30", "month"),
    });
  });

  test("text is read as typed, whatever its display", () => {
    expect(parseDeadline("1-12-2026", { display: "december 2026" })).toEqual(parseDeadline("1-12-2026"));
  });
});

// ---------------------------------------------------------------------------
// Rejected input

/** 1 June of `year` BC (astronomical year 1 - year). */
function bcDate(year: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(1 - year, 5, 1);
  return d;
}

const tooLong = `dec 2026 ${"x".repeat(10_000)}`;

const REJECTED: [label: string, input: unknown, code: DeadlineErrorCode][] = [
  ["empty string", "", "empty"],
  ["only spaces", "   ", "empty"],
  ["only line breaks and tabs", "\n\t\u00a0", "empty"],
  ["only a zero-width space", "\u200b", "empty"],
  ["null", null, "empty"],
  ["undefined", undefined, "empty"],
  ["checkbox true", true, "not-text"],
  ["checkbox false", false, "not-text"],
  ["plain object", {}, "not-text"],
  ["array", ["dec 2026"], "not-text"],
  ["boxed string", new String("dec 2026"), "not-text"],
  ["bigint", 2026n, "not-text"],
  ["symbol", Symbol("dec 2026"), "not-text"],
  ["function", () => "dec 2026", "not-text"],
  ["#REF!", "#REF!", "cell-error"],
  ["#N/A", "#N/A", "cell-error"],
  ["#value! in lower case", " #value! ", "cell-error"],
  ["#DIV/0!", "#DIV/0!", "cell-error"],
  ["date serial number", 45000, "number-not-year"],
  ["date serial as text", "45000", "number-not-year"],
  ["NaN", Number.NaN, "number-not-year"],
  ["Infinity", Number.POSITIVE_INFINITY, "number-not-year"],
  ["fraction", 2026.5, "number-not-year"],
  ["fraction as text with comma", "2026,5", "number-not-year"],
  ["negative year", -2026, "number-not-year"],
  ["zero", 0, "number-not-year"],
  ["two-digit number", "26", "number-not-year"],
  ["year before 2000 as text", "1999", "year-out-of-range"],
  ["year after 2100 as number", 2101, "year-out-of-range"],
  ["month in 1999", "dec 1999", "year-out-of-range"],
  ["date in 2101", "31-12-2101", "year-out-of-range"],
  ["quarter in 3026", "Q3 3026", "year-out-of-range"],
  ["five-digit year", "dec 20266", "year-out-of-range"],
  ["date cell in 1899 (sheet epoch)", new Date("1899-12-30T00:00:00Z"), "year-out-of-range"],
  ["date cell in 2051 BC (Intl drops the era)", bcDate(2051), "year-out-of-range"],
  ["date cell in 2101 in Amsterdam", new Date("2100-12-31T23:30:00Z"), "year-out-of-range"],
  ["two-digit year after a month", "dec 26", "short-year"],
  ["two-digit year in a date", "31-12-26", "short-year"],
  ["two-digit year in a quarter", "Q3 26", "short-year"],
  ["month without year", "dec.", "missing-year"],
  ["range without year (as in the seed dashboards)", "Jan.-dec.", "missing-year"],
  ["quarter without year", "Q3", "missing-year"],
  ["day and month without year", "1 mei", "missing-year"],
  ["31 February", "31-02-2026", "invalid-date"],
  ["29 February in a non-leap year", "29-02-2026", "invalid-date"],
  ["29 February 2100", "29/02/2100", "invalid-date"],
  ["American order", "12/31/2026", "invalid-date"],
  ["day zero", "0-1-2026", "invalid-date"],
  ["month 13 ISO", "2026-13-01", "invalid-date"],
  ["32 december", "32 december 2026", "invalid-date"],
  ["31 april", "31 april 2026", "invalid-date"],
  ["invalid Date object", new Date(Number.NaN), "invalid-date"],
  ["object pretending to be a Date", { [Symbol.toStringTag]: "Date" }, "invalid-date"],
  ["misspelled month", "decmber 2026", "unknown-month"],
  ["approximate word", "eind 2026", "unknown-month"],
  ["misspelled month in a range", "jan - dex 2026", "unknown-month"],
  ["unknown words in a range without year", "foo-bar", "unknown-month"],
  ["Q5", "Q5 2026", "invalid-quarter"],
  ["Q0", "q0-2026", "invalid-quarter"],
  ["Q12", "Q12 2026", "invalid-quarter"],
  ["reversed months", "dec - jan 2026", "reversed-range"],
  ["range over new year with one year", "okt - mrt 2026", "reversed-range"],
  ["reversed across years", "mrt 2026 - okt 2025", "reversed-range"],
  ["reversed years", "2026-2025", "reversed-range"],
  ["free text", "morgen", "unrecognized"],
  ["sentence", "als het project klaar is", "unrecognized"],
  ["month-year digits", "12-2026", "unrecognized"],
  ["month and a bare year range", "dec 2026 - 2027", "unrecognized"],
  ["ISO date-time", "2026-12-31T00:00:00Z", "unrecognized"],
  ["date with spaces only", "31 12 2026", "unrecognized"],
  ["apostrophe year", "Dec '26", "unrecognized"],
  ["mixed separators", "31-12/2026", "unrecognized"],
  ["very long text", tooLong, "unrecognized"],
  ["formula text", "=TODAY()", "unrecognized"],
];

describe("parseDeadline: rejected input", () => {
  test("there are at least 30 rejected examples covering every code but bad-time-zone", () => {
    expect(REJECTED.length).toBeGreaterThanOrEqual(30);
    const covered = new Set(REJECTED.map(([, , code]) => code));
    expect(DEADLINE_ERROR_CODES.filter((c) => !covered.has(c))).toEqual(["bad-time-zone"]);
  });

  test.each(REJECTED.map(([label, input, code]) => ({ label, input, code })))(
    "$label → $code",
    ({ input, code }) => {
      const result = parseDeadline(input);
      expect(result).toMatchObject({ ok: false, code });
      if (result.ok) return;
      const nl = formatDeadlineError(result.code, result.detail, T.nl);
      for (const form of [
        "31-12-2026",
        "Dec. 2026",
        "Jan.-dec. 2026",
        "Q3 2026",
        "2026",
        "Continue / Doorlopend",
      ]) {
        expect(nl).toContain(form);
      }
      expect(nl).toContain("Toegestaan:");
      expect(formatDeadlineError(result.code, result.detail, T.nl)).toBe(nl);
      expect(formatDeadlineError(result.code, result.detail, T.en)).toContain("Accepted:");
    },
  );

  test("a bad time zone is reported only for date cells, naming the zone", () => {
    const result = parseDeadline(new Date("2026-06-01T10:00:00Z"), { timeZone: "Mars/Olympus" });
    expect(result).toEqual({ ok: false, code: "bad-time-zone", detail: "Mars/Olympus" });
    const message = formatDeadlineError("bad-time-zone", "Mars/Olympus", T.nl);
    expect(message).toContain("Mars/Olympus");
    expect(message).toContain("Europe/Amsterdam");
    expect(message).not.toContain("Toegestaan:");
  });
});

// ---------------------------------------------------------------------------
// Messages

describe("formatDeadlineError", () => {
  const fail = (input: unknown) => {
    const r = parseDeadline(input);
    if (r.ok) throw new Error(`expected ${String(input)} to fail`);
    return r;
  };

  test.each<[unknown, string, string]>([
    ["", "De deadline is leeg.", "The deadline is empty."],
    [true, "geen tekst of datum", "neither text nor a date"],
    ["#REF!", "formulefout ‘#REF!’", "formula error ‘#REF!’"],
    [45000, "Het getal ‘45000’ is geen jaartal", "The number ‘45000’ is not a year"],
    [
      "dec 1999",
      "Het jaar ‘1999’ ligt niet tussen 2000 en 2100",
      "The year ‘1999’ is not between 2000 and 2100",
    ],
    ["31-12-26", "2026 in plaats van 26", "2026 instead of 26"],
    ["Jan.-dec.", "Het jaar ontbreekt.", "The year is missing."],
    ["31-02-2026", "Deze datum bestaat niet: ‘31-02-2026’", "This date does not exist: ‘31-02-2026’"],
    ["decmber 2026", "Onbekende maand ‘decmber’. Bedoelt u ‘december’?", "Did you mean ‘december’?"],
    ["septmber 2026", "Bedoelt u ‘september’?", "Did you mean ‘september’?"],
    ["Q5 2026", "Onbekend kwartaal ‘Q5’", "Unknown quarter ‘Q5’"],
    ["okt - mrt 2026", "okt. 2025 - mrt. 2026", "Oct. 2025 - Mar. 2026"],
    ["morgen", "Deze deadline wordt niet herkend.", "This deadline is not recognised."],
  ])("message for %j", (input, nl, en) => {
    const r = fail(input);
    expect(formatDeadlineError(r.code, r.detail, T.nl)).toContain(nl);
    expect(formatDeadlineError(r.code, r.detail, T.en)).toContain(en);
  });

  test("the examples the English messages give are accepted forms (English month names are)", () => {
    const en = T.en("deadline.accepted") + T.en("deadline.reversedRange");
    const examples = ["December 2026", "Jan.-Dec. 2026", "Oct. 2025 - Mar. 2026"];
    for (const example of examples) {
      expect(en).toContain(example);
      expect([example, parseDeadline(example).ok]).toEqual([example, true]);
    }
  });

  test("an unknown word that resembles no month gets no guess", () => {
    const r = fail("eind 2026");
    expect(formatDeadlineError(r.code, r.detail, T.nl)).toContain("Onbekende maand ‘eind’.");
    expect(formatDeadlineError(r.code, r.detail, T.nl)).not.toContain("Bedoelt u");
  });

  test("a deadline as people say it gets the accepted form it probably means, itself accepted", () => {
    const cases: [typed: string, suggestion: string, start: string, end: string][] = [
      ["eind 2026", "Dec. 2026", "2026-12-01", "2026-12-31"],
      ["Einde 2027", "Dec. 2027", "2027-12-01", "2027-12-31"],
      ["begin 2026", "Jan. 2026", "2026-01-01", "2026-01-31"],
      ["medio 2026", "Jun.-jul. 2026", "2026-06-01", "2026-07-31"],
      ["voorjaar 2026", "Mrt.-mei 2026", "2026-03-01", "2026-05-31"],
      ["zomer 2026", "Jun.-aug. 2026", "2026-06-01", "2026-08-31"],
      ["najaar 2026", "Sep.-nov. 2026", "2026-09-01", "2026-11-30"],
      ["in het najaar 2026", "Sep.-nov. 2026", "2026-09-01", "2026-11-30"],
      ["1e kwartaal 2026", "Q1 2026", "2026-01-01", "2026-03-31"],
      ["derde kwartaal 2026", "Q3 2026", "2026-07-01", "2026-09-30"],
      ["tweede helft 2026", "Jul.-dec. 2026", "2026-07-01", "2026-12-31"],
      ["H1 2026", "Jan.-jun. 2026", "2026-01-01", "2026-06-30"],
      ["12/31/2026", "31-12-2026", "2026-12-31", "2026-12-31"],
    ];
    for (const [typed, suggestion, start, end] of cases) {
      expect(parseDeadline(typed).ok).toBe(false);
      expect([typed, deadlineSuggestion(typed)]).toEqual([typed, suggestion]);
      const again = parseDeadline(suggestion);
      expect(
        again.ok && again.deadline.kind === "period" && [again.deadline.start, again.deadline.end],
      ).toEqual([start, end]);
    }
    // No likely reading: no guess. A day that is a real day-month date is not turned around.
    for (const typed of ["volgende week", "eind", "winter 2026", "5/13/2026x", "13/12/2026", "ergens 2026"])
      expect([typed, deadlineSuggestion(typed)]).toEqual([typed, null]);
    const r = fail("eind 2026");
    expect(formatDeadlineError(r.code, r.detail, T.nl, deadlineSuggestion("eind 2026"))).toContain(
      "Bedoelt u ‘Dec. 2026’?",
    );
  });

  test("long details are shortened", () => {
    const message = formatDeadlineError("unknown-month", "x".repeat(500), T.nl);
    expect(message).toContain(`‘${"x".repeat(39)}…’`);
    expect(message).not.toContain("x".repeat(41));
  });

  test("every code has a distinct Dutch and English message", () => {
    const nl = DEADLINE_ERROR_CODES.map((c) => formatDeadlineError(c, undefined, T.nl));
    const en = DEADLINE_ERROR_CODES.map((c) => formatDeadlineError(c, undefined, T.en));
    expect(new Set(nl).size).toBe(DEADLINE_ERROR_CODES.length);
    expect(new Set(en).size).toBe(DEADLINE_ERROR_CODES.length);
    for (let i = 0; i < nl.length; i++) expect(nl[i]).not.toBe(en[i]);
  });
});

// ---------------------------------------------------------------------------
// dueDate and overlaps

describe("dueDate", () => {
  test.each<[string, string | null]>([
    ["Continue", null],
    ["31-12-2026", "2026-12-31"],
    ["dec 2026", "2026-12-31"],
    ["feb 2028", "2028-02-29"],
    ["Okt.-dec. 2026", "2026-12-31"],
    ["okt 2025 - mrt 2026", "2026-03-31"],
    ["Q2 2026", "2026-06-30"],
    ["2026", "2026-12-31"],
  ])("%s is due %s", (input, due) => {
    const r = parseDeadline(input);
    expect(r.ok).toBe(true);
    if (r.ok) expect(dueDate(r.deadline)).toBe(due);
  });
});

describe("overlaps", () => {
  const dec2026 = period("2026-12-01", "2026-12-31", "month");
  test.each<[string, Deadline, string, string, boolean]>([
    ["window starts on the last day", dec2026, "2026-12-31", "2027-12-30", true],
    ["window starts the day after", dec2026, "2027-01-01", "2027-12-31", false],
    ["window ends on the first day", dec2026, "2025-12-01", "2026-12-01", true],
    ["window ends the day before", dec2026, "2025-12-01", "2026-11-30", false],
    ["window inside the period", dec2026, "2026-12-10", "2026-12-11", true],
    ["period inside the window", dec2026, "2026-01-01", "2027-12-31", true],
    [
      "one-day period on the window edge",
      period("2026-03-15", "2026-03-15", "day"),
      "2026-03-15",
      "2026-03-15",
      true,
    ],
    ["ongoing overlaps any window", { kind: "ongoing" }, "2030-01-01", "2030-12-31", true],
    ["empty window overlaps nothing", dec2026, "2026-12-31", "2026-12-01", false],
    ["empty window, ongoing", { kind: "ongoing" }, "2026-12-31", "2026-12-01", false],
  ])("%s", (_label, d, from, to, expected) => {
    expect(overlaps(d, from, to)).toBe(expected);
  });
});

// ---------------------------------------------------------------------------
// Properties

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in the accepted years, checked against the JS Date calendar. */
function isValidIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return (
    y >= 2000 &&
    y <= 2100 &&
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d
  );
}

function checkInvariants(result: DeadlineResult): void {
  if (!result.ok) {
    expect(DEADLINE_ERROR_CODES).toContain(result.code);
    expect(formatDeadlineError(result.code, result.detail, T.nl).length).toBeGreaterThan(10);
    return;
  }
  const d = result.deadline;
  if (d.kind === "ongoing") return;
  expect(isValidIsoDate(d.start)).toBe(true);
  expect(isValidIsoDate(d.end)).toBe(true);
  expect(d.start <= d.end).toBe(true);
  expect(dueDate(d)).toBe(d.end);
  expect(overlaps(d, d.start, d.start)).toBe(true);
  expect(overlaps(d, d.end, d.end)).toBe(true);
}

const DUTCH_MONTHS = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];

/** Strings built from the deadline grammar's own pieces, so the property reaches deep branches. */
const deadlineish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ...DUTCH_MONTHS,
        "jan",
        "feb",
        "mrt",
        "sept",
        "okt",
        "dec",
        "oct",
        "may",
        "q",
        "Q3",
        "t/m",
      ),
      fc.constantFrom("continue", "doorlopend", "eind", "#REF!"),
      fc.integer({ min: -5, max: 40_000 }).map(String),
      fc.constantFrom("1999", "2000", "2026", "2028", "2100", "2101", "26"),
      fc.constantFrom("-", "/", ".", " ", "  ", "\n", "\u2013", ",", "'", "\u00a0"),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(""));

describe("parseDeadline properties", () => {
  test("never throws on anything, and failures carry a known code", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withDate: true,
        }),
        (v) => checkInvariants(parseDeadline(v)),
      ),
      { numRuns: 2000 },
    );
  });

  test("never throws on arbitrary strings (any Unicode, any length)", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: "grapheme" }), fc.string()),
        (s) => checkInvariants(parseDeadline(s)),
      ),
      { numRuns: 3000 },
    );
  });

  test("never throws on strings made of deadline pieces; ok periods are valid and ordered", () => {
    fc.assert(
      fc.property(deadlineish, (s) => checkInvariants(parseDeadline(s))),
      { numRuns: 5000 },
    );
  });

  test("never throws on any Date (valid, invalid, extreme) in any of several time zones", () => {
    fc.assert(
      fc.property(
        fc.date({ noInvalidDate: false }),
        fc.constantFrom("Europe/Amsterdam", "UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "nope", ""),
        (date, timeZone) => checkInvariants(parseDeadline(date, { timeZone })),
      ),
      { numRuns: 2000 },
    );
  });

  test("every written day d-m-yyyy, dd/mm/yyyy and yyyy-mm-dd parses to that calendar day", () => {
    fc.assert(
      fc.property(
        fc.date({
          noInvalidDate: true,
          min: new Date("2000-01-01T00:00:00Z"),
          max: new Date("2100-12-31T00:00:00Z"),
        }),
        (date) => {
          const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
          const iso = date.toISOString().slice(0, 10);
          const dd = String(d).padStart(2, "0");
          const mm = String(m).padStart(2, "0");
          for (const text of [`${d}-${m}-${y}`, `${dd}/${mm}/${y}`, iso]) {
            expect(parseDeadline(text)).toEqual({ ok: true, deadline: period(iso, iso, "day") });
          }
          // A date cell at that instant read in UTC is the same calendar day.
          expect(parseDeadline(date, { timeZone: "UTC" })).toEqual({
            ok: true,
            deadline: period(iso, iso, "day"),
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  test("a date cell on the 1st shown as its month and year is that month, as the text is", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const text = `${DUTCH_MONTHS[m - 1]} ${y}`;
        const cell = new Date(Date.UTC(y, m - 1, 1));
        expect(parseDeadline(cell, { timeZone: "UTC", display: text })).toEqual(parseDeadline(text));
      }),
      { numRuns: 500 },
    );
  });

  test("never throws on any Date with any display; a display never moves the period off the date", () => {
    fc.assert(
      fc.property(
        fc.date({ noInvalidDate: false }),
        fc.oneof(fc.string(), deadlineish, fc.string({ unit: "binary", maxLength: 60 })),
        (date, display) => {
          const result = parseDeadline(date, { timeZone: "UTC", display });
          checkInvariants(result);
          const day = parseDeadline(date, { timeZone: "UTC" });
          if (result.ok && day.ok && result.deadline.kind === "period" && day.deadline.kind === "period") {
            expect(result.deadline.start <= day.deadline.start).toBe(true);
            expect(result.deadline.end >= day.deadline.end).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("every month of every accepted year runs from its first to its last day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        const mm = String(m).padStart(2, "0");
        expect(parseDeadline(`${DUTCH_MONTHS[m - 1]} ${y}`)).toEqual({
          ok: true,
          deadline: period(`${y}-${mm}-01`, `${y}-${mm}-${last}`, "month"),
        });
      }),
      { numRuns: 500 },
    );
  });

  test("a month range within a year is ok exactly when it is not reversed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (m1, m2) => {
        const r = parseDeadline(`${DUTCH_MONTHS[m1 - 1]}.-${DUTCH_MONTHS[m2 - 1]}. 2026`);
        if (m1 <= m2) {
          expect(r.ok && r.deadline.kind === "period" && r.deadline.start).toBe(
            `2026-${String(m1).padStart(2, "0")}-01`,
          );
        } else {
          expect(r).toEqual({ ok: false, code: "reversed-range" });
        }
      }),
    );
  });
});
