/** Finding tabs and reading them: one snapshot of the tabs per action, one read per tab read. */
import { type Lang, toLang } from "../core/i18n";
import type { TabState } from "../core/swap";
import { findTabName, SETTINGS_TAB, type TabDef } from "../core/tabs";
import { languageOf } from "../core/validation/settings";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type ConditionalFormatRule = GoogleAppsScript.Sheets.Schema.ConditionalFormatRule;

/**
 * The spreadsheet's tabs as one snapshot (names, ids, positions, hidden), read with a single call, and the
 * Sheet objects of the tabs an action actually reads, fetched by name when first asked for.
 */
export interface SheetIndex {
  readonly ss: Spreadsheet;
  readonly tabs: readonly TabState[];
  /**
   * Each tab's conditional format rules by sheet id (ranges and condition), read in the same call when asked
   * for with `{ conditionalFormats: true }`; empty otherwise.
   */
  readonly conditionalFormats: ReadonlyMap<number, readonly ConditionalFormatRule[]>;
  /** The tab named exactly `name`, or null. */
  get(name: string): Sheet | null;
}

const PROPERTIES_FIELDS =
  "sheets.properties(sheetId,title,index,hidden,gridProperties(rowCount,columnCount))";
/**
 * What the input help needs of a rule to tell the add-on's own from a partner's, and whether its colour is
 * still the setting's (core/inputhelp.ts).
 */
const RULE_FIELDS = "sheets.conditionalFormats(ranges,booleanRule(condition,format.backgroundColor))";

const ids = new WeakMap<Spreadsheet, string>();

/** The spreadsheet's id, asked of Google once per execution (every Sheets API call of an action names it). */
export function spreadsheetId(ss: Spreadsheet): string {
  let id = ids.get(ss);
  if (id === undefined) {
    id = ss.getId();
    ids.set(ss, id);
  }
  return id;
}

/**
 * One call for the snapshot: the Sheets API when the manifest enables it, else SpreadsheetApp. Pages that
 * may open before full authorisation (LIMITED mode, where the advanced service is refused) pass
 * `{ api: false }`. `conditionalFormats`: the tabs' conditional format rules too, in the same call (an action
 * that replaces the add-on's own rules in its batch).
 */
export function indexSheets(
  ss: Spreadsheet,
  opts: { api?: boolean; conditionalFormats?: boolean } = {},
): SheetIndex {
  const api = opts.api === false || typeof Sheets === "undefined" ? undefined : Sheets;
  let tabs: TabState[];
  let known: Map<string, Sheet> | null = null;
  const conditionalFormats = new Map<number, readonly ConditionalFormatRule[]>();
  if (api?.Spreadsheets) {
    const got = api.Spreadsheets.get(spreadsheetId(ss), {
      fields: opts.conditionalFormats ? `${PROPERTIES_FIELDS},${RULE_FIELDS}` : PROPERTIES_FIELDS,
    });
    for (const s of got.sheets ?? [])
      if (s.conditionalFormats?.length)
        conditionalFormats.set(s.properties?.sheetId ?? 0, s.conditionalFormats);
    tabs = (got.sheets ?? []).map((s) => ({
      id: s.properties?.sheetId ?? 0,
      name: s.properties?.title ?? "",
      index: s.properties?.index ?? 0,
      hidden: s.properties?.hidden === true,
      rows: s.properties?.gridProperties?.rowCount ?? 0,
      columns: s.properties?.gridProperties?.columnCount ?? 0,
    }));
  } else {
    const sheets = ss.getSheets();
    known = new Map(sheets.map((s) => [s.getName(), s] as const));
    tabs = sheets.map((s, index) => ({
      id: s.getSheetId(),
      name: s.getName(),
      index,
      hidden: s.isSheetHidden(),
    }));
  }
  const fetched = new Map<string, Sheet | null>(known ? [...known] : []);
  return {
    ss,
    tabs,
    conditionalFormats,
    get(name) {
      if (!fetched.has(name))
        fetched.set(name, tabs.some((t) => t.name === name) ? ss.getSheetByName(name) : null);
      return fetched.get(name) ?? null;
    },
  };
}

/** The tab of `tab` (case- and accent-insensitive), or null. */
export function findSheet(index: SheetIndex, tab: TabDef): Sheet | null {
  const name = findTabName(
    index.tabs.map((t) => t.name),
    tab,
  );
  return name === undefined ? null : index.get(name);
}

/**
 * The tab of `tab` without a snapshot: its exact name first (one call), the case- and accent-insensitive
 * search over all tabs only when that misses. For pages and the language, before an action's snapshot.
 */
export function sheetOf(ss: Spreadsheet, tab: TabDef): Sheet | null {
  return ss.getSheetByName(tab.name) ?? findSheet(indexSheets(ss, { api: false }), tab);
}

/** All values of a sheet, in one call; [] for an empty sheet. */
export function readValues(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

/** The `Taal` setting, read before anything else so that the run speaks the user's language. */
export function langOf(ss: Spreadsheet): Lang {
  const sheet = sheetOf(ss, SETTINGS_TAB);
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

/** The name of the tab the user looks at (read it before an action writes). */
export function activeTabName(ss: Spreadsheet): string | null {
  return ss.getActiveSheet()?.getName() ?? null;
}
