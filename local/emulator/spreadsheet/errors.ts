/**
 * Error texts of the Spreadsheet service, as Apps Script shows them (`Exception: <message>`).
 * Each text was checked against error reports of real scripts; where the emulator has to refuse something
 * whose real text is unknown, it says "Not emulated: …" instead of inventing one.
 */
import { isDate } from "../values";
export const SHEETS_ERRORS = {
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  outsideSheet: "The coordinates of the range are outside the dimensions of the sheet.",
  startRowTooSmall: "The starting row of the range is too small.",
  startColumnTooSmall: "The starting column of the range is too small.",
  rowsAtLeastOne: "The number of rows in the range must be at least 1.",
  columnsAtLeastOne: "The number of columns in the range must be at least 1.",
  rangeNotFound: "Range not found",
  cellOutOfRange: "Cell reference out of range",
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  sheetNameTooLong: "The sheet name cannot be greater than 100 characters.",
  removeAllSheets: "You can't remove all the sheets in a document.",
  removeAllVisibleSheets: "You can't remove all the visible sheets in a document.",
  hideAllSheets: "You can't hide all the sheets in a document.",
  mergePartial: "You must select all cells in a merged range to merge or unmerge them.",
  rowsOutOfBounds: "Those rows are out of bounds.",
  columnsOutOfBounds: "Those columns are out of bounds.",
  deleteAllRows: "Sorry, it is not possible to delete all non-frozen rows.",
  deleteAllColumns: "Sorry, it is not possible to delete all non-frozen columns.",
  cellTooLong: "Your input contains more than the maximum of 50000 characters in a single cell.",
  tooManyCells:
    "This action would increase the number of cells in the workbook above the limit of 10000000 cells.",
  filterExists: "You can't create a filter in a sheet that already has a filter.",
  openById: "Unexpected error while getting the method or property openById on object SpreadsheetApp.",
  openByUrl: "Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.",
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
} as const;

/** An error as Apps Script throws it: `e.name` is "Exception", `String(e)` is "Exception: <message>". */
export function gasError(message: string): Error {
  const e = new Error(message);
  e.name = "Exception";
  return e;
}

/** For behaviour the emulator does not know well enough to fake: fail loudly, like a missing method. */
export function notEmulated(what: string): Error {
  return new Error(`Not emulated: ${what}`);
}

/** How Apps Script names an argument's type in a signature error. */
function typeName(v: unknown): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (typeof v === "number") return "number";
  if (typeof v === "string") return "String";
  if (typeof v === "boolean") return "Boolean";
  if (isDate(v)) return "Date";
  const o = v as { _className?: unknown; _type?: unknown; _ordinal?: unknown };
  if (typeof o._type === "string" && typeof o._ordinal === "number") return o._type; // an enum value
  const cls = o._className;
  if (typeof cls === "string") return `SpreadsheetApp.${cls}`;
  return "Object";
}

/**
 * Classes not prefixed with "SpreadsheetApp." in messages: those of the Base service, and SpreadsheetApp itself
 * ("…for SpreadsheetApp.setActiveSheet.", as gas-fakes' signature checks write it).
 */
const UNPREFIXED_CLASSES = new Set(["Ui", "Menu", "PromptResponse", "SpreadsheetApp"]);

/**
 * `The parameters (String,number) don't match the method signature for SpreadsheetApp.Range.setValues.`
 * `method` is "Class.method".
 */
export function signatureError(method: string, args: ArrayLike<unknown>): Error {
  const types = Array.from(args, typeName).join(",");
  const qualified = UNPREFIXED_CLASSES.has(method.split(".")[0]!) ? method : `SpreadsheetApp.${method}`;
  return gasError(`The parameters (${types}) don't match the method signature for ${qualified}.`);
}

// Argument checks shared by the emulated classes; each throws the signature error of `method`.

export function checkIntegers(method: string, args: ArrayLike<unknown>, ...values: unknown[]): void {
  for (const v of values)
    if (typeof v !== "number" || !Number.isFinite(v)) throw signatureError(method, args);
}

export function checkString(method: string, args: ArrayLike<unknown>, v: unknown): asserts v is string {
  if (typeof v !== "string") throw signatureError(method, args);
}

export function checkBoolean(method: string, args: ArrayLike<unknown>, v: unknown): asserts v is boolean {
  if (typeof v !== "boolean") throw signatureError(method, args);
}

export function checkGrid(method: string, args: ArrayLike<unknown>, v: unknown): asserts v is unknown[][] {
  if (!Array.isArray(v) || !v.every((row) => Array.isArray(row))) throw signatureError(method, args);
}
