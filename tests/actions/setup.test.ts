import "../../bench/trace";
import { price } from "../../bench/cost-model";
import { startTrace, stopTrace } from "../../bench/trace";
import type { ConditionalFormatRuleData, SheetData } from "../../local/emulator/spreadsheet/model";
import type { AddonRunner, ExecutionResult } from "../../local/run";
import { DEFAULT_STATUS_COLOURS } from "../../src/core/tabs";
import {
  accountWith,
  ownStatusRules,
  PARTNER_RULE,
  runnerFor,
  STATUS_WORDS,
  statusNetwork,
  tab,
  valuesOf,
} from "../support/addon";

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
    // Generated tabs keep only the grid they use, not a new sheet's 1,000 × 26.
    const history = tab(ss, "Historie");
    expect([history.maxRows, history.maxCols]).toEqual([2, valuesOf(history)[0]?.length]);
    expect([tab(ss, "Overzicht").maxRows, tab(ss, "Overzicht").maxCols]).toEqual([1, 1]);
    expect(tab(ss, "Activiteiten").maxRows).toBe(1000);
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
    const dialog = runner.ui.events.filter((e) => e.kind === "modal").pop();
    expect(dialog).toMatchObject({ title: "Werkblad inrichten" });
    expect(dialog && "html" in dialog ? dialog.html : "").toContain("Nieuwe tabbladen: Activiteiten");
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
    // The English caption runs the action, in English (it used to say "not available yet").
    const v = runner.click("Generate report");
    expect(v.value).toMatchObject({
      outcome: "ok",
      message: expect.stringContaining("has been made"),
    });
  });

  test("drop-downs warn and never reject; Groep offers the active members' groups in order; status colours", () => {
    const { account, ss } = accountWith({
      Activiteiten: [
        ["Onderwerp", "Status", ...ACTIVITY_HEADER.filter((h) => h !== "Onderwerp" && h !== "Status")],
        ["Folder", "Op schema", "Levenspad", "", "NWC", "Dec. 2026", "Uitvoering"],
      ],
      Projecten: [
        ["Korte naam", "Naam"],
        ["", "Levenspad"],
      ],
      Leden: [
        ["Naam", "E-mail", "Groepen", "Actief"],
        ["Sanne", "s@example.org", "Themagroep Sociaal domein, Kerngroep", true],
        ["Thijs", "t@example.org", "Bestuurders", true],
        ["Wim", "w@example.org", "Zorgverleners", false],
      ],
      Vergaderingen: [["Groep", "Datum"]],
      Instellingen: [
        ["Sleutel", "Waarde"],
        ["Kleur Behaald", "#00ff00"],
      ],
    });
    expect(runnerFor(account).click("Werkblad inrichten").value).toMatchObject({ outcome: "ok" });
    const acts = tab(ss, "Activiteiten");
    const header = valuesOf(acts)[0] as string[];
    const ruleAt = (name: string) => acts.cells[1]?.[header.indexOf(name)]?.dv;
    // Every drop-down only warns: a partner can still type what the list lacks (PRODUCT.md §2.7).
    expect(ruleAt("Status")).toMatchObject({
      kind: "list",
      strict: false,
      values: ["Behaald", "Op schema", "Doorlopend", "Achter op schema"],
    });
    expect(ruleAt("Fase")).toMatchObject({
      kind: "list",
      strict: false,
      values: ["Ontwikkeling", "Uitvoering", "Continue", "Afgerond"],
    });
    expect(ruleAt("Project")).toMatchObject({ kind: "range", strict: false });
    expect(ruleAt("Project")?.range).toMatch(/^'?Projecten'?!B2:B/);
    // The rule covers the column down to the sheet's last row, not just the rows with data.
    expect(acts.cells[acts.maxRows - 1]?.[header.indexOf("Status")]?.dv).toMatchObject({ strict: false });
    expect(tab(ss, "Vergaderingen").cells[1]?.[0]?.dv).toMatchObject({
      kind: "list",
      strict: false,
      values: ["Bestuurders", "Kerngroep", "Themagroep Sociaal domein"],
    });
    // The four status colours on the Status column, the one from Instellingen included.
    const rules = acts.conditionalFormatRules.map((r) => [
      r.condition.values[0],
      r.format.background,
      r.ranges[0]?.col,
    ]);
    expect(rules).toEqual([
      ["Behaald", "#00ff00", 1],
      ["Op schema", expect.stringMatching(/^#/), 1],
      ["Doorlopend", expect.stringMatching(/^#/), 1],
      ["Achter op schema", expect.stringMatching(/^#/), 1],
    ]);
  });

  test("a tab whose header is not on row 1 gets nothing written into it, and the dialog says where the header is", () => {
    const rows = [
      ["Jaarplan 2026"],
      [],
      ACTIVITY_HEADER,
      ["Levenspad", "", "Folder", "NWC", "Dec. 2026", "Uitvoering", "Op schema"],
    ];
    const { account, ss } = accountWith({
      Activiteiten: rows,
      Projecten: [["Naam"], ["Levenspad"]],
      Leden: [["Naam", "E-mail"]],
    });
    const before = JSON.stringify(tab(ss, "Activiteiten").cells.map((r) => r?.map((c) => c?.v)));
    const runner = runnerFor(account);
    runner.click("Werkblad inrichten");
    expect(JSON.stringify(tab(ss, "Activiteiten").cells.map((r) => r?.map((c) => c?.v)))).toBe(before);
    const dialog = runner.ui.events.filter((e) => e.kind === "modal").pop();
    expect(dialog && "html" in dialog ? dialog.html : "").toContain("staat de kopregel op rij 3");
  });
});

/** One click, with the order of its calls priced as the bench prices them (bench/cost-model.ts). */
function traced(runner: AddonRunner, caption: string): ExecutionResult & ReturnType<typeof price> {
  const trace = startTrace({ heap: false });
  let r: ExecutionResult;
  try {
    r = runner.click(caption);
  } finally {
    stopTrace();
  }
  return { ...r, ...price(trace) };
}

/** The drop-down of every row of a column below the header, as one list per distinct rule (undefined: none). */
function dropDownsOf(sheet: SheetData, col: number): unknown[] {
  const rules = new Map<string, unknown>();
  for (let row = 1; row < sheet.maxRows; row++) {
    const dv = sheet.cells[row]?.[col]?.dv;
    rules.set(JSON.stringify(dv ?? null), dv);
  }
  return [...rules.values()];
}

test("a tab whose only content is a formula that shows nothing is not empty: no header is written over it", () => {
  const { account, ss } = accountWith({ Leden: [[""]] });
  tab(ss, "Leden").cells = [[{ f: '=""', v: "" }]];
  const r = runnerFor(account).click("Werkblad inrichten");
  expect(r.value).toMatchObject({ outcome: "ok" });
  expect(tab(ss, "Leden").cells).toEqual([[{ f: '=""', v: "" }]]);
  expect((r.value as { message: string }).message).toContain(
    "‘Leden’ heeft gegevens maar geen kopregel op rij 1",
  );
});

describe("Werkblad inrichten: the tabs and the input help in one batch, every read before it", () => {
  const partnerRules = (statusCol: number): ConditionalFormatRuleData[] => [
    PARTNER_RULE,
    {
      // On the Status column, but not a status word: a partner's.
      ranges: [{ row: 1, col: statusCol, numRows: 30, numCols: 1 }],
      condition: { type: "TEXT_EQUAL_TO", values: ["Onbekend"] },
      format: { fontColor: "#999999" },
    },
  ];
  function start() {
    const fixture = accountWith({
      ...statusNetwork(),
      Instellingen: [
        ["Sleutel", "Waarde"],
        ["Kleur Behaald", "#00ff00"],
      ],
    });
    const acts = tab(fixture.ss, "Activiteiten");
    // The partners' rules, and one of the add-on's own from an earlier run with an old colour.
    acts.conditionalFormatRules = [
      ...partnerRules(5),
      { ...ownStatusRules(5, 1000)[0]!, format: { background: "#123456" } },
    ];
    return { ...fixture, runner: runnerFor(fixture.account) };
  }
  const colours = { ...DEFAULT_STATUS_COLOURS, Behaald: "#00ff00" };

  test("one snapshot and one batch, no spreadsheet read after it; no SpreadsheetApp drop-downs or rules", () => {
    const { runner } = start();
    for (const run of [1, 2]) {
      const r = traced(runner, "Werkblad inrichten");
      expect(r.value).toMatchObject({ outcome: "ok" });
      expect([run, r.snapshots, r.readsAfterWrite]).toEqual([run, 1, {}]);
      expect(r.calls["Sheets.Spreadsheets.batchUpdate"]).toBe(1);
      for (const m of [
        "Range.setDataValidation",
        "Sheet.setConditionalFormatRules",
        "Sheet.getConditionalFormatRules",
      ])
        expect(r.calls[m]).toBeUndefined();
    }
  });

  test("drop-downs and status colours as SpreadsheetApp set them, also on the tabs and columns the batch adds", () => {
    const { ss, runner } = start();
    expect(runner.click("Werkblad inrichten").value).toMatchObject({ outcome: "ok" });
    const acts = tab(ss, "Activiteiten");
    const list = (values: readonly string[]) => ({
      kind: "list",
      values,
      strict: false,
      showDropdown: true,
      helpText: "Kies een waarde uit de lijst.",
    });
    // Down to the last row of the sheet, one rule for the whole column; the header row has none.
    expect(dropDownsOf(acts, 0)).toEqual([
      {
        kind: "range",
        range: "Projecten!B2:B1000",
        strict: false,
        showDropdown: true,
        helpText: "Kies een project uit het tabblad Projecten.",
      },
    ]);
    expect(dropDownsOf(acts, 4)).toEqual([list(["Ontwikkeling", "Uitvoering", "Continue", "Afgerond"])]);
    expect(dropDownsOf(acts, 5)).toEqual([list(STATUS_WORDS)]);
    expect(acts.cells[0]?.[5]?.dv).toBeUndefined();
    for (const col of [1, 2, 3, 6, 7]) expect(dropDownsOf(acts, col)).toEqual([undefined]);
    // Vergaderingen is made by this very batch: its Groep column gets the groups at once.
    const meetings = tab(ss, "Vergaderingen");
    expect(dropDownsOf(meetings, 0)).toEqual([list(["Bestuurders", "Kerngroep"])]);
    // The partners' rules first, as they were; the add-on's own replaced by the four current ones.
    expect(acts.conditionalFormatRules).toEqual([...partnerRules(5), ...ownStatusRules(5, 1000, colours)]);
  });

  test("running it twice adds no rule twice and changes nothing", () => {
    const { ss, runner } = start();
    runner.click("Werkblad inrichten");
    const once = JSON.stringify(ss);
    expect(runner.click("Werkblad inrichten").value).toMatchObject({ outcome: "ok" });
    expect(JSON.stringify(ss)).toBe(once);
    expect(tab(ss, "Activiteiten").conditionalFormatRules).toHaveLength(2 + 4);
  });

  test("a new workbook: drop-downs on the new tabs' columns, colours on the new Status column", () => {
    const { account, ss } = accountWith({});
    expect(runnerFor(account).click("Werkblad inrichten").value).toMatchObject({ outcome: "ok" });
    const acts = tab(ss, "Activiteiten");
    const header = valuesOf(acts)[0] as string[];
    const col = (name: string) => header.indexOf(name);
    expect(dropDownsOf(acts, col("Project"))).toEqual([
      expect.objectContaining({ kind: "range", range: "Projecten!A2:A1000" }),
    ]);
    expect(dropDownsOf(acts, col("Fase"))).toEqual([expect.objectContaining({ kind: "list" })]);
    expect(acts.conditionalFormatRules).toEqual(ownStatusRules(col("Status"), 1000));
    // No members yet, so no groups to offer.
    expect(dropDownsOf(tab(ss, "Vergaderingen"), 0)).toEqual([undefined]);
  });
});
