/**
 * `Rapport genereren` and `Jaaractieplan maken`: validate, build the document model in core, find the folder
 * and the same day's document (core/documents/files.ts decides), write it (gas/documents.ts), make the PDF
 * copy, and put the newest link in `Overzicht`. Reads, calls and writes only.
 */

import {
  DOCUMENTS_PROPERTY,
  type DocumentsState,
  documentLink,
  documentOutcome,
  folderName,
  LINK_LOOK,
  type MadeDocument,
  overviewLinkCell,
  PROGRESS,
  parseDocumentsState,
  sameDayDocument,
  settingId,
  storedDocumentsState,
} from "../core/documents/files";
import { type DocModel, sectionTitles } from "../core/documents/model";
import { buildPlan } from "../core/documents/plan";
import { buildReport } from "../core/documents/report";
import type { ActionOutput } from "../core/summaries";
import { OVERVIEW_TAB } from "../core/tabs";
import { type OpenTemplate, readTemplate, writeDocument } from "./documents";
import type { RunEnv } from "./run";
import { readAndValidate } from "./validate";
import { findSheet, indexSheets } from "./workbook";

type Folder = GoogleAppsScript.Drive.Folder;

export function reportAction(env: RunEnv): ActionOutput {
  env.ss.toast(env.t(PROGRESS.report), env.t("app.title"), 10);
  const v = readAndValidate(env, { assignIds: false });
  const { projects, activities, meetings, settings } = v.result;
  return makeDocument(
    env,
    buildReport({ projects, activities, meetings, settings, today: v.today, lang: env.lang }),
    v.today,
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
    v.today,
    settings,
  );
}

function makeDocument(
  env: RunEnv,
  model: DocModel,
  today: string,
  settings: { reportFolder: string; reportTemplate: string; reportPdf: boolean; networkName: string },
): ActionOutput {
  const { t } = env;
  const props = PropertiesService.getDocumentProperties();
  const state: DocumentsState = parseDocumentsState(props?.getProperty(DOCUMENTS_PROPERTY));

  const { folder, refused } = reportFolder(settings.reportFolder, state, folderName(settings.networkName, t));
  const { template, templateRefused } = openTemplate(settings.reportTemplate, model);

  const prev = sameDayDocument(state, model.kind, today);
  const reused = prev && reopen(prev.id) ? prev.id : null;
  const id = reused ?? DocumentApp.create(model.title).getId();
  const written = writeDocument(id, model, template);

  const file = DriveApp.getFileById(id);
  if (!reused) file.moveTo(folder);
  if (written.title !== model.title) file.setName(model.title);
  const made: MadeDocument = { date: today, id, url: file.getUrl(), title: model.title };
  if (prev?.pdfId) trash(prev.pdfId);
  if (settings.reportPdf) {
    const pdf = folder.createFile(file.getAs(MimeType.PDF));
    made.pdfId = pdf.getId();
    made.pdfUrl = pdf.getUrl();
  }
  state[model.kind] = made;
  props?.setProperty(DOCUMENTS_PROPERTY, storedDocumentsState(state));

  const overview = linkInOverview(env, model.kind, made);
  return documentOutcome(
    {
      kind: model.kind,
      made,
      replaced: reused !== null,
      folder: { id: folder.getId(), name: folder.getName(), url: folder.getUrl() },
      folderRefused: refused,
      template: template ? { name: template.name } : null,
      templateRefused,
      placeholdersUnknown: template?.plan.unknown ?? [],
      placeholdersMisplaced: template?.plan.misplaced ?? [],
      placeholdersFilled: template?.plan.filled ?? 0,
      templateSkipped: template?.plan.skipped.length ?? 0,
      sections: sectionTitles(model),
      tables: written.tables,
      overview,
      requests: written.requests,
    },
    t,
  );
}

/**
 * `Rapportmap` when the add-on may open it, else the add-on's own folder (made on first use, remembered in
 * `state`). Under drive.file a folder the add-on did not make is "not found".
 */
function reportFolder(
  setting: string,
  state: DocumentsState,
  name: string,
): { folder: Folder; refused: boolean } {
  const wanted = settingId(setting);
  if (wanted) {
    const folder = openFolder(wanted);
    if (folder) return { folder, refused: false };
  }
  const own = state.folder ? openFolder(state.folder) : null;
  if (own) return { folder: own, refused: wanted !== null };
  const made = DriveApp.createFolder(name);
  state.folder = made.getId();
  return { folder: made, refused: wanted !== null };
}

function openFolder(id: string): Folder | null {
  try {
    const folder = DriveApp.getFolderById(id);
    return folder.isTrashed() ? null : folder;
  } catch (_e) {
    return null;
  }
}

/** The same day's document, unless it was deleted or trashed meanwhile. */
function reopen(id: string): boolean {
  try {
    return !DriveApp.getFileById(id).isTrashed();
  } catch (_e) {
    return false;
  }
}

function trash(id: string): void {
  try {
    DriveApp.getFileById(id).setTrashed(true);
  } catch (_e) {
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
  } catch (_e) {
    return { template: null, templateRefused: true };
  }
}

/** Puts the newest link in `Overzicht` (its row for this document); false when the tab has no such row yet. */
function linkInOverview(env: RunEnv, kind: DocModel["kind"], made: MadeDocument): boolean {
  const sheet = findSheet(indexSheets(env.ss), OVERVIEW_TAB);
  const rows = sheet?.getLastRow() ?? 0;
  if (!sheet || rows === 0) return false;
  const cell = overviewLinkCell(sheet.getRange(1, 1, rows, 1).getValues(), kind, env.t);
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
