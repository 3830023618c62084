/** core/owned.ts: which existing tab with a generated tab's name is the add-on's own, and what stays active. */
import { parseIdList, tabToActivate } from "../../src/core/owned";

test("stored id lists: anything malformed reads as empty", () => {
  expect([...parseIdList("[3,1,2]")]).toEqual([3, 1, 2]);
  for (const bad of [null, undefined, "", "{", '{"a":1}', '["x"]']) expect([...parseIdList(bad)]).toEqual([]);
});

test("tabToActivate: a tab the swap leaves stays active by itself; a replaced one comes back unless now hidden; else the first visible new tab", () => {
  const specs = [{ name: "Historie", hidden: true }, { name: "Validatie" }, { name: "Status" }];
  const deleted = ["Validatie", "Status", "Historie", "Dashboard Oud"];
  // Not touched by the swap: nothing to do (no call after the writes).
  expect(tabToActivate("Activiteiten", specs, deleted)).toBeNull();
  expect(tabToActivate("Overzicht", specs, deleted)).toBeNull();
  // Replaced: its new version.
  expect(tabToActivate("Status", specs, deleted)).toBe("Status");
  // Replaced by a hidden one, or deleted for good: the first visible new tab.
  expect(tabToActivate("Historie", specs, deleted)).toBe("Validatie");
  expect(tabToActivate("Dashboard Oud", specs, deleted)).toBe("Validatie");
  expect(tabToActivate(null, specs, deleted)).toBe("Validatie");
  expect(tabToActivate(undefined, [], [])).toBeNull();
});
