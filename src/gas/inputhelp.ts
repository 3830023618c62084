/**
 * Help while typing (PRODUCT.md §2.7): drop-downs on Project, Fase, Status and Vergaderingen.Groep that
 * warn but never reject, and conditional colours on the Status column. Rules the partners made themselves
 * are kept: only the add-on's own conditional rules (on its Status column, for its four statuses) are
 * replaced.
 */
import { ACTIVITIES, MEETINGS, matchColumns, PHASES, PROJECTS, STATUSES } from "../core/tabs";
import type { ValidationResult } from "../core/validate";
import { columnLetters } from "../core/validation-tabs";
import type { SourceTabs } from "./read";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function columnRange(sheet: Sheet, col: number): GoogleAppsScript.Spreadsheet.Range {
  const max = sheet.getMaxRows();
  if (max < 2) sheet.insertRowsAfter(max, 1);
  return sheet.getRange(2, col + 1, Math.max(max - 1, 1), 1);
}

function listRule(values: readonly string[], help: string) {
  return SpreadsheetApp.newDataValidation()
    .requireValueInList([...values], true)
    .setAllowInvalid(true)
    .setHelpText(help)
    .build();
}

export function applyInputHelp(
  tabs: SourceTabs,
  result: ValidationResult,
  help: { project: string; list: string },
): void {
  const acts = tabs.activities;
  if (acts) {
    const cols = matchColumns(ACTIVITIES, acts.raw.values[0] ?? []);
    const projects = tabs.projects;
    const nameCol = projects ? (matchColumns(PROJECTS, projects.raw.values[0] ?? []).name ?? -1) : -1;
    if ((cols.project ?? -1) >= 0 && projects && nameCol >= 0) {
      const letter = columnLetters(nameCol + 1);
      const source = projects.sheet.getRange(`${letter}2:${letter}`);
      columnRange(acts.sheet, cols.project!).setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInRange(source, true)
          .setAllowInvalid(true)
          .setHelpText(help.project)
          .build(),
      );
    }
    if ((cols.phase ?? -1) >= 0)
      columnRange(acts.sheet, cols.phase!).setDataValidation(listRule(PHASES, help.list));
    if ((cols.status ?? -1) >= 0) {
      const range = columnRange(acts.sheet, cols.status!);
      range.setDataValidation(listRule(STATUSES, help.list));
      setStatusColours(acts.sheet, range, result.settings.colours);
    }
  }
  const meetings = tabs.meetings;
  if (meetings) {
    const col = matchColumns(MEETINGS, meetings.raw.values[0] ?? []).group ?? -1;
    const groups = [...new Set(result.members.filter((m) => m.active).flatMap((m) => m.groups))].sort(
      (a, b) => a.localeCompare(b, "nl"),
    );
    if (col >= 0 && groups.length > 0)
      columnRange(meetings.sheet, col).setDataValidation(listRule(groups, help.list));
  }
}

function setStatusColours(
  sheet: Sheet,
  range: GoogleAppsScript.Spreadsheet.Range,
  colours: Record<(typeof STATUSES)[number], string>,
): void {
  const column = range.getColumn();
  // Ours: a "text is exactly <status>" rule on the Status column only (its length may have changed).
  const ours = (rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule) => {
    const cond = rule.getBooleanCondition();
    if (cond === null || String(cond.getCriteriaType()) !== "TEXT_EQUAL_TO") return false;
    if (!(STATUSES as readonly unknown[]).includes(cond.getCriteriaValues()[0])) return false;
    return rule.getRanges().every((r) => r.getColumn() === column && r.getNumColumns() === 1);
  };
  const kept = sheet.getConditionalFormatRules().filter((r) => !ours(r));
  const added = STATUSES.map((s) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo(s)
      .setBackground(colours[s])
      .setRanges([range])
      .build(),
  );
  sheet.setConditionalFormatRules([...kept, ...added]);
}
