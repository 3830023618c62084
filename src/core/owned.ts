/**
 * The generated tabs the add-on owns, and the decisions of replacing them: which existing tab with a
 * generated tab's name is the add-on's own (and may be deleted), and which tab is active afterwards.
 */
import type { Grid } from "./grid";

/** A new tab is built under its name plus this suffix, hidden, until every new tab is complete. */
export const TEMP_SUFFIX = " ~nieuw";

/** The sheet ids in a stored JSON list; empty for anything else. */
export function parseIdList(json: string | null | undefined): Set<number> {
  try {
    const v: unknown = JSON.parse(json ?? "[]");
    return new Set(Array.isArray(v) ? v.filter((x): x is number => typeof x === "number") : []);
  } catch (_e) {
    return new Set();
  }
}

/** The stored form of a set of sheet ids: sorted, no duplicates, only those still present. */
export function idListJson(ids: Iterable<number>, present: ReadonlySet<number>): string {
  return JSON.stringify([...new Set(ids)].filter((id) => present.has(id)).sort((a, b) => a - b));
}

/** What the writer knows of an existing tab that has a generated tab's name. */
export interface ExistingTab {
  id: number;
  hiddenGridlines: boolean;
  /** The display values of its first row, as far as the new grid's first row is wide ([] if not read). */
  header: readonly string[];
}

/**
 * Whether an existing tab with a generated tab's name is one this add-on made: by its id, or — for a
 * workbook whose properties were lost (an imported copy) — by its shape: hidden gridlines for the
 * one-pagers, the generated header row for the tables.
 */
export function isOwnTab(tab: ExistingTab, grid: Grid, owned: ReadonlySet<number>): boolean {
  if (owned.has(tab.id)) return true;
  if (grid.hiddenGridlines) return tab.hiddenGridlines;
  const first = grid.rows[0] ?? [];
  if (first.length === 0 || tab.header.length < first.length) return false;
  return first.every((c, i) => String(c.v ?? "") === tab.header[i]);
}

/** Whether the writer needs the header of an existing tab to decide isOwnTab (saves a read otherwise). */
export function needsHeader(id: number, grid: Grid, owned: ReadonlySet<number>): boolean {
  return !owned.has(id) && !grid.hiddenGridlines && (grid.rows[0]?.length ?? 0) > 0;
}

/** The tab to show after a replacement: the user's tab, unless it is now hidden; else the first new one. */
export function tabToActivate(
  activeName: string | null | undefined,
  specs: readonly { name: string; hidden?: boolean }[],
): string | null {
  if (activeName && !specs.some((s) => s.name === activeName && s.hidden)) return activeName;
  return specs[0]?.name ?? null;
}
