/**
 * The emulated Drive service: DriveApp (folders, files, iterators) and MimeType, over the plain Drive data of
 * model.ts (stored in the account), with the drive.file rule of model.ts.
 */
export { createDriveApp, createMimeType, DRIVE_ERRORS } from "./app";
export type { DriveData, DriveItemData, DriveScope } from "./model";
export { canReach, MIME_TYPES } from "./model";
export { pdfSource } from "./pdf";
