import { validateWorkbook } from "../../../src/core/validation/workbook";
import {
  ACTIVITY_HEADERS,
  activity,
  brief,
  OPTS,
  PROJECT_HEADERS,
  tab,
  validateActivities,
  workbook,
} from "../../support/validation-fixtures";

describe("Activiteiten: required columns", () => {
  test.each(["Project", "Onderwerp", "Trekker", "Deadline", "Fase", "Status"])(
    "empty %s is an error",
    (column) => {
      const result = validateActivities([activity({ [column]: "  " })]);
      expect(result.problems.map(brief)).toEqual([
        { tab: "Activiteiten", row: 2, column, severity: "error", suggestion: "" },
      ]);
      const message = result.problems[0]!.message;
      expect(message).toMatch(
        column === "Deadline" ? /deadline is leeg/i : new RegExp(`‘${column}’ is leeg`),
      );
      expect(result.activities).toEqual([]);
      expect(result.counts).toMatchObject({ activities: 1, valid: 0 });
    },
  );

  test("an empty Status names the accepted values", () => {
    const result = validateActivities([activity({ Status: "" })]);
    expect(result.problems[0]!.message).toContain("Behaald, Op schema, Doorlopend, Achter op schema");
  });

  test("problem columns carry the sheet's header and its 1-based index", () => {
    const result = validateActivities([activity({ Status: "" })]);
    expect(result.problems[0]).toMatchObject({ column: "Status", columnIndex: 11, value: "" });
  });
});

describe("Activiteiten: Project", () => {
  test.each<[string, string, "none" | "warning" | "error", string, string | null]>([
    ["exact", "Levenspad", "none", "", "Levenspad"],
    ["exact after trimming", "  Levenspad ", "none", "", "Levenspad"],
    ["other case", "levenspad", "warning", "Levenspad", "Levenspad"],
    [
      "other spacing and case",
      "samen  leven tot het Laatst",
      "warning",
      "Samen leven tot het laatst",
      "Samen leven tot het laatst",
    ],
    ["a typo", "Levenspas", "error", "Levenspad", null],
    ["a prefix", "Samen leven tot", "error", "Samen leven tot het laatst", null],
    ["unknown", "Iets heel anders", "error", "", null],
  ])("%s: %j", (_label, value, severity, suggestion, project) => {
    const result = validateActivities([activity({ Project: value })]);
    if (severity === "none") expect(result.problems).toEqual([]);
    else {
      expect(result.problems.map(brief)).toEqual([
        { tab: "Activiteiten", row: 2, column: "Project", severity, suggestion },
      ]);
      expect(result.problems[0]!.value).toBe(value);
      expect(result.problems[0]!.message).toContain("Projecten");
      if (suggestion !== "") expect(result.problems[0]!.message).toContain(`‘${suggestion}’`);
    }
    expect(result.activities.map((a) => a.project)).toEqual(project === null ? [] : [project]);
  });

  test("a project's short name suggests its full name", () => {
    const projects = tab("Projecten", PROJECT_HEADERS, [
      { Naam: "PZP in Wijde Meren en Naarden", "Korte naam": "PZP Wijde Meren" },
    ]);
    const result = validateWorkbook(
      workbook({
        projects,
        activities: tab("Activiteiten", ACTIVITY_HEADERS, [activity({ Project: "PZP Wijde Meren" })]),
      }),
      OPTS,
    );
    expect(result.problems.map(brief)).toEqual([
      {
        tab: "Activiteiten",
        row: 2,
        column: "Project",
        severity: "error",
        suggestion: "PZP in Wijde Meren en Naarden",
      },
    ]);
  });
});

describe("Activiteiten: Status and Fase", () => {
  test.each<[string, string, "none" | "warning" | "error", string, string | null]>([
    ["Status", "Op schema", "none", "", "Op schema"],
    ["Status", " Doorlopend\n", "none", "", "Doorlopend"],
    ["Status", "op  Schema", "warning", "Op schema", "Op schema"],
    ["Status", "DOORLOPEND", "warning", "Doorlopend", "Doorlopend"],
    ["Status", "Achter op schema.", "warning", "Achter op schema", "Achter op schema"],
    ["Status", "achter", "error", "Achter op schema", null],
    ["Status", "Behaaldd", "error", "Behaald", null],
    ["Status", "Klaar", "error", "", null],
    ["Fase", "uitvoering", "warning", "Uitvoering", "Uitvoering"],
    ["Fase", "Ontwikkelen", "error", "Ontwikkeling", null],
    ["Fase", "Gepland", "error", "", null],
  ])("%s %j", (column, value, severity, suggestion, canonical) => {
    const result = validateActivities([activity({ [column]: value })]);
    if (severity === "none") expect(result.problems).toEqual([]);
    else {
      expect(result.problems.map(brief)).toEqual([
        { tab: "Activiteiten", row: 2, column, severity, suggestion },
      ]);
      const message = result.problems[0]!.message;
      expect(message).toContain(`‘${value.trim()}’`);
      if (severity === "error") expect(message).toContain("Toegestaan:");
      if (suggestion !== "") expect(message).toContain(`‘${suggestion}’`);
    }
    const key = column === "Status" ? "status" : "phase";
    expect(result.activities.map((a) => a[key])).toEqual(canonical === null ? [] : [canonical]);
  });

  test("rows with the same value each get their own problem, quoting their own cell as shown", () => {
    const rows = [
      activity({ Fase: "Gepland" }),
      activity({ Onderwerp: "b", Fase: "Gepland" }),
      activity({ Onderwerp: "c", Fase: "Gepland" }),
      activity({ Onderwerp: "d", Status: "op  Schema" }),
      activity({ Onderwerp: "e", Status: "op  Schema" }),
    ];
    const input = workbook({ activities: tab("Activiteiten", ACTIVITY_HEADERS, rows) });
    // The third row's cell shows something else than its value (as a number format can make it do).
    const fase = ACTIVITY_HEADERS.indexOf("Fase");
    (input.activities!.display[3] as string[])[fase] = "Gepland (getoond)";
    const result = validateWorkbook(input, OPTS);
    expect(
      result.problems.map((p) => [p.row, p.column, p.severity, p.message.match(/^‘[^’]*’/)?.[0]]),
    ).toEqual([
      [2, "Fase", "error", "‘Gepland’"],
      [3, "Fase", "error", "‘Gepland’"],
      [4, "Fase", "error", "‘Gepland (getoond)’"],
      [5, "Status", "warning", "‘op  Schema’"],
      [6, "Status", "warning", "‘op  Schema’"],
    ]);
    expect(result.problems[0]!.message).toBe(result.problems[1]!.message);
  });

  test("the usable-with-warning value feeds the counts", () => {
    const result = validateActivities([activity({ Status: "op  Schema", Fase: "continue" })]);
    expect(result.counts.byStatus["Op schema"]).toBe(1);
    expect(result.counts.byPhase.Continue).toBe(1);
  });
});

describe("Activiteiten: Deadline", () => {
  test("accepted forms give the parsed period and keep the text as typed", () => {
    const result = validateActivities([
      activity({ Deadline: "Q3 2026" }),
      activity({ Onderwerp: "b", Deadline: "Continue" }),
      activity({ Onderwerp: "c", Deadline: new Date(Date.UTC(2026, 8, 30)) }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.activities.map((a) => [a.deadlineText, a.deadline])).toEqual([
      ["Q3 2026", { kind: "period", start: "2026-07-01", end: "2026-09-30", granularity: "quarter" }],
      ["Continue", { kind: "ongoing" }],
      ["30-9-2026", { kind: "period", start: "2026-09-30", end: "2026-09-30", granularity: "day" }],
    ]);
  });

  test.each([
    ["in 2026 ergens", /niet herkend/, ""],
    ["eind 2026", /Onbekende maand ‘eind’\. Bedoelt u ‘Dec\. 2026’\?/, "Dec. 2026"],
    ["dec.", /jaar ontbreekt/, ""],
    ["31-12-26", /vier cijfers/, ""],
    ["#REF!", /formulefout/, ""],
    ["1e kwartaal 2026", /niet herkend\. Bedoelt u ‘Q1 2026’\?/, "Q1 2026"],
  ])(
    "%j is an error with the accepted forms (and the form it probably means)",
    (value, reason, suggestion) => {
      const result = validateActivities([activity({ Deadline: value })]);
      expect(result.problems.map(brief)).toEqual([
        { tab: "Activiteiten", row: 2, column: "Deadline", severity: "error", suggestion },
      ]);
      expect(result.problems[0]!.message).toMatch(reason);
      expect(result.problems[0]!.message).toContain("Toegestaan:");
    },
  );

  test("a date cell formatted to show a month or a year is that period; one that shows its day is that day", () => {
    // Sheets and Excel turn a typed `december 2026` into the date 1-12-2026 shown as `december 2026`.
    const first = new Date(Date.UTC(2026, 11, 1));
    const shown = ["december 2026", "dec-26", "2026", "01-12-2026"];
    const sheet = tab(
      "Activiteiten",
      ACTIVITY_HEADERS,
      shown.map((_, i) => activity({ Onderwerp: `a${i}`, Deadline: first })),
    );
    const col = ACTIVITY_HEADERS.indexOf("Deadline");
    const display = sheet.display.map((row, r) =>
      row.map((d, c) => (r > 0 && c === col ? shown[r - 1]! : d)),
    );
    const result = validateWorkbook(workbook({ activities: { ...sheet, display } }), {
      ...OPTS,
      today: "2026-12-15",
    });
    expect(result.activities.map((a) => [a.deadlineText, a.deadline])).toEqual([
      ["december 2026", { kind: "period", start: "2026-12-01", end: "2026-12-31", granularity: "month" }],
      ["dec-26", { kind: "period", start: "2026-12-01", end: "2026-12-31", granularity: "month" }],
      ["2026", { kind: "period", start: "2026-01-01", end: "2026-12-31", granularity: "year" }],
      ["01-12-2026", { kind: "period", start: "2026-12-01", end: "2026-12-01", granularity: "day" }],
    ]);
    // Only the day has passed on 15 December.
    expect(result.problems.map(brief)).toEqual([
      { tab: "Activiteiten", row: 5, column: "Deadline", severity: "warning", suggestion: "" },
    ]);
    expect(result.problems[0]!.message).toMatch(
      /^Deadline verstreken: de deadline ‘01-12-2026’ liep af op 01-12-2026/,
    );
  });

  test.each<[string, string, string, boolean]>([
    ["ended before today, not Behaald", "Mei 2026", "Op schema", true],
    ["ended before today, Achter op schema", "2025", "Achter op schema", true],
    ["ends today", "15-6-2026", "Op schema", false],
    ["ended before today but Behaald", "Mei 2026", "Behaald", false],
    ["ongoing", "Continue", "Doorlopend", false],
    ["in the future", "Dec. 2026", "Op schema", false],
  ])("overdue: %s", (_label, deadline, status, overdue) => {
    const fase = status === "Behaald" ? "Afgerond" : "Uitvoering";
    const result = validateActivities([activity({ Deadline: deadline, Status: status, Fase: fase })]);
    if (!overdue) expect(result.problems).toEqual([]);
    else {
      expect(result.problems.map(brief)).toEqual([
        { tab: "Activiteiten", row: 2, column: "Deadline", severity: "warning", suggestion: "" },
      ]);
      expect(result.problems[0]!.message).toMatch(/^Deadline verstreken/);
      expect(result.problems[0]!.message).toContain(`‘${status}’`);
      expect(result.activities).toHaveLength(1);
    }
  });
});

describe("Activiteiten: other rules", () => {
  test("Behaald with a fase other than Afgerond is a warning suggesting Afgerond", () => {
    const result = validateActivities([
      activity({ Status: "Behaald", Fase: "Uitvoering" }),
      activity({ Onderwerp: "b", Status: "Behaald", Fase: "Afgerond" }),
    ]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Activiteiten", row: 2, column: "Fase", severity: "warning", suggestion: "Afgerond" },
    ]);
    expect(result.problems[0]!.message).toContain("‘Uitvoering’");
    expect(result.activities).toHaveLength(2);
  });

  test("Subdoelstellingen and Acties: one per line, bullets stripped, empty lines dropped", () => {
    const result = validateActivities([
      activity({
        Subdoelstellingen: "• Eerste\r\no Tweede\n- Derde\n– Vierde\n* Vijfde\n\n   \n—Zesde met -streepje",
        Acties: "  Bellen  \n\n•\nMailen",
      }),
    ]);
    expect(result.activities[0]!.subgoals).toEqual([
      "Eerste",
      "Tweede",
      "Derde",
      "Vierde",
      "Vijfde",
      "—Zesde met -streepje",
    ]);
    expect(result.activities[0]!.actions).toEqual(["Bellen", "Mailen"]);
  });

  test("a duplicate ID is an error on the later rows only (case-insensitive)", () => {
    const result = validateActivities([
      activity({ ID: "A-0001", Onderwerp: "a" }),
      activity({ ID: "A-0002", Onderwerp: "b" }),
      activity({ ID: "a-0001", Onderwerp: "c" }),
      activity({ ID: "A-0001", Onderwerp: "d" }),
    ]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Activiteiten", row: 4, column: "ID", severity: "error", suggestion: "Maak de ID-cel leeg" },
      { tab: "Activiteiten", row: 5, column: "ID", severity: "error", suggestion: "Maak de ID-cel leeg" },
    ]);
    expect(result.problems[0]!.message).toContain("rij 2");
    expect(result.activities.map((a) => a.subject)).toEqual(["a", "b"]);
  });

  test("a duplicate Onderwerp within one project is a warning on the later row", () => {
    const result = validateActivities([
      activity({ Onderwerp: "Evaluatie" }),
      activity({ Onderwerp: "evaluatie " }),
      activity({ Onderwerp: "Evaluatie", Project: "Samen leven tot het laatst" }),
      activity({ Onderwerp: "EVALUATIE", Project: "levenspad" }),
    ]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Activiteiten", row: 3, column: "Onderwerp", severity: "warning", suggestion: "" },
      { tab: "Activiteiten", row: 5, column: "Project", severity: "warning", suggestion: "Levenspad" },
      { tab: "Activiteiten", row: 5, column: "Onderwerp", severity: "warning", suggestion: "" },
    ]);
    expect(result.problems[0]!.message).toContain("rij 2");
    expect(result.activities).toHaveLength(4);
  });

  test("a trekker that matches no active member's name or role is a warning listing the parts", () => {
    const result = validateActivities([
      activity({ Trekker: "NWC/projectteam" }),
      activity({ Onderwerp: "b", Trekker: "Thijs Bakker + Wim Koster" }),
      activity({ Onderwerp: "c", Trekker: "Projectleider Jolanda en kerngroepleden" }),
      activity({ Onderwerp: "d", Trekker: "Sanne" }),
    ]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Activiteiten", row: 2, column: "Trekker", severity: "warning", suggestion: "" },
      { tab: "Activiteiten", row: 3, column: "Trekker", severity: "warning", suggestion: "" },
      { tab: "Activiteiten", row: 5, column: "Trekker", severity: "warning", suggestion: "Sanne Verhoeven" },
    ]);
    expect(result.problems[0]!.message).toContain("‘projectteam’");
    expect(result.problems[0]!.message).not.toContain("NWC");
    // Wim Koster is in Leden but not active.
    expect(result.problems[1]!.message).toContain(
      "‘Wim Koster’ staat in Leden (rij 5), maar is niet actief.",
    );
    expect(result.problems[2]!.message).toContain("Bedoelt u ‘Sanne Verhoeven’?");
    expect(result.activities).toHaveLength(4);
  });

  test("a trekker written as an active member's e-mail address: a warning that suggests her name", () => {
    const result = validateActivities([
      activity({ Trekker: "s.verhoeven@example.org" }),
      activity({ Onderwerp: "b", Trekker: "mailto:S.Verhoeven@example.org" }),
    ]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Activiteiten", row: 2, column: "Trekker", severity: "warning", suggestion: "Sanne Verhoeven" },
      { tab: "Activiteiten", row: 3, column: "Trekker", severity: "warning", suggestion: "Sanne Verhoeven" },
    ]);
    expect(result.problems[0]!.message).toBe(
      "Niet gevonden in Leden als naam of rol van een actief lid: ‘s.verhoeven@example.org’. Schrijf de naam of rol zoals in Leden, of voeg de persoon of rol daar toe. Bedoelt u ‘Sanne Verhoeven’?",
    );
    expect(result.problems[1]!.message).toContain("‘mailto:S.Verhoeven@example.org’");
    expect(result.problems[1]!.message).toContain("Bedoelt u ‘Sanne Verhoeven’?");
    expect(result.activities).toHaveLength(2);
    const english = validateActivities([activity({ Trekker: "s.verhoeven@example.org" })], { lang: "en" });
    expect(english.problems[0]!.message).toContain("Did you mean ‘Sanne Verhoeven’?");
  });

  test("a trekker who is in Leden but not active: a warning that says so, with her row in Leden", () => {
    // Wim Koster is the fourth member of the fixture's Leden (row 5), Actief false.
    const result = validateActivities([
      activity({ Trekker: "Wim Koster" }),
      activity({ Onderwerp: "b", Trekker: "Wim Koster + projectteam" }),
    ]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Activiteiten", row: 2, column: "Trekker", severity: "warning", suggestion: "" },
      { tab: "Activiteiten", row: 3, column: "Trekker", severity: "warning", suggestion: "" },
    ]);
    expect(result.problems[0]!.message).toBe(
      "‘Wim Koster’ staat in Leden (rij 5), maar is niet actief. Zet bij dit lid in Leden een vinkje in de kolom Actief (of ja), of kies een andere trekker.",
    );
    // Beside a part that is not in Leden at all: both, each with its own advice.
    const both = result.problems[1]!.message;
    expect(both).toContain("Niet gevonden in Leden als naam of rol van een actief lid: ‘projectteam’.");
    expect(both).toContain("‘Wim Koster’ staat in Leden (rij 5), maar is niet actief.");
    expect(both).not.toContain("‘Wim Koster’,");
    expect(result.activities).toHaveLength(2);
    const english = validateActivities([activity({ Trekker: "Wim Koster" })], { lang: "en" });
    expect(english.problems[0]!.message).toBe(
      "‘Wim Koster’ is in Leden (row 5) but not active. Tick the column Actief for this member in Leden (or write yes), or choose another owner (Trekker).",
    );
  });

  test("cells of any type: numbers and dates as shown, formula errors reported, never accepted as text", () => {
    const result = validateActivities([
      activity({ Onderwerp: 2026, Toelichting: "#N/A", Doelstelling: true, Acties: "#VALUE!" }),
      activity({ Onderwerp: "b", Status: "#VALUE!" }),
      activity({ Onderwerp: "c", Trekker: "#REF!" }),
    ]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Activiteiten", row: 2, column: "Acties", severity: "warning", suggestion: "" },
      { tab: "Activiteiten", row: 2, column: "Toelichting", severity: "warning", suggestion: "" },
      { tab: "Activiteiten", row: 3, column: "Status", severity: "error", suggestion: "" },
      { tab: "Activiteiten", row: 4, column: "Trekker", severity: "error", suggestion: "" },
    ]);
    expect(result.problems[1]!.message).toContain("#N/A");
    expect(result.problems[2]!.message).toContain("formulefout (#VALUE!)");
    expect(result.activities).toHaveLength(1);
    expect(result.activities[0]).toMatchObject({ subject: "2026", goal: "true", note: "", actions: [] });
  });

  test("Laatst bijgewerkt: a date cell (also from another realm) becomes a Date", () => {
    const when = new Date(Date.UTC(2026, 2, 1, 10, 30));
    const foreign = require("node:vm").runInNewContext(`new Date(${when.getTime()})`);
    const result = validateActivities([
      activity({ "Laatst bijgewerkt": when }),
      activity({ Onderwerp: "b", "Laatst bijgewerkt": foreign }),
      activity({ Onderwerp: "c", "Laatst bijgewerkt": "gisteren" }),
    ]);
    expect(result.activities.map((a) => a.updated?.getTime() ?? null)).toEqual([
      when.getTime(),
      when.getTime(),
      null,
    ]);
    expect(result.activities[1]!.updated).toBeInstanceOf(Date);
  });

  test("counts: rows with content, valid ones, and status and fase over the valid ones", () => {
    const result = validateActivities([
      activity({ Status: "Behaald", Fase: "Afgerond" }),
      activity({ Onderwerp: "b", Status: "Doorlopend", Fase: "Continue", Deadline: "Continue" }),
      activity({ Onderwerp: "c", Status: "Doorlopend", Fase: "Continue", Deadline: "Continue" }),
      activity({ Onderwerp: "d", Status: "onzin" }),
    ]);
    expect(result.counts).toEqual({
      activities: 4,
      valid: 3,
      byStatus: { Behaald: 1, "Op schema": 0, Doorlopend: 2, "Achter op schema": 0 },
      byPhase: { Ontwikkeling: 0, Uitvoering: 0, Continue: 2, Afgerond: 1 },
    });
  });
});
