/**
 * The example network (examples/voorbeeldnetwerk.ts) through validation, as `npm start` runs it on
 * 22 November 2026. Every expected problem below was checked against the data: no false alarms.
 */
import {
  cellOf,
  EXAMPLE_ACTIVITIES,
  EXAMPLE_MEETINGS,
  EXAMPLE_MEMBERS,
  EXAMPLE_PROJECTS,
  EXAMPLE_TABS,
  PLAN_INTRODUCTION,
} from "../../../examples/voorbeeldnetwerk";
import type { RawTab } from "../../../src/core/records";
import { validateWorkbook } from "../../../src/core/validation/workbook";

/** Display values as a sheet shows them: String of the value, dates as d-m-yyyy. */
const shown = (v: unknown) =>
  v instanceof Date ? `${v.getUTCDate()}-${v.getUTCMonth() + 1}-${v.getUTCFullYear()}` : String(v);

function raw(name: string): RawTab {
  const tab = EXAMPLE_TABS.find((t) => t.name === name)!;
  const values = [[...tab.headers], ...tab.rows.map((r) => tab.headers.map((h) => cellOf(r, h)))];
  return { name, values, display: values.map((r) => r.map(shown)) };
}

const run = (lang: "nl" | "en" = "nl") =>
  validateWorkbook(
    {
      activities: raw("Activiteiten"),
      projects: raw("Projecten"),
      members: raw("Leden"),
      meetings: raw("Vergaderingen"),
      settings: raw("Instellingen"),
    },
    { today: "2026-11-22", lang, timeZone: "Europe/Amsterdam" },
  );

type Expected = [row: number, column: string, kind: string];

/**
 * All problems, in order. Kinds:
 * - overdue: the deadline ended before 22-11-2026 and the status is not Behaald (README: 2025 deadlines);
 * - achieved: Behaald while the fase is Ontwikkeling;
 * - trekker: parts that name nobody in Leden (README: "NW", "projectteam", "allen", named outsiders).
 */
const EXPECTED: Expected[] = [
  [4, "Deadline", "overdue"], // Campagne in de zorgorganisaties: 2024, Achter op schema
  [6, "Deadline", "overdue"], // Dialoog PZP: Dec. 2025, Op schema
  [7, "Fase", "achieved"], // Overlijden op plek van voorkeur: Behaald, Ontwikkeling
  [9, "Trekker", "trekker"], // PaTz: kaderarts Marije van Daelen, Marijke Oosterhuis RHOGO
  [10, "Deadline", "overdue"], // Capaciteit: Dec. 2025
  [11, "Deadline", "overdue"], // Hospicezorg: Dec. 2025
  [12, "Deadline", "overdue"], // Sociaal domein: Dec. 2025
  [16, "Trekker", "trekker"], // Ontmoetingen: "1 a 2 leden (evt. roulerend)"
  [17, "Deadline", "overdue"], // Thema-avonden vrijwilligers: Dec. 2025
  [26, "Trekker", "trekker"], // Contact gemeente: NWC/projectteam
  [26, "Deadline", "overdue"], // Contact gemeente: Jan. 2026
  [27, "Trekker", "trekker"], // 4x Samen leven tot het laatst-bijeenkomst: NWC/projectteam
  [28, "Trekker", "trekker"], // Bestand samenwerkingspartners: NWC/projectteam
  [29, "Trekker", "trekker"], // Concrete actieplannen: NWC/projectteam
  [30, "Trekker", "trekker"], // Deelname aan beleidsgroep: NWC + allen
  [31, "Trekker", "trekker"], // Duurzaamheidsplan & Evaluatie: NWC/projectteam
  [31, "Deadline", "overdue"], // Duurzaamheidsplan & Evaluatie: Okt. 2026
  [32, "Fase", "achieved"], // Projectgroep … geïnstalleerd: Behaald, Ontwikkeling
  [33, "Fase", "achieved"], // Voorbereiding en kick-off: Behaald, Ontwikkeling
  [36, "Trekker", "trekker"], // Evaluatie op basis van doelstellingen plan: NWC + allen
  [37, "Trekker", "trekker"], // Voortgang projectgroep: NW/RHOGO/regiokompas
  [38, "Trekker", "trekker"], // Maatschappelijke bewustwording: NW
  [39, "Trekker", "trekker"], // Uitvoering samenwerkingsafspraken PZP: NW/RHOGO/regiokompas
  [39, "Deadline", "overdue"], // Uitvoering samenwerkingsafspraken PZP: Mei 2026
  [40, "Trekker", "trekker"], // Verspreidingsplan en toolkit: NWC + allen
  [40, "Deadline", "overdue"], // Verspreidingsplan en toolkit: Jan.-dec. 2025, Achter op schema
  [41, "Trekker", "trekker"], // Evaluatie: NWC + allen
  [41, "Fase", "achieved"], // Evaluatie: Behaald, Ontwikkeling
];

const KIND_TEXT: Record<string, RegExp> = {
  overdue: /^Deadline verstreken/,
  achieved: /^De status is Behaald, maar de fase is ‘Ontwikkeling’/,
  trekker: /^Niet gevonden in Leden als naam of rol van een actief lid: /,
};

describe("the example network", () => {
  const result = run();

  test("gives exactly the expected problems: all warnings, no errors", () => {
    expect(result.problems.map((p) => [p.tab, p.row, p.column, p.severity])).toEqual(
      EXPECTED.map(([row, column]) => ["Activiteiten", row, column, "warning"]),
    );
    result.problems.forEach((p, i) => {
      expect(p.message).toMatch(KIND_TEXT[EXPECTED[i]![2]]!);
    });
  });

  test("each expected row is the activity the comment names", () => {
    const subjects = EXPECTED.map(([row]) => EXAMPLE_ACTIVITIES[row - 2]!.Onderwerp);
    expect(subjects[0]).toBe("Campagne in de zorgorganisaties");
    expect(subjects[3]).toBe("PaTz");
    expect(subjects[7]).toBe("Ontmoetingen leden vanuit het netwerk/contactpersonen bijeenkomst");
    expect(subjects[subjects.length - 1]).toBe("Evaluatie");
  });

  test("trekker warnings list exactly the parts that match nobody", () => {
    const parts = result.problems
      .filter((p) => p.column === "Trekker")
      .map((p) => [p.row, [...p.message.matchAll(/‘([^’]*)’/g)].map((m) => m[1])]);
    expect(parts).toEqual([
      [9, ["kaderarts Marije van Daelen", "Marijke Oosterhuis RHOGO"]],
      [16, ["1 a 2 leden (evt. roulerend)"]],
      [26, ["projectteam"]],
      [27, ["projectteam"]],
      [28, ["projectteam"]],
      [29, ["projectteam"]],
      [30, ["allen"]],
      [31, ["projectteam"]],
      [36, ["allen"]],
      [37, ["NW", "RHOGO", "regiokompas"]],
      [38, ["NW"]],
      [39, ["NW", "RHOGO", "regiokompas"]],
      [40, ["allen"]],
      [41, ["allen"]],
    ]);
  });

  test("overdue warnings name the deadline as typed and its last day", () => {
    const overdue = result.problems.filter((p) => p.column === "Deadline");
    expect(overdue.map((p) => [p.row, p.value])).toEqual([
      [4, "2024"],
      [6, "Dec. 2025"],
      [10, "Dec. 2025"],
      [11, "Dec. 2025"],
      [12, "Dec. 2025"],
      [17, "Dec. 2025"],
      [26, "Jan. 2026"],
      [31, "Okt. 2026"],
      [39, "Mei 2026"],
      [40, "Jan.-dec. 2025"],
    ]);
    expect(overdue[0]!.message).toContain("liep af op 31-12-2024");
    expect(overdue[6]!.message).toContain("liep af op 31-01-2026");
  });

  test("every record is valid and complete", () => {
    expect(result.activities).toHaveLength(EXAMPLE_ACTIVITIES.length);
    expect(result.projects.map((p) => p.name)).toEqual(EXAMPLE_PROJECTS.map((p) => p.Naam));
    expect(result.members).toHaveLength(EXAMPLE_MEMBERS.length);
    expect(result.members.filter((m) => !m.active).map((m) => m.name)).toEqual(["Wim Koster"]);
    expect(result.meetings).toHaveLength(EXAMPLE_MEETINGS.length);
    expect(result.counts).toEqual({
      activities: 40,
      valid: 40,
      byStatus: { Behaald: 4, "Op schema": 15, Doorlopend: 19, "Achter op schema": 2 },
      byPhase: { Ontwikkeling: 12, Uitvoering: 10, Continue: 18, Afgerond: 0 },
    });
  });

  test("records carry the parsed values", () => {
    const levenspad = result.projects.find((p) => p.name === "Levenspad")!;
    expect(levenspad.progress.slice(0, 2)).toEqual([
      "Start projectgroep/ uitvoerings- en klankbordgroep:",
      "De bemensing van de projectgroep is gerealiseerd. Verwachtingen zijn helder",
    ]);
    expect(result.projects.find((p) => p.name === "PZP in Wijde Meren en Naarden")!.shortName).toBe(
      "PZP Wijde Meren",
    );
    expect(result.meetings[0]).toEqual({
      row: 2,
      group: "Kerngroep",
      title: "Kerngroepoverleg",
      date: "2026-02-10",
      start: "14:00",
      end: "16:00",
      location: "Netwerkbureau, Hilversum",
      description: "Jaarplanning 2026, dashboards per project, voorbereiding netwerkbijeenkomst maart.",
      cancelled: false,
      eventId: "",
      inviteStatus: "",
      sentAt: null,
    });
    expect(result.activities.find((a) => a.subject === "Dialoog PZP")!.subgoals).toHaveLength(5);
    expect(result.settings).toEqual({
      networkName: "Netwerk Palliatieve Zorg Gooi- en Vechtstreek",
      region: "Gooi en Vechtstreek",
      year: 2026,
      lang: "nl",
      timeZone: "Europe/Amsterdam",
      calendarId: "",
      reportFolder: "",
      reportTemplate: "",
      reportPdf: false,
      planIntroduction: PLAN_INTRODUCTION,
      sendInvites: true,
      colours: {
        Behaald: "#00a651",
        "Op schema": "#b7e1a1",
        Doorlopend: "#6fa8dc",
        "Achter op schema": "#e06666",
      },
    });
  });

  test("the same problems in English", () => {
    const en = run("en");
    expect(en.problems.map((p) => [p.row, p.column])).toEqual(result.problems.map((p) => [p.row, p.column]));
    expect(en.problems[0]!.message).toMatch(/^Deadline passed/);
  });
});
