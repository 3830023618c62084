/** `Historie` (PRODUCT.md §3): parsing, one row per activity per generation day, the trend. */
import { type HistoryRow, historyGrid, mergeHistory, parseHistory, trend } from "../../src/core/history";
import { act, text } from "../support/grid-helpers";

const row = (
  id: string,
  date: string,
  status: HistoryRow["status"],
  fase: HistoryRow["fase"] = "Uitvoering",
) => ({
  id,
  date,
  status,
  fase,
});

describe("parseHistory", () => {
  test("reads the tab with its header, columns found by name", () => {
    const values = [
      ["Fase", "ID", "Status", "Datum"],
      ["Uitvoering", "A-0001", "Op schema", "2026-01-15"],
      ["Afgerond", "A-0002", "Behaald", "2026-01-15"],
    ];
    expect(parseHistory(values)).toEqual([
      row("A-0001", "2026-01-15", "Op schema"),
      row("A-0002", "2026-01-15", "Behaald", "Afgerond"),
    ]);
  });

  test("tolerant: bad rows are skipped, forgiving spellings and date cells are read", () => {
    const values: unknown[][] = [
      ["ID", "Datum", "Status", "Fase"],
      ["A-0001", "2026-01-15", "op schema", "uitvoering"],
      ["A-0002", new Date(Date.UTC(2026, 0, 14, 23, 30)), "Behaald", "Afgerond"], // 15 Jan in Amsterdam
      ["A-0003", "15-01-2026", "Doorlopend", "Continue"],
      ["", "2026-01-15", "Behaald", "Afgerond"], // no id
      ["A-0004", "januari 2026", "Behaald", "Afgerond"], // not a day
      ["A-0005", "2026-01-15", "Klaar", "Afgerond"], // unknown status
      ["A-0006", "2026-01-15", "Behaald", "Misschien"], // unknown fase
      ["A-0007"], // short row
      [],
    ];
    expect(parseHistory(values)).toEqual([
      row("A-0001", "2026-01-15", "Op schema"),
      row("A-0002", "2026-01-15", "Behaald", "Afgerond"),
      row("A-0003", "2026-01-15", "Doorlopend", "Continue"),
    ]);
  });

  test("without a header the columns are ID, Datum, Status, Fase; an empty tab gives nothing", () => {
    expect(parseHistory([["A-0001", "2026-01-15", "Behaald", "Afgerond"]])).toEqual([
      row("A-0001", "2026-01-15", "Behaald", "Afgerond"),
    ]);
    expect(parseHistory([])).toEqual([]);
    expect(parseHistory([["ID", "Datum", "Status", "Fase"]])).toEqual([]);
  });

  test("a repeated (id, day) keeps its last row", () => {
    const values = [
      ["ID", "Datum", "Status", "Fase"],
      ["A-0001", "2026-01-15", "Op schema", "Uitvoering"],
      ["A-0001", "2026-01-15", "Achter op schema", "Uitvoering"],
    ];
    expect(parseHistory(values)).toEqual([row("A-0001", "2026-01-15", "Achter op schema")]);
  });
});

describe("mergeHistory", () => {
  const a1 = act({ id: "A-0001", status: "Op schema", phase: "Uitvoering" });
  const a2 = act({ id: "A-0002", status: "Behaald", phase: "Afgerond" });

  test("one row per activity per generation day, older days kept", () => {
    const existing = [row("A-0001", "2026-01-01", "Achter op schema")];
    expect(mergeHistory(existing, "2026-02-01", [a1, a2])).toEqual([
      row("A-0001", "2026-01-01", "Achter op schema"),
      row("A-0001", "2026-02-01", "Op schema"),
      row("A-0002", "2026-02-01", "Behaald", "Afgerond"),
    ]);
  });

  test("generating twice on one day replaces that day's rows", () => {
    const first = mergeHistory([row("A-0009", "2026-01-01", "Behaald")], "2026-02-01", [a1, a2]);
    const changed = { ...a1, status: "Achter op schema" as const };
    const second = mergeHistory(first, "2026-02-01", [changed]);
    expect(second).toEqual([
      row("A-0009", "2026-01-01", "Behaald"),
      row("A-0001", "2026-02-01", "Achter op schema"),
    ]);
    expect(mergeHistory(second, "2026-02-01", [changed])).toEqual(second);
  });

  test("activities without an id yet are left out; rows stay sorted by day", () => {
    const noId = act({ id: "" });
    const existing = [row("A-0001", "2026-03-01", "Behaald"), row("A-0001", "2026-01-01", "Op schema")];
    const merged = mergeHistory(existing, "2026-02-01", [a1, noId]);
    expect(merged.map((r) => r.date)).toEqual(["2026-01-01", "2026-02-01", "2026-03-01"]);
    expect(merged.some((r) => r.id === "")).toBe(false);
  });
});

describe("historyGrid", () => {
  test("header ID, Datum, Status, Fase and a row per history row, days as text", () => {
    const g = historyGrid([row("A-0001", "2026-01-15", "Op schema"), row("A-0002", "2026-01-15", "Behaald")]);
    expect(g.rows.map((r) => r.map(text))).toEqual([
      ["ID", "Datum", "Status", "Fase"],
      ["A-0001", "2026-01-15", "Op schema", "Uitvoering"],
      ["A-0002", "2026-01-15", "Behaald", "Uitvoering"],
    ]);
    expect(g.frozenRows).toBe(1);
    expect(g.colWidths).toHaveLength(4);
  });

  test("round trip: parseHistory reads what historyGrid writes", () => {
    const rows = [
      row("A-0001", "2026-01-15", "Op schema"),
      row("A-0002", "2026-02-15", "Doorlopend", "Continue"),
    ];
    expect(parseHistory(historyGrid(rows).rows.map((r) => r.map((c) => c.v)))).toEqual(rows);
  });
});

describe("trend", () => {
  test("status counts per generation day, oldest first", () => {
    const rows = [
      row("A-0001", "2026-02-01", "Behaald"),
      row("A-0001", "2026-01-01", "Op schema"),
      row("A-0002", "2026-01-01", "Achter op schema"),
      row("A-0002", "2026-02-01", "Op schema"),
      row("A-0003", "2026-02-01", "Op schema"),
    ];
    expect(trend(rows)).toEqual([
      { date: "2026-01-01", counts: { Behaald: 0, "Op schema": 1, Doorlopend: 0, "Achter op schema": 1 } },
      { date: "2026-02-01", counts: { Behaald: 1, "Op schema": 2, Doorlopend: 0, "Achter op schema": 0 } },
    ]);
    expect(trend([])).toEqual([]);
  });
});
