/**
 * The project dashboards (PRODUCT.md §3): tab names and the one-pager of each project as a Grid, laid out
 * like the seed dashboards (seeds/dashboards-2026.txt) on one A4 landscape page.
 *
 *   col  0 label  1 count  2 text   3 gap  4 Actie  5 Trekker  6 Deadline  7 Fase  8 Status  9 Let op
 *   px   120      55       255      12     185      125        80          85      100       85
 *
 *   [Dashboard <Regio>: <project> ·································] [Peildatum: <peildatum> ········]
 *   [Probleemstelling ·····················]  [Voortgang ··································]
 *   [text, merged over the rows it needs ··]  [a row per line; a line ending in ":" bold ···]
 *   [Doelstellingen <Jaar> ················]  [ …                                           ]
 *   [• goal, one block, merged likewise ···]  [ …                                           ]
 *   [Scope     ][text ·····················]  [Acties komende 12 maanden ··················]
 *   [Opmerkelijke zaken ···················]  [Actie][Trekker][Deadline][Fase][Status][Let op]
 *   [Rode vlag ][text; red when flagged ···]  [a row per action: status cell in its colour]
 *   [Opmerk. z.][text ·····················]  [ with its word; overdue: "⚠ verlopen" + bold]
 *   [Hulpvraag ][text ·····················]  [ dark red deadline with a note             ]
 *   [Status van de acties ·················]
 *   [Status   ][Aantal][bar chart over     ]  [Legenda][Behaald][Op schema][Doorlopend][Achter…]
 *   [Behaald  ][     n][ Status|Aantal, in ]
 *   [ …       ][     n][ the status colours]
 *   [Totaal   ][     n][                   ]
 *
 * Merges are only in the fixed sections (title band, section titles, the text blocks and key-value
 * rows on the left, the Voortgang lines), never per action: their number does not grow with the
 * number of activities.
 */

import {
  COLUMN_WORDS,
  type Frame,
  GridBuilder,
  keyValue,
  legend,
  mutedCell,
  PHASE_WORDS,
  RED_FLAG_LOOK,
  ROW_PX,
  redFlagCell,
  sectionTitle,
  statusCell,
  statusCountsWithChart,
  table,
  textBlock,
  textRow,
  titleBand,
} from "./blocks";
import type { IsoDate } from "./dates";
import { dutchDate, monthName } from "./dates";
import type { Grid, GridCell } from "./grid";
import { type Lang, type Translate, translator } from "./i18n";
import type { Activity, Project, Settings } from "./records";
import { actionsWindow, type RedFlag, redFlagOf, statusCounts } from "./schedule";
import type { Status } from "./vocab";

// ---------------------------------------------------------------------------------------------------------
// The one-pager

/** Column indexes of the dashboard grid. */
const COL = {
  label: 0,
  count: 1,
  text: 2,
  gap: 3,
  action: 4,
  owner: 5,
  deadline: 6,
  phase: 7,
  status: 8,
  flag: 9,
} as const;
/**
 * Pixels per column: 1102 in all, about the width of an A4 landscape page at 96 dpi (1123 px), so that
 * printing "fit to width" hardly scales. Trekker and Let op are as wide as their usual longest word needs, in
 * Arial 10 pt with the cell's padding: "Netwerkcoördinator" (116 px: 120 px less the padding is too narrow, and
 * Sheets then breaks the word) and the bold "⚠ verlopen" on one line (73 px with ⚠ as one em; the room left
 * allows a fallback font's ⚠ up to 1.4 em).
 */
export const DASHBOARD_COL_WIDTHS = [120, 55, 255, 12, 185, 125, 80, 85, 100, 85];
const frame = (from: number, to: number): Frame => ({ col: from, span: to - from + 1 });
const LEFT = frame(COL.label, COL.text);
const RIGHT = frame(COL.action, COL.flag);
const TITLE = frame(COL.label, COL.deadline);
/** Fase to Let op, 270 px: "Peildatum: September 2026" in bold (174 px) fits (Status and Let op alone, 180 px with the padding, are just too narrow). */
const AS_OF = frame(COL.phase, COL.flag);
const CHART = frame(COL.text, COL.text);
/** As high as the status table beside it (header, four statuses, total). */
export const DASHBOARD_CHART_HEIGHT = 6 * ROW_PX;
export const OVERDUE_COLOR = "#990000";
const BULLET = "• ";

export interface DashboardModel {
  grid: Grid;
  redFlag: boolean;
  /** Ids of the activities in "Acties komende 12 maanden", in order. */
  actions12m: string[];
  /** All of the project's activities per status. */
  counts: Record<Status, number>;
}

/** The one-pager of `project`; `activities` are this project's valid activities. */
export function buildDashboard(
  project: Project,
  activities: readonly Activity[],
  settings: Settings,
  today: IsoDate,
  lang: Lang,
): DashboardModel {
  const t = translator(lang);
  const b = new GridBuilder(DASHBOARD_COL_WIDTHS);
  const region = settings.region.trim();
  const title = region
    ? t("dashboard.title", { region, project: project.name })
    : t("dashboard.titleNoRegion", { project: project.name });
  const asOf = t("dashboard.asOf", { date: project.asOf.trim() || monthYear(today, t) });
  const top = titleBand(b, 0, TITLE, title, AS_OF, asOf);

  const flag = redFlagOf(project, activities);
  const counts = statusCounts(activities);
  const leftEnd = leftColumn(b, top, project, flag, counts, settings, t);

  let row = sectionTitle(b, top, RIGHT, t("dashboard.progress"));
  row = progressRows(b, row, project.progress, t("dashboard.empty"));
  const actions = actionsWindow(activities, today);
  row = sectionTitle(b, row, RIGHT, t("dashboard.actions"));
  row = actionsTable(b, row, actions, settings.colours, t);
  row = legend(b, Math.max(row + 1, leftEnd - 1), RIGHT, settings.colours, t);

  b.reserve(Math.max(row, leftEnd));
  return {
    grid: b.build(),
    redFlag: flag.flagged,
    actions12m: actions.map((a) => a.activity.id),
    counts,
  };
}

/** Probleemstelling, Doelstellingen <Jaar>, Scope, the Opmerkelijke-zaken block and the status counts. */
function leftColumn(
  b: GridBuilder,
  top: number,
  p: Project,
  flag: RedFlag,
  counts: Record<Status, number>,
  settings: Settings,
  t: Translate,
): number {
  const empty = t("dashboard.empty");
  const none = t("dashboard.none");
  let row = sectionTitle(b, top, LEFT, t("dashboard.problem"));
  row = textBlock(b, row, LEFT, p.problem, empty);
  row = sectionTitle(b, row, LEFT, t("dashboard.goals", { year: settings.year }));
  row = textBlock(b, row, LEFT, p.goals.map((g) => BULLET + g).join("\n"), empty);
  row = keyValue(b, row, LEFT, t("dashboard.scope"), textOrMuted(p.scope, empty));
  row = sectionTitle(b, row, LEFT, t("dashboard.remarksBlock"));
  row = flag.flagged
    ? keyValue(b, row, LEFT, t("dashboard.redFlag"), redFlagCell(flag, t), RED_FLAG_LOOK)
    : keyValue(b, row, LEFT, t("dashboard.redFlag"), mutedCell(none));
  row = keyValue(b, row, LEFT, t("dashboard.remarks"), textOrMuted(p.remarks, none));
  row = keyValue(b, row, LEFT, t("dashboard.helpRequest"), textOrMuted(p.helpRequest, none));
  row = sectionTitle(b, row, LEFT, t("dashboard.statusSection"));
  return statusCountsWithChart(b, row, COL.label, counts, settings.colours, t, {
    frame: CHART,
    title: t("dashboard.chartTitle"),
    height: DASHBOARD_CHART_HEIGHT,
  });
}

/** A line ending in ":" is a sub-heading of Voortgang (PRODUCT.md §2.2). */
export function isSubHeading(line: string): boolean {
  return line.trimEnd().endsWith(":");
}

/**
 * Voortgang: a row per line, sub-headings bold and the lines under a sub-heading as its bullets (as on the
 * network's one-pagers); lines before the first sub-heading as they are. One row per line (not one block)
 * keeps the rows short, so the left column's merged text blocks beside them are not stretched.
 */
function progressRows(b: GridBuilder, row: number, progress: readonly string[], empty: string): number {
  const lines = progress.filter((l) => l.trim() !== "");
  if (lines.length === 0) return textRow(b, row, RIGHT, "", empty);
  let under = false;
  for (const line of lines) {
    const heading = isSubHeading(line);
    row = textRow(
      b,
      row,
      RIGHT,
      heading || !under ? line : BULLET + line,
      empty,
      heading ? { bold: true } : {},
    );
    under ||= heading;
  }
  return row;
}

function textOrMuted(text: string, empty: string): GridCell {
  return text.trim() === "" ? mutedCell(empty) : { v: text };
}

function actionsTable(
  b: GridBuilder,
  row: number,
  actions: ReturnType<typeof actionsWindow>,
  colours: Record<Status, string>,
  t: Translate,
): number {
  if (actions.length === 0) return textRow(b, row, RIGHT, "", t("dashboard.noActions"));
  const header = ["action", "owner", "deadline", "phase", "status", "flag"] as const;
  const body = actions.map(({ activity: a, overdue }): GridCell[] => {
    const late = overdue ? ({ color: OVERDUE_COLOR, bold: true } as const) : {};
    const due = a.deadline.kind === "period" ? dutchDate(a.deadline.end) : "";
    return [
      { v: a.subject, ...late },
      { v: a.owner },
      { v: a.deadlineText, ...late, ...(overdue ? { note: t("dashboard.overdueNote", { date: due }) } : {}) },
      { v: t(PHASE_WORDS[a.phase]) },
      statusCell(a.status, colours, t),
      overdue ? { v: t("dashboard.overdue"), ...late } : { v: null },
    ];
  });
  return table(
    b,
    row,
    COL.action,
    header.map((h) => t(COLUMN_WORDS[h])),
    body,
  ).next;
}

/** "Januari 2026": the default Peildatum. */
export function monthYear(day: IsoDate, t: Translate): string {
  const [y, m] = day.split("-").map(Number) as [number, number];
  const name = monthName(m, t);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${y}`;
}
