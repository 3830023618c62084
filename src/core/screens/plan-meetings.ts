/**
 * `Jaarplanning vergaderingen…` as a dialog: the form (groups from Leden, the settings' year), the form's
 * values read and checked on the server, the planned rows shown before anything is written, and the rows
 * as `Vergaderingen` cells. The planning itself is core/invites/yearplan.ts.
 */

import { addHours } from "../cells";
import { addDays, daysInMonth, type IsoDate, isoOf, monthName, zonedMidnight } from "../dates";
import { type MessageKey, q, type Translate } from "../i18n";
import { hash64 } from "../invites/events";
import type { HolidayKey } from "../invites/holidays";
import { monthsForCount, type YearPlan, type YearPlanRequest } from "../invites/yearplan";
import { MEETINGS_TAB, matchColumns } from "../tabs";
import { DEFAULT_MEETING_HOURS, type MeetingTime, meetingTime } from "../validation/meeting";
import { foldText } from "../vocab";
import { dayText } from "./invites";

export interface PlanMeetingsForm {
  title: string;
  intro: string;
  groups: string[];
  noGroups: string;
  year: number;
  weekdays: { value: string; label: string }[];
  weeks: { value: string; label: string }[];
  months: { value: string; label: string }[];
  texts: Record<
    | "group"
    | "titleLabel"
    | "titleHelp"
    | "year"
    | "weekday"
    | "week"
    | "start"
    | "end"
    | "endHelp"
    | "location"
    | "description"
    | "when"
    | "modeMonths"
    | "modeCount"
    | "count"
    | "firstMonth"
    | "exclude"
    | "excludeHelp"
    | "preview"
    | "add"
    | "busy"
    | "close"
    | "offline"
    | "unsaved"
    | "rowsTitle"
    | "none"
    | "skippedTitle"
    | "colDate"
    | "colTime"
    | "colNote"
    | "fixFirst",
    string
  >;
}

const WEEK_KEYS: readonly [string, MessageKey][] = [
  ["1", "meetings.week.1"],
  ["2", "meetings.week.2"],
  ["3", "meetings.week.3"],
  ["4", "meetings.week.4"],
  ["-1", "meetings.week.last"],
];

export function planMeetingsForm(groups: readonly string[], year: number, t: Translate): PlanMeetingsForm {
  const weekdays = t("invites.weekdays").split(",");
  const months = t("date.months").split(",");
  return {
    title: t("meetings.title"),
    intro: t("meetings.intro"),
    groups: [...groups],
    noGroups: groups.length === 0 ? t("meetings.noGroups") : "",
    year,
    weekdays: weekdays.map((label, i) => ({ value: String(i + 1), label })),
    weeks: WEEK_KEYS.map(([value, key]) => ({ value, label: t(key) })),
    months: months.map((label, i) => ({ value: String(i + 1), label })),
    texts: {
      group: t("meetings.label.group"),
      titleLabel: t("meetings.label.title"),
      titleHelp: t("meetings.help.title"),
      year: t("meetings.label.year"),
      weekday: t("meetings.label.weekday"),
      week: t("meetings.label.week"),
      start: t("meetings.label.start"),
      end: t("meetings.label.end"),
      endHelp: t("meetings.help.end"),
      location: t("meetings.label.location"),
      description: t("meetings.label.description"),
      when: t("meetings.label.when"),
      modeMonths: t("meetings.mode.months"),
      modeCount: t("meetings.mode.count"),
      count: t("meetings.label.count"),
      firstMonth: t("meetings.label.firstMonth"),
      exclude: t("meetings.label.exclude"),
      excludeHelp: t("meetings.help.exclude"),
      preview: t("meetings.preview"),
      add: t("meetings.add"),
      busy: t("meetings.busy"),
      close: t("screen.close"),
      offline: t("screen.offline"),
      unsaved: t("screen.unsaved"),
      rowsTitle: t("meetings.rowsTitle"),
      none: t("meetings.none"),
      skippedTitle: t("meetings.skippedTitle"),
      colDate: t("meetings.col.date"),
      colTime: t("meetings.col.time"),
      colNote: t("meetings.col.note"),
      fixFirst: t("meetings.fixFirst"),
    },
  };
}

/** The form's values as the page sends them (google.script.run: strings, arrays, plain objects). */
export type PlanFormValues = Record<string, unknown>;

export interface FieldError {
  field: string;
  message: string;
}

export type ParsedPlanForm =
  | { ok: true; request: YearPlanRequest; excluded: IsoDate[] }
  | { ok: false; errors: FieldError[] };

const LIMITS = { title: 200, location: 500, description: 5000, exclude: 5000 } as const;

const str = (v: unknown): string =>
  typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";

/**
 * A time as typed in the form, read by the rule of `Vergaderingen` (validation/meeting.ts meetingTime):
 * `14:00`, `9.30`, `9u30`, `930`, `14` → "HH:mm"; a whole hour before 07:00 without minutes (`2`) is refused
 * with the afternoon as suggestion, as in the sheet.
 */
export function parseClock(text: string): Exclude<MeetingTime, null> {
  // The form sends text; the zone only matters for a time cell, which text never is.
  return meetingTime({ v: text, d: text }, "UTC") ?? "invalid";
}

/** A date as typed: the day, or why it is not one (not dd-mm-jjjj, or a day or month the calendar lacks). */
export type DayRead =
  | IsoDate
  | { bad: "form" }
  | { bad: "noMonth"; month: number }
  | { bad: "noDay"; day: number; month: number; year: number };

/** "10-02-2026", "1-2-2026", "2026-02-10" → IsoDate; otherwise why not. */
export function readDay(text: string): DayRead {
  const s = text.trim();
  let y: number;
  let m: number;
  let d: number;
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  const isoForm = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (dutch) [d, m, y] = [Number(dutch[1]), Number(dutch[2]), Number(dutch[3])];
  else if (isoForm) [y, m, d] = [Number(isoForm[1]), Number(isoForm[2]), Number(isoForm[3])];
  else return { bad: "form" };
  if (m < 1 || m > 12) return { bad: "noMonth", month: m };
  if (d < 1 || d > daysInMonth(y, m)) return { bad: "noDay", day: d, month: m, year: y };
  return isoOf(y, m, d);
}

/** "10-02-2026", "1-2-2026", "2026-02-10" → IsoDate; null otherwise. */
export function parseDay(text: string): IsoDate | null {
  const r = readDay(text);
  return typeof r === "string" ? r : null;
}

/** A part of the excluded dates that is not used, and why. */
export interface BadExclusion {
  text: string;
  why: Exclude<DayRead, IsoDate> | { bad: "reversed" } | { bad: "tooLong" };
}

/**
 * The dates a coordinator excludes: one per line (or separated by `,` `;`), each a date or a period
 * (`20-07-2026 t/m 28-08-2026`, `… tot en met …`, `… - …`, at most a year long). Unreadable parts are
 * returned to be reported, with the reason.
 */
export function parseExcluded(text: string): { dates: IsoDate[]; bad: BadExclusion[] } {
  const dates = new Set<IsoDate>();
  const bad: BadExclusion[] = [];
  for (const part of text.split(/[\n,;]+/).map((p) => p.trim())) {
    if (part === "") continue;
    const range = /^(.+?)\s+(?:t\/m|tot en met|tot|to|until|-|–)\s+(.+)$/i.exec(part);
    const from = readDay(range ? range[1]! : part);
    const to = range ? readDay(range[2]!) : from;
    if (typeof from !== "string") {
      bad.push({ text: part, why: from });
      continue;
    }
    if (typeof to !== "string") {
      bad.push({ text: part, why: to });
      continue;
    }
    if (to < from) {
      bad.push({ text: part, why: { bad: "reversed" } });
      continue;
    }
    let day = from;
    for (let i = 0; i <= 366 && day <= to; i++) {
      dates.add(day);
      day = addDays(day, 1);
    }
    if (day <= to) bad.push({ text: part, why: { bad: "tooLong" } });
  }
  return { dates: [...dates].sort(), bad };
}

/** What the form says about a part of the excluded dates it cannot use. */
export function exclusionMessage(b: BadExclusion, t: Translate): string {
  const value = q(b.text);
  switch (b.why.bad) {
    case "noDay": {
      const { day, month, year } = b.why;
      const name = monthName(month, t);
      return t("meetings.invalid.noSuchDay", {
        value,
        date: `${day} ${name} ${year}`,
        month: name,
        year,
        days: daysInMonth(year, month),
      });
    }
    case "noMonth":
      return t("meetings.invalid.noSuchMonth", { value, month: b.why.month });
    case "reversed":
      return t("meetings.invalid.reversed", { value });
    case "tooLong":
      return t("meetings.invalid.periodTooLong", { value });
    default:
      return t("meetings.invalid.exclude", { value: b.text });
  }
}

/** Reads and checks the form; every problem is named by its field. */
export function parsePlanForm(
  values: PlanFormValues,
  groups: readonly string[],
  t: Translate,
): ParsedPlanForm {
  const v = typeof values === "object" && values !== null && !Array.isArray(values) ? values : {};
  const errors: FieldError[] = [];
  const fail = (field: string, key: MessageKey, params?: Record<string, string | number>) =>
    errors.push({ field, message: t(key, params) });

  const groupText = str(v.group);
  const group = groups.find((g) => foldText(g) === foldText(groupText));
  if (!group) fail("group", "meetings.invalid.group");
  const year = Number(str(v.year));
  if (!Number.isInteger(year) || year < 2000 || year > 2100) fail("year", "meetings.invalid.year");
  const weekday = Number(str(v.weekday));
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) fail("weekday", "meetings.invalid.weekday");
  const week = Number(str(v.week));
  if (![1, 2, 3, 4, -1].includes(week)) fail("week", "meetings.invalid.week");
  /** The time typed in `field`, or null (its error added). */
  const clock = (field: "start" | "end", text: string): string | null => {
    const r = parseClock(text);
    if (typeof r === "string" && r !== "invalid") return r;
    if (r === "invalid") fail(field, "meetings.invalid.time");
    else fail(field, "meetings.invalid.night", { value: q(text), time: r.night, suggestion: r.suggestion });
    return null;
  };
  const start = clock("start", str(v.start));
  const endText = str(v.end);
  const end = endText === "" ? "" : clock("end", endText);
  if (end !== null && end !== "" && start !== null && end <= start) fail("end", "meetings.invalid.end");
  const texts = { title: str(v.title), location: str(v.location), description: str(v.description) };
  for (const [field, value] of Object.entries(texts)) {
    const max = LIMITS[field as keyof typeof texts];
    if (value.length > max) fail(field, "meetings.invalid.tooLong", { max });
  }

  let months: number[] | null;
  if (str(v.mode) === "count") {
    months = monthsForCount(Number(str(v.count)), Number(str(v.firstMonth)));
    if (months === null) fail("count", "meetings.invalid.count");
  } else {
    const raw = Array.isArray(v.months) ? v.months : v.months === undefined ? [] : [v.months];
    months = [...new Set(raw.map((x) => Number(str(x))))]
      .filter((n) => Number.isInteger(n) && n >= 1 && n <= 12)
      .sort((a, b) => a - b);
    if (months.length === 0) fail("months", "meetings.invalid.months");
  }

  const excludeText = typeof v.exclude === "string" ? v.exclude : "";
  const excluded = parseExcluded(excludeText.slice(0, LIMITS.exclude));
  if (excludeText.length > LIMITS.exclude)
    fail("exclude", "meetings.invalid.tooLong", { max: LIMITS.exclude });
  else if (excluded.bad.length > 0)
    errors.push({ field: "exclude", message: exclusionMessage(excluded.bad[0]!, t) });

  if (errors.length > 0 || !group || start === null || end === null || months === null)
    return { ok: false, errors };
  return {
    ok: true,
    request: {
      group,
      title: texts.title,
      year,
      weekday,
      week,
      start,
      end,
      location: texts.location,
      description: texts.description,
      months,
    },
    excluded: excluded.dates,
  };
}

export interface PlanPreview {
  rows: { date: string; time: string; note: string }[];
  skipped: string[];
  /** Fingerprint of the rows: the page sends it back with `Toevoegen`. */
  token: string;
}

const HOLIDAY_KEYS: Record<HolidayKey, MessageKey> = {
  newYear: "holiday.newYear",
  easter: "holiday.easter",
  easterMonday: "holiday.easterMonday",
  kingsDay: "holiday.kingsDay",
  queensDay: "holiday.queensDay",
  liberation: "holiday.liberation",
  ascension: "holiday.ascension",
  whitSunday: "holiday.whitSunday",
  whitMonday: "holiday.whitMonday",
  christmas: "holiday.christmas",
  boxingDay: "holiday.boxingDay",
};

/** The end a planned row gets: as typed, or the default length after the start. */
export function plannedEnd(req: YearPlanRequest): string {
  return req.end !== "" ? req.end : addHours(req.start, DEFAULT_MEETING_HOURS);
}

export function planPreview(plan: YearPlan, req: YearPlanRequest, t: Translate): PlanPreview {
  const months = t("date.months").split(",");
  const time = `${req.start}–${plannedEnd(req)}`;
  return {
    rows: plan.rows.map((r) => ({
      date: dayText(r.date, t),
      time,
      note: r.moved
        ? t("meetings.moved", {
            from: dayText(r.moved.from, t),
            reason:
              r.moved.reason.kind === "holiday"
                ? t(HOLIDAY_KEYS[r.moved.reason.key])
                : t("meetings.reason.excluded"),
          })
        : "",
    })),
    skipped: plan.skipped.map((s) => {
      const month = months[s.month - 1] ?? String(s.month);
      if (s.reason === "exists") return t("meetings.skip.exists", { month, date: dayText(s.date, t) });
      if (s.reason === "past") return t("meetings.skip.past", { month, date: dayText(s.date, t) });
      return t("meetings.skip.noDate", { month });
    }),
    token: hash64(JSON.stringify([req, plan.rows.map((r) => r.date)])),
  };
}

/**
 * The new rows as cells under the tab's own header (columns found by name), from the first to the last
 * column they fill, with their number formats: the date as a date at midnight in the spreadsheet's zone,
 * everything else plain text ("@"), which stores a string exactly as it is — never a formula. The formats
 * go in before the values.
 */
export function plannedCells(
  header: readonly unknown[],
  plan: YearPlan,
  req: YearPlanRequest,
  spreadsheetZone: string,
): { firstCol: number; values: (string | Date)[][]; numberFormats: string[][] } | null {
  const cols = matchColumns(MEETINGS_TAB, header);
  const filled: [number, (date: IsoDate) => string | Date, string][] = [
    [cols.group, () => req.group, "@"],
    [cols.title, () => req.title, "@"],
    [cols.date, (d) => zonedMidnight(d, spreadsheetZone), "dd-mm-yyyy"],
    [cols.start, () => req.start, "@"],
    [cols.end, () => plannedEnd(req), "@"],
    [cols.location, () => req.location, "@"],
    [cols.description, () => req.description, "@"],
  ];
  const present = filled.filter(([c]) => c >= 0);
  if (cols.group < 0 || cols.date < 0 || plan.rows.length === 0) return null;
  const first = Math.min(...present.map(([c]) => c));
  const last = Math.max(...present.map(([c]) => c));
  const width = last - first + 1;
  const values = plan.rows.map((r) => {
    const row: (string | Date)[] = new Array(width).fill("");
    for (const [c, value] of present) row[c - first] = value(r.date);
    return row;
  });
  const formatRow: string[] = new Array(width).fill("@");
  for (const [c, , format] of present) formatRow[c - first] = format;
  return { firstCol: first + 1, values, numberFormats: plan.rows.map(() => [...formatRow]) };
}
