/**
 * core/invites/times.ts: a meeting's wall clock in the network's zone as the instant the Calendar API gets,
 * on both sides of the summer-time changes (last Sundays of March and October) and in other zones.
 */
import * as fc from "fast-check";
import {
  meetingTimes,
  offsetAt,
  parseInstant,
  rfc3339,
  timeKey,
  wallClockInstant,
} from "../../../src/core/invites/times";

const AMS = "Europe/Amsterdam";
const utc = (s: string) => Date.parse(s);

describe("wallClockInstant", () => {
  // 2026: summer time starts Sunday 29 March 02:00 CET, ends Sunday 25 October 03:00 CEST.
  test.each([
    ["2026-03-28", "14:00", AMS, "2026-03-28T13:00:00Z", "Saturday before the March change: CET, +01:00"],
    ["2026-03-29", "01:59", AMS, "2026-03-29T00:59:00Z", "the change day, before 02:00: still CET"],
    ["2026-03-29", "03:00", AMS, "2026-03-29T01:00:00Z", "the change day, after the gap: CEST"],
    ["2026-03-29", "02:30", AMS, "2026-03-29T01:30:00Z", "in the skipped hour: moved forward to 03:30 CEST"],
    ["2026-03-30", "14:00", AMS, "2026-03-30T12:00:00Z", "Monday after: CEST, +02:00"],
    ["2026-10-24", "14:00", AMS, "2026-10-24T12:00:00Z", "Saturday before the October change: CEST"],
    ["2026-10-25", "02:30", AMS, "2026-10-25T00:30:00Z", "the doubled hour: its first occurrence (CEST)"],
    ["2026-10-25", "03:00", AMS, "2026-10-25T02:00:00Z", "the change day, after the doubled hour: CET"],
    ["2026-10-26", "14:00", AMS, "2026-10-26T13:00:00Z", "Monday after: CET"],
    [
      "2026-03-08",
      "10:00",
      "America/New_York",
      "2026-03-08T14:00:00Z",
      "New York changes on the second Sunday of March",
    ],
    [
      "2026-03-28",
      "10:00",
      "America/New_York",
      "2026-03-28T14:00:00Z",
      "between the American and the European change",
    ],
    ["2026-07-01", "09:00", "America/Curacao", "2026-07-01T13:00:00Z", "Curaçao: −04:00 all year"],
    ["2026-01-15", "09:00", "Asia/Kolkata", "2026-01-15T03:30:00Z", "a half-hour offset"],
    ["2026-06-15", "12:00", "UTC", "2026-06-15T12:00:00Z", "UTC"],
  ])("%s %s in %s is %s (%s)", (day, time, zone, expected) => {
    expect(wallClockInstant(day, time, zone)).toBe(utc(expected));
  });

  test("every existing wall clock of 2026 in Amsterdam reads back as itself", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 364 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (dayOfYear, h, m) => {
          const day = new Date(Date.UTC(2026, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
          const time = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
          if (day === "2026-03-29" && h === 2) return; // the skipped hour
          const t = wallClockInstant(day, time, AMS);
          expect(rfc3339(t, AMS).slice(0, 16)).toBe(`${day}T${time}`);
        },
      ),
    );
  });
});

describe("rfc3339 and parseInstant", () => {
  test("the offset is the zone's at that instant", () => {
    expect(rfc3339(utc("2026-03-28T13:00:00Z"), AMS)).toBe("2026-03-28T14:00:00+01:00");
    expect(rfc3339(utc("2026-03-30T12:00:00Z"), AMS)).toBe("2026-03-30T14:00:00+02:00");
    expect(rfc3339(utc("2026-07-01T13:00:00Z"), "America/Curacao")).toBe("2026-07-01T09:00:00-04:00");
    expect(rfc3339(utc("2026-01-15T03:30:00Z"), "Asia/Kolkata")).toBe("2026-01-15T09:00:00+05:30");
    expect(rfc3339(utc("2026-06-15T12:00:00Z"), "UTC")).toBe("2026-06-15T12:00:00Z");
    expect(offsetAt(utc("2026-10-25T00:30:00Z"), AMS)).toBe(2 * 3600_000);
    expect(offsetAt(utc("2026-10-25T01:30:00Z"), AMS)).toBe(3600_000);
  });

  test("parseInstant reads what rfc3339 writes, and nothing without an offset", () => {
    for (const zone of [AMS, "America/Curacao", "Asia/Kolkata", "UTC"]) {
      const t = utc("2026-10-25T00:30:00Z");
      expect(parseInstant(rfc3339(t, zone))).toBe(t);
    }
    expect(parseInstant("2026-10-25T02:30:00")).toBeNull();
    expect(parseInstant("2026-10-25")).toBeNull();
    expect(parseInstant(null)).toBeNull();
    expect(parseInstant("2026-10-25T02:30:00.5+02:00")).toBe(utc("2026-10-25T00:30:00.500Z"));
  });
});

describe("meetingTimes", () => {
  test("a meeting with times: dateTime with offset and the zone's name", () => {
    expect(meetingTimes({ date: "2026-03-30", start: "14:00", end: "16:00" }, AMS)).toEqual({
      start: { dateTime: "2026-03-30T14:00:00+02:00", timeZone: AMS },
      end: { dateTime: "2026-03-30T16:00:00+02:00", timeZone: AMS },
      startMs: utc("2026-03-30T12:00:00Z"),
      endMs: utc("2026-03-30T14:00:00Z"),
    });
  });

  test("a meeting across the October change lasts its real length", () => {
    const m = meetingTimes({ date: "2026-10-25", start: "01:00", end: "04:00" }, AMS);
    expect(m.start.dateTime).toBe("2026-10-25T01:00:00+02:00");
    expect(m.end.dateTime).toBe("2026-10-25T04:00:00+01:00");
    expect(m.endMs - m.startMs).toBe(4 * 3600_000);
  });

  test("a meeting without a time is all day: the date and the next day", () => {
    const m = meetingTimes({ date: "2026-12-31", start: null, end: null }, AMS);
    expect(m.start).toEqual({ date: "2026-12-31" });
    expect(m.end).toEqual({ date: "2027-01-01" });
    expect(m.startMs).toBe(utc("2026-12-30T23:00:00Z"));
    expect(m.endMs).toBe(utc("2026-12-31T23:00:00Z"));
  });

  test("timeKey: the same instant written in two zones is the same time", () => {
    expect(timeKey({ dateTime: "2026-03-30T14:00:00+02:00" })).toBe(
      timeKey({ dateTime: "2026-03-30T12:00:00Z", timeZone: "UTC" }),
    );
    expect(timeKey({ date: "2026-03-30" })).toBe("d:2026-03-30");
    expect(timeKey({ dateTime: "2026-03-30T14:00:00+01:00" })).not.toBe(
      timeKey({ dateTime: "2026-03-30T14:00:00+02:00" }),
    );
  });
});
