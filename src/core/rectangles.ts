/** Rectangles of equal cells in a grid: what one request can cover at once (a table's colours, a tab's layout). */

/**
 * Rectangles of cells of one key (a colour, a layout) covering every cell that has one: each as wide, then as
 * tall, as it goes, in reading order of their top-left cells. Loops and one flat mark per cell: a generated
 * tab has hundreds of thousands of cells.
 */
export function rectangles(
  colours: readonly (readonly (string | null)[])[],
): { row: number; col: number; rows: number; cols: number; color: string }[] {
  const width = colours.reduce((w, r) => Math.max(w, r.length), 0);
  const done = new Uint8Array(colours.length * width);
  const free = (row: number, col: number, color: string) =>
    colours[row]![col] === color && done[row * width + col] === 0;
  const out: { row: number; col: number; rows: number; cols: number; color: string }[] = [];
  for (let r = 0; r < colours.length; r++) {
    const cells = colours[r]!;
    for (let c = 0; c < cells.length; c++) {
      const color = cells[c];
      if (!color || done[r * width + c] === 1) continue;
      let cols = 1;
      while (c + cols < cells.length && free(r, c + cols, color)) cols++;
      let rows = 1;
      const fits = (row: number) => {
        if (colours[row]!.length < c + cols) return false;
        for (let k = c; k < c + cols; k++) if (!free(row, k, color)) return false;
        return true;
      };
      while (r + rows < colours.length && fits(r + rows)) rows++;
      for (let a = r; a < r + rows; a++) done.fill(1, a * width + c, a * width + c + cols);
      out.push({ row: r, col: c, rows, cols, color });
    }
  }
  return out;
}
