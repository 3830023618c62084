import * as fc from "fast-check";
import {
  assignIds,
  formatId,
  idGuardColumns,
  idGuardRows,
  idNumber,
  idsStillFit,
  idWrites,
  withIds,
} from "../../src/core/ids";
import type { RawTab } from "../../src/core/records";
import { ACTIVITY_HEADERS, activity, tab } from "../support/validation-fixtures";

const raw = (values: unknown[][]): RawTab => ({
  name: "Activiteiten",
  values,
  display: values.map((r) => r.map((v) => (typeof v === "string" ? v : ""))),
});

const sheet = (rows: Record<string, unknown>[], headers: readonly string[] = ACTIVITY_HEADERS) =>
  tab("Activiteiten", headers, rows);

describe("assignIds", () => {
  test("rows with content and no ID get A-0001… in sheet order", () => {
    const result = assignIds(
      sheet([activity(), activity({ Onderwerp: "b" }), activity({ Onderwerp: "c" })]),
      0,
    );
    expect(result).toEqual({
      updates: [
        { row: 2, id: "A-0001" },
        { row: 3, id: "A-0002" },
        { row: 4, id: "A-0003" },
      ],
      lastIssued: 3,
    });
  });

  test("existing IDs are kept; new ones continue after the highest in the sheet, gaps are not filled", () => {
    const result = assignIds(
      sheet([
        activity({ ID: "A-0001" }),
        activity({ ID: "" }),
        activity({ ID: "A-0007" }),
        activity({ ID: " a-0004 " }),
        activity({ ID: "  " }),
      ]),
      0,
    );
    expect(result).toEqual({
      updates: [
        { row: 3, id: "A-0008" },
        { row: 6, id: "A-0009" },
      ],
      lastIssued: 9,
    });
  });

  test("IDs of deleted rows are never reused: lastIssued higher than the sheet wins", () => {
    const result = assignIds(sheet([activity({ ID: "A-0003" }), activity()]), 12);
    expect(result).toEqual({ updates: [{ row: 3, id: "A-0013" }], lastIssued: 13 });
  });

  test("a higher ID in the sheet than lastIssued wins (e.g. rows copied from another sheet)", () => {
    const result = assignIds(sheet([activity({ ID: "A-0040" }), activity()]), 12);
    expect(result).toEqual({ updates: [{ row: 3, id: "A-0041" }], lastIssued: 41 });
  });

  test("an ID on a row without content still counts as issued; the row gets nothing", () => {
    const result = assignIds(
      sheet([activity(), { ID: "A-0020" }, {}, { "Laatst bijgewerkt": "5-1-2026" }]),
      0,
    );
    expect(result).toEqual({ updates: [{ row: 2, id: "A-0021" }], lastIssued: 21 });
  });

  test("cells that are not empty but not A-n (other ids, formula errors) are kept and not counted", () => {
    const result = assignIds(
      sheet([activity({ ID: "X-99" }), activity({ ID: "#REF!" }), activity({ ID: 17 }), activity()]),
      0,
    );
    expect(result).toEqual({ updates: [{ row: 5, id: "A-0001" }], lastIssued: 1 });
  });

  test("more than 9999 IDs get more digits", () => {
    const result = assignIds(sheet([activity()]), 9999);
    expect(result.updates).toEqual([{ row: 2, id: "A-10000" }]);
  });

  test("no ID column: no updates, lastIssued unchanged", () => {
    const headers = ACTIVITY_HEADERS.filter((h) => h !== "ID");
    expect(assignIds(sheet([activity(), activity()], headers), 5)).toEqual({ updates: [], lastIssued: 5 });
  });

  test("the ID column is found by header, also a synonym and when moved", () => {
    const headers = ["Onderwerp", "Nr", ...ACTIVITY_HEADERS.filter((h) => h !== "ID" && h !== "Onderwerp")];
    const rows = [
      { ...activity(), Nr: "A-0002" },
      { ...activity({ Onderwerp: "b" }), Nr: "" },
    ];
    expect(assignIds(sheet(rows, headers), 0)).toEqual({
      updates: [{ row: 3, id: "A-0003" }],
      lastIssued: 3,
    });
  });

  test("invalid lastIssued values count as 0", () => {
    for (const last of [Number.NaN, -5, 1.5, Number.POSITIVE_INFINITY]) {
      expect(assignIds(sheet([activity()]), last)).toEqual({
        updates: [{ row: 2, id: "A-0001" }],
        lastIssued: 1,
      });
    }
  });

  test("property: new IDs are distinct, above every ID in the sheet and lastIssued, and fill exactly the empty rows", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 600 }),
        (ids, last) => {
          const rows = ids.map((n, i) => activity({ Onderwerp: `a${i}`, ID: n === null ? "" : formatId(n) }));
          const result = assignIds(sheet(rows), last);
          const existing = ids.filter((n): n is number => n !== null);
          const floor = Math.max(last, ...existing, 0);
          const issued = result.updates.map((u) => idNumber(u.id)!);
          expect(result.updates.map((u) => u.row)).toEqual(
            ids.flatMap((n, i) => (n === null ? [i + 2] : [])),
          );
          expect(issued).toEqual(issued.map((_, i) => floor + i + 1));
          expect(result.lastIssued).toBe(floor + issued.length);
        },
      ),
    );
  });
});

describe("formatId and idNumber", () => {
  test.each<[unknown, number | null]>([
    ["A-0001", 1],
    ["a-12", 12],
    [" A-0042 ", 42],
    ["A-", null],
    ["B-0001", null],
    ["A-0001x", null],
    [1, null],
    ["A-9999999999999999", null],
  ])("idNumber(%j) = %j", (value, n) => {
    expect(idNumber(value)).toBe(n);
  });

  test("formatId pads to four digits", () => {
    expect([formatId(1), formatId(123), formatId(12345)]).toEqual(["A-0001", "A-0123", "A-12345"]);
  });
});

describe("the write guard (idsStillFit, withIds)", () => {
  const before = raw([
    ["ID", "Onderwerp", "Project"],
    ["", "Folder", "Levenspad"],
    ["A-0007", "Scholing", "Levenspad"],
    ["", "Website", "Levenspad"],
  ]);
  const updates = [
    { row: 2, id: "A-0008" },
    { row: 4, id: "A-0009" },
  ];
  const cols = idGuardColumns(before);

  test("reads again the ID and Onderwerp columns over the rows from the first to the last update", () => {
    expect(cols).toEqual({ id: 0, subject: 1 });
    expect(idGuardRows(updates)).toEqual({ first: 2, count: 3 });
    expect(idGuardRows([])).toBeNull();
  });

  test("nothing moved: the IDs may be written", () => {
    expect(idsStillFit(before, updates, cols, ["", "A-0007", ""], ["Folder", "Scholing", "Website"])).toBe(
      true,
    );
  });

  test("a row inserted above (the subjects shifted) or an ID typed meanwhile: none are written", () => {
    expect(idsStillFit(before, updates, cols, ["", "", "A-0007"], ["Nieuw", "Folder", "Scholing"])).toBe(
      false,
    );
    expect(
      idsStillFit(before, updates, cols, ["A-0100", "A-0007", ""], ["Folder", "Scholing", "Website"]),
    ).toBe(false);
  });

  test("a date subject compares by its time, also across realms; without an ID column nothing is written", () => {
    const day = new Date(Date.UTC(2026, 0, 1));
    const dated = raw([
      ["ID", "Onderwerp"],
      ["", day],
    ]);
    const one = [{ row: 2, id: "A-0001" }];
    expect(idsStillFit(dated, one, { id: 0, subject: 1 }, [""], [new Date(day.getTime())])).toBe(true);
    expect(idsStillFit(dated, one, { id: -1, subject: 1 }, [], [day])).toBe(false);
  });

  test("an ID cell holding only spaces counts as empty: the ID is written over it", () => {
    const spaced = raw([
      ["ID", "Onderwerp"],
      [" ", "Folder"],
    ]);
    const one = [{ row: 2, id: "A-0001" }];
    expect(assignIds(spaced, 0).updates).toEqual(one);
    expect(idsStillFit(spaced, one, { id: 0, subject: 1 }, [" "], ["Folder"])).toBe(true);
  });

  test("without an Onderwerp column only the empty ID is checked", () => {
    expect(idsStillFit(before, updates, { id: 0, subject: -1 }, ["", "x", ""], [])).toBe(true);
  });

  test("idWrites: one block for all new IDs, however scattered; the rows between keep their ID", () => {
    const updates = [
      { row: 2, id: "A-0008" },
      { row: 5, id: "A-0009" },
    ];
    expect(idWrites(updates, ["", "A-0001", " a-2 ", ""])).toEqual([
      { first: 2, values: [["A-0008"], ["A-0001"], [" a-2 "], ["A-0009"]] },
    ]);
    expect(idWrites(updates, ["", "", "", ""])).toEqual([
      { first: 2, values: [["A-0008"], [""], [""], ["A-0009"]] },
    ]);
    expect(idWrites([], [])).toEqual([]);
  });

  test("idWrites: a row between whose cell would not come back as it was is never written", () => {
    const updates = [
      { row: 2, id: "A-0008" },
      { row: 4, id: "A-0009" },
      { row: 7, id: "A-0010" },
    ];
    // A text SpreadsheetApp would read as a formula; a number; a date; a text that is not an ID.
    for (const odd of ['=HYPERLINK("https://example.org","x")', 12, new Date(2026, 0, 1), "x", "0012"]) {
      expect(idWrites(updates, ["", odd, "", "A-0003", odd, ""])).toEqual([
        { first: 2, values: [["A-0008"]] },
        { first: 4, values: [["A-0009"], ["A-0003"]] },
        { first: 7, values: [["A-0010"]] },
      ]);
    }
  });

  test("withIds puts the IDs into values and display values, padding short rows", () => {
    const short = raw([["Onderwerp", "ID"], ["Folder"]]);
    const out = withIds(short, 1, [{ row: 2, id: "A-0001" }]);
    expect(out.values[1]).toEqual(["Folder", "A-0001"]);
    expect(out.display[1]).toEqual(["Folder", "A-0001"]);
    expect(short.values[1]).toEqual(["Folder"]);
  });
});
