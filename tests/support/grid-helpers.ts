/** Small readers of a render-model Grid and builders of records, shared by the dashboard/overview tests. */
import { parseDeadline } from "../../src/core/deadline";
import type { Box, Grid, GridCell } from "../../src/core/grid";
import type { Activity, Project, Settings } from "../../src/core/records";
import { DEFAULT_STATUS_COLOURS } from "../../src/core/tabs";

export interface Pos {
  row: number;
  col: number;
}

export function text(c: GridCell | undefined): string {
  return c?.v === null || c?.v === undefined ? "" : String(c.v);
}

export function at(grid: Grid, p: Pos): GridCell {
  const c = grid.rows[p.row]?.[p.col];
  if (!c) throw new Error(`no cell at ${p.row},${p.col}`);
  return c;
}

/** Every position whose text equals `value` (or matches it). */
export function findAll(grid: Grid, value: string | RegExp): Pos[] {
  const out: Pos[] = [];
  grid.rows.forEach((row, r) => {
    row.forEach((c, col) => {
      const s = text(c);
      if (typeof value === "string" ? s === value : value.test(s)) out.push({ row: r, col });
    });
  });
  return out;
}

/** The one position whose text equals `value`; fails when there is none or more than one. */
export function find(grid: Grid, value: string | RegExp): Pos {
  const all = findAll(grid, value);
  if (all.length !== 1) throw new Error(`expected one cell ${String(value)}, found ${all.length}`);
  return all[0]!;
}

/** The merge whose top-left is `p`, if any. */
export function mergeAt(grid: Grid, p: Pos): Box | undefined {
  return grid.merges.find((m) => m.row === p.row && m.col === p.col);
}

/**
 * The table under the header cell `header`: the header texts and the body rows, up to a blank first cell or
 * the next section title (a cell merged across from the table's first column).
 */
export function tableUnder(grid: Grid, header: Pos, width: number): { header: string[]; rows: GridCell[][] } {
  const slice = (r: number) => grid.rows[r]!.slice(header.col, header.col + width);
  const ends = (r: number) =>
    text(grid.rows[r]![header.col]) === "" || (mergeAt(grid, { row: r, col: header.col })?.numCols ?? 1) > 1;
  const rows: GridCell[][] = [];
  for (let r = header.row + 1; r < grid.rows.length && !ends(r); r++) rows.push(slice(r));
  return { header: slice(header.row).map(text), rows };
}

let nextRow = 2;

/** An activity with sensible defaults; `deadline` is parsed like a partner's text. */
export function act(p: Partial<Omit<Activity, "deadline">> & { deadline?: string } = {}): Activity {
  const deadlineText = p.deadline ?? "Dec. 2026";
  const parsed = parseDeadline(deadlineText);
  if (!parsed.ok) throw new Error(`bad test deadline ${deadlineText}`);
  const row = p.row ?? nextRow++;
  return {
    row,
    id: p.id ?? `A-${String(row).padStart(4, "0")}`,
    project: p.project ?? "Project X",
    theme: p.theme ?? "Thema X",
    subject: p.subject ?? `Activiteit ${row}`,
    goal: "",
    subgoals: [],
    actions: [],
    owner: p.owner ?? "NWC",
    deadlineText,
    deadline: parsed.deadline,
    phase: p.phase ?? "Uitvoering",
    status: p.status ?? "Op schema",
    note: "",
    updated: null,
  };
}

export function project(p: Partial<Project> = {}): Project {
  return {
    row: 2,
    name: "Project X",
    shortName: "",
    theme: "",
    problem: "Het probleem.",
    goals: ["Doel een", "Doel twee"],
    scope: "Netwerkbreed",
    redFlag: "",
    remarks: "",
    helpRequest: "",
    progress: [],
    lead: "",
    asOf: "Maart 2026",
    ...p,
  };
}

export function settings(p: Partial<Settings> = {}): Settings {
  return {
    networkName: "Netwerk Test",
    region: "Testregio",
    year: 2026,
    lang: "nl",
    timeZone: "Europe/Amsterdam",
    calendarId: "",
    reportFolder: "",
    reportTemplate: "",
    reportPdf: false,
    planIntroduction: "",
    sendInvites: true,
    colours: { ...DEFAULT_STATUS_COLOURS },
    ...p,
  };
}

/** Distinct colours unlike the defaults, to see that the settings are used. */
export const CUSTOM_COLOURS = {
  Behaald: "#112233",
  "Op schema": "#445566",
  Doorlopend: "#778899",
  "Achter op schema": "#aabbcc",
} as const;
