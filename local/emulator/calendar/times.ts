/**
 * An event's start and end (EventDateTime): read from what the add-on sends, stored, and written back in the
 * zone a response asks for.
 * https://developers.google.com/workspace/calendar/api/v3/reference/events#resource
 *   start.date      "The date, in the format "yyyy-mm-dd", if this is an all-day event."
 *   start.dateTime  "The time, as a combined date-time value (formatted according to RFC3339). A time zone
 *                   offset is required unless a time zone is explicitly specified in timeZone."
 *   start.timeZone  "The time zone in which the time is specified. (Formatted as an IANA Time Zone Database
 *                   name, e.g. "Europe/Zurich".) … For single events this field is optional and indicates a
 *                   custom time zone for the event start/end."
 * https://developers.google.com/workspace/calendar/api/v3/reference/events/get (timeZone: "Time zone used in
 * the response. Optional. The default is the time zone of the calendar.")
 *
 * So an event keeps its own zone (`timeZone`), while every `dateTime` the API returns carries the offset of
 * the response's zone (the calendar's unless the request names one).
 */
import { fromWallClock, isTimeZone, isValidDate, toWallClock } from "../spreadsheet/time";

type EventDateTime = GoogleAppsScript.Calendar.Schema.EventDateTime;

/** A start or end read from a request or from storage. */
export type When =
  | { kind: "date"; date: string; timeZone?: string }
  | { kind: "dateTime"; instant: number; timeZone?: string };

/** Why a start or end cannot be read; errors.ts turns this into the API's text. */
export type WhenProblem = "missing" | "invalid" | "missingZone" | "invalidZone";

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})?$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses an RFC 3339 timestamp; without an offset, the wall clock is read in `zone`. Null when malformed. */
export function parseRfc3339(text: string, zone?: string): number | null {
  const m = RFC3339.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (!isValidDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const millisecond = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0;
  const offset = m[8];
  if (offset) {
    const utc = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
    if (offset.toUpperCase() === "Z") return utc;
    const sign = offset.startsWith("-") ? -1 : 1;
    const [oh, om] = offset.slice(1).split(":").map(Number) as [number, number];
    if (oh > 23 || om > 59) return null;
    return utc - sign * (oh * 60 + om) * 60_000;
  }
  if (!zone) return null;
  return fromWallClock({ year, month, day, hour, minute, second, millisecond }, zone).getTime();
}

export function hasOffset(text: string): boolean {
  const m = RFC3339.exec(text);
  return !!m?.[8];
}

/** Reads the start or end of a request. */
export function readWhen(edt: EventDateTime | undefined | null): When | WhenProblem {
  if (!edt || typeof edt !== "object") return "missing";
  const { date, dateTime, timeZone } = edt;
  if (
    timeZone !== undefined &&
    timeZone !== null &&
    (typeof timeZone !== "string" || !isTimeZone(timeZone))
  ) {
    return "invalidZone";
  }
  const zone = timeZone ?? undefined;
  const hasDate = date !== undefined && date !== null;
  const hasDateTime = dateTime !== undefined && dateTime !== null;
  if (hasDate && hasDateTime) return "invalid";
  if (hasDate) {
    const m = typeof date === "string" ? DATE.exec(date) : null;
    if (!m || !isValidDate(Number(m[1]), Number(m[2]), Number(m[3]))) return "invalid";
    return zone ? { kind: "date", date, timeZone: zone } : { kind: "date", date };
  }
  if (hasDateTime) {
    if (typeof dateTime !== "string") return "invalid";
    if (!hasOffset(dateTime) && !zone) return RFC3339.test(dateTime) ? "missingZone" : "invalid";
    const instant = parseRfc3339(dateTime, zone);
    if (instant === null) return "invalid";
    return zone ? { kind: "dateTime", instant, timeZone: zone } : { kind: "dateTime", instant };
  }
  return "missing";
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** RFC 3339 with the offset `zone` has at that instant ("Z" for UTC), as the API writes it. */
export function formatInZone(instant: number, zone: string): string {
  const w = toWallClock(new Date(instant), zone);
  const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const offsetMinutes = Math.round((wallAsUtc - Math.floor(instant / 1000) * 1000) / 60_000);
  const base = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
  if (offsetMinutes === 0) return `${base}Z`;
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${base}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The EventDateTime stored for a start or end: dateTime in the event's own zone (or UTC when it has none). */
export function storedWhen(when: When): EventDateTime {
  if (when.kind === "date")
    return when.timeZone ? { date: when.date, timeZone: when.timeZone } : { date: when.date };
  const zone = when.timeZone ?? "UTC";
  const out: EventDateTime = { dateTime: formatInZone(when.instant, zone) };
  if (when.timeZone) out.timeZone = when.timeZone;
  return out;
}

/** A stored start or end as a response in `zone` shows it. */
export function responseWhen(stored: EventDateTime | undefined, zone: string): EventDateTime | undefined {
  if (!stored) return stored;
  if (!stored.dateTime) return { ...stored };
  const instant = parseRfc3339(stored.dateTime);
  if (instant === null) return { ...stored };
  const out: EventDateTime = { dateTime: formatInZone(instant, zone) };
  if (stored.timeZone) out.timeZone = stored.timeZone;
  return out;
}

/**
 * The instant a stored start or end stands for: a dateTime's own instant; an all-day date's midnight in
 * `zone` (the calendar's zone, unless the date carries its own). Null when there is none.
 */
export function instantOf(stored: EventDateTime | undefined, zone: string): number | null {
  if (!stored) return null;
  if (stored.dateTime) return parseRfc3339(stored.dateTime);
  if (stored.date) return parseRfc3339(`${stored.date}T00:00:00`, stored.timeZone ?? zone);
  return null;
}
