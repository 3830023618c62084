/**
 * The emulated calendar's events as an iCalendar file (PRODUCT.md §8: `uitnodigingen.ics`), written with the
 * `ics` package: one VEVENT per event, cancelled ones included with `STATUS:CANCELLED`.
 *
 * - UID: `<event id>@netwerkplan` (icsUid), stable across runs because the event id is.
 * - Times: in UTC (`DTSTART:20260330T080000Z`), the instant the event's `dateTime` stands for — it carries its
 *   offset, and the emulator computes that offset from the event's own `timeZone` (Europe/Amsterdam's summer
 *   and winter time included). UTC needs no VTIMEZONE block, and the `ics` package writes no TZID. An all-day
 *   event is written as `DTSTART;VALUE=DATE:20260604` with its exclusive end date.
 * - SUMMARY, LOCATION, DESCRIPTION (escaped by the package), ORGANIZER (the event's organizer), one ATTENDEE
 *   per guest with PARTSTAT from the guest's responseStatus, SEQUENCE, CREATED and LAST-MODIFIED; DTSTAMP is
 *   the event's last change, so the same calendar always gives the same file.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { createEvents, type EventAttributes, type ParticipationStatus } from "ics";
import type { Account } from "../emulator/account";
import { eventsOf, resolveCalendar } from "../emulator/calendar/model";

type Event = GoogleAppsScript.Calendar.Schema.Event;
type EventDateTime = GoogleAppsScript.Calendar.Schema.EventDateTime;

export interface IcsOptions {
  /** X-WR-CALNAME: the calendar's name. */
  calName?: string;
  /** PRODID; default "-//Netwerkplan//Uitnodigingen//NL". */
  productId?: string;
}

export const ICS_PRODUCT_ID = "-//Netwerkplan//Uitnodigingen//NL";

/** The UID an event gets in the file. */
export function icsUid(eventId: string): string {
  return `${eventId}@netwerkplan`;
}

const PARTSTAT: Record<string, ParticipationStatus> = {
  needsAction: "NEEDS-ACTION",
  accepted: "ACCEPTED",
  declined: "DECLINED",
  tentative: "TENTATIVE",
};

const STATUS: Record<string, "CONFIRMED" | "TENTATIVE" | "CANCELLED"> = {
  confirmed: "CONFIRMED",
  tentative: "TENTATIVE",
  cancelled: "CANCELLED",
};

/** A start or end as the `ics` package takes it: [y, m, d] for a date, epoch ms (read as UTC) for a time. */
function icsTime(
  edt: EventDateTime | undefined,
  what: string,
  id: string,
): [number, number, number] | number {
  if (edt?.date) {
    const [y, m, d] = edt.date.split("-").map(Number) as [number, number, number];
    return [y, m, d];
  }
  const ms = edt?.dateTime ? Date.parse(edt.dateTime) : Number.NaN;
  if (Number.isNaN(ms)) throw new Error(`event ${id} has no ${what} time`);
  return ms;
}

function toAttributes(event: Event): EventAttributes {
  const id = event.id ?? "";
  if (!id) throw new Error("an event without an id has no stable UID");
  const updated = event.updated ? Date.parse(event.updated) : Number.NaN;
  const created = event.created ? Date.parse(event.created) : Number.NaN;
  const attrs: EventAttributes & { timestamp?: number } = {
    uid: icsUid(id),
    start: icsTime(event.start, "start", id),
    startInputType: "utc",
    startOutputType: "utc",
    end: icsTime(event.end, "end", id),
    endInputType: "utc",
    endOutputType: "utc",
    title: event.summary ?? "",
    status: STATUS[event.status ?? "confirmed"] ?? "CONFIRMED",
  };
  if (!Number.isNaN(updated)) {
    attrs.timestamp = updated;
    attrs.lastModified = updated;
  }
  if (!Number.isNaN(created)) attrs.created = created;
  if (event.description) attrs.description = event.description;
  if (event.location) attrs.location = event.location;
  if (typeof event.sequence === "number") attrs.sequence = event.sequence;
  if (event.organizer?.email) {
    attrs.organizer = {
      name: event.organizer.displayName || event.organizer.email,
      email: event.organizer.email,
    };
  }
  const guests = (event.attendees ?? []).filter((a) => a.email && !a.organizer);
  if (guests.length > 0) {
    attrs.attendees = guests.map((a) => ({
      name: a.displayName || a.email!,
      email: a.email!,
      rsvp: true,
      partstat: PARTSTAT[a.responseStatus ?? "needsAction"] ?? "NEEDS-ACTION",
      role: a.optional ? "OPT-PARTICIPANT" : "REQ-PARTICIPANT",
    }));
  }
  return attrs;
}

/** The events as one VCALENDAR text (CRLF line ends, lines folded at 75 octets). */
export function eventsToIcs(events: readonly Event[], options: IcsOptions = {}): string {
  const header = {
    productId: options.productId ?? ICS_PRODUCT_ID,
    method: "PUBLISH",
    ...(options.calName ? { calName: options.calName } : {}),
  };
  const { error, value } = createEvents(events.map(toAttributes), header);
  if (error || value === null) throw error ?? new Error("ics: no output");
  return value;
}

/** Writes the events to `file` (its folder is made when missing). */
export function writeIcs(events: readonly Event[], file: string, options: IcsOptions = {}): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, eventsToIcs(events, options), "utf8");
}

/** Every event of one of the account's calendars ("primary" by default), named after the calendar. */
export function calendarToIcs(account: Account, calendarId = "primary", options: IcsOptions = {}): string {
  const calendar = resolveCalendar(account, calendarId);
  return eventsToIcs(eventsOf(account, calendarId), {
    ...(calendar ? { calName: calendar.summary } : {}),
    ...options,
  });
}
