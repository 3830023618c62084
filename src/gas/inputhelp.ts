/**
 * Applies the input-help plan of core/inputhelp.ts: drop-downs (warning only) and the add-on's own status
 * colours, keeping every conditional format rule that partners made.
 */
import type { Translate } from "../core/i18n";
import { DROP_DOWNS_REJECT, type DropDown, type InputHelpPlan, isOwnStatusRule } from "../core/inputhelp";
import type { SourceTabs } from "./read";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The column below its header, as far as the sheet goes. */
function columnRange(sheet: Sheet, col: number): Range {
  const max = sheet.getMaxRows();
  if (max < 2) sheet.insertRowsAfter(max, 1);
  return sheet.getRange(2, col + 1, Math.max(max - 1, 1), 1);
}

export function applyInputHelp(tabs: SourceTabs, plan: InputHelpPlan, t: Translate): void {
  const sheets = { activities: tabs.activities?.sheet, meetings: tabs.meetings?.sheet };
  for (const d of plan.dropDowns) {
    const sheet = sheets[d.tab];
    if (sheet) columnRange(sheet, d.col).setDataValidation(dropDownRule(d, tabs, t));
  }
  const acts = tabs.activities?.sheet;
  if (acts && plan.statusColours) setStatusColours(acts, plan.statusColours);
}

function dropDownRule(d: DropDown, tabs: SourceTabs, t: Translate) {
  const builder = SpreadsheetApp.newDataValidation();
  const source = d.source;
  const projects = tabs.projects?.sheet;
  if ("list" in source) builder.requireValueInList([...source.list], true);
  else if (projects) builder.requireValueInRange(projects.getRange(source.a1), true);
  return builder.setAllowInvalid(!DROP_DOWNS_REJECT).setHelpText(t(d.help)).build();
}

function setStatusColours(sheet: Sheet, plan: NonNullable<InputHelpPlan["statusColours"]>): void {
  const range = columnRange(sheet, plan.col);
  const kept = sheet.getConditionalFormatRules().filter((rule) => {
    const cond = rule.getBooleanCondition();
    const facts = {
      criteria: cond === null ? null : String(cond.getCriteriaType()),
      values: cond === null ? [] : cond.getCriteriaValues(),
      ranges: rule.getRanges().map((r) => ({ col: r.getColumn(), numCols: r.getNumColumns() })),
    };
    return !isOwnStatusRule(facts, plan.col);
  });
  const added = plan.colours.map(({ status, colour }) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo(status)
      .setBackground(colour)
      .setRanges([range])
      .build(),
  );
  sheet.setConditionalFormatRules([...kept, ...added]);
}
