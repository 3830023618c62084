/**
 * The jaaractieplan (PRODUCT.md §4): `Jaaractieplan <Jaar> <Netwerknaam>`, in the shape of the network's own
 * plan (seeds/jaaractieplan-2025.txt):
 *
 *   title         Jaaractieplan <jaar> (title), the network's name (subtitle)
 *   introduction  `Instellingen › Inleiding jaaractieplan`, one paragraph per line, a line ending in ":" a
 *                 heading (as in Voortgang); empty: two standard paragraphs
 *   priorities    Speerpunten <jaar>: numbered per thema ("1. Aansluiting sociaal domein"); under it each
 *                 speerpunt's probleemstelling (paragraphs; lines starting with "-", "•", "o" or "*" are
 *                 bullets) and its doelstellingen (bullets); the speerpunt's name as a sub-heading when a thema
 *                 has more than one
 *   activities    Activiteitenplan (on a new page): a line of explanation, the status legend, then per thema
 *                 the table Onderwerp | Doelstelling en acties | Trekkers | Deadline | Status
 *
 * Where the speerpunten come from: a `Projecten` row is "one project or speerpunt" (PRODUCT.md §2.2); the
 * rows whose optional `Thema` is filled are the speerpunten of that thema, in sheet order (so the coordinator
 * orders them); their Probleemstelling is the speerpunt's paragraph and their Doelstellingen its bullets.
 *
 * Which activities: the valid ones that are ongoing, due in the plan year or the year before, or older and
 * not Behaald (carried over, marked overdue); see inPlanYear. Themes in order of first appearance in
 * `Activiteiten`; activities without a thema last, under "Overige activiteiten". Pure.
 */

import { isSubHeading } from "../dashboard";
import type { IsoDate } from "../dates";
import { type Lang, type Translate, translator } from "../i18n";
import type { Activity, Project, Settings } from "../records";
import { foldText } from "../vocab";
import { deadlineCell, legendTable, statusCell } from "./common";
import {
  type Block,
  bullets,
  type Cell,
  type CellBlock,
  type DocModel,
  heading,
  lines,
  para,
  paragraphs,
  run,
  table,
  textCell,
} from "./model";
import { placeholderValues } from "./report";

export interface PlanInput {
  projects: readonly Project[];
  /** The valid activities. */
  activities: readonly Activity[];
  settings: Settings;
  today: IsoDate;
  lang: Lang;
}

export function buildPlan(input: PlanInput): DocModel {
  const t = translator(input.lang);
  const { settings } = input;
  const year = settings.year;
  const network = settings.networkName.trim();
  const title = t("doc.plan.title", { year });
  const groups = themeGroups(input.activities, year);
  const priorityList = priorityGroups(input.projects);
  return {
    kind: "plan",
    title: t("doc.plan.fileName", { year, network }).replace(/\s+/g, " ").trim(),
    parts: [
      { key: "title", blocks: [heading("title", title), ...(network ? [heading("subtitle", network)] : [])] },
      { key: "introduction", blocks: introduction(settings, t) },
      { key: "priorities", blocks: priorities(priorityList, year, t) },
      { key: "activities", blocks: activityPlan(input, groups, t) },
    ],
    values: placeholderValues(settings, input.today, t, title),
    figures: [
      ["summary.count.priorities", priorityList.reduce((n, g) => n + g.projects.length, 0)],
      ["summary.count.themes", groups.length],
      ["summary.count.inDocument", groups.reduce((n, g) => n + g.activities.length, 0)],
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Inleiding

function introduction(settings: Settings, t: Translate): Block[] {
  const text = lines(settings.planIntroduction);
  const network = settings.networkName.trim();
  if (text.length === 0) {
    return [
      para(t("doc.plan.intro", { year: settings.year, network })),
      para(t("doc.plan.introActivities", { year: settings.year })),
    ];
  }
  return text.map((l) => (isSubHeading(l) ? heading(2, l.replace(/\s*:$/, "")) : para(l)));
}

// ---------------------------------------------------------------------------------------------------------
// Speerpunten

export interface PriorityGroup {
  theme: string;
  projects: Project[];
}

/** The speerpunten per thema: projects with a Thema, grouped (case-insensitively) in sheet order. */
export function priorityGroups(projects: readonly Project[]): PriorityGroup[] {
  const groups = new Map<string, PriorityGroup>();
  for (const p of [...projects].sort((a, b) => a.row - b.row)) {
    const theme = p.theme.trim();
    if (theme === "") continue;
    const key = foldText(theme);
    const g = groups.get(key) ?? { theme, projects: [] };
    g.projects.push(p);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** A line that starts with a bullet sign is a list item; the sign goes. */
const BULLET_LINE = /^(?:[-•*]|o(?=\s))\s+/;

/** Paragraphs, with runs of bullet lines as lists. */
export function textBlocks(text: string): Block[] {
  const out: Block[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length > 0) out.push(bullets(items));
    items = [];
  };
  for (const l of lines(text)) {
    if (BULLET_LINE.test(l)) items.push(l.replace(BULLET_LINE, ""));
    else {
      flush();
      out.push(para(l));
    }
  }
  flush();
  return out;
}

function priorities(groups: readonly PriorityGroup[], year: number, t: Translate): Block[] {
  if (groups.length === 0) {
    return [
      heading(1, t("doc.plan.priorities", { year })),
      para(run(t("doc.plan.noPriorities"), { italic: true })),
    ];
  }
  return [
    heading(1, t("doc.plan.priorities", { year })),
    ...groups.flatMap((g, i) => [
      heading(2, `${i + 1}. ${g.theme}`),
      ...g.projects.flatMap((p) => speerpunt(p, g.projects.length > 1, year, t)),
    ]),
  ];
}

/**
 * One speerpunt: its probleemstelling, then its doelstellingen as bullets. When the probleemstelling itself
 * ends in a list, the doelstellingen get their label first ("Doelstellingen 2026:"), or the two lists would
 * read as one.
 */
function speerpunt(p: Project, named: boolean, year: number, t: Translate): Block[] {
  const problem = textBlocks(p.problem);
  const goals: Block[] = [];
  if (p.goals.length > 0) {
    if (problem.at(-1)?.kind === "list")
      goals.push(para(run(t("doc.plan.goalsLead", { year }), { bold: true })));
    goals.push(bullets(p.goals));
  }
  return [...(named ? [heading(3, p.name)] : []), ...problem, ...goals];
}

// ---------------------------------------------------------------------------------------------------------
// Activiteitenplan

/**
 * In the plan of `year`: ongoing; due in the year or the one before (what was reached since the last plan
 * shows as Behaald, as the network's own plan lists a year-old activity); or older and not Behaald (carried
 * over). Not what starts after the year.
 */
export function inPlanYear(a: Activity, year: number): boolean {
  if (a.deadline.kind === "ongoing") return true;
  if (a.deadline.start > `${year}-12-31`) return false;
  return a.deadline.end >= `${year - 1}-01-01` || a.status !== "Behaald";
}

export interface ThemeGroup {
  /** "" for the activities without a thema. */
  theme: string;
  activities: Activity[];
}

/** The plan's activities per thema: themes in order of first appearance, no thema last; sheet order within. */
export function themeGroups(activities: readonly Activity[], year: number): ThemeGroup[] {
  const groups = new Map<string, ThemeGroup>();
  for (const a of [...activities].sort((x, y) => x.row - y.row)) {
    if (!inPlanYear(a, year)) continue;
    const theme = a.theme.trim();
    const key = foldText(theme);
    const g = groups.get(key) ?? { theme, activities: [] };
    g.activities.push(a);
    groups.set(key, g);
  }
  const all = [...groups.values()];
  return [...all.filter((g) => g.theme !== ""), ...all.filter((g) => g.theme === "")];
}

function activityPlan(input: PlanInput, groups: readonly ThemeGroup[], t: Translate): Block[] {
  const { settings } = input;
  const header = [
    t("dashboard.col.subject"),
    t("doc.col.goalsAndActions"),
    t("doc.col.owners"),
    t("dashboard.col.deadline"),
    t("dashboard.col.status"),
  ];
  return [
    { kind: "pageBreak" },
    heading(1, t("doc.plan.activities")),
    para(t("doc.plan.activitiesIntro")),
    legendTable(settings.colours, t),
    ...(groups.length === 0
      ? [para(run(t("doc.plan.noActivities", { year: settings.year }), { italic: true }))]
      : groups.flatMap((g) => [
          heading(2, g.theme || t("doc.plan.noTheme")),
          table(
            header,
            g.activities.map((a) => [
              subjectCell(a),
              goalsCell(a, t),
              textCell(a.owner),
              deadlineCell(a, input.today, t, true),
              statusCell(a.status, settings.colours, t),
            ]),
            PLAN_WIDTHS,
          ),
        ])),
  ];
}

/**
 * Column widths in percent of the page's text width (model.ts: A4 landscape, 697 pt). As in the network's own
 * plan, the goals and actions take the most; each column holds its longest words whole in Arial 11 pt with the
 * cell's padding (5 pt a side): a bold onderwerp such as "Deskundigheidsbevordering" (159 pt), a word of a
 * bullet (36 pt indented) such as "deskundigheidsbevordering" (181 pt), "Netwerkcoördinator" as trekker
 * (106 pt), the fase under the deadline, "Implementation" (85 pt), and the status "Doorlopend" (67 pt).
 * tests/core/documents/plan.test.ts measures the example network's words.
 */
const PLAN_WIDTHS = [24, 35, 16, 13, 12];

/** The onderwerp in bold, its explanation (Toelichting) under it, as in the plan. */
function subjectCell(a: Activity): Cell {
  return { content: [para(run(a.subject, { bold: true })), ...paragraphs(a.note)] };
}

/** Doelstelling, Subdoelstellingen and Acties, each under its bold label; the lists as bullets. */
export function goalsCell(a: Activity, t: Translate): Cell {
  const content: CellBlock[] = [];
  const goal = paragraphs(a.goal);
  if (goal.length > 0) content.push(para(run(t("doc.goal"), { bold: true })), ...goal);
  if (a.subgoals.length > 0) content.push(para(run(t("doc.subgoals"), { bold: true })), bullets(a.subgoals));
  if (a.actions.length > 0) content.push(para(run(t("doc.actions"), { bold: true })), bullets(a.actions));
  return { content: content.length > 0 ? content : [para()] };
}
