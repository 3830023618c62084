import { dashboardTabNames } from "../../../src/core/tabnames";
import { validateWorkbook } from "../../../src/core/validation/workbook";
import {
  activity,
  brief,
  OPTS,
  PROJECT_HEADERS,
  projectsRun,
  tab,
  workbook,
} from "../../support/validation-fixtures";

describe("Projecten", () => {
  test("a valid project: Thema trimmed, Doelstellingen and Voortgang one per line, a trailing ':' kept as a sub-heading", () => {
    const result = projectsRun([
      {
        Naam: " Levenspad ",
        "Korte naam": "",
        Thema: " Proactieve zorg en ondersteuning ",
        Doelstellingen: "• Tijdige markering\n• Naadloze afstemming\n",
        Voortgang: "Kick-off:\n- Kick-off is gerealiseerd.\n\nVPK team:\no Er is een werkwijze.",
        Projectleider: "Thijs Bakker",
      },
    ]);
    expect(result.problems).toEqual([]);
    expect(result.projects).toEqual([
      {
        row: 2,
        name: "Levenspad",
        shortName: "",
        theme: "Proactieve zorg en ondersteuning",
        problem: "",
        goals: ["Tijdige markering", "Naadloze afstemming"],
        scope: "",
        redFlag: "",
        remarks: "",
        helpRequest: "",
        progress: ["Kick-off:", "Kick-off is gerealiseerd.", "VPK team:", "Er is een werkwijze."],
        lead: "Thijs Bakker",
        asOf: "",
      },
    ]);
  });

  test("Naam is required", () => {
    const result = projectsRun([{ Naam: "Levenspad" }, { Naam: "", Voortgang: "iets" }]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Projecten", row: 3, column: "Naam", severity: "error", suggestion: "" },
    ]);
    expect(result.problems[0]!.message).toContain("‘Naam’ is leeg");
  });

  test("a duplicate name (case-insensitive) is an error on the later row; activities use the first", () => {
    const result = projectsRun(
      [{ Naam: "Levenspad" }, { Naam: "Samen leven tot het laatst" }, { Naam: "LEVENSPAD" }],
      [activity(), activity({ Onderwerp: "b", Project: "LEVENSPAD" })],
    );
    expect(result.problems.map(brief)).toEqual([
      { tab: "Activiteiten", row: 3, column: "Project", severity: "warning", suggestion: "Levenspad" },
      { tab: "Projecten", row: 4, column: "Naam", severity: "error", suggestion: "" },
    ]);
    expect(result.problems[1]!.message).toContain("rij 2");
    expect(result.projects.map((p) => p.row)).toEqual([2, 3]);
    expect(result.activities.map((a) => a.project)).toEqual(["Levenspad", "Levenspad"]);
  });

  test.each<[string, string, string]>([
    ["a forbidden character", "PZP/Wijde Meren", "PZP Wijde Meren"],
    ["several forbidden characters", "Levens[pad]: 2026?", "Levens pad 2026"],
    ["a trailing apostrophe", "Projecten '", "Projecten"],
  ])("Korte naam with %s is an error with a usable suggestion", (_label, value, suggestion) => {
    const result = projectsRun([{ Naam: "Levenspad", "Korte naam": value }]);
    expect(result.problems.map(brief)).toContainEqual({
      tab: "Projecten",
      row: 2,
      column: "Korte naam",
      severity: "error",
      suggestion,
    });
    expect(suggestion.length).toBeLessThanOrEqual(21);
    expect(`Dashboard ${suggestion}`.length).toBeLessThanOrEqual(31);
    expect(result.projects).toEqual([]);
  });

  test.each<[string, string, string]>([
    ["more than 21 characters", "Levenspad regio Gooi en Vechtstreek", "Levenspad regio Gooi"],
    ["one long word", "Samenlevendtothetlaatste", "Samenlevendtothetlaat"],
  ])(
    "Korte naam with %s is a warning: the dashboard gets the name shortened, the project stays",
    (_label, value, fitted) => {
      const result = projectsRun(
        [{ Naam: "Levenspad", "Korte naam": value }],
        [activity(), activity({ Onderwerp: "b" })],
      );
      expect(result.problems.map(brief)).toEqual([
        { tab: "Projecten", row: 2, column: "Korte naam", severity: "warning", suggestion: fitted },
      ]);
      const message = result.problems[0]!.message;
      expect(message).toContain(`is ${value.length} tekens lang`);
      expect(message).toContain(`heet daarom ‘Dashboard ${fitted}’`);
      expect(`Dashboard ${fitted}`.length).toBeLessThanOrEqual(31);
      // Nothing of the project is lost: the record keeps the Korte naam as typed, its activities count.
      expect(result.projects.map((p) => [p.name, p.shortName])).toEqual([["Levenspad", value]]);
      expect(result.activities).toHaveLength(2);
      expect(dashboardTabNames(result.projects).get("Levenspad")).toBe(`Dashboard ${fitted}`);
    },
  );

  test("a too-long Korte naam: the warning names the tab the dashboard really gets (2 when the name is taken)", () => {
    const result = projectsRun([
      { Naam: "Levenspad regio Gooi" },
      { Naam: "Levenspad", "Korte naam": "Levenspad regio Gooi en Vechtstreek" },
    ]);
    expect(result.problems.map(brief)).toEqual([
      {
        tab: "Projecten",
        row: 3,
        column: "Korte naam",
        severity: "warning",
        suggestion: "Levenspad regio Gooi",
      },
    ]);
    expect(result.problems[0]!.message).toContain("heet daarom ‘Dashboard Levenspad regio 2’");
    expect([...dashboardTabNames(result.projects).values()]).toEqual([
      "Dashboard Levenspad regio Gooi",
      "Dashboard Levenspad regio 2",
    ]);
  });

  test("a too-long Korte naam is in English when Taal is en", () => {
    const result = validateWorkbook(
      workbook({
        projects: tab("Projecten", PROJECT_HEADERS, [
          { Naam: "Levenspad", "Korte naam": "Levenspad regio Gooi en Vechtstreek" },
        ]),
      }),
      { ...OPTS, lang: "en" },
    );
    expect(result.problems.map((p) => [p.severity, p.message])).toEqual([
      [
        "warning",
        expect.stringContaining("is 35 characters long; the tab name ‘Dashboard …’ has room for at most 21"),
      ],
    ]);
    expect(result.problems[0]!.message).toContain("called ‘Dashboard Levenspad regio Gooi’");
  });

  test("a Korte naam shortened to one that an earlier row has is an error on the later row, as for equal ones", () => {
    const result = projectsRun([
      { Naam: "Levenspad", "Korte naam": "Levenspad regio Gooi" },
      { Naam: "Samen leven tot het laatst", "Korte naam": "Levenspad regio Gooi en Vechtstreek" },
    ]);
    expect(result.problems.filter((p) => p.tab === "Projecten").map(brief)).toEqual([
      { tab: "Projecten", row: 3, column: "Korte naam", severity: "error", suggestion: "Samen leven" },
    ]);
    const message = result.problems.find((p) => p.tab === "Projecten")!.message;
    expect(message).toContain("wordt ingekort tot ‘Levenspad regio Gooi’");
    expect(message).toContain("rij 2");
    expect(result.projects.map((p) => p.name)).toEqual(["Levenspad"]);
  });

  test("a Korte naam equal to the shortened one of an earlier row is an error on the later row", () => {
    const result = projectsRun([
      { Naam: "Levenspad", "Korte naam": "Levenspad regio Gooi en Vechtstreek" },
      { Naam: "Samen leven tot het laatst", "Korte naam": "levenspad regio gooi" },
    ]);
    expect(result.problems.filter((p) => p.tab === "Projecten").map(brief)).toEqual([
      {
        tab: "Projecten",
        row: 2,
        column: "Korte naam",
        severity: "warning",
        suggestion: "Levenspad regio Gooi",
      },
      { tab: "Projecten", row: 3, column: "Korte naam", severity: "error", suggestion: "Samen leven" },
    ]);
    expect(result.projects.map((p) => p.name)).toEqual(["Levenspad"]);
  });

  test("Korte naam of exactly 21 characters is fine", () => {
    const result = projectsRun([{ Naam: "Levenspad", "Korte naam": "a".repeat(21) }]);
    expect(result.problems).toEqual([]);
    expect(result.projects[0]!.shortName).toBe("a".repeat(21));
  });

  test("a duplicate Korte naam is an error on the later row, suggesting a free one", () => {
    const result = projectsRun([
      { Naam: "Levenspad", "Korte naam": "Project" },
      { Naam: "Samen leven tot het laatst", "Korte naam": "project" },
    ]);
    expect(result.problems.map(brief)).toEqual([
      {
        tab: "Projecten",
        row: 3,
        column: "Korte naam",
        severity: "error",
        suggestion: "Samen leven",
      },
    ]);
  });

  test("an activity of a project with an error is left out, with a message pointing at the project row", () => {
    const result = projectsRun([{ Naam: "Levenspad", "Korte naam": "a:b" }]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Activiteiten", row: 2, column: "Project", severity: "error", suggestion: "" },
      { tab: "Projecten", row: 2, column: "Korte naam", severity: "error", suggestion: "a b" },
    ]);
    expect(result.problems[0]!.message).toContain("rij 2");
    expect(result.activities).toEqual([]);
  });
});

/** Validates a Leden tab; the problems of Leden only (trekkers may warn when no member is valid). */
