/**
 * `Dashboards genereren`: validates, then rebuilds Validatie, Status, one `Dashboard <Korte naam>` per
 * project, Overzicht and the hidden Historie — all built beside the old tabs and swapped in together.
 * Dashboards of projects that were removed are removed too (only tabs this add-on made).
 */
import { buildDashboard } from "../core/dashboard";
import { DOCUMENTS_PROPERTY, parseDocumentsState } from "../core/documents/files";
import { historyAfter, historyGrid, readHistory, todaysRows } from "../core/history";
import { buildOverview } from "../core/overview";
import { type ActionOutput, dashboardsOutcome, parseNameList, staleTabs } from "../core/summaries";
import { dashboardTabNames } from "../core/tabnames";
import { HISTORY_TAB, OVERVIEW_TAB } from "../core/tabs";
import { removeTabs, replaceTabs, type TabSpec } from "./grid";
import type { RunEnv } from "./run";
import { readAndValidate, validationTabs } from "./validate";
import { findSheet, indexSheets, readValues } from "./workbook";

const DASHBOARDS_PROPERTY = "netwerkplan.dashboards";

/** The newest report and plan (Rapport genereren, Jaaractieplan maken remember them), for Overzicht. */
function documentsState() {
  return parseDocumentsState(PropertiesService.getDocumentProperties()?.getProperty(DOCUMENTS_PROPERTY));
}

export function dashboardsAction(env: RunEnv): ActionOutput {
  const { ss, t, lang } = env;
  ss.toast(t("dashboards.progress"), t("app.title"), 10);
  const v = readAndValidate(env);
  const { projects, activities, settings } = v.result;

  const historySheet = findSheet(indexSheets(ss), HISTORY_TAB);
  const today = todaysRows(
    v.today,
    projects.map((p) => p.name),
    activities,
  );
  const history = historyAfter(readHistory(historySheet ? readValues(historySheet) : []), today);

  const names = dashboardTabNames(projects);
  const dashboards = projects.map((project) => {
    const model = buildDashboard(
      project,
      activities.filter((a) => a.project === project.name),
      settings,
      v.today,
      lang,
    );
    return { project: project.name, tab: names.get(project.name)!, model };
  });

  const specs: TabSpec[] = [
    ...validationTabs(env, v),
    {
      name: OVERVIEW_TAB.name,
      grid: buildOverview(projects, activities, settings, v.today, lang, history, documentsState()),
    },
    ...dashboards.map((d) => ({ name: d.tab, grid: d.model.grid, before: HISTORY_TAB.name })),
    { name: historySheet?.getName() ?? HISTORY_TAB.name, grid: historyGrid(history), hidden: true },
  ];
  const renamed = replaceTabs(ss, specs, t("protection.description"));

  const props = PropertiesService.getDocumentProperties();
  const now = dashboards.map((d) => d.tab);
  removeTabs(ss, staleTabs(parseNameList(props?.getProperty(DASHBOARDS_PROPERTY)), now));
  props?.setProperty(DASHBOARDS_PROPERTY, JSON.stringify(now));

  const made = dashboards.map((d) => ({
    project: d.project,
    tab: d.tab,
    redFlag: d.model.redFlag,
    actions12m: d.model.actions12m,
    counts: d.model.counts,
  }));
  return dashboardsOutcome(v.result, v.idsAssigned, made, renamed, t);
}
