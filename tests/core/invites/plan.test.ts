/**
 * core/invites/plan.ts: the rows compared with the calendar — every kind of item, the calls and the mail
 * each makes Google send, and that a plan applied and planned again does nothing and mails nobody.
 */
import * as fc from "fast-check";
import { existingFrom } from "../../../src/core/invites/events";
import { type InvitePlan, type PlanItem, planCounts, planInvites } from "../../../src/core/invites/plan";
import type { Meeting, Member } from "../../../src/core/records";
import {
  apiEvent,
  FakeCalendar,
  MEMBERS,
  meeting,
  member,
  ORGANIZER,
  planOpts,
  SHEET,
  WANTED_OPTS,
  wanted,
  withIds,
} from "../../support/invite-fixtures";

const KERNGROEP = ["anna@example.org", "bas@example.org"];

/** Plans `meetings` against `calendar`, as a run reads it. */
function plan(meetings: Meeting[], calendar: FakeCalendar, opts = planOpts(), members = MEMBERS) {
  return planInvites(wanted(meetings, members), calendar.state(meetings.map((m) => m.eventId)), opts);
}

/** Plans, applies, and returns the calendar and the meetings with their ids. */
function firstRun(meetings: Meeting[], members = MEMBERS) {
  const calendar = new FakeCalendar();
  const p = plan(meetings, calendar, planOpts({}, members), members);
  const ids = calendar.apply(p);
  return { calendar, meetings: withIds(meetings, ids), plan: p };
}

const only = (p: InvitePlan): PlanItem => {
  expect(p.items).toHaveLength(1);
  return p.items[0]!;
};
const mails = (i: PlanItem) => i.mail.map((m) => `${m.reason}:${m.to}`).sort();

describe("a new meeting", () => {
  test("is created with the active members of its group as guests, each invited", () => {
    const item = only(plan([meeting()], new FakeCalendar()));
    expect(item.kind).toBe("create");
    expect(item.writeId).toBe(true);
    expect(item.ops).toEqual([{ method: "insert", body: item.wanted.body, sendUpdates: "all" }]);
    expect(item.wanted.body).toMatchObject({
      summary: "Kerngroep: Overleg",
      location: "Netwerkbureau",
      start: { dateTime: "2026-03-10T14:00:00+01:00", timeZone: "Europe/Amsterdam" },
      end: { dateTime: "2026-03-10T16:00:00+01:00", timeZone: "Europe/Amsterdam" },
      attendees: [
        { email: "anna@example.org", displayName: "Anna de Vries" },
        { email: "bas@example.org", displayName: "Bas Jansen" },
      ],
    });
    // Dirk is in the group but not active; Carla is in another group.
    expect(mails(item)).toEqual(KERNGROEP.map((g) => `invited:${g}`));
  });

  test("with Uitnodigingen versturen off: created all the same, nobody mailed", () => {
    const item = only(plan([meeting()], new FakeCalendar(), planOpts({ sendInvites: false })));
    expect(item.kind).toBe("create");
    expect(item.ops[0]).toMatchObject({ method: "insert", sendUpdates: "none" });
    expect(item.mail).toEqual([]);
  });

  test("the organizer in the group is a guest but never mailed, and not 'added' on a re-run", () => {
    const members = [...MEMBERS, member({ name: "Coördinator", email: ORGANIZER, groups: ["Kerngroep"] })];
    const first = firstRun([meeting()], members);
    expect(first.plan.items[0]!.wanted.guests).toContain(ORGANIZER);
    expect(mails(first.plan.items[0]!)).toEqual(KERNGROEP.map((g) => `invited:${g}`));
    const again = plan(first.meetings, first.calendar, planOpts({}, members), members);
    expect(only(again)).toMatchObject({ kind: "unchanged", ops: [], mail: [] });
  });

  test("a group without active members gets an event without mail", () => {
    const item = only(plan([meeting({ group: "Werkgroep" })], new FakeCalendar()));
    expect(item.ops[0]).toMatchObject({ method: "insert", sendUpdates: "none" });
    expect(item.mail).toEqual([]);
  });
});

describe("a meeting that has its event", () => {
  /** Each row: what changes in the sheet, what the patch carries, how it mails. */
  test.each<[string, Partial<Meeting>, Member[] | null, string[], string, string[]]>([
    [
      "a new start time: every guest is told",
      { start: "15:00", end: "17:00" },
      null,
      ["time"],
      "all",
      KERNGROEP.map((g) => `updated:${g}`),
    ],
    [
      "a new place: every guest is told",
      { location: "Gemeentehuis" },
      null,
      ["place"],
      "all",
      KERNGROEP.map((g) => `updated:${g}`),
    ],
    ["a new title: no mail", { title: "Extra overleg" }, null, ["title"], "none", []],
    ["a new description: no mail", { description: "Stukken volgen." }, null, ["description"], "none", []],
    [
      "a new member of the group: invited; Google tells the others the guest list changed",
      {},
      [...MEMBERS, member({ name: "Eva", email: "eva@example.org", groups: ["Kerngroep"] })],
      ["guests"],
      "all",
      ["invited:eva@example.org", ...KERNGROEP.map((g) => `updated:${g}`)],
    ],
    [
      "a member who left the group: taken off without mail",
      {},
      MEMBERS.map((m) => (m.email === "bas@example.org" ? { ...m, groups: ["Bestuurders"] } : m)),
      ["guests"],
      "none",
      [],
    ],
    [
      "a member whose address was emptied or made invalid in Leden: taken off without mail",
      {},
      MEMBERS.map((m) => (m.email === "bas@example.org" ? { ...m, email: null } : m)),
      ["guests"],
      "none",
      [],
    ],
  ])("%s", (_name, change, members, changes, sendUpdates, expected) => {
    const first = firstRun([meeting()]);
    const next = first.meetings.map((m) => ({ ...m, ...change }));
    const p = plan(next, first.calendar, planOpts({}, members ?? MEMBERS), members ?? MEMBERS);
    const item = only(p);
    expect(item.kind).toBe("update");
    expect(item.changes.filter((c) => c !== "key")).toEqual(changes);
    expect(item.ops).toHaveLength(1);
    expect(item.ops[0]).toMatchObject({ method: "patch", eventId: item.eventId, sendUpdates });
    expect(mails(item)).toEqual(expected.sort());
    // Applied, the next run finds nothing to do.
    first.calendar.apply(p);
    expect(
      only(plan(next, first.calendar, planOpts({}, members ?? MEMBERS), members ?? MEMBERS)),
    ).toMatchObject({
      kind: "unchanged",
      ops: [],
      mail: [],
    });
  });

  test("the patch carries only what changed; a time change clears the all-day form", () => {
    const first = firstRun([meeting()]);
    const item = only(plan([{ ...first.meetings[0]!, start: "15:00", end: "17:00" }], first.calendar));
    expect(item.ops[0]).toEqual({
      method: "patch",
      eventId: item.eventId,
      sendUpdates: "all",
      body: {
        start: { date: null, dateTime: "2026-03-10T15:00:00+01:00", timeZone: "Europe/Amsterdam" },
        end: { date: null, dateTime: "2026-03-10T17:00:00+01:00", timeZone: "Europe/Amsterdam" },
        extendedProperties: item.wanted.body.extendedProperties,
      },
    });
  });

  test("a new time and a guest taken off: the guest goes quietly first, then the others are told", () => {
    const first = firstRun([meeting()]);
    const members = MEMBERS.map((m) => (m.email === "bas@example.org" ? { ...m, active: false } : m));
    const item = only(
      plan(
        [{ ...first.meetings[0]!, start: "10:00", end: "12:00" }],
        first.calendar,
        planOpts({}, members),
        members,
      ),
    );
    expect(item.ops.map((o) => [o.method, o.sendUpdates])).toEqual([
      ["patch", "none"],
      ["patch", "all"],
    ]);
    expect(item.ops[0]).toMatchObject({ body: { attendees: [{ email: "anna@example.org" }] } });
    expect(item.removed).toEqual(["bas@example.org"]);
    expect(mails(item)).toEqual(["updated:anna@example.org"]);
  });

  test("Uitnodigingen versturen off: changes go in, nobody is told", () => {
    const first = firstRun([meeting()]);
    const item = only(
      plan([{ ...first.meetings[0]!, location: "Elders" }], first.calendar, planOpts({ sendInvites: false })),
    );
    expect(item.ops).toEqual([expect.objectContaining({ method: "patch", sendUpdates: "none" })]);
    expect(item.mail).toEqual([]);
  });

  test("an event titled the old way (`Kerngroep: Kerngroepoverleg`) is renamed in place: no second event, no mail", () => {
    const first = firstRun([meeting({ title: "Kerngroepoverleg" })]);
    const id = first.meetings[0]!.eventId;
    // Made before titles that name their group were kept as they are.
    first.calendar.events.get(id)!.summary = "Kerngroep: Kerngroepoverleg";
    const item = only(plan(first.meetings, first.calendar));
    expect(item).toMatchObject({ kind: "update", eventId: id, changes: ["title"], mail: [] });
    expect(item.ops).toEqual([
      { method: "patch", eventId: id, body: { summary: "Kerngroepoverleg" }, sendUpdates: "none" },
    ]);
    // Also when its id never reached the sheet: found by its key (the title is not part of it).
    const lost = only(plan([{ ...first.meetings[0]!, eventId: "" }], first.calendar));
    expect(lost).toMatchObject({ kind: "update", note: "adopted", eventId: id, changes: ["title"] });
    first.calendar.apply({ items: [item], orphans: [], token: "" });
    expect(first.calendar.events.get(id)!.summary).toBe("Kerngroepoverleg");
    expect(only(plan(first.meetings, first.calendar))).toMatchObject({ kind: "unchanged", ops: [] });
    expect(first.calendar.events.size).toBe(1);
  });

  test("an event edited in Google Calendar is set back to the sheet", () => {
    const first = firstRun([meeting()]);
    const id = first.meetings[0]!.eventId;
    first.calendar.events.get(id)!.location = "Ergens anders";
    const item = only(plan(first.meetings, first.calendar));
    expect(item).toMatchObject({ kind: "update", changes: ["place"] });
  });
});

describe("a report of a new day: only the link in the description changes", () => {
  const SHEET_LINK = {
    label: "Dashboards en overzicht",
    url: "https://docs.google.com/spreadsheets/d/sheet-1/edit",
  };
  const reportLink = (id: string) => ({
    label: "Nieuwste rapportage",
    url: `https://docs.google.com/document/d/${id}/edit`,
  });
  const withLinks = (...links: { label: string; url: string }[]) => ({ ...WANTED_OPTS, links });
  /** Plans with the links of a run: the sheet's and, after a report, the newest report's. */
  const planWith = (
    meetings: Meeting[],
    calendar: FakeCalendar,
    report: string,
    opts = planOpts(),
    members = MEMBERS,
  ) =>
    planInvites(
      wanted(meetings, members, withLinks(SHEET_LINK, reportLink(report))),
      calendar.state(meetings.map((m) => m.eventId)),
      opts,
    );
  /** The first run, with the report of day 1. */
  const day1 = (meetings: Meeting[]) => {
    const calendar = new FakeCalendar();
    const ids = calendar.apply(planWith(meetings, calendar, "day1"));
    return { calendar, meetings: withIds(meetings, ids) };
  };

  test("the new link goes in quietly: the row stays unchanged, nobody is mailed", () => {
    const first = day1([meeting()]);
    const item = only(planWith(first.meetings, first.calendar, "day2"));
    expect(item).toMatchObject({ kind: "unchanged", changes: ["links"], mail: [], added: [], removed: [] });
    expect(item.ops).toEqual([
      {
        method: "patch",
        eventId: item.eventId,
        body: { description: item.wanted.body.description },
        sendUpdates: "none",
      },
    ]);
    expect(item.wanted.body.description).toContain(reportLink("day2").url);
    // Applied, the event carries the new link, and the next run has nothing to do.
    first.calendar.apply(planWith(first.meetings, first.calendar, "day2"));
    expect(first.calendar.events.get(item.eventId)!.description).toContain(reportLink("day2").url);
    expect(only(planWith(first.meetings, first.calendar, "day2"))).toMatchObject({
      kind: "unchanged",
      ops: [],
    });
  });

  test("also the first report's link, with mail off, and for every future meeting at once", () => {
    const meetings = [
      meeting({ row: 2 }),
      meeting({ row: 3, date: "2026-04-14" }),
      meeting({ row: 4, date: "2026-05-12" }),
    ];
    const calendar = new FakeCalendar();
    const ids = calendar.apply(
      planInvites(wanted(meetings, MEMBERS, withLinks(SHEET_LINK)), calendar.state(), planOpts()),
    );
    const p = planWith(withIds(meetings, ids), calendar, "first", planOpts({ sendInvites: false }));
    expect(planCounts(p)).toMatchObject({ update: 0, unchanged: 3 });
    expect(p.items.flatMap((i) => i.mail)).toEqual([]);
    expect(p.items.map((i) => i.ops.map((o) => o.sendUpdates))).toEqual([["none"], ["none"], ["none"]]);
  });

  test.each<[string, Partial<Meeting>, Member[] | null, string[], string, string[]]>([
    [
      "a new time: an update, every guest told, the new link with it",
      { start: "15:00", end: "17:00" },
      null,
      ["time", "links"],
      "all",
      KERNGROEP.map((g) => `updated:${g}`),
    ],
    [
      "a new member of the group: an update, she is invited (Google tells the others)",
      {},
      [...MEMBERS, member({ name: "Eva", email: "eva@example.org", groups: ["Kerngroep"] })],
      ["links", "guests"],
      "all",
      ["invited:eva@example.org", ...KERNGROEP.map((g) => `updated:${g}`)],
    ],
    [
      "a new Omschrijving: an update, no mail",
      { description: "Stukken volgen." },
      null,
      ["description"],
      "none",
      [],
    ],
  ])("a real change with it still counts: %s", (_name, change, members, changes, sendUpdates, expected) => {
    const first = day1([meeting()]);
    const next = first.meetings.map((m) => ({ ...m, ...change }));
    const people = members ?? MEMBERS;
    const item = only(planWith(next, first.calendar, "day2", planOpts({}, people), people));
    expect(item.kind).toBe("update");
    expect(item.changes.filter((c) => c !== "key")).toEqual(changes);
    expect(item.ops.at(-1)).toMatchObject({
      method: "patch",
      sendUpdates,
      body: { description: item.wanted.body.description },
    });
    expect(mails(item)).toEqual(expected.sort());
  });

  test("text typed into the event in Google Calendar is a change of the description, set back", () => {
    const first = day1([meeting()]);
    const id = first.meetings[0]!.eventId;
    const ev = first.calendar.events.get(id)!;
    ev.description = `${ev.description}\nBel mij even.`;
    expect(only(planWith(first.meetings, first.calendar, "day1"))).toMatchObject({
      kind: "update",
      changes: ["description"],
      mail: [],
    });
  });
});

describe("Geannuleerd", () => {
  test("deletes the event and tells its guests", () => {
    const first = firstRun([meeting()]);
    const item = only(plan([{ ...first.meetings[0]!, cancelled: true }], first.calendar));
    expect(item.kind).toBe("cancel");
    expect(item.ops).toEqual([{ method: "remove", eventId: item.eventId, sendUpdates: "all" }]);
    expect(mails(item)).toEqual(KERNGROEP.map((g) => `cancelled:${g}`));
    first.calendar.apply(plan([{ ...first.meetings[0]!, cancelled: true }], first.calendar));
    // Cancelled once: the next run leaves it.
    const again = only(plan([{ ...first.meetings[0]!, cancelled: true }], first.calendar));
    expect(again).toMatchObject({ kind: "unchanged", note: "nothingToCancel", ops: [] });
  });

  test("a guest on the event who is not in Leden is taken off quietly before the others are told", () => {
    const calendar = new FakeCalendar([
      apiEvent({
        id: "ev1",
        attendees: [{ email: "anna@example.org" }, { email: "stranger@elders.nl" }],
      }),
    ]);
    const item = only(plan([meeting({ eventId: "ev1", cancelled: true })], calendar));
    expect(item.ops.map((o) => [o.method, o.sendUpdates])).toEqual([
      ["patch", "none"],
      ["remove", "all"],
    ]);
    expect(mails(item)).toEqual(["cancelled:anna@example.org"]);
  });

  test("with no event (never sent): nothing to do", () => {
    const item = only(plan([meeting({ cancelled: true })], new FakeCalendar()));
    expect(item).toMatchObject({ kind: "unchanged", note: "nothingToCancel", ops: [], mail: [] });
  });
});

describe("events that are gone, lost or not ours", () => {
  test("an id whose event was deleted in Google Calendar: made again, guests invited", () => {
    const first = firstRun([meeting()]);
    const id = first.meetings[0]!.eventId;
    first.calendar.events.get(id)!.status = "cancelled";
    const item = only(plan(first.meetings, first.calendar));
    expect(item).toMatchObject({ kind: "recreate", previousId: id, writeId: true });
    expect(item.ops[0]).toMatchObject({ method: "insert", sendUpdates: "all" });
    expect(mails(item)).toEqual(KERNGROEP.map((g) => `invited:${g}`));
  });

  test("an id the calendar does not know at all: made again", () => {
    const item = only(plan([meeting({ eventId: "gone123" })], new FakeCalendar()));
    expect(item).toMatchObject({ kind: "recreate", previousId: "gone123" });
  });

  test("an event made but whose id never reached the sheet is found by its key, not made twice", () => {
    const first = firstRun([meeting()]);
    const lost = [{ ...first.meetings[0]!, eventId: "" }];
    const item = only(plan(lost, first.calendar));
    expect(item).toMatchObject({ kind: "unchanged", note: "adopted", writeId: true, ops: [], mail: [] });
    expect(item.eventId).toBe(first.meetings[0]!.eventId);
    // Also when the row changed meanwhile (but not its group, date or start): adopted and updated.
    const changed = only(plan([{ ...lost[0]!, location: "Elders" }], first.calendar));
    expect(changed).toMatchObject({ kind: "update", note: "adopted", writeId: true, changes: ["place"] });
  });

  test("an id of an event the add-on did not make for this spreadsheet is never touched", () => {
    const calendar = new FakeCalendar([
      apiEvent({ id: "own1", sheet: null }),
      apiEvent({ id: "copy1", sheet: "other" }),
    ]);
    for (const id of ["own1", "copy1"]) {
      const item = only(plan([meeting({ eventId: id, location: "Elders" })], calendar));
      expect(item).toMatchObject({ kind: "skipped", note: "foreign", ops: [], mail: [] });
    }
  });

  test("a copied row with the same Agenda-ID gets its own event; the original keeps it", () => {
    const first = firstRun([meeting()]);
    const id = first.meetings[0]!.eventId;
    const copy = { ...first.meetings[0]!, row: 3, date: "2026-04-14", eventId: id };
    const p = plan([first.meetings[0]!, copy], first.calendar);
    expect(p.items.map((i) => [i.row, i.kind, i.note])).toEqual([
      [2, "unchanged", null],
      [3, "create", "duplicateId"],
    ]);
    // The row that carries the event's key keeps it, also when it comes second.
    const swapped = plan(
      [
        { ...copy, row: 2 },
        { ...first.meetings[0]!, row: 3 },
      ],
      first.calendar,
    );
    expect(swapped.items.map((i) => [i.row, i.kind])).toEqual([
      [2, "create"],
      [3, "unchanged"],
    ]);
  });

  test("an event of the add-on that no row names is listed and left alone", () => {
    const first = firstRun([meeting(), meeting({ row: 3, date: "2026-04-14" })]);
    const p = plan([first.meetings[0]!], first.calendar);
    expect(p.items.map((i) => i.kind)).toEqual(["unchanged"]);
    expect(p.orphans.map((o) => o.id)).toEqual([first.meetings[1]!.eventId]);
  });

  test("a meeting that has ended is left alone: nothing made, nobody mailed", () => {
    const p = plan([meeting({ date: "2025-12-01" })], new FakeCalendar());
    expect(only(p)).toMatchObject({ kind: "past", ops: [], mail: [] });
    // Ends exactly at the run's time: past too; still busy: not.
    const now = Date.parse("2026-03-10T15:00:00Z");
    expect(only(plan([meeting()], new FakeCalendar(), planOpts({ now }))).kind).toBe("past");
    expect(only(plan([meeting()], new FakeCalendar(), planOpts({ now: now - 1 }))).kind).toBe("create");
  });
});

describe("the plan as a whole", () => {
  test("counts per kind, and a token that changes when what the plan does changes", () => {
    const first = firstRun([meeting(), meeting({ row: 3, date: "2026-04-14" })]);
    const same = plan(first.meetings, first.calendar);
    expect(planCounts(same)).toMatchObject({ unchanged: 2, create: 0 });
    expect(plan(first.meetings, first.calendar).token).toBe(same.token);
    const moved = plan([first.meetings[0]!, { ...first.meetings[1]!, start: "09:00" }], first.calendar);
    expect(moved.token).not.toBe(same.token);
  });

  test("existingFrom reads an event the way the plan compares it", () => {
    expect(
      existingFrom(
        apiEvent({
          key: "m1",
          attendees: [
            { email: "B@x.nl" },
            { email: ORGANIZER, organizer: true },
            { email: "room@r", resource: true },
          ],
        }),
      ),
    ).toMatchObject({
      id: "ev1",
      sheet: SHEET,
      key: "m1",
      guests: ["b@x.nl"],
      organizer: ORGANIZER,
      cancelled: false,
    });
  });

  test("property: any sheet, planned and applied, then planned again: nothing to do, nobody mailed", () => {
    const people = ["anna", "bas", "carla", "dirk", "eva"].map((n, i) =>
      member({ row: i + 2, name: n, email: `${n}@example.org` }),
    );
    const groupsArb = fc.constantFrom(["Kerngroep"], ["Bestuurders"], ["Kerngroep", "Bestuurders"], []);
    const meetingArb = fc.record({
      group: fc.constantFrom("Kerngroep", "Bestuurders"),
      title: fc.constantFrom("", "Overleg", "Kerngroep", "Kerngroepoverleg", "=1+1", "<b>x</b>"),
      day: fc.integer({ min: 0, max: 364 }),
      start: fc.option(fc.constantFrom("02:30", "09:00", "14:00", "23:00"), { nil: null }),
      location: fc.constantFrom("", "Bureau", " Bureau "),
      cancelled: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(groupsArb, { minLength: 5, maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        fc.array(meetingArb, { maxLength: 8 }),
        fc.boolean(),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        (groups, active, specs, sendInvites, addressed) => {
          const members: Member[] = people.map((p, i) => ({
            ...p,
            email: addressed[i] ? p.email : null,
            groups: [...groups[i]!],
            active: active[i]!,
          }));
          const meetings = specs.map((s, i) =>
            meeting({
              row: i + 2,
              group: s.group,
              title: s.title,
              date: new Date(Date.UTC(2026, 0, 1 + s.day)).toISOString().slice(0, 10),
              start: s.start,
              end:
                s.start === null
                  ? null
                  : s.start === "23:00"
                    ? "23:59"
                    : `${String(Number(s.start.slice(0, 2)) + 2).padStart(2, "0")}:00`,
              location: s.location,
              cancelled: s.cancelled,
            }),
          );
          const opts = planOpts({ sendInvites }, members);
          const calendar = new FakeCalendar();
          const first = planInvites(wanted(meetings, members), calendar.state([]), opts);
          // Mail only to addresses in Leden: a member without one is never a guest.
          const addresses = new Set(opts.memberEmails);
          for (const m of first.items.flatMap((i) => i.mail)) expect(addresses.has(m.to)).toBe(true);
          const ids = calendar.apply(first);
          const next = withIds(meetings, ids);
          const second = planInvites(wanted(next, members), calendar.state(next.map((m) => m.eventId)), opts);
          for (const item of second.items) {
            expect([item.row, item.kind, item.ops, item.mail]).toEqual([
              item.row,
              item.kind === "past" ? "past" : "unchanged",
              [],
              [],
            ]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
