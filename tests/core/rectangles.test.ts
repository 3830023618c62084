/** core/rectangles.ts: the rectangles one request each covers (a table's colours, a tab's layout). */
import fc from "fast-check";
import { rectangles } from "../../src/core/rectangles";

const grid = fc.array(fc.array(fc.constantFrom(null, "#a", "#b", "#c"), { maxLength: 7 }), { maxLength: 9 });

test("every cell with a key is covered exactly once, by a rectangle of its own key", () => {
  fc.assert(
    fc.property(grid, (g) => {
      const covered = g.map((r) => r.map(() => 0));
      for (const rect of rectangles(g))
        for (let r = rect.row; r < rect.row + rect.rows; r++)
          for (let c = rect.col; c < rect.col + rect.cols; c++) {
            expect(g[r]![c]).toBe(rect.color);
            covered[r]![c]!++;
          }
      g.forEach((row, r) => {
        row.forEach((key, c) => {
          expect(covered[r]![c]).toBe(key ? 1 : 0);
        });
      });
    }),
  );
});

test("each rectangle is as wide as its first row allows, then as tall as its columns allow, in reading order", () => {
  fc.assert(
    fc.property(grid, (g) => {
      const rects = rectangles(g);
      const taken = new Set<string>();
      for (const { row, col, rows, cols, color } of rects) {
        // Its top-left cell is the first one not taken yet, reading row by row.
        for (let r = 0; r <= row; r++)
          for (let c = 0; c < (r === row ? col : (g[r]?.length ?? 0)); c++)
            if (g[r]![c]) expect(taken.has(`${r},${c}`)).toBe(true);
        const free = (r: number, c: number) => g[r]?.[c] === color && !taken.has(`${r},${c}`);
        expect(free(row, col + cols)).toBe(false);
        const below = Array.from({ length: cols }, (_, k) => free(row + rows, col + k));
        expect(below.every(Boolean)).toBe(false);
        for (let r = row; r < row + rows; r++) for (let c = col; c < col + cols; c++) taken.add(`${r},${c}`);
      }
    }),
  );
});
