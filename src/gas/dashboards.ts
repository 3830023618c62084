/**
 * `Dashboards genereren`: validates, then rebuilds Validatie, Status, one `Dashboard <Korte naam>` per
 * project, Overzicht and the hidden Historie — all built beside the old tabs and swapped in together.
 * Dashboards of projects that were removed are removed too (only tabs this add-on made).
 */
import { buildDashboard, buildOverview, dashboardTabNames } from "../core/dashboard";
import { historyGrid, mergeHistory, parseHistory } from "../core/history";
import { HISTORY, OVERVIEW } from "../core/tabs";
import { removeTabs, replaceTabs, type TabSpec } from "./grid";
import type { ActionOutput, RunEnv } from "./run";
import { readAndValidate, validationDetails, validationTabs } from "./validate";
import { findSheet, indexSheets, readValues } from "./workbook";

const DASHBOARDS_PROPERTY = "netwerkplan.dashboards";

export function dashboardsAction(env: RunEnv): ActionOutput {
  const { ss, t, lang } = env;
  ss.toast(t("dashboards.progress"), t("app.title"), 10);
  const v = readAndValidate(env);
  const { projects, activities, settings } = v.result;

  const historySheet = findSheet(indexSheets(ss), HISTORY);
  const history = mergeHistory(
    parseHistory(historySheet ? readValues(historySheet) : []),
    v.today,
    activities,
  );

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
    { name: OVERVIEW.name, grid: buildOverview(projects, activities, settings, v.today, lang, history) },
    ...dashboards.map((d) => ({ name: d.tab, grid: d.model.grid, before: HISTORY.name })),
    { name: historySheet?.getName() ?? HISTORY.name, grid: historyGrid(history), hidden: true },
  ];
  const renamed = replaceTabs(ss, specs, t("protection.description"));

  // Dashboards this add-on made before whose project is gone.
  const props = PropertiesService.getDocumentProperties();
  const before = parseList(props?.getProperty(DASHBOARDS_PROPERTY));
  const now = dashboards.map((d) => d.tab);
  removeTabs(
    ss,
    before.filter((name) => !now.includes(name)),
  );
  props?.setProperty(DASHBOARDS_PROPERTY, JSON.stringify(now));

  const red = dashboards.filter((d) => d.model.redFlag).length;
  const lines = [t("dashboards.summary", { count: dashboards.length, red })];
  if (renamed.length > 0) lines.push(t("tabs.renamed", { tabs: renamed.join(", ") }));
  return {
    message: lines.join("\n"),
    details: {
      ...validationDetails(v, t),
      dashboards: dashboards.map((d) => ({
        project: d.project,
        tab: d.tab,
        redFlag: d.model.redFlag,
        actions12m: d.model.actions12m,
        counts: d.model.counts,
      })),
    },
  };
}

function parseList(json: string | null | undefined): string[] {
  try {
    const v: unknown = JSON.parse(json ?? "[]");
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch (_e) {
    return [];
  }
}
