import fc from "fast-check";
import {
  BATCH_BYTES,
  BATCH_CELLS,
  chunkBySize,
  numberBytes,
  PAYLOAD_LIMIT,
  payloadBytes,
  splitBatches,
  textBytes,
} from "../../src/core/batches";

type Request = GoogleAppsScript.Sheets.Schema.Request;

const row = (texts: string[]) => ({ values: texts.map((t) => ({ userEnteredValue: { stringValue: t } })) });
const update = (sheetId: number, rowIndex: number, rows: string[][]): Request => ({
  updateCells: {
    start: { sheetId, rowIndex, columnIndex: 0 },
    rows: rows.map(row),
    fields: "userEnteredValue",
  },
});
const add = (sheetId: number): Request => ({ addSheet: { properties: { sheetId, title: `t${sheetId}` } } });

/** Every cell text of the requests, by sheet and row, as written: cutting must not change it. */
function written(batches: readonly (readonly Request[])[]): string[] {
  const out: string[] = [];
  for (const b of batches)
    for (const r of b) {
      if (r.addSheet) out.push(`add ${r.addSheet.properties?.sheetId}`);
      const u = r.updateCells;
      if (!u) continue;
      u.rows?.forEach((rd, i) => {
        const texts = rd.values?.map((v) => v.userEnteredValue?.stringValue).join("|");
        out.push(`${u.start?.sheetId}:${(u.start?.rowIndex ?? 0) + i}=${texts}`);
      });
    }
  return out;
}

const bodyBytes = (b: readonly Request[]) => payloadBytes(JSON.stringify({ requests: b }));

describe("payloadBytes", () => {
  test("ASCII counts one byte, any other character six (its most: \\uXXXX)", () => {
    expect(payloadBytes('{"a":"x"}')).toBe(9);
    expect(payloadBytes("é")).toBe(6);
    expect(payloadBytes("😀")).toBe(12);
  });
  test("exactly: the length plus five for each UTF-16 unit beyond ASCII", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        let wide = 0;
        for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) wide++;
        expect(payloadBytes(s)).toBe(s.length + 5 * wide);
      }),
    );
  });
  test("of a text's and a number's JSON, counted without writing it", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(textBytes(s)).toBe(payloadBytes(JSON.stringify(s)));
      }),
    );
    for (const s of ["", "plain", 'a "b"', "back\\slash", "\u007f", "\u0000", "é", "\uD800"])
      expect(textBytes(s)).toBe(payloadBytes(JSON.stringify(s)));
    fc.assert(
      fc.property(fc.double(), (n) => {
        expect(numberBytes(n)).toBe(payloadBytes(JSON.stringify(n)));
      }),
    );
  });
  test("is never below the UTF-8 bytes nor the escaped JSON's length", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const json = JSON.stringify(s);
        expect(payloadBytes(json)).toBeGreaterThanOrEqual(Buffer.byteLength(json, "utf8"));
        const escaped = json.replace(
          /[\u0080-\uffff]/g,
          (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
        );
        expect(payloadBytes(json)).toBeGreaterThanOrEqual(escaped.length);
      }),
    );
  });
});

describe("splitBatches", () => {
  test("the limits sit under Google's 10,485,760 bytes per call", () => {
    expect(BATCH_BYTES).toBeLessThan(PAYLOAD_LIMIT);
    expect(BATCH_CELLS).toBe(200_000);
  });

  test("small requests stay in one batch, the cleanup first", () => {
    const cleanup: Request[] = [{ deleteSheet: { sheetId: 9 } }];
    const batches = splitBatches(cleanup, [add(1), update(1, 0, [["a", "b"]]), add(2)]);
    expect(batches).toHaveLength(1);
    expect(batches[0]![0]).toEqual(cleanup[0]);
    expect(batches[0]).toHaveLength(4);
  });

  test("an updateCells too big for one batch is cut by rows; each part starts at its own row", () => {
    const rows = Array.from({ length: 10 }, (_, i) => [`r${i}`, "x".repeat(100)]);
    const batches = splitBatches([], [update(3, 5, rows)], { bytes: 600, cells: 1_000 });
    expect(batches.length).toBeGreaterThan(1);
    const starts = batches.map((b) => b[0]!.updateCells!.start!.rowIndex);
    expect(starts[0]).toBe(5);
    expect(written(batches)).toEqual(written([[update(3, 5, rows)]]));
    for (const b of batches) expect(bodyBytes(b)).toBeLessThanOrEqual(600);
  });

  test("the cell limit also cuts (10 cells per batch)", () => {
    const rows = Array.from({ length: 9 }, (_, i) => [`a${i}`, `b${i}`]);
    const batches = splitBatches([], [update(1, 0, rows)], { bytes: 1_000_000, cells: 10 });
    expect(batches.map((b) => b[0]!.updateCells!.rows!.length)).toEqual([5, 4]);
  });

  test("any requests: order and content kept, every batch within the limits unless one row alone is larger", () => {
    const text = fc.string({ maxLength: 40 });
    const req = fc.oneof(
      fc.integer({ min: 1, max: 5 }).map(add),
      fc
        .tuple(
          fc.integer({ min: 1, max: 5 }),
          fc.integer({ min: 0, max: 50 }),
          fc
            .integer({ min: 1, max: 4 })
            .chain((w) => fc.array(fc.array(text, { minLength: w, maxLength: w }), { maxLength: 30 })),
        )
        .map(([id, at, rows]) => update(id, at, rows)),
    );
    fc.assert(
      fc.property(
        fc.array(req, { maxLength: 12 }),
        fc.integer({ min: 300, max: 5_000 }),
        fc.integer({ min: 4, max: 200 }),
        (requests, bytes, cells) => {
          const batches = splitBatches([], requests, { bytes, cells });
          expect(written(batches)).toEqual(written([requests]));
          for (const b of batches) {
            expect(b.length).toBeGreaterThan(0);
            const single = b.length === 1 && (b[0]!.updateCells?.rows?.length ?? 0) <= 1;
            if (!single) {
              expect(bodyBytes(b)).toBeLessThanOrEqual(bytes);
              const n = b.reduce(
                (s, r) =>
                  s +
                  (r.updateCells
                    ? (r.updateCells.rows?.length ?? 0) *
                      Math.max(1, r.updateCells.rows?.[0]?.values?.length ?? 1)
                    : 1),
                0,
              );
              expect(n).toBeLessThanOrEqual(cells);
            }
          }
        },
      ),
    );
  });
});

test("row sizes its maker counted give the same batches as measuring the rows", () => {
  const rows = Array.from({ length: 40 }, (_, i) => [`r${i}`, "é".repeat(i % 7), "x".repeat(i * 3)]);
  const requests = [add(1), update(1, 0, rows), add(2), update(2, 3, rows.slice(5))];
  const counted = new Map(
    requests
      .filter((r) => r.updateCells)
      .map((r) => [r, r.updateCells!.rows!.map((row) => payloadBytes(JSON.stringify(row)))] as const),
  );
  const limits = { bytes: 900, cells: 1_000 };
  const measured = splitBatches([], requests, limits);
  expect(measured.length).toBeGreaterThan(2);
  expect(splitBatches([], requests, limits, counted)).toEqual(measured);
  // The counts are what decides: a row said to be larger cuts elsewhere.
  const larger = new Map([...counted].map(([r, sizes]) => [r, sizes.map((n) => n * 2)] as const));
  expect(splitBatches([], requests, limits, larger).length).toBeGreaterThan(measured.length);
});

describe("chunkBySize", () => {
  const insert = (text: string) => ({ insertText: { location: { index: 1 }, text } });
  test("everything in one batch when it fits", () => {
    const requests = [insert("a"), insert("b")];
    expect(chunkBySize(requests)).toEqual([requests]);
    expect(chunkBySize([])).toEqual([]);
  });
  test("consecutive batches, in order, each within the limit; a request is never cut", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 80 }), { maxLength: 40 }),
        fc.integer({ min: 60, max: 600 }),
        (texts, bytes) => {
          const requests = texts.map(insert);
          const batches = chunkBySize(requests, bytes);
          expect(batches.flat()).toEqual(requests);
          for (const b of batches) {
            expect(b.length).toBeGreaterThan(0);
            if (b.length > 1)
              expect(payloadBytes(JSON.stringify({ requests: b }))).toBeLessThanOrEqual(bytes);
          }
        },
      ),
    );
  });
});
