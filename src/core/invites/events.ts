/**
 * Calendar events as the Calendar API v3 sends and returns them (the Event resource, as plain JSON), and
 * how the add-on recognises its own: two private extended properties, invisible to guests, set on every
 * event it makes — the spreadsheet's id and a stable key of the meeting.
 * https://developers.google.com/workspace/calendar/api/v3/reference/events#resource
 * https://developers.google.com/workspace/calendar/api/guides/extended-properties
 */
import type { CalTime } from "./times";

export interface CalAttendee {
  email?: string | null;
  displayName?: string | null;
  responseStatus?: string | null;
  organizer?: boolean | null;
  self?: boolean | null;
  resource?: boolean | null;
}

/** The part of the Event resource the add-on reads and writes. */
export interface CalEvent {
  id?: string | null;
  status?: string | null;
  summary?: string | null;
  description?: string | null;
  location?: string | null;
  start?: CalTime | null;
  end?: CalTime | null;
  attendees?: CalAttendee[] | null;
  extendedProperties?: {
    private?: Record<string, string> | null;
    shared?: Record<string, string> | null;
  } | null;
  organizer?: { email?: string | null; self?: boolean | null } | null;
  creator?: { email?: string | null; self?: boolean | null } | null;
  /** Read-only, set by Google: when the event was made (RFC 3339). */
  created?: string | null;
}

/** The private property that names the spreadsheet an event belongs to (the list filter uses it). */
export const SHEET_PROPERTY = "netwerkplanSheet";
/** The private property that holds the meeting's key (see meetingKey). */
export const MEETING_PROPERTY = "netwerkplanMeeting";

/** An event of the calendar as the plan sees it. */
export interface ExistingEvent {
  id: string;
  /** "cancelled" once deleted (Google keeps deleted events for a while). */
  cancelled: boolean;
  summary: string;
  description: string;
  location: string;
  start: CalTime;
  end: CalTime;
  /** Guests' addresses, lower case, sorted; the organizer's own entry and resources left out. */
  guests: string[];
  /** The spreadsheet id and meeting key of the private properties; null when absent (not made by the add-on). */
  sheet: string | null;
  key: string | null;
  /** The organizer's address (who never gets mail about their own change), "" when unknown. */
  organizer: string;
  /** When the event was made (RFC 3339, Google's `created`), "" when unknown. */
  created: string;
}

const text = (v: string | null | undefined) => (typeof v === "string" ? v : "");

/** An event of the API as the plan sees it; null when it has no id. */
export function existingFrom(e: CalEvent): ExistingEvent | null {
  const id = text(e.id);
  if (id === "") return null;
  const priv = e.extendedProperties?.private ?? {};
  return {
    id,
    cancelled: e.status === "cancelled",
    summary: text(e.summary),
    description: text(e.description),
    location: text(e.location),
    start: { ...(e.start ?? {}) },
    end: { ...(e.end ?? {}) },
    guests: guestsOf(e.attendees ?? []),
    sheet: typeof priv[SHEET_PROPERTY] === "string" ? priv[SHEET_PROPERTY]! : null,
    key: typeof priv[MEETING_PROPERTY] === "string" ? priv[MEETING_PROPERTY]! : null,
    organizer: text(e.organizer?.email).toLowerCase(),
    created: text(e.created),
  };
}

/** Guests' addresses, lower case, unique, sorted; the organizer's own entry and resources left out. */
export function guestsOf(attendees: readonly CalAttendee[]): string[] {
  const out = new Set<string>();
  for (const a of attendees) {
    const email = text(a.email).trim().toLowerCase();
    if (email === "" || a.organizer === true || a.resource === true) continue;
    out.add(email);
  }
  return [...out].sort();
}

/**
 * FNV-1a (64 bit) of a text as 16 hex digits: a short, stable fingerprint (meeting keys, the preview's
 * token). Not a secret and not for security: it only tells two versions of the same text apart.
 */
export function hash64(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ (c + i), 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0");
}

/** Event ids: the characters of base32hex (a–v, 0–9), 5 to 1024 of them (events/insert, `id`). */
export const EVENT_ID = /^[a-v0-9]{5,1024}$/;

/** An id for a new event from random hex (a UUID's digits): `np` + the digits, valid base32hex. */
export function newEventId(randomHex: string): string {
  const digits = randomHex.toLowerCase().replace(/[^0-9a-f]/g, "");
  return `np${digits}`.slice(0, 64);
}
