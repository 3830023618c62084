/**
 * Replacing the generated tabs all-or-nothing (PRODUCT.md §7): every new tab is first built hidden under a
 * temporary name (several calls, none of them visible), then ONE spreadsheets.batchUpdate swaps them in —
 * old tabs of the add-on deleted, a person's tab that carries a generated name renamed to `<naam> (eigen)`,
 * the new tabs renamed and shown. The API applies a batch entirely or not at all, so after any single
 * failure a person sees the complete previous workbook or the complete new one. Leftovers of an
 * interrupted run are hidden and are removed by the next run's first batch.
 *
 * Ownership is by sheet id only: a tab is the add-on's when the add-on made it (its id is recorded before
 * the tab exists) and it still carries a name the add-on gives. Any other tab is a person's and is never
 * deleted, whatever its name.
 */
import type { Grid } from "./grid";
import { DASHBOARD_PREFIX, freeTabName } from "./tabnames";

type Request = GoogleAppsScript.Sheets.Schema.Request;

/** A new tab is built under its name plus this suffix, hidden, until the swap. */
export const TEMP_SUFFIX = " ~nieuw";

/** A sheet id above every id in use: new tabs take this one and the next ones. */
export const firstFreeId = (tabs: readonly { id: number }[]): number =>
  Math.max(0, ...tabs.map((t) => t.id)) + 1;

/** Whether a tab's name is a new tab's temporary one (the swap has not renamed it yet). */
export const isTemporaryName = (name: string | null | undefined): boolean =>
  typeof name === "string" && name.endsWith(TEMP_SUFFIX);

/** A tab of the spreadsheet as one snapshot at the start of the action sees it. */
export interface TabState {
  id: number;
  name: string;
  index: number;
  hidden: boolean;
  /** The grid's size, when the snapshot was read with the Sheets API. */
  rows?: number;
  columns?: number;
}

export interface TabSpec {
  name: string;
  grid: Grid;
  hidden?: boolean;
  /** Where a tab that does not exist yet goes: before this tab when it exists, else at the end. */
  before?: string;
}

export interface SwapInput {
  tabs: readonly TabState[];
  /** Ids of the tabs the add-on made (document properties). */
  owned: ReadonlySet<number>;
  specs: readonly TabSpec[];
  /** Names the add-on generates besides the specs' (e.g. Validatie, Status, Overzicht, Historie). */
  generatedNames: readonly string[];
  /** Delete the add-on's dashboards that are not among the specs (their project is gone). */
  removeStaleDashboards: boolean;
  /** A number no sheet id uses yet, from which the new tabs' ids are taken. */
  firstNewId: number;
}

export interface NewTab {
  spec: TabSpec;
  /** The id the new tab gets (chosen here, so it can be recorded as owned before it exists). */
  id: number;
  tempName: string;
  /** Position of the new tab: where the old one, or the `before` tab, is; else at the end. */
  index: number;
}

export interface SwapPlan {
  /** Leftover temporary tabs of an earlier interrupted run: deleted before anything is built. */
  cleanup: Request[];
  newTabs: NewTab[];
  /** The one batch that makes the new tabs the visible ones. */
  swap: Request[];
  /** Owned ids to record before building (the old ones still present, and the new ones). */
  ownedBefore: number[];
  /** Owned ids after a successful swap. */
  ownedAfter: number[];
  /** A person's tabs renamed to make way, as `old → new` names. */
  renamed: { from: string; to: string }[];
  /** The add-on's tabs the swap deletes (replaced ones and dashboards of removed projects). */
  deleted: string[];
  /** Of those, the dashboards of projects that are gone (no new tab takes their name). */
  removed: string[];
}

/** Whether `name` is one the add-on gives a tab (so an owned tab renamed by a person is left alone). */
function isGeneratedName(name: string, generated: ReadonlySet<string>): boolean {
  return generated.has(name) || name.startsWith(DASHBOARD_PREFIX);
}

export function planSwap(input: SwapInput): SwapPlan {
  const { tabs, owned, specs } = input;
  const generated = new Set([...input.generatedNames, ...specs.map((s) => s.name)]);
  const ours = (t: TabState) => owned.has(t.id);
  // Leftovers: tabs the add-on made under a temporary name that an interrupted run never swapped in.
  const leftovers = tabs.filter((t) => ours(t) && isTemporaryName(t.name));
  const cleanup: Request[] = leftovers.map((t) => ({ deleteSheet: { sheetId: t.id } }));
  const live = tabs.filter((t) => !leftovers.includes(t));

  // The tabs in order as they will be while the new ones are added one by one (leftovers gone).
  const order = [...live].sort((a, b) => a.index - b.index).map((t) => t.id);
  let nextId = input.firstNewId;
  const newTabs: NewTab[] = specs.map((spec) => {
    const old = live.find((t) => t.name === spec.name);
    const before = spec.before ? live.find((t) => t.name === spec.before) : undefined;
    const anchor = old ?? before;
    const at = anchor ? order.indexOf(anchor.id) : order.length;
    const id = nextId++;
    order.splice(at, 0, id);
    return { spec, id, tempName: spec.name + TEMP_SUFFIX, index: at };
  });

  const swap: Request[] = [];
  const deleted: string[] = [];
  const removed: string[] = [];
  const renamed: SwapPlan["renamed"] = [];
  const wanted = new Set(specs.map((s) => s.name));
  const takenNames = live.map((t) => t.name);
  for (const t of live) {
    const replaced = wanted.has(t.name);
    const stale =
      input.removeStaleDashboards && ours(t) && t.name.startsWith(DASHBOARD_PREFIX) && !wanted.has(t.name);
    if (replaced && ours(t) && isGeneratedName(t.name, generated)) {
      swap.push({ deleteSheet: { sheetId: t.id } });
      deleted.push(t.name);
    } else if (replaced) {
      const to = freeTabName(`${t.name} (eigen)`, [...takenNames, ...renamed.map((r) => r.to), ...wanted]);
      swap.push({ updateSheetProperties: { properties: { sheetId: t.id, title: to }, fields: "title" } });
      renamed.push({ from: t.name, to });
    } else if (stale) {
      swap.push({ deleteSheet: { sheetId: t.id } });
      deleted.push(t.name);
      removed.push(t.name);
    }
  }
  for (const n of newTabs) {
    swap.push({
      updateSheetProperties: {
        properties: { sheetId: n.id, title: n.spec.name, hidden: n.spec.hidden === true },
        fields: "title,hidden",
      },
    });
  }
  const deletedIds = new Set(
    swap.flatMap((r) => (r.deleteSheet?.sheetId !== undefined ? [r.deleteSheet.sheetId] : [])),
  );
  const present = tabs.filter((t) => ours(t) && !leftovers.includes(t)).map((t) => t.id);
  const newIds = newTabs.map((n) => n.id);
  return {
    cleanup,
    newTabs,
    swap,
    ownedBefore: [...present, ...newIds],
    ownedAfter: [...present.filter((id) => !deletedIds.has(id)), ...newIds],
    renamed,
    deleted,
    removed,
  };
}

/** The requests that create a new tab, hidden and protected (warning only), sized to its grid. */
export function addTabRequests(
  n: NewTab,
  size: { rowCount: number; columnCount: number },
  protection: string,
): Request[] {
  const grid = n.spec.grid;
  return [
    {
      addSheet: {
        properties: {
          sheetId: n.id,
          title: n.tempName,
          index: n.index,
          hidden: true,
          gridProperties: {
            rowCount: size.rowCount,
            columnCount: size.columnCount,
            frozenRowCount: grid.frozenRows,
            hideGridlines: grid.hiddenGridlines,
          },
        },
      },
    },
    {
      addProtectedRange: {
        protectedRange: { range: { sheetId: n.id }, description: protection, warningOnly: true },
      },
    },
  ];
}
