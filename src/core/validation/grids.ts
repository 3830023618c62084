/** The generated `Validatie` and `Status` tabs as render grids (PRODUCT.md §2.7, §3). */
import { cellLink } from "../a1";
import { PHASE_WORDS, STATUS_WORDS } from "../blocks";
import { zonedMidnight } from "../dates";
import type { Deadline } from "../deadline";
import { cell, type Grid, type GridCell } from "../grid";
import type { Translate } from "../i18n";
import type { Activity, Problem, Settings } from "../records";
import { HEADER_BG, SEVERITY_BG } from "../style";
import { headersOf, STATUS_TAB, VALIDATION_TAB } from "../tabs";
import { PHASES, type Phase, STATUSES, type Status } from "../vocab";

const header = (h: string): GridCell => cell(h, { bold: true, bg: HEADER_BG, wrap: true });
/**
 * A row must read as one line: a wrapped text makes it tall, and its cells must all sit at the same height of
 * it (a cell at the top beside one at Sheets' default, the bottom, lines up with the next row's text).
 * Validatie's cells sit at the top. Status's all sit at the bottom, Sheets' default: its wrapped columns say so
 * (the writer would put wrapped text at the top), and the others need no format, which at 10,000 activities
 * spares a format over 60,000 cells (about 8 s of the bench's high estimate for Dashboards genereren).
 */
const TOP = { valign: "top" } as const;
const WRAPPED = { wrap: true, valign: "bottom" } as const;

export function validationGrid(
  problems: readonly Problem[],
  sheetIds: ReadonlyMap<string, number>,
  t: Translate,
): Grid {
  const rows: GridCell[][] = [headersOf(VALIDATION_TAB, t).map(header)];
  const severity = { error: t("severity.error"), warning: t("severity.warning") };
  for (const p of problems) {
    const id = sheetIds.get(p.tab);
    rows.push([
      cell(p.tab, TOP),
      cell(p.row > 0 ? p.row : null, TOP),
      cell(p.column, TOP),
      cell(p.value, { wrap: true, ...TOP }),
      cell(p.severity === "error" ? severity.error : severity.warning, {
        bold: true,
        bg: SEVERITY_BG[p.severity],
        ...TOP,
      }),
      cell(p.message, { wrap: true, ...TOP }),
      cell(p.suggestion, { wrap: true, ...TOP }),
      id === undefined
        ? cell("", TOP)
        : { v: null, formula: cellLink(id, p.tab, p.row, p.columnIndex), color: "#1155cc", ...TOP },
    ]);
  }
  if (problems.length === 0) {
    rows.push([
      cell(t("validation.none"), { italic: true }),
      ...VALIDATION_TAB.columns.slice(1).map(() => cell("")),
    ]);
  }
  return {
    rows,
    merges: [],
    colWidths: [110, 45, 130, 200, 110, 440, 200, 140],
    frozenRows: 1,
    hiddenGridlines: false,
    filter:
      problems.length > 0
        ? { row: 0, col: 0, numRows: rows.length, numCols: VALIDATION_TAB.columns.length }
        : null,
    charts: [],
  };
}

/** A date cell of the deadline's period: its first or last day. */
function periodCell(d: Deadline, which: "start" | "end", timeZone: string): GridCell {
  return d.kind === "ongoing"
    ? { v: "" }
    : { v: zonedMidnight(d[which], timeZone), numberFormat: "dd-mm-yyyy" };
}

/**
 * Every valid activity, in the run's language: the headers, and each fase and status as its word, as the
 * dashboards show them (the value itself is in `Activiteiten`, where the partner typed it).
 */
export function statusGrid(
  activities: readonly Activity[],
  settings: Settings,
  timeZone: string,
  t: Translate,
): Grid {
  const rows: GridCell[][] = [headersOf(STATUS_TAB, t).map(header)];
  // Each word once: a row per activity, thousands of them.
  const phases = Object.fromEntries(PHASES.map((p) => [p, t(PHASE_WORDS[p])])) as Record<Phase, string>;
  const statuses = Object.fromEntries(STATUSES.map((s) => [s, t(STATUS_WORDS[s])])) as Record<Status, string>;
  // Cells as literals: a row per activity, thousands of them in every action that validates.
  for (const a of activities) {
    rows.push([
      { v: a.id },
      { v: a.project, ...WRAPPED },
      { v: a.theme, ...WRAPPED },
      { v: a.subject, ...WRAPPED },
      { v: a.owner, ...WRAPPED },
      { v: a.deadlineText },
      periodCell(a.deadline, "start", timeZone),
      periodCell(a.deadline, "end", timeZone),
      { v: phases[a.phase] },
      { v: statuses[a.status], bg: settings.colours[a.status], bold: true },
    ]);
  }
  return {
    rows,
    merges: [],
    colWidths: [70, 160, 170, 280, 170, 110, 85, 85, 100, 130],
    frozenRows: 1,
    hiddenGridlines: false,
    filter: { row: 0, col: 0, numRows: rows.length, numCols: STATUS_TAB.columns.length },
    charts: [],
  };
}
