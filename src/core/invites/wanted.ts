/**
 * The events the sheet asks for (PRODUCT.md §5): one per valid `Vergaderingen` row, titled
 * `<Groep>: <Titel>`, at the row's date and times in the network's zone, at its place, described by its
 * `Omschrijving` and links to the dashboards and the newest report, with the active members of its group
 * (addresses from `Leden` only) as guests.
 */
import type { Meeting, Member } from "../records";
import { foldText } from "../vocab";
import { type CalAttendee, type CalEvent, hash64, MEETING_PROPERTY, SHEET_PROPERTY } from "./events";
import { meetingTimes } from "./times";

export interface DescriptionLink {
  label: string;
  url: string;
}

export interface WantedEvent {
  /** 1-based sheet row of the meeting. */
  row: number;
  /** Stable key of the meeting (see meetingKey), stored on the event. */
  key: string;
  group: string;
  /** The event's body for insert (no id): summary, description, location, start, end, guests, properties. */
  body: CalEvent;
  startMs: number;
  endMs: number;
  /** Guests' addresses, lower case, sorted. */
  guests: string[];
  /** Names by address, for the preview. */
  names: Record<string, string>;
  cancelled: boolean;
  /** `Agenda-ID` as it stands in the row ("" when empty). */
  storedId: string;
}

export interface WantedOptions {
  spreadsheetId: string;
  timeZone: string;
  links: readonly DescriptionLink[];
}

/** `<Groep>: <Titel>`; the group alone when the title is empty or only repeats the group. */
export function eventTitle(group: string, title: string): string {
  const t = title.trim();
  return t === "" || foldText(t) === foldText(group) ? group : `${group}: ${t}`;
}

/** The row's `Omschrijving`, then one line per link. */
export function eventDescription(description: string, links: readonly DescriptionLink[]): string {
  const parts = [description.trim(), links.map((l) => `${l.label}: ${l.url}`).join("\n")];
  return parts.filter((p) => p !== "").join("\n\n");
}

/**
 * The key of a meeting: its group, date and start time, hashed; `-2`, `-3`… for a second and third row with
 * the same three. It stays the same while those stay the same (moving rows, editing the title, the place or
 * the description does not change it), which lets a later run find an event whose id never reached the sheet.
 */
export function meetingKeys(meetings: readonly Pick<Meeting, "group" | "date" | "start">[]): string[] {
  const seen = new Map<string, number>();
  return meetings.map((m) => {
    const base = `m${hash64(`${foldText(m.group)}|${m.date}|${m.start ?? ""}`)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/** The active members of a group, in sheet order, each address once. */
export function groupMembers(members: readonly Member[], group: string): Member[] {
  const want = foldText(group);
  const seen = new Set<string>();
  return members.filter((m) => {
    if (!m.active || !m.groups.some((g) => foldText(g) === want)) return false;
    const email = m.email.toLowerCase();
    if (seen.has(email)) return false;
    seen.add(email);
    return true;
  });
}

export function wantedEvents(
  meetings: readonly Meeting[],
  members: readonly Member[],
  opts: WantedOptions,
): WantedEvent[] {
  const keys = meetingKeys(meetings);
  return meetings.map((m, i) => {
    const times = meetingTimes(m, opts.timeZone);
    const people = groupMembers(members, m.group);
    const attendees: CalAttendee[] = people.map((p) => ({
      email: p.email.toLowerCase(),
      displayName: p.name,
    }));
    const key = keys[i]!;
    const body: CalEvent = {
      summary: eventTitle(m.group, m.title),
      description: eventDescription(m.description, opts.links),
      location: m.location.trim(),
      start: times.start,
      end: times.end,
      attendees,
      extendedProperties: { private: { [SHEET_PROPERTY]: opts.spreadsheetId, [MEETING_PROPERTY]: key } },
    };
    return {
      row: m.row,
      key,
      group: m.group,
      body,
      startMs: times.startMs,
      endMs: times.endMs,
      guests: attendees.map((a) => a.email!).sort(),
      names: Object.fromEntries(people.map((p) => [p.email.toLowerCase(), p.name])),
      cancelled: m.cancelled,
      storedId: m.eventId.trim(),
    };
  });
}
