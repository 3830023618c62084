/** core/inputhelp.ts: drop-downs that warn but never reject, and the add-on's own status colours. */
import { DROP_DOWNS_REJECT, isOwnStatusRule, planInputHelp } from "../../src/core/inputhelp";
import { DEFAULT_STATUS_COLOURS } from "../../src/core/tabs";
import { validateWorkbook } from "../../src/core/validation/workbook";
import { PHASES, STATUSES } from "../../src/core/vocab";
import {
  ACTIVITY_HEADERS,
  MEETING_HEADERS,
  OPTS,
  PROJECT_HEADERS,
  tab,
  workbook,
} from "../support/validation-fixtures";

const settings = validateWorkbook(workbook(), OPTS).settings;
const none = { activities: null, projects: null, meetings: null, groups: [], settings };

test("drop-downs never reject a value: partners may type what the list lacks (PRODUCT.md §2.7)", () => {
  expect(DROP_DOWNS_REJECT).toBe(false);
});

test("Project from the Projecten name column, Fase and Status from their lists, found by header", () => {
  // Columns moved: Status first, Project fourth; Naam is the second column of Projecten.
  const headers = ["Status", "Onderwerp", "Fase", "Project", "Trekker", "Deadline"];
  const plan = planInputHelp({
    ...none,
    activities: tab("Activiteiten", headers, []),
    projects: tab("Projecten", ["Korte naam", "Naam"], []),
  });
  expect(plan.dropDowns).toEqual([
    { tab: "activities", col: 3, source: { tab: "projects", a1: "B2:B" }, help: "inputHelp.project" },
    { tab: "activities", col: 2, source: { list: PHASES }, help: "inputHelp.list" },
    { tab: "activities", col: 0, source: { list: STATUSES }, help: "inputHelp.list" },
  ]);
  expect(plan.statusColours).toEqual({
    col: 0,
    colours: STATUSES.map((status) => ({ status, colour: DEFAULT_STATUS_COLOURS[status] })),
  });
});

test("no Projecten tab or no Naam column: no Project drop-down; no Status column: no colours", () => {
  const plan = planInputHelp({ ...none, activities: tab("Activiteiten", ["Project", "Fase"], []) });
  expect(plan.dropDowns.map((d) => d.col)).toEqual([1]);
  expect(plan.statusColours).toBeNull();
});

test("Vergaderingen.Groep offers the groups given, in their order; none when there are no groups", () => {
  const meetings = tab("Vergaderingen", MEETING_HEADERS, []);
  const groups = ["Bestuurders", "Kerngroep", "Themagroep Sociaal domein"];
  const plan = planInputHelp({ ...none, meetings, groups });
  expect(plan.dropDowns).toEqual([
    { tab: "meetings", col: 0, source: { list: groups }, help: "inputHelp.list" },
  ]);
  expect(planInputHelp({ ...none, meetings }).dropDowns).toEqual([]);
});

test("the plan for the fixtures' tabs as a whole", () => {
  const plan = planInputHelp({
    ...none,
    activities: tab("Activiteiten", ACTIVITY_HEADERS, []),
    projects: tab("Projecten", PROJECT_HEADERS, []),
  });
  expect(plan.dropDowns.map((d) => ACTIVITY_HEADERS[d.col])).toEqual(["Project", "Fase", "Status"]);
});

describe("isOwnStatusRule", () => {
  const own = { criteria: "TEXT_EQUAL_TO", values: ["Behaald"], ranges: [{ col: 11, numCols: 1 }] };
  test("a text-equals rule for a status on the Status column only is the add-on's", () => {
    expect(isOwnStatusRule(own, 10)).toBe(true);
  });
  test.each([
    ["another criterion", { ...own, criteria: "TEXT_CONTAINS" }],
    ["a gradient", { ...own, criteria: null }],
    ["another word", { ...own, values: ["Klaar"] }],
    ["another column", { ...own, ranges: [{ col: 12, numCols: 1 }] }],
    ["wider than the column", { ...own, ranges: [{ col: 11, numCols: 2 }] }],
    [
      "also on another range",
      {
        ...own,
        ranges: [
          { col: 11, numCols: 1 },
          { col: 3, numCols: 1 },
        ],
      },
    ],
  ])("%s is a partner's rule and is kept", (_label, rule) => {
    expect(isOwnStatusRule(rule, 10)).toBe(false);
  });
});
