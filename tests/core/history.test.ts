/** core/history.ts: the status counts per day and project, appended, and read in both forms. */
import {
  HISTORY_HEADER,
  historyAfter,
  historyGrid,
  historyRequests,
  readHistory,
  todaysRows,
  trend,
} from "../../src/core/history";
import { act } from "../support/grid-helpers";

const counts = (b: number, o: number, d: number, a: number) => ({
  Behaald: b,
  "Op schema": o,
  Doorlopend: d,
  "Achter op schema": a,
});
const HEADER = [...HISTORY_HEADER];

describe("readHistory", () => {
  test("the counts form: one row per day and project, with the sheet row each sits on", () => {
    const read = readHistory([
      HEADER,
      ["2026-11-01", "Levenspad", 1, 2, 0, 1],
      ["01-11-2026", "PZP", 0, 1, 1, 0],
    ]);
    expect(read).toEqual({
      rebuild: false,
      rows: [
        { date: "2026-11-01", project: "Levenspad", counts: counts(1, 2, 0, 1), sheetRow: 2 },
        { date: "2026-11-01", project: "PZP", counts: counts(0, 1, 1, 0), sheetRow: 3 },
      ],
    });
  });

  test("rows that cannot be read are skipped; counts that are no whole numbers count 0", () => {
    const read = readHistory([
      HEADER,
      ["geen datum", "X", 1, 1, 1, 1],
      ["2026-11-01", "X", "twee", -1, 2.6, null],
    ]);
    expect(read.rows).toEqual([
      { date: "2026-11-01", project: "X", counts: counts(0, 0, 3, 0), sheetRow: 3 },
    ]);
  });

  test("the earlier per-activity form is counted per day (a repeated activity and day once) and marked for rebuilding", () => {
    const read = readHistory([
      ["ID", "Datum", "Status", "Fase"],
      ["A-0001", "2026-10-01", "Op schema", "Uitvoering"],
      ["A-0002", "2026-10-01", "Behaald", "Afgerond"],
      ["A-0001", "2026-10-01", "Achter op schema", "Uitvoering"],
      ["A-0001", "2026-10-02", "Behaald", "Afgerond"],
    ]);
    expect(read.rebuild).toBe(true);
    expect(read.rows).toEqual([
      { date: "2026-10-01", project: "", counts: counts(1, 0, 0, 1), sheetRow: 0 },
      { date: "2026-10-02", project: "", counts: counts(1, 0, 0, 0), sheetRow: 0 },
    ]);
  });

  test("an empty tab: nothing, nothing to rebuild", () => {
    expect(readHistory([])).toEqual({ rows: [], rebuild: false });
  });
});

test("todaysRows: per project in order, its valid activities per status; a project without any counts zeros", () => {
  const rows = todaysRows(
    "2026-11-30",
    ["Levenspad", "PZP", "Leeg"],
    [
      act({ project: "Levenspad", status: "Behaald" }),
      act({ project: "Levenspad", status: "Op schema" }),
      act({ project: "PZP", status: "Achter op schema" }),
      act({ project: "Onbekend", status: "Behaald" }),
    ],
  );
  expect(rows).toEqual([
    { date: "2026-11-30", project: "Levenspad", counts: counts(1, 1, 0, 0) },
    { date: "2026-11-30", project: "PZP", counts: counts(0, 0, 0, 1) },
    { date: "2026-11-30", project: "Leeg", counts: counts(0, 0, 0, 0) },
  ]);
});

describe("writing", () => {
  const read = readHistory([
    HEADER,
    ["2026-11-29", "Levenspad", 1, 0, 0, 0],
    ["2026-11-30", "Levenspad", 0, 1, 0, 0],
    ["2026-11-30", "PZP", 0, 1, 0, 0],
    ["2026-11-29", "PZP", 0, 0, 1, 0],
    ["2026-11-30", "Oud", 9, 9, 9, 9],
  ]);
  const today = todaysRows("2026-11-30", ["Levenspad"], [act({ project: "Levenspad", status: "Behaald" })]);

  test("a second run on a day appends today's rows, then deletes that day's earlier ones (bottom block first)", () => {
    const reqs = historyRequests(5, read, today);
    expect(reqs.slice(1)).toEqual([
      { deleteDimension: { range: { sheetId: 5, dimension: "ROWS", startIndex: 5, endIndex: 6 } } },
      { deleteDimension: { range: { sheetId: 5, dimension: "ROWS", startIndex: 2, endIndex: 4 } } },
    ]);
    expect(reqs[0]!.appendCells!.rows).toEqual([
      {
        values: [
          { userEnteredValue: { stringValue: "2026-11-30" } },
          { userEnteredValue: { stringValue: "Levenspad" } },
          ...[1, 0, 0, 0].map((n) => ({ userEnteredValue: { numberValue: n } })),
        ],
      },
    ]);
  });

  test("the first run of a day only appends", () => {
    const fresh = todaysRows("2026-12-01", ["Levenspad"], []);
    expect(historyRequests(5, read, fresh).map((r) => Object.keys(r)[0])).toEqual(["appendCells"]);
  });

  test("historyAfter (what the trend shows) and the whole tab for a new or rebuilt Historie", () => {
    const after = historyAfter(read, today);
    expect(after.map((r) => [r.date, r.project])).toEqual([
      ["2026-11-29", "Levenspad"],
      ["2026-11-29", "PZP"],
      ["2026-11-30", "Levenspad"],
    ]);
    const grid = historyGrid(after);
    expect(grid.rows[0]!.map((c) => c.v)).toEqual(HEADER);
    expect(grid.rows[3]!.map((c) => c.v)).toEqual(["2026-11-30", "Levenspad", 1, 0, 0, 0]);
    expect(grid.frozenRows).toBe(1);
  });
});

test("trend: the status counts of all projects per day, oldest first", () => {
  expect(
    trend([
      { date: "2026-11-30", project: "A", counts: counts(1, 0, 0, 0) },
      { date: "2026-11-29", project: "A", counts: counts(0, 1, 0, 0) },
      { date: "2026-11-30", project: "B", counts: counts(1, 0, 2, 0) },
    ]),
  ).toEqual([
    { date: "2026-11-29", counts: counts(0, 1, 0, 0) },
    { date: "2026-11-30", counts: counts(2, 0, 2, 0) },
  ]);
});

test("a project name past a cell's 50,000 characters is cut in the rows written, never an error", () => {
  const long = "P".repeat(60_000);
  const reqs = historyRequests(5, readHistory([]), todaysRows("2026-11-30", [long], []));
  const written = reqs[0]!.appendCells!.rows![0]!.values![1]!.userEnteredValue!.stringValue!;
  expect(written.length).toBe(50_000);
  expect(historyGrid(todaysRows("2026-11-30", [long], [])).rows[1]![1]!.v).toHaveLength(50_000);
});
