/** Finding tabs and reading them: one getName per tab, one read per tab. */
import { type Lang, toLang } from "../core/i18n";
import { findTabName, SETTINGS_TAB, type TabDef } from "../core/tabs";
import { languageOf } from "../core/validation/settings";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The spreadsheet's tabs by name, read once. */
export function indexSheets(ss: Spreadsheet): Map<string, Sheet> {
  return new Map(ss.getSheets().map((s) => [s.getName(), s] as const));
}

/** The tab of `tab` (case- and accent-insensitive), or null. */
export function findSheet(byName: ReadonlyMap<string, Sheet>, tab: TabDef): Sheet | null {
  const name = findTabName([...byName.keys()], tab);
  return name === undefined ? null : (byName.get(name) ?? null);
}

/** All values of a sheet, in one call; [] for an empty sheet. */
export function readValues(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

/** The `Taal` setting, read before anything else so that the run speaks the user's language. */
export function langOf(ss: Spreadsheet): Lang {
  const sheet = findSheet(indexSheets(ss), SETTINGS_TAB);
  return sheet ? languageOf(readValues(sheet)) : "nl";
}

const LANG_PROPERTY = "netwerkplan.taal";

/** The language of the last run, kept so that onOpen can label the menu without reading the sheet. */
export function rememberedLang(): Lang {
  try {
    return toLang(PropertiesService.getDocumentProperties()?.getProperty(LANG_PROPERTY));
  } catch (_e) {
    return "nl";
  }
}

export function rememberLang(lang: Lang): void {
  PropertiesService.getDocumentProperties()?.setProperty(LANG_PROPERTY, lang);
}
