/**
 * `Werkblad inrichten`: reads the workbook once, plans in core (core/setup.ts, core/setup-requests.ts) and
 * applies the plan in one Sheets API batch (all of it or nothing); then drop-downs and colours.
 */
import type { Translate } from "../core/i18n";
import { planInputHelp } from "../core/inputhelp";
import { planSetup, type TabSnapshot } from "../core/setup";
import { setupRequests } from "../core/setup-requests";
import { type ActionOutput, setupOutcome } from "../core/summaries";
import { firstFreeId } from "../core/swap";
import { ALL_TABS, findTabName, HEADER_SEARCH_ROWS, SETTINGS_TAB } from "../core/tabs";
import { activeGroups } from "../core/validation/references";
import { batch, claimTabIds } from "./grid";
import { applyInputHelp } from "./inputhelp";
import { rawOf } from "./read";
import type { RunEnv } from "./run";
import { readAndValidate } from "./validate";
import { indexSheets, readValues } from "./workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function setUpWorkbook(env: RunEnv): ActionOutput {
  const { ss, t, now } = env;
  // The batch adds tabs and never hides or deletes one: the user's tab stays the active one by itself.
  const out = applySetupPlan(ss, t, now);
  // Drop-downs and colours follow the current projects, groups and colour settings.
  const v = readAndValidate(env, { assignIds: false });
  const raw = rawOf(v.tabs);
  const plan = planInputHelp({ ...raw, groups: activeGroups(v.result.members), settings: v.result.settings });
  applyInputHelp(v.tabs, plan, t);
  return out;
}

function applySetupPlan(ss: Spreadsheet, t: Translate, now: Date): ActionOutput {
  const index = indexSheets(ss);
  const tabs: TabSnapshot[] = [];
  let settingsValues: unknown[][] | null = null;
  for (const tab of ALL_TABS) {
    const name = findTabName(
      index.tabs.map((s) => s.name),
      tab,
    );
    if (name === undefined) continue;
    const sheet = index.get(name)!;
    const lastRow = sheet.getLastRow();
    const lastCol = sheet.getLastColumn();
    if (tab === SETTINGS_TAB) {
      settingsValues = lastRow > 0 ? readValues(sheet) : [];
      tabs.push({ name, header: settingsValues[0] ?? [], lastRow });
    } else {
      // The first rows in one read: the header, and where a header further down is, if row 1 has none.
      const top =
        lastRow > 0 && lastCol > 0
          ? sheet.getRange(1, 1, Math.min(lastRow, HEADER_SEARCH_ROWS), lastCol).getValues()
          : [];
      tabs.push({ name, header: top[0] ?? [], lastRow, top });
    }
  }
  const year = Number(Utilities.formatDate(now, ss.getSpreadsheetTimeZone(), "yyyy"));
  const plan = planSetup({ tabs, settingsValues, spreadsheetName: ss.getName(), year });
  const { requests, created } = setupRequests({
    ops: plan.ops,
    existing: new Map(
      index.tabs.map((s) => [s.name, { id: s.id, rows: s.rows ?? 0, columns: s.columns ?? 0 }] as const),
    ),
    tabCount: index.tabs.length,
    firstNewId: firstFreeId(index.tabs),
    texts: { protection: t("protection.description"), placeholder: t("overview.placeholder") },
  });
  // The generated tabs are the add-on's before they exist; then everything at once, or nothing.
  claimTabIds(created.filter((c) => c.generated).map((c) => c.id));
  batch(ss, requests);
  return setupOutcome(
    plan,
    tabs.map((tab) => tab.name),
    t,
  );
}
