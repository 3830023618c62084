/**
 * The events the sheet asks for (PRODUCT.md §5): one per valid `Vergaderingen` row, titled
 * `<Groep>: <Titel>`, at the row's date and times in the network's zone, at its place, described by its
 * `Omschrijving` and links to the dashboards and the newest report, with the active members of its group
 * (addresses from `Leden` only) as guests. A member without a valid address (or with one another member has too)
 * is no guest: the event lists such members, so that the preview can say who gets no invitation and why.
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
  /** The row's `Omschrijving` as the description starts with it (trimmed), without the add-on's links. */
  text: string;
  /** The labels of the add-on's link lines under it (`<label>: <url>`). */
  linkLabels: string[];
  startMs: number;
  endMs: number;
  /** Guests' addresses, lower case, sorted. */
  guests: string[];
  /** Names by address, for the preview. */
  names: Record<string, string>;
  /**
   * Active members of the group without a valid address in `Leden` (row, name; with `sharedAddress` when the
   * address they have is another member's too): not invited.
   */
  withoutAddress: NotInvited[];
  cancelled: boolean;
  /** `Agenda-ID` as it stands in the row ("" when empty). */
  storedId: string;
  /** `Uitnodiging` as it stands in the row: what the add-on last did with its event ("" when empty). */
  storedStatus: string;
}

/** An active member of a meeting's group who gets no invitation, and why (see Member). */
export type NotInvited = Pick<Member, "row" | "name" | "sharedAddress">;

export interface WantedOptions {
  spreadsheetId: string;
  timeZone: string;
  links: readonly DescriptionLink[];
}

/**
 * `<Groep>: <Titel>`; the group alone when the title is empty or only repeats the group; the title alone when
 * it already names the group (`Kerngroepoverleg` for `Kerngroep`), compared with case, accents and spaces
 * folded.
 */
export function eventTitle(group: string, title: string): string {
  const t = title.trim();
  if (t === "") return group;
  const folded = foldText(t);
  const g = foldText(group);
  if (folded === g) return group;
  return g !== "" && folded.includes(g) ? t : `${group}: ${t}`;
}

/** The row's `Omschrijving`, then one line per link. */
export function eventDescription(description: string, links: readonly DescriptionLink[]): string {
  const parts = [description.trim(), links.map((l) => `${l.label}: ${l.url}`).join("\n")];
  return parts.filter((p) => p !== "").join("\n\n");
}

/** Text with its line ends made `\n`, trimmed (a description as Calendar keeps it). */
export const clean = (s: string) => s.replace(/\r\n?/g, "\n").trim();

/**
 * Whether an event's `description` differs from the one the row asks for in the add-on's link lines alone:
 * it is the row's `Omschrijving` followed by lines `<label>: <url>` under the wanted links' labels (other URLs,
 * more or fewer lines, or none). That is what a report of a new day changes (the newest report's link), and
 * it is not a change of the meeting. Any difference in the text the coordinator typed is.
 */
export function differsInLinksOnly(
  wanted: Pick<WantedEvent, "text" | "linkLabels">,
  description: string,
): boolean {
  const have = clean(description);
  const text = clean(wanted.text);
  let links: string;
  if (text === "") links = have;
  else if (have === text) return true;
  else if (have.startsWith(`${text}\n\n`)) links = have.slice(text.length + 2);
  else return false;
  if (links === "") return true;
  return links
    .split("\n")
    .every((line) =>
      wanted.linkLabels.some((l) => line.startsWith(`${l}: `) && line.trim().length > l.length + 1),
    );
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

/** A member with a valid address. */
export type Guest = Member & { email: string };

/** A group's active members, in sheet order: the guests (each address once) and those without an address. */
export interface GroupPeople {
  guests: Guest[];
  /** Active members of the group whose `E-mail` is empty, invalid or shared: they get no invitation. */
  withoutAddress: Member[];
}

export function groupMembers(members: readonly Member[], group: string): GroupPeople {
  const want = foldText(group);
  const seen = new Set<string>();
  const guests: Guest[] = [];
  const withoutAddress: Member[] = [];
  for (const m of members) {
    if (!m.active || !m.groups.some((g) => foldText(g) === want)) continue;
    if (m.email === null) {
      withoutAddress.push(m);
      continue;
    }
    const email = m.email.toLowerCase();
    if (seen.has(email)) continue;
    seen.add(email);
    guests.push({ ...m, email });
  }
  return { guests, withoutAddress };
}

/** Every valid address in `Leden` (lower case): nobody else is ever mailed. */
export const memberAddresses = (members: readonly Member[]): string[] =>
  members.flatMap((m) => (m.email === null ? [] : [m.email.toLowerCase()]));

/** Names by address, for the preview (members without a valid address have none). */
export const namesByAddress = (members: readonly Member[]): Record<string, string> =>
  Object.fromEntries(members.flatMap((m) => (m.email === null ? [] : [[m.email.toLowerCase(), m.name]])));

export function wantedEvents(
  meetings: readonly Meeting[],
  members: readonly Member[],
  opts: WantedOptions,
): WantedEvent[] {
  const keys = meetingKeys(meetings);
  return meetings.map((m, i) => {
    const times = meetingTimes(m, opts.timeZone);
    const { guests: people, withoutAddress } = groupMembers(members, m.group);
    const attendees: CalAttendee[] = people.map((p) => ({ email: p.email, displayName: p.name }));
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
      text: m.description.trim(),
      linkLabels: opts.links.map((l) => l.label),
      startMs: times.startMs,
      endMs: times.endMs,
      guests: attendees.map((a) => a.email!).sort(),
      names: Object.fromEntries(people.map((p) => [p.email, p.name])),
      withoutAddress: withoutAddress.map((p) =>
        p.sharedAddress
          ? { row: p.row, name: p.name, sharedAddress: p.sharedAddress }
          : { row: p.row, name: p.name },
      ),
      cancelled: m.cancelled,
      storedId: m.eventId.trim(),
      storedStatus: m.inviteStatus.trim(),
    };
  });
}
