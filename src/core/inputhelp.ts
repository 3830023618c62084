/**
 * Help while typing (PRODUCT.md §2.7) as a plan: drop-downs on `Project`, `Fase`, `Status` and
 * `Vergaderingen.Groep` that warn but never reject, and the status colours on the `Status` column.
 * gas/inputhelp.ts applies it. Rules the partners made themselves are kept: only the add-on's own
 * conditional rules are replaced (isOwnStatusRule).
 */

import { columnLetters } from "./a1";
import type { MessageKey } from "./i18n";
import type { RawTab, Settings } from "./records";
import { ACTIVITIES_TAB, MEETINGS_TAB, matchColumns, PROJECTS_TAB } from "./tabs";
import { PHASES, STATUSES, type Status } from "./vocab";

/** A drop-down's values: a fixed list, or the cells of a column of another tab (A1, e.g. `A2:A`). */
export type DropDownSource = { list: readonly string[] } | { tab: "projects"; a1: string };

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

export function planInputHelp(input: InputHelpInput): InputHelpPlan {
  const dropDowns: DropDown[] = [];
  let statusColours: InputHelpPlan["statusColours"] = null;
  if (input.activities) {
    const cols = matchColumns(ACTIVITIES_TAB, input.activities.values[0] ?? []);
    const nameCol = input.projects ? matchColumns(PROJECTS_TAB, input.projects.values[0] ?? []).name : -1;
    if (cols.project >= 0 && nameCol >= 0) {
      const letter = columnLetters(nameCol + 1);
      const source = { tab: "projects" as const, a1: `${letter}2:${letter}` };
      dropDowns.push({ tab: "activities", col: cols.project, source, help: "inputHelp.project" });
    }
    if (cols.phase >= 0)
      dropDowns.push({
        tab: "activities",
        col: cols.phase,
        source: { list: PHASES },
        help: "inputHelp.list",
      });
    if (cols.status >= 0) {
      dropDowns.push({
        tab: "activities",
        col: cols.status,
        source: { list: STATUSES },
        help: "inputHelp.list",
      });
      const colours = STATUSES.map((status) => ({ status, colour: input.settings.colours[status] }));
      statusColours = { col: cols.status, colours };
    }
  }
  if (input.meetings && input.groups.length > 0) {
    const col = matchColumns(MEETINGS_TAB, input.meetings.values[0] ?? []).group;
    if (col >= 0)
      dropDowns.push({ tab: "meetings", col, source: { list: input.groups }, help: "inputHelp.list" });
  }
  return { dropDowns, statusColours };
}

/** What the writer reads of an existing conditional format rule. */
export interface RuleFacts {
  /** The boolean condition's criteria type, null for a gradient rule. */
  criteria: string | null;
  values: readonly unknown[];
  /** 1-based first column and width of each of its ranges. */
  ranges: readonly { col: number; numCols: number }[];
}

/** Ours: a "text is exactly <status>" rule on the Status column only (its length may have changed). */
export function isOwnStatusRule(rule: RuleFacts, statusCol: number): boolean {
  if (rule.criteria !== "TEXT_EQUAL_TO") return false;
  if (!(STATUSES as readonly unknown[]).includes(rule.values[0])) return false;
  return rule.ranges.every((r) => r.col === statusCol + 1 && r.numCols === 1);
}
