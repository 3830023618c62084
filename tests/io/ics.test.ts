/**
 * The .ics of the emulated calendar (PRODUCT.md §8, uitnodigingen.ics), read back with ical.js — a parser that
 * shares no code with the `ics` package that writes it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ICAL from "ical.js";
import { eventsOf } from "../../local/emulator/calendar";
import { calendarToIcs, eventsToIcs, icsUid, writeIcs } from "../../local/io/ics";
import { calendarContext, meeting } from "../emulator/calendar-helpers";

type Event = GoogleAppsScript.Calendar.Schema.Event;

/** A calendar with three meetings around the 2026 summer-time changes, one in New York, one all-day, one cancelled. */
function exampleCalendar() {
  const { ctx, Calendar } = calendarContext();
  const made: Event[] = [
    Calendar.Events.insert(
      meeting("2026-03-27T10:00:00", ["an@zorg.nl", "bo@hospice.nl"], {
        description: "Agenda: 1. opening, 2. rondvraag; zie het dashboard\nhttps://example.org/d",
      }),
      "primary",
    ),
    Calendar.Events.insert(meeting("2026-03-30T10:00:00", ["an@zorg.nl"]), "primary"),
    Calendar.Events.insert(meeting("2026-10-26T10:00:00", ["cy@gemeente.nl"]), "primary"),
    Calendar.Events.insert(meeting("2026-03-20T10:00:00", [], {}, "America/New_York"), "primary"),
    Calendar.Events.insert(
      { summary: "Netwerkdag", start: { date: "2026-06-04" }, end: { date: "2026-06-05" } },
      "primary",
    ),
  ];
  Calendar.Events.remove("primary", made[2]!.id!);
  return { ctx, Calendar, made, stored: eventsOf(ctx.account) };
}

function parse(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
}

describe("eventsToIcs", () => {
  test("one VEVENT per event, each with the UID made from its event id", () => {
    const { stored } = exampleCalendar();
    const vevents = parse(eventsToIcs(stored));
    expect(vevents).toHaveLength(stored.length);
    expect(vevents.map((v) => v.getFirstPropertyValue("uid"))).toEqual(stored.map((e) => icsUid(e.id!)));
    expect(icsUid(stored[0]!.id!)).toBe(`${stored[0]!.id}@netwerkplan`);
  });

  test("start and end are the instants the emulator holds, on both sides of the summer-time changes", () => {
    const { stored } = exampleCalendar();
    const vevents = parse(eventsToIcs(stored));
    stored.forEach((event, i) => {
      const v = new ICAL.Event(vevents[i]!);
      if (event.start?.date) {
        expect(v.startDate.isDate).toBe(true);
        expect(v.startDate.toString()).toBe(event.start.date);
        expect(v.endDate.toString()).toBe(event.end!.date);
      } else {
        expect(v.startDate.toJSDate().getTime()).toBe(Date.parse(event.start!.dateTime!));
        expect(v.endDate.toJSDate().getTime()).toBe(Date.parse(event.end!.dateTime!));
      }
    });
    // Spelled out: 10:00 in Amsterdam is 09:00Z before 29 March and on 26 October, 08:00Z on 30 March;
    // 10:00 in New York on 20 March is 14:00Z.
    const starts = vevents.slice(0, 4).map((v) => new ICAL.Event(v).startDate.toJSDate().toISOString());
    expect(starts).toEqual([
      "2026-03-27T09:00:00.000Z",
      "2026-03-30T08:00:00.000Z",
      "2026-10-26T09:00:00.000Z",
      "2026-03-20T14:00:00.000Z",
    ]);
  });

  test("summary, location, description (with commas, semicolons and a line break), organizer and guests", () => {
    const { stored } = exampleCalendar();
    const first = new ICAL.Event(parse(eventsToIcs(stored))[0]!);
    expect(first.summary).toBe(stored[0]!.summary);
    expect(first.location).toBe(stored[0]!.location);
    expect(first.description).toBe(stored[0]!.description);
    expect(first.organizer).toBe("MAILTO:coordinator@example.org");
    const guests = first.attendees.map((a) => String(a.getFirstValue()).replace(/^mailto:/i, ""));
    expect(guests).toEqual(["an@zorg.nl", "bo@hospice.nl"]);
    expect(first.attendees.map((a) => a.getParameter("partstat"))).toEqual(["NEEDS-ACTION", "NEEDS-ACTION"]);
  });

  test("a cancelled event is in the file with STATUS:CANCELLED; the others are CONFIRMED", () => {
    const { stored, made } = exampleCalendar();
    const vevents = parse(eventsToIcs(stored));
    const status = Object.fromEntries(
      vevents.map((v) => [v.getFirstPropertyValue("uid"), v.getFirstPropertyValue("status")]),
    );
    expect(status[icsUid(made[2]!.id!)]).toBe("CANCELLED");
    expect(Object.values(status).filter((s) => s === "CONFIRMED")).toHaveLength(stored.length - 1);
    // The cancellation is a revision of the event.
    const cancelled = vevents.find((v) => v.getFirstPropertyValue("uid") === icsUid(made[2]!.id!))!;
    expect(cancelled.getFirstPropertyValue("sequence")).toBe(1);
  });

  test("the same calendar always gives the same file", () => {
    const { stored } = exampleCalendar();
    expect(eventsToIcs(stored)).toBe(eventsToIcs(JSON.parse(JSON.stringify(stored)) as Event[]));
  });
});

describe("writeIcs and calendarToIcs", () => {
  test("the file on disk is the text, named after the calendar", () => {
    const { ctx, stored } = exampleCalendar();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ics-"));
    const file = path.join(dir, "out", "uitnodigingen.ics");
    writeIcs(stored, file, { calName: "Netwerk" });
    const text = fs.readFileSync(file, "utf8");
    expect(text).toBe(eventsToIcs(stored, { calName: "Netwerk" }));
    const calendar = new ICAL.Component(ICAL.parse(calendarToIcs(ctx.account)));
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("coordinator@example.org");
    expect(calendar.getAllSubcomponents("vevent")).toHaveLength(stored.length);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("an empty calendar is a valid file with no events", () => {
    const { ctx } = calendarContext();
    const calendar = new ICAL.Component(ICAL.parse(calendarToIcs(ctx.account)));
    expect(calendar.name).toBe("vcalendar");
    expect(calendar.getAllSubcomponents("vevent")).toEqual([]);
  });
});
