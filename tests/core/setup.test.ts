import { planSetup, type TabSnapshot, type WorkbookSnapshot } from "../../src/core/setup";
import { ALL_TABS, SETTING_DEFS } from "../../src/core/tabs";

const snapshot = (tabs: TabSnapshot[], settingsValues: unknown[][] | null = null): WorkbookSnapshot => ({
  tabs,
  settingsValues,
  spreadsheetName: "Netwerkplan GV",
  year: 2026,
});

const headerOf = (tab: { columns: readonly { header: string }[] }) => tab.columns.map((c) => c.header);

describe("planSetup", () => {
  test("an empty spreadsheet gets every tab of PRODUCT.md §2 and the default settings", () => {
    const { ops, missingColumns } = planSetup(snapshot([{ name: "Blad1", header: [], lastRow: 0 }]));
    const created = ops.flatMap((o) => (o.kind === "createTab" ? [o.tab.name] : []));
    expect(created).toEqual([
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
    const settings = ops.find((o) => o.kind === "appendSettings");
    expect(settings).toMatchObject({ tabName: "Instellingen", startRow: 2, keyCol: 0, valueCol: 1 });
    if (settings?.kind !== "appendSettings") throw new Error("no settings op");
    expect(settings.rows.map((r) => r[0])).toEqual(SETTING_DEFS.map((d) => d.key));
    expect(Object.fromEntries(settings.rows)).toMatchObject({
      Netwerknaam: "Netwerkplan GV",
      Jaar: 2026,
      Taal: "nl",
      Tijdzone: "Europe/Amsterdam",
      "Uitnodigingen versturen": true,
      "Kleur Achter op schema": expect.stringMatching(/^#[0-9a-f]{6}$/),
    });
    expect(missingColumns).toEqual([]);
  });

  test("a complete workbook needs nothing", () => {
    const tabs = ALL_TABS.map((t) => ({ name: t.name, header: headerOf(t), lastRow: 1 }));
    const settingsValues = [["Sleutel", "Waarde"], ...SETTING_DEFS.map((d) => [d.key, "x"])];
    expect(planSetup(snapshot(tabs, settingsValues))).toEqual({ ops: [], missingColumns: [], noHeader: [] });
  });

  test("the add-on's own columns are appended after the last header, other columns stay where they are", () => {
    const tabs = ALL_TABS.map((t) => ({ name: t.name, header: headerOf(t), lastRow: 1 }));
    const activities = tabs.find((t) => t.name === "Activiteiten")!;
    // Moved, renamed (synonyms) and unknown columns; no ID and no Laatst bijgewerkt.
    activities.header = [
      "Status",
      "Trekkers",
      "Onderwerp",
      "Project",
      "Eigen notitie",
      "Deadline",
      "Fase",
      "",
      "",
    ];
    activities.lastRow = 40;
    const meetings = tabs.find((t) => t.name === "Vergaderingen")!;
    meetings.header = ["Groep", "Datum", "Agenda-ID"];
    const settingsValues = [["Sleutel", "Waarde"], ...SETTING_DEFS.map((d) => [d.key, "x"])];
    const { ops, missingColumns } = planSetup(snapshot(tabs, settingsValues));
    expect(ops).toEqual([
      { kind: "appendColumns", tabName: "Activiteiten", startCol: 7, headers: ["ID", "Laatst bijgewerkt"] },
      {
        kind: "appendColumns",
        tabName: "Vergaderingen",
        startCol: 3,
        headers: ["Uitnodiging", "Verstuurd op"],
      },
    ]);
    expect(missingColumns).toEqual([]);
  });

  test("required columns that are missing are reported, never invented", () => {
    const tabs = ALL_TABS.map((t) => ({ name: t.name, header: headerOf(t), lastRow: 1 }));
    tabs.find((t) => t.name === "Activiteiten")!.header = [
      "ID",
      "Project",
      "Onderwerp",
      "Deadline",
      "Laatst bijgewerkt",
    ];
    const settingsValues = [["Sleutel", "Waarde"], ...SETTING_DEFS.map((d) => [d.key, "x"])];
    const { ops, missingColumns } = planSetup(snapshot(tabs, settingsValues));
    expect(ops).toEqual([]);
    expect(missingColumns).toEqual([
      { tab: "Activiteiten", column: "Trekker" },
      { tab: "Activiteiten", column: "Fase" },
      { tab: "Activiteiten", column: "Status" },
    ]);
  });

  test("tabs are found case-insensitively and existing settings are kept; only missing keys are added", () => {
    const tabs = ALL_TABS.map((t) => ({ name: t.name.toUpperCase(), header: headerOf(t), lastRow: 1 }));
    const settingsValues = [
      ["Waarde", "Sleutel"],
      ["Gooi en Vechtstreek", "regio"],
      ["en", "Taal:"],
      ["", ""],
      ["iets", "Onbekend"],
    ];
    const { ops } = planSetup(snapshot(tabs, settingsValues));
    expect(ops).toHaveLength(1);
    const op = ops[0]!;
    if (op.kind !== "appendSettings") throw new Error(op.kind);
    expect(op.tabName).toBe("INSTELLINGEN");
    expect(op.keyCol).toBe(1);
    expect(op.valueCol).toBe(0);
    expect(op.startRow).toBe(6);
    expect(op.rows.map((r) => r[0])).not.toContain("Regio");
    expect(op.rows.map((r) => r[0])).not.toContain("Taal");
    expect(op.rows.map((r) => r[0])).toContain("Netwerknaam");
  });

  test("an empty existing source tab gets its header row; a tab with data but no header is left alone", () => {
    const tabs = ALL_TABS.map((t) => ({ name: t.name, header: headerOf(t), lastRow: 1 }));
    tabs.find((t) => t.name === "Leden")!.header = [];
    tabs.find((t) => t.name === "Leden")!.lastRow = 0;
    tabs.find((t) => t.name === "Projecten")!.header = ["", ""];
    tabs.find((t) => t.name === "Projecten")!.lastRow = 5;
    const settingsValues = [["Sleutel", "Waarde"], ...SETTING_DEFS.map((d) => [d.key, "x"])];
    const { ops } = planSetup(snapshot(tabs, settingsValues));
    expect(ops.map((o) => o.kind === "writeHeaders" && o.tabName)).toEqual(["Leden"]);
  });
});

describe("a tab whose header row is not on row 1", () => {
  const data = ["Levenspad", "Folder", "NWC", "Dec. 2026", "Uitvoering", "Op schema"];
  const header = ["Project", "Onderwerp", "Trekker", "Deadline", "Fase", "Status"];

  test("data on row 1 and no header anywhere: nothing is written into it, and it is said", () => {
    const plan = planSetup(snapshot([{ name: "Activiteiten", header: data, lastRow: 2, top: [data, data] }]));
    expect(
      plan.ops.some((o) => o.kind !== "createTab" && "tabName" in o && o.tabName === "Activiteiten"),
    ).toBe(false);
    expect(plan.noHeader).toEqual([{ tab: "Activiteiten", foundAt: null }]);
  });

  test("the header on row 3: nothing is written, and the row is named", () => {
    const top = [["Jaarplan 2026"], [], header, data];
    const plan = planSetup(snapshot([{ name: "Activiteiten", header: top[0]!, lastRow: 4, top }]));
    expect(plan.ops.some((o) => o.kind === "appendColumns" && o.tabName === "Activiteiten")).toBe(false);
    expect(plan.noHeader).toEqual([{ tab: "Activiteiten", foundAt: 3 }]);
  });

  test("a header on row 1 is used as before", () => {
    const plan = planSetup(snapshot([{ name: "Activiteiten", header, lastRow: 2, top: [header, data] }]));
    expect(plan.noHeader).toEqual([]);
    expect(plan.ops).toContainEqual(
      expect.objectContaining({
        kind: "appendColumns",
        tabName: "Activiteiten",
        headers: ["ID", "Laatst bijgewerkt"],
      }),
    );
  });
});

test("an empty tab with a generated tab's name gets nothing written (it may be a person's); an empty source tab gets its header", () => {
  const plan = planSetup(
    snapshot([
      { name: "Status", header: [], lastRow: 0 },
      { name: "Leden", header: [], lastRow: 0 },
    ]),
  );
  const about = (name: string) => plan.ops.filter((o) => "tabName" in o && o.tabName === name);
  expect(about("Status")).toEqual([]);
  expect(about("Leden").map((o) => o.kind)).toEqual(["writeHeaders"]);
});
