/** core/summaries.ts: what each action tells the coordinator, and the details samenvatting.json gets. */
import { translator } from "../../src/core/i18n";
import { planSetup } from "../../src/core/setup";
import {
  dashboardsOutcome,
  setupOutcome,
  structureMessages,
  validationDetails,
  validationOutcome,
} from "../../src/core/summaries";
import { validateWorkbook } from "../../src/core/validation/workbook";
import { ACTIVITY_HEADERS, activity, OPTS, tab, workbook } from "../support/validation-fixtures";

const nl = translator("nl");
const en = translator("en");
const activities = (rows: Record<string, unknown>[]) =>
  validateWorkbook(workbook({ activities: tab("Activiteiten", ACTIVITY_HEADERS, rows) }), OPTS);

describe("Valideren", () => {
  // Three rows: one clean, one with an unknown status (an error), one overdue (a warning).
  const result = activities([
    activity(),
    activity({ Onderwerp: "Folder", Status: "klaar" }),
    activity({ Onderwerp: "Website", Deadline: "Jan. 2026" }),
  ]);

  test("counts read and usable activities, errors and warnings, as the fixture has them", () => {
    const errors = result.problems.filter((p) => p.severity === "error").length;
    const warnings = result.problems.length - errors;
    expect([result.counts.activities, result.counts.valid, errors, warnings]).toEqual([3, 2, 1, 1]);
    const out = validationOutcome(result, 0, [], nl);
    expect(out.message).toBe(
      "3 activiteiten gelezen, 2 bruikbaar. 1 fout en 1 waarschuwing: zie het tabblad ‘Validatie’.",
    );
  });

  test("a clean run says so; new IDs and a person's renamed tabs get a line each", () => {
    const clean = activities([activity()]);
    const out = validationOutcome(clean, 3, ["Status (eigen)"], nl);
    expect(out.message.split("\n")).toEqual([
      "1 activiteit gelezen, bruikbaar. Geen problemen gevonden.",
      "3 nieuwe activiteiten kregen een ID.",
      "Een eigen tabblad met dezelfde naam als een gegenereerd tabblad is bewaard als: Status (eigen).",
    ]);
    expect(validationOutcome(clean, 0, [], en).message).toBe("1 activity read, usable. No problems found.");
  });

  test("details: counts, every problem with its severity word in the run's language, IDs assigned", () => {
    const d = validationDetails(result, 2, en);
    expect(d.counts).toBe(result.counts);
    expect(d.idsAssigned).toBe(2);
    expect(d.problems).toHaveLength(result.problems.length);
    expect(new Set(d.problems.map((p) => p.severity))).toEqual(new Set(["Error", "Warning"]));
    expect(d.problems[0]).toEqual({
      tab: "Activiteiten",
      row: 3,
      column: expect.any(String),
      value: expect.any(String),
      severity: expect.any(String),
      message: expect.any(String),
      suggestion: expect.any(String),
    });
  });
});

describe("Dashboards genereren", () => {
  test("the number of dashboards and of red flags; details carry the validation details too", () => {
    const result = activities([activity()]);
    const counts = { Behaald: 0, "Op schema": 1, Doorlopend: 0, "Achter op schema": 0 };
    const made = [
      { project: "Levenspad", tab: "Dashboard Levenspad", redFlag: true, actions12m: ["A-0001"], counts },
      { project: "Samen leven", tab: "Dashboard Samen leven", redFlag: false, actions12m: [], counts },
    ];
    const out = dashboardsOutcome(result, 0, made, [], nl);
    expect(out.message).toBe("2 dashboards en het overzicht zijn bijgewerkt; 1 met een rode vlag.");
    expect(out.details).toMatchObject({ counts: result.counts, dashboards: made, idsAssigned: 0 });
  });

  test("dashboards of projects that are gone: the summary names them", () => {
    const result = activities([activity()]);
    const one = dashboardsOutcome(result, 0, [], [], nl, false, ["Dashboard Oud"]);
    expect(one.message.split("\n")[1]).toBe(
      "Verwijderd, omdat er geen bruikbaar project meer bij hoort: ‘Dashboard Oud’.",
    );
    const two = dashboardsOutcome(result, 0, [], [], en, false, ["Dashboard A", "Dashboard B"]);
    expect(two.message.split("\n")[1]).toBe(
      "Removed, because no usable project goes with them any more: ‘Dashboard A’, ‘Dashboard B’.",
    );
    expect(dashboardsOutcome(result, 0, [], [], nl).message.split("\n")).toHaveLength(1);
  });
});

describe("Werkblad inrichten", () => {
  test("on an empty workbook: every tab created, said in one line", () => {
    const plan = planSetup({ tabs: [], settingsValues: null, spreadsheetName: "Netwerk", year: 2026 });
    const out = setupOutcome(plan, [], nl);
    expect(out.message.split("\n")[0]).toBe("Het werkblad is ingericht.");
    expect(out.message).toContain(
      "Nieuwe tabbladen: Activiteiten, Projecten, Leden, Vergaderingen, Instellingen",
    );
    expect(out.details).toMatchObject({ existingTabs: [], missingColumns: [] });
  });

  test("nothing to do: says nothing changed; a missing required column is reported, not invented", () => {
    const plan = { ops: [], missingColumns: [{ tab: "Activiteiten", column: "Status" }], noHeader: [] };
    const out = setupOutcome(plan, ["Activiteiten"], nl);
    expect(out.message.split("\n")).toEqual([
      "Het werkblad was al ingericht. Er is niets gewijzigd.",
      "In het tabblad ‘Activiteiten’ ontbreekt de kolom ‘Status’. Voeg een kolom met die kop toe in de eerste rij.",
    ]);
  });

  test("appended columns and settings get a line each", () => {
    const plan = planSetup({
      tabs: [
        {
          name: "Activiteiten",
          header: ["Project", "Onderwerp", "Trekker", "Deadline", "Fase", "Status"],
          lastRow: 3,
        },
      ],
      settingsValues: null,
      spreadsheetName: "Netwerk",
      year: 2026,
    });
    const lines = setupOutcome(plan, ["Activiteiten"], nl).message.split("\n");
    expect(lines).toContain("Kolommen toegevoegd aan ‘Activiteiten’: ID, Laatst bijgewerkt.");
    expect(lines.some((l) => l.startsWith("Instellingen toegevoegd: Netwerknaam, Regio, Jaar"))).toBe(true);
  });
});

describe("what makes a workbook unusable (the local run's refusal)", () => {
  test("a header row below row 1 is one line that names the row and says to delete the rows above it", () => {
    const missing = {
      headers: [{ tab: "Activiteiten", row: 3 }],
      columns: [{ tab: "Leden", column: "E-mail" }],
    };
    expect(structureMessages(missing, nl)).toEqual([
      "In ‘Activiteiten’ staat de kopregel op rij 3, niet op rij 1; Netwerkplan heeft er niets in geschreven. Verwijder de rijen boven de kopregel.",
      "In het tabblad ‘Leden’ ontbreekt de kolom ‘E-mail’. Voeg een kolom met die kop toe in de eerste rij.",
    ]);
    expect(structureMessages(missing, en)[0]).toBe(
      "In ‘Activiteiten’ the header row is on row 3, not on row 1; Netwerkplan wrote nothing into it. Delete the rows above the header row.",
    );
  });
});
