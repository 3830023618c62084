/**
 * `Historie` (PRODUCT.md §2, §3): one row per activity per generation day, the source of the overview's
 * trend. Generating twice on one day replaces that day's rows.
 */

import { GridBuilder, table } from "./blocks";
import type { IsoDate } from "./dates";
import { parseDeadline } from "./deadline";
import type { Grid } from "./grid";
import type { Activity } from "./records";
import { HISTORY_TAB, matchColumns } from "./tabs";
import { matchVocab, normalizeHeader, PHASES, type Phase, STATUSES, type Status } from "./vocab";

export interface HistoryRow {
  id: string;
  date: IsoDate;
  status: Status;
  fase: Phase;
}

/** Column widths of the hidden `Historie` tab. */
const HISTORY_COL_WIDTHS = [90, 100, 140, 120];
/** Positions when the tab has no recognisable header row. */
const DEFAULT_COLUMNS = { id: 0, datum: 1, status: 2, fase: 3 };

/**
 * The rows of `Historie` (header row optional, columns found by header). Tolerant: a row without an id,
 * a day (an IsoDate, dd-mm-yyyy or a date cell) or a known status and fase is skipped; a repeated
 * (id, day) keeps its last row.
 */
export function parseHistory(values: readonly (readonly unknown[])[]): HistoryRow[] {
  const first = values[0] ?? [];
  const hasHeader = first.some((h) => normalizeHeader(h) === "id");
  const cols = hasHeader ? matchColumns(HISTORY_TAB, first) : DEFAULT_COLUMNS;
  const byKey = new Map<string, HistoryRow>();
  for (const row of hasHeader ? values.slice(1) : values) {
    const r = parseRow(row, cols);
    if (r === null) continue;
    const key = `${r.id}\u0000${r.date}`;
    byKey.delete(key);
    byKey.set(key, r);
  }
  return [...byKey.values()];
}

function parseRow(row: readonly unknown[], cols: Record<string, number>): HistoryRow | null {
  const at = (key: string) => {
    const i = cols[key] ?? -1;
    return i >= 0 ? row[i] : undefined;
  };
  const rawId = at("id");
  const id = typeof rawId === "string" || typeof rawId === "number" ? String(rawId).trim() : "";
  const day = parseDeadline(at("datum"));
  const status = matchVocab(at("status"), STATUSES);
  const fase = matchVocab(at("fase"), PHASES);
  if (id === "" || !day.ok || day.deadline.kind !== "period" || day.deadline.granularity !== "day")
    return null;
  if (!status.ok || !fase.ok) return null;
  return { id, date: day.deadline.end, status: status.value, fase: fase.value };
}

/**
 * `existing` without the rows of `today`, plus one row per activity for `today`, sorted by day (stable).
 * Activities without an id yet are left out.
 */
export function mergeHistory(
  existing: readonly HistoryRow[],
  today: IsoDate,
  activities: readonly Activity[],
): HistoryRow[] {
  const seen = new Set<string>();
  const todays: HistoryRow[] = [];
  for (const a of activities) {
    if (a.id === "" || seen.has(a.id)) continue;
    seen.add(a.id);
    todays.push({ id: a.id, date: today, status: a.status, fase: a.phase });
  }
  return [...existing.filter((r) => r.date !== today), ...todays].sort((x, y) =>
    x.date < y.date ? -1 : x.date > y.date ? 1 : 0,
  );
}

/** The `Historie` tab: header ID, Datum, Status, Fase; days as yyyy-mm-dd text. */
export function historyGrid(rows: readonly HistoryRow[]): Grid {
  const b = new GridBuilder(HISTORY_COL_WIDTHS);
  table(
    b,
    0,
    0,
    HISTORY_TAB.columns.map((c) => c.header),
    rows.map((r) => [{ v: r.id }, { v: r.date }, { v: r.status }, { v: r.fase }]),
  );
  return b.build({ frozenRows: 1 });
}

/** Status counts per generation day, oldest first. */
export function trend(rows: readonly HistoryRow[]): { date: IsoDate; counts: Record<Status, number> }[] {
  const byDate = new Map<IsoDate, Record<Status, number>>();
  for (const r of rows) {
    let counts = byDate.get(r.date);
    if (!counts) {
      counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
      byDate.set(r.date, counts);
    }
    counts[r.status]++;
  }
  return [...byDate.keys()].sort().map((date) => ({ date, counts: byDate.get(date)! }));
}
