/**
 * The DriveApp and MimeType globals: folders and files of the account's Drive (model.ts), under the
 * drive.file scope the add-on's manifest asks for.
 * https://developers.google.com/apps-script/reference/drive/drive-app
 * https://developers.google.com/apps-script/reference/drive/file
 * https://developers.google.com/apps-script/reference/drive/folder
 * https://developers.google.com/apps-script/reference/drive/file-iterator
 *
 * - drive.file: getFileById/getFolderById of something the script neither created nor got through the
 *   picker throws the same text as an id that does not exist (the Drive API answers 404 for both); listings
 *   (getFiles, getFilesByName, getFolders…) show only what the script may reach; getParents leaves out
 *   folders it may not reach.
 * - Listings include files in the trash, as DriveApp's do (check isTrashed()).
 * - makeCopy without a destination and getAs of anything but a Google Doc to PDF are not emulated.
 */
import type { EmuContext } from "../context";
import { docsSignatureError } from "../document/errors";
import { paragraphsOf, runsText } from "../document/model";
import { EmuObject, unwrap } from "../spreadsheet/base";
import { gasError, notEmulated } from "../spreadsheet/errors";
import { createBlob } from "../utilities";
import {
  canReach,
  type DriveItemData,
  driveItem,
  driveScopeOf,
  itemName,
  MIME_TYPES,
  markCreatedByApp,
  newItem,
  setItemName,
} from "./model";
import { pdfSource, placeholderPdf } from "./pdf";

type GFile = GoogleAppsScript.Drive.File;
type GFolder = GoogleAppsScript.Drive.Folder;
type GBlob = GoogleAppsScript.Base.Blob;

export const DRIVE_ERRORS = {
  /** What DriveApp.getFileById/getFolderById say for an id that is not there or not reachable (seen in real scripts). */
  notFound: "No item with the given ID could be found, or you do not have permission to access it.",
  invalidId: "Invalid argument: id",
  /** FileIterator.next() past the end. */
  iteratorEnd: "Cannot retrieve the next object: iterator has reached the end.",
} as const;

const signature = (method: string, args: ArrayLike<unknown>) => docsSignatureError(method, args, "DriveApp");

/** Whether this execution may reach `id` (see model.ts for the drive.file rule). */
function reachable(ctx: EmuContext, id: string): boolean {
  return canReach(ctx.account.data.drive, driveScopeOf(ctx.scopes), id);
}

function isFolder(item: DriveItemData): boolean {
  return item.mimeType === MIME_TYPES.FOLDER;
}

/** Base of File and Folder: one Drive item. */
abstract class EmuDriveItem<G> extends EmuObject<G> {
  constructor(
    ctx: EmuContext,
    readonly _item: DriveItemData,
    className: string,
  ) {
    super(ctx, className);
  }

  protected get _data() {
    return this._ctx.account.data;
  }

  protected _touch(): void {
    this._item.updated = this._ctx.now().toISOString();
  }

  getId() {
    return this._item.id;
  }
  getName() {
    return itemName(this._data, this._item);
  }
  setName(...args: unknown[]) {
    const [name] = args;
    if (typeof name !== "string" || args.length !== 1) throw signature(`${this._className}.setName`, args);
    setItemName(this._data, this._item, name);
    this._touch();
    return this._proxy;
  }
  isTrashed() {
    return this._item.trashed;
  }
  /** Only the owner may trash an item; the emulated user owns everything in the account. */
  setTrashed(...args: unknown[]) {
    const [trashed] = args;
    if (typeof trashed !== "boolean" || args.length !== 1)
      throw signature(`${this._className}.setTrashed`, args);
    this._item.trashed = trashed;
    this._touch();
    return this._proxy;
  }
  getDateCreated() {
    return new Date(this._item.created) as unknown as GoogleAppsScript.Base.Date;
  }
  getLastUpdated() {
    return new Date(this._item.updated) as unknown as GoogleAppsScript.Base.Date;
  }
  /** The parent folders the script may reach. */
  getParents() {
    const folders = this._item.parents
      .filter((id) => reachable(this._ctx, id))
      .map((id) => this._data.drive.items[id])
      .filter((f): f is DriveItemData => !!f);
    return newIterator(this._ctx, "FolderIterator", folders, (f) => new EmuFolder(this._ctx, f)._proxy);
  }
  /** Moves the item into `destination` (its only parent from then on). */
  moveTo(...args: unknown[]) {
    const dest = unwrap(args[0], EmuFolder);
    if (!dest || args.length !== 1) throw signature(`${this._className}.moveTo`, args);
    this._item.parents = [dest._item.id];
    this._touch();
    return this._proxy;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Iterators

class EmuIterator<T> extends EmuObject<{ hasNext(): boolean; next(): T }> {
  private _pos = 0;
  constructor(
    ctx: EmuContext,
    className: string,
    private readonly _items: DriveItemData[],
    private readonly _wrap: (item: DriveItemData) => T,
  ) {
    super(ctx, className);
  }
  hasNext() {
    return this._pos < this._items.length;
  }
  next(): T {
    const item = this._items[this._pos];
    if (!item) throw gasError(DRIVE_ERRORS.iteratorEnd);
    this._pos++;
    return this._wrap(item);
  }
}

function newIterator<T>(
  ctx: EmuContext,
  className: "FileIterator" | "FolderIterator",
  items: DriveItemData[],
  wrap: (item: DriveItemData) => T,
) {
  return new EmuIterator(ctx, className, items, wrap)._proxy;
}

/** Reachable items, optionally only the children of `parentId`, files or folders, of one name. */
function listItems(
  ctx: EmuContext,
  folders: boolean,
  parentId: string | null,
  name: string | null,
): DriveItemData[] {
  const data = ctx.account.data;
  // Documents and spreadsheets without a Drive item yet live in the root folder.
  for (const id of [...Object.keys(data.documents), ...Object.keys(data.spreadsheets)])
    driveItem(data, id, ctx.now());
  return Object.values(data.drive.items).filter(
    (item) =>
      item.id !== data.drive.rootId &&
      isFolder(item) === folders &&
      reachable(ctx, item.id) &&
      (parentId === null || item.parents.includes(parentId)) &&
      (name === null || itemName(data, item) === name),
  );
}

const fileIterator = (ctx: EmuContext, items: DriveItemData[]) =>
  newIterator(
    ctx,
    "FileIterator",
    items,
    (f) => new EmuFile(ctx, f)._proxy,
  ) as GoogleAppsScript.Drive.FileIterator;
const folderIterator = (ctx: EmuContext, items: DriveItemData[]) =>
  newIterator(
    ctx,
    "FolderIterator",
    items,
    (f) => new EmuFolder(ctx, f)._proxy,
  ) as GoogleAppsScript.Drive.FolderIterator;

function nameArg(method: string, args: ArrayLike<unknown>, v: unknown): string | null {
  if (v === undefined) return null;
  if (typeof v !== "string") throw signature(method, args);
  return v;
}

// ---------------------------------------------------------------------------------------------------------
// Creating files (DriveApp and Folder share it)

function createFileIn(ctx: EmuContext, parentId: string, method: string, args: unknown[]): GFile {
  const data = ctx.account.data;
  let name: string;
  let mimeType: string;
  let bytes: Buffer;
  let convertedFrom: string | null = null;
  const [first, content, type] = args;
  if (args.length === 1) {
    const blob = first as GBlob | null;
    if (
      !blob ||
      typeof blob !== "object" ||
      typeof (blob as { getBytes?: unknown }).getBytes !== "function"
    ) {
      throw signature(method, args);
    }
    const read = ctx.rt.internal(() => ({
      name: blob.getName(),
      type: blob.getContentType(),
      bytes: Buffer.from(blob.getBytes().map((b) => b & 0xff)),
    }));
    if (read.name === null) throw notEmulated(`${method} with a blob that has no name`);
    name = read.name;
    mimeType = read.type ?? "application/octet-stream";
    bytes = read.bytes;
    if (mimeType === MIME_TYPES.PDF) convertedFrom = pdfSource(bytes);
  } else if (args.length === 2 || args.length === 3) {
    if (typeof first !== "string" || typeof content !== "string") throw signature(method, args);
    if (args.length === 3 && typeof type !== "string") throw signature(method, args);
    name = first;
    mimeType = (type as string | undefined) ?? MIME_TYPES.PLAIN_TEXT;
    if (mimeType.startsWith("application/vnd.google-apps."))
      throw notEmulated(`${method} of a Google type (${mimeType})`);
    bytes = Buffer.from(content, "utf8");
  } else {
    throw signature(method, args);
  }
  const id = ctx.account.newFileId();
  const item = newItem(id, name, mimeType, [parentId], ctx.now());
  item.content = bytes.toString("base64");
  if (convertedFrom) item.convertedFrom = convertedFrom;
  data.drive.items[id] = item;
  markCreatedByApp(data.drive, id);
  return new EmuFile(ctx, item)._proxy;
}

function createFolderIn(ctx: EmuContext, parentId: string, method: string, args: unknown[]): GFolder {
  const [name] = args;
  if (typeof name !== "string" || args.length !== 1) throw signature(method, args);
  const data = ctx.account.data;
  const id = ctx.account.newFileId();
  data.drive.items[id] = newItem(id, name, MIME_TYPES.FOLDER, [parentId], ctx.now());
  markCreatedByApp(data.drive, id);
  return new EmuFolder(ctx, data.drive.items[id]!)._proxy;
}

// ---------------------------------------------------------------------------------------------------------
// File

export class EmuFile extends EmuDriveItem<GFile> {
  constructor(ctx: EmuContext, item: DriveItemData) {
    super(ctx, item, "File");
  }

  getMimeType() {
    return this._item.mimeType;
  }

  /** The editor URL for Docs and Sheets, the viewer URL for other files. */
  getUrl() {
    const id = this._item.id;
    if (this._item.mimeType === MIME_TYPES.GOOGLE_DOCS)
      return `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`;
    if (this._item.mimeType === MIME_TYPES.GOOGLE_SHEETS) {
      return `https://docs.google.com/spreadsheets/d/${id}/edit?usp=drivesdk`;
    }
    return `https://drive.google.com/file/d/${id}/view?usp=drivesdk`;
  }

  getSize() {
    return this._item.content ? Buffer.from(this._item.content, "base64").length : 0;
  }

  /**
   * makeCopy(destination) or makeCopy(name, destination): a new file, made by the script. A Google Doc or
   * Sheet is copied with its contents.
   */
  makeCopy(...args: unknown[]) {
    let name: string;
    let destArg: unknown;
    if (args.length === 1 && typeof args[0] !== "string") {
      name = `Copy of ${this.getName()}`;
      destArg = args[0];
    } else if (args.length === 2 && typeof args[0] === "string") {
      name = args[0];
      destArg = args[1];
    } else if (args.length <= 1 && (args.length === 0 || typeof args[0] === "string")) {
      throw notEmulated("File.makeCopy without a destination folder");
    } else {
      throw signature("File.makeCopy", args);
    }
    const dest = unwrap(destArg, EmuFolder);
    if (!dest) throw signature("File.makeCopy", args);
    const data = this._data;
    const id = this._ctx.account.newFileId();
    const src = this._item;
    if (src.mimeType === MIME_TYPES.GOOGLE_DOCS) {
      const doc = data.documents[src.id];
      if (!doc) throw notEmulated("File.makeCopy of a document without contents");
      data.documents[id] = { ...(JSON.parse(JSON.stringify(doc)) as typeof doc), id, name };
    } else if (src.mimeType === MIME_TYPES.GOOGLE_SHEETS) {
      const ss = data.spreadsheets[src.id];
      if (!ss) throw notEmulated("File.makeCopy of a spreadsheet without contents");
      data.spreadsheets[id] = { ...structuredClone(ss), id, name };
    } else if (src.mimeType.startsWith("application/vnd.google-apps.")) {
      throw notEmulated(`File.makeCopy of ${src.mimeType}`);
    }
    const copy = newItem(id, name, src.mimeType, [dest._item.id], this._ctx.now());
    if (src.content !== undefined) copy.content = src.content;
    if (src.convertedFrom !== undefined) copy.convertedFrom = src.convertedFrom;
    data.drive.items[id] = copy;
    markCreatedByApp(data.drive, id);
    return new EmuFile(this._ctx, copy)._proxy;
  }

  /**
   * The file converted to `contentType`: a Google Doc to "application/pdf". The blob's name is the file's
   * name with the extension replaced: the part after the last period counts as one ("ShoppingList.12.25.2014"
   * becomes "ShoppingList.12.25.pdf"), https://developers.google.com/apps-script/reference/drive/file#getAs(String)
   */
  getAs(...args: unknown[]) {
    const [contentType] = args;
    if (typeof contentType !== "string" || args.length !== 1) throw signature("File.getAs", args);
    if (contentType !== MIME_TYPES.PDF || this._item.mimeType !== MIME_TYPES.GOOGLE_DOCS) {
      throw notEmulated(`File.getAs(${contentType}) of ${this._item.mimeType}`);
    }
    const doc = this._data.documents[this._item.id];
    if (!doc) throw notEmulated("File.getAs of a document without contents");
    const lines = paragraphsOf(doc.body.blocks).map((p) => runsText(p.runs));
    const bytes = placeholderPdf(doc.id, doc.name, lines);
    return createBlob(this._ctx, bytes, MIME_TYPES.PDF, withExtension(doc.name, "pdf"));
  }

  /** A plain file's contents. Google types convert: use getAs. */
  getBlob() {
    if (this._item.content === undefined) throw notEmulated(`File.getBlob of ${this._item.mimeType}`);
    return createBlob(
      this._ctx,
      Buffer.from(this._item.content, "base64"),
      this._item.mimeType,
      this.getName(),
    );
  }
}

export function withExtension(name: string, ext: string): string {
  const dot = name.lastIndexOf(".");
  return `${dot > 0 ? name.slice(0, dot) : name}.${ext}`;
}

// ---------------------------------------------------------------------------------------------------------
// Folder

export class EmuFolder extends EmuDriveItem<GFolder> {
  constructor(ctx: EmuContext, item: DriveItemData) {
    super(ctx, item, "Folder");
  }

  getUrl() {
    return `https://drive.google.com/drive/folders/${this._item.id}`;
  }

  createFile(...args: unknown[]) {
    return createFileIn(this._ctx, this._item.id, "Folder.createFile", args);
  }

  createFolder(...args: unknown[]) {
    return createFolderIn(this._ctx, this._item.id, "Folder.createFolder", args);
  }

  getFiles() {
    return fileIterator(this._ctx, listItems(this._ctx, false, this._item.id, null));
  }

  getFilesByName(...args: unknown[]) {
    const name = nameArg("Folder.getFilesByName", args, args[0]);
    if (name === null) throw signature("Folder.getFilesByName", args);
    return fileIterator(this._ctx, listItems(this._ctx, false, this._item.id, name));
  }

  getFolders() {
    return folderIterator(this._ctx, listItems(this._ctx, true, this._item.id, null));
  }

  getFoldersByName(...args: unknown[]) {
    const name = nameArg("Folder.getFoldersByName", args, args[0]);
    if (name === null) throw signature("Folder.getFoldersByName", args);
    return folderIterator(this._ctx, listItems(this._ctx, true, this._item.id, name));
  }

  /** Adds this folder to the file's parents (the file stays in its other folders). */
  addFile(...args: unknown[]) {
    const file = unwrap(args[0], EmuFile);
    if (!file || args.length !== 1) throw signature("Folder.addFile", args);
    if (!file._item.parents.includes(this._item.id)) file._item.parents.push(this._item.id);
    return this._proxy;
  }

  removeFile(...args: unknown[]) {
    const file = unwrap(args[0], EmuFile);
    if (!file || args.length !== 1) throw signature("Folder.removeFile", args);
    file._item.parents = file._item.parents.filter((p) => p !== this._item.id);
    return this._proxy;
  }
}

// ---------------------------------------------------------------------------------------------------------
// DriveApp

class EmuDriveApp extends EmuObject<GoogleAppsScript.Drive.DriveApp> {
  constructor(ctx: EmuContext) {
    super(ctx, "DriveApp");
  }

  /** Without drive or drive.file in the manifest, DriveApp is not authorized at all. */
  private _guard(method: string): void {
    if (driveScopeOf(this._ctx.scopes) === "none")
      throw notEmulated(`${method} without a Drive scope in the manifest`);
  }

  private _reach(method: string, args: unknown[], folder: boolean): DriveItemData {
    this._guard(method);
    const [id] = args;
    if (typeof id !== "string" || args.length !== 1) throw signature(method, args);
    if (id === "") throw gasError(DRIVE_ERRORS.invalidId);
    const data = this._ctx.account.data;
    const item = driveItem(data, id, this._ctx.now());
    if (!item || !reachable(this._ctx, id)) throw gasError(DRIVE_ERRORS.notFound);
    if (isFolder(item) !== folder) throw notEmulated(`${method} of a ${folder ? "file" : "folder"}`);
    return item;
  }

  getFileById(...args: unknown[]) {
    return new EmuFile(this._ctx, this._reach("DriveApp.getFileById", args, false))._proxy;
  }

  getFolderById(...args: unknown[]) {
    return new EmuFolder(this._ctx, this._reach("DriveApp.getFolderById", args, true))._proxy;
  }

  getRootFolder() {
    this._guard("DriveApp.getRootFolder");
    const drive = this._ctx.account.data.drive;
    return new EmuFolder(this._ctx, drive.items[drive.rootId]!)._proxy;
  }

  createFolder(...args: unknown[]) {
    this._guard("DriveApp.createFolder");
    return createFolderIn(this._ctx, this._ctx.account.data.drive.rootId, "DriveApp.createFolder", args);
  }

  createFile(...args: unknown[]) {
    this._guard("DriveApp.createFile");
    return createFileIn(this._ctx, this._ctx.account.data.drive.rootId, "DriveApp.createFile", args);
  }

  getFiles() {
    this._guard("DriveApp.getFiles");
    return fileIterator(this._ctx, listItems(this._ctx, false, null, null));
  }

  getFilesByName(...args: unknown[]) {
    const name = nameArg("DriveApp.getFilesByName", args, args[0]);
    if (name === null) throw signature("DriveApp.getFilesByName", args);
    return fileIterator(this._ctx, listItems(this._ctx, false, null, name));
  }

  getFolders() {
    this._guard("DriveApp.getFolders");
    return folderIterator(this._ctx, listItems(this._ctx, true, null, null));
  }

  getFoldersByName(...args: unknown[]) {
    const name = nameArg("DriveApp.getFoldersByName", args, args[0]);
    if (name === null) throw signature("DriveApp.getFoldersByName", args);
    return folderIterator(this._ctx, listItems(this._ctx, true, null, name));
  }
}

export function createDriveApp(ctx: EmuContext): GoogleAppsScript.Drive.DriveApp {
  return new EmuDriveApp(ctx)._proxy;
}

/** MimeType: plain strings, so reading one is no service call. */
export function createMimeType(): GoogleAppsScript.Base.MimeType {
  return Object.freeze({ ...MIME_TYPES });
}
