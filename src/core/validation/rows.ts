/**
 * Reading a source tab for validation: whether the tab and its required columns are there, and every row
 * with content run through the tab's schema, its errors and warnings turned into problems at their cells.
 */

import { columnLetters } from "../a1";
import { type ReadTab, readTab } from "../cells";
import type { Lang, Translate } from "../i18n";
import type { Problem, RawTab } from "../records";
import { duplicateColumns, HEADER_SEARCH_ROWS, headerRowOf, type TabDef } from "../tabs";
import type { FieldContext, Sink } from "./fields";
import { problemAt, type RowOutcome, type RowSink, tabProblem } from "./problems";

interface Parser<T> {
  safeParse(
    input: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } };
}
interface Issue {
  path: readonly PropertyKey[];
  message: string;
  params?: Record<string, unknown>;
}

/**
 * Parses every row with content through `schema`; `sources` maps record fields to the column they read (the
 * schema reads them so too: objectOf's `sources`), for the problems' columns.
 */
export function parseRows<T>(
  read: ReadTab,
  schema: Parser<T>,
  sink: RowSink,
  t: Translate,
  sources: Readonly<Record<string, string>> = {},
): RowOutcome<T & { row: number }>[] {
  const column = (key: string) => sources[key] ?? key;
  return read.rows.map(({ row, cells }) => {
    const problems: Problem[] = [];
    let record: (T & { row: number }) | null = null;
    try {
      const result = schema.safeParse(cells);
      if (result.success) record = { row, ...result.data };
      else {
        for (const issue of result.error.issues) {
          const key = typeof issue.path[0] === "string" ? column(issue.path[0]) : null;
          const suggestion = issue.params?.suggestion;
          problems.push(
            problemAt(
              read,
              row,
              cells,
              key,
              "error",
              issue.message,
              typeof suggestion === "string" ? suggestion : "",
            ),
          );
        }
      }
    } catch (e) {
      record = null;
      const detail = e instanceof Error ? e.message.slice(0, 200) : "?";
      problems.push(problemAt(read, row, cells, null, "error", t("val.rowUnreadable", { detail })));
    }
    for (const w of sink.take()) {
      problems.push(problemAt(read, row, cells, column(w.key), "warning", w.message, w.suggestion));
    }
    return { row, cells, record, problems };
  });
}

export interface Prepared {
  read: ReadTab | null;
  /** The tab exists and has its required columns. */
  usable: boolean;
  problems: Problem[];
}

/**
 * A missing tab is an error unless `optional`; an optional tab that is entirely blank counts as missing.
 * Each missing required column is one error (row 1, the column's name).
 */
export function prepareTab(def: TabDef, raw: RawTab | null, t: Translate): Prepared {
  const optional = def.optional === true;
  if (raw === null || typeof raw !== "object") {
    const problems = optional ? [] : [tabProblem(def.name, 0, "", t("val.tabMissing", { tab: def.name }))];
    return { read: null, usable: false, problems };
  }
  const read = readTab(def, raw);
  if (optional && read.blank) return { read: null, usable: false, problems: [] };
  const values = Array.isArray(raw.values) ? raw.values.slice(0, HEADER_SEARCH_ROWS) : [];
  const at = headerRowOf(def, values);
  if (read.missing.length > 0 && !read.blank && at !== 0) {
    // No header on row 1: one error that says where it is, not one per column.
    const message =
      at > 0 ? t("val.headerLower", { tab: read.name, row: at + 1 }) : t("val.noHeader", { tab: read.name });
    return { read, usable: false, problems: [tabProblem(read.name, at > 0 ? at + 1 : 1, "", message)] };
  }
  const problems = read.missing.map((key) => {
    const col = def.columns.find((c) => c.key === key)!;
    const synonyms = col.synonyms.length > 0 ? col.synonyms.join(", ") : "—";
    return tabProblem(
      read.name,
      1,
      col.header,
      t("val.columnMissing", { tab: read.name, column: col.header, synonyms }),
    );
  });
  const raw0 = Array.isArray(raw.values) && Array.isArray(raw.values[0]) ? raw.values[0] : [];
  const twice = duplicateColumns(def, raw0).map((d) =>
    warningAt(
      read.name,
      d.ignored + 1,
      d.header,
      t("val.columnTwice", {
        tab: read.name,
        column: d.header,
        used: columnLetters(d.used + 1),
        ignored: columnLetters(d.ignored + 1),
      }),
    ),
  );
  return { read, usable: problems.length === 0, problems: [...problems, ...twice] };
}

/** A warning about a header cell (row 1). */
function warningAt(tab: string, col: number, column: string, message: string): Problem {
  return { ...tabProblem(tab, 1, column, message), columnIndex: col, severity: "warning" };
}

export function contextFor(
  read: ReadTab,
  t: Translate,
  lang: Lang,
  sink: Sink,
  sources: Readonly<Record<string, string>> = {},
): FieldContext {
  return { t, lang, sink, label: (key) => read.headers[sources[key] ?? key] ?? key };
}
