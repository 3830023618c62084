/**
 * local/io/screens.ts: the pages a run showed, written as schermen/<page>.html (loadable on its own from the
 * file system, framed at the size Sheets gives the page) and schermen/<page>.png, opened in headless Chromium.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../../local/browser";
import { Account } from "../../local/emulator/account";
import type { UiEvent } from "../../local/emulator/context";
import {
  DIALOG_DEFAULT,
  type PageEvent,
  SAVED_COPY_MESSAGE,
  SIDEBAR_WIDTH,
  screenFiles,
  writeScreens,
} from "../../local/io/screens";
import { readXlsx } from "../../local/io/xlsx";
import { ROOT, runnerFor } from "../support/addon";

let browser: Browser;
let tmp = "";

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "schermen-"));
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const sidebar = (title: string, html: string): PageEvent => ({ kind: "sidebar", title, html });
const modal = (title: string, html: string, width?: number, height?: number): PageEvent => ({
  kind: "modal",
  title,
  html,
  ...(width ? { width, height } : {}),
});

/** A page that asks the server for something as it loads, once with a failure handler and once without. */
const SETTINGS_PAGE = `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Instellingen</title>
<style>h1 { font-size: 18px; }</style></head>
<body>
<h1 id="kop">Instellingen &amp; meer</h1>
<p id="status"></p>
<script>
  google.script.run
    .withFailureHandler(function (e) { document.getElementById("status").textContent = e.message; })
    .saveSettings({ Taal: "nl" });
  google.script.run.loadSettings();
  document.getElementById("kop").setAttribute("data-breedte", String(document.documentElement.clientWidth));
</script>
</body></html>`;

interface Loaded {
  page: Page;
  errors: string[];
  warnings: string[];
  requests: string[];
}

async function load(file: string): Promise<Loaded> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
    if (m.type() === "warning") warnings.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  return { page, errors, warnings, requests };
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe("file names", () => {
  test("kind and title make a readable, unique name", () => {
    const files = screenFiles([
      sidebar("Instellingen", ""),
      modal("Samenvatting: Valideren", ""),
      modal("Samenvatting: Valideren", ""),
      { kind: "modeless", title: "Café — één overzicht", html: "" },
      modal("", ""),
    ]).map((e) => e.file);
    expect(files).toEqual([
      "zijbalk-instellingen.html",
      "dialoog-samenvatting-valideren.html",
      "dialoog-samenvatting-valideren-2.html",
      "dialoog-cafe-een-overzicht.html",
      "dialoog.html",
    ]);
  });
});

describe("writeScreens", () => {
  const events: UiEvent[] = [
    { kind: "toast", title: "Netwerkplan", message: "Bezig…", timeoutSeconds: 5 },
    sidebar("Instellingen", SETTINGS_PAGE),
    modal("Samenvatting: Valideren", "<!DOCTYPE html><p>Klaar: <b>3</b> problemen.</p>", 520, 460),
    modal("Zonder maat", "<p>Geen head, geen doctype.</p>"),
  ];
  let dir = "";
  let written: Awaited<ReturnType<typeof writeScreens>> = [];

  beforeAll(async () => {
    dir = path.join(tmp, "schermen");
    written = await writeScreens(events, dir, { browser });
  });

  test("every sidebar and dialog becomes a page and a screenshot; nothing else", () => {
    expect(written).toEqual([
      { file: "zijbalk-instellingen.html", kind: "sidebar", title: "Instellingen" },
      { file: "dialoog-samenvatting-valideren.html", kind: "modal", title: "Samenvatting: Valideren" },
      { file: "dialoog-zonder-maat.html", kind: "modal", title: "Zonder maat" },
    ]);
    expect(fs.readdirSync(dir).sort()).toEqual(
      written.flatMap((e) => [e.file, e.file.replace(/\.html$/, ".png")]).sort(),
    );
    for (const e of written)
      expect(fs.statSync(path.join(dir, e.file.replace(/\.html$/, ".png"))).size).toBeGreaterThan(0);
  });

  test("a saved sidebar loads on its own, 300 px wide, without errors; its server calls say it is a copy", async () => {
    const { page, errors, warnings, requests } = await load(path.join(dir, "zijbalk-instellingen.html"));
    const frame = page.frameLocator("iframe");
    await expect(frame.locator("#kop").textContent()).resolves.toBe("Instellingen & meer");
    await expect(frame.locator("#kop").getAttribute("data-breedte")).resolves.toBe(String(SIDEBAR_WIDTH));
    // The call with a failure handler shows the message in the page; the one without only warns.
    await page.waitForFunction(() => {
      const doc = (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document;
      const iframe = doc.querySelector("iframe") as {
        contentDocument: { getElementById(id: string): { textContent: string } };
      };
      return iframe.contentDocument.getElementById("status").textContent !== "";
    });
    await expect(frame.locator("#status").textContent()).resolves.toBe(
      SAVED_COPY_MESSAGE.replace("{functie}", "saveSettings"),
    );
    expect(warnings).toEqual([SAVED_COPY_MESSAGE.replace("{functie}", "loadSettings")]);
    await expect(page.locator(".titelbalk").textContent()).resolves.toBe("Instellingen");
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith("file://") && !u.startsWith("about:"))).toEqual([]);
    await page.close();
  });

  test("a dialog is framed at the size the add-on set, or the default; the screenshot is the frame", async () => {
    for (const [file, size] of [
      ["dialoog-samenvatting-valideren", { width: 520, height: 460 }],
      ["dialoog-zonder-maat", DIALOG_DEFAULT],
    ] as const) {
      const { page, errors } = await load(path.join(dir, `${file}.html`));
      const box = await page.locator("iframe").boundingBox();
      expect([box?.width, box?.height]).toEqual([size.width, size.height]);
      expect(errors).toEqual([]);
      await page.close();
      const titleBar = 48;
      expect(pngSize(path.join(dir, `${file}.png`))).toEqual({
        width: size.width,
        height: size.height + titleBar,
      });
    }
  });

  test("without a browser the pages are written, without screenshots", async () => {
    const bare = path.join(tmp, "zonder-browser");
    const entries = await writeScreens(events, bare, { browser: null });
    expect(fs.readdirSync(bare).sort()).toEqual(entries.map((e) => e.file).sort());
  });

  test("a run that showed no page writes nothing", async () => {
    const none = path.join(tmp, "niets");
    await expect(writeScreens(events.slice(0, 1), none, { browser })).resolves.toEqual([]);
    expect(fs.existsSync(none)).toBe(false);
  });
});

describe("the add-on's own pages", () => {
  test("the settings sidebar and Help, as the bundle shows them, load on their own without errors", async () => {
    const account = new Account();
    const ss = await readXlsx(path.join(ROOT, "examples", "voorbeeldnetwerk.xlsx"), {
      id: account.newFileId(),
    });
    account.addSpreadsheet(ss);
    account.data.activeSpreadsheetId = ss.id;
    const runner = runnerFor(account, "2026-11-22");
    // Whatever the menu items show today (a page, or an alert while a page is not there yet).
    for (const fn of ["menuShowSettings", "menuShowHelp"]) {
      if (runner.menuItems().some((i) => i.functionName === fn))
        expect(runner.clickFunction(fn).error).toBeUndefined();
    }
    const dir = path.join(tmp, "bundel");
    const entries = await writeScreens(runner.ui.events, dir, { browser });
    for (const e of entries) {
      const { page, errors } = await load(path.join(dir, e.file));
      await expect(page.frameLocator("iframe").locator("body").textContent()).resolves.not.toBe("");
      expect({ file: e.file, errors }).toEqual({ file: e.file, errors: [] });
      await page.close();
    }
  });
});
