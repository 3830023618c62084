/**
 * Document: a view over one DocumentData of the account.
 * https://developers.google.com/apps-script/reference/document/document
 *
 * Each DocumentApp.create/openById hands out a new view; saveAndClose() closes that view only: its elements
 * can still be read, an edit throws, and DocumentApp.openById opens the document again.
 */
import type { EmuContext } from "../context";
import { driveItem } from "../drive/model";
import { EmuObject } from "../spreadsheet/base";
import { gasError, notEmulated } from "../spreadsheet/errors";
import { EmuBody, EmuSection } from "./elements";
import { DOCS_ERRORS, docsSignatureError } from "./errors";
import { type DocumentData, newParagraph } from "./model";

export class EmuDocument extends EmuObject<GoogleAppsScript.Document.Document> {
  private _closed = false;

  constructor(
    ctx: EmuContext,
    readonly _data: DocumentData,
  ) {
    super(ctx, "Document");
  }

  _edit(): void {
    if (this._closed) throw gasError(DOCS_ERRORS.closed);
    this._data.revision = (this._data.revision ?? 0) + 1;
    const item = driveItem(this._ctx.account.data, this._data.id, this._ctx.now());
    if (item) item.updated = this._ctx.now().toISOString();
  }

  getId() {
    return this._data.id;
  }

  getName() {
    return this._data.name;
  }

  setName(...args: unknown[]) {
    const [name] = args;
    if (typeof name !== "string") throw docsSignatureError("Document.setName", args);
    this._edit();
    this._data.name = name;
    return this._proxy;
  }

  /** The Document's own URL form (File.getUrl gives the /document/d/…/edit form). */
  getUrl() {
    return `https://docs.google.com/open?id=${this._data.id}`;
  }

  getBody() {
    return new EmuBody(this, this._data.body, "body")._proxy;
  }

  /** Null when the document has no header. */
  getHeader() {
    const h = this._data.header;
    return (h
      ? new EmuSection(this, h, "header")._proxy
      : null) as unknown as GoogleAppsScript.Document.HeaderSection;
  }

  /** A new header with one empty paragraph. A second one is not emulated (its error text is unknown). */
  addHeader() {
    if (this._data.header) throw notEmulated("Document.addHeader when the document already has a header");
    this._edit();
    this._data.header = { blocks: [newParagraph()] };
    return new EmuSection(this, this._data.header, "header")
      ._proxy as unknown as GoogleAppsScript.Document.HeaderSection;
  }

  getFooter() {
    const f = this._data.footer;
    return (f
      ? new EmuSection(this, f, "footer")._proxy
      : null) as unknown as GoogleAppsScript.Document.FooterSection;
  }

  addFooter() {
    if (this._data.footer) throw notEmulated("Document.addFooter when the document already has a footer");
    this._edit();
    this._data.footer = { blocks: [newParagraph()] };
    return new EmuSection(this, this._data.footer, "footer")
      ._proxy as unknown as GoogleAppsScript.Document.FooterSection;
  }

  /** Changes are applied at once in the emulator; closing makes later edits through this view fail. */
  saveAndClose() {
    this._closed = true;
  }
}
