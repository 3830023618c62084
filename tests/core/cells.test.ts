import {
  cellError,
  parseBoolean,
  parseTime,
  readTab,
  readTime,
  splitLines,
  textOf,
} from "../../src/core/cells";
import { q } from "../../src/core/i18n";
import { ACTIVITIES_TAB } from "../../src/core/tabs";

const cell = (v: unknown, d = "") => ({ v, d });

describe("cells", () => {
  test.each<[unknown, string, string | null]>([
    ["#REF!", "", "#REF!"],
    [" #n/a ", "", "#N/A"],
    ["#VALUE!", "#VALUE!", "#VALUE!"],
    [null, "#DIV/0!", "#DIV/0!"],
    ["#hashtag", "", null],
    ["REF!", "", null],
    [42, "#REF!", null],
  ])("cellError(%j, display %j) = %j", (v, d, expected) => {
    expect(cellError(cell(v, d))).toBe(expected);
  });

  test.each<[unknown, string, string]>([
    ["  tekst \u200b", "", "tekst"],
    [42, "42,0", "42,0"],
    [42, "", "42"],
    [true, "", "true"],
    [new Date(Date.UTC(2026, 0, 5)), "5-1-2026", "5-1-2026"],
    [{ toString: 1 }, "", ""],
    [Symbol("s"), "", ""],
    [null, "", ""],
  ])("textOf(%p) = %j", (v, d, expected) => {
    expect(textOf(cell(v, d))).toBe(expected);
  });

  test("splitLines strips bullets and empty lines but keeps a trailing colon and inner dashes", () => {
    expect(
      splitLines("Kick-off:\r\n• a\n◦ b\n▪ c\n  o  d\n- e\n– f\n— g\n* h\n\n-\nt/m 12-3\noverleg"),
    ).toEqual(["Kick-off:", "a", "b", "c", "d", "e", "f", "g", "h", "t/m 12-3", "overleg"]);
  });

  test.each<[unknown, boolean | "empty" | "invalid"]>([
    [true, true],
    [false, false],
    ["", "empty"],
    [null, "empty"],
    ["Ja", true],
    ["NEE", false],
    [" waar ", true],
    ["Onwaar", false],
    ["x", true],
    [2, "invalid"],
    ["misschien", "invalid"],
    [new Date(), "invalid"],
  ])("parseBoolean(%p) = %j", (v, expected) => {
    expect(parseBoolean(cell(v))).toBe(expected);
  });

  test.each<[unknown, string | null | "invalid"]>([
    ["", null],
    ["9:30", "09:30"],
    ["9.30u", "09:30"],
    ["9h30", "09:30"],
    ["0930", "09:30"],
    ["930", "09:30"],
    ["14u", "14:00"],
    ["23:59", "23:59"],
    ["24:00", "invalid"],
    ["12:60", "invalid"],
    ["12345", "invalid"],
    [930, "09:30"],
    [0.75, "18:00"],
    [0.99999, "invalid"],
    [1.5, "invalid"],
    [-0.5, "invalid"],
    [true, "invalid"],
  ])("parseTime(%p) = %j", (v, expected) => {
    expect(parseTime(cell(v), "UTC")).toBe(expected);
  });

  test.each<[unknown, string]>([
    ["2", "02:00"],
    ["2 uur", "02:00"],
    ["2u", "02:00"],
    ["14h", "14:00"],
    [3, "03:00"],
  ])("readTime(%p): a whole hour without minutes is %j and says so", (v, time) => {
    expect(readTime(cell(v), "UTC")).toEqual({ time, hourOnly: true });
  });

  test.each<[unknown, string]>([
    ["02:00", "02:00"],
    ["6:30", "06:30"],
    ["2.00 uur", "02:00"],
    ["0200", "02:00"],
    [200, "02:00"],
    [2 / 24, "02:00"],
    [new Date(Date.UTC(1899, 11, 30, 2, 0)), "02:00"],
  ])("readTime(%p): a time with minutes or a time cell is %j as written", (v, time) => {
    expect(readTime(cell(v), "UTC")).toEqual({ time, hourOnly: false });
  });

  test("q quotes, keeps inner spaces, puts lines on one line and shortens", () => {
    expect(q("op  Schema")).toBe("‘op  Schema’");
    expect(q("a\nb")).toBe("‘a b’");
    expect(q("x".repeat(100), 10)).toBe(`‘${"x".repeat(9)}…’`);
  });

  test("readTab: columns by header, rows with content only, header text as in the sheet", () => {
    const read = readTab(ACTIVITIES_TAB, {
      name: "Activiteiten",
      values: [
        ["Trekkers:", "Onderwerp", "Notitie", "ID"],
        ["Jan", "", "", ""],
        ["", "", "n", "A-0001"],
        ["", " ", "", ""],
      ],
      display: [],
    });
    expect(read.cols).toMatchObject({ owner: 0, subject: 1, id: 3, project: -1 });
    expect(read.headers).toMatchObject({ owner: "Trekkers:", subject: "Onderwerp", project: "Project" });
    expect(read.missing).toEqual(["project", "deadline", "phase", "status"]);
    expect(read.rows.map((r) => r.row)).toEqual([2]);
  });
});
