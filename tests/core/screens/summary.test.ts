/** core/screens/summary.ts: the dialog after an action, from what the action returned. */
import { failureReport } from "../../../src/core/errors";
import { translator } from "../../../src/core/i18n";
import type { Problem } from "../../../src/core/records";
import {
  failureScreen,
  missingTabMessage,
  problemLink,
  SUMMARY_PROBLEMS,
  summaryScreen,
} from "../../../src/core/screens/summary";

const nl = translator("nl");
const problem = (row: number, columnIndex: number, severity: Problem["severity"] = "warning"): Problem => ({
  tab: "Activiteiten",
  row,
  column: "Deadline",
  columnIndex,
  value: "x",
  severity,
  message: `melding ${row}`,
  suggestion: "",
});

test("lines, counts in the run's language, links to the tabs made", () => {
  const s = summaryScreen(
    "Valideren",
    "regel een\nregel twee",
    {
      counts: [
        ["summary.count.activities", 40],
        ["summary.count.errors", 0],
      ],
      tabs: ["Validatie", "Status"],
    },
    nl,
  );
  expect(s.lines).toEqual(["regel een", "regel twee"]);
  expect(s.counts).toEqual([
    { label: "Activiteiten gelezen", value: 40 },
    { label: "Fouten", value: 0 },
  ]);
  expect(s.links).toEqual([
    { label: "Validatie", tab: "Validatie", a1: "" },
    { label: "Status", tab: "Status", a1: "" },
  ]);
  expect(s.failure).toBeNull();
});

test(`the first ${SUMMARY_PROBLEMS} problems with a link to their cell; the rest counted`, () => {
  const problems = Array.from({ length: SUMMARY_PROBLEMS + 3 }, (_, i) =>
    problem(i + 2, 9, i === 0 ? "error" : "warning"),
  );
  const s = summaryScreen("Valideren", "", { problems }, nl);
  expect(s.problems).toHaveLength(SUMMARY_PROBLEMS);
  expect(s.problems[0]).toEqual({
    severity: "Fout",
    message: "melding 2",
    link: { label: "Activiteiten, rij 2 (Deadline)", tab: "Activiteiten", a1: "I2" },
  });
  expect(s.problems[1]!.severity).toBe("Waarschuwing");
  expect(s.moreProblems).toBe("…en nog 3. Alle problemen staan in het tabblad Validatie.");
  expect(summaryScreen("x", "", { problems: problems.slice(0, 2) }, nl).moreProblems).toBeNull();
});

test("errors come first (their rows are left out), a tab's before a row's, each group in the order of Validatie", () => {
  // Twelve warnings in front of the errors: every error is among those shown; the one about the tab's
  // header (row 1) before those about rows.
  const problems = [
    ...Array.from({ length: SUMMARY_PROBLEMS + 2 }, (_, i) => problem(i + 2, 9)),
    problem(40, 4, "error"),
    problem(41, 9, "error"),
    problem(1, 3, "error"),
  ];
  const s = summaryScreen("Valideren", "", { problems }, nl);
  expect(s.problems.map((p) => [p.severity, p.message]).slice(0, 5)).toEqual([
    ["Fout", "melding 1"],
    ["Fout", "melding 40"],
    ["Fout", "melding 41"],
    ["Waarschuwing", "melding 2"],
    ["Waarschuwing", "melding 3"],
  ]);
  expect(s.moreProblems).toBe("…en nog 5. Alle problemen staan in het tabblad Validatie.");
});

test("a problem about a whole tab links to the tab, one about a row to its first cell", () => {
  expect(problemLink(problem(0, 0), nl)).toEqual({ label: "Activiteiten", tab: "Activiteiten", a1: "" });
  expect(problemLink({ ...problem(5, 0), column: "" }, nl)).toEqual({
    label: "Activiteiten, rij 5",
    tab: "Activiteiten",
    a1: "A5",
  });
  // Labelled as a coordinator says it, in the run's language; the jump still goes to the cell.
  expect(problemLink(problem(5, 9), translator("en"))).toEqual({
    label: "Activiteiten, row 5 (Deadline)",
    tab: "Activiteiten",
    a1: "I5",
  });
});

test("a failed run says what is left as it was and what to do", () => {
  const s = failureScreen(
    "Dashboards genereren",
    failureReport("Dashboards genereren", new Error("x."), nl),
    nl,
  );
  expect(s.outcome).toBe("error");
  expect(s.lines).toEqual(["‘Dashboards genereren’ is niet gelukt: x."]);
  expect(s.failure?.kept).toContain("niets verloren");
  expect(s.failure?.todo).toContain("opnieuw");
  // Not one of Google's known texts: nothing is labelled as Google's.
  expect(s.failure?.google).toBeNull();
});

test("a failed run gives one advice, by the kind of failure, and labels Google's own text", () => {
  const google = "Service invoked too many times for one day: range.";
  const s = failureScreen(
    "Dashboards genereren",
    failureReport("Dashboards genereren", new Error(google), nl),
    nl,
  );
  expect(s.lines).toEqual([
    "‘Dashboards genereren’ is niet gelukt: de dagelijkse limiet van Google voor deze dienst is bereikt.",
  ]);
  expect(s.failure?.google).toEqual({ label: "Technische melding van Google:", text: google });
  // Tomorrow, said once; never also "in a moment".
  const said = [...s.lines, s.failure?.kept, s.failure?.todo].join(" ");
  expect(said.match(/opnieuw/g)).toHaveLength(1);
  expect(said).toContain("morgen opnieuw");
  expect(said).not.toMatch(/Probeer het zo|paar minuten/);
  expect(said).not.toContain("Service invoked");
});

test("documents the action made are links that open a page (after the tabs); only https addresses", () => {
  const s = summaryScreen(
    "Rapport genereren",
    "klaar",
    {
      tabs: ["Overzicht"],
      urls: [
        { label: "Rapport", url: "https://docs.google.com/document/d/abc/edit" },
        { label: "Kwaad", url: "javascript:alert(1)" },
      ],
    },
    nl,
  );
  expect(s.links).toEqual([
    { label: "Overzicht", tab: "Overzicht", a1: "" },
    { label: "Rapport", tab: "", a1: "", url: "https://docs.google.com/document/d/abc/edit" },
  ]);
});

test("a button's tab that does not exist: which menu item makes it, in the run's language", () => {
  // Vergaderingen and Instellingen may be missing: Werkblad inrichten makes them.
  expect(missingTabMessage("Vergaderingen", nl)).toBe(
    "Het tabblad ‘Vergaderingen’ bestaat niet; kies Werkblad inrichten om het te maken.",
  );
  expect(missingTabMessage("Instellingen", translator("en"))).toBe(
    "The tab ‘Instellingen’ does not exist; choose Set up workbook to create it.",
  );
  // A generated tab (a dashboard too) comes back with Dashboards genereren, not with Werkblad inrichten.
  for (const tab of ["Validatie", "Dashboard Levenspad"])
    expect(missingTabMessage(tab, nl)).toBe(
      `Het tabblad ‘${tab}’ bestaat niet (meer); kies Dashboards genereren om het opnieuw te maken.`,
    );
  // Any other tab: no menu item makes it.
  expect(missingTabMessage("Vergaderingen (oud)", nl)).toBe(
    "Het tabblad ‘Vergaderingen (oud)’ bestaat niet (meer). Misschien is het hernoemd of verwijderd.",
  );
});
