/** core/owned.ts: which existing tab with a generated tab's name is the add-on's own, and what stays active. */
import { parseIdList, tabToActivate } from "../../src/core/owned";

test("stored id lists: anything malformed reads as empty", () => {
  expect([...parseIdList("[3,1,2]")]).toEqual([3, 1, 2]);
  for (const bad of [null, undefined, "", "{", '{"a":1}', '["x"]']) expect([...parseIdList(bad)]).toEqual([]);
});

test("tabToActivate: the user's tab stays, unless it is a tab that is now hidden; else the first new tab", () => {
  const specs = [{ name: "Validatie" }, { name: "Historie", hidden: true }];
  expect(tabToActivate("Activiteiten", specs)).toBe("Activiteiten");
  expect(tabToActivate("Validatie", specs)).toBe("Validatie");
  expect(tabToActivate("Historie", specs)).toBe("Validatie");
  expect(tabToActivate(null, specs)).toBe("Validatie");
  expect(tabToActivate(undefined, [])).toBeNull();
});
