/**
 * The advanced Docs service (Google Docs API v1) as an Apps Script project sees it once appsscript.json lists
 * it under `dependencies.enabledAdvancedServices` (userSymbol "Docs", version "v1"): the global `Docs`.
 * https://developers.google.com/apps-script/advanced/docs
 *
 * Emulated: Docs.Documents.get(documentId) — the body, header and footer with start and end indexes, the
 * lists, the default header and footer, the page size and orientation once set, and the revision
 * (indexes.ts) — and
 * Docs.Documents.batchUpdate(resource, documentId) with the requests of requests.ts. The requests are
 * applied in order to a working copy (work.ts); the document changes only when every request succeeds ("If
 * any request is not valid, then the entire request will fail and nothing will be applied",
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/batchUpdate). A
 * `writeControl.requiredRevisionId` that is not the document's latest revision refuses the whole batch
 * ("If the required revision ID doesn't match the document's latest revision, the request is not processed
 * and returns a 400 bad request error", WriteControl on the same page).
 * Calls are counted as `Docs.Documents.get` and `Docs.Documents.batchUpdate`; every other method throws
 * `Not emulated: …`. Tabs and suggestions are not part of what get returns here.
 *
 * Scopes: get needs documents, documents.readonly, drive, drive.readonly or drive.file; batchUpdate needs
 * documents, drive or drive.file (the reference pages' "Authorization scopes"); under drive.file alone a
 * document the add-on neither made nor was given is answered 404, as Drive does.
 */
import { GoogleJsonResponseException } from "../calendar/errors";
import type { EmuContext } from "../context";
import { type Block, cloneData, type DocumentData } from "../document/model";
import { canReach, driveScopeOf } from "../drive/model";
import { PAYLOAD_LIMIT_BYTES } from "../sheets-api";
import { documentJson, revisionOf } from "./indexes";
import { applyRequest, InvalidRequest } from "./requests";
import { WorkDoc } from "./work";

const SCOPE = "https://www.googleapis.com/auth/";
const READ_SCOPES = ["documents", "documents.readonly", "drive", "drive.readonly", "drive.file"].map(
  (s) => SCOPE + s,
);
const WRITE_SCOPES = ["documents", "drive", "drive.file"].map((s) => SCOPE + s);

function apiError(
  method: string,
  code: number,
  message: string,
  reason: string,
): GoogleJsonResponseException {
  return new GoogleJsonResponseException(method, {
    code,
    message,
    errors: [{ domain: "global", reason, message }],
  });
}

class EmuDocuments {
  constructor(private readonly _ctx: EmuContext) {}

  /** The document, after the scope check (the same answer for "not there" and "not yours"). */
  private _document(method: string, id: unknown, scopes: string[]): DocumentData {
    if (typeof id !== "string")
      throw new Error(`Not emulated: ${method} with a document id that is not a string`);
    const granted = this._ctx.scopes;
    if (granted && !granted.some((s) => scopes.includes(s))) {
      throw apiError(
        method,
        403,
        "Request had insufficient authentication scopes.",
        "insufficientPermissions",
      );
    }
    const data = this._ctx.account.data.documents[id];
    const onlyFile =
      granted && !granted.includes(`${SCOPE}documents`) && driveScopeOf(granted) === "drive.file";
    if (!data || (onlyFile && !canReach(this._ctx.account.data.drive, "drive.file", id))) {
      throw apiError(method, 404, "Requested entity was not found.", "notFound");
    }
    return data;
  }

  get(documentId: unknown, optionalArgs?: object) {
    const method = "docs.documents.get";
    if (optionalArgs && Object.keys(optionalArgs).length > 0)
      throw new Error("Not emulated: Docs.Documents.get with optional arguments");
    const data = this._document(method, documentId, READ_SCOPES);
    return documentJson(data);
  }

  batchUpdate(resource: unknown, documentId: unknown) {
    const method = "docs.documents.batchUpdate";
    const data = this._document(method, documentId, WRITE_SCOPES);
    const requests = (resource as { requests?: unknown } | null)?.requests;
    if (!Array.isArray(requests))
      throw apiError(method, 400, "Invalid JSON payload: requests is required.", "badRequest");
    // Assumption: the Sheets API's body limit (../sheets-api/errors.ts payloadTooLarge) holds here too; Google
    // calls it a limit of the APIs' common infrastructure (https://github.com/googleworkspace/dotnet-samples/issues/23).
    if (Buffer.byteLength(JSON.stringify(resource), "utf8") > PAYLOAD_LIMIT_BYTES)
      throw apiError(method, 400, "Request payload size exceeds the limit: 10485760 bytes.", "badRequest");
    const control = (
      resource as { writeControl?: { requiredRevisionId?: unknown; targetRevisionId?: unknown } }
    ).writeControl;
    if (control?.targetRevisionId !== undefined)
      throw new Error("Not emulated: writeControl.targetRevisionId");
    if (control?.requiredRevisionId !== undefined && control.requiredRevisionId !== revisionOf(data)) {
      throw apiError(
        method,
        400,
        `The required revision ID ${String(control.requiredRevisionId)} does not match the latest revision of the document.`,
        "badRequest",
      );
    }
    const work = new WorkDoc(cloneData(data));
    let replies: Record<string, unknown>[];
    try {
      replies = requests.map((r, i) => applyRequest(work, r, i));
    } catch (e) {
      if (e instanceof InvalidRequest) throw apiError(method, 400, e.message, "badRequest");
      throw e;
    }
    const done = work.commit();
    // https://support.google.com/drive/answer/37603: "Documents: Up to 1.02 million characters". The API's
    // answer to a batch that passes it has not been seen, so the emulator refuses it as not emulated.
    const characters = [done.body, done.header, done.footer].reduce(
      (n, s) => n + charactersOf(s?.blocks ?? []),
      0,
    );
    if (characters > MAX_DOCUMENT_CHARACTERS)
      throw new Error(
        `Not emulated: a batchUpdate that makes a document of ${characters} characters (Google Docs holds 1,020,000)`,
      );
    data.body = done.body;
    data.header = done.header;
    data.footer = done.footer;
    data.nextListId = done.nextListId;
    if (done.pageSize) data.pageSize = done.pageSize;
    else delete data.pageSize;
    if (done.flipPageOrientation) data.flipPageOrientation = true;
    else delete data.flipPageOrientation;
    data.revision = (data.revision ?? 0) + 1;
    return {
      documentId: data.id,
      replies,
      writeControl: { requiredRevisionId: revisionOf(data) },
    };
  }
}

/** What a Google Doc holds at most (https://support.google.com/drive/answer/37603). */
export const MAX_DOCUMENT_CHARACTERS = 1_020_000;

/** Characters of a segment's blocks: each paragraph's text and its end, table cells' paragraphs included. */
export function charactersOf(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.type === "table") {
      for (const row of b.rows) for (const cell of row.cells) n += charactersOf(cell.blocks);
    } else n += b.runs.reduce((len, r) => len + r.text.length, 0) + 1;
  }
  return n;
}

class EmuDocsService {
  readonly Documents: EmuDocuments;

  constructor(ctx: EmuContext) {
    this.Documents = ctx.rt.expose(new EmuDocuments(ctx), "Docs.Documents");
  }
}

/** The `Docs` global of one execution. */
export function createDocs(ctx: EmuContext): GoogleAppsScript.Docs {
  return ctx.rt.expose(new EmuDocsService(ctx), "Docs") as unknown as GoogleAppsScript.Docs;
}
