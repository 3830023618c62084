/**
 * The summary dialog after every action (PRODUCT.md §6): what was done, counts, the first problems with a
 * link to their cell, links to the tabs the action made, and — for a failed run — what was left as it
 * was and what to do. Built from what the action returned (core/summaries.ts).
 */
import { columnLetters } from "../a1";
import type { FailureReport } from "../errors";
import type { MessageKey, Translate } from "../i18n";
import type { Problem } from "../records";
import { DASHBOARD_PREFIX } from "../tabnames";
import { ALL_TABS } from "../tabs";

/** How many problems the dialog lists; the rest are in Validatie. */
export const SUMMARY_PROBLEMS = 10;

/** A place in the spreadsheet a button jumps to, or (with `url`) a page the dialog opens in a new tab. */
export interface ScreenLink {
  label: string;
  tab: string;
  /** A1 of the cell, "" for the tab itself. */
  a1: string;
  /** An https:// address (a document the action made): a link instead of a jump. */
  url?: string;
}

/**
 * What a page's button says when the tab it jumps to does not exist (Vergaderingen and Instellingen may be
 * missing; a generated tab may have been deleted, a person's tab renamed): which menu item makes it, if any.
 */
export function missingTabMessage(tab: string, t: Translate): string {
  const def = ALL_TABS.find((d) => d.name === tab);
  if (def?.kind === "source") return t("screen.noTab.setup", { tab, item: t("menu.setup") });
  if (def || tab.startsWith(DASHBOARD_PREFIX))
    return t("screen.noTab.generated", { tab, item: t("menu.dashboards") });
  return t("screen.noTab", { tab });
}

/** What an action tells the dialog besides its message. */
export interface SummaryFacts {
  counts?: readonly (readonly [MessageKey, number])[];
  problems?: readonly Problem[];
  /** Tabs worth opening after the action, in order. */
  tabs?: readonly string[];
  /** Documents the action made (Google Docs, PDF, folder): opened in a new tab, after the tabs. */
  urls?: readonly { label: string; url: string }[];
}

export interface SummaryScreen {
  title: string;
  outcome: "ok" | "error";
  lines: string[];
  counts: { label: string; value: number }[];
  problems: { severity: string; message: string; link: ScreenLink }[];
  moreProblems: string | null;
  links: ScreenLink[];
  /**
   * A run that broke off: that nothing was lost, what to do (one advice, by the kind of failure) and Google's
   * own text, labelled as Google's (null when the error is not one of Google's the add-on knows).
   */
  failure: { kept: string; todo: string; google: { label: string; text: string } | null } | null;
  texts: { close: string; problemsTitle: string; linksTitle: string; offline: string };
}

function texts(t: Translate): SummaryScreen["texts"] {
  return {
    close: t("screen.close"),
    problemsTitle: t("summary.problems"),
    linksTitle: t("summary.links"),
    offline: t("screen.offline"),
  };
}

/**
 * The place of a problem: its cell, its row, or its tab; labelled as a coordinator says it ("Activiteiten,
 * rij 4 (Deadline)"), not as a formula would (`Activiteiten!I4`).
 */
export function problemLink(p: Problem, t: Translate): ScreenLink {
  const a1 = p.row > 0 ? `${columnLetters(Math.max(p.columnIndex, 1))}${p.row}` : "";
  if (!a1) return { label: p.tab, tab: p.tab, a1 };
  const label = t(p.column ? "summary.place.cell" : "summary.place.row", {
    tab: p.tab,
    row: p.row,
    column: p.column,
  });
  return { label, tab: p.tab, a1 };
}

export function summaryScreen(
  title: string,
  message: string,
  facts: SummaryFacts,
  t: Translate,
): SummaryScreen {
  // Errors first (their rows are left out), those about a whole tab or its header before those about a row
  // (one missing column explains many rows); each group in the order of Validatie.
  const all = facts.problems ?? [];
  const rank = (p: Problem) => (p.severity !== "error" ? 2 : p.row <= 1 ? 0 : 1);
  const problems = [...all].sort((a, b) => rank(a) - rank(b));
  const more = problems.length - SUMMARY_PROBLEMS;
  return {
    title,
    outcome: "ok",
    lines: message.split("\n").filter((l) => l !== ""),
    counts: (facts.counts ?? []).map(([key, value]) => ({ label: t(key), value })),
    problems: problems.slice(0, SUMMARY_PROBLEMS).map((p) => ({
      severity: t(p.severity === "error" ? "severity.error" : "severity.warning"),
      message: p.message,
      link: problemLink(p, t),
    })),
    moreProblems: more > 0 ? t("summary.moreProblems", { count: more }) : null,
    links: [
      ...(facts.tabs ?? []).map((tab) => ({ label: tab, tab, a1: "" })),
      ...(facts.urls ?? [])
        .filter((u) => /^https:\/\//.test(u.url))
        .map((u) => ({ label: u.label, tab: "", a1: "", url: u.url })),
    ],
    failure: null,
    texts: texts(t),
  };
}

/** A run that broke off: what went wrong, that nothing was lost, what to do, and Google's own text. */
export function failureScreen(title: string, report: FailureReport, t: Translate): SummaryScreen {
  return {
    title,
    outcome: "error",
    lines: [report.line],
    counts: [],
    problems: [],
    moreProblems: null,
    links: [],
    failure: {
      kept: t("summary.failedKept"),
      todo: report.advice,
      google: report.google === null ? null : { label: report.googleLabel, text: report.google },
    },
    texts: texts(t),
  };
}
