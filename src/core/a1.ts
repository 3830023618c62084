/** A1 notation and links into the spreadsheet, for the formulas and ranges the add-on writes itself. */

/** A1 column letters for a 1-based column. */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A range of a tab in A1 notation, the tab's name always quoted (`'Projecten'!B2:B1000`; a ' doubled). */
export function tabRange(tab: string, a1: string): string {
  return `'${tab.replace(/'/g, "''")}'!${a1}`;
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** A HYPERLINK formula that jumps to a cell (or the tab) inside this spreadsheet. */
export function cellLink(sheetId: number, tab: string, row: number, col: number): string {
  const a1 = row > 0 ? `${columnLetters(Math.max(col, 1))}${row}` : "";
  const target = a1 ? `#gid=${sheetId}&range=${a1}` : `#gid=${sheetId}`;
  const label = a1 ? `${tab}!${a1}` : tab;
  return `=HYPERLINK(${quote(target)},${quote(label)})`;
}
