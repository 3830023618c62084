/**
 * Writes a render-model Grid to a sheet with a constant number of batched calls, whatever the number of
 * rows, and swaps generated tabs in only when they are complete.
 */
import { isDateValue } from "../core/dates";
import type { Grid, GridCell } from "../core/grid";
import { runs } from "../core/runs";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Text from a cell is always written as text (PRODUCT.md §7): the leading apostrophe stops Sheets from
 * turning `=…`, `+…`, `-…`, `@…`, numbers or dates typed as text into formulas, numbers or dates. */
export function asText(v: string): string {
  return v === "" ? "" : `'${v}`;
}

function cellValue(c: GridCell): string | number | boolean | Date {
  if (c.formula !== undefined) return c.formula;
  if (c.v === null) return "";
  return typeof c.v === "string" ? asText(c.v) : c.v;
}

/** "@" keeps text as text; whole numbers (counts, row numbers) as "0", others with up to two decimals. */
function numberFormatOf(c: GridCell): string {
  if (c.numberFormat) return c.numberFormat;
  if (c.formula === undefined && (typeof c.v === "string" || c.v === null)) return "@";
  if (isDateValue(c.v)) return "dd-mm-yyyy";
  return typeof c.v === "number" && !Number.isInteger(c.v) ? "0.##" : "0";
}

const map = <T>(grid: Grid, f: (c: GridCell) => T): T[][] => grid.rows.map((row) => row.map(f));

export function writeGrid(sheet: Sheet, grid: Grid): void {
  const numRows = grid.rows.length;
  const numCols = grid.rows[0]?.length ?? 0;
  if (numRows === 0 || numCols === 0) return;
  ensureSize(sheet, numRows, numCols);
  const range = sheet.getRange(1, 1, numRows, numCols);
  range.setValues(map(grid, cellValue));
  range.setBackgrounds(map(grid, (c) => c.bg ?? null) as string[][]);
  range.setFontWeights(map(grid, (c) => (c.bold ? "bold" : "normal")));
  range.setFontStyles(map(grid, (c) => (c.italic ? "italic" : "normal")));
  range.setFontColors(map(grid, (c) => c.color ?? "#000000"));
  range.setFontSizes(map(grid, (c) => c.size ?? 10));
  range.setWraps(map(grid, (c) => c.wrap ?? false));
  range.setHorizontalAlignments(map(grid, (c) => c.align ?? "left"));
  range.setVerticalAlignments(map(grid, (c) => c.valign ?? "top"));
  range.setNumberFormats(map(grid, numberFormatOf));
  if (grid.rows.some((row) => row.some((c) => c.note))) range.setNotes(map(grid, (c) => c.note ?? ""));
  for (const m of grid.merges) sheet.getRange(m.row + 1, m.col + 1, m.numRows, m.numCols).merge();
  setWidths(sheet, grid.colWidths);
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

/** Consecutive columns of equal width in one call each. */
function setWidths(sheet: Sheet, widths: readonly number[]): void {
  const columns = widths.map((width, col) => ({ col, width }));
  for (const run of runs(columns, (a, b) => a.width === b.width)) {
    sheet.setColumnWidths(run[0]!.col + 1, run.length, run[0]!.width);
  }
}

function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

const TEMP_SUFFIX = " ~nieuw";
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
  try {
    const v: unknown = JSON.parse(
      PropertiesService.getDocumentProperties()?.getProperty(OWNED_PROPERTY) ?? "[]",
    );
    return new Set(Array.isArray(v) ? v.filter((x): x is number => typeof x === "number") : []);
  } catch (_e) {
    return new Set();
  }
}

export function rememberOwnedTabs(ids: Iterable<number>): void {
  PropertiesService.getDocumentProperties()?.setProperty(
    OWNED_PROPERTY,
    JSON.stringify([...new Set(ids)].sort()),
  );
}

/**
 * Whether an existing tab with a generated tab's name is one this add-on made: by its id, or — for a
 * workbook whose properties were lost (an imported copy) — by its shape: the generated header row, or
 * hidden gridlines for the one-pagers.
 */
function isOurs(sheet: Sheet, spec: TabSpec, owned: ReadonlySet<number>): boolean {
  if (owned.has(sheet.getSheetId())) return true;
  const first = spec.grid.rows[0] ?? [];
  if (spec.grid.hiddenGridlines) return sheet.hasHiddenGridlines();
  const width = first.length;
  if (width === 0 || sheet.getLastColumn() < width) return false;
  const header = sheet.getRange(1, 1, 1, width).getDisplayValues()[0] ?? [];
  return first.every((c, i) => String(c.v ?? "") === header[i]);
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
    if (old && isOurs(old, spec, owned)) ss.deleteSheet(old);
    else if (old) renamed.push(old.setName(freeName(ss, `${spec.name} (eigen)`)).getName());
    sheet.setName(spec.name);
    if (!spec.hidden) sheet.showSheet();
    ids.push(sheet.getSheetId());
  }
  const present = new Set(ss.getSheets().map((s) => s.getSheetId()));
  rememberOwnedTabs(ids.filter((id) => present.has(id)));
  restoreActive(
    ss,
    activeName && !specs.some((s) => s.name === activeName && s.hidden) ? activeName : specs[0]!.name,
  );
  return renamed;
}

function freeName(ss: Spreadsheet, base: string): string {
  let name = base.slice(0, 31);
  for (let n = 2; ss.getSheetByName(name); n++) name = `${base.slice(0, 27)} ${n}`;
  return name;
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
