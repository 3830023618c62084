/**
 * `Rapport genereren` and `Jaaractieplan maken`: validate, build the document model in core, find the folder
 * and the same day's document (core/documents/files.ts decides), write it (gas/documents.ts), make the PDF
 * copy, and put the newest link in `Overzicht`. Reads, calls and writes only.
 *
 * All or nothing at any single fault (a quota error or the time-out at any call): the content is one
 * atomic batchUpdate; a new document is moved into the folder and remembered before it is written (an
 * interruption leaves at most that empty document, which the next click takes up and writes, also when it
 * was interrupted before remembering it); the new PDF is made before the old one goes (the next click
 * removes a copy left over); the link in `Overzicht` comes last. A limit hit while looking for the folder,
 * the document or the template stops the run rather than passing for "not there".
 */

import { leftOutObjects } from "../core/documents/copy";
import {
  DOCUMENTS_PROPERTY,
  type DocumentsState,
  documentLink,
  documentOutcome,
  folderName,
  isServiceLimit,
  LINK_LOOK,
  type MadeDocument,
  type NamedFile,
  overviewLinkCell,
  PROGRESS,
  parseDocumentsState,
  recoverablePlace,
  sameDayDocument,
  settingId,
  storedDocumentsState,
  tooLargeMessage,
  unrememberedCandidates,
} from "../core/documents/files";
import { type DocModel, sectionTitles } from "../core/documents/model";
import { buildPlan } from "../core/documents/plan";
import { buildReport } from "../core/documents/report";
import {
  DOC_MAX_CHARACTERS,
  documentCharacters,
  documentFlow,
  modelCharacters,
} from "../core/documents/write";
import type { ActionOutput } from "../core/summaries";
import { OVERVIEW_TAB } from "../core/tabs";
import { type OpenTemplate, readTemplate, writeDocument } from "./documents";
import type { RunEnv } from "./run";
import { readAndValidate, type Validated } from "./validate";
import { findSheet } from "./workbook";

type Folder = GoogleAppsScript.Drive.Folder;

export function reportAction(env: RunEnv): ActionOutput {
  env.ss.toast(env.t(PROGRESS.report), env.t("app.title"), 10);
  const v = readAndValidate(env, { assignIds: false });
  const { projects, activities, meetings, settings } = v.result;
  return makeDocument(
    env,
    buildReport({ projects, activities, meetings, settings, today: v.today, lang: env.lang }),
    v,
    settings,
  );
}

export function planAction(env: RunEnv): ActionOutput {
  env.ss.toast(env.t(PROGRESS.plan), env.t("app.title"), 10);
  const v = readAndValidate(env, { assignIds: false });
  const { projects, activities, settings } = v.result;
  return makeDocument(
    env,
    buildPlan({ projects, activities, settings, today: v.today, lang: env.lang }),
    v,
    settings,
  );
}

function makeDocument(
  env: RunEnv,
  model: DocModel,
  v: Validated,
  settings: { reportFolder: string; reportTemplate: string; reportPdf: boolean; networkName: string },
): ActionOutput {
  const { t } = env;
  const { today } = v;
  // Overzicht's first column, from the action's one snapshot and before anything is written.
  const overviewSheet = findSheet(v.index, OVERVIEW_TAB);
  const overviewRows = overviewSheet?.getLastRow() ?? 0;
  const overviewColumn =
    overviewSheet && overviewRows > 0 ? overviewSheet.getRange(1, 1, overviewRows, 1).getValues() : [];
  const props = PropertiesService.getDocumentProperties();
  const state: DocumentsState = parseDocumentsState(props?.getProperty(DOCUMENTS_PROPERTY));
  const store = () => props?.setProperty(DOCUMENTS_PROPERTY, storedDocumentsState(state));

  // A document Google Docs cannot hold is refused before anything is made or changed. Without a template
  // the model is counted as it is, and the flow is made only for a document that will be written.
  const { template, templateRefused } = openTemplate(settings.reportTemplate, model);
  const templateFlow = template ? documentFlow(model, template) : null;
  const characters = templateFlow ? documentCharacters(templateFlow) : modelCharacters(model);
  if (characters > DOC_MAX_CHARACTERS)
    throw new Error(tooLargeMessage(model.title, characters, DOC_MAX_CHARACTERS, env.lang, t));

  const {
    folder,
    refused,
    made: madeFolder,
  } = reportFolder(settings.reportFolder, state, folderName(settings.networkName, t));
  if (madeFolder) store(); // remembered at once: an interrupted run leaves no second folder

  // The same day's remembered document is written again, or the one a run interrupted since made and did
  // not remember (never an older document of the same title: core decides); else a new one is made, put in
  // the folder and remembered before anything is written.
  const prev = sameDayDocument(state, model.kind, today);
  const reused =
    (prev ? reopen(prev.id) : null) ??
    unremembered(model.title, model.kind, state, folder, today, v.timeZone);
  let id: string;
  let url: string;
  let file: GoogleAppsScript.Drive.File;
  if (reused) {
    ({ id, url, file } = reused);
  } else {
    id = DocumentApp.create(model.title).getId();
    file = DriveApp.getFileById(id);
    url = file.getUrl();
  }
  file.moveTo(folder);
  const made: MadeDocument = { date: today, id, url, title: model.title };
  const pdfBefore = prev?.id === id ? prev.pdfId : undefined;
  if (!prev || prev.id !== id) {
    state[model.kind] = made;
    store();
  }

  const written = writeDocument(id, templateFlow ?? documentFlow(model, null), template);
  if (written.title !== model.title) file.setName(model.title);

  // The new PDF before the old one goes: an interruption leaves at most an extra copy, which the next
  // click removes (every other PDF of the same name in the folder).
  if (settings.reportPdf) {
    const pdf = folder.createFile(file.getAs(MimeType.PDF));
    made.pdfId = pdf.getId();
    made.pdfUrl = pdf.getUrl();
    state[model.kind] = made;
    store();
    const swept = sweepPdfs(folder, pdf.getName(), made.pdfId);
    if (pdfBefore && pdfBefore !== made.pdfId && !swept.includes(pdfBefore)) trash(pdfBefore);
  } else {
    state[model.kind] = made;
    store();
    if (pdfBefore) trash(pdfBefore);
  }

  const overview = linkInOverview(env, overviewSheet, overviewColumn, model.kind, made);
  return documentOutcome(
    {
      kind: model.kind,
      made,
      replaced: prev !== null && prev.id === id,
      folder: { id: folder.getId(), name: folder.getName(), url: folder.getUrl() },
      folderRefused: refused,
      template: template ? { name: template.name } : null,
      templateRefused,
      placeholdersUnknown: template?.plan.unknown ?? [],
      placeholdersMisplaced: template?.plan.misplaced ?? [],
      placeholdersFilled: template?.plan.filled ?? 0,
      templateSkipped: template?.plan.skipped.length ?? 0,
      templateLeftOut: template ? leftOutObjects(template.doc) : 0,
      sections: sectionTitles(model),
      figures: model.figures,
      tables: written.tables,
      overview,
      requests: written.requests,
    },
    t,
  );
}

/**
 * The Google Doc named `title` that a run interrupted between making it and remembering it left (in the
 * folder, or not yet moved out of My Drive): core decides which of the files of that name it may be
 * (`unrememberedCandidates`, `recoverablePlace`), never one the add-on made and completed before. Under
 * drive.file only files the add-on made are listed. Null when there is none.
 */
function unremembered(
  title: string,
  kind: DocModel["kind"],
  state: DocumentsState,
  folder: Folder,
  today: string,
  timeZone: string,
): Reopened | null {
  const files = DriveApp.getFilesByName(title);
  const listed = new Map<string, GoogleAppsScript.Drive.File>();
  const named: NamedFile[] = [];
  while (files.hasNext()) {
    const file = files.next();
    const id = file.getId();
    listed.set(id, file);
    named.push({ id, created: file.getDateCreated().getTime() });
  }
  let folderId: string | null = null;
  let root: string | null = null;
  for (const id of unrememberedCandidates(state, kind, today, timeZone, named)) {
    const file = listed.get(id);
    if (!file) continue;
    const doc = file.getMimeType() === MimeType.GOOGLE_DOCS;
    const trashed = file.isTrashed();
    const parents: string[] = [];
    const it = file.getParents();
    while (it.hasNext()) parents.push(it.next().getId());
    folderId ??= folder.getId();
    if (parents.some((p) => p !== folderId)) root ??= DriveApp.getRootFolder().getId();
    if (recoverablePlace({ doc, trashed, parents, folder: folderId, root }))
      return { id, url: file.getUrl(), file };
  }
  return null;
}

/** Trashes every file named `name` in the folder but `keep`; returns the ids trashed. */
function sweepPdfs(folder: Folder, name: string, keep: string): string[] {
  const out: string[] = [];
  const files = folder.getFilesByName(name);
  while (files.hasNext()) {
    const file = files.next();
    const id = file.getId();
    if (id === keep || file.getMimeType() !== MimeType.PDF || file.isTrashed()) continue;
    file.setTrashed(true);
    out.push(id);
  }
  return out;
}

/**
 * `Rapportmap` when the add-on may open it, else the add-on's own folder (made on first use, remembered in
 * `state`). Under drive.file a folder the add-on did not make is "not found".
 */
function reportFolder(
  setting: string,
  state: DocumentsState,
  name: string,
): { folder: Folder; refused: boolean; made: boolean } {
  const wanted = settingId(setting);
  if (wanted) {
    const folder = openFolder(wanted);
    if (folder) return { folder, refused: false, made: false };
  }
  const own = state.folder ? openFolder(state.folder) : null;
  if (own) return { folder: own, refused: wanted !== null, made: false };
  const made = DriveApp.createFolder(name);
  state.folder = made.getId();
  return { folder: made, refused: wanted !== null, made: true };
}

function openFolder(id: string): Folder | null {
  try {
    const folder = DriveApp.getFolderById(id);
    return folder.isTrashed() ? null : folder;
  } catch (e) {
    if (isServiceLimit(e)) throw e;
    return null;
  }
}

interface Reopened {
  id: string;
  url: string;
  file: GoogleAppsScript.Drive.File;
}

/** The same day's document, unless it was deleted or trashed meanwhile. */
function reopen(id: string): Reopened | null {
  try {
    const file = DriveApp.getFileById(id);
    return file.isTrashed() ? null : { id, url: file.getUrl(), file };
  } catch (e) {
    if (isServiceLimit(e)) throw e;
    return null;
  }
}

function trash(id: string): void {
  try {
    DriveApp.getFileById(id).setTrashed(true);
  } catch (e) {
    if (isServiceLimit(e)) throw e;
    // Already gone: nothing to replace.
  }
}

/** The template in `Rapportsjabloon`, read with the Docs API (the documents scope reaches every Doc the user can read). */
function openTemplate(
  setting: string,
  model: DocModel,
): { template: OpenTemplate | null; templateRefused: boolean } {
  const id = settingId(setting);
  if (!id) return { template: null, templateRefused: false };
  try {
    return { template: readTemplate(id, model), templateRefused: false };
  } catch (e) {
    if (isServiceLimit(e)) throw e;
    return { template: null, templateRefused: true };
  }
}

/** Puts the newest link in `Overzicht` (its row for this document); false when the tab has no such row yet. */
function linkInOverview(
  env: RunEnv,
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null,
  column: unknown[][],
  kind: DocModel["kind"],
  made: MadeDocument,
): boolean {
  if (!sheet || column.length === 0) return false;
  const cell = overviewLinkCell(column, kind, env.t);
  const formula = documentLink(made.url, made.title);
  if (!cell || !formula) return false;
  // The cell said "not made yet" in grey italics: it gets the look the overview gives a link.
  sheet
    .getRange(cell.row, cell.col)
    .setFormula(formula)
    .setFontColor(LINK_LOOK.color)
    .setFontStyle(LINK_LOOK.italic ? "italic" : "normal");
  return true;
}
