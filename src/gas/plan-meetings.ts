/**
 * `Jaarplanning vergaderingen…`: the dialog, its preview (google.script.run.previewMeetingPlan) and the
 * rows appended below the last row of `Vergaderingen` (google.script.run.addPlannedMeetings) — one write,
 * under the document lock, only when the rows are still those the preview showed.
 */
import { addDays, isoInZone } from "../core/dates";
import { type Translate, translator } from "../core/i18n";
import { planYear, type YearPlanRequest } from "../core/invites/yearplan";
import {
  type FieldError,
  type PlanFormValues,
  type PlanPreview,
  parsePlanForm,
  planMeetingsForm,
  plannedCells,
  planPreview,
} from "../core/screens/plan-meetings";
import type { ActionOutput } from "../core/summaries";
import { MEETINGS_TAB } from "../core/tabs";
import { activeGroups } from "../core/validation/references";
import { foldText } from "../core/vocab";
import { type ActionResult, type RunEnv, runAction } from "./run";
import { page } from "./screens";
import { readAndValidateMeetings, type ValidatedMeetings } from "./validate";
import { langOf } from "./workbook";

const DIALOG_SIZE = { width: 640, height: 640 };

/** The menu item, run by main.ts's runAction: the form, with the groups of Leden and the year of Instellingen. */
export function planMeetingsAction(env: RunEnv): ActionOutput {
  const v = readAndValidateMeetings(env);
  if (!v.tabs.meetings) throw new Error(env.t("invites.error.noTab"));
  const form = planMeetingsForm(activeGroups(v.result.members), v.result.settings.year, env.t);
  const html = page("PlanMeetings", form, env.lang).setWidth(DIALOG_SIZE.width).setHeight(DIALOG_SIZE.height);
  env.ui.showModalDialog(html, form.title);
  return { message: form.title, details: { groups: form.groups } };
}

export interface PlanReply {
  ok: boolean;
  message: string;
  errors: FieldError[];
  preview: PlanPreview | null;
  /** The rows the preview showed are no longer what would be added. */
  stale?: boolean;
}

interface Planned {
  preview: PlanPreview;
  request: YearPlanRequest;
  plan: ReturnType<typeof planYear>;
  v: ValidatedMeetings;
}

/** The form read and planned against the meetings there are; field errors when the form is not right. */
function planFrom(env: RunEnv, values: PlanFormValues): Planned | FieldError[] {
  const v = readAndValidateMeetings(env);
  const parsed = parsePlanForm(values, activeGroups(v.result.members), env.t);
  if (!parsed.ok) return parsed.errors;
  const group = foldText(parsed.request.group);
  const existing = new Set(v.result.meetings.filter((m) => foldText(m.group) === group).map((m) => m.date));
  // Nothing before tomorrow: a meeting for today would be announced too late.
  const today = addDays(isoInZone(env.now, v.result.settings.timeZone), 1);
  const plan = planYear(parsed.request, { existing, excluded: new Set(parsed.excluded), today });
  return { preview: planPreview(plan, parsed.request, env.t), request: parsed.request, plan, v };
}

function reply(t: Translate, planned: Planned | FieldError[], message = ""): PlanReply {
  if (Array.isArray(planned))
    return { ok: false, message: t("meetings.fixFirst"), errors: planned, preview: null };
  return { ok: true, message, errors: [], preview: planned.preview };
}

/** What the form would add (google.script.run.previewMeetingPlan): reads only. */
export function previewMeetingPlan(values: PlanFormValues): PlanReply {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = langOf(ss);
  const t = translator(lang);
  const env: RunEnv = { ss, ui: SpreadsheetApp.getUi(), lang, t, now: new Date() };
  return reply(t, planFrom(env, values));
}

/** Adds the previewed rows (google.script.run.addPlannedMeetings), if they are still what would be added. */
export function addPlannedMeetings(
  values: PlanFormValues,
  token: unknown,
): ActionResult & { reply?: PlanReply } {
  let answer: PlanReply | undefined;
  const result = runAction(
    "menu.planMeetings",
    langOf,
    (env) => {
      const planned = planFrom(env, values);
      if (Array.isArray(planned) || planned.preview.token !== token) {
        answer = Array.isArray(planned)
          ? reply(env.t, planned)
          : { ...reply(env.t, planned, env.t("meetings.stale")), ok: false, stale: true };
        return { message: answer.message, details: { added: 0, refused: true } };
      }
      const tab = planned.v.tabs.meetings;
      if (!tab) throw new Error(env.t("invites.error.noTab"));
      const cells = plannedCells(tab.raw.values[0] ?? [], planned.plan, planned.request, planned.v.timeZone);
      const skipped = planned.plan.skipped.length;
      if (cells === null) {
        answer = reply(env.t, planned, env.t("meetings.addedNone"));
        return {
          message: answer.message,
          details: { added: 0 },
          facts: { counts: [["meetings.count.skipped", skipped]], tabs: [MEETINGS_TAB.name] },
        };
      }
      const sheet = tab.sheet;
      const first = sheet.getLastRow() + 1;
      const count = cells.values.length;
      const maxRows = sheet.getMaxRows();
      if (first + count - 1 > maxRows) sheet.insertRowsAfter(maxRows, first + count - 1 - maxRows);
      const range = sheet.getRange(first, cells.firstCol, count, cells.values[0]!.length);
      range.setNumberFormats(cells.numberFormats);
      range.setValues(cells.values);
      const message = env.t("meetings.added", { count, first, last: first + count - 1 });
      answer = reply(env.t, planned, message);
      return {
        message,
        details: { added: count, firstRow: first, rows: planned.plan.rows.map((r) => r.date) },
        facts: {
          counts: [
            ["meetings.count.added", count],
            ["meetings.count.skipped", skipped],
          ],
          tabs: [MEETINGS_TAB.name],
        },
      };
    },
    { summary: (out) => out.details?.refused !== true },
  );
  return answer ? { ...result, reply: answer } : result;
}
