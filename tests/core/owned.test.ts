/** core/owned.ts: which existing tab with a generated tab's name is the add-on's own, and what stays active. */
import { cell, type Grid } from "../../src/core/grid";
import { idListJson, isOwnTab, needsHeader, parseIdList, tabToActivate } from "../../src/core/owned";

const table = (header: string[]): Grid => ({
  rows: [header.map((h) => cell(h))],
  merges: [],
  colWidths: header.map(() => 100),
  frozenRows: 1,
  hiddenGridlines: false,
  filter: null,
  charts: [],
});
const onePager: Grid = { ...table(["Dashboard"]), hiddenGridlines: true };

test("stored id lists: anything malformed reads as empty; stored sorted, without duplicates or gone tabs", () => {
  expect([...parseIdList("[3,1,2]")]).toEqual([3, 1, 2]);
  for (const bad of [null, undefined, "", "{", '{"a":1}', '["x"]']) expect([...parseIdList(bad)]).toEqual([]);
  expect(idListJson([5, 1, 5, 9], new Set([1, 5]))).toBe("[1,5]");
});

describe("isOwnTab", () => {
  const header = ["Tabblad", "Rij", "Kolom"];
  test("a tab the add-on made (by id) is its own, whatever it holds now", () => {
    expect(isOwnTab({ id: 7, hiddenGridlines: false, header: [] }, table(header), new Set([7]))).toBe(true);
  });

  test("without the id: a table by its generated header row, a one-pager by its hidden gridlines", () => {
    const none = new Set<number>();
    expect(isOwnTab({ id: 7, hiddenGridlines: false, header }, table(header), none)).toBe(true);
    expect(isOwnTab({ id: 7, hiddenGridlines: false, header: ["Tabblad", "Rij"] }, table(header), none)).toBe(
      false,
    );
    expect(
      isOwnTab({ id: 7, hiddenGridlines: false, header: ["Mijn", "eigen", "lijst"] }, table(header), none),
    ).toBe(false);
    expect(isOwnTab({ id: 7, hiddenGridlines: true, header: [] }, onePager, none)).toBe(true);
    expect(isOwnTab({ id: 7, hiddenGridlines: false, header: [] }, onePager, none)).toBe(false);
  });

  test("the header is read only when it decides", () => {
    expect(needsHeader(7, table(["a"]), new Set([7]))).toBe(false);
    expect(needsHeader(7, onePager, new Set())).toBe(false);
    expect(needsHeader(7, table(["a"]), new Set())).toBe(true);
  });
});

test("tabToActivate: the user's tab stays, unless it is a tab that is now hidden; else the first new tab", () => {
  const specs = [{ name: "Validatie" }, { name: "Historie", hidden: true }];
  expect(tabToActivate("Activiteiten", specs)).toBe("Activiteiten");
  expect(tabToActivate("Validatie", specs)).toBe("Validatie");
  expect(tabToActivate("Historie", specs)).toBe("Validatie");
  expect(tabToActivate(null, specs)).toBe("Validatie");
  expect(tabToActivate(undefined, [])).toBeNull();
});
