/**
 * Which activities a dashboard or the overview shows and why (PRODUCT.md §3): the twelve-month window,
 * overdue, upcoming deadlines, red flags and counts. Pure: activities and a date in, lists out.
 */

import type { IsoDate } from "./dates";
import { overlaps } from "./deadline";
import type { Activity, Project } from "./records";
import { PHASES, type Phase, STATUSES, type Status } from "./vocab";

/** "Acties komende 12 maanden". */
export const ACTION_WINDOW_MONTHS = 12;
/** The overview's "Deadlines komende drie maanden". */
export const UPCOMING_MONTHS = 3;

/**
 * The last day of the window of `months` calendar months that starts on `from`: the day before the same
 * day of the month `months` later. When that day does not exist in the target month, the window ends on
 * the target month's last day. So 2026-01-15 + 12 → 2027-01-14, 2026-01-01 + 12 → 2026-12-31,
 * 2028-02-29 + 12 → 2029-02-28, 2026-11-30 + 3 → 2027-02-28.
 */
export function windowEnd(from: IsoDate, months: number): IsoDate {
  const [y, m, d] = from.split("-").map(Number) as [number, number, number];
  const lastOfTarget = new Date(Date.UTC(y, m - 1 + months + 1, 0));
  if (d > lastOfTarget.getUTCDate()) return isoOf(lastOfTarget);
  return isoOf(new Date(Date.UTC(y, m - 1 + months, d - 1)));
}

function isoOf(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

/** The deadline period ended before `today` and the status is not Behaald. */
export function isOverdue(a: Activity, today: IsoDate): boolean {
  return a.deadline.kind === "period" && a.deadline.end < today && a.status !== "Behaald";
}

/** By due date (ongoing last), then by sheet row. */
export function byDue(a: Activity, b: Activity): number {
  const ea = a.deadline.kind === "period" ? a.deadline.end : "\uffff";
  const eb = b.deadline.kind === "period" ? b.deadline.end : "\uffff";
  return ea < eb ? -1 : ea > eb ? 1 : a.row - b.row;
}

/**
 * "Acties komende 12 maanden" (PRODUCT.md §3): activities that are ongoing, whose deadline period overlaps
 * today .. windowEnd(today, 12) (both inclusive), or that are overdue (marked). A period that ended before
 * today with status Behaald is left out. Sorted by due date (ongoing last), ties by sheet row.
 */
export function actionsWindow(
  activities: readonly Activity[],
  today: IsoDate,
): { activity: Activity; overdue: boolean }[] {
  const end = windowEnd(today, ACTION_WINDOW_MONTHS);
  return activities
    .filter((a) => overlaps(a.deadline, today, end) || isOverdue(a, today))
    .sort(byDue)
    .map((activity) => ({ activity, overdue: isOverdue(activity, today) }));
}

/** Not Behaald, due today .. windowEnd(today, months); ongoing and overdue activities are not "upcoming". */
export function upcoming(
  activities: readonly Activity[],
  today: IsoDate,
  months = UPCOMING_MONTHS,
): Activity[] {
  const end = windowEnd(today, months);
  return activities
    .filter((a) => a.deadline.kind === "period" && a.deadline.end >= today && a.deadline.end <= end)
    .filter((a) => a.status !== "Behaald")
    .sort(byDue);
}

export function overdueActivities(activities: readonly Activity[], today: IsoDate): Activity[] {
  return activities.filter((a) => isOverdue(a, today)).sort(byDue);
}

export interface RedFlag {
  /** `Rode vlag` filled, or an activity Achter op schema. */
  flagged: boolean;
  /** The project's `Rode vlag` text, trimmed. */
  text: string;
  /** The project's activities that are Achter op schema, in sheet order. */
  behind: Activity[];
}

/** Each project's activities by its name, in the order given: one pass instead of one per project. */
export function activitiesByProject(activities: readonly Activity[]): Map<string, Activity[]> {
  const out = new Map<string, Activity[]>();
  for (const a of activities) {
    const mine = out.get(a.project);
    if (mine) mine.push(a);
    else out.set(a.project, [a]);
  }
  return out;
}

/**
 * PRODUCT.md §3: red when `Rode vlag` is filled or when any of the project's activities is Achter op schema.
 * `activities` may be all of them or only the project's (activitiesByProject).
 */
export function redFlagOf(project: Project, activities: readonly Activity[]): RedFlag {
  const text = project.redFlag.trim();
  const behind = activities
    .filter((a) => a.project === project.name && a.status === "Achter op schema")
    .sort((a, b) => a.row - b.row);
  return { flagged: text !== "" || behind.length > 0, text, behind };
}

export function statusCounts(activities: readonly Activity[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const a of activities) counts[a.status]++;
  return counts;
}

export function phaseCounts(activities: readonly Activity[]): Record<Phase, number> {
  const counts = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
  for (const a of activities) counts[a.phase]++;
  return counts;
}

/** Between two trekkers: a line break, `/ + , ; &`, or a joining word (not `en` after a hyphen: "NH- en"). */
const OWNER_SEPARATOR =
  /\s*[\r\n]+\s*|\s*[/+,;&]\s*|(?<!-)\s+(?:in samenwerking met|samen met|met|en|of|i\.s\.m\.|ism)\s+/i;

/**
 * The people or roles in a `Trekker` cell, split like validation splits them (owners.ts): "NWC/projectteam"
 * counts for NWC and for projectteam, "Netwerkcoördinator samen met themagroep deskundigheid" for
 * Netwerkcoördinator and themagroep deskundigheid. Parenthesised remarks are dropped
 * ("Netwerkcoördinator (faciliterend)"); parts are trimmed, empty parts dropped.
 */
export function ownersOf(owner: string): string[] {
  return owner
    .replace(/\([^)]*\)/g, " ")
    .split(OWNER_SEPARATOR)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => s !== "");
}
