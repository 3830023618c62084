/**
 * The only entry of the bundle. Every export becomes a top-level function in dist/Code.js (see
 * scripts/build.mjs): the triggers and one function per menu item of PRODUCT.md §6.
 */
import { translator } from "./core/i18n";
import { dashboardsAction } from "./gas/dashboards";
import { describeWorkbook as describe, type WorkbookDescription } from "./gas/describe";
import { stampEditedRows } from "./gas/edit";
import { buildMenu } from "./gas/menu";
import { type ActionResult, rememberedLang, runAction, unavailable } from "./gas/run";
import { setUpWorkbook } from "./gas/setup";
import { validateAction } from "./gas/validate";
import { langOf } from "./gas/workbook";

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
  return unavailable("menu.report");
}

export function menuSendInvitations(): ActionResult {
  return unavailable("menu.invites");
}

export function menuPlanMeetings(): ActionResult {
  return unavailable("menu.planMeetings");
}

export function menuShowSettings(): ActionResult {
  return unavailable("menu.settings");
}

export function menuShowHelp(): ActionResult {
  const t = translator(rememberedLang());
  const ui = SpreadsheetApp.getUi();
  ui.alert(t("help.title"), t("help.body"), ui.ButtonSet.OK);
  return { outcome: "ok", message: t("help.title") };
}

/** What the workbook must have and lacks, and the names of the generated tabs (asked by the local run). */
export function describeWorkbook(): WorkbookDescription {
  return describe(SpreadsheetApp.getActiveSpreadsheet());
}
