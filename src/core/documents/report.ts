/**
 * The voortgangsrapportage (PRODUCT.md §4): `Voortgangsrapportage <Netwerknaam> <dd-mm-jjjj>` for the
 * kerngroep and the bestuurders.
 *
 *   title     Voortgangsrapportage <Netwerknaam> (title), "Stand van zaken op <d maand jjjj>" (subtitle)
 *   summary   Samenvatting: a line of counts, activities per status and per fase (tables), red flags and
 *             help requests (bullets, one per project)
 *   projects  per project, each on a new page: probleemstelling, doelstellingen <jaar>, voortgang (its
 *             sub-headings bold as on the dashboards), its activities (a table, status cells coloured), red
 *             flag, opmerkelijke zaken and hulpvraag
 *   overdue   Verlopen acties (the whole network, a table)
 *   upcoming  Deadlines komende drie maanden (a table)
 *   meetings  Vergaderingen: the meetings ahead (a table)
 *
 * Lists of activities are tables (one row per activity), never bullets: a table is one write however long it
 * is (layout.ts). Pure: records in, a DocModel out.
 */
import { COLUMN_WORDS, PHASE_WORDS } from "../blocks";
import { isSubHeading } from "../dashboard";
import { dutchDate, type IsoDate } from "../dates";
import { type Lang, type Translate, translator } from "../i18n";
import type { Activity, Meeting, Project, Settings } from "../records";
import {
  activitiesByProject,
  byDue,
  overdueActivities,
  phaseCounts,
  redFlagOf,
  statusCounts,
  upcoming,
} from "../schedule";
import { PHASES, STATUSES } from "../vocab";
import { activityRows, longDate, statusCell } from "./common";
import {
  type Block,
  bullets,
  type Cell,
  type DocModel,
  type DocPart,
  heading,
  lines,
  para,
  paragraphs,
  RED_FLAG_COLOR,
  run,
  table,
  textCell,
} from "./model";

export interface ReportInput {
  projects: readonly Project[];
  /** The valid activities. */
  activities: readonly Activity[];
  meetings: readonly Meeting[];
  settings: Settings;
  today: IsoDate;
  lang: Lang;
}

export function buildReport(input: ReportInput): DocModel {
  const t = translator(input.lang);
  const { settings, today } = input;
  const network = settings.networkName.trim();
  const activities = [...input.activities].sort((a, b) => a.row - b.row);
  const perProject = activitiesByProject(activities);
  const ofProject = (p: Project) => perProject.get(p.name) ?? [];
  // The network-wide lists, once: the summary, their sections and the dialog's counts show them.
  const lists: NetworkLists = {
    overdue: overdueActivities(activities, today),
    soon: upcoming(activities, today),
    ahead: meetingsAhead(input.meetings, today),
  };
  const parts: DocPart[] = [
    {
      key: "title",
      blocks: [
        heading("title", t("doc.report.title", { network }).trim()),
        heading("subtitle", t("doc.report.asOf", { date: longDate(today, t) })),
      ],
    },
    { key: "summary", blocks: summary(input, activities, lists, ofProject, t) },
    { key: "projects", blocks: input.projects.flatMap((p) => projectSection(p, ofProject(p), input, t)) },
    { key: "overdue", blocks: overdueSection(lists.overdue, input, t) },
    { key: "upcoming", blocks: upcomingSection(lists.soon, input, t) },
    { key: "meetings", blocks: meetingsSection(lists.ahead, t) },
  ];
  return {
    kind: "report",
    title: t("doc.report.fileName", { network, date: dutchDate(today) })
      .replace(/\s+/g, " ")
      .trim(),
    parts,
    values: placeholderValues(settings, today, t, t("doc.report.title", { network }).trim()),
    figures: [
      ["summary.count.projects", input.projects.length],
      ["summary.count.inDocument", activities.length],
      ["summary.count.overdue", lists.overdue.length],
      ["summary.count.upcoming", lists.soon.length],
      ["summary.count.meetings", lists.ahead.length],
    ],
  };
}

/** What the report lists for the whole network: overdue actions, deadlines soon, meetings ahead. */
interface NetworkLists {
  overdue: Activity[];
  soon: Activity[];
  ahead: Meeting[];
}

/** The text placeholders both documents know (placeholders.ts lists them). */
export function placeholderValues(
  settings: Settings,
  today: IsoDate,
  t: Translate,
  title: string,
): Record<string, string> {
  // One line each: a value goes into the middle of the template's text.
  const one = (s: string) => lines(s).join(" ");
  return {
    netwerknaam: one(settings.networkName),
    regio: one(settings.region),
    jaar: String(settings.year),
    datum: dutchDate(today),
    "datum voluit": longDate(today, t),
    titel: one(title),
  };
}

function summary(
  input: ReportInput,
  activities: readonly Activity[],
  { overdue, soon }: NetworkLists,
  ofProject: (p: Project) => readonly Activity[],
  t: Translate,
): Block[] {
  const { colours } = input.settings;
  const s = statusCounts(activities);
  const f = phaseCounts(activities);
  const count = (n: number): Cell => textCell(String(n));
  const flags = input.projects
    .map((p) => ({ p, flag: redFlagOf(p, ofProject(p)) }))
    .filter((x) => x.flag.flagged);
  const help = input.projects.filter((p) => p.helpRequest.trim() !== "");
  return [
    heading(1, t("doc.report.summary")),
    para(
      t("doc.report.summaryLine", {
        activities: activities.length,
        projects: input.projects.length,
        overdue: overdue.length,
        upcoming: soon.length,
      }),
    ),
    heading(2, t("doc.report.byStatus")),
    table(
      [t("dashboard.col.status"), t("dashboard.count")],
      [
        ...STATUSES.map((x) => [statusCell(x, colours, t), count(s[x])]),
        [textCell(t("dashboard.total"), { bold: true }), textCell(String(activities.length), { bold: true })],
      ],
      [3, 1],
    ),
    heading(2, t("doc.report.byPhase")),
    table(
      [t("dashboard.col.phase"), t("dashboard.count")],
      PHASES.map((x) => [textCell(t(PHASE_WORDS[x])), count(f[x])]),
      [3, 1],
    ),
    heading(2, t("overview.redFlags")),
    ...(flags.length === 0
      ? [para(run(t("overview.noRedFlags"), { italic: true }))]
      : [bullets(flags.map(({ p, flag }) => `${p.name}: ${redFlagText(flag, t)}`))]),
    heading(2, t("overview.helpRequests")),
    ...(help.length === 0
      ? [para(run(t("overview.noHelpRequests"), { italic: true }))]
      : [bullets(help.map((p) => `${p.name}: ${lines(p.helpRequest).join(" ")}`))]),
  ];
}

/** The flag's own text and the activities behind schedule, on one line. */
function redFlagText(flag: ReturnType<typeof redFlagOf>, t: Translate): string {
  const parts = [
    ...(flag.text ? [lines(flag.text).join(" ")] : []),
    ...(flag.behind.length > 0
      ? [t("dashboard.behind", { subjects: flag.behind.map((a) => a.subject).join(", ") })]
      : []),
  ];
  return parts.join(" — ");
}

/** A project's section; `activities` are the project's, in sheet order. */
function projectSection(
  p: Project,
  activities: readonly Activity[],
  input: ReportInput,
  t: Translate,
): Block[] {
  const { settings, today } = input;
  const mine = [...activities].sort(byDue);
  const empty = para(run(t("dashboard.empty"), { italic: true }));
  const facts = [
    p.lead.trim() ? `${t("doc.report.lead")}: ${p.lead.trim()}` : "",
    p.scope.trim() ? `${t("dashboard.scope")}: ${p.scope.trim()}` : "",
    p.asOf.trim() ? t("dashboard.asOf", { date: p.asOf.trim() }) : "",
  ].filter((x) => x !== "");
  const flag = redFlagOf(p, activities);
  const blocks: Block[] = [
    { kind: "pageBreak" },
    heading(1, p.name),
    ...(facts.length > 0 ? [para(run(facts.join(" · "), { italic: true }))] : []),
    heading(2, t("dashboard.problem")),
    ...orEmpty(paragraphs(p.problem), empty),
    heading(2, t("dashboard.goals", { year: settings.year })),
    ...(p.goals.length > 0 ? [bullets(p.goals)] : [empty]),
    heading(2, t("dashboard.progress")),
    ...orEmpty(progressBlocks(p.progress), empty),
    heading(2, t("doc.report.activities")),
    mine.length > 0
      ? table(
          (["subject", "owner", "deadline", "phase", "status"] as const).map((k) => t(COLUMN_WORDS[k])),
          activityRows(mine, { project: false, today, colours: settings.colours, t }),
          ACTIVITY_WIDTHS,
        )
      : para(run(t("doc.report.noActivities"), { italic: true })),
    heading(2, t("doc.report.flagAndHelp")),
    flag.flagged
      ? para(
          run(`${t("dashboard.redFlag")}: `, { bold: true, color: RED_FLAG_COLOR }),
          run(redFlagText(flag, t)),
        )
      : para(run(`${t("dashboard.redFlag")}: `, { bold: true }), run(t("dashboard.none"), { italic: true })),
    labelled(t("dashboard.remarks"), p.remarks, t),
    labelled(t("dashboard.helpRequest"), p.helpRequest, t),
  ];
  return blocks;
}

const orEmpty = (blocks: Block[], empty: Block): Block[] => (blocks.length > 0 ? blocks : [empty]);

function labelled(label: string, text: string, t: Translate): Block {
  const value = lines(text).join(" ");
  return para(
    run(`${label}: `, { bold: true }),
    value ? run(value) : run(t("dashboard.none"), { italic: true }),
  );
}

/**
 * Voortgang as on the dashboards: a line ending in ":" is a bold sub-heading and the lines under it its
 * bullets; lines before the first sub-heading are paragraphs as they are.
 */
export function progressBlocks(progress: readonly string[]): Block[] {
  const out: Block[] = [];
  let items: string[] = [];
  let under = false;
  const flush = () => {
    if (items.length > 0) out.push(bullets(items));
    items = [];
  };
  for (const line of progress.flatMap(lines)) {
    if (isSubHeading(line)) {
      flush();
      out.push(para(run(line, { bold: true })));
      under = true;
    } else if (under) items.push(line);
    else out.push(para(line));
  }
  flush();
  return out;
}

function overdueSection(list: readonly Activity[], input: ReportInput, t: Translate): Block[] {
  return [
    { kind: "pageBreak" },
    heading(1, t("overview.overdue")),
    list.length > 0 ? activityTable(list, input, t) : para(run(t("overview.noOverdue"), { italic: true })),
  ];
}

function upcomingSection(list: readonly Activity[], input: ReportInput, t: Translate): Block[] {
  return [
    heading(1, t("doc.report.upcoming")),
    list.length > 0 ? activityTable(list, input, t) : para(run(t("overview.noUpcoming"), { italic: true })),
  ];
}

function activityTable(list: readonly Activity[], input: ReportInput, t: Translate): Block {
  return table(
    (["subject", "project", "owner", "deadline", "phase", "status"] as const).map((k) => t(COLUMN_WORDS[k])),
    activityRows(list, { project: true, today: input.today, colours: input.settings.colours, t }),
    NETWORK_ACTIVITY_WIDTHS,
  );
}

/**
 * Column widths in percent of the page's text width (model.ts: A4 landscape, 697 pt). Each column holds its
 * longest words whole in Arial 11 pt with the cell's padding (5 pt a side): a subject such as
 * "Deskundigheidsbevordering" (about 147 pt), "Netwerkcoördinator" as trekker (106 pt), a project name such as
 * "Maatschappelijke" (95 pt), a bold overdue date "31-12-2026" or "september" (66 pt), the fase
 * "Ontwikkeling" or "Implementation" (73 and 85 pt), the status "Doorlopend" (67 pt); the rest goes to the
 * columns with the longest texts. tests/core/documents/report.test.ts measures the example network's words.
 */
const ACTIVITY_WIDTHS = [36, 24, 13, 14, 13];
const NETWORK_ACTIVITY_WIDTHS = [26, 18, 18, 12, 13, 13];
/** Datum | Tijd | Groep | Titel | Locatie: "14:00–16:00" (72 pt), "Netwerkbijeenkomst" (109 pt). */
const MEETING_WIDTHS = [12, 12, 22, 28, 26];

/** The meetings from today on that are not cancelled, by date and time. */
export function meetingsAhead(meetings: readonly Meeting[], today: IsoDate): Meeting[] {
  return meetings
    .filter((m) => !m.cancelled && m.date >= today)
    .sort((a, b) => (a.date + (a.start ?? "")).localeCompare(b.date + (b.start ?? "")) || a.row - b.row);
}

function meetingsSection(ahead: readonly Meeting[], t: Translate): Block[] {
  const time = (m: Meeting) => (m.start ? `${m.start}–${m.end ?? ""}` : t("doc.report.allDay"));
  return [
    heading(1, t("doc.report.meetings")),
    ahead.length > 0
      ? table(
          [
            t("overview.date"),
            t("doc.col.time"),
            t("doc.col.group"),
            t("doc.col.title"),
            t("doc.col.location"),
          ],
          ahead.map((m) => [
            textCell(dutchDate(m.date)),
            textCell(time(m)),
            textCell(m.group),
            textCell(m.title),
            textCell(m.location),
          ]),
          MEETING_WIDTHS,
        )
      : para(run(t("doc.report.noMeetings"), { italic: true })),
  ];
}
