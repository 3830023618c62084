/** core/setup-requests.ts: `Werkblad inrichten`'s plan as the requests of one all-or-nothing batch. */
import { apiColor } from "../../src/core/batch";
import { translator } from "../../src/core/i18n";
import { planSetup, type SetupOp } from "../../src/core/setup";
import { newTabGrid, type SetupTarget, setupRequests } from "../../src/core/setup-requests";
import { HEADER_BG } from "../../src/core/style";
import { ACTIVITIES_TAB, HISTORY_TAB, OVERVIEW_TAB, STATUS_TAB, VALIDATION_TAB } from "../../src/core/tabs";
import { ENGLISH_HEADERS } from "../support/validation-fixtures";

type Request = GoogleAppsScript.Sheets.Schema.Request;

const texts = { protection: "Gemaakt door Netwerkplan", placeholder: "Kies Dashboards genereren" };

function requestsFor(
  ops: SetupOp[],
  existing: [string, SetupTarget][] = [],
  tabCount = existing.length,
  t = translator("nl"),
) {
  return setupRequests({ ops, existing: new Map(existing), tabCount, firstNewId: 7, texts, t });
}

const kinds = (requests: Request[]) => requests.map((r) => Object.keys(r)[0]);

test("an empty spreadsheet: every tab made in the one batch, with its header, frozen row, protection and hiding", () => {
  const plan = planSetup({
    tabs: [{ name: "Blad1", header: [], lastRow: 0 }],
    settingsValues: null,
    spreadsheetName: "Netwerk",
    year: 2026,
  });
  const { requests, created } = requestsFor(plan.ops, [["Blad1", { id: 0, rows: 1000, columns: 26 }]]);
  expect(created.map((c) => [c.name, c.id, c.generated])).toEqual([
    ["Activiteiten", 7, false],
    ["Projecten", 8, false],
    ["Leden", 9, false],
    ["Vergaderingen", 10, false],
    ["Instellingen", 11, false],
    ["Validatie", 12, true],
    ["Status", 13, true],
    ["Overzicht", 14, true],
    ["Historie", 15, true],
  ]);
  const added = requests.flatMap((r) => (r.addSheet ? [r.addSheet.properties!] : []));
  // After the tabs there are, in the plan's order.
  expect(added.map((p) => p.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  expect(added.filter((p) => p.hidden).map((p) => p.title)).toEqual(["Historie"]);
  // Tabs partners type into get Sheets' usual grid; generated tabs only what they use.
  expect(added.find((p) => p.title === "Activiteiten")!.gridProperties).toEqual({
    rowCount: 1000,
    columnCount: 26,
    frozenRowCount: 1,
  });
  expect(added.find((p) => p.title === "Historie")!.gridProperties).toEqual({
    rowCount: 2,
    columnCount: HISTORY_TAB.columns.length,
    frozenRowCount: 1,
  });
  expect(added.find((p) => p.title === "Overzicht")!.gridProperties).toEqual({
    rowCount: 1,
    columnCount: 1,
    frozenRowCount: 0,
  });
  // Protection (a warning only) on exactly the generated tabs.
  const protectedIds = requests.flatMap((r) =>
    r.addProtectedRange ? [r.addProtectedRange.protectedRange!.range!.sheetId] : [],
  );
  expect(protectedIds).toEqual([12, 13, 14, 15]);
  expect(requests.every((r) => !r.addProtectedRange || r.addProtectedRange.protectedRange!.warningOnly)).toBe(
    true,
  );
  // Each header's texts in the tab just made, then bold on the header colour once for the header row.
  const activities = requests.find((r) => r.updateCells?.start?.sheetId === 7)!.updateCells!;
  expect(activities.rows![0]!.values!).toEqual(
    ACTIVITIES_TAB.columns.map((c) => ({ userEnteredValue: { stringValue: c.header } })),
  );
  expect(activities.fields).toBe("userEnteredValue");
  const look = requests.find((r) => r.repeatCell?.range?.sheetId === 7)!.repeatCell!;
  expect(look).toEqual({
    range: {
      sheetId: 7,
      startRowIndex: 0,
      endRowIndex: 1,
      startColumnIndex: 0,
      endColumnIndex: ACTIVITIES_TAB.columns.length,
    },
    cell: {
      userEnteredFormat: { backgroundColor: apiColor(HEADER_BG), textFormat: { bold: true } },
    },
    fields: "userEnteredFormat.backgroundColor,userEnteredFormat.textFormat.bold",
  });
  const overview = requests.find((r) => r.updateCells?.start?.sheetId === 14)!.updateCells!;
  expect(overview.rows![0]!.values![0]).toEqual({
    userEnteredValue: { stringValue: texts.placeholder },
    userEnteredFormat: { textFormat: { italic: true } },
  });
  expect(kinds(requests)).not.toContain("appendDimension");
});

test("in English the new Validatie and Status get English headers; the tabs partners type in and Historie keep theirs", () => {
  const tabs = [ACTIVITIES_TAB, VALIDATION_TAB, STATUS_TAB, HISTORY_TAB];
  const headerRow = (t: ReturnType<typeof translator>) => {
    const { requests, created } = requestsFor(
      tabs.map((tab) => ({ kind: "createTab", tab })),
      [],
      0,
      t,
    );
    return Object.fromEntries(
      created.map(({ name, id }) => [
        name,
        requests
          .find((r) => r.updateCells?.start?.sheetId === id)!
          .updateCells!.rows![0]!.values!.map((v) => v.userEnteredValue?.stringValue),
      ]),
    );
  };
  const dutchHeaders = (tab: (typeof tabs)[number]) => tab.columns.map((c) => c.header);
  expect(headerRow(translator("en"))).toEqual({
    Activiteiten: dutchHeaders(ACTIVITIES_TAB),
    Validatie: ENGLISH_HEADERS.Validatie,
    Status: ENGLISH_HEADERS.Status,
    // Read back by the next Dashboards genereren whatever the language (core/history.ts).
    Historie: dutchHeaders(HISTORY_TAB),
  });
  // In Dutch every tab is written as core/tabs.ts names its columns.
  expect(headerRow(translator("nl"))).toEqual(
    Object.fromEntries(tabs.map((tab) => [tab.name, dutchHeaders(tab)])),
  );
});

test("settings: only the key and value columns of the new rows; text as text, a number whole, yes/no a checkbox", () => {
  const ops: SetupOp[] = [
    {
      kind: "appendSettings",
      tabName: "Instellingen",
      startRow: 5,
      keyCol: 0,
      valueCol: 2,
      rows: [
        ["Netwerknaam", "Netwerk"],
        ["Jaar", 2026],
        ["Uitnodigingen versturen", true],
      ],
    },
  ];
  const { requests } = requestsFor(ops, [["Instellingen", { id: 3, rows: 1000, columns: 26 }]]);
  expect(kinds(requests)).toEqual(["updateCells", "updateCells"]);
  const [keys, values] = requests.map((r) => r.updateCells!);
  expect(keys!.start).toEqual({ sheetId: 3, rowIndex: 4, columnIndex: 0 });
  expect(values!.start).toEqual({ sheetId: 3, rowIndex: 4, columnIndex: 2 });
  expect(keys!.rows!.map((r) => r.values)).toEqual(
    ["Netwerknaam", "Jaar", "Uitnodigingen versturen"].map((k) => [
      { userEnteredValue: { stringValue: k }, userEnteredFormat: { numberFormat: { type: "TEXT" } } },
    ]),
  );
  expect(values!.rows!.map((r) => r.values![0])).toEqual([
    { userEnteredValue: { stringValue: "Netwerk" }, userEnteredFormat: { numberFormat: { type: "TEXT" } } },
    {
      userEnteredValue: { numberValue: 2026 },
      userEnteredFormat: { numberFormat: { type: "NUMBER", pattern: "0" } },
    },
    {
      userEnteredValue: { boolValue: true },
      dataValidation: { condition: { type: "BOOLEAN" }, strict: true },
    },
  ]);
});

test("a grid too small grows first (an updateCells past it fails); one that fits is left as it is", () => {
  const append: SetupOp = {
    kind: "appendColumns",
    tabName: "Activiteiten",
    startCol: 7,
    headers: ["ID", "Laatst bijgewerkt"],
  };
  const small = requestsFor([append], [["Activiteiten", { id: 2, rows: 50, columns: 8 }]]).requests;
  expect(small[0]).toEqual({ appendDimension: { sheetId: 2, dimension: "COLUMNS", length: 1 } });
  expect(small[1]!.updateCells!.start).toEqual({ sheetId: 2, rowIndex: 0, columnIndex: 7 });
  // Only the two new header cells get the header look.
  expect(small[2]!.repeatCell!.range).toEqual({
    sheetId: 2,
    startRowIndex: 0,
    endRowIndex: 1,
    startColumnIndex: 7,
    endColumnIndex: 9,
  });
  expect(kinds(requestsFor([append], [["Activiteiten", { id: 2, rows: 50, columns: 9 }]]).requests)).toEqual([
    "updateCells",
    "repeatCell",
  ]);
  // Settings past the last row: rows appended; a second op on the same tab sees the grown grid.
  const settings: SetupOp = {
    kind: "appendSettings",
    tabName: "Instellingen",
    startRow: 3,
    keyCol: 0,
    valueCol: 1,
    rows: [
      ["Taal", "nl"],
      ["Jaar", 2026],
    ],
  };
  const grown = requestsFor(
    [settings, { ...settings, startRow: 4 }],
    [["Instellingen", { id: 4, rows: 2, columns: 2 }]],
  );
  expect(grown.requests.filter((r) => r.appendDimension).map((r) => r.appendDimension)).toEqual([
    { sheetId: 4, dimension: "ROWS", length: 2 },
    { sheetId: 4, dimension: "ROWS", length: 1 },
  ]);
  // The grids as the batch leaves them: what later requests of the same batch (the input help) cover.
  expect(grown.grids.get("Instellingen")).toEqual({ id: 4, rows: 5, columns: 2 });
});

test("grids: every tab, the ones the batch makes with their new grid", () => {
  const { grids } = requestsFor(
    [{ kind: "createTab", tab: ACTIVITIES_TAB }],
    [["Blad1", { id: 0, rows: 1000, columns: 26 }]],
  );
  expect([...grids]).toEqual([
    ["Blad1", { id: 0, rows: 1000, columns: 26 }],
    ["Activiteiten", { id: 7, rows: 1000, columns: 26 }],
  ]);
});

test("an empty tab that exists gets its header and its frozen row in the same batch", () => {
  const { requests, created } = requestsFor(
    [{ kind: "writeHeaders", tabName: "activiteiten", tab: ACTIVITIES_TAB }],
    [["activiteiten", { id: 5, rows: 1000, columns: 5 }]],
  );
  expect(created).toEqual([]);
  expect(kinds(requests)).toEqual(["appendDimension", "updateCells", "repeatCell", "updateSheetProperties"]);
  expect(requests[3]!.updateSheetProperties).toEqual({
    properties: { sheetId: 5, gridProperties: { frozenRowCount: 1 } },
    fields: "gridProperties.frozenRowCount",
  });
});

test("newTabGrid: a free-form generated tab is one cell", () => {
  expect(newTabGrid(OVERVIEW_TAB)).toMatchObject({ rows: 1, columns: 1, frozen: 0 });
});
