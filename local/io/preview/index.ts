/**
 * `index.html` (PRODUCT.md §8): a self-contained preview of the overview and the dashboards (the tabs the
 * caller names, as the add-on reported them) of an emulated spreadsheet, drawn from the model alone (values, look, merges, widths, embedded charts as
 * inline SVG). No scripts, no external URLs; every value is escaped and every colour checked before it
 * reaches a style attribute. Prints one tab per A4 landscape page.
 */
import type { SpreadsheetData } from "../../emulator/spreadsheet/model";
import { esc } from "./markup";
import { DEFAULT_FONT_PT, printZoom, renderSheet } from "./sheet";
import { displayDay, valueFormatter } from "./values";

export interface PreviewOptions {
  title: string;
  /** The language of the tabs shown (the page's `lang`): the workbook's `Taal`; Dutch when absent. */
  lang?: "nl" | "en";
  /** The run's date, `yyyy-mm-dd` (shown as dd-mm-yyyy) or any text. */
  today: string;
  /** The tabs to show, in order: the overview and the dashboards, as the add-on names them. */
  tabs: readonly string[];
}

export function renderPreview(ss: SpreadsheetData, opts: PreviewOptions): string {
  const sheets = opts.tabs.flatMap((name) => ss.sheets.filter((s) => s.name === name));
  const fmt = valueFormatter(ss.timeZone, ss.locale);
  const sections = sheets.map((s, i) => renderSheet(s, `tab-${i + 1}`, fmt));
  const nav = sheets.map((s, i) => `<a href="#tab-${i + 1}">${esc(s.name)}</a>`).join("\n");
  const zooms = sheets
    .map((s, i) => {
      const zoom = printZoom(s);
      return zoom < 1 ? `#tab-${i + 1} .sheet { zoom: ${zoom.toFixed(3)}; }` : "";
    })
    .join("\n");
  return `<!DOCTYPE html>
<html lang="${opts.lang ?? "nl"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(opts.title)}</title>
<style>
${CSS}
@media print {
${zooms}
}
</style>
</head>
<body>
<header class="page"><h1>${esc(opts.title)}</h1><p>${esc(displayDay(opts.today))}</p></header>
<nav>
${nav}
</nav>
<main>
${sections.length > 0 ? sections.join("\n") : '<p class="empty">Geen overzicht of dashboards gevonden.</p>'}
</main>
</body>
</html>
`;
}

const CSS = `
* { box-sizing: border-box; }
body { margin: 0; background: #f1f3f4; color: #202124; font-family: Arial, Helvetica, sans-serif; }
header.page { padding: 16px 24px 4px; }
header.page h1 { margin: 0; font-size: 20px; }
header.page p { margin: 4px 0 0; color: #5f6368; }
nav { position: sticky; top: 0; z-index: 10; display: flex; flex-wrap: wrap; gap: 4px 16px;
  padding: 8px 24px; background: #fff; border-bottom: 1px solid #dadce0; }
nav a { color: #1a73e8; text-decoration: none; }
nav a:hover, nav a:focus { text-decoration: underline; }
main { padding: 16px 24px; }
section.dashboard { margin: 0 0 24px; padding: 12px; background: #fff; border: 1px solid #dadce0;
  border-radius: 4px; overflow-x: auto; }
section.dashboard h2 { margin: 0 0 8px; font-size: 15px; }
.sheet { position: relative; }
table { border-collapse: collapse; table-layout: fixed; font-size: ${DEFAULT_FONT_PT}pt; }
td { padding: 2px 3px; vertical-align: bottom; overflow: hidden; line-height: 1.25; }
table.gridlines td { border: 1px solid #e2e3e3; }
td.overflow { overflow: visible; }
td.note { background-image: linear-gradient(225deg, #f29900 5px, transparent 5px); }
td.anchor { position: relative; overflow: visible; }
.chart { position: absolute; z-index: 2; background: #fff; }
.chart svg { display: block; border: 1px solid #dadce0; }
svg text { font-family: Arial, Helvetica, sans-serif; fill: #202124; }
p.empty { color: #5f6368; }
@page { size: A4 landscape; margin: 8mm; }
@media print {
  body { background: #fff; }
  header.page, nav { display: none; }
  main { padding: 0; }
  section.dashboard { margin: 0; padding: 0; border: 0; overflow: visible; break-after: page; page-break-after: always; }
  section.dashboard:last-of-type { break-after: auto; page-break-after: auto; }
  section.dashboard h2 { display: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
