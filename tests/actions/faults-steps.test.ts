/**
 * Nothing lost at any fault (PRODUCT.md §7, README "Betrouwbaarheid") for the actions that change the
 * partners' own tabs step by step rather than swapping generated tabs: `Werkblad inrichten`, the
 * confirmation of `Uitnodigingen versturen…`, adding the rows of `Jaarplanning vergaderingen…` and saving
 * `Instellingen…`. A fault at any single service call — Google's quota error
 * or the 6-minute time-out — changes no partner cell (only the add-on's own columns and appended
 * settings), shows no `~nieuw` tab, and the next click ends exactly where a clean run ends: the same
 * tabs, values, drop-downs, protections and hidden tabs, the generated tabs still the add-on's (a
 * following `Dashboards genereren` renames nothing to "(eigen)"), every meeting one event, no guest
 * invited twice.
 *
 * CI checks a sample of the calls; `npm run faults` checks every call (FAULTS=all).
 */
import type { Account } from "../../local/emulator/account";
import { calendarDataOf, eventsOf } from "../../local/emulator/calendar";
import type { SheetData, SpreadsheetData } from "../../local/emulator/spreadsheet/model";
import type { AddonRunner } from "../../local/run";
import { accountWith, type Rows, runnerFor, valuesOf } from "../support/addon";
import { cases, fault } from "../support/faults";
import { MEETINGS_HEADER, PLAN_FORM } from "../support/invite-fixtures";
import { network } from "../support/network";

const OWN_COLUMNS = new Set(["ID", "Laatst bijgewerkt", "Agenda-ID", "Uitnodiging", "Verstuurd op"]);

/**
 * Everything a person sees of the workbook's structure: tabs, values, drop-downs, status colours,
 * protections, hiding.
 */
function seen(ss: SpreadsheetData): string {
  return JSON.stringify(
    ss.sheets.map((s) => [
      s.name,
      s.hidden,
      s.frozenRows,
      valuesOf(s),
      s.protections.map((p) => [p.range === null, p.warningOnly]),
      s.cells.slice(0, 3).map((row) => row?.map((c) => c?.dv?.kind ?? null)),
      s.conditionalFormatRules,
    ]),
  );
}

/**
 * The partners' cells: every cell of the tabs that existed, within the rows and columns they used (the
 * add-on's own columns and settings are appended after them), but for the add-on's own columns.
 */
function partnerCells(ss: SpreadsheetData, original: Record<string, unknown[][]>): string {
  return JSON.stringify(
    Object.entries(original).map(([name, rows]) => {
      const sheet = ss.sheets.find((s) => s.name === name) as SheetData;
      const values = valuesOf(sheet);
      const width = rows[0]?.length ?? 0;
      const own = new Set((rows[0] ?? []).flatMap((h, i) => (OWN_COLUMNS.has(String(h)) ? [i] : [])));
      return [
        name,
        rows.map((_, r) =>
          Array.from({ length: width }, (_, c) => (own.has(c) ? null : (values[r]?.[c] ?? ""))),
        ),
      ];
    }),
  );
}

function expectNoStrayTabs(ss: SpreadsheetData) {
  expect(ss.sheets.filter((s) => s.name.endsWith("~nieuw") && !s.hidden)).toEqual([]);
}

describe("Werkblad inrichten: a fault at any call", () => {
  /** The example-like network with tabs missing and the ID column not yet there. */
  function start() {
    const tabs = network(6);
    const activities = tabs.Activiteiten!.map((row) => row.slice(1, 8)) as Rows;
    const { account, ss } = accountWith({
      Activiteiten: activities,
      Projecten: tabs.Projecten!,
      Leden: tabs.Leden!,
      Instellingen: tabs.Instellingen!,
    });
    const original = Object.fromEntries(ss.sheets.map((s) => [s.name, valuesOf(s)]));
    return { account, ss, original };
  }
  const clean = start();
  const cleanRunner = runnerFor(clean.account, "2026-11-23");
  const cleanRun = cleanRunner.click("Werkblad inrichten");
  const after = seen(clean.ss);
  const partners = partnerCells(clean.ss, clean.original);
  cleanRunner.click("Dashboards genereren");
  const tabsAfterDashboards = clean.ss.sheets.map((s) => s.name);

  test("the clean run adds tabs, columns and settings (else this test would prove nothing)", () => {
    expect(cleanRun.value).toMatchObject({ outcome: "ok" });
    expect(clean.ss.sheets.length).toBeGreaterThan(Object.keys(clean.original).length + 3);
    expect(cleanRun.totalCalls).toBeGreaterThan(40);
    expect(clean.ss.sheets.find((s) => s.name === "Activiteiten")!.conditionalFormatRules).toHaveLength(4);
  });

  test.each(cases(cleanRun.totalCalls))(
    "call %i, %s: no partner cell changed; the next click ends as a clean run",
    (k, kind) => {
      const { account, ss, original } = start();
      const runner = runnerFor(account, "2026-11-23");
      runner.faults = [fault(k, kind)];
      runner.click("Werkblad inrichten");
      expect(partnerCells(ss, original)).toBe(partners);
      expectNoStrayTabs(ss);
      // All or nothing: the new tabs come with their drop-downs and colours, or none of it happened.
      if (ss.sheets.length > Object.keys(original).length) expect(seen(ss)).toBe(after);
      else expect(ss.sheets.flatMap((s) => s.conditionalFormatRules)).toEqual([]);
      runner.faults = [];
      expect(runner.click("Werkblad inrichten").value).toMatchObject({ outcome: "ok" });
      expect(seen(ss)).toBe(after);
      // The tabs it made are still the add-on's: the next generation replaces them, renames nothing.
      expect(runner.click("Dashboards genereren").value).toMatchObject({ outcome: "ok" });
      expect(ss.sheets.map((s) => s.name)).toEqual(tabsAfterDashboards);
    },
  );
});

describe("Uitnodigingen versturen: a fault at any call of the confirmation", () => {
  const MEMBERS: Rows = [
    ["Naam", "E-mail", "Rol", "Groepen", "Actief"],
    ["Anna de Vries", "anna@example.org", "Netwerkcoördinator", "Kerngroep", true],
    ["Bas Jansen", "bas@example.org", "", "Kerngroep, Bestuurders", true],
    ["Carla Smit", "carla@example.org", "", "Bestuurders", true],
  ];
  const MEETINGS: Rows = [
    MEETINGS_HEADER,
    ["Kerngroep", "Overleg", "27-03-2026", "14:00", "16:00", "Bureau", "Agenda volgt.", false, "", "", ""],
    ["Bestuurders", "Bestuur", "30-03-2026", "10:00", "", "Gemeentehuis", "", false, "", "", ""],
    ["Kerngroep", "Overleg", "12-05-2026", "14:00", "16:00", "Bureau", "", false, "", "", ""],
  ];

  function start() {
    const { account, ss } = accountWith({
      Leden: MEMBERS,
      Vergaderingen: MEETINGS,
      Instellingen: [
        ["Sleutel", "Waarde"],
        ["Tijdzone", "Europe/Amsterdam"],
      ],
    });
    return { account, ss, runner: runnerFor(account, "2026-01-05") };
  }

  function confirmAfterPreview(runner: AddonRunner) {
    const opened = runner.clickFunction("menuSendInvitations");
    expect(opened.error).toBeUndefined();
    const token = (opened.value as { details: { preview: { token: string } } }).details.preview.token;
    return runner.executeFromClient<{ outcome: string }>("confirmInvitations", JSON.stringify([token]));
  }

  /** The events as a guest sees them, without Google's ids; and the invitations sent. */
  function calendarSeen(account: Account) {
    const events = eventsOf(account)
      .filter((e) => e.status !== "cancelled")
      .map((e) => [e.summary, e.start, e.end, e.location, (e.attendees ?? []).map((a) => a.email).sort()])
      .map((e) => JSON.stringify(e))
      .sort();
    const invited = calendarDataOf(account)
      .mails.filter((m) => m.reason === "invited")
      .map((m) => `${m.eventId}|${m.to}`);
    return { events, invitedTwice: invited.length - new Set(invited).size };
  }

  /** The meeting rows as a person reads them: the add-on's columns filled or not, not their ids. */
  function meetingsSeen(ss: SpreadsheetData) {
    const rows = valuesOf(ss.sheets.find((s) => s.name === "Vergaderingen") as SheetData);
    const header = rows[0] ?? [];
    return rows.map((row, r) =>
      row.map((v, i) => (r > 0 && ["Agenda-ID", "Verstuurd op"].includes(String(header[i])) ? v !== "" : v)),
    );
  }

  const clean = start();
  // The preview's own calls come first; the faults below start counting at the confirmation.
  const cleanRun = confirmAfterPreview(clean.runner);
  const cleanCalendar = calendarSeen(clean.account);
  const cleanMeetings = meetingsSeen(clean.ss);

  test("the clean confirmation makes the events (else this test would prove nothing)", () => {
    expect(cleanRun.value).toMatchObject({ outcome: "ok" });
    expect(cleanCalendar.events).toHaveLength(3);
    expect(cleanRun.totalCalls).toBeGreaterThan(10);
  });

  test.each(cases(cleanRun.totalCalls))(
    "call %i, %s: the next click ends with every meeting one event, no guest invited twice",
    (k, kind) => {
      const { account, ss, runner } = start();
      const opened = runner.clickFunction("menuSendInvitations");
      const token = (opened.value as { details: { preview: { token: string } } }).details.preview.token;
      runner.faults = [fault(k, kind)];
      runner.executeFromClient("confirmInvitations", JSON.stringify([token]));
      runner.faults = [];
      expect(calendarSeen(account).invitedTwice).toBe(0);
      expect(confirmAfterPreview(runner).value).toMatchObject({ outcome: "ok" });
      expect(calendarSeen(account)).toEqual(cleanCalendar);
      expect(meetingsSeen(ss)).toEqual(cleanMeetings);
    },
  );
});

/** What a person sees of one tab: its values and the kind of drop-down or checkbox in each cell. */
function tabSeen(ss: SpreadsheetData, name: string): string {
  const sheet = ss.sheets.find((s) => s.name === name) as SheetData;
  const kinds = sheet.cells.flatMap((row, r) =>
    (row ?? []).flatMap((c, col) => (c?.dv ? [[r, col, c.dv.kind]] : [])),
  );
  return JSON.stringify([valuesOf(sheet), kinds]);
}

describe("Jaarplanning vergaderingen…: a fault at any call of adding the rows", () => {
  const HEADER = MEETINGS_HEADER;
  const FORM = PLAN_FORM;
  function start() {
    const { account, ss } = accountWith({
      Leden: [
        ["Naam", "E-mail", "Rol", "Groepen", "Actief"],
        ["Anna de Vries", "anna@example.org", "", "Kerngroep", true],
      ],
      Vergaderingen: [HEADER, ["Kerngroep", "Overleg", "03-02-2026", "10:00", "", "", "", false, "", "", ""]],
      Instellingen: [
        ["Sleutel", "Waarde"],
        ["Jaar", 2026],
      ],
    });
    return { ss, runner: runnerFor(account, "2026-01-05") };
  }
  const add = (runner: AddonRunner) => {
    const p = runner.executeFromClient<{ preview: { token: string } }>(
      "previewMeetingPlan",
      JSON.stringify([FORM]),
    );
    return runner.executeFromClient<{ outcome: string }>(
      "addPlannedMeetings",
      JSON.stringify([FORM, p.value!.preview.token]),
    );
  };
  /** The add step alone: its calls counted from after the preview. */
  const addAfterPreview = (runner: AddonRunner, fault?: { call: number; message: string }) => {
    const p = runner.executeFromClient<{ preview: { token: string } }>(
      "previewMeetingPlan",
      JSON.stringify([FORM]),
    );
    if (fault) runner.faults = [fault];
    const r = runner.executeFromClient<{ outcome: string }>(
      "addPlannedMeetings",
      JSON.stringify([FORM, p.value!.preview.token]),
    );
    runner.faults = [];
    return r;
  };
  const clean = start();
  const before = tabSeen(clean.ss, "Vergaderingen");
  const cleanRun = addAfterPreview(clean.runner);
  const after = tabSeen(clean.ss, "Vergaderingen");

  test("the clean run adds the rows (else this test would prove nothing)", () => {
    expect(cleanRun.value).toMatchObject({ outcome: "ok" });
    expect(after).not.toBe(before);
  });

  test.each(cases(cleanRun.totalCalls))(
    "call %i, %s: the rows are all there or none; planning again ends as a clean run, no date twice",
    (k, kind) => {
      const { ss, runner } = start();
      addAfterPreview(runner, fault(k, kind));
      expect([before, after]).toContain(tabSeen(ss, "Vergaderingen"));
      expect(add(runner).value).toMatchObject({ outcome: "ok" });
      expect(tabSeen(ss, "Vergaderingen")).toBe(after);
    },
  );
});

describe("Instellingen…: a fault at any call of saving", () => {
  const CHANGES = { Regio: "Gooi en Vechtstreek", Jaar: "2027", "Rapport als PDF": true };
  function start() {
    const { account, ss } = accountWith({
      Instellingen: [
        ["Sleutel", "Waarde"],
        ["Regio", "Oud"],
        ["Eigen notitie", "blijft"],
        ["Jaar", 2026],
      ],
    });
    return { ss, runner: runnerFor(account) };
  }
  const values = (ss: SpreadsheetData) =>
    JSON.stringify(valuesOf(ss.sheets.find((s) => s.name === "Instellingen") as SheetData));
  const clean = start();
  const before = { all: tabSeen(clean.ss, "Instellingen"), values: values(clean.ss) };
  const cleanRun = clean.runner.execute<{ ok: boolean }>("saveSettings", [CHANGES]);
  const after = { all: tabSeen(clean.ss, "Instellingen"), values: values(clean.ss) };

  test("the clean save changes the values and adds a checkbox (else this test would prove nothing)", () => {
    expect(cleanRun.value).toMatchObject({ ok: true });
    expect(after.values).not.toBe(before.values);
    expect(after.all).toContain("checkbox");
  });

  // The values are one write; the new setting's checkbox is its validation, set after it. A save stopped in
  // between has every value right (never a false for a true) and the checkbox comes with the next save.
  test.each(cases(cleanRun.totalCalls))(
    "call %i, %s: every value as before or as saved, none wrong; saving again ends as a clean save",
    (k, kind) => {
      const { ss, runner } = start();
      runner.faults = [fault(k, kind)];
      runner.execute("saveSettings", [CHANGES]);
      runner.faults = [];
      expect([before.values, after.values]).toContain(values(ss));
      if (values(ss) === before.values) expect(tabSeen(ss, "Instellingen")).toBe(before.all);
      expect(runner.execute<{ ok: boolean }>("saveSettings", [CHANGES]).value).toMatchObject({ ok: true });
      expect(tabSeen(ss, "Instellingen")).toBe(after.all);
    },
  );
});
