import { adjacentGroups } from "../../src/core/adjacent";

describe("adjacentGroups", () => {
  test("groups neighbours that belong together, in order", () => {
    expect(adjacentGroups([2, 3, 4, 7, 9, 10], (a, b) => b === a + 1)).toEqual([[2, 3, 4], [7], [9, 10]]);
    expect(adjacentGroups([100, 100, 80, 100], (a, b) => a === b)).toEqual([[100, 100], [80], [100]]);
    expect(adjacentGroups([], () => true)).toEqual([]);
  });
});
