/**
 * Errors of the advanced Sheets service as Apps Script raises them.
 *
 * As for every advanced service, Apps Script turns the API's JSON error into a GoogleJsonResponseException
 * whose message is `API call to <api method> failed with error: <the API's message>` (see
 * ../calendar/errors.ts), e.g. for a quota error (reported by a script's user):
 *   GoogleJsonResponseException: API call to sheets.spreadsheets.batchUpdate failed with error: Quota exceeded
 *   for quota metric 'Write requests' and limit 'Write requests per minute per user' of service
 *   'sheets.googleapis.com' for consumer 'project_number:…'
 *
 * A request of a batchUpdate that is not valid fails the whole batch with 400 INVALID_ARGUMENT and a message
 * `Invalid requests[<i>].<request>: <reason>` (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/batchUpdate:
 * "If any request is not valid then the entire request will fail and nothing will be applied"). The reasons
 * below are the API's texts as its users report them (issue threads, error handlers in public code); the
 * reference pages list none. Where a text has not been seen, the emulator throws "Not emulated: …" instead.
 */
import { type ApiErrorDetails, GoogleJsonResponseException } from "../calendar/errors";
import type { FaultSpec } from "../runtime";
import { SHEETS_ERRORS } from "../spreadsheet/errors";

export { GoogleJsonResponseException };

export interface SheetsApiErrorKind {
  code: number;
  reason: string;
  message: string;
}

const bad = (message: string): SheetsApiErrorKind => ({ code: 400, reason: "badRequest", message });

/** Project number in quota messages (any project's number; the real one is the script's Cloud project). */
export const PROJECT_NUMBER = "1040563719283";

/** Reasons (without the `Invalid requests[i].<request>: ` prefix) and whole errors, by name. */
export const SHEETS_API_ERRORS = {
  // ---- whole-call errors ------------------------------------------------------------------------------
  /** The standard 403 for a token without a scope the method accepts (as for every Google API). */
  insufficientScopes: {
    code: 403,
    reason: "insufficientPermissions",
    message: "Request had insufficient authentication scopes.",
  },
  /** 403 PERMISSION_DENIED: a spreadsheet the caller may not open (e.g. under drive.file, one it did not create). */
  permissionDenied: { code: 403, reason: "forbidden", message: "The caller does not have permission" },
  /** 404 NOT_FOUND: no spreadsheet with that id. */
  notFound: { code: 404, reason: "notFound", message: "Requested entity was not found." },
  /** 429 RESOURCE_EXHAUSTED, per minute per user (https://developers.google.com/workspace/sheets/api/limits). */
  writeQuota: {
    code: 429,
    reason: "rateLimitExceeded",
    message: `Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:${PROJECT_NUMBER}'.`,
  },
  readQuota: {
    code: 429,
    reason: "rateLimitExceeded",
    message: `Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:${PROJECT_NUMBER}'.`,
  },
  /**
   * A call whose body passes 10,485,760 bytes. Not in the reference pages; the API's users report this 400
   * (https://github.com/jlolling/talendcomp_tGoogleSheet/issues/1: "code": 400, "reason": "badRequest",
   * "status": "INVALID_ARGUMENT") and Google calls it a limit of the API's infrastructure
   * (https://github.com/googleworkspace/dotnet-samples/issues/23).
   */
  payloadTooLarge: bad("Request payload size exceeds the limit: 10485760 bytes."),
  /** A batchUpdate without requests. */
  noRequests: bad("Must specify at least one request."),
  /** A request whose name the API does not know. */
  unknownRequest: (index: number, name: string) =>
    bad(`Invalid JSON payload received. Unknown name "${name}" at 'requests[${index}]': Cannot find field.`),

  // ---- reasons of one request (prefixed with `Invalid requests[i].<request>: `) ---------------------------
  sheetExists: SHEETS_ERRORS.sheetExists,
  sheetNameEmpty: "The sheet name cannot be empty.",
  sheetNameTooLong: SHEETS_ERRORS.sheetNameTooLong,
  noSheet: (id: number) => `No sheet with id: ${id}`,
  noGrid: (id: number) => `No grid with id: ${id}`,
  removeAllSheets: SHEETS_ERRORS.removeAllSheets,
  /** The texts below are SpreadsheetApp's for the same rule, which Sheets' API shares with it. */
  removeAllVisibleSheets: SHEETS_ERRORS.removeAllVisibleSheets,
  hideAllSheets: SHEETS_ERRORS.hideAllSheets,
  deleteAllRows: SHEETS_ERRORS.deleteAllRows,
  deleteAllColumns: SHEETS_ERRORS.deleteAllColumns,
  mergePartial: SHEETS_ERRORS.mergePartial,
  cellTooLong: SHEETS_ERRORS.cellTooLong,
  noFields: "At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)",
  /** `range` in A1 notation with the sheet's name, e.g. `Sheet1!A3:C3`. */
  exceedsGrid: (range: string, maxRows: number, maxCols: number) =>
    `Range (${range}) exceeds grid limits. Max rows: ${maxRows}, max columns: ${maxCols}`,
  /** appendCells past the sheet's last column (0-based indexes). */
  beyondLastColumn: (column: number, last: number) =>
    `Attempting to write column: ${column}, beyond the last requested column of: ${last}`,
  /** deleteDimension past the end: `index` is the first of them that does not exist. */
  deleteMissing: (what: "row" | "column", index: number, count: number) =>
    `Cannot delete a ${what} that doesn't exist. Tried to delete ${what} index ${index} but there are only ${count} ${what}s.`,
  mergeFrozen: (what: "rows" | "columns") => `You can't merge frozen and non-frozen ${what}.`,
  tooManyCells: SHEETS_ERRORS.tooManyCells,
} as const;

/** `Sheets.Spreadsheets.batchUpdate` -> `sheets.spreadsheets.batchUpdate`. */
export function apiMethodOf(countedName: string): string {
  const [, collection = "", method = ""] = countedName.split(".");
  return `sheets.${collection.charAt(0).toLowerCase()}${collection.slice(1)}.${method}`;
}

export function sheetsApiError(apiMethod: string, kind: SheetsApiErrorKind): GoogleJsonResponseException {
  const details: ApiErrorDetails = {
    code: kind.code,
    message: kind.message,
    errors: [{ domain: "global", reason: kind.reason, message: kind.message }],
  };
  return new GoogleJsonResponseException(apiMethod, details);
}

/** A request of a batchUpdate that is not valid: the whole call fails with its message. */
export class InvalidRequest extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * A fault for `EmuRuntime.injectFault` / `AddonRunner.faults`: the `call`-th call of `method` (default:
 * batchUpdate) throws the API error `kind` (default: the write quota), named after the method that was called.
 * Faults throw before the method runs, so the spreadsheet stays as it was.
 */
export function sheetsFault(
  call: number,
  kind: SheetsApiErrorKind = SHEETS_API_ERRORS.writeQuota,
  method = "Sheets.Spreadsheets.batchUpdate",
): FaultSpec {
  return { method, call, error: (name) => sheetsApiError(apiMethodOf(name), kind) };
}
