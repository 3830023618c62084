/**
 * The `Instellingen…` sidebar and Help (PRODUCT.md §6), and the sidebar's Save (google.script.run.saveSettings):
 * part of the settings feature file (src/features/settings.ts). The models are built in core/screens; this file
 * reads the sheet, evaluates the templates (gas/screens.ts) and shows them.
 */
import { translator } from "../core/i18n";
import { type HelpScreen, helpScreen } from "../core/screens/help";
import { buildSettingsForm, planSettingsSave, type SettingsChanges } from "../core/screens/settings-form";
import { summaryScreen } from "../core/screens/summary";
import { timeZoneList } from "../core/screens/timezones";
import { SETTINGS_TAB } from "../core/tabs";
import { languageOf, settingsFrom } from "../core/validation/settings";
import { page } from "./screens";
import { langOf, rememberedLang, rememberLang, sheetOf } from "./workbook";

type Lang = "nl" | "en";

const HELP_SIZE = { width: 680, height: 600 };

/**
 * `Instellingen` read once (its values and display values), and the language its `Taal` setting names (as
 * langOf reads it, from the same values); no tab: Dutch.
 */
function readSettingsTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  const sheet = sheetOf(ss, SETTINGS_TAB);
  const range = sheet?.getDataRange();
  const tab = sheet && range ? { sheet, values: range.getValues(), display: range.getDisplayValues() } : null;
  return { tab, lang: tab ? languageOf(tab.values) : ("nl" as Lang) };
}

export function showHelp(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { tab, lang } = readSettingsTab(ss);
  // The settings as validation reads them (defaults where absent), for Help's colours.
  const today = Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), "yyyy-MM-dd");
  const named = tab && { name: tab.sheet.getName(), values: tab.values, display: tab.display };
  const model: HelpScreen = helpScreen(settingsFrom(named, { today, lang }).settings, translator(lang));
  const html = page("Help", model, lang).setWidth(HELP_SIZE.width).setHeight(HELP_SIZE.height);
  SpreadsheetApp.getUi().showModalDialog(html, model.title);
}

/** Google's words when the add-on has not been authorised yet in this document. */
const NEEDS_AUTH = /authori[sz]ation is required|do not have permission|niet gemachtigd|toestemming/i;

export function showSettings(): void {
  const ui = SpreadsheetApp.getUi();
  let lang = rememberedLang();
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const read = readSettingsTab(ss);
    lang = read.lang;
    const tab = read.tab && { values: read.tab.values, display: read.tab.display };
    const form = buildSettingsForm(tab, {
      lang,
      year: Number(Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), "yyyy")),
      spreadsheetName: ss.getName(),
      timeZones: timeZoneList(),
    });
    ui.showSidebar(page("Settings", form, lang).setTitle(form.texts.title));
  } catch (e) {
    const text =
      typeof e === "object" && e !== null ? String((e as { message?: unknown }).message) : String(e);
    if (!NEEDS_AUTH.test(text)) throw e;
    const t = translator(lang);
    const model = summaryScreen(t("settings.title"), t("screen.needsAuth"), {}, t);
    ui.showSidebar(page("Summary", model, lang).setTitle(t("settings.title")));
  }
}

export interface SaveResult {
  ok: boolean;
  message: string;
  errors: { key: string; message: string }[];
}

/** Saves the sidebar's values into `Instellingen` (one write), under the document lock. */
export function saveSettings(changes: SettingsChanges): SaveResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = langOf(ss);
  const t = translator(lang);
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(5000)) return { ok: false, message: t("action.busy"), errors: [] };
  try {
    const values: SettingsChanges =
      typeof changes === "object" && changes !== null && !Array.isArray(changes) ? changes : {};
    let sheet = sheetOf(ss, SETTINGS_TAB);
    if (!sheet) {
      sheet = ss.insertSheet(SETTINGS_TAB.name, ss.getNumSheets());
      const header = SETTINGS_TAB.columns.map((c) => c.header);
      sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight("bold");
      sheet.setFrozenRows(1);
    }
    const range = sheet.getDataRange();
    const checkbox = SpreadsheetApp.DataValidationCriteria.CHECKBOX;
    const tab = {
      values: range.getValues(),
      display: range.getDisplayValues(),
      checkboxes: range
        .getDataValidations()
        .map((row) => row.map((rule) => rule !== null && rule.getCriteriaType() === checkbox)),
    };
    const context = {
      year: Number(Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), "yyyy")),
      spreadsheetName: ss.getName(),
    };
    const plan = planSettingsSave(tab, range.getFormulas(), values, lang, timeZoneList(), context);
    if (plan.errors.length > 0) return { ok: false, message: t("settings.fixFirst"), errors: plan.errors };
    // The values first, then each new checkbox as a validation only (insertCheckboxes would set it false
    // first): a save stopped in between loses no value, and the next save adds the checkbox.
    const w = plan.write;
    const rule =
      plan.checkboxes.length > 0 ? SpreadsheetApp.newDataValidation().requireCheckbox().build() : null;
    if (w) sheet.getRange(w.row, w.col, w.values.length, w.values[0]!.length).setValues(w.values);
    for (const c of plan.checkboxes) sheet.getRange(c.row, c.col).setDataValidation(rule!);
    if (!w) return { ok: true, message: t("settings.nothingChanged"), errors: [] };
    const lines = [t("settings.saved", { count: plan.changed })];
    if (plan.langChanged) {
      rememberLang(langOf(ss));
      lines.push(t("settings.langChanged"));
    }
    return { ok: true, message: lines.join(" "), errors: [] };
  } finally {
    lock.releaseLock();
  }
}
