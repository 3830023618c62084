/**
 * The only entry of the bundle. Every export becomes a top-level function in dist/Code.js (see
 * scripts/build.mjs): the triggers and one function per menu item of PRODUCT.md §6.
 */

import { useEnglishCatalog } from "./core/i18n";
import type { PlanFormValues } from "./core/screens/plan-meetings";
import type { SettingsChanges } from "./core/screens/settings-form";
import { readEnglishCatalog } from "./gas/catalog";
import { dashboardsAction } from "./gas/dashboards";
import { describeWorkbook as describe, type WorkbookDescription } from "./gas/describe";
import { stampEditedRows } from "./gas/edit";
import { confirmInvitations as confirmInvites, sendInvitationsAction } from "./gas/invites";
import { buildMenu } from "./gas/menu";
import {
  addPlannedMeetings as addPlanned,
  type PlanReply,
  planMeetingsAction,
  previewMeetingPlan as previewPlan,
} from "./gas/plan-meetings";
import { planAction, reportAction } from "./gas/report";
import { type ActionResult, runAction } from "./gas/run";
import {
  goToRange as goTo,
  type SaveResult,
  saveSettings as saveSettingsTo,
  showHelp,
  showSettings,
} from "./gas/screens";
import { setUpWorkbook } from "./gas/setup";
import { validateAction } from "./gas/validate";
import { langOf, rememberedLang } from "./gas/workbook";

// English texts come from a project file, read when first needed (core/i18n.ts): not parsed in Dutch runs.
useEnglishCatalog(readEnglishCatalog);

type OpenEvent = { authMode?: GoogleAppsScript.Script.AuthMode | string } | undefined;

export function onOpen(e?: OpenEvent): void {
  // In AuthMode.NONE (the add-on is installed but not yet used in this file) only the menu may be built:
  // no properties, no sheet. ScriptApp.AuthMode.NONE prints as "NONE".
  const none = e !== undefined && String(e.authMode) === "NONE";
  buildMenu(none ? "nl" : rememberedLang());
}

export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}

export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  stampEditedRows(e, new Date());
}

export function menuSetUpWorkbook(): ActionResult {
  return runAction("menu.setup", langOf, (env) => {
    env.ss.toast(env.t("setup.progress"), env.t("app.title"), 5);
    return setUpWorkbook(env);
  });
}

export function menuValidate(): ActionResult {
  return runAction("menu.validate", langOf, validateAction);
}

export function menuGenerateDashboards(): ActionResult {
  return runAction("menu.dashboards", langOf, dashboardsAction);
}

export function menuGenerateReport(): ActionResult {
  return runAction("menu.report", langOf, reportAction);
}

export function menuMakePlan(): ActionResult {
  return runAction("menu.plan", langOf, planAction);
}

export function menuSendInvitations(): ActionResult {
  return sendInvitationsAction();
}

export function menuPlanMeetings(): ActionResult {
  return planMeetingsAction();
}

/** The invitation preview's button (google.script.run.confirmInvitations): the token the preview showed. */
export function confirmInvitations(token: string): ActionResult {
  return confirmInvites(token);
}

/** The year planning's Voorbeeld button (google.script.run.previewMeetingPlan): the form's values. */
export function previewMeetingPlan(values: PlanFormValues): PlanReply {
  return previewPlan(values);
}

/** The year planning's Toevoegen button (google.script.run.addPlannedMeetings): the values and the preview's token. */
export function addPlannedMeetings(
  values: PlanFormValues,
  token: string,
): ActionResult & { reply?: PlanReply } {
  return addPlanned(values, token);
}

export function menuShowSettings(): void {
  showSettings();
}

export function menuShowHelp(): void {
  showHelp();
}

/** The sidebar's Save (google.script.run.saveSettings): the values by setting key, as typed. */
export function saveSettings(changes: SettingsChanges): SaveResult {
  return saveSettingsTo(changes);
}

/** A page's button that jumps to a tab or a cell (google.script.run.goToRange). */
export function goToRange(tab: string, a1: string): void {
  goTo(tab, a1);
}

/** What the workbook must have and lacks, and the names of the generated tabs (asked by the local run). */
export function describeWorkbook(): WorkbookDescription {
  return describe(SpreadsheetApp.getActiveSpreadsheet());
}
