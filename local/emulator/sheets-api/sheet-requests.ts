/**
 * Requests on sheets and their rows and columns: addSheet, deleteSheet, updateSheetProperties,
 * updateDimensionProperties, appendDimension, insertDimension, deleteDimension; and on things placed on a
 * sheet: addProtectedRange, setBasicFilter, addConditionalFormatRule, deleteConditionalFormatRule,
 * createDeveloperMetadata.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#SheetProperties
 */

import { notEmulated } from "../spreadsheet/errors";
import { inheritFormats, shiftSheet } from "../spreadsheet/grid";
import {
  type ConditionalFormatRuleData,
  DEFAULT_COLS,
  DEFAULT_ROWS,
  type DeveloperMetadataData,
  newSheetData,
  type ProtectionData,
  type SheetData,
} from "../spreadsheet/model";
import { type Batch, refuse } from "./batch";
import { InvalidRequest, SHEETS_API_ERRORS } from "./errors";
import { parseFieldMask } from "./fieldmask";
import {
  boxOf,
  colorOf,
  gridRangeOf,
  hexOfPair,
  isIndex,
  isWholeSheet,
  onlyKeys,
  propertiesOf,
  type SheetProperties,
  sheetIdOf,
  spanOf,
} from "./shapes";

type Reply = GoogleAppsScript.Sheets.Schema.Response;

// ---- sheets -------------------------------------------------------------------------------------------

function checkTitle(b: Batch, title: string, self?: SheetData): void {
  if (title === "") throw new InvalidRequest(SHEETS_API_ERRORS.sheetNameEmpty);
  if (title.length > 100) throw new InvalidRequest(SHEETS_API_ERRORS.sheetNameTooLong);
  const lower = title.toLowerCase();
  if (b.ss.sheets.some((s) => s !== self && s.name.toLowerCase() === lower))
    throw new InvalidRequest(SHEETS_API_ERRORS.sheetExists(title));
}

/** "Sheet2", "Sheet3"… ("Blad2"… in a Dutch spreadsheet), as a new sheet without a title is named. */
function defaultTitle(b: Batch): string {
  const prefix = b.ss.locale.toLowerCase().startsWith("nl") ? "Blad" : "Sheet";
  const taken = new Set(b.ss.sheets.map((s) => s.name.toLowerCase()));
  for (let n = b.ss.sheets.length + 1; ; n++)
    if (!taken.has(`${prefix}${n}`.toLowerCase())) return `${prefix}${n}`;
}

const GRID_KEYS = ["rowCount", "columnCount", "frozenRowCount", "frozenColumnCount", "hideGridlines"];
const PROPERTY_KEYS = ["sheetId", "title", "index", "hidden", "gridProperties", "tabColor", "tabColorStyle"];

function checkProperties(p: SheetProperties, what: string): void {
  const { sheetType, rightToLeft, ...rest } = p;
  if (sheetType !== undefined && sheetType !== null && sheetType !== "GRID")
    refuse(`${what}.sheetType ${sheetType}`);
  if (rightToLeft) refuse(`${what}.rightToLeft`);
  onlyKeys(rest, PROPERTY_KEYS, what);
  if (p.gridProperties) {
    const { rowGroupControlAfter, columnGroupControlAfter, ...grid } = p.gridProperties;
    if (rowGroupControlAfter || columnGroupControlAfter) refuse(`${what}.gridProperties group controls`);
    onlyKeys(grid, GRID_KEYS, `${what}.gridProperties`);
  }
}

function count(v: unknown, what: string, min: number): number {
  if (!isIndex(v) || v < min) refuse(`${what} ${String(v)}`);
  return v as number;
}

/** Frozen rows or columns may not cut a merge (Sheets' message names the merge rule). */
function setFrozen(sheet: SheetData, rows: boolean, n: number): void {
  const max = rows ? sheet.maxRows : sheet.maxCols;
  if (n > max) refuse(`frozen ${rows ? "rows" : "columns"} beyond the sheet's size`);
  const cut = sheet.merges.some((m) => {
    const [start, size] = rows ? [m.row, m.numRows] : [m.col, m.numCols];
    return start < n && start + size > n;
  });
  if (cut) throw new InvalidRequest(SHEETS_API_ERRORS.mergeFrozen(rows ? "rows" : "columns"));
  if (rows) sheet.frozenRows = n;
  else sheet.frozenCols = n;
}

/** Grows or shrinks the sheet to `n` rows or columns (shrinking deletes the last ones with what they hold). */
function resize(b: Batch, sheet: SheetData, rows: boolean, n: number): void {
  const current = rows ? sheet.maxRows : sheet.maxCols;
  if (n < current) {
    if (n <= (rows ? sheet.frozenRows : sheet.frozenCols))
      refuse("shrinking a sheet to its frozen rows or columns");
    shiftSheet(sheet, rows ? "rows" : "columns", n, n - current);
  } else if (rows) sheet.maxRows = n;
  else sheet.maxCols = n;
  b.checkCellLimit();
}

/** The active sheet (what the user looks at) moves to a visible one when it is hidden or deleted. */
function handOffActive(b: Batch, leaving: SheetData, at: number): void {
  if (b.ss.activeSheetId !== leaving.id) return;
  const others = b.ss.sheets.filter((s) => s !== leaving);
  const next = others.slice(Math.max(0, at - 1)).find((s) => !s.hidden) ?? others.find((s) => !s.hidden);
  if (next) b.ss.activeSheetId = next.id;
}

export function addSheet(b: Batch, r: GoogleAppsScript.Sheets.Schema.AddSheetRequest): Reply {
  onlyKeys(r, ["properties"], "addSheet");
  const p: SheetProperties = r.properties ?? {};
  checkProperties(p, "addSheet.properties");
  const sheets = b.ss.sheets;
  let id: number;
  if (p.sheetId !== undefined && p.sheetId !== null) {
    id = count(p.sheetId, "addSheet.properties.sheetId", 0);
    if (sheets.some((s) => s.id === id)) refuse("addSheet with the sheetId of an existing sheet");
  } else {
    id = b.ss.nextSheetId;
    while (sheets.some((s) => s.id === id)) id++;
  }
  b.ss.nextSheetId = Math.max(b.ss.nextSheetId, id + 1);
  const title = p.title ? p.title : defaultTitle(b);
  checkTitle(b, title);
  const g = p.gridProperties ?? {};
  const sheet = newSheetData(
    id,
    title,
    g.rowCount == null ? DEFAULT_ROWS : count(g.rowCount, "addSheet rowCount", 1),
    g.columnCount == null ? DEFAULT_COLS : count(g.columnCount, "addSheet columnCount", 1),
  );
  if (g.frozenRowCount) setFrozen(sheet, true, count(g.frozenRowCount, "frozenRowCount", 0));
  if (g.frozenColumnCount) setFrozen(sheet, false, count(g.frozenColumnCount, "frozenColumnCount", 0));
  sheet.hiddenGridlines = g.hideGridlines === true;
  sheet.hidden = p.hidden === true;
  const tab = hexOfPair(p.tabColor, p.tabColorStyle, "addSheet.properties.tabColor");
  if (tab) sheet.tabColor = tab;
  const index = p.index == null ? sheets.length : count(p.index, "addSheet.properties.index", 0);
  if (index > sheets.length) refuse("addSheet.properties.index past the last sheet");
  sheets.splice(index, 0, sheet);
  b.checkCellLimit();
  return { addSheet: { properties: propertiesOf(sheet, index) } };
}

export function deleteSheet(b: Batch, r: GoogleAppsScript.Sheets.Schema.DeleteSheetRequest): void {
  onlyKeys(r, ["sheetId"], "deleteSheet");
  const sheet = b.sheet(sheetIdOf(r, "deleteSheet"), SHEETS_API_ERRORS.noSheet);
  const sheets = b.ss.sheets;
  if (sheets.length === 1) throw new InvalidRequest(SHEETS_API_ERRORS.removeAllSheets);
  if (!sheet.hidden && sheets.filter((s) => !s.hidden).length === 1)
    throw new InvalidRequest(SHEETS_API_ERRORS.removeAllVisibleSheets);
  const at = sheets.indexOf(sheet);
  handOffActive(b, sheet, at);
  sheets.splice(at, 1);
}

const SHEET_FIELDS = [
  "title",
  "index",
  "hidden",
  "gridProperties.rowCount",
  "gridProperties.columnCount",
  "gridProperties.frozenRowCount",
  "gridProperties.frozenColumnCount",
  "gridProperties.hideGridlines",
  "tabColor",
];

/**
 * Changes the fields the mask names; a named field left out of `properties` takes its default (an index left
 * out moves the sheet to the end; a title left out is empty, which fails). The index counts "before the
 * move": to move the first of three sheets after the second, set 2 (documented).
 */
export function updateSheetProperties(
  b: Batch,
  r: GoogleAppsScript.Sheets.Schema.UpdateSheetPropertiesRequest,
): void {
  onlyKeys(r, ["properties", "fields"], "updateSheetProperties");
  if (!r.fields) throw new InvalidRequest(SHEETS_API_ERRORS.noFields);
  const p: SheetProperties = r.properties ?? {};
  checkProperties(p, "updateSheetProperties.properties");
  const named = new Set<string>();
  for (const path of parseFieldMask(r.fields, "updateSheetProperties.fields")) {
    const reached =
      path === "*"
        ? SHEET_FIELDS
        : path === "gridProperties"
          ? SHEET_FIELDS.filter((f) => f.startsWith("gridProperties."))
          : path === "tabColorStyle"
            ? ["tabColor"]
            : SHEET_FIELDS.includes(path)
              ? [path]
              : refuse(`updateSheetProperties.fields naming "${path}"`);
    for (const f of reached) named.add(f);
  }
  let sheet = b.sheet(sheetIdOf(p, "updateSheetProperties.properties"), SHEETS_API_ERRORS.noSheet);
  sheet = b.writable(sheet);
  const g = p.gridProperties ?? {};
  if (named.has("gridProperties.rowCount")) resize(b, sheet, true, count(g.rowCount ?? 0, "rowCount", 1));
  if (named.has("gridProperties.columnCount"))
    resize(b, sheet, false, count(g.columnCount ?? 0, "columnCount", 1));
  if (named.has("gridProperties.frozenRowCount"))
    setFrozen(sheet, true, count(g.frozenRowCount ?? 0, "frozenRowCount", 0));
  if (named.has("gridProperties.frozenColumnCount"))
    setFrozen(sheet, false, count(g.frozenColumnCount ?? 0, "frozenColumnCount", 0));
  if (named.has("gridProperties.hideGridlines")) sheet.hiddenGridlines = g.hideGridlines === true;
  if (named.has("title")) {
    const title = p.title ?? "";
    checkTitle(b, title, sheet);
    sheet.name = title;
  }
  if (named.has("tabColor")) sheet.tabColor = hexOfPair(p.tabColor, p.tabColorStyle, "tabColor") ?? null;
  const sheets = b.ss.sheets;
  if (named.has("hidden")) {
    const hide = p.hidden === true;
    if (hide && !sheet.hidden && sheets.filter((s) => !s.hidden).length === 1)
      throw new InvalidRequest(SHEETS_API_ERRORS.hideAllSheets);
    if (hide) handOffActive(b, sheet, sheets.indexOf(sheet));
    sheet.hidden = hide;
  }
  if (named.has("index")) {
    const target = p.index == null ? sheets.length : count(p.index, "updateSheetProperties index", 0);
    if (target > sheets.length) refuse("updateSheetProperties.properties.index past the last sheet");
    const from = sheets.indexOf(sheet);
    sheets.splice(from, 1);
    sheets.splice(target > from ? target - 1 : target, 0, sheet);
  }
}

// ---- rows and columns ---------------------------------------------------------------------------------

export function updateDimensionProperties(
  b: Batch,
  r: GoogleAppsScript.Sheets.Schema.UpdateDimensionPropertiesRequest,
): void {
  onlyKeys(r, ["range", "properties", "fields"], "updateDimensionProperties");
  if (!r.fields) throw new InvalidRequest(SHEETS_API_ERRORS.noFields);
  if (!r.range) refuse("updateDimensionProperties without a range");
  const props = r.properties ?? {};
  onlyKeys(props, ["pixelSize", "hiddenByUser"], "updateDimensionProperties.properties");
  const named = new Set<string>();
  for (const path of parseFieldMask(r.fields, "updateDimensionProperties.fields")) {
    if (path === "*") {
      named.add("pixelSize");
      named.add("hiddenByUser");
    } else if (path === "pixelSize" || path === "hiddenByUser") named.add(path);
    else refuse(`updateDimensionProperties.fields naming "${path}"`);
  }
  const sheet = b.writable(b.grid(sheetIdOf(r.range, "updateDimensionProperties.range")));
  const span = spanOf(sheet, r.range, "updateDimensionProperties.range");
  const size = named.has("pixelSize") ? count(props.pixelSize, "updateDimensionProperties pixelSize", 1) : 0;
  const sizes = span.rows ? sheet.rowHeights : sheet.colWidths;
  const hidden = { ...((span.rows ? sheet.hiddenRows : sheet.hiddenCols) ?? {}) };
  for (let i = span.start; i < span.end; i++) {
    if (named.has("pixelSize")) sizes[i] = size;
    if (named.has("hiddenByUser")) {
      if (props.hiddenByUser === true) hidden[i] = true;
      else delete hidden[i];
    }
  }
  if (named.has("hiddenByUser")) {
    const value = Object.keys(hidden).length > 0 ? hidden : undefined;
    if (span.rows) setOrDelete(sheet, "hiddenRows", value);
    else setOrDelete(sheet, "hiddenCols", value);
  }
}

function setOrDelete<K extends keyof SheetData>(
  sheet: SheetData,
  key: K,
  value: SheetData[K] | undefined,
): void {
  if (value === undefined) delete sheet[key];
  else sheet[key] = value;
}

export function appendDimension(b: Batch, r: GoogleAppsScript.Sheets.Schema.AppendDimensionRequest): void {
  onlyKeys(r, ["sheetId", "dimension", "length"], "appendDimension");
  const sheet = b.writable(b.grid(sheetIdOf(r, "appendDimension")));
  const n = count(r.length, "appendDimension.length", 1);
  if (r.dimension === "ROWS") sheet.maxRows += n;
  else if (r.dimension === "COLUMNS") sheet.maxCols += n;
  else refuse(`appendDimension.dimension "${r.dimension}"`);
  b.checkCellLimit();
}

/** New rows or columns take the formats and size of the one before them (inheritFromBefore) or after them. */
export function insertDimension(b: Batch, r: GoogleAppsScript.Sheets.Schema.InsertDimensionRequest): void {
  onlyKeys(r, ["range", "inheritFromBefore"], "insertDimension");
  if (!r.range) refuse("insertDimension without a range");
  const sheet = b.writable(b.grid(sheetIdOf(r.range, "insertDimension.range")));
  const span = spanOf(sheet, r.range, "insertDimension.range", true);
  const axis = span.rows ? "rows" : "columns";
  const count0 = span.rows ? sheet.maxRows : sheet.maxCols;
  if (span.start > count0) refuse("insertDimension past the sheet's end");
  const before = r.inheritFromBefore === true;
  if (before && span.start === 0) refuse("insertDimension inheriting from before the first row or column");
  const n = span.end - span.start;
  shiftSheet(sheet, axis, span.start, n);
  const from = before ? span.start - 1 : span.end;
  if (from < (span.rows ? sheet.maxRows : sheet.maxCols)) {
    inheritFormats(sheet, axis, from, span.start, n);
    const sizes = span.rows ? sheet.rowHeights : sheet.colWidths;
    const size = sizes[from];
    if (size !== undefined) for (let i = span.start; i < span.end; i++) sizes[i] = size;
  }
  b.checkCellLimit();
}

export function deleteDimension(b: Batch, r: GoogleAppsScript.Sheets.Schema.DeleteDimensionRequest): void {
  onlyKeys(r, ["range"], "deleteDimension");
  if (!r.range) refuse("deleteDimension without a range");
  const sheet = b.writable(b.grid(sheetIdOf(r.range, "deleteDimension.range")));
  const span = spanOf(sheet, r.range, "deleteDimension.range", true);
  const total = span.rows ? sheet.maxRows : sheet.maxCols;
  if (span.end > total) {
    throw new InvalidRequest(
      SHEETS_API_ERRORS.deleteMissing(span.rows ? "row" : "column", Math.max(span.start, total), total),
    );
  }
  const frozen = span.rows ? sheet.frozenRows : sheet.frozenCols;
  if (total - (span.end - span.start) <= frozen)
    throw new InvalidRequest(
      span.rows ? SHEETS_API_ERRORS.deleteAllRows : SHEETS_API_ERRORS.deleteAllColumns,
    );
  shiftSheet(sheet, span.rows ? "rows" : "columns", span.start, span.start - span.end);
}

// ---- protection, filter, conditional formats, developer metadata ---------------------------------------

/** A protected range as the API answers it (ids are given to protections made by SpreadsheetApp on first use). */
export function protectedRangeOf(
  b: { nextObjectId(): number; userEmail: string },
  sheet: SheetData,
  p: ProtectionData,
): GoogleAppsScript.Sheets.Schema.ProtectedRange {
  if (p.id === undefined) p.id = b.nextObjectId();
  const out: GoogleAppsScript.Sheets.Schema.ProtectedRange = {
    protectedRangeId: p.id,
    range: p.range ? gridRangeOf(sheet.id, p.range) : { sheetId: sheet.id },
  };
  if (p.description) out.description = p.description;
  if (p.warningOnly) out.warningOnly = true;
  else out.editors = { users: [b.userEmail] };
  out.requestingUserCanEdit = true;
  return out;
}

export function addProtectedRange(
  b: Batch,
  r: GoogleAppsScript.Sheets.Schema.AddProtectedRangeRequest,
): Reply {
  onlyKeys(r, ["protectedRange"], "addProtectedRange");
  const pr = r.protectedRange ?? {};
  const { unprotectedRanges, requestingUserCanEdit: _readOnly, ...rest } = pr;
  if (unprotectedRanges && unprotectedRanges.length > 0) refuse("addProtectedRange with unprotectedRanges");
  onlyKeys(
    rest,
    ["protectedRangeId", "range", "description", "warningOnly"],
    "addProtectedRange.protectedRange",
  );
  if (!pr.range) refuse("addProtectedRange without a range");
  const sheet = b.writable(b.grid(sheetIdOf(pr.range, "addProtectedRange.range")));
  const data: ProtectionData = {
    range: isWholeSheet(pr.range) ? null : boxOf(sheet, pr.range, "addProtectedRange.range"),
    description: pr.description ?? "",
    warningOnly: pr.warningOnly === true,
  };
  if (pr.protectedRangeId != null) {
    const id = count(pr.protectedRangeId, "addProtectedRange protectedRangeId", 0);
    if (b.ss.sheets.some((s) => s.protections.some((x) => x.id === id)))
      refuse("addProtectedRange with the id of an existing protected range");
    data.id = id;
    b.ss.nextObjectId = Math.max(b.ss.nextObjectId ?? 1, id + 1);
  }
  sheet.protections.push(data);
  return { addProtectedRange: { protectedRange: protectedRangeOf(b, sheet, data) } };
}

/** Sets (or replaces) the sheet's basic filter; filter criteria and sort specs are not emulated. */
export function setBasicFilter(b: Batch, r: GoogleAppsScript.Sheets.Schema.SetBasicFilterRequest): void {
  onlyKeys(r, ["filter"], "setBasicFilter");
  const f = (r.filter ?? {}) as Record<string, unknown>;
  for (const k of ["criteria", "filterSpecs", "sortSpecs"]) {
    const v = f[k];
    if (v && (Array.isArray(v) ? v.length > 0 : Object.keys(v).length > 0))
      refuse(`setBasicFilter.filter.${k}`);
  }
  onlyKeys(f, ["range", "criteria", "filterSpecs", "sortSpecs"], "setBasicFilter.filter");
  const range = f.range as GoogleAppsScript.Sheets.Schema.GridRange | undefined;
  if (!range) refuse("setBasicFilter without a range");
  const sheet = b.writable(b.grid(sheetIdOf(range, "setBasicFilter.filter.range")));
  sheet.filter = boxOf(sheet, range, "setBasicFilter.filter.range");
}

/** API condition types -> the BooleanCriteria names the model keeps (those SpreadsheetApp's builder makes). */
const CONDITIONS: Record<string, string> = {
  TEXT_EQ: "TEXT_EQUAL_TO",
  TEXT_CONTAINS: "TEXT_CONTAINS",
  CUSTOM_FORMULA: "CUSTOM_FORMULA",
  BLANK: "CELL_EMPTY",
};
const API_CONDITIONS: Record<string, string> = Object.fromEntries(
  Object.entries(CONDITIONS).map(([api, model]) => [model, api]),
);

export function addConditionalFormatRule(
  b: Batch,
  r: GoogleAppsScript.Sheets.Schema.AddConditionalFormatRuleRequest,
): void {
  onlyKeys(r, ["rule", "index"], "addConditionalFormatRule");
  const rule = r.rule ?? {};
  onlyKeys(rule, ["ranges", "booleanRule"], "addConditionalFormatRule.rule");
  const ranges = rule.ranges ?? [];
  if (ranges.length === 0) refuse("addConditionalFormatRule without ranges");
  const sheetId = sheetIdOf(ranges[0]!, "addConditionalFormatRule.rule.ranges[0]");
  if (ranges.some((g) => sheetIdOf(g, "addConditionalFormatRule.rule.ranges") !== sheetId))
    refuse("addConditionalFormatRule with ranges on different sheets");
  const sheet = b.writable(b.grid(sheetId));
  const boxes = ranges.map((g) => boxOf(sheet, g, "addConditionalFormatRule.rule.ranges[]"));
  const br = rule.booleanRule;
  if (!br?.condition) refuse("addConditionalFormatRule without a booleanRule condition");
  onlyKeys(br, ["condition", "format"], "booleanRule");
  onlyKeys(br.condition, ["type", "values"], "booleanRule.condition");
  const type = CONDITIONS[br.condition.type ?? ""];
  if (!type) refuse(`booleanRule.condition.type "${String(br.condition.type)}"`);
  const values = (br.condition.values ?? []).map((v) => {
    onlyKeys(v, ["userEnteredValue"], "booleanRule.condition.values[]");
    if (typeof v.userEnteredValue !== "string")
      refuse("booleanRule.condition.values[] without userEnteredValue");
    return v.userEnteredValue;
  });
  const fmt = br.format ?? {};
  onlyKeys(fmt, ["backgroundColor", "backgroundColorStyle", "textFormat"], "booleanRule.format");
  const text = fmt.textFormat ?? {};
  onlyKeys(text, ["bold", "foregroundColor", "foregroundColorStyle"], "booleanRule.format.textFormat");
  const format: ConditionalFormatRuleData["format"] = {};
  const bg = hexOfPair(fmt.backgroundColor, fmt.backgroundColorStyle, "booleanRule.format.backgroundColor");
  if (bg) format.background = bg;
  const fc = hexOfPair(
    text.foregroundColor,
    text.foregroundColorStyle,
    "booleanRule.format.textFormat.foregroundColor",
  );
  if (fc) format.fontColor = fc;
  if (typeof text.bold === "boolean") format.bold = text.bold;
  const index = r.index == null ? 0 : count(r.index, "addConditionalFormatRule.index", 0);
  if (index > sheet.conditionalFormatRules.length)
    refuse("addConditionalFormatRule.index past the last rule");
  sheet.conditionalFormatRules.splice(index, 0, { ranges: boxes, condition: { type, values }, format });
}

/**
 * "Deletes a conditional format rule at the given index. All subsequent rules' indexes are decremented."
 * The reply holds the rule that was deleted (DeleteConditionalFormatRuleResponse.rule).
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#deleteconditionalformatrulerequest
 */
export function deleteConditionalFormatRule(
  b: Batch,
  r: GoogleAppsScript.Sheets.Schema.DeleteConditionalFormatRuleRequest,
): Reply {
  onlyKeys(r, ["sheetId", "index"], "deleteConditionalFormatRule");
  const sheet = b.writable(b.grid(sheetIdOf(r, "deleteConditionalFormatRule")));
  const index = r.index == null ? 0 : count(r.index, "deleteConditionalFormatRule.index", 0);
  if (index >= sheet.conditionalFormatRules.length)
    refuse("deleteConditionalFormatRule.index past the last rule");
  const [rule] = sheet.conditionalFormatRules.splice(index, 1);
  return { deleteConditionalFormatRule: { rule: conditionalFormatOf(sheet.id, rule!) } };
}

/**
 * A rule as the API answers it (Sheet.conditionalFormats, ConditionalFormatRule): its ranges with every index,
 * the booleanRule's condition in the API's type names, its format's colours as Color and ColorStyle. A rule
 * whose condition has no API name the emulator knows is not emulated.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#ConditionalFormatRule
 */
export function conditionalFormatOf(
  sheetId: number,
  rule: ConditionalFormatRuleData,
): GoogleAppsScript.Sheets.Schema.ConditionalFormatRule {
  const type = API_CONDITIONS[rule.condition.type];
  if (!type) throw notEmulated(`a conditional format rule of type ${rule.condition.type} in the Sheets API`);
  const condition: GoogleAppsScript.Sheets.Schema.BooleanCondition = { type };
  if (rule.condition.values.length > 0)
    condition.values = rule.condition.values.map((v) => ({ userEnteredValue: v }));
  const format: GoogleAppsScript.Sheets.Schema.CellFormat = {};
  const { background, fontColor, bold } = rule.format;
  if (background) {
    format.backgroundColor = colorOf(background);
    format.backgroundColorStyle = { rgbColor: colorOf(background) };
  }
  const text: GoogleAppsScript.Sheets.Schema.TextFormat = {};
  if (fontColor) {
    text.foregroundColor = colorOf(fontColor);
    text.foregroundColorStyle = { rgbColor: colorOf(fontColor) };
  }
  if (bold !== undefined) text.bold = bold;
  if (Object.keys(text).length > 0) format.textFormat = text;
  return { ranges: rule.ranges.map((box) => gridRangeOf(sheetId, box)), booleanRule: { condition, format } };
}

/** Developer metadata as the API answers it. */
export function developerMetadataOf(
  md: DeveloperMetadataData,
  sheetId: number | null,
): GoogleAppsScript.Sheets.Schema.DeveloperMetadata {
  const out: GoogleAppsScript.Sheets.Schema.DeveloperMetadata = {
    metadataId: md.id,
    metadataKey: md.key,
    location:
      sheetId === null
        ? { locationType: "SPREADSHEET", spreadsheet: true }
        : { locationType: "SHEET", sheetId },
    visibility: md.visibility,
  };
  if (md.value !== undefined) out.metadataValue = md.value;
  return out;
}

/** Metadata on a sheet ({sheetId}) or on the spreadsheet ({spreadsheet: true}); rows and columns not emulated. */
export function createDeveloperMetadata(
  b: Batch,
  r: GoogleAppsScript.Sheets.Schema.CreateDeveloperMetadataRequest,
): Reply {
  onlyKeys(r, ["developerMetadata"], "createDeveloperMetadata");
  const md = r.developerMetadata ?? {};
  onlyKeys(md, ["metadataId", "metadataKey", "metadataValue", "visibility", "location"], "developerMetadata");
  if (typeof md.metadataKey !== "string" || md.metadataKey === "")
    refuse("developerMetadata without a metadataKey");
  if (md.visibility !== "DOCUMENT" && md.visibility !== "PROJECT")
    refuse(`developerMetadata.visibility "${String(md.visibility)}"`);
  if (md.metadataValue != null && typeof md.metadataValue !== "string")
    refuse("developerMetadata.metadataValue");
  const loc = md.location ?? {};
  onlyKeys(loc, ["sheetId", "spreadsheet", "locationType"], "developerMetadata.location");
  const all = [...(b.ss.developerMetadata ?? []), ...b.ss.sheets.flatMap((s) => s.developerMetadata ?? [])];
  let id: number;
  if (md.metadataId != null) {
    id = count(md.metadataId, "developerMetadata.metadataId", 0);
    if (all.some((x) => x.id === id)) refuse("developerMetadata with the id of existing metadata");
    b.ss.nextObjectId = Math.max(b.ss.nextObjectId ?? 1, id + 1);
  } else id = b.nextObjectId();
  const data: DeveloperMetadataData = { id, key: md.metadataKey, visibility: md.visibility };
  if (md.metadataValue != null) data.value = md.metadataValue;
  if (loc.spreadsheet === true && loc.sheetId == null) {
    b.ss.developerMetadata = [...(b.ss.developerMetadata ?? []), data];
    return { createDeveloperMetadata: { developerMetadata: developerMetadataOf(data, null) } };
  }
  if (loc.sheetId == null || loc.spreadsheet)
    refuse("developerMetadata.location other than a sheet or the spreadsheet");
  const sheet = b.writable(b.sheet(sheetIdOf(loc, "developerMetadata.location"), SHEETS_API_ERRORS.noSheet));
  sheet.developerMetadata = [...(sheet.developerMetadata ?? []), data];
  return { createDeveloperMetadata: { developerMetadata: developerMetadataOf(data, sheet.id) } };
}
