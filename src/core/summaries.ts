/**
 * What each action tells the coordinator when it is done (the summary) and the facts the local run puts
 * in samenvatting.json (`details`). Pure: gas/ only shows and returns them.
 */
import { q, type Translate } from "./i18n";
import type { SummaryFacts } from "./screens/summary";
import type { SetupOp, SetupPlan } from "./setup";
import { OVERVIEW_TAB, STATUS_TAB, VALIDATION_TAB } from "./tabs";
import type { ValidationResult } from "./validation/workbook";
import type { Status } from "./vocab";

/** What an action's body returns: the summary shown to the user and optional details. */
export interface ActionOutput {
  message: string;
  /** Structured facts for the local runner (Apps Script ignores them). */
  details?: Record<string, unknown>;
  /** What the summary dialog shows besides the message: counts, problems, tabs to open. */
  facts?: SummaryFacts;
}

// ---------------------------------------------------------------------------
// Valideren

/** `counts`, `problems` and `idsAssigned` of samenvatting.json. */
export function validationDetails(result: ValidationResult, idsAssigned: number, t: Translate) {
  return {
    counts: result.counts,
    problems: result.problems.map((p) => ({
      tab: p.tab,
      row: p.row,
      column: p.column,
      value: p.value,
      severity: t(p.severity === "error" ? "severity.error" : "severity.warning"),
      message: p.message,
      suggestion: p.suggestion,
    })),
    idsAssigned,
  };
}

function validationLines(result: ValidationResult, idsAssigned: number, t: Translate): string[] {
  const { counts, problems } = result;
  const errors = problems.filter((p) => p.severity === "error").length;
  const lines = [
    problems.length === 0
      ? t("validation.summaryClean", { activities: counts.activities })
      : t("validation.summary", {
          activities: counts.activities,
          valid: counts.valid,
          errors,
          warnings: problems.length - errors,
        }),
  ];
  if (idsAssigned > 0) lines.push(t("validation.idsAssigned", { count: idsAssigned }));
  return lines;
}

/** The line about a person's tabs that were kept under another name, if any. */
const renamedLines = (renamed: readonly string[], t: Translate): string[] =>
  renamed.length > 0 ? [t("tabs.renamed", { tabs: renamed.join(", ") })] : [];

/** The line saying the status colours of Activiteiten were brought in step (core/inputhelp.ts). */
const colourLines = (coloursRefreshed: boolean, t: Translate): string[] =>
  coloursRefreshed ? [t("val.coloursRefreshed")] : [];

/** The counts and problems of a validation, for the summary dialog. */
function validationFacts(
  result: ValidationResult,
  idsAssigned: number,
): Required<Pick<SummaryFacts, "counts" | "problems">> {
  const errors = result.problems.filter((p) => p.severity === "error").length;
  return {
    counts: [
      ["summary.count.activities", result.counts.activities],
      ["summary.count.valid", result.counts.valid],
      ["summary.count.errors", errors],
      ["summary.count.warnings", result.problems.length - errors],
      ["summary.count.ids", idsAssigned],
    ],
    problems: result.problems,
  };
}

export function validationOutcome(
  result: ValidationResult,
  idsAssigned: number,
  renamed: readonly string[],
  t: Translate,
  coloursRefreshed = false,
): ActionOutput {
  return {
    message: [
      ...validationLines(result, idsAssigned, t),
      ...renamedLines(renamed, t),
      ...colourLines(coloursRefreshed, t),
    ].join("\n"),
    details: validationDetails(result, idsAssigned, t),
    facts: { ...validationFacts(result, idsAssigned), tabs: [VALIDATION_TAB.name, STATUS_TAB.name] },
  };
}

// ---------------------------------------------------------------------------
// Dashboards genereren

export interface DashboardMade {
  project: string;
  tab: string;
  redFlag: boolean;
  actions12m: string[];
  counts: Record<Status, number>;
}

export function dashboardsOutcome(
  result: ValidationResult,
  idsAssigned: number,
  dashboards: readonly DashboardMade[],
  renamed: readonly string[],
  t: Translate,
  coloursRefreshed = false,
  removed: readonly string[] = [],
): ActionOutput {
  const red = dashboards.filter((d) => d.redFlag).length;
  const validation = validationFacts(result, idsAssigned);
  return {
    message: [
      t("dashboards.summary", { count: dashboards.length, red }),
      ...(removed.length > 0
        ? [t("dashboards.removed", { count: removed.length, tabs: removed.map((n) => q(n)).join(", ") })]
        : []),
      ...renamedLines(renamed, t),
      ...colourLines(coloursRefreshed, t),
    ].join("\n"),
    details: { ...validationDetails(result, idsAssigned, t), overview: OVERVIEW_TAB.name, dashboards },
    facts: {
      counts: [
        ["summary.count.dashboards", dashboards.length],
        ["summary.count.redFlags", red],
        ...validation.counts,
      ],
      problems: validation.problems,
      tabs: [OVERVIEW_TAB.name, ...dashboards.map((d) => d.tab), VALIDATION_TAB.name],
    },
  };
}

// ---------------------------------------------------------------------------
// Werkblad inrichten

function describeOp(op: Exclude<SetupOp, { kind: "createTab" }>, t: Translate): string {
  switch (op.kind) {
    case "writeHeaders":
      return t("setup.headersWritten", { tab: op.tabName });
    case "appendColumns":
      return t("setup.addedColumns", { tab: op.tabName, columns: op.headers.join(", ") });
    case "appendSettings":
      return t("setup.addedSettings", { keys: op.rows.map((r) => r[0]).join(", ") });
  }
}

/**
 * What makes a workbook unusable (missingStructure's header rows and columns), each said as `Werkblad
 * inrichten` says it: one line for a tab whose header row is further down, one per missing column.
 */
export function structureMessages(
  missing: {
    headers: readonly { tab: string; row: number }[];
    columns: readonly { tab: string; column: string }[];
  },
  t: Translate,
): string[] {
  return [
    ...missing.headers.map((h) => t("setup.headerLower", { tab: h.tab, row: h.row })),
    ...missing.columns.map((c) => t("error.columnMissing", { tab: c.tab, column: c.column })),
  ];
}

export function setupOutcome(plan: SetupPlan, existingTabs: readonly string[], t: Translate): ActionOutput {
  const missing = [
    ...plan.noHeader.map((h) =>
      h.foundAt === null
        ? t("setup.noHeader", { tab: h.tab })
        : t("setup.headerLower", { tab: h.tab, row: h.foundAt }),
    ),
    ...plan.missingColumns.map((m) => t("error.columnMissing", { tab: m.tab, column: m.column })),
  ];
  const created = plan.ops.flatMap((op) => (op.kind === "createTab" ? [op.tab.name] : []));
  const changes = plan.ops.flatMap((op) => (op.kind === "createTab" ? [] : [describeOp(op, t)]));
  const lines =
    plan.ops.length === 0
      ? [t("setup.nothingToDo")]
      : [
          t("setup.done"),
          ...(created.length > 0 ? [t("setup.createdTabs", { tabs: created.join(", ") })] : []),
          ...changes,
        ];
  return {
    message: [...lines, ...missing].join("\n"),
    details: {
      existingTabs: [...existingTabs],
      createdTabs: created,
      missingColumns: plan.missingColumns,
      missingColumnMessages: missing,
    },
  };
}
