/** Rectangles of equal cells in a grid: what one request can cover at once (a table's colours, a tab's layout). */

/** Rectangles of cells of one key (a colour, a layout) covering every cell that has one: each as wide, then as tall, as it goes. */
export function rectangles(
  colours: readonly (readonly (string | null)[])[],
): { row: number; col: number; rows: number; cols: number; color: string }[] {
  const done = colours.map((r) => r.map(() => false));
  const out: { row: number; col: number; rows: number; cols: number; color: string }[] = [];
  colours.forEach((cells, r) => {
    cells.forEach((color, c) => {
      if (!color || done[r]![c]) return;
      let cols = 1;
      while (c + cols < cells.length && cells[c + cols] === color && !done[r]![c + cols]) cols++;
      let rows = 1;
      const fits = (row: number) => {
        for (let k = c; k < c + cols; k++) if (colours[row]?.[k] !== color || done[row]![k]) return false;
        return true;
      };
      while (r + rows < colours.length && fits(r + rows)) rows++;
      for (let a = r; a < r + rows; a++) for (let b = c; b < c + cols; b++) done[a]![b] = true;
      out.push({ row: r, col: c, rows, cols, color });
    });
  });
  return out;
}
