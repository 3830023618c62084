/** `Overzicht` (PRODUCT.md §3): counts per thema/project/trekker, red flags, help, overdue, upcoming, trend. */

import type { Grid } from "../../src/core/grid";
import { type HistoryRow, todaysRows } from "../../src/core/history";
import { buildOverview, OVERVIEW_COL_WIDTHS } from "../../src/core/overview";
import { PHASES, STATUSES } from "../../src/core/vocab";
import { exampleActivities, exampleProjects, exampleSettings } from "../support/example-records";
import {
  act,
  at,
  CUSTOM_COLOURS,
  find,
  findAll,
  project,
  settings,
  tableUnder,
  text,
} from "../support/grid-helpers";
import { member } from "../support/invite-fixtures";
import { tooWide } from "../support/text-width";

const TODAY = "2026-03-15"; // the next three months: 2026-03-15 .. 2026-06-14

const projects = [
  project({ name: "Alpha", row: 2, redFlag: "Budget 2027 onzeker", helpRequest: "Vrijwilligers gezocht" }),
  project({ name: "Beta", row: 3 }),
  project({ name: "Gamma", row: 4 }),
];
const A = (subject: string, p: Parameters<typeof act>[0]) => act({ subject, ...p });
const activities = [
  A("a1 overdue", { row: 2, project: "Alpha", theme: "T1", owner: "NWC/projectteam", deadline: "Feb. 2026" }),
  A("a2 done", {
    row: 3,
    project: "Alpha",
    theme: "T1",
    deadline: "Feb. 2026",
    status: "Behaald",
    phase: "Afgerond",
  }),
  A("a3 behind, may", {
    row: 4,
    project: "Beta",
    theme: "T2",
    owner: "Projectleider\nNWC",
    deadline: "Mei 2026",
    status: "Achter op schema",
  }),
  A("a4 ongoing", {
    row: 5,
    project: "Beta",
    theme: "T2",
    owner: "nwc + allen",
    deadline: "Continue",
    status: "Doorlopend",
    phase: "Continue",
  }),
  A("a5 july", { row: 6, project: "Alpha", theme: "", deadline: "Jul. 2026" }),
  A("a6 last day", { row: 7, project: "Beta", theme: "T1", deadline: "14-06-2026", phase: "Ontwikkeling" }),
  A("a7 day after", { row: 8, project: "Beta", theme: "T1", deadline: "15-06-2026" }),
  A("a8 done april", { row: 9, project: "Alpha", theme: "T2", deadline: "Apr. 2026", status: "Behaald" }),
];
// An earlier day with one activity Op schema, then today's counts per project.
const history: HistoryRow[] = [
  {
    date: "2026-02-01",
    project: "Alpha",
    counts: { Behaald: 0, "Op schema": 1, Doorlopend: 0, "Achter op schema": 0 },
  },
  ...todaysRows(
    TODAY,
    projects.map((p) => p.name),
    activities,
  ),
];

const grid = buildOverview(
  projects,
  activities,
  settings({ colours: { ...CUSTOM_COLOURS } }),
  TODAY,
  "nl",
  history,
);

/** The table whose header row follows the section title `title`, as rows of text. */
function section(g: Grid, title: string, width = 10): { header: string[]; rows: string[][] } {
  const t = find(g, title);
  const { header, rows } = tableUnder(g, { row: t.row + 1, col: 0 }, width);
  return { header, rows: rows.map((r) => r.map(text)) };
}

const COUNT_HEADER = [
  "Totaal",
  "Behaald",
  "Op schema",
  "Doorlopend",
  "Achter op schema",
  "Ontwikkeling",
  "Uitvoering",
  "Continue",
  "Afgerond",
];

describe("buildOverview", () => {
  test("rectangular, title band with the network and the date", () => {
    expect(grid.rows.every((r) => r.length === grid.colWidths.length)).toBe(true);
    expect(find(grid, "Overzicht Netwerk Test")).toEqual({ row: 0, col: 0 });
    expect(find(grid, "Gegenereerd op 15-03-2026").row).toBe(0);
    expect(grid.frozenRows).toBe(1);
  });

  test("per thema: the count of each status and each fase, blank theme last, a total row", () => {
    const { header, rows } = section(grid, "Per thema");
    expect(header).toEqual(["Thema", ...COUNT_HEADER]);
    expect(rows).toEqual([
      ["T1", "4", "1", "3", "0", "0", "1", "2", "0", "1"],
      ["T2", "3", "1", "0", "1", "1", "0", "2", "1", "0"],
      ["(geen thema)", "1", "0", "1", "0", "0", "0", "1", "0", "0"],
      ["Totaal", "8", "2", "4", "1", "1", "1", "5", "1", "1"],
    ]);
  });

  test("per project: in sheet order, also a project without activities", () => {
    const { header, rows } = section(grid, "Per project");
    expect(header[0]).toBe("Project");
    expect(rows.map((r) => r.slice(0, 6))).toEqual([
      ["Alpha", "4", "2", "2", "0", "0"],
      ["Beta", "4", "0", "2", "1", "1"],
      ["Gamma", "0", "0", "0", "0", "0"],
      ["Totaal", "8", "2", "4", "1", "1"],
    ]);
  });

  test("per trekker: each person or role in Trekker, case-insensitively, no total row", () => {
    const { header, rows } = section(grid, "Acties per trekker");
    expect(header[0]).toBe("Trekker");
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ["allen", "1"],
      ["NWC", "8"],
      ["Projectleider", "1"],
      ["projectteam", "1"],
    ]);
  });

  test("per trekker: a member or role of Leden is one row under its spelling there, however it is typed", () => {
    const person = (name: string, role: string) => member({ row: 2, name, role, email: null, groups: [] });
    const owners = [
      "NWC",
      "Netwerkcoördinator",
      "netwerk coördinator + Projectleider Jolanda",
      "Coördinatoren VPTZ",
      "anna de vries",
    ];
    const g = buildOverview(
      projects,
      owners.map((owner, i) => act({ row: 2 + i, project: "Alpha", owner })),
      settings(),
      TODAY,
      "nl",
      [],
      {},
      [
        person("Anna de Vries", "Vrijwilliger"),
        person("Sanne", "Netwerkcoördinator"),
        person("Ali", "Coördinator VPTZ"),
      ],
    );
    expect(section(g, "Acties per trekker").rows.map((r) => r.slice(0, 2))).toEqual([
      ["Anna de Vries", "1"],
      ["Coördinator VPTZ", "1"],
      ["Netwerkcoördinator", "3"],
      // A role followed by a name is a person of its own: as typed.
      ["Projectleider Jolanda", "1"],
    ]);
  });

  test("status header cells carry their colour and word", () => {
    const h = find(grid, "Per thema");
    STATUSES.forEach((s, i) => {
      const c = at(grid, { row: h.row + 1, col: 2 + i });
      expect([text(c), c.bg]).toEqual([s, CUSTOM_COLOURS[s]]);
    });
  });

  test("red flags: a filled Rode vlag and a project with an activity Achter op schema, with why", () => {
    const t = find(grid, "Rode vlaggen");
    const rows = [1, 2, 3].map((i) => grid.rows[t.row + i]!.slice(0, 2).map(text));
    expect(rows.slice(0, 2)).toEqual([
      ["Alpha", "Budget 2027 onzeker"],
      ["Beta", "Achter op schema: a3 behind, may"],
    ]);
    expect(rows[2]![0]).not.toBe("Gamma");
    expect(at(grid, { row: t.row + 1, col: 1 }).bg).toBe("#cc0000");
  });

  test("help requests", () => {
    const t = find(grid, "Hulpvragen");
    expect(grid.rows[t.row + 1]!.slice(0, 2).map(text)).toEqual(["Alpha", "Vrijwilligers gezocht"]);
    expect(text(at(grid, { row: t.row + 2, col: 0 }))).toBe("Verlopen acties");
  });

  test("overdue activities: deadline ended and not Behaald", () => {
    const { header, rows } = section(grid, "Verlopen acties", 7);
    expect(header).toEqual(["Onderwerp", "Project", "Trekker", "Deadline", "Fase", "Status", "ID"]);
    expect(rows).toEqual([
      ["a1 overdue", "Alpha", "NWC/projectteam", "Feb. 2026", "Uitvoering", "Op schema", "A-0002"],
    ]);
  });

  test("deadlines in the next three months: due today .. today + 3 months - 1 day, not Behaald", () => {
    const { rows } = section(grid, "Deadlines komende drie maanden", 7);
    expect(rows.map((r) => r[0])).toEqual(["a3 behind, may", "a6 last day"]);
  });

  test("a chart of the status counts: a bar per status in the settings' colours over the status table", () => {
    const bars = grid.charts.find((c) => c.type === "BAR")!;
    expect(bars.pointColors).toEqual(STATUSES.map((s) => CUSTOM_COLOURS[s]));
    const counts = STATUSES.map(
      (_, i) => at(grid, { row: bars.range.row + 1 + i, col: bars.range.col + 1 }).v,
    );
    expect(counts).toEqual([2, 4, 1, 1]);
  });

  test("trend: status counts per generation date with a LINE chart", () => {
    const { header, rows } = section(grid, "Trend", 5);
    expect(header).toEqual(["Datum", ...STATUSES]);
    expect(rows).toEqual([
      ["01-02-2026", "0", "1", "0", "0"],
      ["15-03-2026", "2", "4", "1", "1"],
    ]);
    const line = grid.charts.filter((c) => c.type === "LINE");
    expect(line).toHaveLength(1);
    const t = find(grid, "Trend");
    expect(line[0]!.range).toEqual({ row: t.row + 1, col: 0, numRows: 3, numCols: 5 });
    expect(line[0]!.colors).toEqual(STATUSES.map((s) => CUSTOM_COLOURS[s]));
    expect(line[0]!.position.col).toBeGreaterThanOrEqual(5);
    expect(grid.rows.length).toBeGreaterThanOrEqual(t.row + 1 + Math.ceil(line[0]!.height! / 21));
  });

  test("one generation date: no LINE chart yet, a line saying so", () => {
    const g = buildOverview(projects, activities, settings(), TODAY, "nl", history.slice(1));
    expect(g.charts.map((c) => c.type)).toEqual(["BAR"]);
    find(g, /trend verschijnt/);
  });

  test("empty lists say so", () => {
    const g = buildOverview([project({ name: "Gamma" })], [], settings(), TODAY, "nl", []);
    for (const line of [
      "Geen rode vlaggen.",
      "Geen hulpvragen.",
      "Geen verlopen acties.",
      "Geen deadlines in de komende drie maanden.",
    ])
      find(g, line);
    expect(g.rows.every((r) => r.length === g.colWidths.length)).toBe(true);
  });

  test("English", () => {
    const g = buildOverview(projects, activities, settings(), TODAY, "en", history);
    for (const title of [
      "Red flags",
      "Requests for help",
      "Overdue actions",
      "Per theme",
      "Actions per owner",
    ])
      find(g, title);
  });

  test("the example network: the 2025 actions that are not Behaald are overdue in 2026", () => {
    const as = exampleActivities();
    const g = buildOverview(exampleProjects(), as, exampleSettings(), "2026-01-15", "nl", []);
    const { rows } = section(g, "Verlopen acties", 7);
    const expected = as
      .filter((a) => a.deadline.kind === "period" && a.deadline.end < "2026-01-15" && a.status !== "Behaald")
      .map((a) => a.subject);
    expect(rows.map((r) => r[0]).sort()).toEqual([...expected].sort());
    expect(expected.length).toBeGreaterThan(3);
    expect(findAll(g, "PZP in Wijde Meren en Naarden").length).toBeGreaterThan(0);
  });
});

// A wrapped cell breaks a word wider than its column inside the word: the action tables' words fit (in
// Sheets' default font, tests/support/text-width.ts).
test("the example's overdue and upcoming actions: every word of a Trekker, a Fase and a Status fits its column", () => {
  const g = buildOverview(exampleProjects(), exampleActivities(), exampleSettings(), "2026-01-15", "nl", []);
  const tables = ["Verlopen acties", "Deadlines komende drie maanden"].map((title) => section(g, title, 7));
  expect(tables[0]!.rows.length).toBeGreaterThan(3);
  const widthOf = (name: string) => {
    const col = tables[0]!.header.indexOf(name);
    expect(col).toBeGreaterThan(0);
    return OVERVIEW_COL_WIDTHS[col]!;
  };
  for (const name of ["Trekker", "Fase", "Status"]) {
    const col = tables[0]!.header.indexOf(name);
    expect(
      tooWide(
        tables.flatMap((t) => t.rows.map((r) => r[col]!)),
        widthOf(name),
      ),
    ).toEqual([]);
  }
  // Every fase and status of the vocabulary, also those the example does not use.
  expect(tooWide(PHASES, widthOf("Fase"))).toEqual([]);
  expect(tooWide(STATUSES, widthOf("Status"))).toEqual([]);
});

describe("Documenten: the newest report and plan", () => {
  const URL = "https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWx/edit";

  test("before any document: both rows say not made yet, under the title band", () => {
    const d = find(grid, "Documenten");
    expect(d.row).toBe(1);
    expect(text(at(grid, { row: d.row + 1, col: 0 }))).toBe("Voortgangsrapportage");
    expect(text(at(grid, { row: d.row + 1, col: 1 }))).toBe("Nog niet gemaakt");
    expect(text(at(grid, { row: d.row + 2, col: 0 }))).toBe("Jaaractieplan");
  });

  test("a made document: a link with its title (the title quoted, whatever it holds)", () => {
    const g = buildOverview(projects, activities, settings(), TODAY, "nl", history, {
      report: { url: URL, title: 'Voortgangsrapportage "N" 15-03-2026' },
    });
    const row = find(g, "Voortgangsrapportage").row;
    expect(at(g, { row, col: 1 }).formula).toBe(
      `=HYPERLINK("${URL}","Voortgangsrapportage ""N"" 15-03-2026")`,
    );
    expect(text(at(g, { row: row + 1, col: 1 }))).toBe("Nog niet gemaakt");
  });
});
