/**
 * `Werkblad inrichten` as a pure plan: from what the workbook holds now, what to create or append.
 * It never changes or removes existing data; applying the plan and planning again yields an empty plan.
 */
import {
  ALL_TABS,
  findTabName,
  HEADER_SEARCH_ROWS,
  headerRowOf,
  matchColumns,
  SETTING_DEFS,
  SETTINGS_TAB,
  type TabDef,
} from "./tabs";
import type { ValidationInput as SourceValues } from "./validation/workbook";
import { normalizeHeader } from "./vocab";

/**
 * What the plan needs of one tab. The add-on's generated tabs and tabs it does not know are listed by name
 * alone (empty header, no rows): the plan only asks whether they exist, it never writes into an existing one.
 */
export interface TabSnapshot {
  name: string;
  /** Values of the first row, up to the last column with content. */
  header: readonly unknown[];
  /** Number of the last row with content (0 for an empty tab). */
  lastRow: number;
  /** The first rows (up to HEADER_SEARCH_ROWS of tabs.ts), to find a header row that is not on row 1. */
  top?: readonly (readonly unknown[])[];
}

export interface WorkbookSnapshot {
  tabs: readonly TabSnapshot[];
  /** All values of `Instellingen` (header row included), when it exists. */
  settingsValues: readonly (readonly unknown[])[] | null;
  spreadsheetName: string;
  year: number;
}

export type SetupOp =
  | { kind: "createTab"; tab: TabDef }
  | { kind: "writeHeaders"; tabName: string; tab: TabDef }
  | { kind: "appendColumns"; tabName: string; startCol: number; headers: string[] }
  | {
      kind: "appendSettings";
      tabName: string;
      /** 1-based sheet row of the first new setting. */
      startRow: number;
      keyCol: number;
      valueCol: number;
      rows: [string, string | number | boolean][];
    };

export interface SetupPlan {
  ops: SetupOp[];
  /** Required columns that existing source tabs lack: the add-on never invents them, it reports them. */
  missingColumns: { tab: string; column: string }[];
  /** Source tabs with data but no header row on row 1: nothing is written into them (1-based row of the
   * header found further down, or null). */
  noHeader: { tab: string; foundAt: number | null }[];
}

export function planSetup(wb: WorkbookSnapshot): SetupPlan {
  const ops: SetupOp[] = [];
  const missingColumns: SetupPlan["missingColumns"] = [];
  const noHeader: SetupPlan["noHeader"] = [];
  const names = wb.tabs.map((t) => t.name);
  for (const tab of ALL_TABS) {
    const existing = findTabName(names, tab);
    if (existing === undefined) {
      ops.push({ kind: "createTab", tab });
      continue;
    }
    const snap = wb.tabs.find((t) => t.name === existing)!;
    const headerEmpty = snap.header.every((h) => h === "" || h === null || h === undefined);
    if (tab.columns.length === 0) continue;
    if (headerEmpty && snap.lastRow === 0) {
      // An empty source tab gets its header; an empty tab with a generated tab's name may be a person's
      // (the add-on's own are rebuilt whole by their action), so nothing is written into it.
      if (tab.kind === "source") ops.push({ kind: "writeHeaders", tabName: existing, tab });
      continue;
    }
    const top = snap.top ?? [snap.header];
    const at = headerRowOf(tab, top);
    if (tab.kind === "source" && at !== 0) {
      // Data without a header row on row 1: never write over data; say where the header is, if anywhere.
      noHeader.push({ tab: existing, foundAt: at > 0 ? at + 1 : null });
      continue;
    }
    if (headerEmpty) continue;
    const found = matchColumns(tab, snap.header);
    for (const c of tab.columns) {
      if (tab.kind === "source" && c.required && found[c.key] === -1)
        missingColumns.push({ tab: existing, column: c.header });
    }
    const missingOwn = tab.columns.filter(
      (c) => tab.kind === "source" && c.addOnWritten && found[c.key] === -1,
    );
    if (missingOwn.length > 0) {
      ops.push({
        kind: "appendColumns",
        tabName: existing,
        startCol: lastFilled(snap.header) + 1,
        headers: missingOwn.map((c) => c.header),
      });
    }
  }
  const settingsOp = planSettings(wb, ops);
  if (settingsOp) ops.push(settingsOp);
  return { ops, missingColumns, noHeader };
}

function lastFilled(row: readonly unknown[]): number {
  for (let i = row.length - 1; i >= 0; i--) {
    const v = row[i];
    if (v !== "" && v !== null && v !== undefined) return i;
  }
  return -1;
}

function planSettings(wb: WorkbookSnapshot, ops: readonly SetupOp[]): SetupOp | null {
  const fresh = ops.some(
    (o) => (o.kind === "createTab" || o.kind === "writeHeaders") && o.tab === SETTINGS_TAB,
  );
  let keyCol = 0;
  let valueCol = 1;
  let startRow = 2;
  const present = new Set<string>();
  let tabName = SETTINGS_TAB.name;
  if (!fresh) {
    const values = wb.settingsValues;
    const existing = findTabName(
      wb.tabs.map((t) => t.name),
      SETTINGS_TAB,
    );
    if (!values || values.length === 0 || existing === undefined) return null;
    tabName = existing;
    const cols = matchColumns(SETTINGS_TAB, values[0] ?? []);
    if (cols.key < 0 || cols.value < 0) return null; // Reported by validation.
    keyCol = cols.key;
    valueCol = cols.value;
    for (const row of values.slice(1)) {
      const k = row[keyCol];
      if (typeof k === "string" && k.trim() !== "") present.add(normalizeHeader(k));
    }
    startRow = lastNonEmptyRow(values) + 2;
  } else {
    const op = ops.find(
      (o) => (o.kind === "createTab" || o.kind === "writeHeaders") && o.tab === SETTINGS_TAB,
    );
    if (op && op.kind === "writeHeaders") tabName = op.tabName;
  }
  const rows = SETTING_DEFS.filter((d) => !present.has(normalizeHeader(d.key))).map(
    (d) =>
      [d.key, d.defaultValue({ year: wb.year, spreadsheetName: wb.spreadsheetName })] as [
        string,
        string | number | boolean,
      ],
  );
  if (rows.length === 0) return null;
  return { kind: "appendSettings", tabName, startRow, keyCol, valueCol, rows };
}

/** 0-based index of the last row with any content. */
function lastNonEmptyRow(values: readonly (readonly unknown[])[]): number {
  for (let r = values.length - 1; r >= 0; r--) {
    if ((values[r] ?? []).some((v) => v !== "" && v !== null && v !== undefined)) return r;
  }
  return 0;
}

const isEmpty = (v: unknown) => v === "" || v === null || v === undefined;

/**
 * Whether a data range (Sheet.getDataRange, which ends at the last row and column with content) is the one
 * empty cell of an empty tab, or of a tab whose only content is a formula in A1 that shows nothing: the values
 * cannot tell the two apart, the sheet's last row can.
 */
export function looksEmpty(values: readonly (readonly unknown[])[]): boolean {
  return values.length === 0 || (values.length === 1 && (values[0] ?? []).every(isEmpty));
}

/**
 * A source tab's snapshot from the values of its data range. `lastRow` (the sheet's last row with content)
 * is needed only when the range looksEmpty; otherwise it is the range's height.
 */
export function tabSnapshot(
  name: string,
  values: readonly (readonly unknown[])[],
  lastRow: number = looksEmpty(values) ? 0 : values.length,
): TabSnapshot {
  return { name, header: values[0] ?? [], lastRow, top: values.slice(0, HEADER_SEARCH_ROWS) };
}

/**
 * The source tabs as they will be once `ops` are applied: new tabs with their header row, headers written
 * into empty tabs, own columns appended, settings added. What the input help of the same batch is planned
 * on, so that it covers the columns and tabs the setup itself adds.
 */
export function afterSetup(tabs: SourceValues, ops: readonly SetupOp[]): SourceValues {
  const out: SourceValues = { ...tabs };
  const keys = Object.keys(out) as (keyof SourceValues)[];
  const keyOfName = (name: string) => keys.find((k) => out[k]?.name === name);
  const edit = (
    key: keyof SourceValues,
    set: (put: (row: number, col: number, v: unknown) => void) => void,
  ) => {
    const tab = out[key]!;
    // Only the rows written to are copied (an Activiteiten tab of 10,000 rows gets a new header row only).
    const values: unknown[][] = [...tab.values] as unknown[][];
    const display: string[][] = [...tab.display] as string[][];
    const copied = new Set<number>();
    set((row, col, v) => {
      while (values.length <= row) values.push([]);
      while (display.length <= row) display.push([]);
      if (!copied.has(row)) {
        values[row] = [...(values[row] ?? [])];
        display[row] = [...(display[row] ?? [])];
        copied.add(row);
      }
      const line = values[row]!;
      const shown = display[row]!;
      while (line.length < col) line.push("");
      while (shown.length < col) shown.push("");
      line[col] = v;
      shown[col] = shownAs(v);
    });
    out[key] = { name: tab.name, values, display };
  };
  for (const op of ops) {
    switch (op.kind) {
      case "createTab": {
        const key = keys.find((k) => k === op.tab.key);
        if (!key) break;
        const header = op.tab.columns.map((c) => c.header);
        out[key] = { name: op.tab.name, values: [header], display: [header] };
        break;
      }
      case "writeHeaders":
      case "appendColumns": {
        const key = keyOfName(op.tabName);
        if (!key) break;
        const start = op.kind === "appendColumns" ? op.startCol : 0;
        const headers = op.kind === "appendColumns" ? op.headers : op.tab.columns.map((c) => c.header);
        edit(key, (put) => {
          headers.forEach((h, i) => {
            put(0, start + i, h);
          });
        });
        break;
      }
      case "appendSettings": {
        const key = keyOfName(op.tabName);
        if (!key) break;
        edit(key, (put) =>
          op.rows.forEach(([k, v], i) => {
            put(op.startRow - 1 + i, op.keyCol, k);
            put(op.startRow - 1 + i, op.valueCol, v);
          }),
        );
        break;
      }
    }
  }
  return out;
}

/** A written value as the sheet shows it (text as text, a number in full, a yes/no as TRUE / FALSE). */
function shownAs(v: unknown): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return isEmpty(v) ? "" : String(v);
}
