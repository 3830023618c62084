/**
 * The advanced Sheets service (Sheets API v4) as an Apps Script project sees it once appsscript.json lists it
 * under `dependencies.enabledAdvancedServices` ({ userSymbol: "Sheets", serviceId: "sheets", version: "v4" }):
 * the global `Sheets`. https://developers.google.com/apps-script/advanced/sheets
 *
 * It works on the same spreadsheet model as SpreadsheetApp (../spreadsheet/model.ts): what a batchUpdate
 * writes is what SpreadsheetApp reads back, what the xlsx export holds and what the preview draws.
 *
 * Emulated: Sheets.Spreadsheets.batchUpdate(resource, spreadsheetId) (batch.ts: all or nothing; the request
 * types in REQUESTS below) and Sheets.Spreadsheets.get(spreadsheetId, { fields }) (get.ts). Each is one counted
 * call (`Sheets.Spreadsheets.batchUpdate`, `Sheets.Spreadsheets.get`); a batchUpdate that succeeds also records
 * its number of requests, cells written and cell fields written in the runtime's usage
 * (EmuRuntime.recordUsage; AddonRunner's results carry the totals). Everything else — the Values, Sheets and
 * DeveloperMetadata collections, Spreadsheets.create, the `Sheets.new…()` builders, other request types —
 * throws "Not emulated: …".
 *
 * Scopes: when the execution knows the project's scopes, batchUpdate needs spreadsheets, drive or drive.file
 * and get also accepts spreadsheets.readonly and drive.readonly (the methods' Authorization sections). The
 * Apps Script-only scope spreadsheets.currentonly is not among them: the call fails with 403 "Request had
 * insufficient authentication scopes." Under drive.file alone, only spreadsheets the script created or the
 * user opened with it are reachable (../drive/model.ts); others fail with 403 "The caller does not have
 * permission".
 */
import type { EmuContext } from "../context";
import { canReach, DRIVE_FILE_SCOPE_URL } from "../drive/model";
import { notEmulated } from "../spreadsheet/errors";
import type { SpreadsheetData } from "../spreadsheet/model";
import { Batch } from "./batch";
import { appendCells, mergeCells, repeatCell, setDataValidation, updateCells } from "./cell-requests";
import { addChart } from "./chart";
import { InvalidRequest, SHEETS_API_ERRORS, type SheetsApiErrorKind, sheetsApiError } from "./errors";
import { spreadsheetOf } from "./get";
import { isObject } from "./shapes";
import {
  addConditionalFormatRule,
  addProtectedRange,
  addSheet,
  appendDimension,
  createDeveloperMetadata,
  deleteConditionalFormatRule,
  deleteDimension,
  deleteSheet,
  insertDimension,
  setBasicFilter,
  updateDimensionProperties,
  updateSheetProperties,
} from "./sheet-requests";

type Schema = GoogleAppsScript.Sheets.Schema.Request;
type Reply = GoogleAppsScript.Sheets.Schema.Response;
// biome-ignore lint/suspicious/noConfusingVoidType: handlers without a reply return nothing
type Handler = (b: Batch, request: never) => Reply | void;

/** The emulated request types. */
const REQUESTS: Partial<Record<keyof Schema, Handler>> = {
  addSheet,
  deleteSheet,
  updateSheetProperties,
  updateCells,
  repeatCell,
  appendCells,
  mergeCells,
  updateDimensionProperties,
  appendDimension,
  insertDimension,
  deleteDimension,
  addProtectedRange,
  setBasicFilter,
  addChart,
  addConditionalFormatRule,
  deleteConditionalFormatRule,
  setDataValidation,
  createDeveloperMetadata,
};

/** Every request type of the API (BatchUpdateSpreadsheetRequest.Request): the others are unknown names. */
const KNOWN_REQUESTS = new Set([
  ...Object.keys(REQUESTS),
  ..."updateSpreadsheetProperties updateNamedRange addNamedRange deleteNamedRange autoFill cutPaste copyPaste unmergeCells updateBorders addFilterView clearBasicFilter deleteEmbeddedObject deleteFilterView duplicateFilterView duplicateSheet findReplace insertRange moveDimension updateEmbeddedObjectPosition pasteData textToColumns updateFilterView deleteRange updateConditionalFormatRule sortRange updateProtectedRange deleteProtectedRange autoResizeDimensions updateChartSpec updateBanding addBanding deleteBanding updateDeveloperMetadata deleteDeveloperMetadata randomizeRange addDimensionGroup deleteDimensionGroup updateDimensionGroup trimWhitespace deleteDuplicates updateEmbeddedObjectBorder addSlicer updateSlicerSpec addDataSource updateDataSource deleteDataSource refreshDataSource cancelDataSourceRefresh addTable updateTable deleteTable".split(
    " ",
  ),
]);

const SCOPE = "https://www.googleapis.com/auth/";
/** The most a call's body may carry (SHEETS_API_ERRORS.payloadTooLarge). */
export const PAYLOAD_LIMIT_BYTES = 10_485_760;

/** https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/batchUpdate#authorization-scopes */
export const SHEETS_WRITE_SCOPES = ["spreadsheets", "drive", "drive.file"].map((s) => SCOPE + s);
/** https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/get#authorization-scopes */
export const SHEETS_READ_SCOPES = [
  ...SHEETS_WRITE_SCOPES,
  `${SCOPE}spreadsheets.readonly`,
  `${SCOPE}drive.readonly`,
];

class EmuSpreadsheets {
  constructor(private readonly _ctx: EmuContext) {}

  _error(api: string, kind: SheetsApiErrorKind): Error {
    return sheetsApiError(api, kind);
  }

  /** The spreadsheet, after the scope checks: 403 without an accepted scope, 404 for an unknown id. */
  _open(api: string, spreadsheetId: unknown, accepted: readonly string[]): SpreadsheetData {
    const granted = this._ctx.scopes;
    const fileOnly = granted && !granted.some((s) => s !== DRIVE_FILE_SCOPE_URL && accepted.includes(s));
    if (fileOnly && !granted.includes(DRIVE_FILE_SCOPE_URL))
      throw this._error(api, SHEETS_API_ERRORS.insufficientScopes);
    if (typeof spreadsheetId !== "string")
      throw notEmulated(`${api} with a spreadsheet id that is not a string`);
    const data = this._ctx.account.data.spreadsheets[spreadsheetId];
    if (!data) throw this._error(api, SHEETS_API_ERRORS.notFound);
    if (fileOnly && !canReach(this._ctx.account.data.drive, "drive.file", spreadsheetId))
      throw this._error(api, SHEETS_API_ERRORS.permissionDenied);
    return data;
  }

  /** https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/get */
  get(spreadsheetId: string, optionalArgs?: object): GoogleAppsScript.Sheets.Schema.Spreadsheet {
    const api = "sheets.spreadsheets.get";
    const data = this._open(api, spreadsheetId, SHEETS_READ_SCOPES);
    const args = (optionalArgs ?? {}) as Record<string, unknown>;
    for (const k of Object.keys(args))
      if (k !== "fields") throw notEmulated(`Sheets.Spreadsheets.get with ${k}`);
    if (typeof args.fields !== "string" || args.fields.trim() === "")
      throw notEmulated("Sheets.Spreadsheets.get without a fields mask (the whole spreadsheet)");
    return spreadsheetOf(data, args.fields, this._ctx.account.data.user.email);
  }

  /** https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/batchUpdate */
  batchUpdate(
    resource: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest,
    spreadsheetId: string,
  ): GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse {
    const api = "sheets.spreadsheets.batchUpdate";
    const data = this._open(api, spreadsheetId, SHEETS_WRITE_SCOPES);
    if (!isObject(resource))
      throw notEmulated("Sheets.Spreadsheets.batchUpdate with a resource that is not an object");
    for (const [k, v] of Object.entries(resource)) {
      if (k === "requests" || v === undefined || v === null || v === false) continue;
      if (Array.isArray(v) && v.length === 0) continue;
      throw notEmulated(`Sheets.Spreadsheets.batchUpdate with ${k}`);
    }
    const requests = resource.requests ?? [];
    if (!Array.isArray(requests))
      throw notEmulated("Sheets.Spreadsheets.batchUpdate with requests that are not a list");
    if (requests.length === 0) throw this._error(api, SHEETS_API_ERRORS.noRequests);
    if (Buffer.byteLength(JSON.stringify(resource), "utf8") > PAYLOAD_LIMIT_BYTES)
      throw this._error(api, SHEETS_API_ERRORS.payloadTooLarge);
    const batch = new Batch(data, this._ctx.account.data.user.email);
    const replies: Reply[] = [];
    requests.forEach((request, i) => {
      if (!isObject(request))
        throw notEmulated(`Sheets.Spreadsheets.batchUpdate with requests[${i}] not an object`);
      const kinds = Object.entries(request).filter(([, v]) => v !== undefined && v !== null);
      for (const [name] of kinds) {
        if (!KNOWN_REQUESTS.has(name)) throw this._error(api, SHEETS_API_ERRORS.unknownRequest(i, name));
      }
      if (kinds.length !== 1) throw notEmulated(`requests[${i}] with ${kinds.length} kinds of request`);
      const [name, body] = kinds[0]!;
      const handler = REQUESTS[name as keyof Schema];
      if (!handler) throw notEmulated(`Sheets.Spreadsheets.batchUpdate request ${name}`);
      if (!isObject(body)) throw notEmulated(`requests[${i}].${name} that is not an object`);
      try {
        replies.push((handler as (b: Batch, r: unknown) => Reply | undefined)(batch, body) ?? {});
      } catch (e) {
        if (e instanceof InvalidRequest) {
          throw this._error(api, {
            code: 400,
            reason: "badRequest",
            message: `Invalid requests[${i}].${name}: ${e.reason}`,
          });
        }
        throw e;
      }
    });
    batch.commit();
    this._ctx.rt.recordUsage("Sheets.Spreadsheets.batchUpdate", {
      requests: requests.length,
      cells: batch.cells,
      cellFields: batch.cellFields,
    });
    return { spreadsheetId: data.id, replies };
  }
}

const NOT_EMULATED_COLLECTIONS = ["DeveloperMetadata", "Sheets", "Values"] as const;

class EmuSheetsService {
  readonly Spreadsheets: GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection;

  constructor(ctx: EmuContext) {
    const spreadsheets = new EmuSpreadsheets(ctx);
    for (const name of NOT_EMULATED_COLLECTIONS) {
      Object.defineProperty(spreadsheets, name, {
        get() {
          throw new Error(`Not emulated: Sheets.Spreadsheets.${name}`);
        },
      });
    }
    this.Spreadsheets = ctx.rt.expose(spreadsheets, "Sheets.Spreadsheets");
  }
}

/** The `Sheets` global of one execution. */
export function createSheets(ctx: EmuContext): GoogleAppsScript.Sheets {
  return ctx.rt.expose(new EmuSheetsService(ctx), "Sheets");
}

export {
  apiMethodOf,
  GoogleJsonResponseException,
  SHEETS_API_ERRORS,
  sheetsApiError,
  sheetsFault,
} from "./errors";
