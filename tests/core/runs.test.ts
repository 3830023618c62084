import { runs } from "../../src/core/runs";

describe("runs", () => {
  test("groups neighbours that belong together, in order", () => {
    expect(runs([2, 3, 4, 7, 9, 10], (a, b) => b === a + 1)).toEqual([[2, 3, 4], [7], [9, 10]]);
    expect(runs([100, 100, 80, 100], (a, b) => a === b)).toEqual([[100, 100], [80], [100]]);
    expect(runs([], () => true)).toEqual([]);
  });
});
