/**
 * out/index.html as a person sees it: the example network run through the bundle, the preview rendered,
 * and opened in headless Chromium (the one local/browser.ts finds, driven by playwright-core).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../../local/browser";
import { Account } from "../../local/emulator/account";
import { renderPreview } from "../../local/io/preview";
import { readXlsx } from "../../local/io/xlsx";
import { ROOT, runnerFor } from "../support/addon";

let browser: Browser;
let file = "";
let projects: string[] = [];

beforeAll(async () => {
  const account = new Account();
  const ss = await readXlsx(path.join(ROOT, "examples", "voorbeeldnetwerk.xlsx"), {
    id: account.newFileId(),
  });
  account.addSpreadsheet(ss);
  account.data.activeSpreadsheetId = ss.id;
  const runner = runnerFor(account, "2026-11-22");
  const r = runner.click("Dashboards genereren");
  expect(r.value).toMatchObject({ outcome: "ok" });
  projects = (r.value as { details: { dashboards: { tab: string }[] } }).details.dashboards.map((d) => d.tab);
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "preview-")), "index.html");
  const tabs = ["Overzicht", ...projects];
  fs.writeFileSync(file, renderPreview(ss, { title: "Voorbeeldnetwerk", today: "2026-11-22", tabs }));
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

test("the preview loads without errors and shows the overview and one section per dashboard", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  const requests: string[] = [];
  page.on("request", (req) => requests.push(req.url()));
  await page.goto(`file://${file}`);
  const tabs = await page.$$eval("section[data-tab]", (els) => els.map((e) => e.getAttribute("data-tab")));
  expect(tabs).toEqual(["Overzicht", ...projects]);
  // Every dashboard shows its title band and a drawn status chart.
  for (const tab of projects) {
    const section = page.locator(`section[data-tab="${tab}"]`);
    await expect(section.locator("svg").count()).resolves.toBeGreaterThan(0);
    await expect(section.textContent()).resolves.toContain("Acties komende 12 maanden");
    await expect(section.textContent()).resolves.toContain("Dashboard Gooi en Vechtstreek: ");
  }
  // The page is readable: the sections have a real size on a laptop screen.
  const box = await page.locator(`section[data-tab="${projects[1]}"]`).boundingBox();
  expect(box?.width).toBeGreaterThan(800);
  expect(errors).toEqual([]);
  expect(requests.filter((u) => !u.startsWith("file://") && !u.startsWith("data:"))).toEqual([]);
  await page.close();
});

test("it prints each dashboard on its own A4 landscape page", async () => {
  const page = await browser.newPage();
  await page.goto(`file://${file}`);
  const pdf = await page.pdf({ format: "A4", landscape: true, printBackground: true });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  // Overview (may take more than one page) + at least one page per dashboard.
  expect(pages).toBeGreaterThanOrEqual(projects.length + 1);
  await page.close();
});
