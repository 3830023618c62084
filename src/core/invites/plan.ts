/**
 * The invitation plan (PRODUCT.md §5): the events the sheet asks for compared with the events the calendar
 * has, as the calls that bring the calendar in line and the mails those calls make Google send.
 *
 * Per meeting row, in sheet order:
 * - `create`    no event yet: insert it;
 * - `update`    its event differs: patch what differs (time, place, title, description, guests added and
 *               removed);
 * - `cancel`    `Geannuleerd` and its event is still there: delete it, telling its guests;
 * - `recreate`  `Agenda-ID` names an event that is gone (deleted in Google Calendar): insert a new one;
 * - `unchanged` nothing to do, or only the add-on's links in the description to bring in line, quietly;
 * - `past`      the meeting has ended: left alone, no mail about the past;
 * - `skipped`   `Agenda-ID` names an event this add-on did not make for this spreadsheet: never touched.
 *
 * The add-on knows its events by two private extended properties (events.ts). A row whose event was made
 * but whose id never reached the sheet (a run that was cut off) finds it again by its meeting key and
 * adopts it instead of making a second one.
 *
 * Mail (`sendUpdates`), decided per call and never because of a re-run:
 * - a new event: every guest gets an invitation;
 * - its time or place changed: every guest is told (guests new to it get the invitation);
 * - guests were added: they get the invitation — and Google then tells the event's other guests that the
 *   guest list changed (the API cannot mail only some guests);
 * - only title, description or guests removed: no mail; guests removed are taken off silently, so mail
 *   only ever goes to the event's current guests, all of them addresses from `Leden`;
 * - only the add-on's links in the description (a report of a new day has a new link): the event is patched
 *   quietly and the row stays `unchanged` — nothing for the coordinator to review, nobody mailed;
 * - cancelled: every guest in `Leden` is told; addresses on the event that are not in `Leden` are taken
 *   off silently first;
 * - with `Uitnodigingen versturen` off: no mail at all (`sendUpdates: "none"`).
 * The organizer (the calendar's owner) is never mailed about their own change, as Google does.
 */
import type { CalAttendee, CalEvent, ExistingEvent } from "./events";
import { hash64, MEETING_PROPERTY } from "./events";
import { type CalTime, timeKey } from "./times";
import { clean, differsInLinksOnly, type WantedEvent } from "./wanted";

export type SendUpdates = "all" | "none";

export type CalendarOp =
  | { method: "insert"; body: CalEvent; sendUpdates: SendUpdates }
  | { method: "patch"; eventId: string; body: CalEvent; sendUpdates: SendUpdates }
  | { method: "remove"; eventId: string; sendUpdates: SendUpdates };

export type MailReason = "invited" | "updated" | "cancelled";

export interface Mail {
  to: string;
  reason: MailReason;
}

/**
 * What differs between a row and its event; `zone` and `key` are invisible to guests; `links` is a
 * description that differs in the add-on's link lines alone (differsInLinksOnly).
 */
export type Change = "time" | "place" | "title" | "description" | "links" | "guests" | "zone" | "key";

/** Changes that are no change of the meeting: the event is brought in line quietly and the row stays unchanged. */
const QUIET_CHANGES: readonly Change[] = ["links"];

export type ItemKind = "create" | "update" | "cancel" | "recreate" | "unchanged" | "past" | "skipped";

/** Why an item is as it is, beyond its kind. */
export type ItemNote =
  /** Found by its meeting key: its id never reached the sheet. */
  | "adopted"
  /** `Agenda-ID` also stands in another row (a copied row): this row gets its own event. */
  | "duplicateId"
  /** `Agenda-ID` names an event not made by the add-on for this spreadsheet. */
  | "foreign"
  /** `Geannuleerd`, and there is no event to cancel. */
  | "nothingToCancel";

export interface PlanItem {
  row: number;
  key: string;
  kind: ItemKind;
  /** The event worked on or kept; "" for a create or recreate until it is made. */
  eventId: string;
  /** For a recreate: the id of the event that is gone. */
  previousId: string;
  note: ItemNote | null;
  /** The row's `Agenda-ID` must be written (a found event, a new one, a copied row's own). */
  writeId: boolean;
  changes: Change[];
  /** Guests added to and removed from the event. */
  added: string[];
  removed: string[];
  /** The event as it was, for the preview (null when there was none). */
  before: ExistingEvent | null;
  ops: CalendarOp[];
  /** The mails Google will send because of these calls. */
  mail: Mail[];
  wanted: WantedEvent;
}

export interface InvitePlan {
  items: PlanItem[];
  /** The add-on's events of this spreadsheet that no row names any more: left alone, listed. */
  orphans: ExistingEvent[];
  /** A fingerprint of everything the plan will do: the preview shows it, the confirmation checks it. */
  token: string;
}

export interface PlanOptions {
  spreadsheetId: string;
  /** The run's time: meetings that ended before it are left alone. */
  now: number;
  /** `Uitnodigingen versturen`. */
  sendInvites: boolean;
  /** Addresses Google never mails about a change: the calendar's owner (lower case). */
  selfEmails: readonly string[];
  /** Every address in `Leden` (lower case): nobody else is ever mailed. */
  memberEmails: readonly string[];
}

export interface CalendarState {
  /** The add-on's events of this spreadsheet (deleted ones too), from one list. */
  listed: readonly ExistingEvent[];
  /** Events named in `Agenda-ID` that the list did not have: the event, or null when it is not found. */
  fetched: ReadonlyMap<string, ExistingEvent | null>;
  /** Every `Agenda-ID` in the tab, rows with errors included (their events are not orphans). */
  referencedIds: ReadonlySet<string>;
}

const minus = (a: readonly string[], b: readonly string[]) => {
  const set = new Set(b);
  return a.filter((x) => !set.has(x));
};

/** Every mail Google sends for one call: who and why (see the file comment). */
export function mailsFor(
  before: readonly string[] | null,
  after: readonly string[] | null,
  visibleChange: boolean,
  sendUpdates: SendUpdates,
  self: ReadonlySet<string>,
): Mail[] {
  if (sendUpdates === "none") return [];
  const old = (before ?? []).filter((g) => !self.has(g));
  const now = (after ?? []).filter((g) => !self.has(g));
  const out: Mail[] = [];
  for (const g of minus(old, now)) out.push({ to: g, reason: "cancelled" });
  const oldSet = new Set(old);
  for (const g of now) {
    if (!oldSet.has(g)) out.push({ to: g, reason: "invited" });
    else if (visibleChange) out.push({ to: g, reason: "updated" });
  }
  return out;
}

const attendeesFor = (emails: readonly string[], wanted: WantedEvent): CalAttendee[] =>
  emails.map((email) => (wanted.names[email] ? { email, displayName: wanted.names[email] } : { email }));

/** A start or end for a patch: the other form cleared, so a timed event can become all-day and back. */
const patchTime = (t: CalTime): CalTime =>
  t.date ? { date: t.date, dateTime: null, timeZone: null } : { date: null, ...t };

/** What differs between the wanted event and the one there is. */
export function changesOf(wanted: WantedEvent, ev: ExistingEvent, self: ReadonlySet<string>) {
  const b = wanted.body;
  const changes: Change[] = [];
  if (timeKey(b.start) !== timeKey(ev.start) || timeKey(b.end) !== timeKey(ev.end)) changes.push("time");
  if (clean(b.location ?? "") !== clean(ev.location)) changes.push("place");
  if (clean(b.summary ?? "") !== clean(ev.summary)) changes.push("title");
  if (clean(b.description ?? "") !== clean(ev.description))
    changes.push(differsInLinksOnly(wanted, ev.description) ? "links" : "description");
  const want = wanted.guests.filter((g) => !self.has(g));
  const have = ev.guests.filter((g) => !self.has(g));
  const added = minus(want, have);
  const removed = minus(have, want);
  if (added.length > 0 || removed.length > 0) changes.push("guests");
  const zone = (t: CalTime | null | undefined) => (t?.dateTime ? (t.timeZone ?? "") : "");
  if (!changes.includes("time") && (zone(b.start) !== zone(ev.start) || zone(b.end) !== zone(ev.end)))
    changes.push("zone");
  if (ev.key !== wanted.key) changes.push("key");
  return { changes, added, removed };
}

function baseItem(wanted: WantedEvent, kind: ItemKind): PlanItem {
  return {
    row: wanted.row,
    key: wanted.key,
    kind,
    eventId: "",
    previousId: "",
    note: null,
    writeId: false,
    changes: [],
    added: [],
    removed: [],
    before: null,
    ops: [],
    mail: [],
    wanted,
  };
}

function createItem(wanted: WantedEvent, kind: "create" | "recreate", opts: Ctx): PlanItem {
  const guests = wanted.guests.filter((g) => !opts.self.has(g));
  const sendUpdates: SendUpdates = opts.sendInvites && guests.length > 0 ? "all" : "none";
  return {
    ...baseItem(wanted, kind),
    writeId: true,
    added: guests,
    ops: [{ method: "insert", body: wanted.body, sendUpdates }],
    mail: mailsFor(null, guests, false, sendUpdates, opts.self),
  };
}

function updateItem(wanted: WantedEvent, ev: ExistingEvent, opts: Ctx): PlanItem {
  const self = new Set([...opts.self, ...(ev.organizer ? [ev.organizer] : [])]);
  const { changes, added, removed } = changesOf(wanted, ev, self);
  const item: PlanItem = {
    ...baseItem(wanted, "unchanged"),
    eventId: ev.id,
    before: ev,
    changes,
    added,
    removed,
  };
  if (changes.length === 0) return item;
  const b = wanted.body;
  const body: CalEvent = {};
  if (changes.includes("time") || changes.includes("zone")) {
    body.start = patchTime(b.start ?? {});
    body.end = patchTime(b.end ?? {});
  }
  if (changes.includes("place")) body.location = b.location ?? "";
  if (changes.includes("title")) body.summary = b.summary ?? "";
  if (changes.includes("description") || changes.includes("links")) body.description = b.description ?? "";
  if (changes.includes("guests")) body.attendees = b.attendees ?? [];
  if (changes.includes("key")) body.extendedProperties = b.extendedProperties ?? {};

  const want = wanted.guests.filter((g) => !self.has(g));
  const timeOrPlace = changes.includes("time") || changes.includes("place");
  const mailAll = opts.sendInvites && want.length > 0 && (timeOrPlace || added.length > 0);
  const ops: CalendarOp[] = [];
  const mail: Mail[] = [];
  let current = ev.guests;
  if (mailAll && removed.length > 0) {
    // Guests taken off are not mailed: remove them quietly before the call that mails the others.
    const staying = minus(ev.guests, removed);
    ops.push({
      method: "patch",
      eventId: ev.id,
      body: { attendees: attendeesFor(staying, wanted) },
      sendUpdates: "none",
    });
    current = staying;
  }
  const sendUpdates: SendUpdates = mailAll ? "all" : "none";
  ops.push({ method: "patch", eventId: ev.id, body, sendUpdates });
  const visible = timeOrPlace || changes.some((c) => c === "title" || c === "description" || c === "guests");
  const after = changes.includes("guests") ? wanted.guests : current;
  mail.push(...mailsFor(current, after, visible, sendUpdates, self));
  // Only the links changed: the new link goes in quietly (no mail, see above) and nothing is to review.
  const kind = changes.every((c) => QUIET_CHANGES.includes(c)) ? "unchanged" : "update";
  return { ...item, kind, ops, mail };
}

function cancelItem(wanted: WantedEvent, ev: ExistingEvent, opts: Ctx): PlanItem {
  const self = new Set([...opts.self, ...(ev.organizer ? [ev.organizer] : [])]);
  const known = new Set(opts.memberEmails);
  const strangers = ev.guests.filter((g) => !known.has(g));
  const ops: CalendarOp[] = [];
  let current = ev.guests;
  if (strangers.length > 0) {
    current = minus(ev.guests, strangers);
    ops.push({
      method: "patch",
      eventId: ev.id,
      body: { attendees: attendeesFor(current, wanted) },
      sendUpdates: "none",
    });
  }
  const told = current.filter((g) => !self.has(g));
  const sendUpdates: SendUpdates = opts.sendInvites && told.length > 0 ? "all" : "none";
  ops.push({ method: "remove", eventId: ev.id, sendUpdates });
  return {
    ...baseItem(wanted, "cancel"),
    eventId: ev.id,
    before: ev,
    removed: current.filter((g) => !self.has(g)),
    ops,
    mail: mailsFor(current, [], true, sendUpdates, self),
  };
}

interface Ctx {
  self: ReadonlySet<string>;
  sendInvites: boolean;
  memberEmails: readonly string[];
}

export function planInvites(
  wanted: readonly WantedEvent[],
  state: CalendarState,
  opts: PlanOptions,
): InvitePlan {
  const ctx: Ctx = {
    self: new Set(opts.selfEmails.map((e) => e.toLowerCase())),
    sendInvites: opts.sendInvites,
    memberEmails: opts.memberEmails.map((e) => e.toLowerCase()),
  };
  const byId = new Map<string, ExistingEvent>();
  for (const ev of state.listed) byId.set(ev.id, ev);
  for (const [id, ev] of state.fetched) if (ev && !byId.has(id)) byId.set(id, ev);
  const ours = (ev: ExistingEvent) => ev.sheet === opts.spreadsheetId;

  // A stored id belongs to one row: the one whose key the event carries, else the first that names it.
  const rowsById = new Map<string, WantedEvent[]>();
  for (const w of wanted) {
    if (w.storedId !== "") rowsById.set(w.storedId, [...(rowsById.get(w.storedId) ?? []), w]);
  }
  const owner = new Map<string, number>();
  for (const [id, rows] of rowsById) {
    const ev = byId.get(id);
    owner.set(id, (rows.find((r) => ev?.key === r.key) ?? rows[0]!).row);
  }

  // Live events of the add-on that no row names: found again by key, or listed as left alone.
  const orphans = new Map<string, ExistingEvent[]>();
  for (const ev of state.listed) {
    if (ev.cancelled || !ours(ev) || state.referencedIds.has(ev.id) || ev.key === null) continue;
    orphans.set(ev.key, [...(orphans.get(ev.key) ?? []), ev]);
  }
  const adopt = (key: string): ExistingEvent | null => {
    const list = orphans.get(key);
    const ev = list?.shift() ?? null;
    if (list && list.length === 0) orphans.delete(key);
    return ev;
  };

  const items = wanted.map((w): PlanItem => {
    const duplicate = w.storedId !== "" && owner.get(w.storedId) !== w.row;
    const storedId = duplicate ? "" : w.storedId;
    const stored = storedId === "" ? null : (byId.get(storedId) ?? null);
    let item: PlanItem;
    if (stored && !stored.cancelled && !ours(stored)) {
      item = { ...baseItem(w, "skipped"), eventId: stored.id, before: stored, note: "foreign" };
    } else {
      const alive = stored && !stored.cancelled ? stored : null;
      const found = alive ? null : adopt(w.key);
      const event = alive ?? found;
      if (w.endMs <= opts.now) item = { ...baseItem(w, "past"), eventId: event?.id ?? storedId };
      else if (w.cancelled && event) item = cancelItem(w, event, ctx);
      else if (w.cancelled)
        item = { ...baseItem(w, "unchanged"), eventId: storedId, note: "nothingToCancel" };
      else if (event) item = updateItem(w, event, ctx);
      else if (storedId !== "") item = { ...createItem(w, "recreate", ctx), previousId: storedId };
      else item = createItem(w, "create", ctx);
      if (found) item = { ...item, note: "adopted", writeId: true };
    }
    if (duplicate) item = { ...item, note: item.note ?? "duplicateId" };
    return item;
  });

  const left = [...orphans.values()].flat();
  return { items, orphans: left, token: planToken(items, left) };
}

/** A fingerprint of what the plan will do: the calls (bodies included), the mails, the ids it writes. */
export function planToken(items: readonly PlanItem[], orphans: readonly ExistingEvent[]): string {
  const what = items.map((i) => [i.row, i.kind, i.eventId, i.writeId, i.ops, i.mail]);
  return hash64(JSON.stringify([what, orphans.map((o) => o.id)]));
}

/** A row that stays unchanged but whose event gets the new links, quietly (see QUIET_CHANGES). */
export const refreshesLinks = (item: PlanItem): boolean =>
  item.kind === "unchanged" && item.ops.length > 0 && item.changes.includes("links");

/** How many rows of each kind. */
export function planCounts(plan: InvitePlan): Record<ItemKind, number> {
  const out: Record<ItemKind, number> = {
    create: 0,
    update: 0,
    cancel: 0,
    recreate: 0,
    unchanged: 0,
    past: 0,
    skipped: 0,
  };
  for (const i of plan.items) out[i.kind] += 1;
  return out;
}

/** The key the event of a create carries, for finding it again after a failed call. */
export const keyOfBody = (body: CalEvent): string =>
  body.extendedProperties?.private?.[MEETING_PROPERTY] ?? "";
