/**
 * `Dashboards genereren`: validates, then rebuilds Validatie, Status, one `Dashboard <Korte naam>` per
 * project, Overzicht and the hidden Historie — all built beside the old tabs and swapped in together.
 * Dashboards of projects that were removed are removed too (only tabs this add-on made).
 */
import { buildDashboard } from "../core/dashboard";
import { DOCUMENTS_PROPERTY, parseDocumentsState } from "../core/documents/files";
import { historyAfter, historyGrid, historyRequests, readHistory, todaysRows } from "../core/history";
import { buildOverview } from "../core/overview";
import { activitiesByProject } from "../core/schedule";
import { type ActionOutput, dashboardsOutcome } from "../core/summaries";
import { dashboardTabNames } from "../core/tabnames";
import { findTabName, HISTORY_TAB, OVERVIEW_TAB } from "../core/tabs";
import { ownedTabIds, replaceTabs, type TabSpec } from "./grid";
import type { RunEnv } from "./run";
import { GENERATED_NAMES, readAndValidate, statusColours, validationTabs } from "./validate";
import { activeTabName, indexSheets, readValues } from "./workbook";

/** The newest report and plan (Rapport genereren, Jaaractieplan maken remember them), for Overzicht. */
function documentsState() {
  return parseDocumentsState(PropertiesService.getDocumentProperties()?.getProperty(DOCUMENTS_PROPERTY));
}

export function dashboardsAction(env: RunEnv): ActionOutput {
  const { ss, t, lang } = env;
  ss.toast(t("dashboards.progress"), t("app.title"), 10);
  // Every read before any write: the tabs once, Historie, then the source tabs.
  const index = indexSheets(ss, { conditionalFormats: true });
  const active = activeTabName(ss);
  const historyName = findTabName(
    index.tabs.map((tab) => tab.name),
    HISTORY_TAB,
  );
  const historyTab = index.tabs.find((tab) => tab.name === historyName);
  const historySheet = historyTab ? index.get(historyTab.name) : null;
  const read = readHistory(historySheet ? readValues(historySheet) : []);
  const v = readAndValidate(env, { index });
  const { projects, activities, settings } = v.result;
  const colours = statusColours(v);

  const today = todaysRows(
    v.today,
    projects.map((p) => p.name),
    activities,
  );
  const history = historyAfter(read, today);
  // Historie grows by today's rows in the swap itself; a new one, or one in the earlier form, is built whole.
  const append = historyTab !== undefined && !read.rebuild && ownedTabIds().has(historyTab.id);

  const names = dashboardTabNames(projects);
  const perProject = activitiesByProject(activities);
  const dashboards = projects.map((project) => {
    const model = buildDashboard(project, perProject.get(project.name) ?? [], settings, v.today, lang);
    return { project: project.name, tab: names.get(project.name)!, model };
  });

  const specs: TabSpec[] = [
    ...validationTabs(env, v),
    {
      name: OVERVIEW_TAB.name,
      grid: buildOverview(
        projects,
        activities,
        settings,
        v.today,
        lang,
        history,
        documentsState(),
        v.result.members,
      ),
    },
    ...dashboards.map((d) => ({ name: d.tab, grid: d.model.grid, before: HISTORY_TAB.name })),
    ...(append ? [] : [{ name: HISTORY_TAB.name, grid: historyGrid(history), hidden: true }]),
  ];
  const { renamed, removed } = replaceTabs(index, specs, {
    active,
    timeZone: v.timeZone,
    protection: t("protection.description"),
    cutNote: t("grid.cut"),
    generatedNames: GENERATED_NAMES,
    removeStaleDashboards: true,
    alsoInSwap: [...(append && historyTab ? historyRequests(historyTab.id, read, today) : []), ...colours],
  });

  const made = dashboards.map((d) => ({
    project: d.project,
    tab: d.tab,
    redFlag: d.model.redFlag,
    actions12m: d.model.actions12m,
    counts: d.model.counts,
  }));
  return dashboardsOutcome(v.result, v.idsAssigned, made, renamed, t, colours.length > 0, removed);
}
