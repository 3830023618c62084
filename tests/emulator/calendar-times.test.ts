/**
 * Fidelity tests: an event's hour in its own time zone, around the changes to and from summer time, and for a
 * meeting in another zone.
 * https://developers.google.com/workspace/calendar/api/v3/reference/events#resource (start.timeZone: "The time
 * zone in which the time is specified. … For single events this field is optional and indicates a custom time
 * zone for the event start/end.")
 * https://developers.google.com/workspace/calendar/api/v3/reference/events/get (timeZone: "Time zone used in
 * the response. Optional. The default is the time zone of the calendar.")
 *
 * In 2026, Europe/Amsterdam moves to summer time on Sunday 29 March (02:00 -> 03:00, UTC+1 -> UTC+2) and back
 * on Sunday 25 October (03:00 -> 02:00); America/New_York moved on Sunday 8 March.
 */
import { instantOf } from "../../local/emulator/calendar";
import { AMS, calendarContext, meeting } from "./calendar-helpers";

const NY = "America/New_York";
const instant = (dt: string | undefined) => new Date(dt!).toISOString();

describe("a 10:00 meeting in Europe/Amsterdam stays at 10:00 across the changes of 2026", () => {
  // [day, offset that day, the instant of 10:00 local]
  const days: [string, string, string][] = [
    ["2026-03-27", "+01:00", "2026-03-27T09:00:00.000Z"], // Friday before the change to summer time
    ["2026-03-30", "+02:00", "2026-03-30T08:00:00.000Z"], // Monday after it
    ["2026-10-23", "+02:00", "2026-10-23T08:00:00.000Z"], // Friday before the change back
    ["2026-10-26", "+01:00", "2026-10-26T09:00:00.000Z"], // Monday after it
  ];
  test.each(days)("on %s: %s, %s", (day, offset, utc) => {
    const { Calendar } = calendarContext();
    const made = Calendar.Events.insert(meeting(`${day}T10:00:00`), "primary");
    expect(made.start).toEqual({ dateTime: `${day}T10:00:00${offset}`, timeZone: AMS });
    expect(instant(made.start?.dateTime)).toBe(utc);
    // Two hours later on the wall clock is two hours later in time (no change within the meeting).
    expect(Date.parse(made.end!.dateTime!) - Date.parse(made.start!.dateTime!)).toBe(2 * 3600_000);
  });

  test("moving a meeting over the change keeps the wall-clock hour, not the UTC hour", () => {
    const { Calendar } = calendarContext();
    const made = Calendar.Events.insert(meeting("2026-03-27T10:00:00"), "primary");
    const moved = Calendar.Events.patch(
      { start: { dateTime: "2026-03-30T10:00:00" }, end: { dateTime: "2026-03-30T12:00:00" } },
      "primary",
      made.id!,
    );
    expect(moved.start?.dateTime).toBe("2026-03-30T10:00:00+02:00");
    expect(instant(moved.start?.dateTime)).toBe("2026-03-30T08:00:00.000Z");
    const back = Calendar.Events.patch(
      { start: { dateTime: "2026-10-26T10:00:00" }, end: { dateTime: "2026-10-26T12:00:00" } },
      "primary",
      made.id!,
    );
    expect(back.start?.dateTime).toBe("2026-10-26T10:00:00+01:00");
  });

  test("a night meeting over the change to summer time is an hour shorter than the wall clock says", () => {
    const { Calendar } = calendarContext();
    const made = Calendar.Events.insert(
      {
        summary: "Nachtdienst",
        start: { dateTime: "2026-03-29T01:00:00", timeZone: AMS },
        end: { dateTime: "2026-03-29T04:00:00", timeZone: AMS },
      },
      "primary",
    );
    expect(made.start?.dateTime).toBe("2026-03-29T01:00:00+01:00");
    expect(made.end?.dateTime).toBe("2026-03-29T04:00:00+02:00");
    expect(Date.parse(made.end!.dateTime!) - Date.parse(made.start!.dateTime!)).toBe(2 * 3600_000);
  });

  test("the same instant given with an offset instead of a zone is the same meeting", () => {
    const { Calendar } = calendarContext();
    const made = Calendar.Events.insert(
      {
        summary: "Kerngroep",
        start: { dateTime: "2026-10-26T09:00:00Z" },
        end: { dateTime: "2026-10-26T11:00:00Z" },
      },
      "primary",
    );
    // Without an event zone, the response still shows the calendar's zone.
    expect(made.start).toEqual({ dateTime: "2026-10-26T10:00:00+01:00" });
  });
});

describe("a meeting in another zone", () => {
  test("keeps its own zone; the response shows the calendar's offset unless it asks for another zone", () => {
    const { Calendar } = calendarContext();
    // 20 March 2026: New York is on summer time (UTC-4), Amsterdam not yet (UTC+1): five hours apart.
    const made = Calendar.Events.insert(meeting("2026-03-20T10:00:00", [], {}, NY), "primary");
    expect(made.start).toEqual({ dateTime: "2026-03-20T15:00:00+01:00", timeZone: NY });
    expect(instant(made.start?.dateTime)).toBe("2026-03-20T14:00:00.000Z");
    const inNewYork = Calendar.Events.get("primary", made.id!, { timeZone: NY });
    expect(inNewYork.start).toEqual({ dateTime: "2026-03-20T10:00:00-04:00", timeZone: NY });
    const list = Calendar.Events.list("primary", { timeZone: "UTC" });
    expect(list.items?.[0]?.start).toEqual({ dateTime: "2026-03-20T14:00:00Z", timeZone: NY });
    // A week later both are on summer time: six hours apart.
    const later = Calendar.Events.patch(
      { start: { dateTime: "2026-03-31T10:00:00" }, end: { dateTime: "2026-03-31T12:00:00" } },
      "primary",
      made.id!,
    );
    expect(later.start).toEqual({ dateTime: "2026-03-31T16:00:00+02:00", timeZone: NY });
  });

  test("an all-day event counts from midnight in the calendar's zone when lists are bounded", () => {
    const { Calendar } = calendarContext();
    const day = Calendar.Events.insert(
      { summary: "Netwerkdag", start: { date: "2026-06-04" }, end: { date: "2026-06-05" } },
      "primary",
    );
    expect(instantOf(day.start, AMS)).toBe(Date.parse("2026-06-03T22:00:00Z"));
    // 23:30 UTC on 4 June is already 5 June in Amsterdam: the day is over.
    expect(Calendar.Events.list("primary", { timeMin: "2026-06-04T22:30:00Z" }).items).toEqual([]);
    expect(Calendar.Events.list("primary", { timeMin: "2026-06-04T21:30:00Z" }).items).toHaveLength(1);
  });
});
