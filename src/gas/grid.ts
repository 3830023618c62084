/**
 * Writes generated tabs with the Sheets API (spreadsheets.batchUpdate) and swaps them in all-or-nothing:
 * the plan is core/swap.ts's, the requests core/batch.ts's; this file only calls. Per action: the new tabs
 * are built hidden under temporary names, charts included (in as many calls as core/batches.ts cuts them into),
 * then one batch makes them the visible ones,
 * together with anything else that must change at the same moment (today's Historie rows).
 */
import { gridRequests, gridSize } from "../core/batch";
import { splitBatches } from "../core/batches";
import { parseIdList, tabToActivate } from "../core/owned";
import {
  addTabRequests,
  firstFreeId,
  isTemporaryName,
  type NewTab,
  planSwap,
  type TabSpec,
} from "../core/swap";
import { type SheetIndex, spreadsheetId } from "./workbook";

type Request = GoogleAppsScript.Sheets.Schema.Request;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type { TabSpec };

const OWNED_PROPERTY = "netwerkplan.tabs";

/** Sheet ids of the tabs this add-on made (kept in the document's properties). */
export function ownedTabIds(): Set<number> {
  return parseIdList(PropertiesService.getDocumentProperties()?.getProperty(OWNED_PROPERTY));
}

/**
 * Records ids as the add-on's before tabs with them are made (by a batch that may still fail): whatever
 * happens next, a tab with one of these ids is never taken for a person's. Ids that never got a tab are
 * dropped by the next replacement (core/swap.ts's `ownedAfter`).
 */
export function claimTabIds(ids: readonly number[]): void {
  if (ids.length === 0) return;
  const all = [...new Set([...ownedTabIds(), ...ids])].sort((a, b) => a - b);
  PropertiesService.getDocumentProperties()?.setProperty(OWNED_PROPERTY, JSON.stringify(all));
}

function sheetsApi(): GoogleAppsScript.Sheets {
  if (typeof Sheets === "undefined" || !Sheets) throw new Error("The Sheets advanced service is not enabled");
  return Sheets;
}

/** One spreadsheets.batchUpdate: all of `requests` or, if any fails, none. */
export function batch(ss: Spreadsheet, requests: Request[]): void {
  if (requests.length > 0) sheetsApi().Spreadsheets!.batchUpdate({ requests }, spreadsheetId(ss));
}

/** The new tabs' requests (after the leftovers' cleanup) in as few calls as fit core/batches.ts's limits. */
function buildBatches(
  cleanup: Request[],
  tabs: readonly NewTab[],
  opts: ReplaceOptions,
  timeZone: string,
): Request[][] {
  const requests: Request[] = [];
  const rowBytes = new Map<Request, number[]>();
  for (const n of tabs) {
    requests.push(...addTabRequests(n, gridSize(n.spec.grid), opts.protection));
    const write = gridRequests(n.id, n.spec.grid, timeZone, opts.cutNote);
    requests.push(...write.requests);
    for (const [request, bytes] of write.rowBytes) rowBytes.set(request, bytes);
  }
  return splitBatches(cleanup, requests, undefined, rowBytes);
}

/**
 * After a failed build or swap: the new tabs that are still hidden under their temporary name are deleted
 * at once (best effort: when this fails too, the next run's cleanup removes them; they are hidden and never
 * a person's). A tab the swap already renamed is never touched.
 */
function removeLeftovers(ss: Spreadsheet, ids: readonly number[]): void {
  try {
    const got = sheetsApi().Spreadsheets!.get(spreadsheetId(ss), {
      fields: "sheets.properties(sheetId,title)",
    });
    const temporary = new Set(
      (got.sheets ?? [])
        .filter((s) => isTemporaryName(s.properties?.title))
        .map((s) => s.properties?.sheetId),
    );
    batch(
      ss,
      ids.filter((id) => temporary.has(id)).map((id) => ({ deleteSheet: { sheetId: id } })),
    );
  } catch (_cleanup) {
    // The next run removes them before it builds.
  }
}

export interface ReplaceOptions {
  /** The protection description of a generated tab. */
  protection: string;
  /** The note on a cell whose text was cut to fit (Sheets holds 50,000 characters per cell). */
  cutNote: string;
  /** Other generated names (so an owned tab a person renamed is recognised as renamed). */
  generatedNames: readonly string[];
  /** Delete the add-on's dashboards that are not among the specs. */
  removeStaleDashboards?: boolean;
  /** The tab the user looked at, read before the action's first write. */
  active: string | null;
  /** The spreadsheet's time zone (dates are written as the days they show there), read with the snapshot. */
  timeZone: string;
  /** Requests that must happen at the same moment as the swap (e.g. today's Historie rows). */
  alsoInSwap?: Request[];
}

export interface ReplaceResult {
  /** A person's tabs renamed to make way, by their new name. */
  renamed: string[];
  /** The add-on's dashboards of projects that are gone, deleted by the swap. */
  removed: string[];
  /** The sheet id each spec's tab got, by name. */
  ids: Map<string, number>;
}

/**
 * Replaces generated tabs all-or-nothing (core/swap.ts). The user's active tab stays active unless it is
 * one that is now hidden.
 */
export function replaceTabs(
  index: SheetIndex,
  specs: readonly TabSpec[],
  opts: ReplaceOptions,
): ReplaceResult {
  const ss = index.ss;
  const owned = ownedTabIds();
  const plan = planSwap({
    tabs: index.tabs,
    owned,
    specs,
    generatedNames: opts.generatedNames,
    removeStaleDashboards: opts.removeStaleDashboards === true,
    firstNewId: firstFreeId(index.tabs),
  });
  // The new ids are the add-on's from before they exist: whatever happens next, they are never a person's.
  const props = PropertiesService.getDocumentProperties();
  props?.setProperty(
    OWNED_PROPERTY,
    JSON.stringify([...new Set([...owned, ...plan.ownedBefore])].sort((a, b) => a - b)),
  );
  const timeZone = opts.timeZone;
  try {
    for (const requests of buildBatches(plan.cleanup, plan.newTabs, opts, timeZone)) batch(ss, requests);
    // The one visible moment: old tabs out, new tabs in, at once.
    batch(ss, [...plan.swap, ...(opts.alsoInSwap ?? [])]);
  } catch (e) {
    removeLeftovers(
      ss,
      plan.newTabs.map((n) => n.id),
    );
    throw e;
  }
  props?.setProperty(OWNED_PROPERTY, JSON.stringify([...plan.ownedAfter].sort((a, b) => a - b)));
  // Back to the user's tab only when the swap replaced it (one read after the writes, then).
  const back = tabToActivate(opts.active, specs, plan.deleted);
  const backId = back === null ? undefined : plan.newTabs.find((n) => n.spec.name === back)?.id;
  const sheet = backId === undefined ? null : ss.getSheetById(backId);
  if (sheet) ss.setActiveSheet(sheet);
  return {
    renamed: plan.renamed.map((r) => r.to),
    removed: plan.removed,
    ids: new Map(plan.newTabs.map((n) => [n.spec.name, n.id])),
  };
}
