/**
 * The HTML preview (PRODUCT.md §8, index.html) drawn from the emulated spreadsheet model: one section per
 * shown tab, cells with their look and merges, charts as inline SVG, everything escaped, nothing external.
 */
import {
  type CellData,
  type ChartData,
  newSheetData,
  type SheetData,
  type SpreadsheetData,
} from "../../local/emulator/spreadsheet/model";
import { renderPreview } from "../../local/io/preview";
import { buildDashboard } from "../../src/core/dashboard";
import type { Grid } from "../../src/core/grid";
import { buildOverview } from "../../src/core/overview";
import { dashboardTabNames } from "../../src/core/tabnames";
import { exampleActivities, exampleProjects, exampleSettings } from "../support/example-records";

function sheet(
  id: number,
  name: string,
  rows: (CellData | null)[][],
  extra: Partial<SheetData> = {},
): SheetData {
  return { ...newSheetData(id, name), cells: rows, ...extra };
}

function chart(
  id: number,
  type: string,
  range: ChartData["ranges"][0],
  options: Record<string, unknown>,
): ChartData {
  return { id, type, ranges: [range], position: { row: range.row, col: 4, offsetX: 0, offsetY: 0 }, options };
}

const OVERVIEW = sheet(
  2,
  "Overzicht",
  [
    [{ v: "Overzicht Netwerk", bg: "#1f4e79", fc: "#ffffff", fw: "bold" }, null, null],
    [
      { v: "Status", fw: "bold" },
      { v: "Aantal", fw: "bold" },
    ],
    [{ v: "Behaald", bg: "#00a651" }, { v: 2 }],
    [{ v: "Op schema", bg: "#b7e1a1" }, { v: 0 }],
    [{ v: "Doorlopend", bg: "#6fa8dc" }, { v: 3 }],
    [{ v: "Achter op schema", bg: "red;background:url(https://evil.example/x)" }, { v: 1 }],
  ],
  {
    merges: [{ row: 0, col: 0, numRows: 1, numCols: 3 }],
    colWidths: { 0: 250, 1: 80 },
    hiddenGridlines: true,
    charts: [
      chart(
        1,
        "PIE",
        { row: 1, col: 0, numRows: 5, numCols: 2 },
        {
          title: "Alle acties per status",
          colors: ["#00a651", "#b7e1a1", "#6fa8dc", "#e06666"],
          width: 300,
          height: 150,
        },
      ),
    ],
  },
);

const ALFA = sheet(
  3,
  "Dashboard Alfa",
  [
    [
      { v: "<script>alert(1)</script>", fst: "italic", fc: "#123456" },
      { v: "tekst & meer", wrap: true },
    ],
    [{ v: new Date("2026-01-14T23:30:00Z") }, { v: "x", note: 'let "op"' }],
    [{ v: "Actie", fw: "bold" }, { v: "Aantal" }],
    [{ v: "Een" }, { v: 4 }],
    [{ v: "Twee" }, { v: "2" }],
    [{ v: "Drie" }, { v: 1.5 }],
  ],
  {
    merges: [{ row: 0, col: 2, numRows: 2, numCols: 1 }],
    charts: [chart(2, "COLUMN", { row: 2, col: 0, numRows: 4, numCols: 2 }, { title: "Kolommen" })],
  },
);

const BETA = sheet(
  4,
  'Dashboard B&"<b>',
  [
    [{ v: "Datum" }, { v: "Behaald" }, { v: "Op schema" }],
    [{ v: "01-02-2026" }, { v: 1 }, { v: 4 }],
    [{ v: "01-03-2026" }, { v: 2 }, { v: 3 }],
    [{ v: "01-04-2026" }, { v: 4 }, { v: 1 }],
  ],
  {
    charts: [
      chart(
        3,
        "LINE",
        { row: 0, col: 0, numRows: 4, numCols: 3 },
        { title: "Trend", colors: ["#00a651", "#b7e1a1"] },
      ),
      chart(4, "BAR", { row: 0, col: 0, numRows: 3, numCols: 3 }, { title: "Staven" }),
    ],
  },
);

function spreadsheet(sheets: SheetData[]): SpreadsheetData {
  return {
    id: "ss",
    name: "Netwerkplan",
    locale: "nl_NL",
    timeZone: "Europe/Amsterdam",
    sheets,
    activeSheetId: sheets[0]?.id ?? 0,
    nextSheetId: 99,
    nextChartId: 99,
  };
}

const ss = spreadsheet([
  sheet(0, "Activiteiten", [[{ v: "niet tonen" }]]),
  ALFA,
  OVERVIEW,
  BETA,
  sheet(5, "Historie", [[{ v: "ID" }]], { hidden: true }),
]);
// The overview first, then the dashboards in the order given (not the tab order); other tabs are left out.
const html = renderPreview(ss, {
  title: "Netwerkplan <voorbeeld>",
  today: "2026-01-15",
  tabs: ["Overzicht", "Dashboard Alfa", 'Dashboard B&"<b>', "Bestaat niet"],
});

/** The HTML of each section, keyed by its data-tab attribute (as written, escaped). */
function sections(page: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of page.matchAll(
    /<section class="dashboard"[^>]*data-tab="([^"]*)"[^>]*>([\s\S]*?)<\/section>/g,
  ))
    out.set(m[1]!, m[2]!);
  return out;
}

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

describe("renderPreview", () => {
  const bySection = sections(html);
  const overview = bySection.get("Overzicht")!;
  const alfa = bySection.get("Dashboard Alfa")!;
  const beta = bySection.get("Dashboard B&amp;&quot;&lt;b&gt;")!;

  test("a section for Overzicht (first) and each Dashboard tab, and a nav linking to each", () => {
    expect([...bySection.keys()]).toEqual(["Overzicht", "Dashboard Alfa", "Dashboard B&amp;&quot;&lt;b&gt;"]);
    const ids = [...html.matchAll(/<section class="dashboard" id="([^"]+)"/g)].map((m) => m[1]);
    const links = [...html.matchAll(/<nav>[\s\S]*?<\/nav>/g)][0]![0];
    expect([...links.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])).toEqual(ids);
    expect(html).not.toContain("niet tonen");
  });

  test("self-contained: no scripts, no external URLs, every value escaped", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:|url\(|@import|<link|<img|<iframe/i);
    expect(alfa).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(alfa).toContain("tekst &amp; meer");
    expect(alfa).toContain('title="let &quot;op&quot;"');
    expect(html).toContain("<title>Netwerkplan &lt;voorbeeld&gt;</title>");
    expect(html).toContain("15-01-2026");
  });

  test("cells: value, background, bold, italic, font colour, wrap; dates dd-mm-yyyy in the sheet's zone", () => {
    expect(overview).toMatch(
      /<td[^>]*colspan="3"[^>]*background-color:#1f4e79;color:#ffffff;font-weight:bold[^>]*>Overzicht Netwerk<\/td>/,
    );
    expect(alfa).toMatch(/<td[^>]*color:#123456;font-style:italic[^>]*>&lt;script/);
    expect(alfa).toMatch(/<td[^>]*white-space:pre-wrap[^>]*>tekst &amp; meer/);
    expect(alfa).toMatch(/<td[^>]*>15-01-2026<\/td>/);
    expect(alfa).toContain(">1,5<");
  });

  test("a colour that is not a colour never reaches a style attribute", () => {
    expect(overview).toMatch(/<td [^>]*style="white-space:pre">Achter op schema<\/td>/);
    expect(overview).not.toContain("evil");
  });

  test("merges become colspan/rowspan and the covered cells are left out; column widths are kept", () => {
    const rows = (s: string) =>
      [...s.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => count(m[1]!, /<td/g));
    expect(rows(overview)[1]! - rows(overview)[0]!).toBe(2); // three columns merged into one cell
    expect(alfa).toContain('rowspan="2"');
    expect(rows(alfa)[0]! - rows(alfa)[1]!).toBe(1); // the second row loses the covered cell
    expect(overview).toContain('<col style="width:250px"><col style="width:80px"><col style="width:100px">');
    // used range: the cells and the chart's anchor column (4)
    expect(overview).toContain('<table style="width:630px">');
  });

  test("gridlines only where the sheet shows them", () => {
    expect(overview).toMatch(/<table style=/);
    expect(alfa).toMatch(/<table class="gridlines"/);
  });

  test("PIE: an svg with the title, a slice per positive value, a legend entry per label, the given colours", () => {
    expect(count(overview, /<svg/g)).toBe(1);
    expect(overview).toContain(">Alle acties per status</text>");
    expect(count(overview, /class="slice"/g)).toBe(3);
    expect(count(overview, /class="legend-entry"/g)).toBe(4);
    expect(overview).toContain('fill="#00a651"');
    expect(overview).toContain('fill="#e06666"');
    expect(overview).toContain("Doorlopend (3)");
    expect(overview).toContain('width="300" height="150"');
  });

  test("COLUMN: a bar per label of the single series, default colours without options.colors", () => {
    expect(count(alfa, /<svg/g)).toBe(1);
    expect(count(alfa, /class="bar"/g)).toBe(3);
    expect(alfa).toContain(">Kolommen</text>");
    expect(alfa).toContain('fill="#3366cc"');
  });

  test("LINE and BAR: a polyline and points per series; a bar per label and series", () => {
    expect(count(beta, /<svg/g)).toBe(2);
    const [line, bar] = beta.split("<svg").slice(1) as [string, string];
    expect(count(line, /class="line"/g)).toBe(2);
    expect(count(line, /class="point"/g)).toBe(6);
    expect(line).toContain('stroke="#b7e1a1"');
    expect(count(bar, /class="bar"/g)).toBe(4);
  });

  test("printable: A4 landscape, one section per page", () => {
    expect(html).toMatch(/@page \{ size: A4 landscape;/);
    expect(html).toMatch(/section\.dashboard \{[^}]*break-after: page/);
  });

  test("no tabs to show: says so", () => {
    const page = renderPreview(spreadsheet([sheet(0, "Activiteiten", [])]), {
      title: "x",
      today: "vandaag",
      tabs: ["Overzicht"],
    });
    expect(sections(page).size).toBe(0);
    expect(page).toContain("Geen overzicht of dashboards gevonden.");
    expect(page).toContain("vandaag");
    expect(page).toContain('<html lang="nl">'); // Dutch unless the caller says otherwise
  });

  test("the page's language is the workbook's", () => {
    const page = renderPreview(spreadsheet([]), { title: "x", lang: "en", today: "today", tabs: [] });
    expect(page).toContain('<html lang="en">');
  });
});

// ---------------------------------------------------------------------------------------------------------
// The example network, through a stand-in for the edge (grid -> sheet model)

function gridToSheet(id: number, name: string, g: Grid): SheetData {
  const cells = g.rows.map((r) =>
    r.map((c): CellData => {
      const out: CellData = {};
      if (c.v !== null && c.v !== "") out.v = c.v;
      if (c.bg) out.bg = c.bg;
      if (c.bold) out.fw = "bold";
      if (c.italic) out.fst = "italic";
      if (c.color) out.fc = c.color;
      if (c.size) out.fs = c.size;
      if (c.wrap) out.wrap = true;
      if (c.note) out.note = c.note;
      out.ha = c.align ?? "left";
      out.va = c.valign ?? "top";
      return out;
    }),
  );
  return sheet(id, name, cells, {
    merges: g.merges.map((m) => ({ ...m })),
    colWidths: Object.fromEntries(g.colWidths.map((w, i) => [i, w])),
    hiddenGridlines: g.hiddenGridlines,
    charts: g.charts.map((c, i) => ({
      id: i + 1,
      type: c.type,
      ranges: [c.range],
      position: { ...c.position, offsetX: 0, offsetY: 0 },
      options: { title: c.title, colors: c.colors, width: c.width, height: c.height },
      ...(c.pointColors ? { pointColors: c.pointColors } : {}),
    })),
  });
}

test("the example network's overview and dashboards: a section each, a bar per status in its colour in each", () => {
  const today = "2026-01-15";
  const projects = exampleProjects();
  const activities = exampleActivities();
  const settings = exampleSettings();
  const names = dashboardTabNames(projects);
  const models = projects.map((p) =>
    buildDashboard(
      p,
      activities.filter((a) => a.project === p.name),
      settings,
      today,
      "nl",
    ),
  );
  const page = renderPreview(
    spreadsheet([
      gridToSheet(0, "Overzicht", buildOverview(projects, activities, settings, today, "nl", [])),
      ...projects.map((p, i) => gridToSheet(i + 1, names.get(p.name)!, models[i]!.grid)),
    ]),
    { title: "Voorbeeldnetwerk", today, tabs: ["Overzicht", ...projects.map((p) => names.get(p.name)!)] },
  );
  const bySection = sections(page);
  expect([...bySection.keys()]).toEqual(["Overzicht", ...projects.map((p) => names.get(p.name)!)]);
  projects.forEach((p, i) => {
    const s = bySection.get(names.get(p.name)!)!;
    const chart = models[i]!.grid.charts[0]!;
    expect(count(s, /<svg/g)).toBe(1);
    // One bar per status, each in its status colour, and no legend (the statuses are on the axis).
    const fills = [...s.matchAll(/<rect class="bar"[^>]*fill="([^"]+)"/g)].map((m) => m[1]!.toLowerCase());
    expect(fills).toEqual(chart.pointColors!.map((c) => c.toLowerCase()));
    expect(new Set(fills).size).toBe(fills.length);
    expect(count(s, /class="legend-entry"/g)).toBe(0);
    // Each status's whole name on the axis, never cut ("Achter op s…").
    for (const status of ["Behaald", "Op schema", "Doorlopend", "Achter op schema"])
      expect(s).toMatch(new RegExp(`<text[^>]*text-anchor="end">${status}</text>`));
    expect(s).toContain(`Dashboard Gooi en Vechtstreek: ${p.name}`);
  });
  expect(page).toContain("⚠ verlopen");
});
