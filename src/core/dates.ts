/**
 * Calendar dates in a time zone, without depending on the runtime's own zone (Apps Script runs in the
 * script's zone, Node in the machine's). IsoDate = "yyyy-mm-dd".
 */

import type { Translate } from "./i18n";

/** A calendar date `yyyy-mm-dd`; compares correctly as a string. */
export type IsoDate = string;

/** The network's zone unless `Instellingen › Tijdzone` says otherwise (PRODUCT.md §2.5). */
export const DEFAULT_TIME_ZONE = "Europe/Amsterdam";

/** A Date from any realm (`instanceof` fails across vm contexts, and cell values come from the service). */
export function isDateValue(v: unknown): v is Date {
  return typeof v === "object" && v !== null && Object.prototype.toString.call(v) === "[object Date]";
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/**
 * The one cached formatter per zone that every date and time reading uses (year to second, 24-hour
 * clock); null when Intl does not know the zone.
 */
export function zoneFormatter(timeZone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat("en-US", {
        timeZone,
        calendar: "gregory",
        numberingSystem: "latn",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
        hourCycle: "h23",
      });
    } catch {
      f = null;
    }
    if (formatters.size < 64) formatters.set(timeZone, f);
  }
  return f;
}

type Parts = Readonly<Record<string, number>>;

/**
 * Answers already found, per zone: sheets repeat the same few dates and formatToParts is slow. Bounded: a
 * zone's answers start afresh after 4,096, and at most 64 zones are kept.
 */
class PerZone<K, V> {
  private readonly zones = new Map<string, Map<K, V>>();

  get(zone: string, key: K): V | undefined {
    return this.zones.get(zone)?.get(key);
  }

  set(zone: string, key: K, value: V): void {
    let answers = this.zones.get(zone);
    if (!answers) {
      answers = new Map();
      if (this.zones.size < 64) this.zones.set(zone, answers);
    }
    if (answers.size >= 4096) answers.clear();
    answers.set(key, value);
  }
}

const partsFound = new PerZone<number, Parts>();

/** Year, month, day, hour, minute, second of an instant (ms or Date) in `timeZone`; null for an unknown zone. */
export function zonedParts(date: Date | number, timeZone: string): Parts | null {
  const f = zoneFormatter(timeZone);
  if (f === null) return null;
  const ms = typeof date === "number" ? date : Number(date);
  const found = partsFound.get(timeZone, ms);
  if (found) return found;
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(ms)) if (p.type !== "literal") out[p.type] = Number(p.value);
  if (Number.isFinite(ms)) partsFound.set(timeZone, ms, out);
  return out;
}

function partsIn(date: Date, timeZone: string): Parts {
  const parts = zonedParts(date, timeZone);
  if (parts === null) throw new RangeError(`Invalid time zone: ${timeZone}`);
  return parts;
}

/** The canonical IANA name of a time zone, or null when Intl does not know it. */
export function canonicalTimeZone(zone: string): string | null {
  if (zone === "" || zone.length > 100 || !/^[A-Za-z]/.test(zone)) return null;
  return zoneFormatter(zone)?.resolvedOptions().timeZone ?? null;
}

/** The number of days of `month` (1–12) in `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** "yyyy-mm-dd" of a year, month (1–12) and day. */
export function isoOf(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The calendar date of an instant in `timeZone`. */
export function isoInZone(date: Date, timeZone: string): IsoDate {
  const p = partsIn(date, timeZone);
  return `${String(p.year).padStart(4, "0")}-${pad(p.month)}-${pad(p.day)}`;
}

const midnightsFound = new PerZone<IsoDate, number>();

/** The instant of 00:00 on `day` in `timeZone` (a date cell showing that day in a sheet of that zone). */
export function zonedMidnight(day: IsoDate, timeZone: string): Date {
  const found = midnightsFound.get(timeZone, day);
  if (found !== undefined) return new Date(found);
  const t = midnightOf(day, timeZone);
  midnightsFound.set(timeZone, day, t);
  return new Date(t);
}

function midnightOf(day: IsoDate, timeZone: string): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  // Offset of the zone at that moment, applied twice to settle around a DST change.
  let t = guess;
  for (let i = 0; i < 2; i++) {
    const p = partsIn(new Date(t), timeZone);
    const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
    t = guess - (asUtc - t);
  }
  return t;
}

/** `day` plus `n` days (n may be negative). */
export function addDays(day: IsoDate, n: number): IsoDate {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** `day` plus `n` calendar months, clamped to the month's last day. */
export function addMonths(day: IsoDate, n: number): IsoDate {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + n + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + n, Math.min(d, last))).toISOString().slice(0, 10);
}

/** "dd-mm-yyyy" for an IsoDate. */
export function dutchDate(day: IsoDate): string {
  const [y, m, d] = day.split("-");
  return `${d}-${m}-${y}`;
}

function pad(n: number | undefined): string {
  return String(n ?? 0).padStart(2, "0");
}

/** The name of month `m` (1–12) as the language writes it in a date: "januari", "January". */
export function monthName(m: number, t: Translate): string {
  return t("date.months").split(",")[m - 1] ?? "";
}
