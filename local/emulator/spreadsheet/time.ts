/**
 * Wall-clock time in an IANA time zone, and Sheets' date serial numbers (days since 1899-12-30, the time of
 * day as the fraction). Sheets keeps dates as serial numbers in the spreadsheet's time zone; Apps Script
 * converts them to and from JavaScript Dates with that zone.
 * https://developers.google.com/sheets/api/guides/formats#about_date_time_values
 */

export interface WallClock {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in ms, asked from Intl. */
function exactOffset(instant: number, timeZone: string): number {
  const whole = instant - (((instant % 1000) + 1000) % 1000);
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(whole))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  const wall = { year: parts.year!, month: parts.month!, day: parts.day! };
  return (
    wallAsUtc({
      ...wall,
      hour: parts.hour! % 24,
      minute: parts.minute!,
      second: parts.second!,
      millisecond: 0,
    }) - whole
  );
}

/**
 * Offsets per time zone and UTC day: a day whose first and last second have the same offset has it throughout
 * (no zone changes its offset twice in a day); a day with a change is marked NaN and asked per instant.
 * This keeps Intl out of the loop when thousands of dates are read or written.
 */
const DAY_BUCKET = 86_400_000;
const offsets = new Map<string, Map<number, number>>();

function offsetAt(instant: number, timeZone: string): number {
  let byDay = offsets.get(timeZone);
  if (!byDay) {
    byDay = new Map();
    offsets.set(timeZone, byDay);
  }
  const day = Math.floor(instant / DAY_BUCKET);
  let offset = byDay.get(day);
  if (offset === undefined) {
    const first = exactOffset(day * DAY_BUCKET, timeZone);
    offset = first === exactOffset((day + 1) * DAY_BUCKET - 1000, timeZone) ? first : Number.NaN;
    byDay.set(day, offset);
  }
  return Number.isNaN(offset) ? exactOffset(instant, timeZone) : offset;
}

export function toWallClock(date: Date, timeZone: string): WallClock {
  const local = new Date(date.getTime() + offsetAt(date.getTime(), timeZone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
  };
}

function wallAsUtc(w: WallClock): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, w.millisecond);
  return d.getTime();
}

/** The instant at which the wall clock in `timeZone` shows `w` (for a gap in DST: just after it). */
export function fromWallClock(w: WallClock, timeZone: string): Date {
  const guess = wallAsUtc(w);
  const first = guess - offsetAt(guess, timeZone);
  const second = guess - offsetAt(first, timeZone);
  return new Date(second);
}

export function toSerial(date: Date, timeZone: string): number {
  return (wallAsUtc(toWallClock(date, timeZone)) - SERIAL_EPOCH) / DAY_MS;
}

export function fromSerial(serial: number, timeZone: string): Date {
  const d = new Date(SERIAL_EPOCH + Math.round(serial * DAY_MS));
  return fromWallClock(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      millisecond: d.getUTCMilliseconds(),
    },
    timeZone,
  );
}

/** Whether the wall-clock date exists (e.g. not 31-02). */
export function isValidDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
