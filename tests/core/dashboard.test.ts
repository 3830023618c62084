/**
 * Project dashboards (PRODUCT.md §3): the twelve-month window at its edges, sorting, red flags, status
 * colours, tab names, and the dashboards of the example network checked against the seed one-pagers.
 */

import { buildDashboard, DASHBOARD_COL_WIDTHS, OVERDUE_COLOR } from "../../src/core/dashboard";
import type { Grid, GridCell } from "../../src/core/grid";
import { type Lang, translator } from "../../src/core/i18n";
import type { Activity, Project } from "../../src/core/records";
import { PHASES, STATUSES } from "../../src/core/vocab";
import { exampleDashboard, exampleProjectNames } from "../support/example-records";
import {
  act,
  at,
  CUSTOM_COLOURS,
  find,
  findAll,
  mergeAt,
  type Pos,
  project,
  settings,
  tableUnder,
  text,
} from "../support/grid-helpers";
import { fitsColumn, tooWide } from "../support/text-width";

// ---------------------------------------------------------------------------------------------------------
// The window

// ---------------------------------------------------------------------------------------------------------
// The grid

const TODAY = "2026-03-15";
const nl = translator("nl");

function dash(
  p: Project,
  as: Activity[],
  opts: Partial<ReturnType<typeof settings>> = {},
  lang: Lang = "nl",
) {
  return buildDashboard(p, as, settings(opts), TODAY, lang);
}

/** The value cell of a key-value row (`label` | value). */
function kvValue(grid: Grid, label: string): GridCell {
  const p = find(grid, label);
  return at(grid, { row: p.row, col: p.col + 1 });
}

/** The "Acties komende 12 maanden" rows as objects keyed by the header. */
function actionRows(grid: Grid, lang: "nl" | "en" = "nl"): Record<string, GridCell>[] {
  const t = translator(lang);
  const { header, rows } = tableUnder(grid, find(grid, t("dashboard.col.action")), 6);
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]!])));
}

describe("buildDashboard: shape", () => {
  const small = dash(project(), [act({ project: "Project X" })]);
  const many = dash(
    project(),
    Array.from({ length: 40 }, (_, i) => act({ project: "Project X", row: 100 + i })),
  );

  test("rectangular, column widths about an A4 landscape page, no gridlines", () => {
    for (const { grid } of [small, many]) {
      expect(grid.rows.every((r) => r.length === grid.colWidths.length)).toBe(true);
      expect(grid.hiddenGridlines).toBe(true);
      expect(grid.filter).toBeNull();
    }
    const width = DASHBOARD_COL_WIDTHS.reduce((a, b) => a + b, 0);
    expect(width).toBeGreaterThanOrEqual(1000);
    expect(width).toBeLessThanOrEqual(1123);
  });

  test("the title band's texts fit their merged cells (Sheets cuts off text at a merge's edge)", () => {
    // The longest peildatum a month gives, in bold 10 pt, plus the cell's padding.
    const { grid } = dash(project({ asOf: "September 2026" }), []);
    const asOf = find(grid, /^Peildatum: September 2026$/);
    const merge = mergeAt(grid, asOf);
    const width = DASHBOARD_COL_WIDTHS.slice(asOf.col, asOf.col + (merge?.numCols ?? 1)).reduce(
      (a, b) => a + b,
      0,
    );
    expect(fitsColumn(text(at(grid, asOf)), width, { bold: true })).toBe(true);
    // The title keeps the rest of the page, ending where the peildatum begins.
    const title = mergeAt(grid, { row: 0, col: 0 });
    expect(title && title.col + title.numCols).toBe(asOf.col);
  });

  test("the number of merges does not grow with the number of activities", () => {
    expect(many.actions12m).toHaveLength(40);
    expect(many.grid.merges).toHaveLength(small.grid.merges.length);
  });

  test("merges stay inside the grid and do not overlap", () => {
    const { grid } = many;
    const seen = new Set<string>();
    for (const m of grid.merges) {
      expect(m.row + m.numRows).toBeLessThanOrEqual(grid.rows.length);
      expect(m.col + m.numCols).toBeLessThanOrEqual(grid.colWidths.length);
      for (let r = m.row; r < m.row + m.numRows; r++)
        for (let c = m.col; c < m.col + m.numCols; c++) {
          expect(seen.has(`${r},${c}`)).toBe(false);
          seen.add(`${r},${c}`);
        }
    }
  });

  test("no formulas: every value is plain data", () => {
    const p = project({ problem: '=IMPORTXML("x")', remarks: "+31 6 1234", helpRequest: "@iedereen" });
    const { grid } = dash(p, [act({ project: p.name, subject: "=1+1", owner: "-NWC" })]);
    expect(grid.rows.flat().some((c) => c.formula !== undefined)).toBe(false);
    expect(findAll(grid, '=IMPORTXML("x")')).toHaveLength(1);
    expect(findAll(grid, "=1+1")).toHaveLength(1);
  });

  test("title band: region and project, Peildatum, merged and coloured", () => {
    const { grid } = dash(project({ name: "Levenspad", asOf: "Januari 2026" }), []);
    const title = find(grid, "Dashboard Testregio: Levenspad");
    expect(title).toEqual({ row: 0, col: 0 });
    expect(mergeAt(grid, title)?.numCols).toBeGreaterThan(1);
    const asOf = find(grid, "Peildatum: Januari 2026");
    expect(asOf.row).toBe(0);
    expect(at(grid, title).bg).toBeDefined();
    expect(at(grid, asOf).bg).toBe(at(grid, title).bg);
    // the whole band row is coloured, merged-away cells included
    expect(grid.rows[0]!.every((c) => c.bg === at(grid, title).bg)).toBe(true);
  });

  test("an empty Peildatum defaults to the month of the run; an empty region is left out", () => {
    const { grid } = dash(project({ asOf: "" }), [], { region: " " });
    find(grid, "Peildatum: Maart 2026");
    find(grid, "Dashboard: Project X");
  });

  test("Doelstellingen carries the year of the settings and the goals as bullets", () => {
    const { grid } = dash(project({ goals: ["Een", "Twee"] }), [], { year: 2027 });
    const h = find(grid, "Doelstellingen 2027");
    expect(text(at(grid, { row: h.row + 1, col: h.col }))).toBe("• Een\n• Twee");
  });

  test("a status table with a bar chart over it, each bar in its status colour from the settings", () => {
    const as = [
      act({ project: "Project X", status: "Behaald", deadline: "Dec. 2026" }),
      act({ project: "Project X", status: "Doorlopend", deadline: "Continue" }),
      act({ project: "Project X", status: "Doorlopend", deadline: "Continue" }),
    ];
    const { grid, counts } = dash(project(), as, { colours: { ...CUSTOM_COLOURS } });
    expect(counts).toEqual({ Behaald: 1, "Op schema": 0, Doorlopend: 2, "Achter op schema": 0 });
    expect(grid.charts).toHaveLength(1);
    const chart = grid.charts[0]!;
    expect(chart.type).toBe("BAR");
    expect(chart.pointColors).toEqual(STATUSES.map((s) => CUSTOM_COLOURS[s]));
    expect(chart.range.numRows).toBe(1 + STATUSES.length);
    expect(chart.range.numCols).toBe(2);
    const cell = (r: number, c: number) => at(grid, { row: chart.range.row + r, col: chart.range.col + c });
    expect(text(cell(0, 0))).toBe("Status");
    STATUSES.forEach((s, i) => {
      expect(text(cell(1 + i, 0))).toBe(s);
      expect(cell(1 + i, 1).v).toBe(counts[s]);
    });
    // the chart is placed beside the table, inside the grid, not on top of it
    expect(chart.position.row).toBe(chart.range.row);
    expect(chart.position.col).toBeGreaterThanOrEqual(chart.range.col + chart.range.numCols);
    expect(chart.position.col).toBeLessThan(grid.colWidths.length);
    const below = chart.position.row + Math.ceil((chart.height ?? 0) / 21);
    expect(grid.rows.length).toBeGreaterThanOrEqual(below);
  });

  test("status cells carry the settings' colour and the status word; every status-coloured cell does", () => {
    const as = STATUSES.map((status, i) => act({ project: "Project X", status, row: 50 + i }));
    for (const lang of ["nl", "en"] as const) {
      const t = translator(lang);
      const { grid } = dash(project(), as, { colours: { ...CUSTOM_COLOURS } }, lang);
      const rows = actionRows(grid, lang);
      expect(rows.map((r) => r[t("dashboard.col.status")]!.bg)).toEqual(
        STATUSES.map((s) => CUSTOM_COLOURS[s]),
      );
      const coloured = grid.rows.flat().filter((c) => STATUSES.some((s) => CUSTOM_COLOURS[s] === c.bg));
      expect(coloured.length).toBeGreaterThanOrEqual(3 * STATUSES.length); // actions, table, legend
      for (const c of coloured) {
        const status = STATUSES.find((s) => CUSTOM_COLOURS[s] === c.bg)!;
        expect(text(c)).toBe(t(`dashboard.status.${status}`));
      }
    }
  });

  test("the legend shows the four statuses in their colours", () => {
    const { grid } = dash(project(), [], { colours: { ...CUSTOM_COLOURS } });
    const l = find(grid, "Legenda");
    STATUSES.forEach((s, i) => {
      const c = at(grid, { row: l.row, col: l.col + 1 + i });
      expect([text(c), c.bg]).toEqual([s, CUSTOM_COLOURS[s]]);
    });
  });

  test("actions: Actie, Trekker, Deadline as typed, Fase, Status; overdue rows marked in text and style", () => {
    const late = act({
      project: "Project X",
      subject: "Te laat",
      deadline: "feb 2026",
      owner: "NWC/projectteam",
    });
    const fine = act({
      project: "Project X",
      subject: "Op tijd",
      deadline: "Q3 2026",
      phase: "Ontwikkeling",
    });
    const { grid, actions12m } = dash(project(), [fine, late]);
    expect(actions12m).toEqual([late.id, fine.id]);
    const rows = actionRows(grid);
    expect(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, c]) => [k, text(c)])))).toEqual([
      {
        Actie: "Te laat",
        Trekker: "NWC/projectteam",
        Deadline: "feb 2026",
        Fase: "Uitvoering",
        Status: "Op schema",
        "Let op": "⚠ verlopen",
      },
      {
        Actie: "Op tijd",
        Trekker: "NWC",
        Deadline: "Q3 2026",
        Fase: "Ontwikkeling",
        Status: "Op schema",
        "Let op": "",
      },
    ]);
    const [lateRow, fineRow] = rows as [Record<string, GridCell>, Record<string, GridCell>];
    expect(lateRow.Deadline!).toMatchObject({ color: OVERDUE_COLOR, bold: true });
    expect(lateRow.Deadline!.note).toContain("28-02-2026");
    expect(lateRow["Let op"]!.color).toBe(OVERDUE_COLOR);
    expect(fineRow.Deadline!.color).toBeUndefined();
    expect(fineRow.Deadline!.note).toBeUndefined();
  });

  test("no actions in the window: one clear line instead of an empty table", () => {
    const { grid, actions12m } = dash(project(), [
      act({ project: "Project X", deadline: "2030", status: "Op schema" }),
    ]);
    expect(actions12m).toEqual([]);
    find(grid, "Geen acties in de komende 12 maanden.");
  });

  test("English labels", () => {
    const { grid } = dash(project(), [], {}, "en");
    for (const label of [
      "Problem statement",
      "Goals 2026",
      "Notable matters",
      "Red flag",
      "Request for help",
    ])
      expect(findAll(grid, label).length).toBeGreaterThan(0);
    find(grid, "Actions in the next 12 months");
  });
});

describe("buildDashboard: red flag", () => {
  test("red when Rode vlag is filled", () => {
    const { grid, redFlag } = dash(project({ redFlag: "Financiering 2027 onzeker" }), [
      act({ project: "Project X" }),
    ]);
    expect(redFlag).toBe(true);
    const v = kvValue(grid, "Rode vlag");
    expect(text(v)).toBe("Financiering 2027 onzeker");
    expect(v.bg).toBe("#cc0000");
    expect(at(grid, find(grid, "Rode vlag")).bg).toBe("#cc0000");
  });

  test("red when empty but an activity is Achter op schema, naming it", () => {
    const behind = act({
      project: "Project X",
      subject: "Toolkit",
      status: "Achter op schema",
      deadline: "2030",
    });
    const { grid, redFlag } = dash(project(), [act({ project: "Project X" }), behind]);
    expect(redFlag).toBe(true);
    const v = kvValue(grid, "Rode vlag");
    expect(text(v)).toBe("Achter op schema: Toolkit");
    expect(v.bg).toBe("#cc0000");
  });

  test("both reasons are shown", () => {
    const behind = act({ project: "Project X", subject: "Toolkit", status: "Achter op schema" });
    const { grid } = dash(project({ redFlag: "Geld" }), [behind]);
    expect(text(kvValue(grid, "Rode vlag"))).toBe("Geld\nAchter op schema: Toolkit");
  });

  test("neither: not red, says Geen", () => {
    const { grid, redFlag } = dash(project({ redFlag: "  " }), [act({ project: "Project X" })]);
    expect(redFlag).toBe(false);
    const v = kvValue(grid, "Rode vlag");
    expect(text(v)).toBe("Geen");
    expect(v.bg).toBeUndefined();
  });

  test("the red-flag colour is not a status colour", () => {
    const { grid } = dash(project({ redFlag: "x" }), []);
    expect(Object.values(settings().colours)).not.toContain(kvValue(grid, "Rode vlag").bg);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The example network against the seed one-pagers (seeds/dashboards-2026.txt)

interface Seed {
  name: string;
  asOf: string;
  problem: string[];
  goals: string[];
  scope: string;
  remarks: string;
  subHeadings: string[];
  plainLine: string;
  actions: [actie: string, trekker: string, deadline: string, fase: string][];
}

/** From the OCR of the three dashboards, OCR errors repaired. */
const SEEDS: Seed[] = [
  {
    name: "Samen leven tot het laatst",
    asOf: "Januari 2025",
    problem: [
      "De omvang van mensen in de palliatieve fase die thuis wonen is omvangrijk.",
      "zo goed mogelijk aansluiten bij de behoeften van mensen in de buurt.",
    ],
    goals: [
      "Er is structureel contact met diverse medewerkers bij de gemeente Gooise Meren",
      "Medewerkers uit het sociaal domein weten wat palliatieve zorg is",
      "Knelpunten en kansen in de samenwerking worden omgezet in actieplannen",
      "Actieplannen lokaal worden bij succes gedeeld",
      "In de leerwerkplaats werken inwoners, zorg en welzijn samen",
      "In november ligt er een borgingsplan van de leerwerkplaats Gooise Meren",
      "Het sociaal domein is vertegenwoordigd in de kerngroep en netwerkbijeenkomst.",
    ],
    scope: "Netwerkbreed",
    remarks: "05-2025: Leerwerkplaats gefinancierd door NPPZ II programma/PZNL.",
    subHeadings: [
      "In Gooise Meren is er samenwerking tussen inwoners, sociaal- en zorgdomein:",
      "Er zijn actieplannen op drie niveaus:",
      "Deelname sociaal domein:",
      "Evaluatie:",
    ],
    plainLine: "Kernen; Naarden, Bussum, Muiden en Muiderberg",
    actions: [
      ["Contact gemeente", "NWC/projectteam", "Jan. 2026", "Uitvoering"],
      ["4x Samen leven tot het laatst-bijeenkomst", "NWC/projectteam", "Dec. 2026", "Uitvoering"],
      ["Bestand samenwerkingspartners", "NWC/projectteam", "Continue", "Continue"],
      ["Concrete actieplannen; weergave in ontwikkelplan", "NWC/projectteam", "Dec. 2026", "Uitvoering"],
      ["Deelname aan beleidsgroep en netwerkbijeenkomst", "NWC + allen", "Continue", "Ontwikkeling"],
      ["Duurzaamheidsplan & Evaluatie", "NWC/projectteam", "Okt. 2026", "Ontwikkeling"],
    ],
  },
  {
    name: "Levenspad",
    asOf: "Januari 2026",
    problem: [
      "In de regio Gooi & Vechtstreek wordt palliatieve zorg te laat en versnipperd ingezet",
      "waardoor tijdige en passende palliatieve zorg niet gegarandeerd is.",
    ],
    goals: [
      "Er wordt uitvoering gegeven aan het projectplan Levenspad.",
      "Er vindt tijdige markering van de palliatieve fase plaats",
      "Er is een naadloze afstemming tussen 1e, 2e en 3e lijn",
      "Structurele inzet van een gespecialiseerd verpleegkundig regioteam palliatieve zorg.",
      "Versterking PZP-gesprekken en integratie in digitale systemen (VIP live).",
      "Vermindering niet passende SEH/ziekenhuisopnames in de laatste drie maanden.",
      "Duurzaamheidsplan met advies passende financiering.",
    ],
    scope: "",
    remarks: "20250901 akkoord op projectplan NPPZ II/PZNL",
    subHeadings: [
      "Start projectgroep/ uitvoerings- en klankbordgroep:",
      "Kick-off:",
      "Levenspad:",
      "VPK team:",
      "Scholingsprogramma:",
      "Evaluatie:",
    ],
    plainLine: "Kick-off is gerealiseerd.",
    actions: [
      [
        "Projectgroep, uitvoeringsgroep en klankbordgroep geïnstalleerd / verwachtingen helder",
        "Projectleider\nNWC",
        "Dec. 2025",
        "Ontwikkeling",
      ],
      ["Voorbereiding en kick-off", "Projectleider\nNWC", "Dec. 2025", "Ontwikkeling"],
      [
        "Uitvoering projectplan met daarin de doelstellingen zoals geformuleerd.",
        "Projectleider\nNWC",
        "Jan.-dec. 2026",
        "Ontwikkeling",
      ],
      [
        "Duurzaamheidsplan - met financiële paragraaf",
        "Projectleider\nNWC",
        "Okt.-dec. 2026",
        "Ontwikkeling",
      ],
      ["Evaluatie op basis van doelstellingen plan", "NWC + allen", "Dec. 2026", "Ontwikkeling"],
    ],
  },
  {
    name: "PZP in Wijde Meren en Naarden",
    asOf: "Januari 2026",
    problem: [
      "In de regio Gooi en Vechtstreek is erkend dat het onderwerp Proactieve zorgplanning een regionaal speerpunt is.",
      "- Maatschappelijke bewustwording",
    ],
    goals: [
      "Ouderen denken vroegtijdig na over wat het betekent om oud te worden/oud te zijn.",
      "Kwetsbare ouderen in de regio krijgen voldoende informatie",
      "Ouderen bespreken tijdig hun wensen met naasten en professionals",
    ],
    scope: "Netwerkbreed",
    remarks: "Eind 2024 start project door samenwerking Regiokompas en NPZ GV. Later is RHOGO aangesloten.",
    subHeadings: [
      "Maatschappelijke bewustwording (bijeenkomsten, media, preventieve huisbezoeken):",
      "Transmurale samenwerkingsafspraken m.b.t. MB, PZP:",
      "Evaluatie:",
    ],
    plainLine: "Proeftuin VIP live; go/no go.",
    actions: [
      ["Voortgang projectgroep en uitvoering projectplan", "NW/RHOGO/regiokompas", "Dec. 2026", "Uitvoering"],
      ["Maatschappelijke bewustwording", "NW", "Dec. 2026", "Uitvoering"],
      [
        "Uitvoering samenwerkingsafspraken PZP + meewerken onderzoek",
        "NW/RHOGO/regiokompas",
        "Mei 2026",
        "Uitvoering",
      ],
      [
        "Verspreidingsplan en toolkit op basis van mogelijkheden en kansen.",
        "NWC + allen",
        "Jan.-dec. 2025",
        "Ontwikkeling",
      ],
      ["Evaluatie", "NWC + allen", "Dec. 2025", "Ontwikkeling"],
    ],
  },
];

/** Cells of column `col` from the row after `from` up to (not including) the row of `to`. */
function column(grid: Grid, from: Pos, to: Pos): GridCell[] {
  return grid.rows.slice(from.row + 1, to.row).map((r) => r[from.col]!);
}

// The seed dashboards are dated January 2026 and still list the December 2025 actions: a run in December
// 2025 shows every seed action (a run in January drops the Behaald ones, see below).
describe.each(SEEDS)("example dashboard $name against the seed", (seed) => {
  const { grid, project: p } = exampleDashboard(seed.name, "2025-12-15");

  test("title band", () => {
    expect(find(grid, `Dashboard Gooi en Vechtstreek: ${seed.name}`)).toEqual({ row: 0, col: 0 });
    expect(find(grid, `Peildatum: ${seed.asOf}`).row).toBe(0);
  });

  test("Probleemstelling", () => {
    const h = find(grid, "Probleemstelling");
    const body = text(at(grid, { row: h.row + 1, col: h.col }));
    expect(body).toBe(p.problem);
    for (const phrase of seed.problem) expect(body).toContain(phrase);
  });

  test("Doelstellingen 2026: one bullet per seed goal", () => {
    const h = find(grid, "Doelstellingen 2026");
    const lines = text(at(grid, { row: h.row + 1, col: h.col })).split("\n");
    expect(lines).toHaveLength(seed.goals.length);
    seed.goals.forEach((g, i) => {
      expect(lines[i]!.startsWith(`• ${g}`)).toBe(true);
    });
  });

  test("Scope", () => {
    expect(text(kvValue(grid, "Scope"))).toBe(seed.scope || "Niet ingevuld");
  });

  test("Opmerkelijke zaken block: Rode vlag, Opmerkelijke zaken, Hulpvraag", () => {
    const block = findAll(grid, "Opmerkelijke zaken")[0]!; // the block's title, then the label
    const labels = ["Rode vlag", "Opmerkelijke zaken", "Hulpvraag"].map((l) =>
      findAll(grid, l).find((q) => q.row > block.row && q.col === block.col),
    );
    expect(labels.every((q) => q !== undefined)).toBe(true);
    expect(labels.map((q) => q!.row)).toEqual([block.row + 1, block.row + 2, block.row + 3]);
    expect(text(at(grid, { row: labels[1]!.row, col: block.col + 1 }))).toContain(seed.remarks);
    expect(text(at(grid, { row: labels[2]!.row, col: block.col + 1 }))).toBe("Geen");
  });

  test("Voortgang: the lines ending in ':' are bold sub-headings, the lines under them their bullets", () => {
    const lines = column(grid, find(grid, "Voortgang"), find(grid, "Acties komende 12 maanden")).filter(
      (c) => text(c) !== "",
    );
    const first = p.progress.findIndex((l) => l.trim().endsWith(":"));
    expect(lines.map(text)).toEqual(
      p.progress.map((l, i) => (first < 0 || i <= first || l.trim().endsWith(":") ? l : `• ${l}`)),
    );
    expect(lines.filter((c) => c.bold).map(text)).toEqual(seed.subHeadings);
    // The seed's plain line sits under a sub-heading: a bullet, not bold.
    const plain = lines.find((c) => text(c) === `• ${seed.plainLine}`);
    expect(plain).toBeDefined();
    expect(plain?.bold).toBeFalsy();
  });

  test("Acties komende 12 maanden: every seed action with its trekker, deadline and fase", () => {
    const rows = actionRows(grid).map((r) => [r.Actie, r.Trekker, r.Deadline, r.Fase].map(text));
    for (const a of seed.actions) expect(rows).toContainEqual(a);
  });

  test("prints on one page: the left text blocks are merged over the rows they need", () => {
    const h = find(grid, "Probleemstelling");
    const m = mergeAt(grid, { row: h.row + 1, col: h.col });
    expect(m?.numRows).toBeGreaterThan(1);
    expect(grid.rows.length).toBeLessThanOrEqual(40);
  });
});

describe("example dashboards in a January 2026 run", () => {
  const today = "2026-01-15";

  test("Levenspad: the December 2025 actions that are Behaald drop out", () => {
    const { grid, activities, redFlag } = exampleDashboard("Levenspad", today);
    const subjects = actionRows(grid).map((r) => text(r.Actie));
    expect(subjects).toEqual([
      "Uitvoering projectplan met daarin de doelstellingen zoals geformuleerd.",
      "Duurzaamheidsplan - met financiële paragraaf",
      "Evaluatie op basis van doelstellingen plan",
    ]);
    expect(activities.filter((a) => a.status === "Behaald")).toHaveLength(3);
    expect(redFlag).toBe(false);
  });

  test("PZP: the 2025 action Achter op schema is overdue and raises the red flag", () => {
    const { grid, redFlag } = exampleDashboard("PZP in Wijde Meren en Naarden", today);
    expect(redFlag).toBe(true);
    expect(text(kvValue(grid, "Rode vlag"))).toBe(
      "Achter op schema: Verspreidingsplan en toolkit op basis van mogelijkheden en kansen.",
    );
    const overdue = actionRows(grid)
      .filter((r) => text(r["Let op"]) === nl("dashboard.overdue"))
      .map((r) => text(r.Actie));
    expect(overdue).toEqual([
      "Dialoog PZP",
      "Verspreidingsplan en toolkit op basis van mogelijkheden en kansen.",
    ]);
    expect(actionRows(grid).map((r) => text(r.Actie))).not.toContain("Evaluatie");
  });

  test("Samen leven: ongoing actions come last", () => {
    const { actions12m, activities } = exampleDashboard("Samen leven tot het laatst", today);
    const kinds = actions12m.map((id) => activities.find((a) => a.id === id)!.deadline.kind);
    expect(kinds.slice(-2)).toEqual(["ongoing", "ongoing"]);
    expect(kinds.slice(0, -2).every((k) => k === "period")).toBe(true);
  });
});

// A wrapped cell breaks a word that is wider than its column inside the word ("Netwerkcoördina|tor"). The
// widths are measured in Sheets' default font (tests/support/text-width.ts: Arial 10 pt from Helvetica's metrics).
describe("the example dashboards' words fit their columns, so a wrapped cell breaks between words", () => {
  const names = exampleProjectNames();
  const rows = names.flatMap((name) => actionRows(exampleDashboard(name, "2026-03-15").grid));
  /** The width of the action table's column `header`. */
  const widthOf = (header: string) => {
    const { grid } = exampleDashboard(names[0]!, "2026-03-15");
    const actie = find(grid, nl("dashboard.col.action"));
    const col = grid.rows[actie.row]!.findIndex((c, i) => i >= actie.col && text(c) === header);
    expect(col).toBeGreaterThan(0);
    return DASHBOARD_COL_WIDTHS[col]!;
  };

  test("every word of a Trekker, a Fase and a Status (a word joined by slashes aside: it is as long as a name list)", () => {
    expect(rows.length).toBeGreaterThan(20);
    for (const header of ["Trekker", "Fase", "Status"]) {
      const width = widthOf(header);
      const cells = rows.map((r) => r[header]!);
      expect(cells.some((c) => text(c) !== "")).toBe(true);
      expect(cells.flatMap((c) => tooWide([text(c)], width, { bold: !!c.bold }))).toEqual([]);
    }
    // Every fase and status of the vocabulary, also those the example does not use.
    expect(tooWide(STATUSES, widthOf("Status"))).toEqual([]);
    expect(tooWide(PHASES, widthOf("Fase"))).toEqual([]);
  });

  test("the overdue flag fits Let op on one line, bold as it is written, also with a ⚠ 1.4 em wide (a fallback font)", () => {
    const flags = rows.map((r) => r["Let op"]!).filter((c) => text(c) !== "");
    expect(flags.length).toBeGreaterThan(0);
    for (const c of flags)
      expect(fitsColumn(text(c), widthOf("Let op"), { bold: !!c.bold, symbolEm: 1.4 })).toBe(true);
  });
});
