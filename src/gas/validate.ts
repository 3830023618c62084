/**
 * `Valideren`: reads every source tab once, gives new activities their ID, validates in core, and rebuilds
 * the `Validatie` and `Status` tabs. Nothing a partner typed is rewritten; only empty ID cells are filled.
 */
import { isDateValue, isoInZone } from "../core/dates";
import type { Translate } from "../core/i18n";
import type { RawTab } from "../core/records";
import { runs } from "../core/runs";
import { ACTIVITIES, matchColumns, STATUS, VALIDATION } from "../core/tabs";
import { assignIds, type ValidationResult, validateWorkbook } from "../core/validate";
import { statusGrid, validationGrid } from "../core/validation-tabs";
import { replaceTabs, type TabSpec } from "./grid";
import { rawOf, readSourceTabs, type SourceTab, type SourceTabs } from "./read";
import type { ActionOutput, RunEnv } from "./run";

const LAST_ID_PROPERTY = "netwerkplan.lastId";

export interface Validated {
  tabs: SourceTabs;
  result: ValidationResult;
  today: string;
  timeZone: string;
  idsAssigned: number;
}

/** Reads, assigns IDs and validates: the first step of every action that uses the partners' data. */
export function readAndValidate(env: RunEnv, opts: { assignIds: boolean } = { assignIds: true }): Validated {
  const { ss, lang } = env;
  const timeZone = ss.getSpreadsheetTimeZone();
  const today = isoInZone(env.now, timeZone);
  const tabs = readSourceTabs(ss);
  const idsAssigned = tabs.activities && opts.assignIds ? fillIds(tabs.activities) : 0;
  const result = validateWorkbook(rawOf(tabs), { today, lang, timeZone });
  return { tabs, result, today, timeZone, idsAssigned };
}

/** Writes IDs into empty ID cells, one call per run of consecutive rows, and updates the in-memory copy. */
function fillIds(tab: SourceTab): number {
  const props = PropertiesService.getDocumentProperties();
  const last = Number(props?.getProperty(LAST_ID_PROPERTY) ?? 0) || 0;
  const { updates, lastIssued } = assignIds(tab.raw, last);
  if (updates.length === 0) return 0;
  const cols = matchColumns(ACTIVITIES, tab.raw.values[0] ?? []);
  const col = cols.id ?? -1;
  if (col < 0) return 0;
  if (!stillInPlace(tab, updates, col, cols.subject ?? -1)) return 0;
  for (const run of runs(updates, (a, b) => b.row === a.row + 1)) {
    tab.sheet.getRange(run[0]!.row, col + 1, run.length, 1).setValues(run.map((u) => [u.id]));
  }
  props?.setProperty(LAST_ID_PROPERTY, String(lastIssued));
  tab.raw = withIds(tab.raw, col, updates);
  return updates.length;
}

/**
 * The lock keeps other runs out, not partners' typing: rows may have been inserted or deleted since the
 * tab was read. IDs are written only when, just before writing, every target row still has an empty ID
 * and the same Onderwerp; otherwise this run writes none and the next run assigns them.
 */
function stillInPlace(
  tab: SourceTab,
  updates: readonly { row: number }[],
  idCol: number,
  subjectCol: number,
): boolean {
  const last = updates[updates.length - 1]!.row;
  const first = updates[0]!.row;
  const read = (col: number) =>
    col < 0
      ? []
      : tab.sheet
          .getRange(first, col + 1, last - first + 1, 1)
          .getValues()
          .map((r) => r[0]);
  const ids = read(idCol);
  const subjects = read(subjectCol);
  return updates.every((u) => {
    const i = u.row - first;
    const before = tab.raw.values[u.row - 1]?.[subjectCol];
    return ids[i] === "" && (subjectCol < 0 || sameCell(subjects[i], before ?? ""));
  });
}

function sameCell(a: unknown, b: unknown): boolean {
  const time = (v: unknown) => (isDateValue(v) ? v.getTime() : v);
  return time(a) === time(b);
}

function withIds(raw: RawTab, col: number, updates: readonly { row: number; id: string }[]): RawTab {
  const values = raw.values.map((r) => [...r]);
  const display = raw.display.map((r) => [...r]);
  for (const u of updates) {
    const r = u.row - 1;
    while ((values[r]?.length ?? 0) <= col) values[r]?.push("");
    while ((display[r]?.length ?? 0) <= col) display[r]?.push("");
    values[r]![col] = u.id;
    display[r]![col] = u.id;
  }
  return { ...raw, values, display };
}

/** The `Validatie` and `Status` tabs of a validation result. */
export function validationTabs(env: RunEnv, v: Validated): TabSpec[] {
  const sheetIds = new Map<string, number>();
  for (const tab of Object.values(v.tabs) as (SourceTab | null)[]) {
    if (tab) sheetIds.set(tab.raw.name, tab.sheet.getSheetId());
  }
  return [
    { name: VALIDATION.name, grid: validationGrid(v.result.problems, sheetIds, env.t) },
    { name: STATUS.name, grid: statusGrid(v.result.activities, v.result.settings, v.timeZone) },
  ];
}

export function validateAction(env: RunEnv): ActionOutput {
  env.ss.toast(env.t("validation.progress"), env.t("app.title"), 5);
  const v = readAndValidate(env);
  const renamed = replaceTabs(env.ss, validationTabs(env, v), env.t("protection.description"));
  const message = [
    summaryMessage(v, env.t),
    ...(renamed.length ? [env.t("tabs.renamed", { tabs: renamed.join(", ") })] : []),
  ];
  return { message: message.join("\n"), details: validationDetails(v, env.t) };
}

function summaryMessage(v: Validated, t: Translate): string {
  const { counts, problems } = v.result;
  const errors = problems.filter((p) => p.severity === "error").length;
  const lines = [
    problems.length === 0
      ? t("validation.summaryClean", { activities: counts.activities })
      : t("validation.summary", {
          activities: counts.activities,
          valid: counts.valid,
          errors,
          warnings: problems.length - errors,
        }),
  ];
  if (v.idsAssigned > 0) lines.push(t("validation.idsAssigned", { count: v.idsAssigned }));
  return lines.join("\n");
}

/** What the local run puts in samenvatting.json (`counts`, `problems`). */
export function validationDetails(v: Validated, t: Translate): Record<string, unknown> {
  return {
    counts: v.result.counts,
    problems: v.result.problems.map((p) => ({
      tab: p.tab,
      row: p.row,
      column: p.column,
      value: p.value,
      severity: t(p.severity === "error" ? "severity.error" : "severity.warning"),
      message: p.message,
      suggestion: p.suggestion,
    })),
    idsAssigned: v.idsAssigned,
  };
}
