/**
 * Splits `items` into maximal groups of neighbours that belong together, so that a batch of cells can be
 * written with one call per group (consecutive rows, equal column widths…).
 */
export function adjacentGroups<T>(items: readonly T[], together: (prev: T, next: T) => boolean): T[][] {
  const out: T[][] = [];
  for (const item of items) {
    const current = out[out.length - 1];
    if (current && together(current[current.length - 1]!, item)) current.push(item);
    else out.push([item]);
  }
  return out;
}
