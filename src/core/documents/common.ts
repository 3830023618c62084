/** What the two documents share: status cells, the legend, dates in words, activity tables. */
import { PHASE_WORDS, STATUS_WORDS } from "../blocks";
import { type IsoDate, monthName } from "../dates";
import type { Translate } from "../i18n";
import type { Activity } from "../records";
import { isOverdue } from "../schedule";
import { foldText, STATUSES, type Status } from "../vocab";
import {
  type Cell,
  type CellBlock,
  lines,
  OVERDUE_COLOR,
  para,
  run,
  TABLE_HEADER_BG,
  type TableBlock,
  textCell,
} from "./model";

/** The status word on the status colour: never colour alone (PRODUCT.md §3). */
export function statusCell(status: Status, colours: Record<Status, string>, t: Translate): Cell {
  return { content: [para(run(t(STATUS_WORDS[status])))], bg: colours[status] };
}

/** "Legenda" and the four statuses in their colours: a table of one row. */
export function legendTable(colours: Record<Status, string>, t: Translate): TableBlock {
  return {
    kind: "table",
    header: [
      { content: [para(run(t("dashboard.legend"), { bold: true }))], bg: TABLE_HEADER_BG },
      ...STATUSES.map((s) => ({
        ...statusCell(s, colours, t),
        content: [para(run(t(STATUS_WORDS[s]), { bold: true }))],
      })),
    ],
    rows: [],
  };
}

/** "15 januari 2026" (Dutch) or "15 January 2026". */
export function longDate(day: IsoDate, t: Translate): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return `${d} ${monthName(m, t)} ${y}`;
}

/** The deadline as typed; an overdue one in dark red with "(verlopen)". */
export function deadlineCell(a: Activity, today: IsoDate, t: Translate, withPhase = false): Cell {
  const late = isOverdue(a, today);
  const content: CellBlock[] = lines(a.deadlineText).map((l) =>
    para(run(l, late ? { color: OVERDUE_COLOR, bold: true } : {})),
  );
  if (late) content.push(para(run(t("doc.overdueMark"), { color: OVERDUE_COLOR, italic: true })));
  // The fase under it, unless the deadline already says it ("Continue").
  const phase = t(PHASE_WORDS[a.phase]);
  if (withPhase && foldText(phase) !== foldText(a.deadlineText))
    content.push(para(run(phase, { italic: true })));
  return { content: content.length > 0 ? content : [para()] };
}

/** Onderwerp | Project? | Trekker | Deadline | Fase | Status: one row per activity, status coloured. */
export function activityRows(
  activities: readonly Activity[],
  opts: { project: boolean; today: IsoDate; colours: Record<Status, string>; t: Translate },
): Cell[][] {
  const { t, today, colours } = opts;
  return activities.map((a) => [
    textCell(a.subject),
    ...(opts.project ? [textCell(a.project)] : []),
    textCell(a.owner),
    deadlineCell(a, today, t),
    textCell(t(PHASE_WORDS[a.phase])),
    statusCell(a.status, colours, t),
  ]);
}
