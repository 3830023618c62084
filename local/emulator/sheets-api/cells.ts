/**
 * Writing CellData (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/cells)
 * into the model's cells under a field mask: only the fields the mask names change; a named field that the
 * given CellData leaves out is cleared ("If the data in rows does not cover the entire requested range, the
 * fields matching those set in fields will be cleared"; `*` names every field).
 *
 * Emulated fields, with what they become in the model (read back through SpreadsheetApp):
 * - userEnteredValue: stringValue (always text, even "=1+1" or "12"), numberValue, boolValue, formulaValue
 *   (a formula; evaluated as SpreadsheetApp's formulas are, see ../spreadsheet/input.ts). A number in a cell
 *   with a date or time pattern reads back as a Date, as in Sheets.
 * - userEnteredFormat: backgroundColor(Style), textFormat.bold / italic / fontSize / foregroundColor(Style),
 *   wrapStrategy, horizontalAlignment, verticalAlignment, numberFormat (a pattern; TEXT without one is "@").
 * - note.
 * - dataValidation: cleared (a mask naming it, with no rule given), or a rule of validationRule below: a
 *   checkbox, a condition `BOOLEAN` without values ("The cell's value must be TRUE/FALSE … Renders as a cell
 *   checkbox … No values indicates the cell must be TRUE or FALSE, where TRUE renders as checked and FALSE
 *   renders as unchecked",
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/other#ConditionType),
 *   or a drop-down (ONE_OF_LIST, ONE_OF_RANGE). Any other rule throws "Not emulated: …".
 * Anything else the mask names and the data gives (borders, fonts, rich text, hyperlinks, pivot tables,
 * theme colours, …) throws "Not emulated: …".
 */
import { type A1Ref, boxToA1WithSheet, parseA1, resolveA1 } from "../spreadsheet/a1";
import { isDatePattern } from "../spreadsheet/display";
import { CONTENT_KEYS, ensureCell } from "../spreadsheet/grid";
import { type Content, parseTyped } from "../spreadsheet/input";
import { localeInfo } from "../spreadsheet/locale";
import type {
  DataValidationData,
  CellData as ModelCell,
  SheetData,
  SpreadsheetData,
} from "../spreadsheet/model";
import { fromSerial, toSerial } from "../spreadsheet/time";
import { isDate } from "../values";
import { refuse } from "./batch";
import { InvalidRequest, SHEETS_API_ERRORS } from "./errors";
import { parseFieldMask, selects } from "./fieldmask";
import { hexOfPair, isObject, onlyKeys } from "./shapes";

type ApiCell = GoogleAppsScript.Sheets.Schema.CellData;

/** The model's attributes a mask can reach. */
type AttrName = "value" | "bg" | "fw" | "fst" | "fs" | "fc" | "wrap" | "ha" | "va" | "nf" | "note" | "dv";

const FORMAT_ATTRS: AttrName[] = ["bg", "fw", "fst", "fs", "fc", "wrap", "ha", "va", "nf"];
const TEXT_ATTRS: AttrName[] = ["fw", "fst", "fs", "fc"];

/** Mask path -> the attributes it reaches. A path above these (userEnteredFormat…) reaches all below it. */
const PATHS: Record<string, AttrName[]> = {
  "*": ["value", ...FORMAT_ATTRS, "note", "dv"],
  userEnteredValue: ["value"],
  userEnteredFormat: FORMAT_ATTRS,
  "userEnteredFormat.backgroundColor": ["bg"],
  "userEnteredFormat.backgroundColorStyle": ["bg"],
  "userEnteredFormat.textFormat": TEXT_ATTRS,
  "userEnteredFormat.textFormat.bold": ["fw"],
  "userEnteredFormat.textFormat.italic": ["fst"],
  "userEnteredFormat.textFormat.fontSize": ["fs"],
  "userEnteredFormat.textFormat.foregroundColor": ["fc"],
  "userEnteredFormat.textFormat.foregroundColorStyle": ["fc"],
  "userEnteredFormat.wrapStrategy": ["wrap"],
  "userEnteredFormat.horizontalAlignment": ["ha"],
  "userEnteredFormat.verticalAlignment": ["va"],
  "userEnteredFormat.numberFormat": ["nf"],
  note: ["note"],
  dataValidation: ["dv"],
};

/** A compiled `fields` mask of CellData. */
export interface CellMask {
  paths: string[];
  attrs: Set<AttrName>;
}

export function cellMask(fields: unknown, what: string): CellMask {
  if (fields === undefined || fields === null || fields === "")
    throw new InvalidRequest(SHEETS_API_ERRORS.noFields);
  if (typeof fields !== "string") refuse(`${what}.fields that is not a string`);
  const paths = parseFieldMask(fields, `${what}.fields`);
  const attrs = new Set<AttrName>();
  for (const p of paths) {
    const reached = PATHS[p];
    if (!reached) refuse(`${what}.fields naming "${p}"`);
    for (const a of reached) attrs.add(a);
  }
  return { paths, attrs };
}

/** Where written values are interpreted: the spreadsheet's locale and time zone. */
export interface CellTarget {
  ss: SpreadsheetData;
  sheet: SheetData;
}

/** The model's values for the masked attributes, from one API CellData (absent = clear). */
type Parsed = Partial<Record<AttrName, unknown>> & { content?: Content };

const CELL_KEYS = ["userEnteredValue", "userEnteredFormat", "note", "dataValidation"];
/** Read-only fields of CellData: the API ignores them in what is written. */
const READ_ONLY = ["effectiveValue", "formattedValue", "effectiveFormat", "hyperlink"];
const FORMAT_KEYS = [
  "backgroundColor",
  "backgroundColorStyle",
  "textFormat",
  "wrapStrategy",
  "horizontalAlignment",
  "verticalAlignment",
  "numberFormat",
];
const TEXT_KEYS = ["bold", "italic", "fontSize", "foregroundColor", "foregroundColorStyle"];

const WRAP: Record<string, { wrap?: boolean; clip?: boolean } | null> = {
  OVERFLOW_CELL: { wrap: false },
  WRAP: { wrap: true },
  CLIP: { clip: true },
  WRAP_STRATEGY_UNSPECIFIED: null,
};
const H_ALIGN: Record<string, string | null> = {
  LEFT: "left",
  CENTER: "center",
  RIGHT: "right",
  HORIZONTAL_ALIGN_UNSPECIFIED: null,
};
const V_ALIGN: Record<string, string | null> = {
  TOP: "top",
  MIDDLE: "middle",
  BOTTOM: "bottom",
  VERTICAL_ALIGN_UNSPECIFIED: null,
};
const NUMBER_FORMAT_TYPES = [
  "NUMBER_FORMAT_TYPE_UNSPECIFIED",
  "TEXT",
  "NUMBER",
  "PERCENT",
  "CURRENCY",
  "DATE",
  "TIME",
  "DATE_TIME",
  "SCIENTIFIC",
];

function enumValue<T>(table: Record<string, T>, v: unknown, what: string): T | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string" || !(v in table)) refuse(`${what} "${String(v)}"`);
  return table[v as string];
}

/** Checks that nothing the mask selects is outside what the emulator models. */
function checkModelled(
  given: Record<string, unknown>,
  keys: readonly string[],
  prefix: string,
  mask: CellMask,
) {
  for (const [k, v] of Object.entries(given)) {
    if (v === undefined || v === null || keys.includes(k)) continue;
    const path = prefix ? `${prefix}.${k}` : k;
    if (!prefix && READ_ONLY.includes(k)) continue;
    if (selects(mask.paths, path)) refuse(`CellData.${path}`);
  }
}

function parseValue(v: unknown, t: CellTarget): Content {
  if (v === undefined || v === null) return {};
  if (!isObject(v)) refuse("CellData.userEnteredValue that is not an ExtendedValue");
  const set = Object.entries(v).filter(([, x]) => x !== undefined && x !== null);
  if (set.length === 0) return {};
  if (set.length > 1) refuse("CellData.userEnteredValue with more than one kind of value");
  const [kind, x] = set[0]!;
  const tooLong = (s: string) => {
    if (s.length > 50_000) throw new InvalidRequest(SHEETS_API_ERRORS.cellTooLong);
  };
  switch (kind) {
    case "stringValue":
      if (typeof x !== "string") refuse("userEnteredValue.stringValue that is not a string");
      tooLong(x);
      return x === "" ? {} : { v: x };
    case "numberValue":
      if (typeof x !== "number" || !Number.isFinite(x))
        refuse("userEnteredValue.numberValue that is not a number");
      return { v: x };
    case "boolValue":
      if (typeof x !== "boolean") refuse("userEnteredValue.boolValue that is not a boolean");
      return { v: x };
    case "formulaValue":
      if (typeof x !== "string" || !x.startsWith("=") || x.length < 2)
        refuse("userEnteredValue.formulaValue that does not start with =");
      tooLong(x);
      return parseTyped(x, localeInfo(t.ss.locale), t.ss.timeZone);
    default:
      refuse(`userEnteredValue.${kind}`);
  }
}

/** The masked attributes' new values from `given` (undefined: clear). */
export function parseCell(given: ApiCell | undefined, mask: CellMask, t: CellTarget): Parsed {
  const cell = (given ?? {}) as Record<string, unknown>;
  if (!isObject(cell)) refuse("CellData that is not an object");
  checkModelled(cell, CELL_KEYS, "", mask);
  const fmt = (cell.userEnteredFormat ?? {}) as Record<string, unknown>;
  if (!isObject(fmt)) refuse("CellData.userEnteredFormat that is not a CellFormat");
  checkModelled(fmt, FORMAT_KEYS, "userEnteredFormat", mask);
  const text = (fmt.textFormat ?? {}) as Record<string, unknown>;
  if (!isObject(text)) refuse("userEnteredFormat.textFormat that is not a TextFormat");
  checkModelled(text, TEXT_KEYS, "userEnteredFormat.textFormat", mask);
  const a = mask.attrs;
  const out: Parsed = {};
  if (a.has("value")) out.content = parseValue(cell.userEnteredValue, t);
  if (a.has("bg"))
    out.bg = hexOfPair(fmt.backgroundColor, fmt.backgroundColorStyle, "userEnteredFormat.backgroundColor");
  if (a.has("fw")) out.fw = bool(text.bold, "textFormat.bold") ? "bold" : undefined;
  if (a.has("fst")) out.fst = bool(text.italic, "textFormat.italic") ? "italic" : undefined;
  if (a.has("fs")) {
    const fs = text.fontSize;
    if (fs !== undefined && fs !== null && (typeof fs !== "number" || !(fs > 0)))
      refuse("textFormat.fontSize that is not a positive number");
    out.fs = fs ?? undefined;
  }
  if (a.has("fc"))
    out.fc = hexOfPair(text.foregroundColor, text.foregroundColorStyle, "textFormat.foregroundColor");
  if (a.has("wrap"))
    out.wrap = enumValue(WRAP, fmt.wrapStrategy, "userEnteredFormat.wrapStrategy") ?? undefined;
  if (a.has("ha"))
    out.ha =
      enumValue(H_ALIGN, fmt.horizontalAlignment, "userEnteredFormat.horizontalAlignment") ?? undefined;
  if (a.has("va"))
    out.va = enumValue(V_ALIGN, fmt.verticalAlignment, "userEnteredFormat.verticalAlignment") ?? undefined;
  if (a.has("nf")) out.nf = numberFormat(fmt.numberFormat);
  if (a.has("note")) {
    const note = cell.note;
    if (note !== undefined && note !== null && typeof note !== "string")
      refuse("CellData.note that is not a string");
    out.note = note || undefined;
  }
  if (a.has("dv") && cell.dataValidation !== undefined && cell.dataValidation !== null)
    out.dv = validationRule(cell.dataValidation, t.ss, "CellData.dataValidation");
  return out;
}

/**
 * A DataValidationRule (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/cells#DataValidationRule)
 * as the model keeps one, for the conditions the emulator knows
 * (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/other#ConditionType):
 * - BOOLEAN without values: a checkbox;
 * - ONE_OF_LIST: "The cell's value must be in the list of condition values … Supports any number of condition
 *   values, one per item in the list. Formulas are not supported in the values": a drop-down of the values;
 * - ONE_OF_RANGE: "The cell's value must be listed in the grid in condition value's range … Requires a single
 *   ConditionValue, and the value should be a valid range in A1 notation" (`=Tab!B2:B40`): a drop-down of a
 *   range, kept as the range SpreadsheetApp's requireValueInRange keeps (`Tab!B2:B40`). A range open at an end
 *   (`Tab!B2:B`), which Sheets keeps open, is not emulated.
 * `strict`: "True if invalid data should be rejected"; `showCustomUi`: "If true, "List" conditions will show a
 * dropdown" (false when left out); `inputMessage`: the help text. One frozen object, shared by every cell it
 * is set on (as a rule built with SpreadsheetApp is).
 */
export function validationRule(rule: unknown, ss: SpreadsheetData, what: string): DataValidationData {
  if (!isObject(rule)) return refuse(`${what} that is not a DataValidationRule`);
  onlyKeys(rule, ["condition", "strict", "showCustomUi", "inputMessage"], what);
  const condition = rule.condition;
  if (!isObject(condition)) return refuse(`${what} without a condition`);
  onlyKeys(condition, ["type", "values"], `${what}.condition`);
  if (condition.values !== undefined && condition.values !== null && !Array.isArray(condition.values))
    return refuse(`${what}.condition.values that is not a list`);
  const values = ((condition.values ?? []) as unknown[]).map((v) => {
    if (!isObject(v)) return refuse(`${what}.condition.values[] that is not a ConditionValue`);
    onlyKeys(v, ["userEnteredValue"], `${what}.condition.values[]`);
    if (typeof v.userEnteredValue !== "string")
      return refuse(`${what}.condition.values[] without a userEnteredValue`);
    return v.userEnteredValue;
  });
  const strict = bool(rule.strict, `${what}.strict`);
  const showDropdown = bool(rule.showCustomUi, `${what}.showCustomUi`);
  const inputMessage = rule.inputMessage;
  if (inputMessage !== undefined && inputMessage !== null && typeof inputMessage !== "string")
    return refuse(`${what}.inputMessage that is not a string`);
  let dv: DataValidationData;
  switch (condition.type) {
    case "BOOLEAN":
      if (values.length > 0) return refuse(`${what} BOOLEAN with checked / unchecked values`);
      dv = { kind: "checkbox", strict };
      break;
    case "ONE_OF_LIST":
      if (values.length === 0) return refuse(`${what} ONE_OF_LIST without values`);
      // "Formulas are supported (and must begin with an = or a '+')" (ConditionValue.userEnteredValue).
      if (values.some((v) => v.startsWith("=") || v.startsWith("+")))
        return refuse(`${what} ONE_OF_LIST with a formula among its values`);
      dv = { kind: "list", values, strict, showDropdown };
      break;
    case "ONE_OF_RANGE":
      if (values.length !== 1) return refuse(`${what} ONE_OF_RANGE without exactly one value`);
      dv = { kind: "range", range: rangeOf(values[0]!, ss, what), strict, showDropdown };
      break;
    default:
      return refuse(`${what} with a condition of type ${String(condition.type)}`);
  }
  if (inputMessage) dv.helpText = inputMessage;
  return Object.freeze(dv);
}

/** `=Tab!B2:B40` (or without `=`) as the model's `Tab!B2:B40`: the tab must exist and the range be closed. */
function rangeOf(value: string, ss: SpreadsheetData, what: string): string {
  let ref: A1Ref;
  try {
    ref = parseA1(value.replace(/^=/, ""));
  } catch (_e) {
    return refuse(`${what} ONE_OF_RANGE "${value}" that is not a range in A1 notation`);
  }
  const name = ref.sheetName?.toLowerCase();
  const sheet = ss.sheets.find((s) => s.name.toLowerCase() === name);
  if (!sheet) return refuse(`${what} ONE_OF_RANGE "${value}" without an existing tab`);
  if (ref.startRow === null || ref.endRow === null || ref.startCol === null || ref.endCol === null)
    return refuse(`${what} ONE_OF_RANGE "${value}" open at an end`);
  const r = resolveA1(ref, sheet.maxRows, sheet.maxCols);
  if (r.row + r.numRows - 1 > sheet.maxRows || r.col + r.numCols - 1 > sheet.maxCols)
    return refuse(`${what} ONE_OF_RANGE "${value}" beyond its tab's grid`);
  return boxToA1WithSheet(sheet.name, {
    row: r.row - 1,
    col: r.col - 1,
    numRows: r.numRows,
    numCols: r.numCols,
  });
}

function bool(v: unknown, what: string): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v !== "boolean") refuse(`${what} that is not a boolean`);
  return v;
}

/**
 * The model's number format: the pattern when one is given, "@" for TEXT without one. A type without a
 * pattern takes a default pattern of the spreadsheet's locale that the reference does not spell out: refused.
 */
function numberFormat(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) refuse("userEnteredFormat.numberFormat that is not a NumberFormat");
  onlyKeys(v, ["type", "pattern"], "userEnteredFormat.numberFormat");
  const type = v.type ?? "NUMBER_FORMAT_TYPE_UNSPECIFIED";
  if (typeof type !== "string" || !NUMBER_FORMAT_TYPES.includes(type))
    refuse(`userEnteredFormat.numberFormat.type "${String(type)}"`);
  const pattern = v.pattern;
  if (pattern !== undefined && pattern !== null && typeof pattern !== "string")
    refuse("userEnteredFormat.numberFormat.pattern that is not a string");
  if (pattern) return pattern;
  if (type === "TEXT") return "@";
  if (type === "NUMBER_FORMAT_TYPE_UNSPECIFIED") return undefined;
  return refuse(`userEnteredFormat.numberFormat of type ${type} without a pattern`);
}

function assign(cell: ModelCell, key: keyof ModelCell, v: unknown): void {
  if (v === undefined || v === null) delete cell[key];
  else (cell as Record<string, unknown>)[key] = v;
}

/** Writes the parsed attributes into the cell at (row, col) of `t.sheet` (0-based). */
export function writeCell(t: CellTarget, row: number, col: number, p: Parsed, mask: CellMask): void {
  const existing = t.sheet.cells[row]?.[col];
  const setsSomething = Object.entries(p).some(([k, v]) =>
    k === "content" ? (v as Content).v !== undefined || (v as Content).f !== undefined : v !== undefined,
  );
  if (!existing && !setsSomething) return;
  const cell = existing ?? ensureCell(t.sheet, row, col);
  const a = mask.attrs;
  if (p.content) {
    for (const k of CONTENT_KEYS) delete cell[k];
    if (p.content.v !== undefined) cell.v = p.content.v;
    if (p.content.f !== undefined) cell.f = p.content.f;
  }
  for (const k of ["bg", "fw", "fst", "fs", "fc", "ha", "va", "nf", "note"] as const) {
    if (a.has(k)) assign(cell, k, p[k]);
  }
  if (a.has("wrap")) {
    delete cell.wrap;
    delete cell.clip;
    const w = p.wrap as { wrap?: boolean; clip?: boolean } | undefined;
    if (w?.wrap !== undefined) cell.wrap = w.wrap;
    if (w?.clip) cell.clip = true;
  }
  if (a.has("dv")) assign(cell, "dv", p.dv);
  if (a.has("value") || a.has("nf")) settleDate(cell, t.ss.timeZone);
}

/**
 * Sheets keeps a date as a number with a date format; SpreadsheetApp reads such a cell as a Date. The model
 * keeps date values as Dates: a number under a date or time pattern becomes the Date of that serial, and a
 * Date under a number pattern becomes its serial number.
 */
function settleDate(cell: ModelCell, timeZone: string): void {
  const nf = cell.nf ?? "";
  if (typeof cell.v === "number" && !cell.f && isDatePattern(nf)) cell.v = fromSerial(cell.v, timeZone);
  else if (isDate(cell.v) && !cell.f && nf !== "" && nf !== "@" && !isDatePattern(nf))
    cell.v = toSerial(cell.v, timeZone);
}
