/** Rectangles of equal cells in a grid: what one request can cover at once (a table's colours, a tab's layout). */

/**
 * Rectangles of cells of one key (a colour, a layout) covering every cell that has one: each as wide, then as
 * tall, as it goes, in reading order of their top-left cells. Plain loops over one flat mark per cell: a
 * generated tab has hundreds of thousands of cells, and every action runs this code cold.
 */
export function rectangles(
  colours: readonly (readonly (string | null)[])[],
): { row: number; col: number; rows: number; cols: number; color: string }[] {
  const width = colours.reduce((w, r) => Math.max(w, r.length), 0);
  /** 1 for a cell a rectangle already covers, row by row. */
  const done = new Uint8Array(colours.length * width);
  const out: { row: number; col: number; rows: number; cols: number; color: string }[] = [];
  for (let r = 0; r < colours.length; r++) {
    const cells = colours[r]!;
    for (let c = 0; c < cells.length; c++) {
      const color = cells[c];
      if (!color || done[r * width + c] === 1) continue;
      // As wide as the row allows, then as tall as every column of it allows.
      let end = c + 1;
      while (end < cells.length && cells[end] === color && done[r * width + end] === 0) end++;
      let bottom = r + 1;
      for (; bottom < colours.length; bottom++) {
        const below = colours[bottom]!;
        let k = c;
        while (k < end && below[k] === color && done[bottom * width + k] === 0) k++;
        if (k < end) break;
      }
      for (let a = r; a < bottom; a++) done.fill(1, a * width + c, a * width + end);
      out.push({ row: r, col: c, rows: bottom - r, cols: end - c, color });
    }
  }
  return out;
}
