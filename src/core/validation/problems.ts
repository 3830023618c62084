/**
 * Problems (PRODUCT.md §2.7): where a row's problems are collected, how one is placed at its cell, how the
 * later of two equal rows is reported (or every row of a set that must not share a value), and the order
 * problems are listed in.
 */
import { type Cell, cellError, clip, type ReadTab, rawText, textOf } from "../cells";
import type { Problem, Severity } from "../records";
import { foldText } from "../vocab";
import type { Sink } from "./fields";

export class RowSink implements Sink {
  private items: { key: string; message: string; suggestion: string }[] = [];
  warn(key: string, message: string, suggestion = ""): void {
    this.items.push({ key, message, suggestion });
  }
  take() {
    const out = this.items;
    this.items = [];
    return out;
  }
}

/** The cell as the partner typed it. */
export const asTyped = (cell: Cell | undefined) =>
  cell === undefined ? "" : cell.d !== "" ? cell.d : rawText(cell);

export function problemAt(
  read: ReadTab,
  row: number,
  cells: Record<string, Cell> | null,
  key: string | null,
  severity: Severity,
  message: string,
  suggestion = "",
): Problem {
  const index = key === null ? -1 : (read.cols[key] ?? -1);
  return {
    tab: read.name,
    row,
    column: key === null ? "" : (read.headers[key] ?? ""),
    columnIndex: index >= 0 ? index + 1 : 0,
    value: key === null || cells === null ? "" : clip(asTyped(cells[key])),
    severity,
    message,
    suggestion,
  };
}

export interface RowOutcome<T> {
  row: number;
  cells: Record<string, Cell>;
  record: T | null;
  problems: Problem[];
}

export function addError<T>(o: RowOutcome<T>, p: Problem): void {
  o.problems.push(p);
  if (p.severity === "error") o.record = null;
}

/** An error at column `key` of the row of `o`: the row is left out. */
export function rowError<T>(
  read: ReadTab,
  o: RowOutcome<T>,
  key: string,
  message: string,
  suggestion = "",
): void {
  addError(o, problemAt(read, o.row, o.cells, key, "error", message, suggestion));
}

/** Reports the later rows whose `keyOf` equals an earlier row's (null keys are skipped). */
export function laterDuplicates<T>(
  outcomes: readonly RowOutcome<T>[],
  keyOf: (o: RowOutcome<T>) => string | null,
  report: (o: RowOutcome<T>, firstRow: number) => void,
): Map<string, number> {
  const first = new Map<string, number>();
  for (const o of outcomes) {
    const key = keyOf(o);
    if (key === null) continue;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, o.row);
    else report(o, seen);
  }
  return first;
}

/** The rows that share a `keyOf` with at least one other row (null keys are skipped): each set in sheet order. */
export function sharedKeys<T>(
  outcomes: readonly RowOutcome<T>[],
  keyOf: (o: RowOutcome<T>) => string | null,
): RowOutcome<T>[][] {
  const byKey = new Map<string, RowOutcome<T>[]>();
  for (const o of outcomes) {
    const key = keyOf(o);
    if (key === null) continue;
    const same = byKey.get(key);
    if (same === undefined) byKey.set(key, [o]);
    else same.push(o);
  }
  return [...byKey.values()].filter((same) => same.length > 1);
}

/** At most this many row numbers are named in one message; more end in "…". */
export const ROWS_NAMED = 5;

/** Row numbers for a message: "5", "5, 7", "5, 7, 9, 11, 13, …". */
export const rowList = (rows: readonly number[]): string =>
  rows.slice(0, ROWS_NAMED).join(", ") + (rows.length > ROWS_NAMED ? ", …" : "");

export const records = <T>(outcomes: readonly RowOutcome<T>[]): T[] =>
  outcomes.flatMap((o) => (o.record === null ? [] : [o.record]));
export const problemsOf = <T>(outcomes: readonly RowOutcome<T>[]) => outcomes.flatMap((o) => o.problems);

/** Case-insensitive comparison key (accents too, via foldText, when the text has any). */
export function sameKey(text: string): string {
  if (text.length > 1000) return text; // pasted paragraphs: compared as they are
  return foldText(text);
}

/** Text of a cell when it is not a formula error; "" otherwise. */
export const cleanText = (cell: Cell | undefined) =>
  cell === undefined || cellError(cell) !== null ? "" : textOf(cell);

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.row - b.p.row || a.p.columnIndex - b.p.columnIndex || a.i - b.i)
    .map((x) => x.p);
}

/** A problem about a tab as a whole (row 0) or its header row (row 1, a column's name). */
export function tabProblem(tab: string, row: number, column: string, message: string): Problem {
  return { tab, row, column, columnIndex: 0, value: "", severity: "error", message, suggestion: "" };
}
