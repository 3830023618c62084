/**
 * The add-on's own pages in a real browser, driven end to end through the google.script.run bridge: the
 * settings sidebar, the summary dialog and Help — data shown, settings saved into the sheet, keyboard only,
 * 200 % zoom, hostile values shown as text, no console errors, nothing fetched from outside.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../../local/browser";
import type { AddonRunner } from "../../local/run";
import { attachBridge, lastPage } from "../../local/ui-bridge";
import { SERVER_BINDING } from "../../local/ui-client";
import { accountWith, ROOT, type Rows, runnerFor, tab, valuesOf } from "../support/addon";
import { contrastRatio } from "../support/contrast";

const HOSTILE = ["<img src=x onerror=alert(1)>", "<script>alert(2)</script>", `"'><svg onload=alert(3)>`];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** A fresh page that records console errors, page errors, dialogs and requests outside the page. */
async function newPage(): Promise<{ page: Page; problems: string[]; dialogs: string[]; outside: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const dialogs: string[] = [];
  const outside: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("request", (r) => {
    if (!r.url().startsWith("https://netwerkplan.invalid/") && !r.url().startsWith("data:"))
      outside.push(r.url());
  });
  return { page, problems, dialogs, outside };
}

/** Elements a hostile value would add if it were markup. */
const injected = (page: Page) =>
  page.evaluate<number>(`document.querySelectorAll("img, svg, iframe, object").length`);

/** The Instellingen sidebar of `runner`'s workbook, opened as the menu opens it, in a new page. */
async function openSettings(runner: AddonRunner) {
  runner.clickFunction("menuShowSettings");
  const opened = await newPage();
  const bridge = await attachBridge(opened.page, runner);
  await bridge.show(lastPage(runner)!);
  return { ...opened, bridge };
}

function settingsAccount(extra: Rows = []) {
  return accountWith({
    Instellingen: [
      ["Sleutel", "Waarde"],
      ["Regio", "Gooi en Vechtstreek"],
      ["Jaar", 2026],
      ["Netwerknaam", HOSTILE[0]!],
      [HOSTILE[1]!, HOSTILE[2]!],
      ...extra,
    ],
  });
}

describe("the settings sidebar", () => {
  test("shows every setting with its value; hostile values as plain text; no errors, nothing from outside", async () => {
    const { account } = settingsAccount();
    const runner = runnerFor(account);
    const { page, problems, dialogs, outside, bridge } = await openSettings(runner);
    await expect(page.inputValue('input[name="Regio"]')).resolves.toBe("Gooi en Vechtstreek");
    await expect(page.inputValue('input[name="Netwerknaam"]')).resolves.toBe(HOSTILE[0]);
    // The unknown key and its value, as text.
    await expect(page.textContent("section")).resolves.toContain(HOSTILE[1]);
    await expect(page.textContent("section")).resolves.toContain(HOSTILE[2]);
    expect(await injected(page)).toBe(0);
    expect([problems, dialogs, outside]).toEqual([[], [], []]);
    await page.close();
  });

  test("checks a value when the field is left, not at every key, in a polite live region", async () => {
    const { account } = settingsAccount();
    const runner = runnerFor(account);
    const { page, problems, bridge } = await openSettings(runner);
    const colour = page.locator('input[name="Kleur Behaald"]');
    const error = page.locator(`#${await colour.getAttribute("id")}-error`);
    // A half-typed colour is no mistake yet: no message while typing, so a screen reader is not interrupted.
    await colour.fill("");
    for (const key of "#1a") {
      await page.keyboard.type(key);
      await expect(error.textContent()).resolves.toBe("");
      await expect(colour.getAttribute("aria-invalid")).resolves.toBe("false");
    }
    // Leaving the field says what is wrong, politely, where the field points to (aria-describedby).
    await page.keyboard.press("Tab");
    await expect(error.textContent()).resolves.toBe("Vul een kleurcode in zoals #57bb8a.");
    await expect(colour.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(error.getAttribute("role")).resolves.toBeNull();
    await expect(error.getAttribute("aria-live")).resolves.toBe("polite");
    await expect(colour.getAttribute("aria-describedby")).resolves.toContain(await error.getAttribute("id"));
    // Typing it right takes the message away at once.
    await colour.focus();
    await page.keyboard.type("73e8");
    await expect(error.textContent()).resolves.toBe("");
    await expect(colour.getAttribute("aria-invalid")).resolves.toBe("false");
    // No field of the sidebar announces itself as an alert.
    await expect(page.locator('[role="alert"]').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("checks a value with the rule the server uses; saving writes the sheet", async () => {
    const { account, ss } = settingsAccount();
    const runner = runnerFor(account);
    const { page, problems, bridge } = await openSettings(runner);
    await page.fill('input[name="Jaar"]', "1999");
    await page.locator('input[name="Jaar"]').blur();
    await expect(page.getAttribute('input[name="Jaar"]', "aria-invalid")).resolves.toBe("true");
    const yearError = await page.evaluate<string>(
      `document.getElementById(document.querySelector('input[name="Jaar"]').id + "-error").textContent`,
    );
    expect(yearError).toBe("Vul een jaartal in van 2000 tot en met 2100.");
    // Nothing is sent while a field is wrong.
    await page.click("#save");
    expect(bridge.calls).toEqual([]);
    await page.fill('input[name="Jaar"]', "2027");
    await page.fill('input[name="Regio"]', "Gooi");
    await page.click("#save");
    await bridge.idle();
    expect(bridge.calls.map((c) => [c.name, c.outcome])).toEqual([["saveSettings", "success"]]);
    await expect(page.textContent("#status")).resolves.toContain("Opgeslagen: 2 instellingen gewijzigd.");
    const saved = Object.fromEntries(valuesOf(tab(ss, "Instellingen")).slice(1) as [string, unknown][]);
    expect(saved).toMatchObject({ Regio: "Gooi", Jaar: 2027, Netwerknaam: HOSTILE[0] });
    // The unknown row is still there.
    expect(saved[HOSTILE[1]!]).toBe(HOSTILE[2]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("keyboard only: Tab to a field, type, Enter saves; Escape closes", async () => {
    const { account, ss } = settingsAccount();
    const runner = runnerFor(account);
    const { page, bridge } = await openSettings(runner);
    // The first field has the focus when the sidebar opens; Tab moves on in the order of the form.
    await expect(page.evaluate<string>("document.activeElement.name")).resolves.toBe("Netwerknaam");
    await page.keyboard.press("Tab");
    await expect(page.evaluate<string>("document.activeElement.name")).resolves.toBe("Regio");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Eemland");
    await page.keyboard.press("Enter");
    await bridge.idle();
    expect(valuesOf(tab(ss, "Instellingen"))[1]).toEqual(["Regio", "Eemland"]);
    await page.keyboard.press("Escape");
    await bridge.waitForHost("close");
    expect(bridge.closed).toBe(true);
    await page.close();
  });

  test("Escape over unsaved changes asks first and closes the second time; after Save it closes at once", async () => {
    const { account } = settingsAccount();
    const runner = runnerFor(account);
    const { page, problems, dialogs, bridge } = await openSettings(runner);
    await page.focus('input[name="Regio"]');
    await page.keyboard.press("End");
    await page.keyboard.type(" en omstreken");
    await page.keyboard.press("Escape");
    // Still open, the typed text still there, and the sidebar says what a second Escape does.
    expect(bridge.closed).toBe(false);
    await expect(page.inputValue('input[name="Regio"]')).resolves.toBe("Gooi en Vechtstreek en omstreken");
    await expect(page.textContent("#status")).resolves.toBe(
      "Er zijn wijzigingen die nog niet zijn opgeslagen. Druk nog een keer op Escape om toch te sluiten; de wijzigingen gaan dan verloren.",
    );
    await page.keyboard.press("Escape");
    await bridge.waitForHost("close");
    // Saved changes are no reason to ask.
    const again = await newPage();
    const second = await attachBridge(again.page, runner);
    await second.show(lastPage(runner)!);
    await again.page.focus('input[name="Regio"]');
    await again.page.keyboard.press("End");
    await again.page.keyboard.type(" en omstreken");
    await again.page.keyboard.press("Enter");
    await second.idle();
    await expect(again.page.textContent("#status")).resolves.toContain("Opgeslagen");
    await again.page.keyboard.press("Escape");
    await second.waitForHost("close");
    expect([problems, dialogs, again.problems, again.dialogs]).toEqual([[], [], [], []]);
    await page.close();
    await again.page.close();
  });

  test("Escape does nothing while a save is busy; once it is answered, Escape closes", async () => {
    const { account, ss } = settingsAccount();
    const runner = runnerFor(account);
    const { page, problems, bridge } = await openSettings(runner);
    // The server takes its time: its answer waits until the test lets it through.
    await page.evaluate(`(() => {
      const server = window.${SERVER_BINDING};
      window.__held = [];
      window.${SERVER_BINDING} = (name, args) => new Promise((done) => window.__held.push(() => done(server(name, args))));
    })()`);
    await page.fill('input[name="Regio"]', "Eemland");
    await page.click("#save");
    await page.waitForFunction("window.__held.length === 1");
    await expect(page.textContent("#status")).resolves.toBe("Bezig met opslaan…");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    expect(bridge.closed).toBe(false);
    await expect(page.textContent("#status")).resolves.toBe("Bezig met opslaan…");
    await page.evaluate("window.__held[0]()");
    await bridge.idle();
    expect(valuesOf(tab(ss, "Instellingen"))[1]).toEqual(["Regio", "Eemland"]);
    await page.keyboard.press("Escape");
    await bridge.waitForHost("close");
    expect(problems).toEqual([]);
    await page.close();
  });

  test("readable at 200 % zoom: nothing wider than the sidebar", async () => {
    const { account } = settingsAccount();
    const runner = runnerFor(account);
    const { page, bridge } = await openSettings(runner);
    // A 300 px sidebar at 200 % zoom has 150 CSS pixels.
    await page.setViewportSize({ width: 150, height: 700 });
    const overflow = await page.evaluate<number>(
      "document.documentElement.scrollWidth - document.documentElement.clientWidth",
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe("the summary dialog", () => {
  const activities: Rows = [
    ["Project", "Onderwerp", "Trekker", "Deadline", "Fase", "Status"],
    ["Levenspad", "Folder", "NWC", "morgen", "Uitvoering", "Op schema"],
    ["Levenspad", "Scholing", "NWC", "Dec. 2026", "Uitvoering", HOSTILE[0]!],
    ["Levenspad", "Overleg", "NWC", "Dec. 2026", "Uitvoering", "Op  schema"],
  ];

  test("counts, the first problems as links that jump to their cell and close the dialog; hostile text as text", async () => {
    const { account, ss } = accountWith({
      Activiteiten: activities,
      Projecten: [["Naam"], ["Levenspad"]],
      Leden: [
        ["Naam", "E-mail", "Rol"],
        ["Sanne", "s@example.org", "NWC"],
      ],
    });
    const runner = runnerFor(account);
    runner.click("Valideren");
    const { page, problems, dialogs } = await newPage();
    const bridge = await attachBridge(page, runner);
    await bridge.show(lastPage(runner)!);
    const text = (await page.textContent("body")) ?? "";
    expect(text).toContain("Activiteiten gelezen");
    expect(text).toContain(HOSTILE[0]);
    expect(await injected(page)).toBe(0);
    // What was typed is shown as typed: the two spaces a message is about are not collapsed on screen.
    const shown = await page.$$eval(".message", (els) =>
      // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered (spaces collapsed or not) is the point
      els.map((e) => (e as unknown as { innerText: string }).innerText),
    );
    expect(shown.some((m) => m.includes("‘Op  schema’"))).toBe(true);
    const links = await page.$$eval("button[data-tab]", (els) => els.map((e) => e.textContent?.trim()));
    expect(links).toContain("Activiteiten, rij 2 (Deadline)");
    await page.click('button[data-a1="D2"]');
    await bridge.idle();
    expect(bridge.calls.map((c) => [c.name, c.args])).toEqual([["goToRange", ["Activiteiten", "D2"]]]);
    expect(ss.sheets.find((s) => s.id === ss.activeSheetId)?.name).toBe("Activiteiten");
    expect(bridge.closed).toBe(true);
    expect([problems, dialogs]).toEqual([[], []]);
    await page.close();
  });

  test("at 200 % zoom a count is never split over two lines, and nothing is wider than the dialog", async () => {
    // Twelve activities: two-digit counts, as a real network has.
    const rows = Array.from({ length: 12 }, (_, i) => [
      "Levenspad",
      `Onderwerp ${i + 1}`,
      "NWC",
      "Dec. 2026",
      "Uitvoering",
      "Op schema",
    ]);
    const { account } = accountWith({
      Activiteiten: [activities[0]!, ...rows],
      Projecten: [["Naam"], ["Levenspad"]],
      Leden: [
        ["Naam", "E-mail", "Rol"],
        ["Sanne", "s@example.org", "NWC"],
      ],
    });
    const runner = runnerFor(account);
    // The report's counts have a long label beside a short number ("Deadline in de komende drie maanden").
    expect(runner.click("Rapport genereren").value).toMatchObject({ outcome: "ok" });
    const { page } = await newPage();
    const bridge = await attachBridge(page, runner);
    await bridge.show(lastPage(runner)!);
    // The dialog's 520 px at 200 % zoom: 260 CSS pixels.
    await page.setViewportSize({ width: 260, height: 230 });
    const counts = await page.evaluate<
      { text: string; lines: number }[]
    >(`[...document.querySelectorAll("td.number")].map((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      return { text: td.textContent, lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
    })`);
    expect(counts).toContainEqual({ text: "12", lines: 1 });
    expect(counts.filter((c) => c.lines !== 1)).toEqual([]);
    await expect(
      page.evaluate<number>("document.documentElement.scrollWidth - document.documentElement.clientWidth"),
    ).resolves.toBeLessThanOrEqual(0);
    await page.close();
  });

  test("Enter or Escape closes it (the Close button has the focus)", async () => {
    const { account } = accountWith({
      Activiteiten: activities,
      Projecten: [["Naam"], ["Levenspad"]],
      Leden: [["Naam", "E-mail"]],
    });
    const runner = runnerFor(account);
    runner.click("Werkblad inrichten");
    for (const key of ["Enter", "Escape"]) {
      const { page } = await newPage();
      const bridge = await attachBridge(page, runner);
      await bridge.show(lastPage(runner)!);
      await page.keyboard.press(key);
      await bridge.waitForHost("close");
      await page.close();
    }
  });
});

describe("Help", () => {
  test("opens at its top; a button opens a tab; English with Taal en", async () => {
    const { account, ss } = accountWith({
      Activiteiten: [["Project"]],
      Instellingen: [
        ["Sleutel", "Waarde"],
        ["Taal", "en"],
      ],
    });
    const runner = runnerFor(account);
    runner.clickFunction("menuShowHelp");
    const { page, problems } = await newPage();
    const bridge = await attachBridge(page, runner);
    await bridge.show(lastPage(runner)!);
    await expect(page.textContent("h1")).resolves.toBe("Netwerkplan — help");
    await expect(page.evaluate<number>("window.scrollY")).resolves.toBe(0);
    await page.click('button[data-tab="Activiteiten"]');
    await bridge.idle();
    expect(ss.sheets.find((s) => s.id === ss.activeSheetId)?.name).toBe("Activiteiten");
    expect(problems).toEqual([]);
    await page.close();
  });

  test("a button whose tab does not exist says so next to it, and what to do; Help stays open", async () => {
    // No Vergaderingen tab: Werkblad inrichten has not made it yet.
    const { account } = accountWith({ Activiteiten: [["Project"]] });
    const runner = runnerFor(account);
    runner.clickFunction("menuShowHelp");
    const { page, problems } = await newPage();
    const bridge = await attachBridge(page, runner);
    await bridge.show(lastPage(runner)!);
    const button = page.locator('button[data-tab="Vergaderingen"]');
    await button.click();
    await bridge.idle();
    expect(bridge.closed).toBe(false);
    const said = "Het tabblad ‘Vergaderingen’ bestaat niet; kies Werkblad inrichten om het te maken.";
    // Right below the button (not in the status line at the end of the page), in view, and read out politely.
    const message = page.locator(`#${await button.getAttribute("data-status")}`);
    await expect(message.textContent()).resolves.toBe(said);
    await expect(message.getAttribute("aria-live")).resolves.toBe("polite");
    await expect(button.getAttribute("aria-describedby")).resolves.toBe(await message.getAttribute("id"));
    const [b, m, height] = await Promise.all([
      button.boundingBox(),
      message.boundingBox(),
      page.evaluate<number>("window.innerHeight"),
    ]);
    expect(m!.y).toBeGreaterThanOrEqual(b!.y + b!.height - 1);
    expect(m!.y - (b!.y + b!.height)).toBeLessThan(20);
    expect(m!.y + m!.height).toBeLessThanOrEqual(height);
    await expect(page.textContent("#status")).resolves.toBe("");
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("the shared styles (src/ui/Styles.html)", () => {
  test("the contrast helper gives WCAG's ratios", () => {
    expect(contrastRatio("#000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#1a73e8", "#e8f0fe")).toBeCloseTo(3.93, 2);
    expect(contrastRatio("rgb(23, 78, 166)", "#e8f0fe")).toBeCloseTo(6.85, 2);
    expect(contrastRatio("#dadce0", "#fff")).toBeCloseTo(1.37, 2);
    expect(contrastRatio("#ffffff", "#80868b")).toBeCloseTo(3.68, 2);
  });

  test("text on its background at least 4.5:1 (WCAG 1.4.3); a field's border at least 3:1 on white (1.4.11)", async () => {
    const styles = fs.readFileSync(path.join(ROOT, "src", "ui", "Styles.html"), "utf8");
    const { page } = await newPage();
    await page.setContent(`<!DOCTYPE html><html lang="nl"><head>${styles}</head><body>
      <p class="status busy">Bezig met de agenda… Sluit dit venster niet.</p>
      <p class="status ok">Opgeslagen.</p>
      <p class="status error">Dat lukte niet.</p>
      <p class="muted">Uitleg</p>
      <div class="error">Vul een jaartal in.</div>
      <div class="jump-status">Het tabblad bestaat niet.</div>
      <button type="button" class="primary">Opslaan</button>
      <button type="button">Sluiten</button>
      <button type="button" class="link">Ga naar Leden</button>
      <input type="text" value="Gooi"><select><option>nl</option></select><textarea>tekst</textarea>
    </body></html>`);
    const seen = await page.evaluate(`[...document.body.children].map((el) => {
      const css = getComputedStyle(el);
      const background = css.backgroundColor === "rgba(0, 0, 0, 0)" ? "rgb(255, 255, 255)" : css.backgroundColor;
      return { what: el.outerHTML.slice(0, el.outerHTML.indexOf(">") + 1), field: /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName), colour: css.color, background, border: css.borderTopColor };
    })`);
    const low = (
      seen as { what: string; field: boolean; colour: string; background: string; border: string }[]
    ).flatMap((s) => {
      const text = contrastRatio(s.colour, s.background);
      const border = contrastRatio(s.border, "#ffffff");
      return [
        ...(text < 4.5 ? [`${s.what} text ${text.toFixed(2)}:1`] : []),
        ...(s.field && border < 3 ? [`${s.what} border ${border.toFixed(2)}:1`] : []),
      ];
    });
    expect(low).toEqual([]);
    await page.close();
  });
});
