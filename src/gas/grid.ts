/**
 * Writes a render-model Grid to a sheet with a constant number of batched calls, whatever the number of
 * rows, and swaps generated tabs in only when they are complete. The arrays and decisions come from core
 * (core/grid.ts, core/owned.ts, core/tabnames.ts); this file only reads, calls and writes.
 */
import { columnWidthGroups, type Grid, gridLayers } from "../core/grid";
import {
  type ExistingTab,
  idListJson,
  isOwnTab,
  needsHeader,
  parseIdList,
  TEMP_SUFFIX,
  tabToActivate,
} from "../core/owned";
import { freeTabName } from "../core/tabnames";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function writeGrid(sheet: Sheet, grid: Grid): void {
  const numRows = grid.rows.length;
  const numCols = grid.rows[0]?.length ?? 0;
  if (numRows === 0 || numCols === 0) return;
  ensureSize(sheet, numRows, numCols);
  const range = sheet.getRange(1, 1, numRows, numCols);
  const layers = gridLayers(grid);
  range.setValues(layers.values);
  range.setBackgrounds(layers.backgrounds as string[][]);
  range.setFontWeights(layers.fontWeights);
  range.setFontStyles(layers.fontStyles);
  range.setFontColors(layers.fontColors);
  range.setFontSizes(layers.fontSizes);
  range.setWraps(layers.wraps);
  range.setHorizontalAlignments(layers.horizontalAlignments);
  range.setVerticalAlignments(layers.verticalAlignments);
  range.setNumberFormats(layers.numberFormats);
  if (layers.notes) range.setNotes(layers.notes);
  for (const m of grid.merges) sheet.getRange(m.row + 1, m.col + 1, m.numRows, m.numCols).merge();
  for (const w of columnWidthGroups(grid.colWidths)) sheet.setColumnWidths(w.col, w.count, w.width);
  if (grid.frozenRows > 0) sheet.setFrozenRows(grid.frozenRows);
  if (grid.hiddenGridlines) sheet.setHiddenGridlines(true);
  if (grid.filter) {
    const f = grid.filter;
    sheet.getRange(f.row + 1, f.col + 1, f.numRows, f.numCols).createFilter();
  }
  for (const chart of grid.charts) {
    const r = chart.range;
    let builder = sheet
      .newChart()
      .setChartType(Charts.ChartType[chart.type])
      .addRange(sheet.getRange(r.row + 1, r.col + 1, r.numRows, r.numCols))
      .setPosition(chart.position.row + 1, chart.position.col + 1, 0, 0)
      .setOption("title", chart.title);
    if (chart.colors) builder = builder.setOption("colors", chart.colors);
    if (chart.width) builder = builder.setOption("width", chart.width);
    if (chart.height) builder = builder.setOption("height", chart.height);
    sheet.insertChart(builder.build());
  }
}

function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

const OWNED_PROPERTY = "netwerkplan.tabs";

export interface TabSpec {
  name: string;
  grid: Grid;
  hidden?: boolean;
  /** Where a tab that does not exist yet goes: before this tab when it exists, else at the end. */
  before?: string;
}

/** Sheet ids of the tabs this add-on made (kept in the document's properties). */
export function ownedTabIds(): Set<number> {
  return parseIdList(PropertiesService.getDocumentProperties()?.getProperty(OWNED_PROPERTY));
}

export function rememberOwnedTabs(ss: Spreadsheet, ids: Iterable<number>): void {
  const present = new Set(ss.getSheets().map((s) => s.getSheetId()));
  PropertiesService.getDocumentProperties()?.setProperty(OWNED_PROPERTY, idListJson(ids, present));
}

function existingTab(sheet: Sheet, spec: TabSpec, owned: ReadonlySet<number>): ExistingTab {
  const id = sheet.getSheetId();
  const width = spec.grid.rows[0]?.length ?? 0;
  const header =
    needsHeader(id, spec.grid, owned) && sheet.getLastColumn() >= width
      ? (sheet.getRange(1, 1, 1, width).getDisplayValues()[0] ?? [])
      : [];
  const gridlines = !owned.has(id) && spec.grid.hiddenGridlines ? sheet.hasHiddenGridlines() : false;
  return { id, hiddenGridlines: gridlines, header };
}

/**
 * Rebuilds generated tabs all-or-nothing: every new tab is first built complete (hidden, protected, under
 * a temporary name), and only when all are built are the old tabs deleted and the new ones renamed and
 * shown. A run that fails while building leaves every previous tab intact (the next run removes hidden
 * leftovers). A tab with a generated name that a person made is never deleted: it is renamed to
 * "<name> (eigen)". Returns the names of tabs renamed that way. The user's active tab stays active.
 */
export function replaceTabs(ss: Spreadsheet, specs: readonly TabSpec[], protection: string): string[] {
  if (specs.length === 0) return [];
  const activeName = ss.getActiveSheet()?.getName();
  const owned = ownedTabIds();
  const built: { spec: TabSpec; sheet: Sheet; old: Sheet | null }[] = [];
  try {
    for (const spec of specs) {
      const leftover = ss.getSheetByName(spec.name + TEMP_SUFFIX);
      if (leftover) ss.deleteSheet(leftover);
      const old = ss.getSheetByName(spec.name);
      const next = old ?? (spec.before ? ss.getSheetByName(spec.before) : null);
      const sheet = ss.insertSheet(spec.name + TEMP_SUFFIX, next ? next.getIndex() - 1 : ss.getNumSheets());
      // Out of sight and protected until it is complete, in case the run is stopped halfway.
      sheet.protect().setDescription(protection).setWarningOnly(true);
      sheet.hideSheet();
      built.push({ spec, sheet, old });
      // Room for the whole grid in one call whatever its size, so the number of calls stays the same.
      sheet.insertRowsAfter(sheet.getMaxRows(), Math.max(1, spec.grid.rows.length));
      writeGrid(sheet, spec.grid);
    }
  } catch (e) {
    for (const b of built) {
      try {
        ss.deleteSheet(b.sheet);
      } catch (_cleanup) {
        // The next run removes a leftover temporary tab before it builds.
      }
    }
    if (activeName) restoreActive(ss, activeName);
    throw e;
  }
  const renamed: string[] = [];
  const ids: number[] = [...owned];
  for (const { spec, sheet, old } of built) {
    if (old && isOwnTab(existingTab(old, spec, owned), spec.grid, owned)) ss.deleteSheet(old);
    else if (old) {
      const names = ss.getSheets().map((s) => s.getName());
      renamed.push(old.setName(freeTabName(`${spec.name} (eigen)`, names)).getName());
    }
    sheet.setName(spec.name);
    if (!spec.hidden) sheet.showSheet();
    ids.push(sheet.getSheetId());
  }
  rememberOwnedTabs(ss, ids);
  restoreActive(ss, tabToActivate(activeName, specs));
  return renamed;
}

function restoreActive(ss: Spreadsheet, name: string | null | undefined): void {
  const sheet = name ? ss.getSheetByName(name) : null;
  if (sheet && !sheet.isSheetHidden()) ss.setActiveSheet(sheet);
}

/** Deletes generated tabs that are no longer wanted (e.g. dashboards of removed projects). */
export function removeTabs(ss: Spreadsheet, names: readonly string[]): void {
  for (const name of names) {
    const sheet = ss.getSheetByName(name);
    if (sheet) ss.deleteSheet(sheet);
  }
}
