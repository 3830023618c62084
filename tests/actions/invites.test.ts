/**
 * `Uitnodigingen versturen…` through the built bundle in the emulator: the preview sends nothing, the
 * confirmation makes the events and writes the sheet back in one batch, a re-run does nothing, changes
 * update only their event, and no failure at any calendar call — a quota error or a run cut off — ever
 * leads to an event made twice or a guest mailed twice.
 */

import type { Account } from "../../local/emulator/account";
import { CALENDAR_ERRORS, calendarDataOf, calendarFault, eventsOf } from "../../local/emulator/calendar";
import { addCalendar } from "../../local/emulator/calendar/model";
import { GAS_ERRORS } from "../../local/emulator/runtime";
import { AddonRunner } from "../../local/run";
import { accountWith, DIST, type Rows, runnerFor, tab, valuesOf } from "../support/addon";
import { MEETINGS_HEADER as MEETING_HEADER } from "../support/invite-fixtures";

type Event = GoogleAppsScript.Calendar.Schema.Event;

const COL = Object.fromEntries(MEETING_HEADER.map((h, i) => [h, i])) as Record<string, number>;

const MEMBERS: Rows = [
  ["Naam", "E-mail", "Rol", "Groepen", "Actief"],
  ["Anna de Vries", "anna@example.org", "Netwerkcoördinator", "Kerngroep", true],
  ["Bas Jansen", "bas@example.org", "", "Kerngroep, Bestuurders", true],
  ["Carla Smit", "carla@example.org", "", "Bestuurders", true],
  ["Dirk Bos", "dirk@example.org", "", "Kerngroep", false],
];

/** Four meetings: two either side of the March change to summer time, one in May, one all-day. */
const MEETINGS: Rows = [
  MEETING_HEADER,
  ["Kerngroep", "Overleg", "27-03-2026", "14:00", "16:00", "Bureau", "Agenda volgt.", false, "", "", ""],
  ["Bestuurders", "Bestuur", "30-03-2026", "10:00", "", "Gemeentehuis", "", false, "", "", ""],
  ["Kerngroep", "Overleg", "12-05-2026", "14:00", "16:00", "Bureau", "", false, "", "", ""],
  ["Bestuurders", "Heidag", "15-06-2026", "", "", "Hei", "", false, "", "", ""],
];
const GUESTS: Record<number, string[]> = {
  2: ["anna@example.org", "bas@example.org"],
  3: ["bas@example.org", "carla@example.org"],
  4: ["anna@example.org", "bas@example.org"],
  5: ["bas@example.org", "carla@example.org"],
};
const ALL_MAILS = Object.values(GUESTS).flat().length;

function network(over: { meetings?: Rows; settings?: Rows } = {}) {
  const { account, ss } = accountWith({
    Leden: MEMBERS,
    Vergaderingen: over.meetings ?? MEETINGS,
    Instellingen: [["Sleutel", "Waarde"], ["Tijdzone", "Europe/Amsterdam"], ...(over.settings ?? [])],
  });
  return { account, ss, runner: runnerFor(account, "2026-01-05") };
}

interface Preview {
  token: string;
  counts: Record<string, number>;
  mails: { row: number; to: string; reason: string }[];
  calendarId: string;
}
interface Invites {
  created: number;
  updated: number;
  cancelled: number;
  recreated: number;
  unchanged: number;
  notRun: number;
  failed: number;
  mailed: string[];
  mails: number;
  stopped: string | null;
  written: boolean;
  events: { row: number; eventId: string; title: string; start: string; end: string; guests: string[] }[];
}

/** Clicks the menu item: the preview. */
function preview(runner: AddonRunner): Preview {
  const r = runner.clickFunction("menuSendInvitations");
  expect(r.error).toBeUndefined();
  return (r.value as { details: { preview: Preview } }).details.preview;
}

/** The preview's button, as the page calls it. */
function confirm(runner: AddonRunner, token: string) {
  const r = runner.executeFromClient<{
    outcome: string;
    message: string;
    details?: { invites?: Invites; stale?: boolean };
  }>("confirmInvitations", JSON.stringify([token]));
  return r;
}

/** Preview and confirm: one click of the coordinator. */
function send(runner: AddonRunner) {
  const p = preview(runner);
  const r = confirm(runner, p.token);
  expect(r.error).toBeUndefined();
  return { preview: p, result: r, invites: r.value?.details?.invites as Invites };
}

const live = (account: Account, calendarId = "primary") =>
  eventsOf(account, calendarId).filter((e) => e.status !== "cancelled");
const mails = (account: Account) => calendarDataOf(account).mails;
const meetingRows = (ss: Parameters<typeof tab>[0]) => valuesOf(tab(ss, "Vergaderingen"));
const keyOf = (e: Event) => e.extendedProperties?.private?.netwerkplanMeeting ?? "";

/**
 * Every row has exactly one live event, each event belongs to one row, and no guest was invited to the
 * same event twice; with `invitations`, that is also the number of invitations sent in all.
 */
function expectNoDuplicates(account: Account, rows: number, invitations?: number) {
  const events = live(account);
  expect(events).toHaveLength(rows);
  expect(new Set(events.map(keyOf)).size).toBe(rows);
  const invited = mails(account)
    .filter((m) => m.reason === "invited")
    .map((m) => `${m.eventId}|${m.to}`);
  expect(new Set(invited).size).toBe(invited.length);
  if (invitations !== undefined) expect(invited).toHaveLength(invitations);
}

describe("the preview", () => {
  test("lists what will happen and sends nothing: one list call, no calendar writes", () => {
    const { account, runner } = network();
    const r = runner.clickFunction("menuSendInvitations");
    expect(r.calls["Calendar.Events.list"]).toBe(1);
    expect(Object.keys(r.calls).filter((k) => /Events\.(insert|patch|update|remove)/.test(k))).toEqual([]);
    expect(eventsOf(account)).toEqual([]);
    expect(mails(account)).toEqual([]);
    const dialog = runner.ui.events.filter((e) => e.kind === "modal").pop() as {
      title: string;
      html: string;
    };
    expect(dialog.title).toBe("Uitnodigingen versturen");
    expect(dialog.html).toContain("Wordt aangemaakt (4)");
    expect(dialog.html).toContain(`${ALL_MAILS} e-mails aan 3 personen.`);
    expect(dialog.html).toContain("Bas Jansen &lt;bas@example.org&gt; — uitnodiging");
    const p = (r.value as { details: { preview: Preview } }).details.preview;
    expect(p.counts).toMatchObject({ create: 4, update: 0, unchanged: 0 });
    expect(p.mails).toHaveLength(ALL_MAILS);
  });

  test("a title with markup is shown as text, in the dialog and in the summary", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const meetings = [
      MEETING_HEADER,
      ["Kerngroep", hostile, "27-03-2026", "14:00", "", "", "", false, "", "", ""],
    ];
    const { runner } = network({ meetings });
    runner.clickFunction("menuSendInvitations");
    const html = (runner.ui.events.filter((e) => e.kind === "modal").pop() as { html: string }).html;
    expect(html).not.toContain(hostile);
    expect(html).toContain("Kerngroep: &lt;img src=x onerror=alert(1)&gt;");
  });

  test("English with Taal en", () => {
    const { runner } = network({ settings: [["Taal", "en"]] });
    runner.clickFunction("menuSendInvitations");
    const dialog = runner.ui.events.filter((e) => e.kind === "modal").pop() as {
      title: string;
      html: string;
    };
    expect(dialog.title).toBe("Send invitations");
    expect(dialog.html).toContain("To be created (4)");
  });
});

describe("confirming", () => {
  test("makes one event per meeting in the network's zone, mails each guest once, writes back in one batch", () => {
    const { account, ss, runner } = network();
    const { invites, result } = send(runner);
    expect(invites).toMatchObject({
      created: 4,
      updated: 0,
      cancelled: 0,
      recreated: 0,
      unchanged: 0,
      mails: ALL_MAILS,
    });
    expect(invites.mailed).toEqual(["anna@example.org", "bas@example.org", "carla@example.org"]);
    const events = live(account);
    expect(events).toHaveLength(4);
    const byTitle = Object.fromEntries(
      events.map((e) => [`${e.summary} ${e.start?.dateTime ?? e.start?.date}`, e]),
    );
    // Friday before the change: +01:00; Monday after: +02:00; Eindtijd empty: two hours.
    expect(Object.keys(byTitle).sort()).toEqual([
      "Bestuurders: Bestuur 2026-03-30T10:00:00+02:00",
      "Bestuurders: Heidag 2026-06-15",
      "Kerngroep: Overleg 2026-03-27T14:00:00+01:00",
      "Kerngroep: Overleg 2026-05-12T14:00:00+02:00",
    ]);
    expect(byTitle["Bestuurders: Bestuur 2026-03-30T10:00:00+02:00"]!.end?.dateTime).toBe(
      "2026-03-30T12:00:00+02:00",
    );
    expect(byTitle["Bestuurders: Heidag 2026-06-15"]!.end).toEqual({ date: "2026-06-16" });
    const overleg = byTitle["Kerngroep: Overleg 2026-03-27T14:00:00+01:00"]!;
    expect(overleg.location).toBe("Bureau");
    expect(overleg.description).toContain("Agenda volgt.");
    expect(overleg.description).toContain("https://docs.google.com/spreadsheets/d/");
    // Dirk is in Kerngroep but not active.
    expect((overleg.attendees ?? []).map((a) => a.email).sort()).toEqual(GUESTS[2]);
    expect(mails(account)).toHaveLength(ALL_MAILS);
    expect(new Set(mails(account).map((m) => m.reason))).toEqual(new Set(["invited"]));
    // The sheet: ids, status and time, written with one setValues.
    const rows = meetingRows(ss);
    for (let r = 1; r < rows.length; r++) {
      expect(rows[r]![COL["Agenda-ID"]!]).toBe(invites.events.find((e) => e.row === r + 1)!.eventId);
      expect(rows[r]![COL.Uitnodiging!]).toBe("verstuurd");
      expect(rows[r]![COL["Verstuurd op"]!]).toBeInstanceOf(Date);
    }
    expect(result.calls["Range.setValues"]).toBe(1);
    expect(result.calls["Calendar.Events.insert"]).toBe(4);
    expect(result.calls["Calendar.Events.list"]).toBe(1);
    const summary = runner.ui.events.filter((e) => e.kind === "modal").pop() as { html: string };
    expect(summary.html).toContain("4 aangemaakt, 0 bijgewerkt");
  });

  test("a second click without changes does nothing and mails nobody", () => {
    const { account, runner } = network();
    send(runner);
    const before = JSON.stringify(calendarDataOf(account));
    const { invites, preview: p, result } = send(runner);
    expect(p.counts).toMatchObject({ unchanged: 4, create: 0 });
    expect(invites).toMatchObject({ created: 0, updated: 0, unchanged: 4, mails: 0, mailed: [] });
    expect(JSON.stringify(calendarDataOf(account))).toBe(before);
    expect(result.calls["Range.setValues"]).toBeUndefined();
  });

  test("a new time updates only that event and tells only its guests", () => {
    const { account, ss, runner } = network();
    send(runner);
    const sent = mails(account).length;
    tab(ss, "Vergaderingen").cells[3]![COL.Begintijd!] = { v: "15:00" };
    tab(ss, "Vergaderingen").cells[3]![COL.Eindtijd!] = { v: "17:00" };
    const { invites } = send(runner);
    expect(invites).toMatchObject({ created: 0, updated: 1, unchanged: 3, mailed: GUESTS[4] });
    const news = mails(account).slice(sent);
    expect(news.map((m) => [m.to, m.reason, m.changes])).toEqual(
      GUESTS[4]!.map((g) => [g, "updated", ["start", "end"]]),
    );
    expect(meetingRows(ss)[3]![COL.Uitnodiging!]).toBe("bijgewerkt");
  });

  test("a whole hour at night ('2 uur') gets no event and no mail: the preview lists the row with the reason", () => {
    const meetings = [
      MEETING_HEADER,
      ["Kerngroep", "Overleg", "27-03-2026", "14:00", "16:00", "Bureau", "", false, "", "", ""],
      ["Kerngroep", "Overleg B", "28-04-2026", "2 uur", "", "Bureau", "", false, "", "", ""],
    ];
    const { account, ss, runner } = network({ meetings });
    const p = preview(runner);
    expect(p.counts).toMatchObject({ create: 1 });
    const dialog = runner.ui.events.filter((e) => e.kind === "modal").pop() as { html: string };
    expect(dialog.html).toContain(
      "Rij 3, Begintijd: ‘2 uur’ is gelezen als 02:00 ’s nachts. Bedoelt u 14:00?",
    );
    const r = confirm(runner, p.token);
    expect(r.error).toBeUndefined();
    expect(live(account).map((e) => e.start?.dateTime)).toEqual(["2026-03-27T14:00:00+01:00"]);
    expect(new Set(mails(account).map((m) => m.eventId))).toEqual(new Set([live(account)[0]!.id]));
    expect(meetingRows(ss)[2]![COL.Begintijd!]).toBe("2 uur");
    expect(meetingRows(ss)[2]![COL.Uitnodiging!]).toMatch(
      /^niet verstuurd, fout in Begintijd: ‘2 uur’ is gelezen als 02:00 ’s nachts\. Bedoelt u 14:00\?/,
    );
  });

  test("a row with an error gets its error in Uitnodiging and nothing else; once fixed, its status", () => {
    // Row 6 has no Datum from the start.
    const meetings = [...MEETINGS, ["Kerngroep", "Extra", "", "14:00", "", "Bureau", "", false, "", "", ""]];
    const { account, ss, runner } = network({ meetings });
    const first = send(runner);
    expect(first.invites.created).toBe(4);
    const noDate = "niet verstuurd, fout in Datum: ‘Datum’ is leeg. Deze kolom is verplicht; vul haar in.";
    expect(meetingRows(ss)[5]![COL.Uitnodiging!]).toBe(noDate);
    expect(meetingRows(ss)[5]![COL["Agenda-ID"]!]).toBe("");

    // Row 3 gets an end before its start; row 4 a new time (an update, so there is something to confirm).
    const sheet = tab(ss, "Vergaderingen");
    sheet.cells[2]![COL.Eindtijd!] = { v: "09:00" };
    sheet.cells[3]![COL.Begintijd!] = { v: "15:00" };
    sheet.cells[3]![COL.Eindtijd!] = { v: "17:00" };
    const before = meetingRows(ss);
    const calendar = JSON.stringify(live(account).filter((e) => e.id !== before[3]![COL["Agenda-ID"]!]));
    const { invites, result } = send(runner);
    expect(invites).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    const after = meetingRows(ss);
    // Only Uitnodiging of row 3 changes: what the partner typed, its Agenda-ID and Verstuurd op stay.
    expect(after[2]).toEqual(
      before[2]!.map((v, c) =>
        c === COL.Uitnodiging
          ? "niet verstuurd, fout in Eindtijd: De eindtijd 09:00 ligt niet na de begintijd 10:00. Pas een van beide aan."
          : v,
      ),
    );
    expect(after[3]![COL.Uitnodiging!]).toBe("bijgewerkt");
    // The rows next to it, and row 6 that already held its error, are untouched; so is row 3's event.
    for (const r of [0, 1, 4, 5]) expect(after[r]).toEqual(before[r]);
    expect(JSON.stringify(live(account).filter((e) => e.id !== before[3]![COL["Agenda-ID"]!]))).toBe(
      calendar,
    );
    expect(result.calls["Range.setValues"]).toBe(1);

    // Fixed: the next run replaces the errors with the status.
    sheet.cells[2]![COL.Eindtijd!] = { v: "12:30" };
    sheet.cells[5]![COL.Datum!] = { v: "08-09-2026" };
    const fixed = send(runner);
    expect(fixed.invites).toMatchObject({ created: 1, updated: 1 });
    const rows = meetingRows(ss);
    expect(rows[2]![COL.Uitnodiging!]).toBe("bijgewerkt");
    expect(rows[5]![COL.Uitnodiging!]).toBe("verstuurd");
    expect(rows[5]![COL["Agenda-ID"]!]).toBe(fixed.invites.events.find((e) => e.row === 6)!.eventId);
    expectNoDuplicates(account, 5);
  });

  test("an error alone is confirmed and written with no call to the calendar; once fixed, the error goes alone", () => {
    const { account, ss, runner } = network();
    send(runner);
    const sheet = tab(ss, "Vergaderingen");
    const calendar = JSON.stringify(live(account));
    const sent = mails(account).length;
    const lastDialog = () =>
      (runner.ui.events.filter((e) => e.kind === "modal").pop() as { html: string }).html;
    const original = meetingRows(ss);

    // Row 3 gets an end before its start, and nothing else changes.
    sheet.cells[2]![COL.Eindtijd!] = { v: "09:00" };
    const before = meetingRows(ss);
    const p = preview(runner);
    expect(p.counts).toMatchObject({ create: 0, update: 0, cancel: 0, recreate: 0, unchanged: 3 });
    expect(lastDialog()).toContain('id="confirm"');
    expect(lastDialog()).toContain("Rij 3: de fout wordt in Uitnodiging gezet.");
    const r = confirm(runner, p.token);
    expect(r.error).toBeUndefined();
    expect(r.value?.details?.invites).toMatchObject({ created: 0, updated: 0, unchanged: 3, mails: 0 });
    const error =
      "niet verstuurd, fout in Eindtijd: De eindtijd 09:00 ligt niet na de begintijd 10:00. Pas een van beide aan.";
    const after = meetingRows(ss);
    expect(after[2]).toEqual(before[2]!.map((v, c) => (c === COL.Uitnodiging ? error : v)));
    for (const row of [0, 1, 3, 4]) expect(after[row]).toEqual(before[row]);
    expect(r.calls["Range.setValues"]).toBe(1);
    expect(
      Object.keys(r.calls).filter((c) => c.startsWith("Calendar.Events.") && c !== "Calendar.Events.list"),
    ).toEqual([]);
    // Written: the next preview has nothing to do.
    preview(runner);
    expect(lastDialog()).not.toContain('id="confirm"');

    // Fixed as it was, with no other change: the preview offers to take the error out, and does.
    sheet.cells[2]![COL.Eindtijd!] = { v: "" };
    const fixed = preview(runner);
    expect(lastDialog()).toContain('id="confirm"');
    expect(lastDialog()).toContain("Rij 3: de oude fout in Uitnodiging wordt vervangen door ‘verstuurd’.");
    expect(confirm(runner, fixed.token).error).toBeUndefined();
    // Every row as it was before the error: row 3's `verstuurd` and time of sending back, nothing else changed.
    expect(meetingRows(ss)).toEqual(original);
    expect(original[2]![COL.Uitnodiging!]).toBe("verstuurd");
    expect(JSON.stringify(live(account))).toBe(calendar);
    expect(mails(account)).toHaveLength(sent);
    preview(runner);
    expect(lastDialog()).not.toContain('id="confirm"');
    expect(lastDialog()).toContain("De agenda is bij: er is niets te doen.");
  });

  test("a new member of a group is invited to its meetings; a member leaving is taken off quietly", () => {
    const { account, ss, runner } = network();
    send(runner);
    const sent = mails(account).length;
    tab(ss, "Leden").cells[3]![3] = { v: "Kerngroep, Bestuurders" }; // Carla joins Kerngroep
    tab(ss, "Leden").cells[2]![4] = { v: false }; // Bas leaves
    const { invites } = send(runner);
    expect(invites.updated).toBe(4);
    const news = mails(account)
      .slice(sent)
      .map((m) => `${m.summary}|${m.to}|${m.reason}`)
      .sort();
    // Kerngroep meetings: Carla invited, Anna told the guest list changed; Bas is taken off without mail.
    // Bestuurders meetings: only Bas leaves, so nobody is mailed.
    expect(news).toEqual([
      "Kerngroep: Overleg|anna@example.org|updated",
      "Kerngroep: Overleg|anna@example.org|updated",
      "Kerngroep: Overleg|carla@example.org|invited",
      "Kerngroep: Overleg|carla@example.org|invited",
    ]);
    expect(live(account).every((e) => !(e.attendees ?? []).some((a) => a.email === "bas@example.org"))).toBe(
      true,
    );
  });

  test("Geannuleerd deletes the event and tells its guests; the next run leaves it", () => {
    const { account, ss, runner } = network();
    send(runner);
    const sent = mails(account).length;
    tab(ss, "Vergaderingen").cells[2]![COL.Geannuleerd!] = { v: true };
    const { invites } = send(runner);
    expect(invites).toMatchObject({ cancelled: 1, unchanged: 3 });
    expect(
      mails(account)
        .slice(sent)
        .map((m) => [m.to, m.reason]),
    ).toEqual(GUESTS[3]!.map((g) => [g, "cancelled"]));
    expect(live(account)).toHaveLength(3);
    expect(meetingRows(ss)[2]![COL.Uitnodiging!]).toBe("geannuleerd");
    expect(send(runner).invites).toMatchObject({ cancelled: 0, unchanged: 4, mails: 0 });
  });

  test("an event deleted in Google Calendar is made again", () => {
    const { account, ss, runner } = network();
    send(runner);
    const id = String(meetingRows(ss)[1]![COL["Agenda-ID"]!]);
    calendarDataOf(account).events[account.data.user.email]![id]!.status = "cancelled";
    const { invites } = send(runner);
    expect(invites).toMatchObject({ recreated: 1, unchanged: 3, mailed: GUESTS[2] });
    expect(meetingRows(ss)[1]![COL["Agenda-ID"]!]).not.toBe(id);
    expectNoDuplicates(account, 4, ALL_MAILS + GUESTS[2]!.length);
  });

  test("with Uitnodigingen versturen off: events made and updated, nobody mailed", () => {
    const { account, ss, runner } = network({ settings: [["Uitnodigingen versturen", false]] });
    const { invites } = send(runner);
    expect(invites).toMatchObject({ created: 4, mails: 0 });
    tab(ss, "Vergaderingen").cells[1]![COL.Locatie!] = { v: "Elders" };
    expect(send(runner).invites).toMatchObject({ updated: 1, mails: 0 });
    expect(mails(account)).toEqual([]);
    expect(meetingRows(ss)[2]![COL.Uitnodiging!]).toBe("aangemaakt, zonder e-mail");
  });

  test("the calendar of Instellingen › Agenda; an unknown one is a clear error", () => {
    const { account, runner } = network({ settings: [["Agenda", "netwerk@group.calendar.google.com"]] });
    addCalendar(account, {
      id: "netwerk@group.calendar.google.com",
      summary: "Netwerk",
      timeZone: "Europe/Amsterdam",
    });
    send(runner);
    expect(live(account, "netwerk@group.calendar.google.com")).toHaveLength(4);
    expect(live(account)).toHaveLength(0);
    const other = network({ settings: [["Agenda", "onbekend@group.calendar.google.com"]] });
    const r = other.runner.clickFunction("menuSendInvitations");
    expect(r.value).toMatchObject({ outcome: "error" });
    expect((r.value as { message: string }).message).toContain("onbekend@group.calendar.google.com");
  });

  test("the summary after confirming is titled with the action's name, without the menu's ellipsis", () => {
    const { runner } = network();
    const p = preview(runner);
    const r = confirm(runner, p.token);
    expect(r.value?.details?.stale).toBeUndefined();
    const dialog = runner.ui.events.filter((e) => e.kind === "modal").pop() as { title: string };
    expect(dialog.title).toBe("Uitnodigingen versturen");
  });

  test("a confirmation of an old preview acts on nothing and shows the new preview", () => {
    const { account, ss, runner } = network();
    const p = preview(runner);
    tab(ss, "Vergaderingen").cells[1]![COL.Begintijd!] = { v: "09:00" };
    const r = confirm(runner, p.token);
    expect(r.value?.details?.stale).toBe(true);
    expect(r.value?.message).toContain("veranderd sinds dit voorbeeld");
    expect(eventsOf(account)).toEqual([]);
    expect(runner.ui.events.filter((e) => e.kind === "modal").pop()).toMatchObject({
      title: "Uitnodigingen versturen",
    });
    // A made-up token is no confirmation either.
    expect(confirm(runner, "0000").value?.details?.stale).toBe(true);
    expect(eventsOf(account)).toEqual([]);
  });

  test("a second click while a run is busy is refused", () => {
    const { runner, account } = network();
    const p = preview(runner);
    runner.faults = [
      {
        method: "Calendar.Events.insert",
        call: 1,
        before: () => {
          const inner = confirm(runner, p.token);
          expect(inner.value).toMatchObject({ outcome: "error" });
        },
      },
    ];
    confirm(runner, p.token);
    runner.faults = [];
    expectNoDuplicates(account, 4, ALL_MAILS);
  });
});

describe("failures never make an event twice", () => {
  /** The calendar calls of a first confirmed run: list + one insert per meeting. */
  const CALLS = 1 + 4;

  test.each(Array.from({ length: CALLS }, (_, i) => i + 1))(
    "a rate-limit error at calendar call %i is retried; the next click has nothing left to do",
    (k) => {
      const { account, runner } = network();
      const p = preview(runner);
      runner.faults = [calendarFault(k)];
      const first = confirm(runner, p.token);
      runner.faults = [];
      expect(first.value?.details?.invites).toMatchObject({ created: 4, failed: 0, notRun: 0 });
      expect(first.calls["Utilities.sleep"]).toBe(1);
      expectNoDuplicates(account, 4, ALL_MAILS);
      expect(send(runner).invites).toMatchObject({ created: 0, unchanged: 4, mails: 0 });
      expectNoDuplicates(account, 4, ALL_MAILS);
    },
  );

  test.each(Array.from({ length: CALLS }, (_, i) => i + 1))(
    "Google's limit holding from calendar call %i: the run stops cleanly, the next click continues",
    (k) => {
      const { account, ss, runner } = network();
      const p = preview(runner);
      runner.faults = Array.from({ length: 8 }, (_, i) => calendarFault(k + i, CALENDAR_ERRORS.usageLimits));
      const first = confirm(runner, p.token);
      runner.faults = [];
      if (k === 1) {
        // The calendar could not even be read: nothing made, a clear message.
        expect(first.value).toMatchObject({ outcome: "error" });
        expect(eventsOf(account)).toEqual([]);
      } else {
        const inv = first.value?.details?.invites as Invites;
        expect(inv).toMatchObject({ created: k - 2, notRun: 4 - (k - 2), stopped: "quota", written: true });
        expect(first.value?.message).toContain("nog niet verwerkt");
        // What was made is in the sheet.
        expect(meetingRows(ss).filter((r) => r[COL["Agenda-ID"]!] !== "")).toHaveLength(k - 2 + 1);
      }
      const next = send(runner);
      if (k > 1) {
        const dialog = runner.ui.events.filter((e) => e.kind === "modal").at(-2) as { html: string };
        expect(dialog.html).toContain("De vorige keer stopte Netwerkplan");
      }
      expect(next.invites.created + next.invites.unchanged).toBe(4);
      expectNoDuplicates(account, 4, ALL_MAILS);
      expect(
        meetingRows(ss)
          .slice(1)
          .every((r) => r[COL["Agenda-ID"]!] !== ""),
      ).toBe(true);
    },
  );

  test.each(Array.from({ length: CALLS }, (_, i) => i + 1))(
    "a run cut off by Apps Script at calendar call %i: the next click finds what was made",
    (k) => {
      const { account, ss, runner } = network();
      const p = preview(runner);
      runner.faults = [{ method: "Calendar.*", call: k, message: GAS_ERRORS.timeout }];
      const first = confirm(runner, p.token);
      runner.faults = [];
      expect(first.error).toBe(GAS_ERRORS.timeout);
      // Nothing reached the sheet: the run was stopped before its write-back.
      expect(
        meetingRows(ss)
          .slice(1)
          .every((r) => r[COL["Agenda-ID"]!] === ""),
      ).toBe(true);
      const made = live(account).length;
      const sent = mails(account).length;
      const next = send(runner);
      expect(next.preview.counts).toMatchObject({ create: 4 - made, unchanged: made });
      expect(next.invites.mails).toBe(mails(account).length - sent);
      expectNoDuplicates(account, 4, ALL_MAILS);
      expect(
        meetingRows(ss)
          .slice(1)
          .every((r) => r[COL["Agenda-ID"]!] !== ""),
      ).toBe(true);
    },
  );

  test("an insert that reached Google but whose answer was lost is recognised when retried, not made twice", () => {
    const { account, runner } = network();
    const p = preview(runner);
    let inserts = 0;
    const r = runner.execute<{ details: { invites: Invites } }>("confirmInvitations", (g) => {
      // The bundle's Calendar, whose first insert goes through and then fails as a dropped answer would.
      const events = (g.Calendar as GoogleAppsScript.Calendar).Events as unknown as Record<
        string,
        (...a: unknown[]) => unknown
      >;
      const lostAnswer = Object.assign(
        new Error("API call to calendar.events.insert failed with error: Backend Error"),
        {
          details: {
            code: 503,
            message: "Backend Error",
            errors: [{ domain: "global", reason: "backendError" }],
          },
        },
      );
      g.Calendar = {
        Events: {
          list: (...a: unknown[]) => events.list!(...a),
          get: (...a: unknown[]) => events.get!(...a),
          patch: (...a: unknown[]) => events.patch!(...a),
          remove: (...a: unknown[]) => events.remove!(...a),
          insert: (...a: unknown[]) => {
            const made = events.insert!(...a);
            if (inserts++ === 0) throw lostAnswer;
            return made;
          },
        },
      };
      return [p.token];
    });
    expect(r.error).toBeUndefined();
    expect(r.value?.details.invites).toMatchObject({ created: 4, failed: 0 });
    // The retry found the id taken (409) and the event carrying the meeting's key: that one is kept.
    expect(r.calls["Calendar.Events.get"]).toBe(1);
    expectNoDuplicates(account, 4, ALL_MAILS);
    expect(send(runner).invites).toMatchObject({ created: 0, unchanged: 4, mails: 0 });
  });

  test("a row inserted while the run is busy: nothing is written to the wrong row; the next click finds the events", () => {
    const { account, ss, runner } = network();
    const p = preview(runner);
    runner.faults = [
      {
        method: "Calendar.Events.insert",
        call: 2,
        before: () => {
          const sheet = tab(ss, "Vergaderingen");
          sheet.cells.splice(
            1,
            0,
            ["Bestuurders", "Nieuw", "01-09-2026", "10:00", "", "", "", false, "", "", ""].map((v) => ({
              v,
            })),
          );
        },
      },
    ];
    const first = confirm(runner, p.token);
    runner.faults = [];
    expect(first.value?.details?.invites).toMatchObject({ created: 4, written: false });
    expect(first.value?.message).toContain("niet ingevuld");
    expect(
      meetingRows(ss)
        .slice(1)
        .every((r) => r[COL["Agenda-ID"]!] === ""),
    ).toBe(true);
    const sent = mails(account).length;
    const next = send(runner);
    expect(next.invites).toMatchObject({ created: 1, unchanged: 4 });
    expect(mails(account).length - sent).toBe(2); // only the new meeting's guests
    expectNoDuplicates(account, 5, ALL_MAILS + 2);
  });

  test("a run close to the time limit stops before it, records where it was, and the next click continues", () => {
    const { account, ss } = network();
    // A runner whose executions read the clock given: the bundle's Date is replaced for the call.
    const runner = new AddonRunner({ account, distDir: DIST });
    runner.open("FULL");
    const start = Date.parse("2026-01-05T08:00:00Z");
    const clock = (step: number) => {
      let reads = 0;
      return class extends Date {
        constructor(...args: unknown[]) {
          if (args.length === 0) super(start);
          else super(...(args as [number]));
        }
        static override now() {
          return start + step * reads++;
        }
      };
    };
    const call = <T>(fn: string, args: unknown[], step: number) =>
      runner.execute<T>(fn, (g) => {
        (g as Record<string, unknown>).Date = clock(step);
        return args;
      });
    type Out = { outcome: string; details: { preview?: Preview; invites?: Invites } };
    const p = call<Out>("menuSendInvitations", [], 0).value!.details.preview!;
    // Each read of the clock is 100 s later: after a few meetings the run is near Apps Script's limit.
    const result = call<Out>("confirmInvitations", [p.token], 100_000);
    const inv = result.value!.details.invites!;
    expect(inv.stopped).toBe("time");
    expect(inv.created).toBeGreaterThan(0);
    expect(inv.notRun).toBeGreaterThan(0);
    expect(inv.created + inv.notRun).toBe(4);
    expect(inv.written).toBe(true);
    expect(
      meetingRows(ss)
        .slice(1)
        .filter((row) => row[COL["Agenda-ID"]!] !== ""),
    ).toHaveLength(inv.created);
    const again = call<Out>("menuSendInvitations", [], 0).value!.details.preview!;
    expect(again.counts).toMatchObject({ create: inv.notRun, unchanged: inv.created });
    const next = call<Out>("confirmInvitations", [again.token], 0).value!.details.invites!;
    expect(next).toMatchObject({ created: inv.notRun, unchanged: inv.created, stopped: null });
    expectNoDuplicates(account, 4, ALL_MAILS);
  });
});
