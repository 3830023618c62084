/**
 * `Jaarplanning vergaderingen…` (PRODUCT.md §5): a year of meetings of one group as new `Vergaderingen`
 * rows — on a weekday of a chosen week of the month (the second Tuesday, the last Thursday…), in chosen
 * months or a number of times a year, never on a Dutch public holiday or a date the coordinator excludes
 * (the meeting moves a week later, or earlier, within its month), never on a date the group already has
 * a meeting, never in the past.
 */
import { addDays, daysInMonth as daysIn, type IsoDate, isoOf as iso } from "../dates";
import { dutchHolidays, type HolidayKey, weekdayOf } from "./holidays";

export interface YearPlanRequest {
  group: string;
  /** "" = the group's name. */
  title: string;
  year: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** 1–4: the first to fourth such weekday of the month; -1: the last. */
  week: number;
  /** "HH:mm". */
  start: string;
  /** "HH:mm", or "" for the default length. */
  end: string;
  location: string;
  description: string;
  /** 1–12, ascending. */
  months: number[];
}

export type MoveReason = { kind: "holiday"; key: HolidayKey } | { kind: "excluded" };

export interface PlannedMeeting {
  month: number;
  date: IsoDate;
  /** The date the rule gave, when the meeting had to move, and why. */
  moved: { from: IsoDate; reason: MoveReason } | null;
}

export interface SkippedMonth {
  month: number;
  reason: "exists" | "noDate" | "past";
  /** The existing meeting's date ("exists"), or the date that is past ("past"). */
  date: IsoDate;
}

export interface YearPlan {
  rows: PlannedMeeting[];
  skipped: SkippedMonth[];
}

/** The `week`-th (1–4, or -1 for the last) `weekday` (1 = Monday … 7 = Sunday) of a month. */
export function nthWeekday(year: number, month: number, weekday: number, week: number): IsoDate {
  const js = weekday % 7; // 0 = Sunday, as Date counts
  if (week === -1) {
    const last = iso(year, month, daysIn(year, month));
    return addDays(last, -((weekdayOf(last) - js + 7) % 7));
  }
  const first = iso(year, month, 1);
  return addDays(first, ((js - weekdayOf(first) + 7) % 7) + 7 * (week - 1));
}

/**
 * `count` months spread evenly from `first` onwards within the year: every 12/count months (rounded down),
 * e.g. 4 from February = February, May, August, November. Null when they do not fit in the year.
 */
export function monthsForCount(count: number, first: number): number[] | null {
  if (!Number.isInteger(count) || !Number.isInteger(first) || count < 1 || count > 12) return null;
  if (first < 1 || first > 12) return null;
  const step = Math.floor(12 / count);
  const months = Array.from({ length: count }, (_, i) => first + i * step);
  return months[months.length - 1]! <= 12 ? months : null;
}

export interface YearPlanContext {
  /** Dates on which the group already has a meeting (any row of `Vergaderingen`). */
  existing: ReadonlySet<IsoDate>;
  /** Dates the coordinator excludes. */
  excluded: ReadonlySet<IsoDate>;
  /** Nothing is planned before this day. */
  today: IsoDate;
}

export function planYear(req: YearPlanRequest, ctx: YearPlanContext): YearPlan {
  const holidays = new Map(dutchHolidays(req.year).map((h) => [h.date, h.key] as const));
  const rows: PlannedMeeting[] = [];
  const skipped: SkippedMonth[] = [];
  for (const month of [...new Set(req.months)].sort((a, b) => a - b)) {
    const base = nthWeekday(req.year, month, req.weekday, req.week);
    // The rule's date, then a week later and a week earlier, then two: staying in the month.
    const candidates = [0, 7, -7, 14, -14]
      .map((d) => addDays(base, d))
      .filter((d) => Number(d.slice(5, 7)) === month);
    let outcome: PlannedMeeting | SkippedMonth | null = null;
    for (const date of candidates) {
      if (ctx.existing.has(date)) {
        outcome = { month, reason: "exists", date };
        break;
      }
      const holiday = holidays.get(date);
      if (holiday === undefined && !ctx.excluded.has(date)) {
        if (date < ctx.today) outcome = { month, reason: "past", date };
        else {
          const reason: MoveReason | null =
            date === base
              ? null
              : holidays.has(base)
                ? { kind: "holiday", key: holidays.get(base)! }
                : { kind: "excluded" };
          outcome = { month, date, moved: reason ? { from: base, reason } : null };
        }
        break;
      }
    }
    if (outcome === null) skipped.push({ month, reason: "noDate", date: base });
    else if ("reason" in outcome) skipped.push(outcome);
    else rows.push(outcome);
  }
  return { rows, skipped };
}
