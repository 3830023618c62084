/**
 * The only entry of the bundle. Every export becomes a top-level function in dist/Code.js (see
 * scripts/build.mjs): the triggers and one function per menu item of PRODUCT.md §6.
 */

import { type MessageKey, useEnglishCatalog } from "./core/i18n";
import type { PlanFormValues } from "./core/screens/plan-meetings";
import type { SettingsChanges } from "./core/screens/settings-form";
import { readEnglishCatalog } from "./gas/catalog";
import { dashboardsAction } from "./gas/dashboards";
import { describeWorkbook as describe, type WorkbookDescription } from "./gas/describe";
import { stampEditedRows } from "./gas/edit";
import { type FeatureName, type Features, feature } from "./gas/features";
import { buildMenu } from "./gas/menu";
import type { PlanReply } from "./gas/plan-meetings";
import { type ActionResult, runAction } from "./gas/run";
import { goToRange as goTo } from "./gas/screens";
import type { SaveResult } from "./gas/settings";
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

/**
 * An action of a feature file (gas/features.ts). Its reading is a service call that can fail as any other: then
 * the action fails as any action does (runAction's message and lock), and the next click reads it again.
 */
function withFeature<N extends FeatureName, R>(
  name: N,
  titleKey: MessageKey,
  use: (f: Features[N]) => R,
): R | ActionResult {
  let f: Features[N];
  try {
    f = feature(name);
  } catch (e) {
    return runAction(titleKey, langOf, () => {
      throw e;
    });
  }
  return use(f);
}

export function menuGenerateReport(): ActionResult {
  return runAction("menu.report", langOf, (env) => feature("DocumentsCode").reportAction(env));
}

export function menuMakePlan(): ActionResult {
  return runAction("menu.plan", langOf, (env) => feature("DocumentsCode").planAction(env));
}

export function menuSendInvitations(): ActionResult {
  return runAction("menu.invites", langOf, (env) => feature("InvitesCode").previewAction(env), {
    summary: () => false,
  });
}

export function menuPlanMeetings(): ActionResult {
  return runAction("menu.planMeetings", langOf, (env) => feature("InvitesCode").planMeetingsAction(env), {
    summary: () => false,
  });
}

/** The invitation preview's button (google.script.run.confirmInvitations): the token the preview showed. */
export function confirmInvitations(token: string): ActionResult {
  return withFeature("InvitesCode", "menu.invites", (f) => f.confirmInvitations(token));
}

/** The year planning's Voorbeeld button (google.script.run.previewMeetingPlan): the form's values. */
export function previewMeetingPlan(values: PlanFormValues): PlanReply {
  return feature("InvitesCode").previewMeetingPlan(values);
}

/** The year planning's Toevoegen button (google.script.run.addPlannedMeetings): the values and the preview's token. */
export function addPlannedMeetings(
  values: PlanFormValues,
  token: string,
): ActionResult & { reply?: PlanReply } {
  return withFeature("InvitesCode", "menu.planMeetings", (f) => f.addPlannedMeetings(values, token));
}

export function menuShowSettings(): void {
  feature("SettingsCode").showSettings();
}

export function menuShowHelp(): void {
  feature("SettingsCode").showHelp();
}

/** The sidebar's Save (google.script.run.saveSettings): the values by setting key, as typed. */
export function saveSettings(changes: SettingsChanges): SaveResult {
  return feature("SettingsCode").saveSettings(changes);
}

/** A page's button that jumps to a tab or a cell (google.script.run.goToRange). */
export function goToRange(tab: string, a1: string): void {
  goTo(tab, a1);
}

/** What the workbook must have and lacks, and the names of the generated tabs (asked by the local run). */
export function describeWorkbook(): WorkbookDescription {
  return describe(SpreadsheetApp.getActiveSpreadsheet());
}
