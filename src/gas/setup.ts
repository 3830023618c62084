/**
 * `Werkblad inrichten`: reads the workbook once (one snapshot of the tabs with their conditional format rules,
 * the source tabs' cells), plans in core (core/setup.ts, core/setup-requests.ts, core/inputhelp.ts) and applies
 * the plan in ONE Sheets API batch, all of it or nothing: the tabs, headers, columns, settings, protections,
 * and the drop-downs and status colours on the workbook as the same batch leaves it. Nothing is read after it.
 */
import { isoInZone } from "../core/dates";
import { inputHelpBatch } from "../core/inputhelp";
import { afterSetup, looksEmpty, planSetup, type TabSnapshot, tabSnapshot } from "../core/setup";
import { setupRequests } from "../core/setup-requests";
import { type ActionOutput, setupOutcome } from "../core/summaries";
import { firstFreeId } from "../core/swap";
import { ALL_TABS, findTabName } from "../core/tabs";
import { activeGroups } from "../core/validation/references";
import { validateMeetingTabs } from "../core/validation/workbook";
import { batch, claimTabIds } from "./grid";
import { rawOf, readSourceTabs, type SourceTab } from "./read";
import type { RunEnv } from "./run";
import { indexSheets } from "./workbook";

export function setUpWorkbook(env: RunEnv): ActionOutput {
  const { ss, t, now, lang } = env;
  // Every read first: the snapshot (tabs, grid sizes, conditional formats), then the source tabs' cells.
  const index = indexSheets(ss, { conditionalFormats: true });
  const timeZone = ss.getSpreadsheetTimeZone();
  const spreadsheetName = ss.getName();
  const source = readSourceTabs(index);
  const raw = rawOf(source);
  const read = new Map(
    (Object.values(source) as (SourceTab | null)[]).flatMap((s) =>
      s ? [[s.raw.name, tabSnapshot(s.raw.name, s.raw.values, lastRowOf(s))] as const] : [],
    ),
  );
  // The add-on's other tabs by name alone: the plan only asks whether they exist.
  const names = index.tabs.map((s) => s.name);
  const tabs: TabSnapshot[] = ALL_TABS.flatMap((tab) => {
    const name = findTabName(names, tab);
    return name === undefined ? [] : [read.get(name) ?? { name, header: [], lastRow: 0 }];
  });
  const year = Number(Utilities.formatDate(now, timeZone, "yyyy"));
  const plan = planSetup({ tabs, settingsValues: raw.settings?.values ?? null, spreadsheetName, year });
  const { requests, created, grids } = setupRequests({
    ops: plan.ops,
    existing: new Map(
      index.tabs.map((s) => [s.name, { id: s.id, rows: s.rows ?? 0, columns: s.columns ?? 0 }]),
    ),
    tabCount: index.tabs.length,
    firstNewId: firstFreeId(index.tabs),
    texts: { protection: t("protection.description"), placeholder: t("overview.placeholder") },
    t,
  });
  // Drop-downs and colours on the workbook as the batch leaves it: its new tabs and columns, the current
  // projects, groups and colour settings (validation's reading of Leden and Instellingen).
  const after = afterSetup(raw, plan.ops);
  const today = isoInZone(now, timeZone);
  const people = validateMeetingTabs(
    { members: after.members, meetings: null, settings: after.settings },
    { today, lang, timeZone },
  );
  const help = inputHelpBatch({
    tabs: after,
    groups: activeGroups(people.members),
    settings: people.settings,
    grids,
    rules: index.conditionalFormats,
    help: (key) => t(key),
  });
  // The generated tabs are the add-on's before they exist; then everything at once, or nothing.
  claimTabIds(created.filter((c) => c.generated).map((c) => c.id));
  batch(ss, [...requests, ...help]);
  return setupOutcome(
    plan,
    tabs.map((tab) => tab.name),
    t,
  );
}

/**
 * The last row, asked (one call) only of a tab whose data range looks empty: it may hold a formula that shows
 * nothing, and headers are never written over it.
 */
function lastRowOf(s: SourceTab): number | undefined {
  return looksEmpty(s.raw.values) ? s.sheet.getLastRow() : undefined;
}
