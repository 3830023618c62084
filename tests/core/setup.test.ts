import {
  afterSetup,
  planSetup,
  type TabSnapshot,
  tabSnapshot,
  type WorkbookSnapshot,
} from "../../src/core/setup";
import {
  ALL_TABS,
  HEADER_SEARCH_ROWS,
  MEETINGS_TAB,
  MEMBERS_TAB,
  PROJECTS_TAB,
  SETTING_DEFS,
} from "../../src/core/tabs";

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

describe("tabSnapshot: a source tab from its data range", () => {
  test("the header, the last row and the first rows to search for a header", () => {
    const values = Array.from({ length: 30 }, (_, i) => [`r${i + 1}`, ""]);
    const snap = tabSnapshot("Leden", values);
    expect(snap).toMatchObject({ name: "Leden", header: ["r1", ""], lastRow: 30 });
    expect(snap.top).toHaveLength(HEADER_SEARCH_ROWS);
  });

  test("an empty tab (its data range is the one empty cell A1) has no rows; unless the sheet says otherwise", () => {
    expect(tabSnapshot("Leden", [[""]]).lastRow).toBe(0);
    // A formula in A1 that shows nothing: the tab is not empty, so no header is written over it.
    const formula = tabSnapshot("Leden", [[""]], 1);
    expect(formula.lastRow).toBe(1);
    const plan = planSetup(snapshot([formula]));
    expect(plan.ops.filter((o) => "tabName" in o && o.tabName === "Leden")).toEqual([]);
    expect(plan.noHeader).toEqual([{ tab: "Leden", foundAt: null }]);
  });
});

describe("afterSetup: the source tabs as the setup's batch leaves them", () => {
  const raw = (name: string, values: unknown[][]) => ({
    name,
    values,
    display: values.map((r) => r.map((v) => String(v ?? ""))),
  });
  const none = { activities: null, projects: null, members: null, meetings: null, settings: null };

  test("new tabs with their header, own columns appended, settings added; other rows the same objects", () => {
    const acts = raw("activiteiten", [
      ["Project", "Onderwerp", "Trekker", "Deadline", "Fase", "Status"],
      ["P", "Folder", "NWC", "2026", "Uitvoering", "Op schema"],
    ]);
    const settings = raw("Instellingen", [
      ["Sleutel", "Waarde"],
      ["Taal", "nl"],
    ]);
    const tabs = { ...none, activities: acts, settings };
    const plan = planSetup(
      snapshot(
        [tabSnapshot("activiteiten", acts.values), tabSnapshot("Instellingen", settings.values)],
        settings.values,
      ),
    );
    const after = afterSetup(tabs, plan.ops);
    expect(after.activities?.name).toBe("activiteiten");
    expect(after.activities?.values[0]).toEqual([...acts.values[0]!, "ID", "Laatst bijgewerkt"]);
    expect(after.activities?.display[0]).toEqual([...acts.values[0]!, "ID", "Laatst bijgewerkt"]);
    // The data rows are not copied, and the input is left as it was.
    expect(after.activities?.values[1]).toBe(acts.values[1]);
    expect(acts.values[0]).toHaveLength(6);
    const projects = headerOf(PROJECTS_TAB);
    expect(after.projects).toEqual({ name: "Projecten", values: [projects], display: [projects] });
    expect(after.meetings?.values[0]).toEqual(headerOf(MEETINGS_TAB));
    const added = SETTING_DEFS.filter((d) => d.key !== "Taal");
    expect(after.settings?.values.slice(2).map((r) => r[0])).toEqual(added.map((d) => d.key));
    const row = (key: string) => after.settings?.display.find((r) => r[0] === key);
    expect(row("Jaar")).toEqual(["Jaar", "2026"]);
    expect(row("Uitnodigingen versturen")).toEqual(["Uitnodigingen versturen", "TRUE"]);
  });

  test("headers written into an empty tab, and nothing for a plan without ops", () => {
    const leden = raw("Leden", [[""]]);
    const tabs = { ...none, members: leden };
    const plan = planSetup(snapshot([tabSnapshot("Leden", leden.values)]));
    expect(afterSetup(tabs, plan.ops).members?.values[0]).toEqual(headerOf(MEMBERS_TAB));
    expect(afterSetup(tabs, [])).toEqual(tabs);
  });
});
