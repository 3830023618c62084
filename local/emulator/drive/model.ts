/**
 * The plain data of the emulated Google Drive, stored in the account (`account.data.drive`), and the rule of
 * the `drive.file` scope.
 *
 * drive.file ("See, edit, create, and delete only the specific Google Drive files you use with this app"):
 * the app reaches the files and folders it created itself and those the user opened with it, e.g. through
 * the Google Picker; nothing else.
 * https://developers.google.com/workspace/drive/api/guides/api-specific-auth
 * https://developers.google.com/workspace/add-ons/concepts/editor-scopes
 * The document the add-on runs in is not among them by itself: Google Workspace add-ons have to ask for it
 * (https://developers.google.com/apps-script/reference/card-service/editor-file-scope-action-response-builder),
 * and nothing documents that an editor add-on gets it; so the emulator does not grant it either.
 *
 * Google Docs and Sheets are files too: a document or spreadsheet of the account has a Drive item (made on
 * first use for spreadsheets, which SpreadsheetApp creates without Drive).
 */
import type { AccountData } from "../account";

/** MimeType: in Apps Script its values are the MIME strings themselves. https://developers.google.com/apps-script/reference/base/mime-type */
export const MIME_TYPES = {
  GOOGLE_APPS_SCRIPT: "application/vnd.google-apps.script",
  GOOGLE_DRAWINGS: "application/vnd.google-apps.drawing",
  GOOGLE_DOCS: "application/vnd.google-apps.document",
  GOOGLE_FORMS: "application/vnd.google-apps.form",
  GOOGLE_SHEETS: "application/vnd.google-apps.spreadsheet",
  GOOGLE_SITES: "application/vnd.google-apps.site",
  GOOGLE_SLIDES: "application/vnd.google-apps.presentation",
  FOLDER: "application/vnd.google-apps.folder",
  SHORTCUT: "application/vnd.google-apps.shortcut",
  BMP: "image/bmp",
  GIF: "image/gif",
  JPEG: "image/jpeg",
  PNG: "image/png",
  SVG: "image/svg+xml",
  PDF: "application/pdf",
  CSS: "text/css",
  CSV: "text/csv",
  HTML: "text/html",
  JAVASCRIPT: "application/javascript",
  PLAIN_TEXT: "text/plain",
  RTF: "application/rtf",
  OPENDOCUMENT_GRAPHICS: "application/vnd.oasis.opendocument.graphics",
  OPENDOCUMENT_PRESENTATION: "application/vnd.oasis.opendocument.presentation",
  OPENDOCUMENT_SPREADSHEET: "application/vnd.oasis.opendocument.spreadsheet",
  OPENDOCUMENT_TEXT: "application/vnd.oasis.opendocument.text",
  MICROSOFT_EXCEL: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  MICROSOFT_EXCEL_LEGACY: "application/vnd.ms-excel",
  MICROSOFT_POWERPOINT: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  MICROSOFT_POWERPOINT_LEGACY: "application/vnd.ms-powerpoint",
  MICROSOFT_WORD: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  MICROSOFT_WORD_LEGACY: "application/msword",
  ZIP: "application/zip",
} as const;

export interface DriveItemData {
  id: string;
  /** The name of a folder or plain file. A Google Doc or Sheet takes its name from the document itself. */
  name: string;
  mimeType: string;
  /** Folder ids. */
  parents: string[];
  trashed: boolean;
  /** ISO 8601. */
  created: string;
  updated: string;
  /** A plain file's bytes, base64. */
  content?: string;
  /** A file made from a conversion blob (File.getAs): the id of the file it was converted from. */
  convertedFrom?: string;
}

/**
 * How much of Drive the script may reach, from the project's scopes (ctx.scopes, the manifest's): "drive"
 * with the full drive scope or when no scopes are given (fidelity tests of one service); "drive.file" with
 * drive.file; "none" without either.
 */
export type DriveScope = "drive" | "drive.file" | "none";

export const DRIVE_SCOPE_URL = "https://www.googleapis.com/auth/drive";
export const DRIVE_FILE_SCOPE_URL = "https://www.googleapis.com/auth/drive.file";

export function driveScopeOf(scopes: readonly string[] | undefined): DriveScope {
  if (!scopes || scopes.includes(DRIVE_SCOPE_URL)) return "drive";
  return scopes.includes(DRIVE_FILE_SCOPE_URL) ? "drive.file" : "none";
}

export interface DriveData {
  rootId: string;
  items: Record<string, DriveItemData>;
  /** Ids of the files and folders this script created (DriveApp, DocumentApp.create, makeCopy, getAs+createFile). */
  createdByApp: string[];
  /** Ids the user opened with the add-on through the Google Picker (set by tests or a picker emulation). */
  grantedByPicker: string[];
  /**
   * Daily quotas, off unless set: Google Docs a script may create in 24 hours (250 for consumer accounts,
   * 1,500 for Google Workspace: https://developers.google.com/apps-script/guides/services/quotas).
   */
  limits?: { docsCreatedPerDay?: number };
}

export const ROOT_FOLDER_ID = "0AEmuRootFolderUk9PVA";

export function newDriveData(): DriveData {
  const now = new Date(0).toISOString();
  return {
    rootId: ROOT_FOLDER_ID,
    items: {
      [ROOT_FOLDER_ID]: {
        id: ROOT_FOLDER_ID,
        name: "My Drive",
        mimeType: MIME_TYPES.FOLDER,
        parents: [],
        trashed: false,
        created: now,
        updated: now,
      },
    },
    createdByApp: [],
    grantedByPicker: [],
  };
}

/**
 * Whether the script may reach this file or folder. Under drive.file: what it created or the user picked.
 * The root folder ("My Drive") is reachable so that files can be created there as DriveApp.createFile does;
 * listing it shows only what is reachable.
 */
export function canReach(drive: DriveData, scope: DriveScope, id: string): boolean {
  if (scope === "none") return false;
  if (scope === "drive" || id === drive.rootId) return true;
  return drive.createdByApp.includes(id) || drive.grantedByPicker.includes(id);
}

/** Records that the script created `id` (so drive.file lets it reach it). */
export function markCreatedByApp(drive: DriveData, id: string): void {
  if (!drive.createdByApp.includes(id)) drive.createdByApp.push(id);
}

/**
 * The Drive item of `id`, or null. Documents and spreadsheets of the account without one get an item in
 * the root folder on first use.
 */
export function driveItem(data: AccountData, id: string, now: Date): DriveItemData | null {
  const existing = data.drive.items[id];
  if (existing) return existing;
  let mimeType: string | null = null;
  if (data.documents[id]) mimeType = MIME_TYPES.GOOGLE_DOCS;
  else if (data.spreadsheets[id]) mimeType = MIME_TYPES.GOOGLE_SHEETS;
  if (!mimeType) return null;
  const item = newItem(id, "", mimeType, [data.drive.rootId], now);
  data.drive.items[id] = item;
  return item;
}

export function newItem(
  id: string,
  name: string,
  mimeType: string,
  parents: string[],
  now: Date,
): DriveItemData {
  const iso = now.toISOString();
  return { id, name, mimeType, parents: [...parents], trashed: false, created: iso, updated: iso };
}

/** The name a user sees: a Google Doc's or Sheet's own title, else the item's name. */
export function itemName(data: AccountData, item: DriveItemData): string {
  if (item.mimeType === MIME_TYPES.GOOGLE_DOCS) return data.documents[item.id]?.name ?? item.name;
  if (item.mimeType === MIME_TYPES.GOOGLE_SHEETS) return data.spreadsheets[item.id]?.name ?? item.name;
  return item.name;
}

export function setItemName(data: AccountData, item: DriveItemData, name: string): void {
  const doc = item.mimeType === MIME_TYPES.GOOGLE_DOCS ? data.documents[item.id] : undefined;
  const sheet = item.mimeType === MIME_TYPES.GOOGLE_SHEETS ? data.spreadsheets[item.id] : undefined;
  if (doc) doc.name = name;
  else if (sheet) sheet.name = name;
  item.name = name;
}
