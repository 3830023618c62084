import { translator } from "../../../src/core/i18n";
import type { Activity } from "../../../src/core/records";
import { summaryScreen } from "../../../src/core/screens/summary";
import { validateWorkbook } from "../../../src/core/validation/workbook";
import {
  ACTIVITY_HEADERS,
  activity,
  brief,
  MEMBERS,
  OPTS,
  PROJECT_HEADERS,
  PROJECTS,
  tab,
  validateActivities,
  workbook,
} from "../../support/validation-fixtures";

const withoutRow = ({ row: _row, ...rest }: Activity) => rest;

describe("reading Activiteiten by header", () => {
  const rows = [
    activity({ ID: "A-0001", Onderwerp: "Kick-off", Acties: "• Uitnodigen\n• Zaal boeken" }),
    activity({ ID: "A-0002", Project: "Samen leven tot het laatst", Onderwerp: "Contact gemeente" }),
  ];
  const baseline = validateActivities(rows);

  test("the baseline is valid and complete", () => {
    expect(baseline.problems).toEqual([]);
    expect(baseline.activities.map((a) => a.row)).toEqual([2, 3]);
    expect(baseline.activities[0]).toEqual({
      row: 2,
      id: "A-0001",
      project: "Levenspad",
      theme: "Proactieve zorg en ondersteuning",
      subject: "Kick-off",
      goal: "",
      subgoals: [],
      actions: ["Uitnodigen", "Zaal boeken"],
      owner: "Netwerkcoördinator",
      deadlineText: "Dec. 2026",
      deadline: { kind: "period", start: "2026-12-01", end: "2026-12-31", granularity: "month" },
      phase: "Uitvoering",
      status: "Op schema",
      note: "",
      updated: null,
    });
  });

  test("moved columns give the same records", () => {
    const moved = [...ACTIVITY_HEADERS].reverse();
    const result = validateActivities(rows, {}, moved);
    expect(result.problems).toEqual([]);
    expect(result.activities.map(withoutRow)).toEqual(baseline.activities.map(withoutRow));
  });

  test("synonyms, case, accents and a trailing colon are accepted as headers", () => {
    const renamed: Record<string, string> = {
      ID: "nr",
      Project: "SPEERPUNT",
      Onderwerp: "Activiteit:",
      Acties: "Actiepunten",
      Trekker: " Trekkers ",
      Deadline: "Termijn",
      Fase: "fase",
      Status: "Stand",
      Thema: "Themas",
    };
    const headers = ACTIVITY_HEADERS.map((h) => renamed[h] ?? h);
    const renamedRows = rows.map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [renamed[k] ?? k, v])),
    );
    const result = validateActivities(renamedRows, {}, headers);
    expect(result.problems).toEqual([]);
    expect(result.activities.map(withoutRow)).toEqual(baseline.activities.map(withoutRow));
  });

  test("inserted unknown columns are ignored, never reported, and do not make a row", () => {
    const headers = [
      "Opmerkingen coördinator",
      ...ACTIVITY_HEADERS.slice(0, 5),
      "Budget",
      ...ACTIVITY_HEADERS.slice(5),
    ];
    const extra = [
      { ...rows[0], "Opmerkingen coördinator": "bellen", Budget: 1200 },
      { ...rows[1], Budget: "#REF!" },
      { "Opmerkingen coördinator": "alleen een notitie" },
    ];
    const result = validateActivities(extra, {}, headers);
    expect(result.problems).toEqual([]);
    expect(result.activities.map(withoutRow)).toEqual(baseline.activities.map(withoutRow));
    expect(result.counts.activities).toBe(2);
  });

  test("empty rows are skipped: blanks, whitespace, invisible characters, or only ID / Laatst bijgewerkt", () => {
    const result = validateActivities([
      activity(),
      {},
      { Onderwerp: "   ", Trekker: "\n\t" },
      { Toelichting: "\u200b" },
      { ID: "A-0007", "Laatst bijgewerkt": new Date(Date.UTC(2026, 0, 5)) },
      activity({ Onderwerp: "Tweede" }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.activities.map((a) => a.row)).toEqual([2, 7]);
    expect(result.counts.activities).toBe(2);
  });

  test("a missing required column is one error naming the column and the tab, and no row problems", () => {
    const headers = ACTIVITY_HEADERS.filter((h) => h !== "Trekker");
    const result = validateActivities(
      [activity({ Status: "kapot" }), activity({ Deadline: "ooit" })],
      {},
      headers,
    );
    expect(result.problems.map(brief)).toEqual([
      { tab: "Activiteiten", row: 1, column: "Trekker", severity: "error", suggestion: "" },
    ]);
    expect(result.problems[0]!.columnIndex).toBe(0);
    expect(result.problems[0]!.message).toContain("‘Activiteiten’");
    expect(result.problems[0]!.message).toContain("‘Trekker’");
    expect(result.problems[0]!.message).toContain("Eigenaar"); // a synonym that is also accepted
    expect(result.activities).toEqual([]);
    expect(result.counts).toMatchObject({ activities: 2, valid: 0 });
  });

  test("each missing required column is reported once", () => {
    const headers = ACTIVITY_HEADERS.filter((h) => h !== "Fase" && h !== "Status");
    const result = validateActivities([activity(), activity()], {}, headers);
    expect(result.problems.map((p) => [p.row, p.column, p.severity])).toEqual([
      [1, "Fase", "error"],
      [1, "Status", "error"],
    ]);
  });

  test("an entirely empty Activiteiten tab reports its missing required columns", () => {
    const result = validateWorkbook(
      workbook({ activities: { name: "Activiteiten", values: [], display: [] } }),
      OPTS,
    );
    expect(result.problems.map((p) => p.column)).toEqual([
      "Project",
      "Onderwerp",
      "Trekker",
      "Deadline",
      "Fase",
      "Status",
    ]);
  });

  test("the tab keeps its own name in problems", () => {
    const result = validateWorkbook(
      workbook({ activities: tab("activiteiten 2026", ACTIVITY_HEADERS, [activity({ Status: "?" })]) }),
      OPTS,
    );
    expect(result.problems.map((p) => p.tab)).toEqual(["activiteiten 2026"]);
  });
});

describe("missing tabs", () => {
  test("Activiteiten, Projecten and Leden missing: one error each (row 0), in tab order", () => {
    const result = validateWorkbook(
      { activities: null, projects: null, members: null, meetings: null, settings: null },
      OPTS,
    );
    expect(result.problems.map((p) => [p.tab, p.row, p.column, p.columnIndex, p.severity])).toEqual([
      ["Activiteiten", 0, "", 0, "error"],
      ["Projecten", 0, "", 0, "error"],
      ["Leden", 0, "", 0, "error"],
    ]);
    expect(result.problems[1]!.message).toContain("‘Projecten’ ontbreekt");
    expect(result.counts.activities).toBe(0);
  });

  test("Vergaderingen and Instellingen may be missing: no problem, default settings", () => {
    const result = validateWorkbook(workbook({ meetings: null, settings: null }), OPTS);
    expect(result.problems).toEqual([]);
    expect(result.meetings).toEqual([]);
    expect(result.settings).toMatchObject({
      lang: "nl",
      timeZone: "Europe/Amsterdam",
      year: 2026,
      sendInvites: true,
    });
  });

  test("without Projecten, activities are not checked against it (the tab error says what to fix)", () => {
    const result = validateWorkbook(workbook({ projects: null }), OPTS);
    expect(result.problems.map((p) => [p.tab, p.row])).toEqual([["Projecten", 0]]);
    expect(result.activities).toHaveLength(1);
  });

  test("an empty Projecten: one error says why every activity is left out, shown first in the dialog", () => {
    const activities = tab(
      "Activiteiten",
      ACTIVITY_HEADERS,
      Array.from({ length: 12 }, (_, i) => activity({ Onderwerp: `Activiteit ${i + 1}` })),
    );
    {
      const projects = tab("Projecten", PROJECT_HEADERS, []);
      const result = validateWorkbook(workbook({ activities, projects }), OPTS);
      expect(result.activities).toEqual([]);
      // In Validatie's order (by tab): the twelve activities, then the one about Projecten.
      expect(result.problems.map((p) => [p.tab, p.row])).toEqual([
        ...Array.from({ length: 12 }, (_, i) => ["Activiteiten", i + 2]),
        ["Projecten", 0],
      ]);
      expect(result.problems[12]!.message).toContain("‘Projecten’ heeft nog geen projecten");
      // The summary dialog puts it first: a tab's error before the rows' errors.
      const screen = summaryScreen("Valideren", "", { problems: result.problems }, translator("nl"));
      expect(screen.problems[0]!.message).toContain("‘Projecten’ heeft nog geen projecten");
    }
    // A blank tab is a tab without its columns: that error, and the activities are used as without Projecten.
    const blank = validateWorkbook(workbook({ activities, projects: tab("Projecten", [], []) }), OPTS);
    expect(blank.activities).toHaveLength(12);
    expect(blank.problems.map((p) => [p.tab, p.row])).toEqual([["Projecten", 1]]);
    // Projects that are there but all wrong say so themselves; no activities, nothing to explain.
    const wrong = validateWorkbook(
      workbook({
        activities,
        projects: tab("Projecten", PROJECT_HEADERS, [{ Naam: "", Thema: "Zonder naam" }]),
      }),
      OPTS,
    );
    expect(wrong.problems.some((p) => p.message.includes("nog geen projecten"))).toBe(false);
    const none = validateWorkbook(
      workbook({
        activities: tab("Activiteiten", ACTIVITY_HEADERS, []),
        projects: tab("Projecten", PROJECT_HEADERS, []),
      }),
      OPTS,
    );
    expect(none.problems).toEqual([]);
  });

  test("without Leden, trekkers are not checked", () => {
    const result = validateActivities([activity({ Trekker: "Iemand onbekends" })]);
    expect(result.problems.map((p) => p.column)).toEqual(["Trekker"]);
    const noMembers = validateWorkbook(
      workbook({
        members: null,
        activities: tab("Activiteiten", ACTIVITY_HEADERS, [activity({ Trekker: "Iemand" })]),
      }),
      OPTS,
    );
    expect(noMembers.problems.map((p) => [p.tab, p.row])).toEqual([["Leden", 0]]);
  });
});

describe("problems", () => {
  test("are sorted by tab order, then row, then column", () => {
    const result = validateWorkbook(
      {
        activities: tab("Activiteiten", ACTIVITY_HEADERS, [
          activity({ Status: "x", Project: "y" }),
          activity({ Onderwerp: "" }),
        ]),
        projects: tab("Projecten", PROJECT_HEADERS, [
          { Naam: "Levenspad", "Korte naam": "a/b" },
          { Naam: "Samen leven tot het laatst" },
        ]),
        members: tab("Leden", ["Naam", "E-mail"], [{ Naam: "X", "E-mail": "x" }]),
        meetings: tab("Vergaderingen", ["Groep", "Datum"], [{ Groep: "Kerngroep", Datum: "" }]),
        settings: tab("Instellingen", ["Sleutel", "Waarde"], [{ Sleutel: "Kleur", Waarde: 1 }]),
      },
      OPTS,
    );
    // Leden's one member has neither a valid address (a warning) nor a role or group, so trekkers and the
    // meeting's group match nobody; Levenspad has an error of its own, so activities filed under it are left
    // out too.
    expect(result.problems.map((p) => [p.tab, p.row, p.column, p.severity])).toEqual([
      ["Activiteiten", 2, "Project", "error"],
      ["Activiteiten", 2, "Trekker", "warning"],
      ["Activiteiten", 2, "Status", "error"],
      ["Activiteiten", 3, "Project", "error"],
      ["Activiteiten", 3, "Onderwerp", "error"],
      ["Activiteiten", 3, "Trekker", "warning"],
      ["Projecten", 2, "Korte naam", "error"],
      ["Leden", 2, "E-mail", "warning"],
      ["Vergaderingen", 2, "Groep", "error"],
      ["Vergaderingen", 2, "Datum", "error"],
      ["Instellingen", 2, "Sleutel", "warning"],
    ]);
    expect(result.problems[3]!.message).toContain("heeft zelf een fout in het tabblad Projecten (rij 2)");
  });

  test("messages follow the run's language; the values to type are the drop-down's, in English after their word", () => {
    const result = validateActivities([activity({ Status: "achter" })], { lang: "en" });
    expect(result.problems).toHaveLength(1);
    const message = result.problems[0]!.message;
    expect(message).toContain(
      "is not a valid value for ‘Status’. Accepted: Achieved (Behaald), On track (Op schema), Ongoing (Doorlopend), Behind schedule (Achter op schema).",
    );
    expect(message).toContain("Did you mean ‘Achter op schema’?");
    const empty = validateActivities([activity({ Fase: "" })], { lang: "en" }).problems[0]!.message;
    expect(empty).toBe(
      "‘Fase’ is empty. This column is required; choose from: Development (Ontwikkeling), Implementation (Uitvoering), Continuous (Continue), Completed (Afgerond).",
    );
    const dutch = validateActivities([activity({ Status: "achter" })]).problems[0]!.message;
    expect(dutch).toContain(
      "is geen geldige waarde voor ‘Status’. Toegestaan: Behaald, Op schema, Doorlopend, Achter op schema.",
    );
  });

  test("the value as typed is kept, long values are clipped for the Validatie tab", () => {
    const long = "x".repeat(5000);
    const result = validateActivities([activity({ Status: long })]);
    expect(result.problems[0]!.value.length).toBe(1000);
    expect(result.problems[0]!.message.length).toBeLessThan(400);
  });
});

describe("scale", () => {
  test("5,000 activities validate with distinct results per row", () => {
    const statuses = ["Op schema", "Behaald", "Doorlopend", "achter"];
    const rows = Array.from({ length: 5000 }, (_, i) =>
      activity({
        ID: `A-${String(i + 1).padStart(4, "0")}`,
        Onderwerp: `Activiteit ${i}`,
        Status: statuses[i % 4],
        Fase: i % 4 === 1 ? "Afgerond" : "Uitvoering",
        Trekker: i % 2 === 0 ? "Netwerkcoördinator" : `Persoon ${i % 50}`,
      }),
    );
    const result = validateWorkbook(
      workbook({
        activities: tab("Activiteiten", ACTIVITY_HEADERS, rows),
        members: MEMBERS,
        projects: PROJECTS,
      }),
      OPTS,
    );
    expect(result.counts.activities).toBe(5000);
    expect(result.counts.valid).toBe(3750);
    expect(result.problems.filter((p) => p.severity === "error")).toHaveLength(1250);
    expect(result.problems.filter((p) => p.column === "Trekker")).toHaveLength(2500);
  });
});

describe("duplicate headers", () => {
  test("a column named twice: the first is read, the second gets a warning saying which is used", () => {
    const headers = [...ACTIVITY_HEADERS, "Status"];
    const result = validateWorkbook(
      workbook({
        activities: tab("Activiteiten", headers, [
          [...Object.values({}), ...headers.map((h) => (h === "Status" ? "Op schema" : ""))],
        ]),
      }),
      OPTS,
    );
    const twice = result.problems.filter((p) => p.message.includes("twee keer"));
    const statusCol = ACTIVITY_HEADERS.indexOf("Status") + 1;
    expect(twice).toEqual([
      expect.objectContaining({
        tab: "Activiteiten",
        row: 1,
        column: "Status",
        columnIndex: headers.length,
        severity: "warning",
      }),
    ]);
    expect(twice[0]!.message).toContain(`kolom ${String.fromCharCode(64 + statusCol)} (de eerste)`);
  });

  test("a synonym of a column already found counts as a second one too", () => {
    const headers = [...ACTIVITY_HEADERS, "Eigenaar"];
    const result = validateWorkbook(workbook({ activities: tab("Activiteiten", headers, []) }), OPTS);
    expect(result.problems.filter((p) => p.message.includes("twee keer")).map((p) => p.column)).toEqual([
      "Trekker",
    ]);
  });
});

describe("a header row that is not on row 1", () => {
  test("the header on row 3: one error naming the row, not one per column; the tab's rows are not used", () => {
    const values = [["Jaarplan 2026"], [], [...ACTIVITY_HEADERS], ACTIVITY_HEADERS.map(() => "x")];
    const activities = { name: "Activiteiten", values, display: values.map((r) => r.map(String)) };
    const result = validateWorkbook(workbook({ activities }), OPTS);
    const about = result.problems.filter((p) => p.tab === "Activiteiten");
    expect(about).toHaveLength(1);
    expect(about[0]).toMatchObject({ row: 3, severity: "error" });
    expect(about[0]!.message).toContain("staat de kopregel op rij 3");
    expect(result.activities).toEqual([]);
  });

  test("data on row 1 and no header anywhere: one error saying so", () => {
    const row = ["Levenspad", "Folder", "NWC", "Dec. 2026", "Uitvoering", "Op schema"];
    const activities = { name: "Activiteiten", values: [row, row], display: [row, row] };
    const about = validateWorkbook(workbook({ activities }), OPTS).problems.filter(
      (p) => p.tab === "Activiteiten",
    );
    expect(about.map((p) => p.message)).toEqual([expect.stringContaining("geen kopregel op rij 1")]);
  });
});
