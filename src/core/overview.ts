/**
 * `Overzicht` (PRODUCT.md §3): the network at a glance, top to bottom in the grid's ten columns:
 *
 *   row 0  [Overzicht <Netwerknaam> ·····················] [Gegenereerd op dd-mm-yyyy ·····]
 *          Documenten               [Voortgangsrapportage][link to the newest ··················]
 *                                   [Jaaractieplan       ][link to the newest ··················]
 *          Alle acties per status   Status|Aantal table    + bar chart to its right
 *          Rode vlaggen             [project][why, on red ··································]
 *          Hulpvragen               [project][hulpvraag ····································]
 *          Verlopen acties          Onderwerp|Project|Trekker|Deadline|Fase|Status|ID
 *          Deadlines komende 3 mnd  (same columns)
 *          Per thema / Per project  name|Totaal|4 statuses|4 fases (+ total row)
 *          Acties per trekker       (same columns, no total: an action can have several trekkers)
 *          Trend                    Datum|4 statuses        + LINE chart once there are two days
 *
 * Lists of activities are plain tables (no merges per activity).
 */

import {
  CHART_MARGIN_PX,
  COLUMN_WORDS,
  countCell,
  type Frame,
  GridBuilder,
  keyValue,
  mutedCell,
  PHASE_WORDS,
  placeChart,
  RED_FLAG_LOOK,
  redFlagCell,
  sectionTitle,
  statusCell,
  statusCountsWithChart,
  table,
  textRow,
  titleBand,
} from "./blocks";
import type { IsoDate } from "./dates";
import { dutchDate } from "./dates";
import { documentLink, LINK_LOOK } from "./documents/files";
import type { Grid, GridCell } from "./grid";
import { type HistoryRow, trend } from "./history";
import { type Lang, type Translate, translator } from "./i18n";
import { OwnerMatcher } from "./owners";
import type { Activity, Member, Project, Settings } from "./records";
import {
  activitiesByProject,
  overdueActivities,
  ownersOf,
  phaseCounts,
  redFlagOf,
  statusCounts,
  upcoming,
} from "./schedule";
import { foldText, PHASES, STATUSES, type Status } from "./vocab";

/**
 * 1110 px, about A4 landscape. Lists use Onderwerp | Project | Trekker | Deadline | Fase | Status | ID;
 * counts tables Name | Totaal | 4 statuses | 4 fases over the same columns. Trekker is as wide as
 * "Netwerkcoördinator" needs in Arial 10 pt with the cell's padding (at 115 px Sheets breaks it inside the word).
 */
export const OVERVIEW_COL_WIDTHS = [240, 145, 125, 80, 85, 100, 90, 85, 80, 80];
const ALL: Frame = { col: 0, span: OVERVIEW_COL_WIDTHS.length };
const TITLE: Frame = { col: 0, span: 7 };
const GENERATED: Frame = { col: 7, span: 3 };
const COUNTS_CHART_FRAME: Frame = { col: 2, span: 5 };
const TREND_FRAME: Frame = { col: STATUSES.length + 1, span: 5 };
export const OVERVIEW_CHART_HEIGHT = 180;

/** The newest documents the add-on made (core/documents/files.ts), linked from the overview. */
export interface OverviewDocuments {
  report?: { url: string; title: string };
  plan?: { url: string; title: string };
}

/**
 * The overview of all valid `activities`. `history` is the `Historie` after this run's merge, so the
 * trend ends today.
 */
export function buildOverview(
  projects: readonly Project[],
  activities: readonly Activity[],
  settings: Settings,
  today: IsoDate,
  lang: Lang,
  history: readonly HistoryRow[],
  documents: OverviewDocuments = {},
  members: readonly Member[] = [],
): Grid {
  const t = translator(lang);
  const colours = settings.colours;
  const sorted = [...activities].sort((a, b) => a.row - b.row);
  const b = new GridBuilder(OVERVIEW_COL_WIDTHS);
  const title = t("overview.title", { network: settings.networkName.trim() }).trim();
  let row = titleBand(b, 0, TITLE, title, GENERATED, t("overview.generated", { date: dutchDate(today) }));

  // Rapport genereren and Jaaractieplan maken write their newest link into these rows (by their label).
  row = sectionTitle(b, row, ALL, t("overview.documents"));
  row = keyValue(b, row, ALL, t("overview.reportLink"), documentCell(documents.report, t));
  row = keyValue(b, row, ALL, t("overview.planLink"), documentCell(documents.plan, t));

  row = sectionTitle(b, row, ALL, t("overview.statusSection"));
  row = statusCountsWithChart(b, row, 0, statusCounts(sorted), colours, t, {
    frame: COUNTS_CHART_FRAME,
    title: t("overview.chartTitle"),
    height: OVERVIEW_CHART_HEIGHT,
  });

  const perProject = activitiesByProject(sorted);
  const flags = projects
    .map((p) => ({ p, flag: redFlagOf(p, perProject.get(p.name) ?? []) }))
    .filter((x) => x.flag.flagged);
  row = sectionTitle(b, row, ALL, t("overview.redFlags"));
  row = keyValues(
    b,
    row,
    flags.map(({ p, flag }) => [p.name, redFlagCell(flag, t)]),
    t("overview.noRedFlags"),
    RED_FLAG_LOOK,
  );

  const help = projects.filter((p) => p.helpRequest.trim() !== "");
  row = sectionTitle(b, row, ALL, t("overview.helpRequests"));
  row = keyValues(
    b,
    row,
    help.map((p) => [p.name, { v: p.helpRequest }]),
    t("overview.noHelpRequests"),
  );

  row = sectionTitle(b, row, ALL, t("overview.overdue"));
  row = activityList(b, row, overdueActivities(sorted, today), t("overview.noOverdue"), colours, t);
  row = sectionTitle(b, row, ALL, t("overview.upcoming"));
  row = activityList(b, row, upcoming(sorted, today), t("overview.noUpcoming"), colours, t);

  row = sectionTitle(b, row, ALL, t("overview.byTheme"));
  row = countsTable(b, row, t("overview.theme"), byTheme(sorted, t("overview.noTheme")), true, colours, t);
  row = sectionTitle(b, row, ALL, t("overview.byProject"));
  row = countsTable(b, row, t("dashboard.col.project"), byProject(projects, sorted), true, colours, t);
  row = sectionTitle(b, row, ALL, t("overview.byOwner"));
  row = countsTable(
    b,
    row,
    t("dashboard.col.owner"),
    byOwner(sorted, new OwnerMatcher(members)),
    false,
    colours,
    t,
  );

  row = sectionTitle(b, row, ALL, t("overview.trend"));
  trendSection(b, row, history, colours, t);
  return b.build({ frozenRows: 1 });
}

/**
 * The link to a document, or "not made yet". Both carry the number format a formula gets, so that
 * Rapport genereren can put its formula into the cell (a plain-text cell would keep it as text).
 */
function documentCell(doc: { url: string; title: string } | undefined, t: Translate): GridCell {
  const formula = doc ? documentLink(doc.url, doc.title) : null;
  const look = { numberFormat: LINK_LOOK.numberFormat };
  return formula
    ? { v: null, formula, color: LINK_LOOK.color, ...look }
    : { ...mutedCell(t("overview.noDocument")), ...look };
}

function keyValues(
  b: GridBuilder,
  row: number,
  items: [string, GridCell][],
  empty: string,
  look: Omit<GridCell, "v"> = {},
): number {
  if (items.length === 0) return textRow(b, row, ALL, "", empty);
  return items.reduce((r, [label, value]) => keyValue(b, r, ALL, label, value, look), row);
}

function activityList(
  b: GridBuilder,
  row: number,
  activities: Activity[],
  empty: string,
  colours: Record<Status, string>,
  t: Translate,
): number {
  if (activities.length === 0) return textRow(b, row, ALL, "", empty);
  const header = ["subject", "project", "owner", "deadline", "phase", "status", "id"] as const;
  const body = activities.map((a): GridCell[] => [
    { v: a.subject },
    { v: a.project },
    { v: a.owner },
    { v: a.deadlineText },
    { v: t(PHASE_WORDS[a.phase]) },
    statusCell(a.status, colours, t),
    { v: a.id },
  ]);
  return table(
    b,
    row,
    0,
    header.map((h) => t(COLUMN_WORDS[h])),
    body,
  ).next;
}

interface Group {
  name: string;
  activities: Activity[];
}

/** Name | Totaal | a count per status | a count per fase; a total row when the groups do not overlap. */
function countsTable(
  b: GridBuilder,
  row: number,
  nameHeader: string,
  groups: Group[],
  withTotal: boolean,
  colours: Record<Status, string>,
  t: Translate,
): number {
  const counts = (name: string, as: readonly Activity[], look: Omit<GridCell, "v"> = {}): GridCell[] => {
    const s = statusCounts(as);
    const p = phaseCounts(as);
    return [
      { v: name, ...look },
      countCell(as.length, { bold: true }),
      ...STATUSES.map((x) => countCell(s[x], look)),
      ...PHASES.map((x) => countCell(p[x], look)),
    ];
  };
  const header: (string | GridCell)[] = [
    nameHeader,
    { v: t("dashboard.total"), align: "right" },
    ...STATUSES.map((s) => ({ ...statusCell(s, colours, t), bold: true, align: "right" as const })),
    ...PHASES.map((p) => ({ v: t(PHASE_WORDS[p]), align: "right" as const })),
  ];
  const body = groups.map((g) => counts(g.name, g.activities));
  if (withTotal)
    body.push(
      counts(
        t("dashboard.total"),
        groups.flatMap((g) => g.activities),
        { bold: true },
      ),
    );
  return table(b, row, 0, header, body).next;
}

/** Themes in order of first appearance (sheet order); a blank theme last. */
function byTheme(activities: readonly Activity[], noTheme: string): Group[] {
  const groups = groupBy(activities, (a) => [a.theme.trim()]);
  const blank = groups.filter((g) => g.name === "");
  return [...groups.filter((g) => g.name !== ""), ...blank.map((g) => ({ ...g, name: noTheme }))];
}

/** Projects in sheet order (also those without activities), then any other project names. */
function byProject(projects: readonly Project[], activities: readonly Activity[]): Group[] {
  const groups = groupBy(activities, (a) => [a.project]);
  const named = projects.map((p) => ({
    name: p.name,
    activities: groups.find((g) => g.name === p.name)?.activities ?? [],
  }));
  return [...named, ...groups.filter((g) => !projects.some((p) => p.name === g.name))];
}

/**
 * Each person or role in `Trekker` (see ownersOf), case-insensitively, alphabetical; a part that names a
 * member or role of `Leden` under its spelling there, so "NWC" and "Netwerkcoördinator" are one row.
 */
function byOwner(activities: readonly Activity[], owners: OwnerMatcher): Group[] {
  return groupBy(activities, (a) => ownersOf(a.owner).map((p) => owners.spelling(p) ?? p)).sort((x, y) => {
    const [fx, fy] = [foldText(x.name), foldText(y.name)];
    return fx < fy ? -1 : fx > fy ? 1 : 0;
  });
}

/** Groups in order of first appearance; keys compared case-insensitively, the first spelling shown. */
function groupBy(activities: readonly Activity[], keys: (a: Activity) => string[]): Group[] {
  const groups = new Map<string, Group>();
  for (const a of activities) {
    // A name twice in one activity (or in two spellings) adds it once: it is the group's last activity then.
    for (const name of keys(a)) {
      const key = name.toLowerCase();
      const g = groups.get(key) ?? { name, activities: [] };
      if (g.activities[g.activities.length - 1] !== a) g.activities.push(a);
      groups.set(key, g);
    }
  }
  return [...groups.values()];
}

/** Datum | a count per status, one row per generation day, with a LINE chart once there are two days. */
function trendSection(
  b: GridBuilder,
  row: number,
  history: readonly HistoryRow[],
  colours: Record<Status, string>,
  t: Translate,
): number {
  const points = trend(history);
  const { next, box } = table(
    b,
    row,
    0,
    [t("overview.date"), ...STATUSES.map((s) => ({ ...statusCell(s, colours, t), bold: true }))],
    points.map((p) => [{ v: dutchDate(p.date) }, ...STATUSES.map((s) => countCell(p.counts[s]))]),
  );
  if (points.length < 2) {
    b.spanned(next, ALL, mutedCell(t("overview.trendPending")));
    return next + 1;
  }
  return placeChart(b, row, next, {
    type: "LINE",
    range: box,
    position: { row, col: TREND_FRAME.col },
    title: t("overview.trendChart"),
    colors: STATUSES.map((s) => colours[s]),
    width: b.widthOf(TREND_FRAME) - CHART_MARGIN_PX,
    height: OVERVIEW_CHART_HEIGHT,
  });
}
