/**
 * Help while typing (PRODUCT.md §2.7) as a plan: drop-downs on `Project`, `Fase`, `Status` and
 * `Vergaderingen.Groep` that warn but never reject, and the status colours on the `Status` column; and that
 * plan as Sheets API requests (inputHelpRequests), which go into the batch of the action that sets them.
 * Rules the partners made themselves are kept: only the add-on's own conditional rules are replaced
 * (isOwnStatusRule).
 *
 * Pure: types from @types/google-apps-script only, no Google globals.
 */

import { columnLetters, tabRange } from "./a1";
import { apiColor, gridRange, hexOfColor } from "./batch";
import type { MessageKey } from "./i18n";
import type { RawTab, Settings } from "./records";
import { ACTIVITIES_TAB, MEETINGS_TAB, matchColumns, PROJECTS_TAB } from "./tabs";
import type { ValidationInput } from "./validation/workbook";
import { PHASES, STATUSES, type Status } from "./vocab";

type Request = GoogleAppsScript.Sheets.Schema.Request;
type ConditionalFormatRule = GoogleAppsScript.Sheets.Schema.ConditionalFormatRule;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;

/** A drop-down's values: a fixed list, or a column of `Projecten` below its header (0-based column). */
export type DropDownSource = { list: readonly string[] } | { tab: "projects"; col: number };

export interface DropDown {
  tab: "activities" | "meetings";
  /** 0-based column; the rule covers the column below its header. */
  col: number;
  source: DropDownSource;
  help: MessageKey;
}

export interface InputHelpPlan {
  dropDowns: DropDown[];
  /** The `Status` column (0-based) of `Activiteiten` and a colour per status, in the statuses' order;
   * null when the column is absent. */
  statusColours: { col: number; colours: { status: Status; colour: string }[] } | null;
}

/**
 * A drop-down never rejects a value (PRODUCT.md §2.7: "warning, never rejecting"): partners may type what
 * the list lacks, validation then explains it.
 */
export const DROP_DOWNS_REJECT = false;

export interface InputHelpInput {
  activities: RawTab | null;
  projects: RawTab | null;
  meetings: RawTab | null;
  /** The groups that drop-downs offer on `Vergaderingen.Groep` (validation's activeGroups). */
  groups: readonly string[];
  settings: Settings;
}

/** The status colours on `Activiteiten`'s Status column `col` (0-based; none when it is absent, -1). */
function statusColoursOf(col: number, settings: Settings): InputHelpPlan["statusColours"] {
  if (col < 0) return null;
  return { col, colours: STATUSES.map((status) => ({ status, colour: settings.colours[status] })) };
}

export function planInputHelp(input: InputHelpInput): InputHelpPlan {
  const dropDowns: DropDown[] = [];
  let statusColours: InputHelpPlan["statusColours"] = null;
  if (input.activities) {
    const cols = matchColumns(ACTIVITIES_TAB, input.activities.values[0] ?? []);
    const nameCol = input.projects ? matchColumns(PROJECTS_TAB, input.projects.values[0] ?? []).name : -1;
    if (cols.project >= 0 && nameCol >= 0) {
      const source = { tab: "projects" as const, col: nameCol };
      dropDowns.push({ tab: "activities", col: cols.project, source, help: "inputHelp.project" });
    }
    if (cols.phase >= 0)
      dropDowns.push({
        tab: "activities",
        col: cols.phase,
        source: { list: PHASES },
        help: "inputHelp.list",
      });
    if (cols.status >= 0)
      dropDowns.push({
        tab: "activities",
        col: cols.status,
        source: { list: STATUSES },
        help: "inputHelp.list",
      });
    statusColours = statusColoursOf(cols.status, input.settings);
  }
  if (input.meetings && input.groups.length > 0) {
    const col = matchColumns(MEETINGS_TAB, input.meetings.values[0] ?? []).group;
    if (col >= 0)
      dropDowns.push({ tab: "meetings", col, source: { list: input.groups }, help: "inputHelp.list" });
  }
  return { dropDowns, statusColours };
}

/**
 * Ours: a "text is exactly <status>" rule (TEXT_EQ) on the Status column only (its length may have changed),
 * as the Sheets API lists a sheet's rules (Sheet.conditionalFormats). The API leaves indexes that are 0 out
 * of its answer; a missing end is unbounded, so not one column.
 */
export function isOwnStatusRule(rule: ConditionalFormatRule, statusCol: number): boolean {
  const cond = rule.booleanRule?.condition;
  if (cond?.type !== "TEXT_EQ") return false;
  if (!(STATUSES as readonly unknown[]).includes(cond.values?.[0]?.userEnteredValue)) return false;
  const ranges = rule.ranges ?? [];
  return (
    ranges.length > 0 &&
    ranges.every((r) => (r.startColumnIndex ?? 0) === statusCol && r.endColumnIndex === statusCol + 1)
  );
}

/** A tab the input help is set on or refers to, as it will be when the batch reaches these requests. */
export interface HelpTab {
  name: string;
  id: number;
  /** The tab's number of rows (its grid, not its content): a rule covers its column down to the last. */
  rows: number;
}

export interface InputHelpTarget {
  activities: HelpTab | null;
  projects: HelpTab | null;
  meetings: HelpTab | null;
  /** The conditional format rules of `Activiteiten` before the batch, in their order (none for a new tab). */
  activityRules: readonly ConditionalFormatRule[];
}

/**
 * A list value the Sheets API would read as a formula ("parsed as if the user typed into a cell. Formulas are
 * supported (and must begin with an = or a '+')"; ONE_OF_LIST: "Formulas are not supported in the values"):
 * left out of the drop-down, so that one odd group name cannot make the whole batch fail.
 */
const readsAsFormula = (v: string) => v.startsWith("=") || v.startsWith("+");

/**
 * The plan as requests for one spreadsheets.batchUpdate: each drop-down as a setDataValidation on its column
 * from row 2 to the tab's last row (warning only, the list shown as a drop-down, the help text as the input
 * message), then the add-on's own status rules deleted (from the last to the first, so that each index still
 * names the rule it was read as) and the four status colours added after the partners' rules, in the
 * statuses' order. A tab of one row (the one set or the Projecten it refers to) first gets a second, so that
 * the column below the header exists.
 */
export function inputHelpRequests(
  plan: InputHelpPlan,
  target: InputHelpTarget,
  help: (key: MessageKey) => string,
): Request[] {
  const requests: Request[] = [];
  const grown = new Set<HelpTab>();
  /** The tab's rows, a second one added first when it has only its header row. */
  const rowsOf = (tab: HelpTab): number => {
    if (tab.rows < 2 && !grown.has(tab)) {
      requests.push({ appendDimension: { sheetId: tab.id, dimension: "ROWS", length: 2 - tab.rows } });
      grown.add(tab);
    }
    return Math.max(tab.rows, 2);
  };
  const below = (tab: HelpTab, col: number): GridRange =>
    gridRange(tab.id, { row: 1, col, numRows: rowsOf(tab) - 1, numCols: 1 });
  for (const d of plan.dropDowns) {
    const tab = target[d.tab];
    if (!tab) continue;
    let condition: GoogleAppsScript.Sheets.Schema.BooleanCondition;
    if ("list" in d.source) {
      const values = d.source.list.filter((v) => !readsAsFormula(v)).map((v) => ({ userEnteredValue: v }));
      if (values.length === 0) continue;
      condition = { type: "ONE_OF_LIST", values };
    } else {
      const projects = target.projects;
      if (!projects) continue;
      const letter = columnLetters(d.source.col + 1);
      const a1 = tabRange(projects.name, `${letter}2:${letter}${rowsOf(projects)}`);
      condition = { type: "ONE_OF_RANGE", values: [{ userEnteredValue: `=${a1}` }] };
    }
    requests.push({
      setDataValidation: {
        range: below(tab, d.col),
        rule: { condition, strict: DROP_DOWNS_REJECT, showCustomUi: true, inputMessage: help(d.help) },
      },
    });
  }
  const acts = target.activities;
  if (acts && plan.statusColours) {
    const { col, colours } = plan.statusColours;
    requests.push(...statusColourRequests(acts.id, below(acts, col), col, colours, target.activityRules));
  }
  return requests;
}

/**
 * The add-on's own status rules deleted (from the last to the first, so that each index still names the rule
 * it was read as) and the colours added after the partners' rules, in the statuses' order, on `range`.
 */
function statusColourRequests(
  sheetId: number,
  range: GridRange,
  col: number,
  colours: readonly { status: Status; colour: string }[],
  rules: readonly ConditionalFormatRule[],
): Request[] {
  const requests: Request[] = [];
  const own = rules.flatMap((r, i) => (isOwnStatusRule(r, col) ? [i] : []));
  for (const index of own.reverse()) requests.push({ deleteConditionalFormatRule: { sheetId, index } });
  const kept = rules.length - own.length;
  colours.forEach(({ status, colour }, i) => {
    requests.push({
      addConditionalFormatRule: {
        index: kept + i,
        rule: {
          ranges: [range],
          booleanRule: {
            condition: { type: "TEXT_EQ", values: [{ userEnteredValue: status }] },
            format: { backgroundColor: apiColor(colour) ?? undefined },
          },
        },
      },
    });
  });
  return requests;
}

/** "#rrggbb" of an API colour, or null when there is none. */
const hexOf = (c: GoogleAppsScript.Sheets.Schema.Color | undefined): string | null =>
  c ? hexOfColor(c) : null;

/** What the status colours of `Activiteiten` are checked against. */
export interface StatusColourInput {
  activities: RawTab | null;
  /** `Activiteiten`'s id and number of rows in the action's snapshot. */
  tab: HelpTab | null;
  /** Its conditional format rules as the snapshot read them (condition, ranges and background). */
  rules: readonly ConditionalFormatRule[];
  settings: Settings;
}

/**
 * The status colours of `Activiteiten` kept in step with `Instellingen` by the actions that validate: when the
 * add-on's own rules show other colours than the settings (a coordinator changed `Kleur …`), or no longer
 * reach the tab's last row (rows were added below them), they are replaced as Werkblad inrichten sets them.
 * Nothing when they are as they should be, and nothing when there are none of the add-on's rules: never set
 * (Werkblad inrichten sets them) or removed by a partner, who is not overruled.
 */
export function statusColourRefresh(input: StatusColourInput): Request[] {
  const { tab } = input;
  if (!tab || tab.rows < 2) return [];
  if (!input.activities) return [];
  const statusCol = matchColumns(ACTIVITIES_TAB, input.activities.values[0] ?? []).status;
  const colours = statusColoursOf(statusCol, input.settings);
  if (!colours) return [];
  const own = input.rules.filter((r) => isOwnStatusRule(r, colours.col));
  if (own.length === 0) return [];
  const asSet = (rule: ConditionalFormatRule, i: number): boolean => {
    const want = colours.colours[i];
    const cond = rule.booleanRule?.condition;
    return (
      want !== undefined &&
      cond?.values?.[0]?.userEnteredValue === want.status &&
      hexOf(rule.booleanRule?.format?.backgroundColor) === hexOf(apiColor(want.colour) ?? undefined) &&
      (rule.ranges ?? []).every(
        (r) => (r.startRowIndex ?? 0) <= 1 && (r.endRowIndex === undefined || r.endRowIndex >= tab.rows),
      )
    );
  };
  if (own.length === colours.colours.length && own.every(asSet)) return [];
  const range = gridRange(tab.id, { row: 1, col: colours.col, numRows: tab.rows - 1, numCols: 1 });
  return statusColourRequests(tab.id, range, colours.col, colours.colours, input.rules);
}

/** What the input help of one batch is planned from. */
export interface InputHelpBatchInput {
  /** The source tabs as they will be when the batch reaches the input help (their headers are what counts). */
  tabs: Pick<ValidationInput, "activities" | "projects" | "meetings">;
  /** The groups the Groep drop-down offers (validation's activeGroups). */
  groups: readonly string[];
  settings: Settings;
  /** Every tab by name with its id and number of rows, as they will be at that point of the batch. */
  grids: ReadonlyMap<string, { id: number; rows: number }>;
  /** Conditional format rules by sheet id, as the snapshot read them before the batch. */
  rules: ReadonlyMap<number, readonly ConditionalFormatRule[]>;
  help: (key: MessageKey) => string;
}

/** planInputHelp and inputHelpRequests in one: the requests that set the input help in an action's batch. */
export function inputHelpBatch(input: InputHelpBatchInput): Request[] {
  const { tabs } = input;
  const plan = planInputHelp({ ...tabs, groups: input.groups, settings: input.settings });
  const helpTab = (raw: RawTab | null): HelpTab | null => {
    const grid = raw ? input.grids.get(raw.name) : undefined;
    return raw && grid ? { name: raw.name, id: grid.id, rows: grid.rows } : null;
  };
  const activities = helpTab(tabs.activities);
  const target: InputHelpTarget = {
    activities,
    projects: helpTab(tabs.projects),
    meetings: helpTab(tabs.meetings),
    activityRules: activities ? (input.rules.get(activities.id) ?? []) : [],
  };
  return inputHelpRequests(plan, target, input.help);
}
