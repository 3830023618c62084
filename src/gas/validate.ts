/**
 * `Valideren`: reads every source tab once, gives new activities their ID, validates in core, and rebuilds
 * the `Validatie` and `Status` tabs. Nothing a partner typed is rewritten; only empty ID cells are filled.
 */
import { isoInZone } from "../core/dates";
import { assignIds, idGuardColumns, idGuardRows, idsStillFit, idWrites, withIds } from "../core/ids";
import { statusColourRefresh } from "../core/inputhelp";
import { type ActionOutput, validationOutcome } from "../core/summaries";
import { ALL_TABS, STATUS_TAB, VALIDATION_TAB } from "../core/tabs";
import { statusGrid, validationGrid } from "../core/validation/grids";
import {
  type MeetingTabsResult,
  type ValidationResult,
  validateMeetingTabs,
  validateWorkbook,
} from "../core/validation/workbook";
import { replaceTabs, type TabSpec } from "./grid";
import {
  type MeetingSourceTabs,
  rawOf,
  readMeetingSourceTabs,
  readSourceTabs,
  type SourceTab,
  type SourceTabs,
} from "./read";
import type { RunEnv } from "./run";
import { activeTabName, indexSheets, type SheetIndex } from "./workbook";

const LAST_ID_PROPERTY = "netwerkplan.lastId";

export interface Validated {
  /** The one snapshot of the tabs this action works from. */
  index: SheetIndex;
  tabs: SourceTabs;
  result: ValidationResult;
  today: string;
  timeZone: string;
  idsAssigned: number;
}

/** Reads, assigns IDs and validates: the first step of every action that uses the partners' data. */
export function readAndValidate(
  env: RunEnv,
  opts: { assignIds?: boolean; index?: SheetIndex } = {},
): Validated {
  const { ss, lang } = env;
  const index = opts.index ?? indexSheets(ss);
  const timeZone = ss.getSpreadsheetTimeZone();
  const today = isoInZone(env.now, timeZone);
  const tabs = readSourceTabs(index);
  const idsAssigned = tabs.activities && opts.assignIds !== false ? fillIds(tabs.activities) : 0;
  const result = validateWorkbook(rawOf(tabs), { today, lang, timeZone });
  return { index, tabs, result, today, timeZone, idsAssigned };
}

export interface ValidatedMeetings {
  tabs: MeetingSourceTabs;
  result: MeetingTabsResult;
  timeZone: string;
}

/**
 * Reads and validates Leden, Vergaderingen and Instellingen only: the first step of the actions that plan and
 * send meetings, which use nothing of the activities (core/validation/workbook.ts validateMeetingTabs).
 */
export function readAndValidateMeetings(env: RunEnv): ValidatedMeetings {
  const { ss, lang } = env;
  const index = indexSheets(ss);
  const timeZone = ss.getSpreadsheetTimeZone();
  const today = isoInZone(env.now, timeZone);
  const tabs = readMeetingSourceTabs(index);
  const result = validateMeetingTabs(
    {
      members: tabs.members?.raw ?? null,
      meetings: tabs.meetings?.raw ?? null,
      settings: tabs.settings?.raw ?? null,
    },
    { today, lang, timeZone },
  );
  return { tabs, result, timeZone };
}

/** The names of the tabs the add-on generates (a dashboard's name is recognised by its prefix). */
export const GENERATED_NAMES = ALL_TABS.filter((t) => t.kind === "generated").map((t) => t.name);

/** Writes IDs into empty ID cells (core/ids.ts decides which, and whether it is still safe). */
function fillIds(tab: SourceTab): number {
  const props = PropertiesService.getDocumentProperties();
  const last = Number(props?.getProperty(LAST_ID_PROPERTY) ?? 0) || 0;
  const { updates, lastIssued } = assignIds(tab.raw, last);
  const block = idGuardRows(updates);
  const cols = idGuardColumns(tab.raw);
  if (block === null || cols.id < 0) return 0;
  const reread = (col: number) =>
    col < 0
      ? []
      : tab.sheet
          .getRange(block.first, col + 1, block.count, 1)
          .getValues()
          .map((r) => r[0]);
  const idsNow = reread(cols.id);
  if (!idsStillFit(tab.raw, updates, cols, idsNow, reread(cols.subject))) return 0;
  for (const w of idWrites(updates, idsNow))
    tab.sheet.getRange(w.first, cols.id + 1, w.values.length, 1).setValues(w.values);
  props?.setProperty(LAST_ID_PROPERTY, String(lastIssued));
  tab.raw = withIds(tab.raw, cols.id, updates);
  return updates.length;
}

/**
 * The requests that bring the status colours of `Activiteiten` in step with the settings (none when they
 * are), from the rules the snapshot read: for the swap of the actions that validate. The snapshot must have
 * read them (indexSheets with conditionalFormats); without, there are none to bring in step.
 */
export function statusColours(v: Validated): GoogleAppsScript.Sheets.Schema.Request[] {
  const activities = v.tabs.activities?.raw ?? null;
  const snap = activities ? v.index.tabs.find((t) => t.name === activities.name) : undefined;
  return statusColourRefresh({
    activities,
    tab: snap ? { name: snap.name, id: snap.id, rows: snap.rows ?? 0 } : null,
    rules: (snap && v.index.conditionalFormats.get(snap.id)) ?? [],
    settings: v.result.settings,
  });
}

/** The `Validatie` and `Status` tabs of a validation result. */
export function validationTabs(env: RunEnv, v: Validated): TabSpec[] {
  // The ids from the snapshot: no call, and none after the IDs were written.
  const sheetIds = new Map<string, number>();
  for (const tab of Object.values(v.tabs) as (SourceTab | null)[]) {
    const id = tab ? v.index.tabs.find((t) => t.name === tab.raw.name)?.id : undefined;
    if (tab && id !== undefined) sheetIds.set(tab.raw.name, id);
  }
  return [
    { name: VALIDATION_TAB.name, grid: validationGrid(v.result.problems, sheetIds, env.t) },
    { name: STATUS_TAB.name, grid: statusGrid(v.result.activities, v.result.settings, v.timeZone, env.t) },
  ];
}

export function validateAction(env: RunEnv): ActionOutput {
  env.ss.toast(env.t("validation.progress"), env.t("app.title"), 5);
  const active = activeTabName(env.ss);
  // The snapshot with the conditional format rules, for the status colours (statusColours).
  const v = readAndValidate(env, { index: indexSheets(env.ss, { conditionalFormats: true }) });
  const colours = statusColours(v);
  const { renamed } = replaceTabs(v.index, validationTabs(env, v), {
    active,
    timeZone: v.timeZone,
    protection: env.t("protection.description"),
    cutNote: env.t("grid.cut"),
    generatedNames: GENERATED_NAMES,
    alsoInSwap: colours,
  });
  return validationOutcome(v.result, v.idsAssigned, renamed, env.t, colours.length > 0);
}
