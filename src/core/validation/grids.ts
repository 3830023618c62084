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
 * The body cells of both tabs sit at the top of their row: a wrapped text makes a row tall, and a row must read
 * as one line (a cell left at Sheets' default, the bottom, lines up with the next row's wrapped text). It costs
 * a few requests whatever the rows: the writer sends a layout once per rectangle of cells alike (core/batch.ts).
 */
const TOP = { valign: "top" } as const;

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
    ? { v: "", valign: "top" }
    : { v: zonedMidnight(d[which], timeZone), numberFormat: "dd-mm-yyyy", valign: "top" };
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
      { v: a.id, valign: "top" },
      { v: a.project, wrap: true, valign: "top" },
      { v: a.theme, wrap: true, valign: "top" },
      { v: a.subject, wrap: true, valign: "top" },
      { v: a.owner, wrap: true, valign: "top" },
      { v: a.deadlineText, valign: "top" },
      periodCell(a.deadline, "start", timeZone),
      periodCell(a.deadline, "end", timeZone),
      { v: phases[a.phase], valign: "top" },
      { v: statuses[a.status], bg: settings.colours[a.status], bold: true, valign: "top" },
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
