/**
 * `Historie` (PRODUCT.md §2, §3): the status counts of each project on each generation day — the source of
 * the overview's trend. One row per day × project (`Datum | Project | Behaald | Op schema | Doorlopend |
 * Achter op schema`), so a year of daily runs at 60 projects stays near 22,000 rows whatever the number of
 * activities. Rows are appended, never rewritten: a failed swap cannot destroy the history, and a second
 * run on the same day replaces only that day's rows (deleted and appended in the same atomic batch).
 *
 * A `Historie` in the earlier form (one row per activity: ID, Datum, Status, Fase) is read too, its days
 * counted under no project; the first run after it rebuilds the tab in the new form once.
 */
import { adjacentGroups } from "./adjacent";
import { fitCellText } from "./batch";
import { GridBuilder, table } from "./blocks";
import type { IsoDate } from "./dates";
import { parseDeadline } from "./deadline";
import type { Grid } from "./grid";
import type { Activity } from "./records";
import { matchVocab, normalizeHeader, STATUSES, type Status } from "./vocab";

type Request = GoogleAppsScript.Sheets.Schema.Request;

export interface HistoryRow {
  date: IsoDate;
  /** "" for days read from the earlier per-activity form. */
  project: string;
  counts: Record<Status, number>;
}

/** The read `Historie`: its rows, where each sits (1-based sheet row), and whether it needs rebuilding. */
export interface ReadHistory {
  rows: (HistoryRow & { sheetRow: number })[];
  /** The tab is in the earlier per-activity form, or its header is not the add-on's: rebuild it once. */
  rebuild: boolean;
}

export const HISTORY_HEADER = ["Datum", "Project", ...STATUSES] as const;
const HISTORY_COL_WIDTHS = [100, 220, 90, 90, 90, 120];

const zero = (): Record<Status, number> =>
  Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;

function dayOf(v: unknown): IsoDate | null {
  const r = parseDeadline(v);
  return r.ok && r.deadline.kind === "period" && r.deadline.granularity === "day" ? r.deadline.end : null;
}

/** Reads `Historie` in either form; rows that cannot be read are skipped, never an error. */
export function readHistory(values: readonly (readonly unknown[])[]): ReadHistory {
  const header = values[0] ?? [];
  const names = header.map((h) => normalizeHeader(h));
  const isCounts = HISTORY_HEADER.every((h, i) => names[i] === normalizeHeader(h));
  if (isCounts) {
    const rows: ReadHistory["rows"] = [];
    values.forEach((row, i) => {
      if (i === 0) return;
      const date = dayOf(row[0]);
      if (date === null) return;
      const counts = zero();
      STATUSES.forEach((s, k) => {
        const n = row[2 + k];
        counts[s] = typeof n === "number" && Number.isFinite(n) && n >= 0 ? Math.round(n) : 0;
      });
      rows.push({
        date,
        project: typeof row[1] === "string" ? row[1] : String(row[1] ?? ""),
        counts,
        sheetRow: i + 1,
      });
    });
    return { rows, rebuild: false };
  }
  return { rows: readPerActivity(values), rebuild: values.length > 0 };
}

/** The earlier form: one activity's status per day; a repeated (id, day) counts once (its last row). */
function readPerActivity(values: readonly (readonly unknown[])[]): ReadHistory["rows"] {
  const first = (values[0] ?? []).map((h) => normalizeHeader(h));
  const hasHeader = first.includes("id");
  const at = (name: string, fallback: number) => (hasHeader ? first.indexOf(name) : fallback);
  const cols = { id: at("id", 0), datum: at("datum", 1), status: at("status", 2) };
  const latest = new Map<string, { date: IsoDate; status: Status }>();
  for (const row of hasHeader ? values.slice(1) : values) {
    const rawId = row[cols.id];
    const id = typeof rawId === "string" || typeof rawId === "number" ? String(rawId).trim() : "";
    const date = dayOf(row[cols.datum]);
    const status = matchVocab(row[cols.status], STATUSES);
    if (id === "" || date === null || !status.ok) continue;
    const key = `${id}\u0000${date}`;
    latest.delete(key);
    latest.set(key, { date, status: status.value });
  }
  const byDate = new Map<IsoDate, Record<Status, number>>();
  for (const { date, status } of latest.values()) {
    const counts = byDate.get(date) ?? zero();
    counts[status]++;
    byDate.set(date, counts);
  }
  return [...byDate.keys()]
    .sort()
    .map((date) => ({ date, project: "", counts: byDate.get(date)!, sheetRow: 0 }));
}

/** Today's rows: per project (in the order given), the count of its valid activities per status. */
export function todaysRows(
  today: IsoDate,
  projects: readonly string[],
  activities: readonly Activity[],
): HistoryRow[] {
  const byProject = new Map(projects.map((p) => [p, zero()]));
  for (const a of activities) {
    const counts = byProject.get(a.project);
    if (counts) counts[a.status]++;
  }
  return projects.map((project) => ({ date: today, project, counts: byProject.get(project)! }));
}

/** A row as written; a project name past a cell's 50,000 characters is cut (the writer's limit). */
const rowValues = (r: HistoryRow): (string | number)[] => [
  r.date,
  fitCellText(r.project).text,
  ...STATUSES.map((s) => r.counts[s]),
];

/** The whole `Historie` tab (for a new tab, or the one-time rebuild of the earlier form). */
export function historyGrid(rows: readonly HistoryRow[]): Grid {
  const b = new GridBuilder(HISTORY_COL_WIDTHS);
  table(
    b,
    0,
    0,
    [...HISTORY_HEADER],
    rows.map((r) => rowValues(r).map((v) => ({ v }))),
  );
  return b.build({ frozenRows: 1 });
}

/** The history after this run: the rows read, without today's, plus today's (what the overview's trend shows). */
export function historyAfter(read: ReadHistory, today: readonly HistoryRow[]): HistoryRow[] {
  const day = today[0]?.date;
  return [...read.rows.filter((r) => r.date !== day).map(({ sheetRow: _s, ...r }) => r), ...today];
}

/**
 * The requests that bring an existing `Historie` (sheet `sheetId`, read as `read`) up to this run: the rows
 * rows appended, then the rows of today an earlier run wrote deleted (bottom first, one request per block of
 * adjacent rows). Part of the action's one swap batch.
 */
export function historyRequests(sheetId: number, read: ReadHistory, today: readonly HistoryRow[]): Request[] {
  const day = today[0]?.date;
  const rows = read.rows.filter((r) => r.date === day && r.sheetRow > 0).map((r) => r.sheetRow);
  const blocks = adjacentGroups(
    rows.sort((a, b) => a - b),
    (a, b) => b === a + 1,
  ).map((g) => ({ start: g[0]!, end: g[g.length - 1]! }));
  // Today's rows first (at the end), then the earlier ones of today out: a sheet must keep a row that is
  // not frozen, and appending first keeps the indexes of the rows to delete.
  const requests: Request[] = [];
  if (today.length > 0)
    requests.push({
      appendCells: {
        sheetId,
        rows: today.map((r) => ({
          values: rowValues(r).map((v) =>
            typeof v === "number"
              ? { userEnteredValue: { numberValue: v } }
              : { userEnteredValue: { stringValue: v } },
          ),
        })),
        fields: "userEnteredValue",
      },
    });
  for (const b of blocks.reverse())
    requests.push({
      deleteDimension: { range: { sheetId, dimension: "ROWS", startIndex: b.start - 1, endIndex: b.end } },
    });
  return requests;
}

/** Status counts per generation day over all projects, oldest first. */
export function trend(rows: readonly HistoryRow[]): { date: IsoDate; counts: Record<Status, number> }[] {
  const byDate = new Map<IsoDate, Record<Status, number>>();
  for (const r of rows) {
    const counts = byDate.get(r.date) ?? zero();
    for (const s of STATUSES) counts[s] += r.counts[s];
    byDate.set(r.date, counts);
  }
  return [...byDate.keys()].sort().map((date) => ({ date, counts: byDate.get(date)! }));
}
