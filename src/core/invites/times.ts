/**
 * A meeting's start and end as the Calendar API takes them (EventDateTime): the wall clock the coordinator
 * typed (`Datum`, `Begintijd`, `Eindtijd`) read in the network's zone (`Instellingen › Tijdzone`), turned
 * into an instant whatever the zone of the machine or of the spreadsheet.
 *
 * Around a change of summer time a wall clock can be missing (the hour skipped on the last Sunday of
 * March in Europe) or doubled (the hour repeated on the last Sunday of October). A missing time moves
 * forward by the gap (02:30 becomes 03:30, as Google Calendar and java.time do); a doubled time is its
 * first occurrence (summer time).
 */
import { addDays, type IsoDate, zonedParts } from "../dates";
import type { Meeting } from "../records";

/** EventDateTime: `dateTime` (RFC 3339 with offset) and `timeZone`, or `date` for an all-day event. */
export interface CalTime {
  date?: string | null;
  dateTime?: string | null;
  timeZone?: string | null;
}

/** The offset of `zone` at instant `t`, in milliseconds (positive east of Greenwich). */
export function offsetAt(t: number, zone: string): number {
  const p = zonedParts(t, zone);
  if (p === null) throw new RangeError(`Invalid time zone: ${zone}`);
  const second = Math.floor(t / 1000) * 1000;
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - second;
}

/**
 * The instant of `time` ("HH:mm") on `day` in `zone`. A wall clock that does not exist (skipped by a
 * change to summer time) moves forward by the gap; one that exists twice is its first occurrence.
 */
export function wallClockInstant(day: IsoDate, time: string, zone: string): number {
  const [y, mo, d] = day.split("-").map(Number) as [number, number, number];
  const [h, mi] = time.split(":").map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // Every offset the zone has within a day of that wall clock: at most two around a change.
  const offsets = [...new Set([offsetAt(wall - 86_400_000, zone), offsetAt(wall + 86_400_000, zone)])];
  const exact = offsets
    .map((o) => wall - o)
    .filter((t) => t + offsetAt(t, zone) === wall)
    .sort((a, b) => a - b);
  if (exact.length > 0) return exact[0]!;
  // In the gap: read with the offset before the change, which lands after it by the gap.
  return wall - offsetAt(wall - 86_400_000, zone);
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** RFC 3339 with the offset `zone` has at that instant: `2026-03-30T14:00:00+02:00` (`Z` for UTC). */
export function rfc3339(instant: number, zone: string): string {
  const p = zonedParts(instant, zone);
  if (p === null) throw new RangeError(`Invalid time zone: ${zone}`);
  const base = `${pad(p.year!, 4)}-${pad(p.month!)}-${pad(p.day!)}T${pad(p.hour!)}:${pad(p.minute!)}:${pad(p.second!)}`;
  const minutes = Math.round(offsetAt(instant, zone) / 60_000);
  if (minutes === 0) return `${base}Z`;
  const abs = Math.abs(minutes);
  return `${base}${minutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Epoch milliseconds of an RFC 3339 text with an offset (or `Z`); null for anything else. */
export function parseInstant(text: string | null | undefined): number | null {
  if (typeof text !== "string") return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.exec(text);
  if (!m) return null;
  const utc = Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6] ?? 0),
    m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0,
  );
  const off = m[8]!;
  if (off.toUpperCase() === "Z") return utc;
  const sign = off.startsWith("-") ? -1 : 1;
  return utc - sign * (Number(off.slice(1, 3)) * 60 + Number(off.slice(4, 6))) * 60_000;
}

export interface MeetingTimes {
  start: CalTime;
  end: CalTime;
  /** The instants the meeting starts and ends (an all-day meeting: midnight to midnight in the zone). */
  startMs: number;
  endMs: number;
}

/**
 * When a meeting takes place, as the Calendar API takes it: `dateTime` with the zone's offset and the zone's
 * name for a meeting with a time, `date` (end: the next day, exclusive) for one without.
 */
export function meetingTimes(m: Pick<Meeting, "date" | "start" | "end">, zone: string): MeetingTimes {
  if (m.start === null) {
    const next = addDays(m.date, 1);
    return {
      start: { date: m.date },
      end: { date: next },
      startMs: wallClockInstant(m.date, "00:00", zone),
      endMs: wallClockInstant(next, "00:00", zone),
    };
  }
  const startMs = wallClockInstant(m.date, m.start, zone);
  // Validation guarantees an end after the start; a stray equal end still gives a valid event.
  const endMs = Math.max(wallClockInstant(m.date, m.end ?? m.start, zone), startMs + 60_000);
  return {
    start: { dateTime: rfc3339(startMs, zone), timeZone: zone },
    end: { dateTime: rfc3339(endMs, zone), timeZone: zone },
    startMs,
    endMs,
  };
}

/** What a start or end stands for, to compare two of them: `d:<date>` or `t:<instant>`; "" when neither. */
export function timeKey(t: CalTime | null | undefined): string {
  if (t?.date) return `d:${t.date}`;
  const ms = parseInstant(t?.dateTime);
  return ms === null ? "" : `t:${ms}`;
}
