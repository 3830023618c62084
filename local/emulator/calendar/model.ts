/**
 * The plain data of the emulated Google Calendar, kept in the account (`account.data.calendar`) so that it
 * survives executions and `--state`: calendars, their events (stored as the Calendar API v3 Event resource),
 * and every mail Google Calendar would have sent because of a `sendUpdates` value.
 * https://developers.google.com/workspace/calendar/api/v3/reference/events#resource
 */

import type { Account } from "../account";

type Event = GoogleAppsScript.Calendar.Schema.Event;

export const DEFAULT_CALENDAR_TIME_ZONE = "Europe/Amsterdam";

export interface StoredCalendar {
  id: string;
  summary: string;
  description?: string;
  /** IANA zone: the default zone of the calendar's responses and of all-day events. */
  timeZone: string;
}

/** Why Google Calendar mailed a guest. */
export type MailReason = "invited" | "updated" | "cancelled";

/** The Events method whose `sendUpdates` caused a mail (`delete` is what Apps Script calls `remove`). */
export type MailingMethod = "insert" | "patch" | "update" | "delete";

/** One mail Google Calendar would have sent to one guest. */
export interface CalendarMail {
  /** The emulated clock at the call, ISO 8601 in UTC. */
  at: string;
  /** The guest's address, as it stands in the event's attendees. */
  to: string;
  reason: MailReason;
  calendarId: string;
  eventId: string;
  /** The event's title as the mail shows it ("" when it has none). */
  summary: string;
  /** The event's start as the mail shows it: an ISO instant in UTC, or `YYYY-MM-DD` for an all-day event. */
  start: string;
  method: MailingMethod;
  sendUpdates: "all" | "externalOnly";
  /** For `updated`: the guest-visible fields that changed (see mails.ts). */
  changes?: string[];
}

export interface CalendarData {
  /** Calendars by id. The user's primary calendar has the user's address as its id ("primary" names it). */
  calendars: Record<string, StoredCalendar>;
  /**
   * Events by calendar id, then by event id, in the order they were made. Each is the Event resource as the
   * organizer's calendar holds it: start/end `dateTime` in the event's own zone (with its offset), status
   * "cancelled" once removed.
   */
  events: Record<string, Record<string, Event>>;
  /** Every mail that would have gone out, in order. */
  mails: CalendarMail[];
  /**
   * Domains whose addresses count as Google Calendar users for `sendUpdates: "externalOnly"` (besides
   * gmail.com, googlemail.com and the user's own domain).
   */
  googleDomains: string[];
  /** Counter behind the event ids the emulator hands out. */
  nextEventNumber: number;
}

export function newCalendarData(): CalendarData {
  return { calendars: {}, events: {}, mails: [], googleDomains: [], nextEventNumber: 1 };
}

/** The calendar data of an account, created on first use (an account saved before Calendar existed has none). */
export function calendarDataOf(account: Account): CalendarData {
  const data = account.data as { calendar?: CalendarData };
  data.calendar ??= newCalendarData();
  const cal = data.calendar;
  cal.calendars ??= {};
  cal.events ??= {};
  cal.mails ??= [];
  cal.googleDomains ??= [];
  cal.nextEventNumber ??= 1;
  return cal;
}

/** The user's primary calendar (made on first use: summary = the address, zone Europe/Amsterdam). */
export function primaryCalendar(account: Account): StoredCalendar {
  const cal = calendarDataOf(account);
  const email = account.data.user.email;
  cal.calendars[email] ??= { id: email, summary: email, timeZone: DEFAULT_CALENDAR_TIME_ZONE };
  return cal.calendars[email]!;
}

/** The calendar a calendarId names ("primary" = the user's own), or null when the account has none such. */
export function resolveCalendar(account: Account, calendarId: string): StoredCalendar | null {
  const primary = primaryCalendar(account);
  if (calendarId === "primary") return primary;
  return calendarDataOf(account).calendars[calendarId] ?? null;
}

/** Adds a (secondary or shared) calendar the user can manage, e.g. the network's `Agenda`. */
export function addCalendar(account: Account, calendar: StoredCalendar): StoredCalendar {
  calendarDataOf(account).calendars[calendar.id] = { ...calendar };
  return calendar;
}

/**
 * The events of a calendar as stored (cancelled ones included), in the order they were made. These are the
 * objects the .ics writer and the CLI read; do not change them.
 */
export function eventsOf(account: Account, calendarId = "primary"): Event[] {
  const calendar = resolveCalendar(account, calendarId);
  if (!calendar) return [];
  return Object.values(calendarDataOf(account).events[calendar.id] ?? {});
}

/**
 * Google keeps a deleted event (status "cancelled") for a while and then removes it for good; after that,
 * `get` answers 404. This does that removal for every cancelled event of a calendar (all calendars when no id).
 */
export function purgeCancelledEvents(account: Account, calendarId?: string): number {
  const cal = calendarDataOf(account);
  const ids = calendarId ? [resolveCalendar(account, calendarId)?.id ?? calendarId] : Object.keys(cal.events);
  let n = 0;
  for (const id of ids) {
    const events = cal.events[id] ?? {};
    for (const [eventId, event] of Object.entries(events)) {
      if (event.status === "cancelled") {
        delete events[eventId];
        n++;
      }
    }
  }
  return n;
}
