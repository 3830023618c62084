/**
 * Builders for the invitation tests: typed meeting and member records, and a small calendar that applies
 * a plan's calls the way the Calendar API does (insert, patch merging objects and replacing arrays, remove
 * marking the event cancelled), so that a test can plan, apply and plan again.
 */

import { MEETING_HEADERS } from "../../examples/voorbeeldnetwerk";
import {
  type CalEvent,
  type ExistingEvent,
  existingFrom,
  MEETING_PROPERTY,
  SHEET_PROPERTY,
} from "../../src/core/invites/events";
import type { CalendarOp, CalendarState, InvitePlan, PlanOptions } from "../../src/core/invites/plan";
import { memberAddresses, type WantedOptions, wantedEvents } from "../../src/core/invites/wanted";
import type { Meeting, Member } from "../../src/core/records";

export const SHEET = "sheet-1";
export const AMS = "Europe/Amsterdam";
export const ORGANIZER = "coordinator@example.org";

let nextRow = 2;

export function member(over: Partial<Member> = {}): Member {
  return {
    row: nextRow++,
    name: "Anna de Vries",
    email: "anna@example.org",
    organisation: "",
    role: "",
    groups: ["Kerngroep"],
    active: true,
    ...over,
  };
}

export function meeting(over: Partial<Meeting> = {}): Meeting {
  return {
    row: 2,
    group: "Kerngroep",
    title: "Overleg",
    date: "2026-03-10",
    start: "14:00",
    end: "16:00",
    location: "Netwerkbureau",
    description: "Agenda volgt.",
    cancelled: false,
    eventId: "",
    inviteStatus: "",
    sentAt: null,
    ...over,
  };
}

export const MEMBERS: Member[] = [
  member({ row: 2, name: "Anna de Vries", email: "anna@example.org", groups: ["Kerngroep"] }),
  member({ row: 3, name: "Bas Jansen", email: "bas@example.org", groups: ["Kerngroep", "Bestuurders"] }),
  member({ row: 4, name: "Carla Smit", email: "carla@example.org", groups: ["Bestuurders"] }),
  member({ row: 5, name: "Dirk Bos", email: "dirk@example.org", groups: ["Kerngroep"], active: false }),
];

export const WANTED_OPTS: WantedOptions = {
  spreadsheetId: SHEET,
  timeZone: AMS,
  links: [{ label: "Dashboards", url: "https://docs.google.com/spreadsheets/d/sheet-1/edit" }],
};

/** WANTED_OPTS after a report was made: its link as the newest report's, beside the sheet's. */
export const withReport = (report: string): WantedOptions => ({
  ...WANTED_OPTS,
  links: [
    ...WANTED_OPTS.links,
    { label: "Nieuwste rapportage", url: `https://docs.google.com/document/d/${report}/edit` },
  ],
});

/** Plan options: run date 1 January 2026, mail on, the organizer known. */
export function planOpts(over: Partial<PlanOptions> = {}, members: readonly Member[] = MEMBERS): PlanOptions {
  return {
    spreadsheetId: SHEET,
    now: Date.parse("2026-01-01T08:00:00Z"),
    sendInvites: true,
    selfEmails: [ORGANIZER],
    memberEmails: memberAddresses(members),
    ...over,
  };
}

export const wanted = (meetings: Meeting[], members: readonly Member[] = MEMBERS, opts = WANTED_OPTS) =>
  wantedEvents(meetings, members, opts);

/** A Calendar API event made by the add-on for `SHEET` (or another sheet), as a list returns it. */
export function apiEvent(over: CalEvent & { key?: string; sheet?: string | null } = {}): CalEvent {
  const { key, sheet, ...rest } = over;
  const props: Record<string, string> = {};
  if (sheet !== null) props[SHEET_PROPERTY] = sheet ?? SHEET;
  if (key) props[MEETING_PROPERTY] = key;
  return {
    id: "ev1",
    status: "confirmed",
    summary: "Kerngroep: Overleg",
    location: "Netwerkbureau",
    start: { dateTime: "2026-03-10T14:00:00+01:00", timeZone: AMS },
    end: { dateTime: "2026-03-10T16:00:00+01:00", timeZone: AMS },
    organizer: { email: ORGANIZER, self: true },
    extendedProperties: { private: props },
    ...rest,
  };
}

/** A calendar that applies plans as the API would. */
export class FakeCalendar {
  readonly events = new Map<string, CalEvent>();
  readonly calls: CalendarOp[] = [];
  private n = 0;

  constructor(events: CalEvent[] = []) {
    for (const e of events) this.events.set(e.id!, structuredClone(e));
  }

  /** What a run reads: the add-on's events of SHEET, and those named in the rows that the list lacks. */
  state(storedIds: readonly string[] = [], sheet = SHEET): CalendarState {
    const all = [...this.events.values()].map((e) => existingFrom(e)!);
    const listed = all.filter((e) => e.sheet === sheet);
    const fetched = new Map<string, ExistingEvent | null>();
    for (const id of storedIds) {
      if (id === "" || listed.some((e) => e.id === id)) continue;
      fetched.set(id, all.find((e) => e.id === id) ?? null);
    }
    return { listed, fetched, referencedIds: new Set(storedIds.filter((id) => id !== "")) };
  }

  /** Applies every call of the plan; returns the event id each row ends with. */
  apply(plan: InvitePlan): Map<number, string> {
    const ids = new Map<number, string>();
    for (const item of plan.items) {
      let id = item.eventId;
      for (const op of item.ops) {
        this.calls.push(op);
        if (op.method === "insert") {
          id = `ev${++this.n}new`;
          this.events.set(id, {
            ...structuredClone(op.body),
            id,
            status: "confirmed",
            organizer: { email: ORGANIZER, self: true },
            attendees: (op.body.attendees ?? []).map((a) =>
              a.email === ORGANIZER ? { ...a, organizer: true, self: true } : { ...a },
            ),
          });
        } else if (op.method === "patch") {
          const before = this.events.get(op.eventId)!;
          this.events.set(op.eventId, merge(before, op.body));
        } else {
          this.events.get(op.eventId)!.status = "cancelled";
        }
      }
      if (item.ops.length > 0 || item.writeId) ids.set(item.row, id);
    }
    return ids;
  }
}

function merge(target: CalEvent, patch: CalEvent): CalEvent {
  const rec = (t: Record<string, unknown>, p: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...t };
    for (const [k, v] of Object.entries(p)) {
      if (v === null) delete out[k];
      else if (v && typeof v === "object" && !Array.isArray(v) && out[k] && typeof out[k] === "object")
        out[k] = rec(out[k] as Record<string, unknown>, v as Record<string, unknown>);
      else out[k] = structuredClone(v);
    }
    return out;
  };
  const out = rec(target as Record<string, unknown>, patch as Record<string, unknown>) as CalEvent;
  if (patch.attendees) {
    out.attendees = patch.attendees.map((a) =>
      a.email === ORGANIZER ? { ...a, organizer: true, self: true } : { ...a },
    );
  }
  return out;
}

/** The rows' meetings with the ids a run wrote back. */
export const withIds = (meetings: Meeting[], ids: Map<number, string>): Meeting[] =>
  meetings.map((m) => (ids.has(m.row) ? { ...m, eventId: ids.get(m.row)! } : m));

/** The `Vergaderingen` header row with the add-on's own columns, as Werkblad inrichten leaves it. */
export const MEETINGS_HEADER: string[] = [...MEETING_HEADERS];

/** A Vergaderingen row as a sheet holds it (Groep, Titel, Datum, Begintijd, Eindtijd, Locatie, …), not yet sent. */
export function meetingRow(
  date: string,
  { group = "Kerngroep", title = "Overleg", start = "14:00", end = "" } = {},
): (string | boolean)[] {
  return [group, title, date, start, end, "Bureau", "", false, "", "", ""];
}

/** The year-planning dialog's form: Kerngroep, four times from January, second Tuesday at 14:00. */
export const PLAN_FORM = {
  group: "Kerngroep",
  title: "Kerngroepoverleg",
  year: "2026",
  weekday: "2",
  week: "2",
  start: "14:00",
  end: "",
  location: "Netwerkbureau",
  description: "",
  mode: "count",
  count: "4",
  firstMonth: "1",
  months: [] as string[],
  exclude: "",
};
