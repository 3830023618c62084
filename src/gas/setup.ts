/** `Werkblad inrichten`: reads the workbook once, plans in core, applies the plan with batched calls. */
import type { Translate } from "../core/i18n";
import { planInputHelp } from "../core/inputhelp";
import { planSetup, type SetupOp, type TabSnapshot } from "../core/setup";
import { HEADER_BG } from "../core/style";
import { type ActionOutput, setupOutcome } from "../core/summaries";
import { ALL_TABS, findTabName, HEADER_SEARCH_ROWS, SETTINGS_TAB, type TabDef } from "../core/tabs";
import { activeGroups } from "../core/validation/references";
import { ownedTabIds, rememberOwnedTabs } from "./grid";
import { applyInputHelp } from "./inputhelp";
import { rawOf } from "./read";
import type { RunEnv } from "./run";
import { readAndValidate } from "./validate";
import { indexSheets, readValues } from "./workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function setUpWorkbook(env: RunEnv): ActionOutput {
  const { ss, t, now } = env;
  const active = ss.getActiveSheet()?.getName();
  const out = applySetupPlan(ss, t, now);
  const back = active ? ss.getSheetByName(active) : null;
  if (back && !back.isSheetHidden()) ss.setActiveSheet(back);
  // Drop-downs and colours follow the current projects, groups and colour settings.
  const v = readAndValidate(env, { assignIds: false });
  const raw = rawOf(v.tabs);
  const plan = planInputHelp({ ...raw, groups: activeGroups(v.result.members), settings: v.result.settings });
  applyInputHelp(v.tabs, plan, t);
  return out;
}

function applySetupPlan(ss: Spreadsheet, t: Translate, now: Date): ActionOutput {
  const index = indexSheets(ss);
  const byName = new Map<string, Sheet>();
  for (const t of index.tabs) {
    const sheet = ALL_TABS.some((def) => findTabName([t.name], def) !== undefined) ? index.get(t.name) : null;
    if (sheet) byName.set(t.name, sheet);
  }
  const tabs: TabSnapshot[] = [];
  let settingsValues: unknown[][] | null = null;
  for (const tab of ALL_TABS) {
    const name = findTabName([...byName.keys()], tab);
    if (name === undefined) continue;
    const sheet = byName.get(name)!;
    const lastRow = sheet.getLastRow();
    const lastCol = sheet.getLastColumn();
    if (tab === SETTINGS_TAB) {
      settingsValues = lastRow > 0 ? readValues(sheet) : [];
      tabs.push({ name, header: settingsValues[0] ?? [], lastRow });
    } else {
      // The first rows in one read: the header, and where a header further down is, if row 1 has none.
      const top =
        lastRow > 0 && lastCol > 0
          ? sheet.getRange(1, 1, Math.min(lastRow, HEADER_SEARCH_ROWS), lastCol).getValues()
          : [];
      tabs.push({ name, header: top[0] ?? [], lastRow, top });
    }
  }
  const year = Number(Utilities.formatDate(now, ss.getSpreadsheetTimeZone(), "yyyy"));
  const plan = planSetup({ tabs, settingsValues, spreadsheetName: ss.getName(), year });
  for (const op of plan.ops) applyOp(ss, op, byName, t);
  const generated = plan.ops.flatMap((o) =>
    o.kind === "createTab" && o.tab.kind === "generated" ? [byName.get(o.tab.name)!.getSheetId()] : [],
  );
  if (generated.length > 0) rememberOwnedTabs(ss, [...ownedTabIds(), ...generated]);
  return setupOutcome(
    plan,
    tabs.map((tab) => tab.name),
    t,
  );
}

function applyOp(ss: Spreadsheet, op: SetupOp, byName: Map<string, Sheet>, t: Translate): void {
  switch (op.kind) {
    case "createTab": {
      const sheet = ss.insertSheet(op.tab.name, ss.getNumSheets());
      byName.set(op.tab.name, sheet);
      writeHeader(sheet, op.tab);
      if (op.tab.columns.length === 0)
        sheet.getRange(1, 1).setValue(t("overview.placeholder")).setFontStyle("italic");
      if (op.tab.kind === "generated") {
        sheet.protect().setDescription(t("protection.description")).setWarningOnly(true);
        trimSpare(sheet, op.tab.columns.length);
      }
      if (op.tab.hidden) sheet.hideSheet();
      return;
    }
    case "writeHeaders":
      writeHeader(byName.get(op.tabName)!, op.tab);
      return;
    case "appendColumns": {
      const sheet = byName.get(op.tabName)!;
      ensureColumns(sheet, op.startCol + op.headers.length);
      styleHeader(sheet.getRange(1, op.startCol + 1, 1, op.headers.length).setValues([op.headers]));
      return;
    }
    case "appendSettings": {
      const sheet = byName.get(op.tabName)!;
      const width = Math.max(op.keyCol, op.valueCol) + 1;
      const rows = op.rows.map(([key, value]) => {
        const row: (string | number | boolean)[] = new Array(width).fill("");
        row[op.keyCol] = key;
        row[op.valueCol] = value;
        return row;
      });
      ensureRows(sheet, op.startRow + rows.length - 1);
      const range = sheet.getRange(op.startRow, 1, rows.length, width);
      // Text settings in plain-text cells, so that Sheets does not turn them into numbers or dates.
      range.setNumberFormats(rows.map((r) => r.map((v) => (typeof v === "string" ? "@" : "0"))));
      range.setValues(rows);
      // Boolean settings become checkboxes (insertCheckboxes unchecks, so check the ones that are true).
      op.rows.forEach(([, v], i) => {
        if (typeof v !== "boolean") return;
        const cell = sheet.getRange(op.startRow + i, op.valueCol + 1).insertCheckboxes();
        if (v) cell.check();
      });
      return;
    }
  }
}

function writeHeader(sheet: Sheet, tab: TabDef): void {
  if (tab.columns.length === 0) return;
  const headers = tab.columns.map((c) => c.header);
  ensureColumns(sheet, headers.length);
  styleHeader(sheet.getRange(1, 1, 1, headers.length).setValues([headers]));
  sheet.setFrozenRows(1);
}

/**
 * A new generated tab keeps only the grid it uses (a header and one row below the frozen one, or
 * one cell), not the 1,000 × 26 a new sheet gets: the add-on appends to it later.
 */
function trimSpare(sheet: Sheet, columns: number): void {
  const keepRows = columns > 0 ? 2 : 1;
  const keepCols = Math.max(columns, 1);
  const rows = sheet.getMaxRows();
  const cols = sheet.getMaxColumns();
  if (rows > keepRows) sheet.deleteRows(keepRows + 1, rows - keepRows);
  if (cols > keepCols) sheet.deleteColumns(keepCols + 1, cols - keepCols);
}

function styleHeader(range: GoogleAppsScript.Spreadsheet.Range): void {
  range.setFontWeight("bold").setBackground(HEADER_BG);
}

function ensureColumns(sheet: Sheet, count: number): void {
  const max = sheet.getMaxColumns();
  if (count > max) sheet.insertColumnsAfter(max, count - max);
}

function ensureRows(sheet: Sheet, count: number): void {
  const max = sheet.getMaxRows();
  if (count > max) sheet.insertRowsAfter(max, count - max);
}
