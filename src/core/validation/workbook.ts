/**
 * Validation of the whole workbook (PRODUCT.md §2, §2.7): the source tabs in, typed records and problems out.
 *
 * - Columns are found by header (cells.ts); a missing tab or required column is one error for the tab,
 *   and then that tab's rows are neither checked nor used. Checks that refer to an unusable tab (an
 *   activity's project when `Projecten` is unusable, trekkers and meeting groups when `Leden` is) are
 *   skipped: the tab's own error says what to fix, without one echo per row.
 * - Each row goes through its tab's zod schema: errors leave the row out, warnings keep it.
 * - Checks across rows (duplicates) are made on the rows in sheet order: the later row is reported.
 *
 * Total: every row with content gives a record or at least one error; nothing throws.
 */
import type * as z from "zod/mini";
import type { IsoDate } from "../dates";
import { type Lang, translator } from "../i18n";
import { OwnerMatcher } from "../owners";
import type { Activity, Meeting, Member, Problem, Project, RawTab, Settings } from "../records";
import { ACTIVITIES_TAB, MEETINGS_TAB, MEMBERS_TAB, PROJECTS_TAB } from "../tabs";
import { foldText, PHASES, type Phase, STATUSES, type Status } from "../vocab";
import { type activitySchema, validateActivities } from "./activity";
import { type meetingSchema, validateMeetings } from "./meeting";
import { type memberSchema, validateMembers } from "./member";
import { problemsOf, type RowOutcome, records, sortProblems, tabProblem } from "./problems";
import { type projectSchema, validateProjects } from "./project";
import { groupResolver, projectResolver } from "./references";
import { prepareTab } from "./rows";
import { settingsFrom, type settingsSchema } from "./settings";

export interface ValidationInput {
  activities: RawTab | null;
  projects: RawTab | null;
  members: RawTab | null;
  meetings: RawTab | null;
  settings: RawTab | null;
}

export interface ValidationOptions {
  /** The run's date: deadlines that ended before it are overdue. */
  today: IsoDate;
  lang: Lang;
  /** The zone in which date and time cells are read (the spreadsheet's). */
  timeZone: string;
  /** Default for `Netwerknaam`. */
  spreadsheetName?: string;
}

export interface ValidationResult {
  /** Activities without errors, in sheet order. */
  activities: Activity[];
  projects: Project[];
  members: Member[];
  meetings: Meeting[];
  settings: Settings;
  /** Sorted: tab (Activiteiten, Projecten, Leden, Vergaderingen, Instellingen), row, column. */
  problems: Problem[];
  counts: {
    /** Rows of `Activiteiten` with content. */
    activities: number;
    /** Of those, the ones without errors. */
    valid: number;
    /** Over the valid activities. */
    byStatus: Record<Status, number>;
    byPhase: Record<Phase, number>;
  };
}

/** What the meeting actions use: Leden, Vergaderingen and Instellingen, validated as validateWorkbook does. */
export interface MeetingTabsResult {
  members: Member[];
  meetings: Meeting[];
  settings: Settings;
  /** Sorted as in ValidationResult: Leden, Vergaderingen, Instellingen. */
  problems: Problem[];
}

/** The tabs of Leden, Vergaderingen and Instellingen: those two depend on no other tab. */
function peopleAndMeetings(
  input: Pick<ValidationInput, "members" | "meetings" | "settings">,
  opts: ValidationOptions,
) {
  const t = translator(opts.lang === "en" ? "en" : "nl");
  const lang: Lang = opts.lang === "en" ? "en" : "nl";
  const settings = settingsFrom(input.settings, {
    today: opts.today,
    lang,
    spreadsheetName: opts.spreadsheetName,
  });

  const members = prepareTab(MEMBERS_TAB, input.members, t);
  const memberOutcomes = members.read && members.usable ? validateMembers(members.read, t, lang) : [];
  const memberRecords = records(memberOutcomes);

  const meetings = prepareTab(MEETINGS_TAB, input.meetings, t);
  let meetingOutcomes: RowOutcome<Meeting>[] = [];
  if (meetings.read && meetings.usable) {
    const group = members.usable ? groupResolver(memberRecords, t) : null;
    meetingOutcomes = validateMeetings(meetings.read, t, { lang, timeZone: opts.timeZone }, group);
  }
  return { t, lang, settings, members, memberOutcomes, memberRecords, meetings, meetingOutcomes };
}

/**
 * Leden, Vergaderingen and Instellingen only, for the actions that plan and send meetings: the same records
 * and problems as validateWorkbook gives for those tabs (neither depends on Activiteiten or Projecten),
 * without reading the activities.
 */
export function validateMeetingTabs(
  input: Pick<ValidationInput, "members" | "meetings" | "settings">,
  opts: ValidationOptions,
): MeetingTabsResult {
  const { settings, members, memberOutcomes, memberRecords, meetings, meetingOutcomes } = peopleAndMeetings(
    input,
    opts,
  );
  return {
    members: memberRecords,
    meetings: records(meetingOutcomes),
    settings: settings.settings,
    problems: [
      ...sortProblems([...members.problems, ...problemsOf(memberOutcomes)]),
      ...sortProblems([...meetings.problems, ...problemsOf(meetingOutcomes)]),
      ...settings.problems,
    ],
  };
}

export function validateWorkbook(input: ValidationInput, opts: ValidationOptions): ValidationResult {
  const { t, lang, settings, members, memberOutcomes, memberRecords, meetings, meetingOutcomes } =
    peopleAndMeetings(input, opts);

  const projects = prepareTab(PROJECTS_TAB, input.projects, t);
  const projectResult = projects.read && projects.usable ? validateProjects(projects.read, t, lang) : null;
  const projectRecords = projectResult ? records(projectResult.outcomes) : [];

  const activities = prepareTab(ACTIVITIES_TAB, input.activities, t);
  let activityOutcomes: RowOutcome<Activity>[] = [];
  if (activities.read && activities.usable) {
    const shortNames = new Map(
      projectRecords.filter((p) => p.shortName !== "").map((p) => [foldText(p.shortName), p.name] as const),
    );
    const project = projectResult ? projectResolver(projectResult.index, shortNames, t) : null;
    const owners = members.usable ? new OwnerMatcher(memberRecords) : null;
    activityOutcomes = validateActivities(activities.read, t, opts, project, owners);
  }
  const activityRecords = records(activityOutcomes);

  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const byPhase = Object.fromEntries(PHASES.map((f) => [f, 0])) as Record<Phase, number>;
  for (const a of activityRecords) {
    byStatus[a.status] += 1;
    byPhase[a.phase] += 1;
  }

  // A Projecten tab without a single row makes every activity an error of its own: one problem about the tab
  // says why (the summary dialog lists a tab's problems before the rows', core/screens/summary.ts).
  const noProjects =
    projects.read !== null &&
    projectResult !== null &&
    projectResult.outcomes.length === 0 &&
    (activities.read?.rows.length ?? 0) > 0
      ? [tabProblem(projects.read.name, 0, "", t("val.projects.none", { tab: projects.read.name }))]
      : [];
  const problems = [
    ...sortProblems([...activities.problems, ...problemsOf(activityOutcomes)]),
    ...sortProblems([
      ...noProjects,
      ...projects.problems,
      ...(projectResult ? problemsOf(projectResult.outcomes) : []),
    ]),
    ...sortProblems([...members.problems, ...problemsOf(memberOutcomes)]),
    ...sortProblems([...meetings.problems, ...problemsOf(meetingOutcomes)]),
    ...settings.problems,
  ];

  return {
    activities: activityRecords,
    projects: projectRecords,
    members: memberRecords,
    meetings: records(meetingOutcomes),
    settings: settings.settings,
    problems,
    counts: {
      activities: activities.read ? activities.read.rows.length : 0,
      valid: activityRecords.length,
      byStatus,
      byPhase,
    },
  };
}

// ---------------------------------------------------------------------------
// The schemas' outputs are the records (without `row`): a compile-time check.

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Output<F extends (...args: never[]) => z.ZodMiniType> = z.output<ReturnType<F>>;
export type SchemaShapesMatchRecords = [
  Same<Output<typeof activitySchema>, Omit<Activity, "row">>,
  Same<Output<typeof projectSchema>, Omit<Project, "row">>,
  Same<Output<typeof memberSchema>, Omit<Member, "row">>,
  Same<Output<typeof meetingSchema>, Omit<Meeting, "row">>,
  Same<Output<typeof settingsSchema>, Settings>,
] extends [true, true, true, true, true]
  ? true
  : never;
export const SCHEMA_SHAPES_MATCH_RECORDS: SchemaShapesMatchRecords = true;
