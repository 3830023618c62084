/** core/inputhelp.ts: drop-downs that warn but never reject, and the add-on's own status colours. */
import { apiColor } from "../../src/core/batch";
import {
  DROP_DOWNS_REJECT,
  type HelpTab,
  inputHelpBatch,
  inputHelpRequests,
  isOwnStatusRule,
  planInputHelp,
  statusColourRefresh,
} from "../../src/core/inputhelp";
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
    { tab: "activities", col: 3, source: { tab: "projects", col: 1 }, help: "inputHelp.project" },
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

type Rule = GoogleAppsScript.Sheets.Schema.ConditionalFormatRule;

/** A text-equals rule as the Sheets API lists it; column indexes 0-based, end exclusive. */
const textRule = (value: string, ranges: [number, number | undefined][], type = "TEXT_EQ"): Rule => ({
  ranges: ranges.map(([start, end]) => ({
    sheetId: 7,
    startRowIndex: 1,
    endRowIndex: 1000,
    ...(start === 0 ? {} : { startColumnIndex: start }),
    ...(end === undefined ? {} : { endColumnIndex: end }),
  })),
  booleanRule: {
    condition: { type, values: [{ userEnteredValue: value }] },
    format: { backgroundColor: { red: 1 } },
  },
});

describe("isOwnStatusRule", () => {
  const own = textRule("Behaald", [[10, 11]]);
  test("a text-equals rule for a status on the Status column only is the add-on's", () => {
    expect(isOwnStatusRule(own, 10)).toBe(true);
  });
  test("the API leaves a start index of 0 out: a rule on column A is still on column A", () => {
    expect(isOwnStatusRule(textRule("Op schema", [[0, 1]]), 0)).toBe(true);
  });
  test.each([
    ["another criterion", textRule("Behaald", [[10, 11]], "TEXT_CONTAINS")],
    ["a gradient", { ranges: own.ranges, gradientRule: {} }],
    ["another word", textRule("Klaar", [[10, 11]])],
    ["another column", textRule("Behaald", [[11, 12]])],
    ["wider than the column", textRule("Behaald", [[10, 12]])],
    ["open to the right", textRule("Behaald", [[10, undefined]])],
    [
      "also on another range",
      textRule("Behaald", [
        [10, 11],
        [2, 3],
      ]),
    ],
  ])("%s is a partner's rule and is kept", (_label, rule) => {
    expect(isOwnStatusRule(rule, 10)).toBe(false);
  });
});

describe("inputHelpRequests", () => {
  const headers = ["Status", "Onderwerp", "Fase", "Project", "Trekker", "Deadline"];
  const plan = planInputHelp({
    ...none,
    activities: tab("Activiteiten", headers, []),
    projects: tab("Projecten", ["Korte naam", "Naam"], []),
    meetings: tab("Vergaderingen", MEETING_HEADERS, []),
    groups: ["Bestuurders", "Kerngroep"],
  });
  const acts: HelpTab = { name: "Activiteiten", id: 7, rows: 1000 };
  const target = {
    activities: acts,
    projects: { name: "Projecten 2026", id: 8, rows: 60 },
    meetings: { name: "Vergaderingen", id: 9, rows: 200 },
    activityRules: [] as Rule[],
  };
  const help = (key: string) => `help:${key}`;
  const column = (sheetId: number, col: number, rows: number) => ({
    sheetId,
    startRowIndex: 1,
    endRowIndex: rows,
    startColumnIndex: col,
    endColumnIndex: col + 1,
  });

  test("each drop-down is one setDataValidation on its column below the header, warning only, with its help", () => {
    const requests = inputHelpRequests(plan, target, help).filter((r) => r.setDataValidation);
    expect(requests.map((r) => r.setDataValidation)).toEqual([
      {
        range: column(7, 3, 1000),
        rule: {
          // The Naam column of Projecten (its second), down to its last row; the tab's name quoted.
          condition: { type: "ONE_OF_RANGE", values: [{ userEnteredValue: "='Projecten 2026'!B2:B60" }] },
          strict: false,
          showCustomUi: true,
          inputMessage: "help:inputHelp.project",
        },
      },
      {
        range: column(7, 2, 1000),
        rule: {
          condition: { type: "ONE_OF_LIST", values: PHASES.map((p) => ({ userEnteredValue: p })) },
          strict: false,
          showCustomUi: true,
          inputMessage: "help:inputHelp.list",
        },
      },
      {
        range: column(7, 0, 1000),
        rule: {
          condition: { type: "ONE_OF_LIST", values: STATUSES.map((s) => ({ userEnteredValue: s })) },
          strict: false,
          showCustomUi: true,
          inputMessage: "help:inputHelp.list",
        },
      },
      {
        range: column(9, 0, 200),
        rule: {
          condition: {
            type: "ONE_OF_LIST",
            values: [{ userEnteredValue: "Bestuurders" }, { userEnteredValue: "Kerngroep" }],
          },
          strict: false,
          showCustomUi: true,
          inputMessage: "help:inputHelp.list",
        },
      },
    ]);
  });

  test("the status colours follow the partners' rules, in the statuses' order, on the Status column", () => {
    const requests = inputHelpRequests(plan, target, help);
    const added = requests.flatMap((r) => (r.addConditionalFormatRule ? [r.addConditionalFormatRule] : []));
    expect(added).toEqual(
      STATUSES.map((status, i) => ({
        index: i,
        rule: {
          ranges: [column(7, 0, 1000)],
          booleanRule: {
            condition: { type: "TEXT_EQ", values: [{ userEnteredValue: status }] },
            format: { backgroundColor: apiColor(DEFAULT_STATUS_COLOURS[status]) },
          },
        },
      })),
    );
    expect(requests.some((r) => r.deleteConditionalFormatRule)).toBe(false);
  });

  test("the add-on's own rules are deleted from the last to the first; partners' rules stay in front", () => {
    const rules = [
      textRule("Behaald", [[0, 1]]), // own
      textRule("x", [[0, 3]], "TEXT_CONTAINS"), // a partner's
      textRule("Op schema", [[0, 1]]), // own
      textRule("Onbekend", [[0, 1]]), // a partner's: not a status
      textRule("Achter op schema", [[0, 1]]), // own
    ];
    const requests = inputHelpRequests(plan, { ...target, activityRules: rules }, help);
    const deletes = requests.flatMap((r) =>
      r.deleteConditionalFormatRule ? [r.deleteConditionalFormatRule] : [],
    );
    expect(deletes).toEqual([
      { sheetId: 7, index: 4 },
      { sheetId: 7, index: 2 },
      { sheetId: 7, index: 0 },
    ]);
    // Deleting first, then adding: every request comes after the ones whose indexes it depends on.
    const kinds = requests.map((r) => Object.keys(r)[0]);
    expect(kinds.lastIndexOf("deleteConditionalFormatRule")).toBeLessThan(
      kinds.indexOf("addConditionalFormatRule"),
    );
    // Two partners' rules are left, so the four colours go to indexes 2 to 5.
    const indexes = requests.flatMap((r) =>
      r.addConditionalFormatRule ? [r.addConditionalFormatRule.index] : [],
    );
    expect(indexes).toEqual([2, 3, 4, 5]);
  });

  test("a tab of only its header row gets a second row first; so does a Projecten it refers to", () => {
    const requests = inputHelpRequests(
      plan,
      { ...target, activities: { ...acts, rows: 1 }, projects: { name: "Projecten", id: 8, rows: 1 } },
      help,
    );
    const appends = requests.flatMap((r) => (r.appendDimension ? [r.appendDimension] : []));
    expect(appends).toEqual([
      { sheetId: 8, dimension: "ROWS", length: 1 },
      { sheetId: 7, dimension: "ROWS", length: 1 },
    ]);
    // Each once, before the requests that use the new row.
    const kinds = requests.map((r) => Object.keys(r)[0]);
    expect(kinds.slice(0, 2)).toEqual(["appendDimension", "appendDimension"]);
    expect(requests[2]?.setDataValidation?.range).toEqual(column(7, 3, 2));
    expect(requests[2]?.setDataValidation?.rule?.condition?.values).toEqual([
      { userEnteredValue: "='Projecten'!B2:B2" },
    ]);
  });

  test("a group that would read as a formula is left out of the list; a list left empty is no drop-down", () => {
    const meetings = tab("Vergaderingen", MEETING_HEADERS, []);
    const groupsPlan = (groups: string[]) => planInputHelp({ ...none, meetings, groups });
    const one = inputHelpRequests(groupsPlan(["=SOM(1)", "+31", "Kerngroep"]), target, help);
    expect(one.map((r) => r.setDataValidation?.rule?.condition?.values)).toEqual([
      [{ userEnteredValue: "Kerngroep" }],
    ]);
    expect(inputHelpRequests(groupsPlan(["=x"]), target, help)).toEqual([]);
  });

  test("a tab that is not there gets nothing; no Projecten: no Project drop-down", () => {
    const requests = inputHelpRequests(plan, { ...target, projects: null, meetings: null }, help);
    expect(
      requests.filter((r) => r.setDataValidation).map((r) => r.setDataValidation?.range?.startColumnIndex),
    ).toEqual([2, 0]);
    expect(
      inputHelpRequests(plan, { ...target, activities: null }, help).map((r) => Object.keys(r)[0]),
    ).toEqual(["setDataValidation"]);
  });
});

test("inputHelpBatch: the tabs by their names in the grids, the rules of Activiteiten by its id", () => {
  const rules = new Map([
    [7, [textRule("Behaald", [[0, 1]])]],
    [9, [textRule("Behaald", [[0, 1]])]],
  ]);
  const requests = inputHelpBatch({
    tabs: {
      activities: tab("Activiteiten", ["Status", "Project"], []),
      projects: tab("Projecten", ["Naam"], []),
      meetings: null,
    },
    groups: [],
    settings,
    grids: new Map([
      ["Activiteiten", { id: 7, rows: 500 }],
      ["Projecten", { id: 8, rows: 40 }],
      ["Leden", { id: 9, rows: 10 }],
    ]),
    rules,
    help: (key) => key,
  });
  expect(requests.map((r) => Object.keys(r)[0])).toEqual([
    "setDataValidation",
    "setDataValidation",
    "deleteConditionalFormatRule",
    ...STATUSES.map(() => "addConditionalFormatRule"),
  ]);
  expect(requests[0]?.setDataValidation?.rule?.condition?.values).toEqual([
    { userEnteredValue: "='Projecten'!A2:A40" },
  ]);
  expect(requests[2]).toEqual({ deleteConditionalFormatRule: { sheetId: 7, index: 0 } });
  // A tab the grids do not know (not there when the batch runs) gets nothing.
  const without = inputHelpBatch({
    tabs: { activities: tab("Activiteiten", ["Status"], []), projects: null, meetings: null },
    groups: [],
    settings,
    grids: new Map(),
    rules,
    help: (key) => key,
  });
  expect(without).toEqual([]);
});

describe("statusColourRefresh: the add-on's colours in step with Instellingen and the tab's length", () => {
  const activities = tab("Activiteiten", ["Onderwerp", "Status"], []);
  const acts: HelpTab = { name: "Activiteiten", id: 7, rows: 1000 };
  /** The add-on's rules as the Sheets API lists them: float components, a component of 0 left out. */
  const apiRule = (
    status: string,
    colour: { red?: number; green?: number; blue?: number },
    end = 1000,
  ): Rule => ({
    ranges: [{ sheetId: 7, startRowIndex: 1, endRowIndex: end, startColumnIndex: 1, endColumnIndex: 2 }],
    booleanRule: {
      condition: { type: "TEXT_EQ", values: [{ userEnteredValue: status }] },
      format: { backgroundColor: colour },
    },
  });
  /** A hex colour as the API answers it: each component a float32 of n/255, 0 left out. */
  const asApi = (hex: string) => {
    const part = (i: number) => Math.fround(parseInt(hex.slice(i, i + 2), 16) / 255);
    const [red, green, blue] = [part(1), part(3), part(5)];
    return { ...(red ? { red } : {}), ...(green ? { green } : {}), ...(blue ? { blue } : {}) };
  };
  const asSet = (colours: Record<string, string>, end = 1000) =>
    STATUSES.map((s) => apiRule(s, asApi(colours[s]!), end));
  const partner = textRule("vervalt", [[0, 3]], "TEXT_CONTAINS");
  const refresh = (rules: Rule[], s = settings, target: HelpTab | null = acts) =>
    statusColourRefresh({ activities, tab: target, rules, settings: s });

  test("as the settings say and down to the last row: nothing", () => {
    expect(refresh([partner, ...asSet(settings.colours)])).toEqual([]);
    // Unbounded at the end counts as reaching it.
    const open = asSet(settings.colours).map((r) => ({
      ...r,
      ranges: r.ranges!.map(({ endRowIndex: _e, ...rest }) => rest),
    }));
    expect(refresh(open)).toEqual([]);
  });

  test("another colour: the add-on's rules replaced as Werkblad inrichten sets them, the partner's kept", () => {
    const old = { ...settings.colours, Behaald: "#123456" };
    const requests = refresh([partner, ...asSet(old)]);
    const full = inputHelpRequests(
      planInputHelp({ ...none, activities }),
      { activities: acts, projects: null, meetings: null, activityRules: [partner, ...asSet(old)] },
      (k) => k,
    ).filter((r) => !r.setDataValidation);
    expect(requests).toEqual(full);
    expect(requests.slice(0, 4)).toEqual(
      [4, 3, 2, 1].map((index) => ({ deleteConditionalFormatRule: { sheetId: 7, index } })),
    );
    expect(requests[4]?.addConditionalFormatRule?.rule?.booleanRule?.format?.backgroundColor).toEqual(
      apiColor(settings.colours.Behaald),
    );
  });

  test("rows added below the rules, a rule missing, or the rules in another order: replaced", () => {
    expect(refresh(asSet(settings.colours, 900))).toHaveLength(8);
    expect(refresh(asSet(settings.colours).slice(1))).toHaveLength(3 + 4);
    expect(refresh(asSet(settings.colours).reverse())).toHaveLength(8);
  });

  test("no rule of the add-on's, no Status column, no tab or only a header row: nothing", () => {
    expect(refresh([partner])).toEqual([]);
    expect(
      statusColourRefresh({
        activities: tab("Activiteiten", ["Onderwerp"], []),
        tab: acts,
        rules: asSet(settings.colours, 900),
        settings,
      }),
    ).toEqual([]);
    expect(refresh(asSet(settings.colours, 900), settings, null)).toEqual([]);
    expect(refresh(asSet(settings.colours, 900), settings, { ...acts, rows: 1 })).toEqual([]);
  });
});
