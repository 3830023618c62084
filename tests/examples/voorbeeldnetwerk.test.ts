/**
 * The example network (examples/): the checked-in workbook matches the constants, the constants cover the
 * seeds (jaaractieplan 2025, dashboards 2026) and the fictional parts obey the rules of PRODUCT.md §2.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import {
  type ActivityRow,
  cellOf,
  EXAMPLE_ACTIVITIES,
  EXAMPLE_MEETINGS,
  EXAMPLE_MEMBERS,
  EXAMPLE_PROJECTS,
  EXAMPLE_SETTINGS,
  EXAMPLE_TABS,
  GROUPS,
} from "../../examples/voorbeeldnetwerk";
import { buildExampleXlsx, DATE_FORMAT } from "../../examples/workbook";

const XLSX = join(__dirname, "..", "..", "examples", "voorbeeldnetwerk.xlsx");

const TAB_ORDER = ["Activiteiten", "Projecten", "Leden", "Vergaderingen", "Instellingen"];
const HEADERS: Record<string, string[]> = {
  Activiteiten: [
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
  ],
  Projecten: [
    "Naam",
    "Korte naam",
    "Thema",
    "Probleemstelling",
    "Doelstellingen",
    "Scope",
    "Rode vlag",
    "Opmerkelijke zaken",
    "Hulpvraag",
    "Voortgang",
    "Projectleider",
    "Peildatum",
  ],
  Leden: ["Naam", "E-mail", "Organisatie", "Rol", "Groepen", "Actief"],
  Vergaderingen: [
    "Groep",
    "Titel",
    "Datum",
    "Begintijd",
    "Eindtijd",
    "Locatie",
    "Omschrijving",
    "Geannuleerd",
    "Agenda-ID",
    "Uitnodiging",
    "Verstuurd op",
  ],
  Instellingen: ["Sleutel", "Waarde"],
};

const SLTHL = "Samen leven tot het laatst";
const LEVENSPAD = "Levenspad";
const PZP = "PZP in Wijde Meren en Naarden";
const BEWUSTWORDING = "Maatschappelijke bewustwording";

/** Every row of "Acties komende 12 maanden" of seeds/dashboards-2026.txt: project, actie, trekker, deadline, fase. */
const DASHBOARD_ACTIONS: [string, string, string, string, string][] = [
  [SLTHL, "Contact gemeente", "NWC/projectteam", "Jan. 2026", "Uitvoering"],
  [SLTHL, "4x Samen leven tot het laatst-bijeenkomst", "NWC/projectteam", "Dec. 2026", "Uitvoering"],
  [SLTHL, "Bestand samenwerkingspartners", "NWC/projectteam", "Continue", "Continue"],
  [SLTHL, "Concrete actieplannen; weergave in ontwikkelplan", "NWC/projectteam", "Dec. 2026", "Uitvoering"],
  [SLTHL, "Deelname aan beleidsgroep en netwerkbijeenkomst", "NWC + allen", "Continue", "Ontwikkeling"],
  [SLTHL, "Duurzaamheidsplan & Evaluatie", "NWC/projectteam", "Okt. 2026", "Ontwikkeling"],
  [
    LEVENSPAD,
    "Projectgroep, uitvoeringsgroep en klankbordgroep geïnstalleerd / verwachtingen helder",
    "Projectleider\nNWC",
    "Dec. 2025",
    "Ontwikkeling",
  ],
  [LEVENSPAD, "Voorbereiding en kick-off", "Projectleider\nNWC", "Dec. 2025", "Ontwikkeling"],
  [
    LEVENSPAD,
    "Uitvoering projectplan met daarin de doelstellingen zoals geformuleerd.",
    "Projectleider\nNWC",
    "Jan.-dec. 2026",
    "Ontwikkeling",
  ],
  [
    LEVENSPAD,
    "Duurzaamheidsplan - met financiële paragraaf",
    "Projectleider\nNWC",
    "Okt.-dec. 2026",
    "Ontwikkeling",
  ],
  [LEVENSPAD, "Evaluatie op basis van doelstellingen plan", "NWC + allen", "Dec. 2026", "Ontwikkeling"],
  [
    PZP,
    "Voortgang projectgroep en uitvoering projectplan",
    "NW/RHOGO/regiokompas",
    "Dec. 2026",
    "Uitvoering",
  ],
  [PZP, "Maatschappelijke bewustwording", "NW", "Dec. 2026", "Uitvoering"],
  [
    PZP,
    "Uitvoering samenwerkingsafspraken PZP + meewerken onderzoek",
    "NW/RHOGO/regiokompas",
    "Mei 2026",
    "Uitvoering",
  ],
  [
    PZP,
    "Verspreidingsplan en toolkit op basis van mogelijkheden en kansen.",
    "NWC + allen",
    "Jan.-dec. 2025",
    "Ontwikkeling",
  ],
  [PZP, "Evaluatie", "NWC + allen", "Dec. 2025", "Ontwikkeling"],
];

/** Every activity of seeds/jaaractieplan-2025.txt (Activiteitenplan tables and lopende activiteiten), with its thema. */
const PLAN_ACTIVITIES: [string, string][] = [
  ["Maatschappelijke bewustwording", "Organiseren van bijeenkomsten: Weet u wat u wilt?"],
  ["Maatschappelijke bewustwording", "Internationale Dag van de Palliatieve Zorg"],
  ["Maatschappelijke bewustwording", "Campagne in de zorgorganisaties"],
  ["Proactieve zorg en ondersteuning", "Zorgvrager - en naasten perspectief"],
  ["Proactieve zorg en ondersteuning", "Dialoog PZP"],
  ["Proactieve zorg en ondersteuning", "Overlijden op plek van voorkeur"],
  [
    "Proactieve zorg en ondersteuning",
    "Deskundigheidsbevordering met afgevaardigden uit verschillende zorgsettingen en vanuit verschillende functies",
  ],
  ["Proactieve zorg en ondersteuning", "PaTz"],
  ["Proactieve zorg en ondersteuning", "Capaciteit"],
  ["Proactieve zorg en ondersteuning", "Hospicezorg"],
  ["Aansluiting sociaal domein", "Sociaal domein"],
  ["Netwerkleden kennen elkaar", "Digitaal expertiseboekje"],
  ["Netwerkoverleggen", "Bestuurders"],
  ["Netwerkoverleggen", "Kerngroep"],
  ["Netwerkoverleggen", "Ontmoetingen leden vanuit het netwerk/contactpersonen bijeenkomst"],
  ["Vrijwilligers", "Thema-avonden vrijwilligers"],
  ["Bedrijfsvoering", "Bedrijfsvoering"],
  ["Bedrijfsvoering", "Overleggen"],
  ["Bedrijfsvoering", "Participatie in Palliantie-Projecten"],
  ["Bedrijfsvoering", "Capaciteitsmeting hospices"],
  ["Bedrijfsvoering", "Thema-avond vrijwilligers"],
  ["Bedrijfsvoering", "PaTZ-groepen"],
  ["Bedrijfsvoering", "Deelname aan consortium Noord-Holland en Flevoland"],
  ["Bedrijfsvoering", "PR & Communicatie"],
];

/** Trekkers of the plan as written (the plan's columns are interleaved in the text extraction). */
const PLAN_TREKKERS: [string, string][] = [
  ["Organiseren van bijeenkomsten: Weet u wat u wilt?", "Projectleider Jolanda"],
  ["Internationale Dag van de Palliatieve Zorg", "Projectleider Jolanda en Themagroepleden"],
  ["Campagne in de zorgorganisaties", "Projectleider Jolanda"],
  ["Dialoog PZP", "Netwerkcoördinator samen met projectleiders regiokompas"],
  ["Overlijden op plek van voorkeur", "Netwerkcoördinator samen met kerngroepleden"],
  ["Digitaal expertiseboekje", "Netwerkcoördinator + ondersteuner"],
  ["Kerngroep", "Netwerkcoördinator en kerngroepleden"],
  ["Thema-avonden vrijwilligers", "Netwerkcoördinator + Coördinatoren VPTZ"],
];

/** Deadline/fase the plan states outright (`Continue`, a year, or a fase word). */
const PLAN_STATED: [string, { Deadline?: string; Fase?: string }][] = [
  ["Organiseren van bijeenkomsten: Weet u wat u wilt?", { Deadline: "Continue", Fase: "Continue" }],
  ["Internationale Dag van de Palliatieve Zorg", { Deadline: "Continue", Fase: "Continue" }],
  ["Campagne in de zorgorganisaties", { Deadline: "2024" }],
  ["Zorgvrager - en naasten perspectief", { Deadline: "Continue", Fase: "Continue" }],
  ["Dialoog PZP", { Fase: "Uitvoering" }],
  ["Overlijden op plek van voorkeur", { Fase: "Ontwikkeling" }],
  ["PaTz", { Deadline: "Continue", Fase: "Continue" }],
  ["Digitaal expertiseboekje", { Deadline: "Continue", Fase: "Continue" }],
];

/** Real people named in the seeds: none of them may appear among the (fictional) members. */
const REAL_NAMES = ["Jolanda", "Ilse", "Raats", "Marije", "Daelen", "Marijke", "Oosterhuis"];

const STATUSES = ["Behaald", "Op schema", "Doorlopend", "Achter op schema"];
const PHASES = ["Ontwikkeling", "Uitvoering", "Continue", "Afgerond"];

const findActivity = (project: string, subject: string): ActivityRow | undefined =>
  EXAMPLE_ACTIVITIES.find((a) => a.Project === project && a.Onderwerp === subject);

/** PRODUCT.md §2.6 text forms used by the example (months, month ranges, years, Continue/Doorlopend). */
const MONTH =
  "(jan|januari|feb|februari|mrt|maart|apr|april|mei|jun|juni|jul|juli|aug|augustus|sep|sept|september|okt|oktober|nov|november|dec|december)\\.?";
const DEADLINE_FORM = new RegExp(
  `^(continue|doorlopend|\\d{4}|${MONTH} \\d{4}|${MONTH}-${MONTH} \\d{4})$`,
  "i",
);

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

describe("examples/voorbeeldnetwerk.xlsx", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(XLSX);
  });

  it("has the source tabs in order", () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(TAB_ORDER);
    expect(EXAMPLE_TABS.map((t) => t.name)).toEqual(TAB_ORDER);
  });

  it.each(TAB_ORDER)("%s: header row in order, bold and frozen", (name) => {
    const ws = wb.getWorksheet(name)!;
    const headers = HEADERS[name]!;
    const row = ws.getRow(1);
    expect(headers.map((_, i) => row.getCell(i + 1).value)).toEqual(headers);
    expect(row.getCell(headers.length + 1).value).toBeNull();
    expect(row.getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(EXAMPLE_TABS.find((t) => t.name === name)!.headers).toEqual(headers);
  });

  it.each(TAB_ORDER)("%s: every cell equals the constants", (name) => {
    const ws = wb.getWorksheet(name)!;
    const tab = EXAMPLE_TABS.find((t) => t.name === name)!;
    expect(ws.rowCount).toBe(tab.rows.length + 1);
    const mismatches: string[] = [];
    tab.rows.forEach((row, r) => {
      expect(Object.keys(row)).toEqual(HEADERS[name]);
      tab.headers.forEach((h, c) => {
        const cell = ws.getRow(r + 2).getCell(c + 1);
        const want = cellOf(row, h);
        const got = cell.value;
        const same =
          want instanceof Date
            ? got instanceof Date && got.getTime() === want.getTime() && cell.numFmt === DATE_FORMAT
            : want === "" // an empty string is written as an empty cell
              ? got === null || got === undefined
              : got === want;
        if (!same)
          mismatches.push(
            `${name}!${cell.address} ${h}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`,
          );
      });
    });
    expect(mismatches).toEqual([]);
  });

  it("is what the build script writes now (run `npm run example` after changing the data)", async () => {
    const fresh = await buildExampleXlsx();
    expect(fresh.equals(readFileSync(XLSX))).toBe(true);
  });

  it("is built deterministically", async () => {
    const a = await buildExampleXlsx();
    await new Promise((r) => setTimeout(r, 2100)); // zip timestamps have a 2-second resolution
    const b = await buildExampleXlsx();
    expect(a.equals(b)).toBe(true);
  });
});

describe("Activiteiten", () => {
  it.each(DASHBOARD_ACTIONS)(
    "%s: dashboard action %j with its trekker, deadline and fase",
    (project, subject, trekker, deadline, fase) => {
      const a = findActivity(project, subject);
      expect(a).toBeDefined();
      expect({ Trekker: a!.Trekker, Deadline: a!.Deadline, Fase: a!.Fase }).toEqual({
        Trekker: trekker,
        Deadline: deadline,
        Fase: fase,
      });
    },
  );

  it.each(PLAN_ACTIVITIES)(
    "%s: jaaractieplan activity %j is present once, with its thema",
    (thema, subject) => {
      const found = EXAMPLE_ACTIVITIES.filter((a) => a.Onderwerp === subject && a.Thema === thema);
      expect(found).toHaveLength(1);
    },
  );

  it("holds nothing but the seeds' activities", () => {
    const known = new Set([
      ...PLAN_ACTIVITIES.map(([thema, s]) => `${thema}|${s}`),
      ...DASHBOARD_ACTIONS.map(([p, s]) => `${p}|${s}`),
    ]);
    const invented = EXAMPLE_ACTIVITIES.filter(
      (a) => !known.has(`${a.Thema}|${a.Onderwerp}`) && !known.has(`${a.Project}|${a.Onderwerp}`),
    );
    expect(invented).toEqual([]);
    expect(EXAMPLE_ACTIVITIES).toHaveLength(PLAN_ACTIVITIES.length + DASHBOARD_ACTIONS.length);
  });

  it.each(PLAN_TREKKERS)("%s: trekker as written in the plan", (subject, trekker) => {
    expect(EXAMPLE_ACTIVITIES.find((a) => a.Onderwerp === subject)?.Trekker).toBe(trekker);
  });

  it.each(PLAN_STATED)("%s: deadline/fase stated by the plan", (subject, stated) => {
    const a = EXAMPLE_ACTIVITIES.find((x) => x.Onderwerp === subject)!;
    expect({ Deadline: a.Deadline, Fase: a.Fase }).toMatchObject(stated);
  });

  it("puts the plan activities in Jaaractieplan 2025 except those that started a project or speerpunt", () => {
    const project = (s: string) =>
      EXAMPLE_ACTIVITIES.find(
        (a) => a.Onderwerp === s && PLAN_ACTIVITIES.some(([t, x]) => t === a.Thema && x === s),
      )?.Project;
    expect(project("Dialoog PZP")).toBe(PZP);
    expect(project("Overlijden op plek van voorkeur")).toBe(LEVENSPAD);
    expect(project("Sociaal domein")).toBe(SLTHL);
    // The plan's speerpunt 2 is a project of its own: its three activities are the plan's bewustwording.
    const bewustwording = PLAN_ACTIVITIES.filter(([t]) => t === BEWUSTWORDING).map(([, s]) => s);
    expect(bewustwording).toHaveLength(3);
    for (const s of bewustwording) expect([s, project(s)]).toEqual([s, BEWUSTWORDING]);
    const others = PLAN_ACTIVITIES.map(([, s]) => s).filter(
      (s) =>
        !["Dialoog PZP", "Overlijden op plek van voorkeur", "Sociaal domein", ...bewustwording].includes(s),
    );
    for (const s of others) expect([s, project(s)]).toEqual([s, "Jaaractieplan 2025"]);
  });

  it("leaves the add-on's columns empty and fills every required column", () => {
    for (const a of EXAMPLE_ACTIVITIES) {
      expect([a.Onderwerp, a.ID, a["Laatst bijgewerkt"]]).toEqual([a.Onderwerp, "", ""]);
      for (const h of ["Project", "Onderwerp", "Trekker", "Deadline", "Fase", "Status"] as const) {
        expect([a.Onderwerp, h, a[h].trim() !== ""]).toEqual([a.Onderwerp, h, true]);
      }
    }
  });

  it("uses valid projects, fases, statuses and deadline forms", () => {
    const projects = new Set(EXAMPLE_PROJECTS.map((p) => p.Naam));
    const bad = EXAMPLE_ACTIVITIES.filter(
      (a) =>
        !projects.has(a.Project) ||
        !PHASES.includes(a.Fase) ||
        !STATUSES.includes(a.Status) ||
        !DEADLINE_FORM.test(a.Deadline),
    ).map((a) => `${a.Onderwerp}: ${a.Project} / ${a.Deadline} / ${a.Fase} / ${a.Status}`);
    expect(bad).toEqual([]);
  });

  it("has illustrative statuses: Doorlopend for Continue, Op schema for most others, every status used", () => {
    for (const a of EXAMPLE_ACTIVITIES.filter((x) => x.Deadline === "Continue")) {
      expect([a.Onderwerp, a.Status]).toEqual([a.Onderwerp, "Doorlopend"]);
    }
    const plan = EXAMPLE_ACTIVITIES.filter((a) =>
      PLAN_ACTIVITIES.some(([t, s]) => t === a.Thema && s === a.Onderwerp),
    );
    for (const status of STATUSES) expect(plan.map((a) => a.Status)).toContain(status);
    const timed = EXAMPLE_ACTIVITIES.filter((a) => a.Deadline !== "Continue");
    const onSchedule = timed.filter((a) => a.Status === "Op schema").length;
    expect(onSchedule).toBeGreaterThan(timed.length / 2);
  });

  it("has no duplicate Onderwerp within a project", () => {
    const keys = EXAMPLE_ACTIVITIES.map((a) => `${a.Project}|${a.Onderwerp.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("Projecten", () => {
  it("holds the three dashboard projects, the plan's speerpunt 2 and the annual plan, with unique names", () => {
    expect(EXAMPLE_PROJECTS.map((p) => p.Naam).sort()).toEqual(
      ["Jaaractieplan 2025", BEWUSTWORDING, LEVENSPAD, PZP, SLTHL].sort(),
    );
  });

  it("makes the plan's speerpunten, in the plan's order, from the projects with a Thema", () => {
    const speerpunten = EXAMPLE_PROJECTS.filter((p) => p.Thema !== "");
    expect(speerpunten.map((p) => [p.Thema, p.Naam])).toEqual([
      ["Aansluiting sociaal domein", SLTHL],
      ["Maatschappelijke bewustwording", BEWUSTWORDING],
      ["Proactieve zorg en ondersteuning", LEVENSPAD],
      ["Proactieve zorg en ondersteuning", PZP],
    ]);
    const themes = new Set(EXAMPLE_ACTIVITIES.map((a) => a.Thema));
    for (const p of speerpunten) expect([p.Naam, themes.has(p.Thema)]).toEqual([p.Naam, true]);
    // Speerpunt 2 as the plan words it: its paragraph and its four bullets.
    const mb = speerpunten.find((p) => p.Naam === BEWUSTWORDING)!;
    expect(mb.Probleemstelling).toMatch(/^Het doel is dat inwoners van Gooi- en Vechtstreek/);
    expect(mb.Doelstellingen.split("\n")).toHaveLength(4);
  });

  it("gives each dashboard its peildatum, goals and progress", () => {
    const byName = new Map(EXAMPLE_PROJECTS.map((p) => [p.Naam, p]));
    expect(byName.get(SLTHL)!.Peildatum).toBe("Januari 2025");
    expect(byName.get(LEVENSPAD)!.Peildatum).toBe("Januari 2026");
    expect(byName.get(PZP)!.Peildatum).toBe("Januari 2026");
    expect(byName.get(SLTHL)!.Doelstellingen.split("\n")).toHaveLength(7);
    expect(byName.get(LEVENSPAD)!.Doelstellingen.split("\n")).toHaveLength(7);
    expect(byName.get(PZP)!.Doelstellingen.split("\n")).toHaveLength(3);
    expect(byName.get(LEVENSPAD)!.Voortgang.split("\n")[0]).toBe(
      "Start projectgroep/ uitvoerings- en klankbordgroep:",
    );
    for (const name of [SLTHL, LEVENSPAD, PZP]) {
      const p = byName.get(name)!;
      expect([name, p.Probleemstelling !== "", p.Voortgang.split("\n").some((l) => l.endsWith(":"))]).toEqual(
        [name, true, true],
      );
      // The seeds leave these empty.
      expect([name, p["Rode vlag"], p.Hulpvraag]).toEqual([name, "", ""]);
    }
  });

  it("has no OCR debris left in the dashboard texts", () => {
    const debris = /\b(viag|vitvoering|Eris|Wiik|codrdinatie|patiénten|financiéle|NwC)\b|[¢%]/;
    const texts = EXAMPLE_PROJECTS.flatMap((p) => Object.values(p) as string[]).concat(
      EXAMPLE_ACTIVITIES.flatMap((a) => [a.Onderwerp, a.Trekker]),
    );
    expect(texts.filter((t) => debris.test(t))).toEqual([]);
  });

  it("has dashboard tab names within the xlsx limits", () => {
    const tabNames = EXAMPLE_PROJECTS.map((p) => `Dashboard ${p["Korte naam"]}`);
    for (const t of tabNames) {
      expect([t, t.length <= 31, /[\\/?*[\]:]/.test(t)]).toEqual([t, true, false]);
    }
    expect(new Set(tabNames).size).toBe(tabNames.length);
  });

  it("names project leads that are members", () => {
    const names = new Set(EXAMPLE_MEMBERS.map((m) => m.Naam));
    for (const p of EXAMPLE_PROJECTS) expect([p.Naam, names.has(p.Projectleider)]).toEqual([p.Naam, true]);
  });
});

describe("Leden", () => {
  it("has about 20 members with unique, valid example.org addresses", () => {
    expect(EXAMPLE_MEMBERS.length).toBeGreaterThanOrEqual(18);
    expect(EXAMPLE_MEMBERS.length).toBeLessThanOrEqual(24);
    for (const m of EXAMPLE_MEMBERS) expect(m["E-mail"]).toMatch(/^[a-z0-9.]+@example\.org$/);
    const emails = EXAMPLE_MEMBERS.map((m) => m["E-mail"].toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
  });

  it("contains no real person named in the seeds", () => {
    const hits = EXAMPLE_MEMBERS.flatMap((m) =>
      REAL_NAMES.filter((n) =>
        new RegExp(`\\b${n}\\b`, "i").test(`${m.Naam} ${m["E-mail"]} ${m.Organisatie}`),
      ).map((n) => `${m.Naam}: ${n}`),
    );
    expect(hits).toEqual([]);
  });

  it("has active members in the roles the trekkers name", () => {
    const roles = EXAMPLE_MEMBERS.filter((m) => m.Actief).map((m) => m.Rol);
    for (const role of [
      "Netwerkcoördinator",
      "Projectleider",
      "Ondersteuner",
      "Kaderarts palliatieve zorg",
      "Coördinator VPTZ",
    ]) {
      expect(roles.filter((r) => r === role)).toHaveLength(1);
    }
  });

  it("uses known groups only, every group has members, exactly one member is inactive", () => {
    const used = EXAMPLE_MEMBERS.flatMap((m) => m.Groepen.split(",").map((g) => g.trim()));
    expect(used.filter((g) => !(GROUPS as readonly string[]).includes(g))).toEqual([]);
    for (const g of GROUPS) expect([g, used.includes(g)]).toEqual([g, true]);
    expect(EXAMPLE_MEMBERS.filter((m) => !m.Actief)).toHaveLength(1);
  });

  it("gives every meeting group at least one active member", () => {
    const activeGroups = new Set(
      EXAMPLE_MEMBERS.filter((m) => m.Actief).flatMap((m) => m.Groepen.split(",").map((g) => g.trim())),
    );
    const missing = [...new Set(EXAMPLE_MEETINGS.map((m) => m.Groep))].filter((g) => !activeGroups.has(g));
    expect(missing).toEqual([]);
  });
});

describe("Vergaderingen", () => {
  it("plans the year: kerngroep 4x, netwerkbijeenkomst 3x, each themagroep 2x, thema-avond vrijwilligers 1x", () => {
    const in2026 = EXAMPLE_MEETINGS.filter((m) => m.Datum.getUTCFullYear() === 2026);
    const count = (groep: string, titel?: string) =>
      in2026.filter((m) => m.Groep === groep && (titel === undefined || m.Titel === titel)).length;
    expect(count("Kerngroep")).toBe(4);
    expect(count("Contactpersonen", "Netwerkbijeenkomst")).toBe(3);
    expect(count("Contactpersonen")).toBe(3);
    expect(count("Themagroep Deskundigheid")).toBe(2);
    expect(count("Themagroep Sociaal domein")).toBe(2);
    expect(count("Themagroep Hospicezorg/VPTZ", "Thema-avond vrijwilligers")).toBe(1);
    expect(count("Themagroep Hospicezorg/VPTZ")).toBe(3);
    expect(in2026).toHaveLength(14);
  });

  it("and the first meetings of next year, so that a run today has invitations to send", () => {
    const next = EXAMPLE_MEETINGS.filter((m) => m.Datum.getUTCFullYear() === 2027);
    expect(next.map((m) => [m.Groep, m.Datum.toISOString().slice(0, 10)])).toEqual([
      ["Themagroep Deskundigheid", "2027-01-25"],
      ["Kerngroep", "2027-02-09"],
      ["Contactpersonen", "2027-03-18"],
    ]);
  });

  it("has weekday dates in 2026 and early 2027, HH:mm times ending after they start, and empty add-on columns", () => {
    for (const m of EXAMPLE_MEETINGS) {
      const label = `${m.Titel} ${m.Datum.toISOString()}`;
      expect([
        label,
        [2026, 2027].includes(m.Datum.getUTCFullYear()),
        m.Datum.getTime() % 86_400_000,
      ]).toEqual([label, true, 0]);
      expect([label, m.Datum.getUTCDay() % 6 !== 0]).toEqual([label, true]);
      expect(m.Begintijd).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(m.Eindtijd).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect([label, m.Eindtijd > m.Begintijd]).toEqual([label, true]);
      expect([
        label,
        m.Locatie !== "",
        m.Geannuleerd,
        m["Agenda-ID"],
        m.Uitnodiging,
        m["Verstuurd op"],
      ]).toEqual([label, true, false, "", "", ""]);
    }
  });
});

describe("Instellingen", () => {
  const settings = new Map(EXAMPLE_SETTINGS.map((s) => [s.Sleutel, s.Waarde]));

  it("has every setting of PRODUCT.md §2.5, in order", () => {
    expect(EXAMPLE_SETTINGS.map((s) => s.Sleutel)).toEqual([
      "Netwerknaam",
      "Regio",
      "Jaar",
      "Taal",
      "Tijdzone",
      "Agenda",
      "Rapportmap",
      "Rapportsjabloon",
      "Rapport als PDF",
      "Inleiding jaaractieplan",
      "Uitnodigingen versturen",
      "Kleur Behaald",
      "Kleur Op schema",
      "Kleur Doorlopend",
      "Kleur Achter op schema",
    ]);
    expect(settings.get("Netwerknaam")).toBe("Netwerk Palliatieve Zorg Gooi- en Vechtstreek");
    expect(settings.get("Regio")).toBe("Gooi en Vechtstreek");
    expect(settings.get("Jaar")).toBe(2026);
    expect(settings.get("Taal")).toBe("nl");
    expect(settings.get("Tijdzone")).toBe("Europe/Amsterdam");
    expect([settings.get("Agenda"), settings.get("Rapportmap"), settings.get("Rapportsjabloon")]).toEqual([
      "",
      "",
      "",
    ]);
    expect(settings.get("Uitnodigingen versturen")).toBe(true);
  });

  it.each(STATUSES)("Kleur %s is a hex colour on which dark text is readable", (status) => {
    const colour = settings.get(`Kleur ${status}`);
    expect(colour).toMatch(/^#[0-9a-f]{6}$/);
    const contrastWithBlack = (luminance(colour as string) + 0.05) / 0.05;
    expect(contrastWithBlack).toBeGreaterThanOrEqual(4.5);
  });

  it("colours the statuses as specified: green, light green, blue, red", () => {
    const rgb = (s: string) => {
      const hex = settings.get(`Kleur ${s}`) as string;
      return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
    };
    const [br, bg, bb] = rgb("Behaald");
    expect(bg > br && bg > bb).toBe(true);
    const [or, og, ob] = rgb("Op schema");
    expect(og > or && og > ob).toBe(true);
    // "light green": lighter than the Behaald green
    expect(luminance(settings.get("Kleur Op schema") as string)).toBeGreaterThan(
      luminance(settings.get("Kleur Behaald") as string),
    );
    const [dr, dg, db] = rgb("Doorlopend");
    expect(db > dr && db > dg).toBe(true);
    const [ar, ag, ab] = rgb("Achter op schema");
    expect(ar > ag && ar > ab).toBe(true);
  });
});
