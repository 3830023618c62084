/** core/swap.ts: which tabs an action builds, deletes, renames and shows — in one atomic batch. */
import { cell, type Grid } from "../../src/core/grid";
import { addTabRequests, planSwap, type SwapInput, type TabState, TEMP_SUFFIX } from "../../src/core/swap";

const grid: Grid = {
  rows: [[cell("x")]],
  merges: [],
  colWidths: [100],
  frozenRows: 1,
  hiddenGridlines: false,
  filter: null,
  charts: [],
};
const tabs = (...names: string[]): TabState[] =>
  names.map((name, i) => ({ id: 10 + i, name, index: i, hidden: false }));
const input = (over: Partial<SwapInput>): SwapInput => ({
  tabs: [],
  owned: new Set(),
  specs: [],
  generatedNames: ["Validatie", "Status", "Overzicht", "Historie"],
  removeStaleDashboards: true,
  firstNewId: 1000,
  ...over,
});

test("the add-on's old tab is deleted and the new one takes its name and place, in one batch", () => {
  const plan = planSwap(
    input({
      tabs: tabs("Activiteiten", "Status", "Leden"),
      owned: new Set([11]),
      specs: [{ name: "Status", grid }],
    }),
  );
  expect(plan.newTabs).toEqual([
    { spec: expect.anything(), id: 1000, tempName: `Status${TEMP_SUFFIX}`, index: 1 },
  ]);
  expect(plan.swap).toEqual([
    { deleteSheet: { sheetId: 11 } },
    {
      updateSheetProperties: {
        properties: { sheetId: 1000, title: "Status", hidden: false },
        fields: "title,hidden",
      },
    },
  ]);
  expect(plan.deleted).toEqual(["Status"]);
  expect(plan.ownedBefore).toEqual([11, 1000]);
  expect(plan.ownedAfter).toEqual([1000]);
});

test("a person's tab with a generated name is never deleted: it is renamed in the same batch", () => {
  const plan = planSwap(input({ tabs: tabs("Status", "Status (eigen)"), specs: [{ name: "Status", grid }] }));
  expect(plan.swap[0]).toEqual({
    updateSheetProperties: { properties: { sheetId: 10, title: "Status (eigen) 2" }, fields: "title" },
  });
  expect(plan.renamed).toEqual([{ from: "Status", to: "Status (eigen) 2" }]);
  expect(plan.deleted).toEqual([]);
});

test("a dashboard of a removed project goes only when it is the add-on's; a person's is kept", () => {
  const plan = planSwap(
    input({
      tabs: tabs("Dashboard Oud", "Dashboard Van mij", "Dashboard Nieuw"),
      owned: new Set([10, 12]),
      specs: [{ name: "Dashboard Nieuw", grid }],
    }),
  );
  expect(plan.deleted).toEqual(["Dashboard Oud", "Dashboard Nieuw"]);
  expect(plan.removed).toEqual(["Dashboard Oud"]); // the replaced one is not "removed"
  expect(plan.swap.filter((r) => r.deleteSheet).map((r) => r.deleteSheet!.sheetId)).toEqual([10, 12]);
  // Not when the action does not generate dashboards.
  const validate = planSwap(
    input({
      tabs: tabs("Dashboard Oud", "Status"),
      owned: new Set([10, 11]),
      specs: [{ name: "Status", grid }],
      removeStaleDashboards: false,
    }),
  );
  expect(validate.deleted).toEqual(["Status"]);
  expect(validate.removed).toEqual([]);
});

test("an owned tab a person renamed is left alone", () => {
  const plan = planSwap(
    input({
      tabs: tabs("Mijn kopie van het overzicht"),
      owned: new Set([10]),
      specs: [{ name: "Overzicht", grid }],
    }),
  );
  expect(plan.swap.some((r) => r.deleteSheet)).toBe(false);
  expect(plan.ownedAfter).toEqual([10, 1000]);
});

test("leftovers of an interrupted run are deleted first; a person's tab named like one is not", () => {
  const plan = planSwap(
    input({
      tabs: [
        { id: 10, name: `Status${TEMP_SUFFIX}`, index: 0, hidden: true },
        { id: 11, name: `Dashboard Oude naam${TEMP_SUFFIX}`, index: 1, hidden: true },
        { id: 12, name: `Overzicht${TEMP_SUFFIX}`, index: 2, hidden: false },
      ],
      owned: new Set([10, 11]),
      specs: [{ name: "Status", grid }],
    }),
  );
  expect(plan.cleanup).toEqual([{ deleteSheet: { sheetId: 10 } }, { deleteSheet: { sheetId: 11 } }]);
  expect(plan.ownedBefore).toEqual([1000]);
});

test("new tabs go where the old one or the `before` tab is, else at the end; indexes follow the creation order", () => {
  const plan = planSwap(
    input({
      tabs: tabs("Activiteiten", "Overzicht", "Historie"),
      owned: new Set([11, 12]),
      specs: [
        { name: "Overzicht", grid },
        { name: "Dashboard A", grid, before: "Historie" },
        { name: "Dashboard B", grid, before: "Historie" },
        { name: "Validatie", grid },
      ],
    }),
  );
  expect(plan.newTabs.map((n) => [n.spec.name, n.index])).toEqual([
    ["Overzicht", 1],
    ["Dashboard A", 3],
    ["Dashboard B", 4],
    ["Validatie", 6],
  ]);
});

test("a new tab is created hidden, sized to its grid, frozen rows and gridlines as the grid says, protected with a warning", () => {
  const plan = planSwap(input({ specs: [{ name: "Status", grid: { ...grid, hiddenGridlines: true } }] }));
  const reqs = addTabRequests(plan.newTabs[0]!, { rowCount: 3, columnCount: 2 }, "Wordt opnieuw gemaakt");
  expect(reqs).toEqual([
    {
      addSheet: {
        properties: {
          sheetId: 1000,
          title: `Status${TEMP_SUFFIX}`,
          index: 0,
          hidden: true,
          gridProperties: { rowCount: 3, columnCount: 2, frozenRowCount: 1, hideGridlines: true },
        },
      },
    },
    {
      addProtectedRange: {
        protectedRange: { range: { sheetId: 1000 }, description: "Wordt opnieuw gemaakt", warningOnly: true },
      },
    },
  ]);
});
