/**
 * `npm start --state`: three runs on the example network, and three on a partner's export of another
 * network, as clicks of the coordinator in the same account with edits in between; checked against a
 * computation of their own from the records (examples/voorbeeldnetwerk.ts, support/e2e-fixture.ts) and with
 * uitnodigingen.ics read back by an independent parser (ical.js).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ICAL from "ical.js";
import { EXAMPLE_MEETINGS, EXAMPLE_MEMBERS } from "../../examples/voorbeeldnetwerk";
import { Account } from "../../local/emulator/account";
import { calendarDataOf, eventsOf } from "../../local/emulator/calendar";
import { ROOT } from "../support/addon";
import { cellOf, MEMBERS, rowsOf, writeFixture } from "../support/e2e-fixture";

const CLI = path.join(ROOT, "build", "local", "cli.js");
let tmp = "";
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkplan-invites-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The organizer: the emulated account's user, whom Google never mails about their own events. */
const ORGANIZER = "coordinator@example.org";

/** Amsterdam in 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC. */
function utc(date: Date, time: string): number {
  const iso = date.toISOString().slice(0, 10);
  const [h, m] = time.split(":").map(Number) as [number, number];
  const local = Date.UTC(
    Number(iso.slice(0, 4)),
    Number(iso.slice(5, 7)) - 1,
    Number(iso.slice(8, 10)),
    h,
    m,
  );
  const summer = local - 3600_000 >= Date.UTC(2026, 2, 29, 1) && local - 7200_000 < Date.UTC(2026, 9, 25, 1);
  return local - (summer ? 2 : 1) * 3600_000;
}

/** What the example asks for, computed here: per meeting its title, instants and guests. */
const expected = EXAMPLE_MEETINGS.map((m, i) => {
  const guests = EXAMPLE_MEMBERS.filter((p) => p.Actief && p.Groepen.split(", ").includes(m.Groep))
    .map((p) => p["E-mail"].toLowerCase())
    .sort();
  return {
    row: i + 2,
    // The title alone when it names the group (Kerngroepoverleg, or the group itself).
    title: m.Titel.toLowerCase().includes(m.Groep.toLowerCase()) ? m.Titel : `${m.Groep}: ${m.Titel}`,
    start: utc(m.Datum, m.Begintijd),
    end: utc(m.Datum, m.Eindtijd),
    guests,
  };
});

interface Summary {
  actions: { name: string; outcome: string; calls: Record<string, number> }[];
  report: { url: string } | null;
  invites: {
    created: number;
    updated: number;
    cancelled: number;
    recreated: number;
    unchanged: number;
    mailed: string[];
    events: { row: number; eventId: string; title: string; start: string; end: string; guests: string[] }[];
  };
}

function run(out: string, state: string): Summary {
  const r = cli("--out", out, "--state", state, "--today", "2026-01-05");
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(fs.readFileSync(path.join(out, "samenvatting.json"), "utf8")) as Summary;
}

function readIcs(out: string) {
  const text = fs.readFileSync(path.join(out, "uitnodigingen.ics"), "utf8");
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      start: e.startDate.toJSDate().getTime(),
      end: e.endDate.toJSDate().getTime(),
      status: String(v.getFirstPropertyValue("status")),
      attendees: e.attendees
        .map((a) =>
          String(a.getFirstValue())
            .replace(/^mailto:/i, "")
            .toLowerCase(),
        )
        .sort(),
    };
  });
}

test("three runs in one account: all events and invitations, then nothing, then one update mailing its guests", () => {
  const state = path.join(tmp, "state");
  const mailsOf = () => calendarDataOf(Account.load(state)!).mails;

  // 1. Every meeting becomes one event; every guest is invited once per meeting.
  const first = run(path.join(tmp, "out1"), state);
  const action = first.actions.find((a) => a.name === "Uitnodigingen versturen…")!;
  expect(action.outcome).toBe("ok");
  expect(first.invites).toMatchObject({
    created: expected.length,
    updated: 0,
    cancelled: 0,
    recreated: 0,
    unchanged: 0,
  });
  const allGuests = [...new Set(expected.flatMap((e) => e.guests))].filter((g) => g !== ORGANIZER).sort();
  expect(first.invites.mailed).toEqual(allGuests);
  expect(
    first.invites.events.map((e) => ({
      row: e.row,
      title: e.title,
      start: Date.parse(e.start),
      end: Date.parse(e.end),
      guests: e.guests,
    })),
  ).toEqual(expected);
  const mails1 = mailsOf();
  expect(mails1).toHaveLength(expected.flatMap((e) => e.guests).length);
  expect(new Set(mails1.map((m) => m.reason))).toEqual(new Set(["invited"]));
  // The .ics, read by ical.js: one VEVENT per event, its UID from the event id, times and attendees.
  const ics1 = readIcs(path.join(tmp, "out1"));
  expect(ics1.map((e) => e.uid).sort()).toEqual(
    first.invites.events.map((e) => `${e.eventId}@netwerkplan`).sort(),
  );
  const byUid = new Map(ics1.map((e) => [e.uid, e]));
  for (const ev of first.invites.events) {
    const want = expected.find((x) => x.row === ev.row)!;
    expect(byUid.get(`${ev.eventId}@netwerkplan`)).toEqual({
      uid: `${ev.eventId}@netwerkplan`,
      summary: want.title,
      start: want.start,
      end: want.end,
      status: "CONFIRMED",
      attendees: want.guests,
    });
  }
  // The calendar calls of the action: one list for the preview, one for the confirmation, one insert each.
  expect(action.calls["Calendar.Events.list"]).toBe(2);
  expect(action.calls["Calendar.Events.insert"]).toBe(expected.length);

  // 2. Nothing changed: nothing made, nobody mailed, the same events.
  const second = run(path.join(tmp, "out2"), state);
  expect(second.invites).toMatchObject({ created: 0, updated: 0, unchanged: expected.length, mailed: [] });
  expect(mailsOf()).toHaveLength(mails1.length);
  expect(
    readIcs(path.join(tmp, "out2"))
      .map((e) => e.uid)
      .sort(),
  ).toEqual(ics1.map((e) => e.uid).sort());
  const action2 = second.actions.find((a) => a.name === "Uitnodigingen versturen…")!;
  expect(Object.keys(action2.calls).filter((k) => /Events\.(insert|patch|remove)/.test(k))).toEqual([]);

  // 3. One meeting moves an hour: that event is updated, and only its guests are told.
  const account = Account.load(state)!;
  const sheet = account.activeSpreadsheet!.sheets.find((s) => s.name === "Vergaderingen")!;
  const header = sheet.cells[0]!.map((c) => c?.v);
  const row = 5; // the fourth meeting (sheet row 5)
  sheet.cells[row - 1]![header.indexOf("Begintijd")] = { v: "15:00" };
  sheet.cells[row - 1]![header.indexOf("Eindtijd")] = { v: "17:00" };
  account.save(state);
  const third = run(path.join(tmp, "out3"), state);
  const moved = expected.find((e) => e.row === row)!;
  const guests = moved.guests.filter((g) => g !== ORGANIZER);
  expect(third.invites).toMatchObject({
    created: 0,
    updated: 1,
    unchanged: expected.length - 1,
    mailed: guests,
  });
  const news = mailsOf().slice(mails1.length);
  expect(news.map((m) => [m.to, m.reason]).sort()).toEqual(guests.map((g) => [g, "updated"]));
  const ev = readIcs(path.join(tmp, "out3")).find(
    (e) => e.summary === moved.title && e.start === moved.start + 3600_000,
  );
  expect(ev?.end).toBe(moved.end + 3600_000);
});

test("a report of a new day alone mails nobody and updates no row; a new time or guest with it still does", () => {
  const state = path.join(tmp, "state-report");
  const go = (out: string, today: string, actions?: string) => {
    const r = cli(
      "--out",
      path.join(tmp, out),
      "--state",
      state,
      "--today",
      today,
      ...(actions ? ["--actions", actions] : []),
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    return JSON.parse(fs.readFileSync(path.join(tmp, out, "samenvatting.json"), "utf8")) as Summary;
  };
  const account = () => Account.load(state)!;
  const tabOf = (a: Account, name: string) => a.activeSpreadsheet!.sheets.find((s) => s.name === name)!;
  const column = (a: Account, tab: string, header: string) => {
    const sheet = tabOf(a, tab);
    const c = sheet.cells[0]!.map((x) => x?.v).indexOf(header);
    return sheet.cells.slice(1, expected.length + 1).map((r) => r?.[c]?.v ?? "");
  };
  const descriptions = () => eventsOf(account()).map((e) => e.description ?? "");
  const invitesAction = (sum: Summary) => sum.actions.find((a) => a.name === "Uitnodigingen versturen…")!;

  // Day 1: the sheet set up, a report, the invitations; every meeting's event links to that day's report.
  const first = go("d1", "2026-01-05", "Werkblad inrichten,Rapport genereren,Uitnodigingen versturen…");
  expect(first.invites.created).toBe(expected.length);
  const report1 = first.report!.url;
  expect(descriptions().every((d) => d.includes(report1))).toBe(true);
  const sent = column(account(), "Vergaderingen", "Uitnodiging");
  expect(sent).toEqual(expected.map(() => "verstuurd"));
  const mails1 = calendarDataOf(account()).mails.length;

  // Day 2: a new report, then the invitations. Only the link changes: nobody mailed, nothing 'bijgewerkt'.
  const second = go("d2", "2026-01-12", "Rapport genereren,Uitnodigingen versturen…");
  const report2 = second.report!.url;
  expect(report2).not.toBe(report1);
  expect(second.invites).toMatchObject({
    created: 0,
    updated: 0,
    cancelled: 0,
    recreated: 0,
    unchanged: expected.length,
    mailed: [],
  });
  expect(calendarDataOf(account()).mails).toHaveLength(mails1);
  // The events carry the new report's link (patched quietly), and the rows still say 'verstuurd'.
  expect(descriptions().every((d) => d.includes(report2) && !d.includes(report1))).toBe(true);
  expect(column(account(), "Vergaderingen", "Uitnodiging")).toEqual(sent);
  expect(invitesAction(second).calls["Calendar.Events.patch"]).toBe(expected.length);

  // Day 3: another report, and two real changes: the fourth meeting moves an hour, and a new member
  // joins Themagroep Sociaal domein. Those events are updated and their guests told; the rest as on day 2.
  const a = account();
  const meetings = tabOf(a, "Vergaderingen");
  const mh = meetings.cells[0]!.map((c) => c?.v);
  const moved = expected.find((e) => e.row === 5)!;
  meetings.cells[4]![mh.indexOf("Begintijd")] = { v: "15:00" };
  meetings.cells[4]![mh.indexOf("Eindtijd")] = { v: "17:00" };
  const leden = tabOf(a, "Leden");
  const lh = leden.cells[0]!.map((c) => c?.v);
  const newcomer = "nieuw.lid@example.org";
  const group = "Themagroep Sociaal domein";
  const row = lh.map(() => null as { v: string | boolean } | null);
  row[lh.indexOf("Naam")] = { v: "Nieuw Lid" };
  row[lh.indexOf("E-mail")] = { v: newcomer };
  row[lh.indexOf("Groepen")] = { v: group };
  row[lh.indexOf("Actief")] = { v: true };
  leden.cells.push(row);
  leden.maxRows = Math.max(leden.maxRows, leden.cells.length);
  a.save(state);
  const joined = EXAMPLE_MEETINGS.flatMap((m, i) => (m.Groep === group ? [i + 2] : []));
  expect(joined.length).toBeGreaterThan(0);
  const third = go("d3", "2026-01-19", "Rapport genereren,Uitnodigingen versturen…");
  expect(third.invites).toMatchObject({
    created: 0,
    updated: 1 + joined.length,
    unchanged: expected.length - 1 - joined.length,
  });
  const news = calendarDataOf(account())
    .mails.slice(mails1)
    .map((m) => `${m.reason}:${m.to}`)
    .sort();
  const others = (r: number) => expected.find((e) => e.row === r)!.guests.filter((g) => g !== ORGANIZER);
  expect(news).toEqual(
    [
      ...others(moved.row).map((g) => `updated:${g}`),
      ...joined.flatMap((r) => [`invited:${newcomer}`, ...others(r).map((g) => `updated:${g}`)]),
    ].sort(),
  );
  const status = column(account(), "Vergaderingen", "Uitnodiging");
  expect(status).toEqual(
    expected.map((e) => (e.row === moved.row || joined.includes(e.row) ? "bijgewerkt" : "verstuurd")),
  );
  expect(descriptions().every((d) => d.includes(third.report!.url))).toBe(true);
});

test("another network (a partner's export, columns moved and renamed, time cells, rows with errors): three runs with edits", async () => {
  const input = path.join(tmp, "partner.xlsx");
  await writeFixture(input);
  const state = path.join(tmp, "state-partner");
  const mailsOf = () => calendarDataOf(Account.load(state)!).mails;
  const go = (out: string) => {
    const r = spawnSync(
      process.execPath,
      [CLI, "--input", input, "--out", path.join(tmp, out), "--state", state, "--today", "2026-11-22"],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(r.status).toBe(0);
    return JSON.parse(fs.readFileSync(path.join(tmp, out, "samenvatting.json"), "utf8")) as Summary;
  };
  // The guests, from the fixture: active members of the group with a valid address that no other row has.
  const emailOf = (row: number) => String(cellOf(MEMBERS, row, "E-mailadres")).toLowerCase();
  const rowsWith = (email: string) => rowsOf(MEMBERS).filter((r) => emailOf(r) === email).length;
  const members = rowsOf(MEMBERS).flatMap((row) => {
    const email = emailOf(row);
    const ok = /^[^@\s()]+@[^@\s()]+\.[a-z]+$/.test(email) && rowsWith(email) === 1;
    return ok && cellOf(MEMBERS, row, "Actief") === true
      ? [{ email, groups: String(cellOf(MEMBERS, row, "Groepen")).split(", ") }]
      : [];
  });
  const guestsOf = (group: string) =>
    members
      .filter((m) => m.groups.includes(group))
      .map((m) => m.email)
      .sort();
  // Rows 4 and 5 have errors (a group nobody is in; an end before its start); row 6 is cancelled, never sent.
  const kern = guestsOf("Kerngroep");
  const hospice = guestsOf("Themagroep Hospicezorg/VPTZ");
  expect(hospice).toEqual(["a.mulder@vptz-gooi.nl"]); // Tom Bakker's address is Thijs Bakker's too
  expect(kern).not.toContain("t.bakker@zonnehuis.nl"); // so neither of them is invited

  const first = go("p1");
  expect(first.invites).toMatchObject({ created: 2, updated: 0, cancelled: 0, unchanged: 1 });
  expect(
    first.invites.events.map((e) => [e.row, e.title, Date.parse(e.start), Date.parse(e.end), e.guests]),
  ).toEqual([
    [2, "Kerngroepoverleg december", Date.UTC(2026, 11, 10, 13), Date.UTC(2026, 11, 10, 15), kern],
    // A time cell (10:00) and no Eindtijd: two hours, in winter time.
    [
      3,
      "Themagroep Hospicezorg/VPTZ: Themagroep hospicezorg",
      Date.UTC(2027, 0, 21, 9),
      Date.UTC(2027, 0, 21, 11),
      hospice,
    ],
  ]);
  expect(first.invites.mailed).toEqual([...kern, ...hospice].sort());

  // The Kerngroep meeting is called off; the hospice meeting moves to another place.
  const account = Account.load(state)!;
  const sheet = account.activeSpreadsheet!.sheets.find((s) => s.name === "Vergaderingen")!;
  const header = sheet.cells[0]!.map((c) => c?.v);
  sheet.cells[1]![header.indexOf("Geannuleerd")] = { v: true };
  sheet.cells[2]![header.indexOf("Plaats")] = { v: "Hospice De Lindehof" };
  account.save(state);
  const sent = mailsOf().length;
  const second = go("p2");
  expect(second.invites).toMatchObject({ created: 0, updated: 1, cancelled: 1, unchanged: 1 });
  expect(
    mailsOf()
      .slice(sent)
      .map((m) => `${m.reason}:${m.to}`)
      .sort(),
  ).toEqual([...kern.map((g) => `cancelled:${g}`), ...hospice.map((g) => `updated:${g}`)].sort());
  const ics = readIcs(path.join(tmp, "p2"));
  expect(ics.map((e) => [e.summary, e.status]).sort()).toEqual([
    ["Kerngroepoverleg december", "CANCELLED"],
    ["Themagroep Hospicezorg/VPTZ: Themagroep hospicezorg", "CONFIRMED"],
  ]);

  // Nothing changed since: nothing to do, nobody mailed.
  const third = go("p3");
  expect(third.invites).toMatchObject({ created: 0, updated: 0, cancelled: 0, recreated: 0, mailed: [] });
  expect(mailsOf()).toHaveLength(sent + kern.length + hospice.length);
});
