/** `Werkblad inrichten`, `onEdit` and the action frame, run through the built bundle in the emulator. */
import { createExecutionContext, createGlobals } from "../../local/emulator/index";
import { accountWith, runnerFor, tab, valuesOf } from "../addon";

const ACTIVITY_HEADER = ["Project", "Thema", "Onderwerp", "Trekker", "Deadline", "Fase", "Status"];

describe("Werkblad inrichten", () => {
  test("on an empty spreadsheet: every tab with a bold, frozen header, settings with defaults", () => {
    const { account, ss } = accountWith({});
    const runner = runnerFor(account);
    const r = runner.click("Werkblad inrichten");
    expect(r.error).toBeUndefined();
    expect(r.value).toMatchObject({ outcome: "ok" });
    expect(ss.sheets.map((s) => s.name)).toEqual([
      "Blad1",
      "Activiteiten",
      "Projecten",
      "Leden",
      "Vergaderingen",
      "Instellingen",
      "Validatie",
      "Status",
      "Overzicht",
      "Historie",
    ]);
    const acts = tab(ss, "Activiteiten");
    expect(valuesOf(acts)[0]).toEqual([
      "ID",
      "Project",
      "Thema",
      "Onderwerp",
      "Doelstelling",
      "Subdoelstellingen",
      "Acties",
      "Trekker",
      "Deadline",
      "Fase",
      "Status",
      "Toelichting",
      "Laatst bijgewerkt",
    ]);
    expect(acts.frozenRows).toBe(1);
    expect(acts.cells[0]?.every((c) => c?.fw === "bold")).toBe(true);
    expect(tab(ss, "Historie").hidden).toBe(true);
    expect(tab(ss, "Status").protections).toEqual([
      expect.objectContaining({ range: null, warningOnly: true }),
    ]);
    expect(tab(ss, "Activiteiten").protections).toEqual([]);
    const settings = Object.fromEntries(valuesOf(tab(ss, "Instellingen")).slice(1) as [string, unknown][]);
    expect(settings).toMatchObject({
      Netwerknaam: "Netwerk test",
      Jaar: 2026,
      Taal: "nl",
      Tijdzone: "Europe/Amsterdam",
      "Uitnodigingen versturen": true,
      "Kleur Behaald": expect.stringMatching(/^#[0-9a-f]{6}$/),
    });
    // The boolean setting is a checkbox.
    const inviteRow = valuesOf(tab(ss, "Instellingen")).findIndex(
      (row) => row[0] === "Uitnodigingen versturen",
    );
    expect(tab(ss, "Instellingen").cells[inviteRow]?.[1]?.dv?.kind).toBe("checkbox");
    // The summary dialog says what was done.
    const alert = runner.ui.events.filter((e) => e.kind === "alert").pop();
    expect(alert).toMatchObject({ title: "Werkblad inrichten" });
    expect(alert && "prompt" in alert ? alert.prompt : "").toContain("Nieuwe tabbladen: Activiteiten");
  });

  test("running it twice changes nothing the second time", () => {
    const { account, ss } = accountWith({});
    const runner = runnerFor(account);
    runner.click("Werkblad inrichten");
    const after1 = JSON.stringify(ss);
    const r2 = runner.click("Werkblad inrichten");
    expect(r2.value).toMatchObject({
      outcome: "ok",
      message: "Het werkblad was al ingericht. Er is niets gewijzigd.",
    });
    expect(JSON.stringify(ss)).toBe(after1);
    expect(r2.calls["Range.setValues"]).toBeUndefined();
  });

  test("existing data is never changed: own columns are appended after the last header", () => {
    const activities = [
      ["Status", ...ACTIVITY_HEADER.slice(0, 6), "Eigen kolom"],
      ["Op schema", "Levenspad", "", "=1+1 als tekst?", "NWC", "Dec. 2026", "Uitvoering", "x"],
      ["", "", "", "", "", "", "", ""],
      [
        "achter",
        "Onbekend",
        "Thema",
        "Onderwerp",
        "Iemand",
        new Date("2026-12-31T00:00:00+01:00"),
        "Uitvoering",
        42,
      ],
    ];
    const { account, ss } = accountWith({
      activiteiten: activities,
      Projecten: [["Naam"], ["Levenspad"]],
      Leden: [["Naam", "E-mail"]],
      Vergaderingen: [
        ["Groep", "Datum", "Titel"],
        ["Kerngroep", new Date("2026-03-01T00:00:00+01:00"), "Kerngroep 1"],
      ],
      Instellingen: [
        ["Sleutel", "Waarde"],
        ["Taal", "nl"],
        ["Regio", "Gooi en Vechtstreek"],
      ],
    });
    // What a partner typed or formatted; drop-downs (dv) are added by the add-on on purpose.
    const typed = (cells: unknown) =>
      JSON.parse(
        JSON.stringify(cells, (k, v) => (k === "dv" ? undefined : v)),
        (_k, v) =>
          v && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 0 ? null : v,
      );
    const before = typed(ss.sheets.slice(0, 5).map((s) => s.cells));
    const runner = runnerFor(account);
    const r = runner.click("Werkblad inrichten");
    expect(r.value).toMatchObject({ outcome: "ok" });
    const acts = tab(ss, "activiteiten");
    // Every cell that was there is still there, unchanged.
    before.forEach((cells: unknown[][], t: number) => {
      const now = typed(ss.sheets[t]!.cells);
      cells.forEach((row, r) => {
        row?.forEach((cell, c) => {
          expect(now[r][c]).toEqual(cell);
        });
      });
    });
    expect(valuesOf(acts)[0]).toEqual([...activities[0]!, "ID", "Laatst bijgewerkt"]);
    expect(valuesOf(tab(ss, "Vergaderingen"))[0]).toEqual([
      "Groep",
      "Datum",
      "Titel",
      "Agenda-ID",
      "Uitnodiging",
      "Verstuurd op",
    ]);
    // No second Activiteiten tab next to the lower-case one.
    expect(ss.sheets.filter((s) => s.name.toLowerCase() === "activiteiten")).toHaveLength(1);
    const settings = valuesOf(tab(ss, "Instellingen"));
    expect(settings.slice(0, 3)).toEqual([
      ["Sleutel", "Waarde"],
      ["Taal", "nl"],
      ["Regio", "Gooi en Vechtstreek"],
    ]);
    expect(settings.map((row) => row[0])).toContain("Netwerknaam");
    expect(settings.filter((row) => row[0] === "Regio")).toHaveLength(1);
  });

  test("missing required columns are reported and not invented", () => {
    const { account, ss } = accountWith({ Activiteiten: [["Project", "Onderwerp"]] });
    const runner = runnerFor(account);
    const r = runner.click("Werkblad inrichten");
    const value = r.value as { message: string; details: { missingColumns: unknown[] } };
    expect(value.details.missingColumns).toEqual([
      { tab: "Activiteiten", column: "Trekker" },
      { tab: "Activiteiten", column: "Deadline" },
      { tab: "Activiteiten", column: "Fase" },
      { tab: "Activiteiten", column: "Status" },
    ]);
    expect(value.message).toContain("In het tabblad ‘Activiteiten’ ontbreekt de kolom ‘Trekker’.");
    expect(valuesOf(tab(ss, "Activiteiten"))[0]).toEqual(["Project", "Onderwerp", "ID", "Laatst bijgewerkt"]);
  });

  test("English when Taal is en: menu and messages", () => {
    const { account } = accountWith({
      Instellingen: [
        ["Sleutel", "Waarde"],
        ["Taal", "en"],
      ],
    });
    const runner = runnerFor(account);
    const r = runner.click("Werkblad inrichten");
    expect(r.value).toMatchObject({
      outcome: "ok",
      message: expect.stringContaining("The workbook has been set up."),
    });
    runner.open("FULL");
    expect(runner.menuItems().map((i) => i.caption)).toContain("Set up workbook");
    const v = runner.click("Generate report");
    expect(v.value).toMatchObject({
      outcome: "unavailable",
      message: expect.stringContaining("not available yet"),
    });
  });
});

describe("the action frame", () => {
  test("a second run while one holds the lock gets a clear message and changes nothing", () => {
    const { account, ss } = accountWith({});
    const runner = runnerFor(account);
    // Another execution holds the document lock (a run still busy in another browser tab).
    const ctx = createExecutionContext({ account });
    const globals = createGlobals(ctx) as { LockService: GoogleAppsScript.Lock.LockService };
    expect(globals.LockService.getDocumentLock().tryLock(100)).toBe(true);
    const before = JSON.stringify(ss);
    const r = runner.click("Werkblad inrichten");
    expect(r.value).toMatchObject({ outcome: "error", message: expect.stringContaining("al bezig") });
    expect(JSON.stringify(ss)).toBe(before);
  });

  test("a failing service call ends in a clear message and releases the lock", () => {
    const { account } = accountWith({});
    const runner = runnerFor(account);
    runner.faults = [{ method: "Spreadsheet.insertSheet", call: 3 }];
    const r = runner.click("Werkblad inrichten");
    expect(r.value).toMatchObject({
      outcome: "error",
      message: expect.stringMatching(
        /^‘Werkblad inrichten’ is niet gelukt: de dagelijkse limiet van Google voor deze dienst is bereikt; probeer het morgen opnieuw \(Service invoked too many times/,
      ),
    });
    runner.faults = [];
    // The lock was released: the next click works and completes the setup.
    const again = runner.click("Werkblad inrichten");
    expect(again.value).toMatchObject({ outcome: "ok" });
  });

  test("actions that are not built yet say so and change nothing", () => {
    const { account, ss } = accountWith({});
    const runner = runnerFor(account);
    const before = JSON.stringify(ss);
    for (const caption of [
      "Rapport genereren",
      "Uitnodigingen versturen…",
      "Jaarplanning vergaderingen…",
      "Instellingen…",
    ]) {
      const r = runner.click(caption);
      expect(r.value).toMatchObject({
        outcome: "unavailable",
        message: `‘${caption}’ is nog niet beschikbaar in deze versie van Netwerkplan. Er is niets gewijzigd.`,
      });
    }
    expect(JSON.stringify(ss)).toBe(before);
    expect(runner.click("Help").value).toMatchObject({ outcome: "ok" });
  });

  test("onOpen in AuthMode.NONE only builds the menu", () => {
    const { account } = accountWith({});
    const runner = runnerFor(account);
    const r = runner.open("NONE");
    expect(r.error).toBeUndefined();
    expect(Object.keys(r.calls).sort()).toEqual([
      "Menu.addItem",
      "Menu.addSeparator",
      "Menu.addToUi",
      "SpreadsheetApp.getUi",
      "Ui.createAddonMenu",
    ]);
    expect(runner.menuItems()).toHaveLength(8);
  });
});

describe("onEdit", () => {
  const header = ["ID", ...ACTIVITY_HEADER, "Laatst bijgewerkt"];
  test("stamps Laatst bijgewerkt on the edited rows of Activiteiten only", () => {
    const { account, ss } = accountWith({
      Activiteiten: [
        header,
        ["", "P", "", "Eerste", "NWC", "Dec. 2026", "Uitvoering", "Op schema", ""],
        ["", "P", "", "Tweede", "NWC", "2026", "Uitvoering", "Op schema", ""],
      ],
      Projecten: [["Naam"], ["P"]],
    });
    const runner = runnerFor(account, "2026-11-22");
    const edit = (sheetName: string, a1: string) => runner.edit(sheetName, a1);
    expect(edit("Activiteiten", "E3").error).toBeUndefined();
    const acts = tab(ss, "Activiteiten");
    const stamp = acts.cells[2]?.[8]?.v;
    expect(stamp).toEqual(new Date(runner.now().getTime()));
    expect(acts.cells[1]?.[8]?.v).toBeUndefined();
    expect(acts.cells[2]?.[8]?.nf).toBe("dd-mm-yyyy hh:mm");
    // Header row, other tabs and the stamp column itself do not stamp.
    edit("Activiteiten", "A1");
    edit("Projecten", "A2");
    edit("Activiteiten", "I2");
    expect(acts.cells[1]?.[8]?.v).toBeUndefined();
    expect(acts.cells[0]?.[8]?.v).toBe("Laatst bijgewerkt");
  });
});
