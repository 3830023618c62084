/**
 * The pages a run showed (sidebars and dialogs, recorded by the emulated Ui), written for people to look at:
 * `schermen/<page>.html`, the page as the user got it, loadable on its own from the file system, and
 * `schermen/<page>.png`, a screenshot of it.
 *
 * A saved page shows the page's own HTML in an iframe of the size Sheets gives it (a sidebar is 300 px wide;
 * a dialog has the width and height the add-on set), under a title bar like Sheets draws. A small `google`
 * object is put into the page before its scripts run, so that the page renders as it does in Sheets; its
 * server calls fail with a message that this is a saved copy.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import type { UiEvent } from "../emulator/context";
import { savedCopyScript } from "../ui-client";

export type PageEvent = Extract<UiEvent, { kind: "sidebar" | "modal" | "modeless" }>;
export type PageKind = PageEvent["kind"];

/** A sidebar is always 300 px wide (https://developers.google.com/apps-script/guides/dialogs#custom_sidebars). */
export const SIDEBAR_WIDTH = 300;
/** A sidebar is as high as the window; this is a laptop's. */
export const SIDEBAR_HEIGHT = 640;
/** A dialog whose size the add-on did not set: Google documents no default, so this is the emulator's. */
export const DIALOG_DEFAULT = { width: 600, height: 400 } as const;
/** Height of the title bar above the page. */
const TITLE_BAR = 48;

export function isPageEvent(e: UiEvent): e is PageEvent {
  return e.kind === "sidebar" || e.kind === "modal" || e.kind === "modeless";
}

/** The size of the frame the page is shown in, without the title bar. */
export function frameSize(e: PageEvent): { width: number; height: number } {
  if (e.kind === "sidebar") return { width: SIDEBAR_WIDTH, height: SIDEBAR_HEIGHT };
  return { width: e.width || DIALOG_DEFAULT.width, height: e.height || DIALOG_DEFAULT.height };
}

export interface ScreenEntry {
  /** File name in schermen/ (the .png has the same name). */
  file: string;
  kind: PageKind;
  title: string;
}

const KIND_WORD: Record<PageKind, string> = { sidebar: "zijbalk", modal: "dialoog", modeless: "dialoog" };

/** `zijbalk-instellingen`, `dialoog-samenvatting-valideren`: readable, ASCII, no two the same. */
export function screenFiles(events: readonly PageEvent[]): ScreenEntry[] {
  const used = new Set<string>();
  return events.map((e) => {
    const words = e.title
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "");
    const base = words ? `${KIND_WORD[e.kind]}-${words}` : KIND_WORD[e.kind];
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return { file: `${name}.html`, kind: e.kind, title: e.title };
  });
}

/** What a server call in a saved page says; `{functie}` is the function's name. */
export const SAVED_COPY_MESSAGE =
  "Dit is een opgeslagen kopie van het scherm: ‘{functie}’ kan hier niet worden uitgevoerd. Open Netwerkplan in Google Spreadsheets om dit te doen.";

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The page's HTML with the saved copy's `google` object as the first script (after the doctype). */
export function withSavedCopyScript(html: string): string {
  const script = `<script>${savedCopyScript(SAVED_COPY_MESSAGE)}</script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head)
    return html.slice(0, head.index + head[0].length) + script + html.slice(head.index + head[0].length);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return html.slice(0, at) + script + html.slice(at);
}

/** The saved page: a title bar and the page in an iframe of its real size. */
export function savedPage(e: PageEvent): string {
  const { width, height } = frameSize(e);
  const kind = e.kind === "sidebar" ? "zijbalk" : "dialoogvenster";
  const title = escapeHtml(e.title);
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>${title} — Netwerkplan (opgeslagen ${kind})</title>
<style>
  body { margin: 0; padding: 16px; background: #e8eaed; font-family: Arial, Helvetica, sans-serif; color: #202124; }
  .kader { display: inline-block; background: #fff; box-shadow: 0 1px 3px rgba(60, 64, 67, 0.3), 0 4px 8px rgba(60, 64, 67, 0.15); border-radius: ${e.kind === "sidebar" ? 0 : 8}px; overflow: hidden; }
  .titelbalk { box-sizing: border-box; height: ${TITLE_BAR}px; padding: 0 16px; display: flex; align-items: center; font-size: 16px; border-bottom: 1px solid #dadce0; width: ${width}px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
  iframe { display: block; border: 0; width: ${width}px; height: ${height}px; }
  .uitleg { max-width: 40em; font-size: 13px; color: #5f6368; }
</style>
</head>
<body>
<div class="kader" data-kind="${e.kind}">
<div class="titelbalk">${title}</div>
<iframe title="${title}" srcdoc="${escapeHtml(withSavedCopyScript(e.html))}"></iframe>
</div>
<p class="uitleg">Opgeslagen ${kind} van Netwerkplan (${width} × ${height} pixels), zoals <code>npm start</code> het liet zien. Knoppen die iets in het werkblad doen, werken alleen in Google Spreadsheets.</p>
</body>
</html>
`;
}

export interface WriteScreensOptions {
  /** A browser for the screenshots; null: none (the HTML is written all the same). */
  browser: Browser | null;
}

/** Writes every page event as schermen/<page>.html and, with a browser, schermen/<page>.png. */
export async function writeScreens(
  events: readonly UiEvent[],
  dir: string,
  options: WriteScreensOptions,
): Promise<ScreenEntry[]> {
  const pages = events.filter(isPageEvent);
  const entries = screenFiles(pages);
  if (entries.length === 0) return entries;
  fs.mkdirSync(dir, { recursive: true });
  for (const [i, e] of pages.entries()) fs.writeFileSync(path.join(dir, entries[i]!.file), savedPage(e));
  const { browser } = options;
  if (browser) {
    for (const [i, e] of pages.entries()) {
      const { width, height } = frameSize(e);
      const page = await browser.newPage({
        viewport: { width: width + 32, height: height + TITLE_BAR + 32 },
      });
      try {
        await page.goto(pathToFileURL(path.resolve(dir, entries[i]!.file)).href, { waitUntil: "load" });
        await page
          .locator(".kader")
          .screenshot({ path: path.join(dir, entries[i]!.file.replace(/\.html$/, ".png")) });
      } finally {
        await page.close();
      }
    }
  }
  return entries;
}
