/** core/batch.ts: a render grid as Sheets API requests, sending only what differs from a plain cell. */
import fc from "fast-check";
import {
  apiColor,
  cellData,
  chartRequest,
  dateSerial,
  FORMAT_RUN,
  fitCellText,
  gridRequests,
  gridSize,
  hexOfColor,
  MAX_CELL_TEXT,
  mergeRequests,
} from "../../src/core/batch";
import { payloadBytes } from "../../src/core/batches";
import { type ChartSpec, cell, type Grid, type GridCell } from "../../src/core/grid";
import { sheetsContext } from "../emulator/sheets-api-helpers";
import { exampleDashboard, exampleProjectNames } from "../support/example-records";

const TZ = "Europe/Amsterdam";

test("colours as the API's 0..1 floats; anything else is no colour", () => {
  expect(apiColor("#ff8000")).toEqual({ red: 1, green: 0.502, blue: 0 });
  expect(apiColor("#fff")).toEqual({ red: 1, green: 1, blue: 1 });
  expect(apiColor("red")).toBeNull();
});

test("an API colour back as #rrggbb: a component left out is 0, out-of-range values are clamped", () => {
  expect(hexOfColor({ red: 1, green: 0.502 })).toBe("#ff8000");
  expect(hexOfColor({ blue: Math.fround(87 / 255) })).toBe("#000057");
  expect(hexOfColor({ red: 2, green: -1, blue: 0.5 })).toBe("#ff0080");
  for (const hex of ["#57bb8a", "#e06666", "#6fa8dc", "#000000"])
    expect(hexOfColor(apiColor(hex)!)).toBe(hex);
});

test("a date is the serial of the day it shows in the spreadsheet's zone", () => {
  expect(dateSerial(new Date(Date.UTC(1899, 11, 31)), "UTC")).toBe(1);
  // 00:00 on 1 Jan 2026 in Amsterdam is 31 Dec 2025 23:00 UTC: still 1 January there.
  expect(dateSerial(new Date("2025-12-31T23:00:00Z"), TZ)).toBe(46023);
});

describe("cellData", () => {
  test("text stays text — also text that looks like a formula (the API never reads a stringValue as one)", () => {
    expect(cellData(cell("=SUM(A1)"), TZ)).toEqual({
      data: { userEnteredValue: { stringValue: "=SUM(A1)" } },
      attributes: 1,
    });
  });

  test("a plain cell sends its value only; an empty one sends nothing", () => {
    expect(cellData(cell(12), TZ)).toEqual({
      data: { userEnteredValue: { numberValue: 12 } },
      attributes: 1,
    });
    expect(cellData(cell(null), TZ)).toEqual({ data: {}, attributes: 0 });
    expect(cellData(cell(""), TZ)).toEqual({ data: {}, attributes: 0 });
  });

  test("the add-on's own formula, and the formats that differ, each counted", () => {
    const out = cellData(
      {
        v: null,
        formula: '=HYPERLINK("#gid=1","x")',
        bold: true,
        bg: "#d9e2f3",
        wrap: true,
        size: 12,
        note: "uitleg",
      },
      TZ,
    );
    expect(out.data).toEqual({
      userEnteredValue: { formulaValue: '=HYPERLINK("#gid=1","x")' },
      userEnteredFormat: {
        backgroundColor: { red: 0.851, green: 0.886, blue: 0.953 },
        textFormat: { bold: true, fontSize: 12 },
        wrapStrategy: "WRAP",
        verticalAlignment: "TOP",
      },
      note: "uitleg",
    });
    // value + background + bold + size + wrap + valign + note
    expect(out.attributes).toBe(7);
  });

  test("fractions get two decimals, dates dd-mm-yyyy, an explicit format wins", () => {
    expect(cellData(cell(2.5), TZ).data.userEnteredFormat).toEqual({
      numberFormat: { type: "NUMBER", pattern: "0.##" },
    });
    expect(cellData(cell(new Date("2026-03-01T00:00:00+01:00")), TZ).data).toEqual({
      userEnteredValue: { numberValue: 46082 },
      userEnteredFormat: { numberFormat: { type: "DATE", pattern: "dd-mm-yyyy" } },
    });
    expect(cellData(cell(0.5, { numberFormat: "0%" }), TZ).data.userEnteredFormat).toEqual({
      numberFormat: { type: "NUMBER", pattern: "0%" },
    });
  });
});

test("gridRequests: one updateCells for all cells, a merge each, one width request per run of equal widths, the filter", () => {
  const grid: Grid = {
    rows: [
      [cell("Kop", { bold: true }), cell("")],
      [cell(1), cell(2)],
    ],
    merges: [{ row: 0, col: 0, numRows: 1, numCols: 2 }],
    colWidths: [100, 100],
    frozenRows: 1,
    hiddenGridlines: false,
    filter: { row: 0, col: 0, numRows: 2, numCols: 2 },
    charts: [],
  };
  const { requests, attributes } = gridRequests(7, grid, TZ);
  expect(requests.map((r) => Object.keys(r)[0])).toEqual([
    "updateCells",
    "mergeCells",
    "updateDimensionProperties",
    "setBasicFilter",
  ]);
  expect(requests[0]!.updateCells!.rows![1]!.values).toEqual([
    { userEnteredValue: { numberValue: 1 } },
    { userEnteredValue: { numberValue: 2 } },
  ]);
  expect(attributes).toBe(4);
  expect(gridSize(grid)).toEqual({ rowCount: 2, columnCount: 2 });
});

describe("Google's 50,000-character cell limit is the writer's, never an error", () => {
  test("a longer text is cut with … and the cell gets a note saying where the full text is", () => {
    const long = "x".repeat(60_000);
    const out = cellData(cell(long, { note: "bestaande notitie" }), TZ, "Ingekort");
    const value = out.data.userEnteredValue!.stringValue!;
    expect(value.length).toBe(MAX_CELL_TEXT);
    expect(value.endsWith("…")).toBe(true);
    expect(out.data.note).toBe("bestaande notitie\nIngekort");
  });

  test("a text at the limit stays whole; a cut never splits an emoji", () => {
    expect(fitCellText("y".repeat(MAX_CELL_TEXT))).toEqual({ text: "y".repeat(MAX_CELL_TEXT), cut: false });
    const emoji = `${"a".repeat(MAX_CELL_TEXT - 2)}😀😀`;
    const { text } = fitCellText(emoji);
    expect(text.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(/[\uD800-\uDBFF]…$/.test(text)).toBe(false);
  });
});

function wrappedTable(rows: number): Grid {
  const body = Array.from({ length: rows }, (_, i) => [cell(`regel ${i}`, { wrap: true }), cell(i)]);
  return {
    rows: [[cell("Kop", { bold: true }), cell("Aantal", { bold: true })], ...body],
    merges: [],
    colWidths: [100, 100],
    frozenRows: 1,
    hiddenGridlines: false,
    filter: null,
    charts: [],
  };
}

test("the layout (wrap, alignments) is written once per rectangle of cells alike, whatever the number of rows", () => {
  for (const n of [3, FORMAT_RUN, 200]) {
    const { requests, attributes } = gridRequests(3, wrappedTable(n), TZ);
    expect(requests.map((r) => Object.keys(r)[0])).toEqual([
      "updateCells",
      "repeatCell",
      "updateDimensionProperties",
    ]);
    expect(requests[1]!.repeatCell).toEqual({
      range: { sheetId: 3, startRowIndex: 1, endRowIndex: n + 1, startColumnIndex: 0, endColumnIndex: 1 },
      cell: { userEnteredFormat: { wrapStrategy: "WRAP", verticalAlignment: "TOP" } },
      fields: "userEnteredFormat(wrapStrategy,verticalAlignment,horizontalAlignment)",
    });
    // The values' request names only the other format fields, so it never clears the layout.
    expect(requests[0]!.updateCells!.fields).toBe(
      "userEnteredValue,note,userEnteredFormat(backgroundColor,textFormat,numberFormat)",
    );
    // The cells of the rectangle carry only their values; the header keeps its own bold.
    expect(requests[0]!.updateCells!.rows![2]!.values![0]).toEqual({
      userEnteredValue: { stringValue: "regel 1" },
    });
    expect(requests[0]!.updateCells!.rows![0]!.values![0]!.userEnteredFormat).toEqual({
      textFormat: { bold: true },
    });
    // Every value + 2 bold headers + the layout's 2 fields once (instead of 2 per row).
    expect(attributes).toBe(2 * (n + 1) + 2 + 2);
  }
});

test("a cell's own layout inside a block gets a rectangle of its own; the block around it stays whole", () => {
  const grid = wrappedTable(4);
  grid.rows[2]![0] = cell("midden", { wrap: true, align: "center" });
  const layouts = gridRequests(3, grid, TZ)
    .requests.filter((r) => r.repeatCell?.fields?.startsWith("userEnteredFormat(wrap"))
    .map((r) => [r.repeatCell!.range, r.repeatCell!.cell!.userEnteredFormat]);
  const at = (row: number, rows: number) => ({
    sheetId: 3,
    startRowIndex: row,
    endRowIndex: row + rows,
    startColumnIndex: 0,
    endColumnIndex: 1,
  });
  const wrapTop = { wrapStrategy: "WRAP", verticalAlignment: "TOP" };
  expect(layouts).toEqual([
    [at(1, 1), wrapTop],
    [at(2, 1), { ...wrapTop, horizontalAlignment: "CENTER" }],
    [at(3, 2), wrapTop],
  ]);
});

test("the other formats: once for a run of FORMAT_RUN rows of a column alike, per cell in a shorter run", () => {
  const coloured = (n: number): Grid => ({
    ...wrappedTable(0),
    rows: [[cell("Kop")], ...Array.from({ length: n }, (_, i) => [cell(i, { bg: "#ff0000" })])],
    colWidths: [100],
  });
  const long = gridRequests(4, coloured(FORMAT_RUN), TZ);
  expect(long.requests.filter((r) => r.repeatCell).map((r) => r.repeatCell!.fields)).toEqual([
    "userEnteredFormat(backgroundColor,textFormat,numberFormat)",
  ]);
  expect(long.attributes).toBe(1 + FORMAT_RUN + 1); // the header's value, the values, the colour once
  const short = gridRequests(4, coloured(FORMAT_RUN - 1), TZ);
  expect(short.requests.filter((r) => r.repeatCell)).toEqual([]);
  expect(short.requests[0]!.updateCells!.rows![1]!.values![0]!.userEnteredFormat).toEqual({
    backgroundColor: { red: 1, green: 0, blue: 0 },
  });
  expect(short.attributes).toBe(1 + 2 * (FORMAT_RUN - 1)); // the header's value, each value and its colour
});

describe("charts come as addChart requests in the tab's own batch", () => {
  const box = { row: 2, col: 0, numRows: 5, numCols: 2 };
  const grid = (chart: ChartSpec): Grid => ({
    ...wrappedTable(6),
    charts: [chart],
  });

  test("a bar per status: one series, a colour per point, no legend, anchored and sized", () => {
    const colours = ["#00b050", "#ffc000", "#5b9bd5", "#ff0000"];
    const chart: ChartSpec = {
      type: "BAR",
      range: box,
      position: { row: 2, col: 3 },
      title: "Acties per status",
      pointColors: colours,
      width: 300,
      height: 180,
    };
    const { requests } = gridRequests(9, grid(chart), TZ);
    // After the cells it shows.
    expect(requests.findIndex((r) => r.addChart)).toBeGreaterThan(requests.findIndex((r) => r.updateCells));
    const column = (c: number) => ({
      sourceRange: {
        sources: [
          { sheetId: 9, startRowIndex: 2, endRowIndex: 7, startColumnIndex: c, endColumnIndex: c + 1 },
        ],
      },
    });
    expect(chartRequest(9, chart)).toEqual({
      addChart: {
        chart: {
          spec: {
            title: "Acties per status",
            basicChart: {
              chartType: "BAR",
              headerCount: 1,
              legendPosition: "NO_LEGEND",
              domains: [{ domain: column(0) }],
              series: [
                {
                  series: column(1),
                  targetAxis: "BOTTOM_AXIS",
                  styleOverrides: colours.map((c, index) => ({
                    index,
                    colorStyle: { rgbColor: apiColor(c) },
                  })),
                },
              ],
            },
          },
          position: {
            overlayPosition: {
              anchorCell: { sheetId: 9, rowIndex: 2, columnIndex: 3 },
              widthPixels: 300,
              heightPixels: 180,
            },
          },
        },
      },
    });
  });

  test("a line per status: a series per column, each in its colour, on the left axis", () => {
    const chart: ChartSpec = {
      type: "LINE",
      range: { row: 0, col: 0, numRows: 3, numCols: 3 },
      position: { row: 0, col: 4 },
      title: "Trend",
      colors: ["#00b050", "#ff0000"],
    };
    const spec = chartRequest(1, chart).addChart!.chart!.spec!.basicChart!;
    expect(spec.legendPosition).toBeUndefined();
    expect(
      spec.series!.map((s) => [s.series!.sourceRange!.sources![0]!.startColumnIndex, s.targetAxis]),
    ).toEqual([
      [1, "LEFT_AXIS"],
      [2, "LEFT_AXIS"],
    ]);
    expect(spec.series!.map((s) => (s as { colorStyle?: unknown }).colorStyle)).toEqual([
      { rgbColor: apiColor("#00b050") },
      { rgbColor: apiColor("#ff0000") },
    ]);
  });

  test("a pie is refused: the API gives a pie slice no colour of its own", () => {
    expect(() =>
      chartRequest(1, { type: "PIE", range: box, position: { row: 0, col: 3 }, title: "x" }),
    ).toThrow(/PIE/);
  });
});

test("cells whose formats come out equal form one run, however their look was spelled", () => {
  // "#FFF", "#ffffff" and " #FfFfFf" are the same background: the run spans all of them.
  const spellings = ["#FFF", "#ffffff", " #FfFfFf"];
  const body = Array.from({ length: FORMAT_RUN }, (_, i) => [cell(i, { bg: spellings[i % 3] })]);
  const grid: Grid = { ...wrappedTable(0), rows: [[cell("Kop")], ...body], colWidths: [100] };
  const { requests } = gridRequests(4, grid, TZ);
  const runs = requests.filter((r) => r.repeatCell);
  expect(runs.map((r) => r.repeatCell)).toEqual([
    {
      range: {
        sheetId: 4,
        startRowIndex: 1,
        endRowIndex: FORMAT_RUN + 1,
        startColumnIndex: 0,
        endColumnIndex: 1,
      },
      cell: { userEnteredFormat: { backgroundColor: { red: 1, green: 1, blue: 1 } } },
      fields: "userEnteredFormat(backgroundColor,textFormat,numberFormat)",
    },
  ]);
  expect(
    requests[0]!.updateCells!.rows!.slice(1).every((r) => r.values![0]!.userEnteredFormat === undefined),
  ).toBe(true);
});

test("a date's format and a fraction's differ from a whole number's in the same look", () => {
  const grid: Grid = {
    ...wrappedTable(0),
    rows: [
      [cell(1, { bold: true })],
      [cell(1.5, { bold: true })],
      [cell(new Date("2026-03-01T00:00:00+01:00"), { bold: true })],
    ],
    colWidths: [100],
  };
  const formats = gridRequests(4, grid, TZ).requests[0]!.updateCells!.rows!.map(
    (r) => r.values![0]!.userEnteredFormat,
  );
  expect(formats).toEqual([
    { textFormat: { bold: true } },
    { textFormat: { bold: true }, numberFormat: { type: "NUMBER", pattern: "0.##" } },
    { textFormat: { bold: true }, numberFormat: { type: "DATE", pattern: "dd-mm-yyyy" } },
  ]);
});

test("down a column, a change of any one thing that makes the format gives that cell its own format", () => {
  // Each row differs from the one above in one respect only.
  const changes: Partial<GridCell>[] = [
    {},
    { bg: "#ff0000" },
    { bg: "#00ff00" },
    { bold: true },
    { italic: true },
    { wrap: true },
    { size: 12 },
    { size: 14 },
    { color: "#0000ff" },
    { align: "center" },
    { valign: "middle" },
    { v: 1.5 },
    { v: new Date("2026-03-01T00:00:00+01:00") },
    { v: 2 },
    { v: 1, numberFormat: "0%" },
  ];
  const steps: GridCell[] = [];
  for (const change of changes) steps.push({ ...(steps.at(-1) ?? { v: 1 }), ...change });
  const grid: Grid = { ...wrappedTable(0), rows: steps.map((c) => [c]), colWidths: [100] };
  const { requests } = gridRequests(4, grid, TZ);
  // A cell's format as written: its own (with the values) and its layout's (the rectangle that covers it).
  const layoutAt = (row: number) =>
    requests.find((q) => {
      const r = q.repeatCell?.range;
      return r && (r.startRowIndex ?? 0) <= row && row < (r.endRowIndex ?? 0);
    })?.repeatCell?.cell?.userEnteredFormat;
  const sent = requests[0]!.updateCells!.rows!.map((r, row) => {
    const format = { ...r.values![0]!.userEnteredFormat, ...layoutAt(row) };
    return Object.keys(format).length > 0 ? format : undefined;
  });
  // The same fields and values, whatever their order (nested formats included).
  const canonical = (v: unknown): unknown =>
    v && typeof v === "object"
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
        )
      : v;
  const key = (f: object | undefined) => JSON.stringify(canonical(f));
  expect(sent.map(key)).toEqual(steps.map((c) => key(cellData(c, TZ).data.userEnteredFormat)));
  // Every row's format differs from the one above it.
  expect(sent.slice(1).filter((f, i) => JSON.stringify(f) === JSON.stringify(sent[i]))).toEqual([]);
});

test("a column that keeps changing between more looks than it remembers gives every cell its own look", () => {
  // Eight looks in turn down one column, as the Status column's colours but more of them.
  const looks: Omit<GridCell, "v">[] = [
    { bg: "#ff0000" },
    { bg: "#00ff00", bold: true },
    { bg: "#0000ff" },
    { italic: true },
    { bg: "#ff0000", bold: true },
    { color: "#123456" },
    {},
    { bg: "#00ff00" },
  ];
  const steps = Array.from({ length: 40 }, (_, i) => cell(i % 3 === 0 ? 1.5 : `r${i}`, looks[(i * 5) % 8]));
  const grid: Grid = { ...wrappedTable(0), rows: steps.map((c) => [c]), colWidths: [100] };
  const rows = gridRequests(4, grid, TZ).requests[0]!.updateCells!.rows!;
  expect(rows.map((r) => r.values![0])).toEqual(steps.map((c) => cellData(c, TZ).data));
});

describe("the payload size of each row is counted as the cells are made", () => {
  const text = fc.oneof(
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.constantFrom("", 'a "quoted" \\ back', "tab\there\nline", "coördinator é ü", "😀", "\uD800", "\u007f"),
  );
  const value = fc.oneof(
    text,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.date({ min: new Date("1900-01-01"), max: new Date("2200-01-01"), noInvalidDate: true }),
  );
  const gridCell = fc.record(
    {
      v: value,
      formula: fc.constantFrom('=HYPERLINK("#gid=1";"x")', "=1+1"),
      note: text,
      bg: fc.constantFrom("#ff0000", "#d9e2f3"),
      bold: fc.boolean(),
      wrap: fc.boolean(),
      align: fc.constantFrom("left" as const, "center" as const),
    },
    { requiredKeys: ["v"] },
  );

  test("each row's count is payloadBytes of its JSON, whatever the cells hold", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((w) =>
            fc.array(fc.array(gridCell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 25 }),
          ),
        (rows) => {
          const grid: Grid = { ...wrappedTable(0), rows, colWidths: rows[0]!.map(() => 100) };
          const write = gridRequests(2, grid, TZ, "ingekort");
          const cells = write.requests[0]!;
          expect(write.rowBytes.get(cells)).toEqual(
            cells.updateCells!.rows!.map((r) => payloadBytes(JSON.stringify(r))),
          );
        },
      ),
    );
  });

  test("also for a text cut to fit a cell, and its note", () => {
    const grid: Grid = {
      ...wrappedTable(0),
      rows: [[cell(`é${"x".repeat(MAX_CELL_TEXT + 10)}`, { note: "eigen" })]],
      colWidths: [100],
    };
    const write = gridRequests(2, grid, TZ, "zie het bronblad");
    const cells = write.requests[0]!;
    expect(cells.updateCells!.rows![0]!.values![0]!.note).toBe("eigen\nzie het bronblad");
    expect(write.rowBytes.get(cells)).toEqual([payloadBytes(JSON.stringify(cells.updateCells!.rows![0]))]);
  });
});

describe("mergeRequests: the same merges in fewer requests", () => {
  const box = (row: number, col: number, numRows: number, numCols: number) => ({
    row,
    col,
    numRows,
    numCols,
  });
  /** The merges the requests make, as MergeType says: MERGE_ROWS one per row of its range. */
  const made = (requests: GoogleAppsScript.Sheets.Schema.Request[]) =>
    requests.flatMap((r) => {
      const m = r.mergeCells!;
      const g = m.range!;
      const b = box(
        g.startRowIndex!,
        g.startColumnIndex!,
        g.endRowIndex! - g.startRowIndex!,
        g.endColumnIndex! - g.startColumnIndex!,
      );
      if (m.mergeType === "MERGE_ALL") return [b];
      expect(m.mergeType).toBe("MERGE_ROWS");
      return Array.from({ length: b.numRows }, (_, i) => ({ ...b, row: b.row + i, numRows: 1 }));
    });
  const key = (b: { row: number; col: number; numRows: number; numCols: number }) =>
    `${b.row},${b.col},${b.numRows},${b.numCols}`;

  test("one MERGE_ROWS for one-row merges over the same columns on consecutive rows; MERGE_ALL for the rest", () => {
    const merges = [
      box(0, 0, 1, 10), // title band, alone
      box(2, 4, 1, 6), // Voortgang lines: rows 2-4 over columns 4-9
      box(3, 4, 1, 6),
      box(4, 4, 1, 6),
      box(2, 0, 3, 3), // a text block over three rows
      box(6, 4, 1, 6), // after a gap: a block of its own
      box(5, 1, 1, 2), // other columns
      box(6, 1, 1, 2),
    ];
    const requests = mergeRequests(9, merges);
    expect(requests.map((r) => [r.mergeCells!.mergeType, r.mergeCells!.range])).toEqual([
      [
        "MERGE_ALL",
        { sheetId: 9, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 10 },
      ],
      [
        "MERGE_ROWS",
        { sheetId: 9, startRowIndex: 5, endRowIndex: 7, startColumnIndex: 1, endColumnIndex: 3 },
      ],
      [
        "MERGE_ROWS",
        { sheetId: 9, startRowIndex: 2, endRowIndex: 5, startColumnIndex: 4, endColumnIndex: 10 },
      ],
      [
        "MERGE_ALL",
        { sheetId: 9, startRowIndex: 6, endRowIndex: 7, startColumnIndex: 4, endColumnIndex: 10 },
      ],
      ["MERGE_ALL", { sheetId: 9, startRowIndex: 2, endRowIndex: 5, startColumnIndex: 0, endColumnIndex: 3 }],
    ]);
  });

  test("a block never spans the edge of the frozen rows", () => {
    const requests = mergeRequests(1, [box(0, 0, 1, 2), box(1, 0, 1, 2), box(2, 0, 1, 2)], 2);
    expect(requests.map((r) => [r.mergeCells!.mergeType, r.mergeCells!.range!.startRowIndex])).toEqual([
      ["MERGE_ROWS", 0],
      ["MERGE_ALL", 2],
    ]);
  });

  test("whatever the merges, the requests make exactly them", () => {
    // Merges that do not overlap, as a dashboard has them: bands of rows, each with a merge in the left frame
    // (columns 0-3), one in the right frame (columns 4-9), or both side by side, one or two rows high.
    const band = fc.record({
      gap: fc.integer({ min: 0, max: 1 }),
      numRows: fc.integer({ min: 1, max: 2 }),
      left: fc.option(
        fc.record({ col: fc.integer({ min: 0, max: 1 }), numCols: fc.integer({ min: 2, max: 3 }) }),
      ),
      right: fc.option(
        fc.record({ col: fc.integer({ min: 4, max: 5 }), numCols: fc.integer({ min: 2, max: 5 }) }),
      ),
    });
    const merges = fc.array(band, { maxLength: 14 }).map((bands) => {
      let row = 0;
      return bands.flatMap((b) => {
        row += b.gap;
        const out = [b.left, b.right].flatMap((m) => (m ? [box(row, m.col, b.numRows, m.numCols)] : []));
        row += b.numRows;
        return out;
      });
    });
    fc.assert(
      fc.property(merges, fc.integer({ min: 0, max: 4 }), (ms, frozen) => {
        const requests = mergeRequests(2, ms, frozen);
        expect(made(requests).map(key).sort()).toEqual(ms.map(key).sort());
        // A block of row merges never spans the frozen edge.
        for (const r of requests.filter((q) => q.mergeCells!.mergeType === "MERGE_ROWS")) {
          const g = r.mergeCells!.range!;
          expect(g.startRowIndex! < frozen && g.endRowIndex! > frozen).toBe(false);
        }
      }),
    );
  });
});

test("applied by the emulator, the example dashboards' requests make exactly their grids' merges", () => {
  const { update, data } = sheetsContext();
  const names = exampleProjectNames();
  expect(names.length).toBeGreaterThan(3);
  names.forEach((name, i) => {
    const { grid } = exampleDashboard(name, "2026-03-15");
    const sheetId = 100 + i;
    const { rowCount, columnCount } = gridSize(grid);
    const write = gridRequests(sheetId, grid, TZ);
    expect(write.requests.some((r) => r.mergeCells?.mergeType === "MERGE_ROWS")).toBe(true);
    update(
      {
        addSheet: {
          properties: {
            sheetId,
            title: name,
            gridProperties: { rowCount, columnCount, frozenRowCount: grid.frozenRows },
          },
        },
      },
      ...write.requests,
    );
    const sheet = data.sheets.find((s) => s.id === sheetId)!;
    const order = (a: { row: number; col: number }, b: { row: number; col: number }) =>
      a.row - b.row || a.col - b.col;
    expect([...sheet.merges].sort(order)).toEqual([...grid.merges].sort(order));
  });
});
