/**
 * The DocumentApp global.
 * https://developers.google.com/apps-script/reference/document/document-app
 *
 * Scope: the add-on's manifest has https://www.googleapis.com/auth/documents ("See, edit, create, and
 * delete all your Google Docs documents", https://developers.google.com/workspace/docs/api/auth), so
 * openById opens any document of the account, whatever drive.file allows DriveApp. create() makes the
 * document in the root of My Drive, and it counts as made by the script (drive.file then reaches it).
 */
import type { EmuContext } from "../context";
import { MIME_TYPES, markCreatedByApp, newItem } from "../drive/model";
import { GAS_ERRORS } from "../runtime";
import { EmuObject } from "../spreadsheet/base";
import { gasError } from "../spreadsheet/errors";
import { EmuDocument } from "./document";
import {
  Attribute,
  ElementType,
  GlyphType,
  HorizontalAlignment,
  ParagraphHeading,
  TextAlignment,
  VerticalAlignment,
} from "./enums";
import { DOCS_ERRORS, docsSignatureError } from "./errors";
import { newDocumentData } from "./model";

type GDocumentApp = GoogleAppsScript.Document.DocumentApp;

class EmuDocumentApp extends EmuObject<GDocumentApp> {
  readonly Attribute = Attribute as unknown as GDocumentApp["Attribute"];
  readonly ElementType = ElementType as unknown as GDocumentApp["ElementType"];
  readonly GlyphType = GlyphType as unknown as GDocumentApp["GlyphType"];
  readonly HorizontalAlignment = HorizontalAlignment as unknown as GDocumentApp["HorizontalAlignment"];
  readonly ParagraphHeading = ParagraphHeading as unknown as GDocumentApp["ParagraphHeading"];
  readonly TextAlignment = TextAlignment as unknown as GDocumentApp["TextAlignment"];
  readonly VerticalAlignment = VerticalAlignment as unknown as GDocumentApp["VerticalAlignment"];

  constructor(ctx: EmuContext) {
    super(ctx, "DocumentApp");
  }

  create(...args: unknown[]) {
    const [name] = args;
    if (typeof name !== "string" || args.length !== 1) throw docsSignatureError("DocumentApp.create", args);
    const account = this._ctx.account;
    this._checkQuota();
    const id = account.newFileId();
    const data = newDocumentData(id, name);
    account.data.documents[id] = data;
    const drive = account.data.drive;
    drive.items[id] = newItem(id, name, MIME_TYPES.GOOGLE_DOCS, [drive.rootId], this._ctx.now());
    markCreatedByApp(drive, id);
    return new EmuDocument(this._ctx, data)._proxy;
  }

  /** With a daily quota switched on: the documents this script created in the last 24 hours count. */
  private _checkQuota(): void {
    const drive = this._ctx.account.data.drive;
    const limit = drive.limits?.docsCreatedPerDay;
    if (limit === undefined) return;
    const since = this._ctx.now().getTime() - 24 * 3600_000;
    const made = drive.createdByApp.filter((id) => {
      const item = drive.items[id];
      return item?.mimeType === MIME_TYPES.GOOGLE_DOCS && new Date(item.created).getTime() > since;
    }).length;
    if (made >= limit) throw new Error(GAS_ERRORS.tooManyCalls("docs create"));
  }

  openById(...args: unknown[]) {
    const [id] = args;
    if (typeof id !== "string" || args.length !== 1) throw docsSignatureError("DocumentApp.openById", args);
    const data = this._ctx.account.data.documents[id];
    if (!data) throw gasError(DOCS_ERRORS.missing(id));
    return new EmuDocument(this._ctx, data)._proxy;
  }

  /** Both URL forms: /document/d/<id>/… and open?id=<id>. */
  openByUrl(...args: unknown[]) {
    const [url] = args;
    if (typeof url !== "string" || args.length !== 1) throw docsSignatureError("DocumentApp.openByUrl", args);
    const id = /\/document\/d\/([A-Za-z0-9_-]+)/.exec(url)?.[1] ?? /[?&]id=([A-Za-z0-9_-]+)/.exec(url)?.[1];
    const data = id ? this._ctx.account.data.documents[id] : undefined;
    if (!data) throw gasError(DOCS_ERRORS.missing(id ?? url));
    return new EmuDocument(this._ctx, data)._proxy;
  }

  /** The add-on runs in a spreadsheet: no document is active. */
  getActiveDocument() {
    return null as unknown as GoogleAppsScript.Document.Document;
  }

  getUi(): GoogleAppsScript.Base.Ui {
    throw gasError(DOCS_ERRORS.noUi);
  }
}

export function createDocumentApp(ctx: EmuContext): GDocumentApp {
  return new EmuDocumentApp(ctx)._proxy;
}
