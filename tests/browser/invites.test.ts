/**
 * The invitation preview and the year planning dialog in a real browser, driven through the google.script.run
 * bridge: the right counts and people, hostile titles shown as text, confirming with the keyboard, the
 * planning's preview rendered before anything is written, no console errors, nothing fetched from outside.
 */
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../../local/browser";
import { calendarDataOf, eventsOf } from "../../local/emulator/calendar";
import { frameSize } from "../../local/io/screens";
import { attachBridge, lastPage } from "../../local/ui-bridge";
import { SERVER_BINDING } from "../../local/ui-client";
import { accountWith, type Rows, runnerFor, tab, valuesOf } from "../support/addon";
import { contrastRatio } from "../support/contrast";
import { MEETINGS_HEADER as MEETING_HEADER, meetingRow } from "../support/invite-fixtures";

const HOSTILE = "<img src=x onerror=alert(1)>";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function newPage(): Promise<{ page: Page; problems: string[]; outside: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const outside: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on("request", (r) => {
    if (!r.url().startsWith("https://netwerkplan.invalid/") && !r.url().startsWith("data:"))
      outside.push(r.url());
  });
  return { page, problems, outside };
}

const injected = (page: Page) =>
  page.evaluate<number>(`document.querySelectorAll("img, svg, iframe, object").length`);

function network(meetings: Rows, members: Rows = []) {
  return accountWith({
    Leden: [
      ["Naam", "E-mail", "Rol", "Groepen", "Actief"],
      ["Anna de Vries", "anna@example.org", "", "Kerngroep", true],
      [HOSTILE, "bas@example.org", "", "Kerngroep, Bestuurders", true],
      ...members,
    ],
    Vergaderingen: [MEETING_HEADER, ...meetings],
    Instellingen: [
      ["Sleutel", "Waarde"],
      ["Jaar", 2026],
    ],
  });
}

/** Uitnodigingen versturen… clicked in `account` and its preview shown in a fresh page with the bridge. */
async function openPreview(account: Parameters<typeof runnerFor>[0]) {
  const runner = runnerFor(account, "2026-01-05");
  runner.clickFunction("menuSendInvitations");
  const opened = await newPage();
  const bridge = await attachBridge(opened.page, runner);
  await bridge.show(lastPage(runner)!);
  return { ...opened, runner, bridge };
}

describe("the invitation preview", () => {
  test("shows the counts and who gets mail; a hostile title and name as text; confirming from the keyboard sends", async () => {
    const { account, ss } = network([
      ["Kerngroep", HOSTILE, "10-03-2026", "14:00", "", "Bureau", "", false, "", "", ""],
      ["Bestuurders", "Bestuur", "12-05-2026", "10:00", "12:00", "", "", false, "", "", ""],
    ]);
    const { runner, page, problems, outside, bridge } = await openPreview(account);

    await expect(page.textContent("#counts")).resolves.toMatch(/Wordt aangemaakt\s*2/);
    await expect(page.textContent("#mail-total")).resolves.toBe("3 e-mails aan 2 personen.");
    await expect(page.textContent("#cancel")).resolves.toBe("Sluiten zonder te versturen");
    const titles = await page.$$eval("li.item .title", (els) => els.map((e) => e.textContent));
    expect(titles).toEqual([`Kerngroep: ${HOSTILE}`, "Bestuurders: Bestuur"]);
    const mail = await page.$$eval("ul.mail li", (els) => els.map((e) => e.textContent));
    expect(mail).toContain(`${HOSTILE} <bas@example.org> — uitnodiging`);
    expect(await injected(page)).toBe(0);
    // Nothing was sent by showing it.
    expect(eventsOf(account)).toEqual([]);

    // The keyboard: the heading has focus; Tab reaches the confirm button; Enter presses it.
    await expect(page.evaluate<string | undefined>("document.activeElement?.id")).resolves.toBe("title");
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = (await page.evaluate<string | undefined>("document.activeElement?.id")) === "confirm";
    }
    expect(reached).toBe(true);
    await page.keyboard.press("Enter");
    await bridge.idle();
    expect(bridge.calls.map((c) => [c.name, c.outcome])).toEqual([["confirmInvitations", "success"]]);
    await expect(page.textContent("#status")).resolves.toContain("2 aangemaakt");
    expect(eventsOf(account)).toHaveLength(2);
    expect(calendarDataOf(account).mails).toHaveLength(3);
    expect(valuesOf(tab(ss, "Vergaderingen"))[1]![9]).toBe("verstuurd");
    // The summary dialog followed; its title as text too.
    const summary = lastPage(runner)!;
    expect(summary.html).toContain("2 aangemaakt, 0 bijgewerkt");
    expect([problems, outside]).toEqual([[], []]);
    await page.close();
  });

  test("after confirming, the outcome is shown at the top, in view and focused; the intro no longer says nothing has happened", async () => {
    // Enough meetings that the preview is longer than its dialog: the buttons are at the bottom.
    const months = ["02", "03", "04", "05", "06", "07", "09", "10", "11"];
    const { account } = network(months.map((m) => meetingRow(`10-${m}-2026`)));
    const { page, problems, bridge } = await openPreview(account);
    const size = () =>
      page.evaluate<{ scroll: number; view: number; y: number }>(
        "({ scroll: document.documentElement.scrollHeight, view: window.innerHeight, y: window.scrollY })",
      );
    expect((await size()).scroll).toBeGreaterThan((await size()).view);
    await expect(page.textContent("#intro")).resolves.toContain("Er gebeurt niets totdat u");
    await page.click("#confirm");
    await bridge.idle();
    expect(bridge.calls.map((c) => [c.name, c.outcome])).toEqual([["confirmInvitations", "success"]]);
    expect(eventsOf(account)).toHaveLength(months.length);
    await expect(page.textContent("#status")).resolves.toContain("9 aangemaakt");
    // In view (the dialog is scrolled to the top) and focused, so a screen reader reads it too.
    const box = await page.evaluate<{ top: number; bottom: number }>(
      "(() => { const r = document.getElementById('status').getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; })()",
    );
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual((await size()).view);
    expect((await size()).y).toBe(0);
    await expect(page.evaluate<string | undefined>("document.activeElement?.id")).resolves.toBe("status");
    // It has happened: the intro says so instead of "nothing happens until you click".
    const intro = await page.textContent("#intro");
    expect(intro).not.toContain("Er gebeurt niets");
    expect(intro).toBe(
      "U heeft bevestigd. Hierboven staat wat Netwerkplan heeft gedaan; hieronder staat nog wat het voorbeeld liet zien.",
    );
    await expect(page.isHidden("#confirm")).resolves.toBe(true);
    await expect(page.textContent("#cancel")).resolves.toBe("Sluiten");
    expect(problems).toEqual([]);
    await page.close();
  });

  test("a preview that is out of date sends nothing and says so; Escape closes", async () => {
    const { account, ss } = network([
      ["Kerngroep", "Overleg", "10-03-2026", "14:00", "", "", "", false, "", "", ""],
    ]);
    const { page, problems, bridge } = await openPreview(account);
    tab(ss, "Vergaderingen").cells[1]![3] = { v: "15:00" };
    await page.click("#confirm");
    await bridge.idle();
    await expect(page.textContent("#status")).resolves.toContain("veranderd sinds dit voorbeeld");
    await expect(page.isDisabled("#confirm")).resolves.toBe(true);
    expect(eventsOf(account)).toEqual([]);
    await page.keyboard.press("Escape");
    expect(bridge.closed).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("Escape does nothing while the calendar is busy (the page says not to close it); afterwards it closes", async () => {
    const { account } = network([
      ["Kerngroep", "Overleg", "10-03-2026", "14:00", "", "", "", false, "", "", ""],
    ]);
    const { page, problems, bridge } = await openPreview(account);
    // The server takes its time: its answer waits until the test lets it through.
    await page.evaluate(`(() => {
      const server = window.${SERVER_BINDING};
      window.__held = [];
      window.${SERVER_BINDING} = (name, args) => new Promise((done) => window.__held.push(() => done(server(name, args))));
    })()`);
    await page.click("#confirm");
    await page.waitForFunction("window.__held.length === 1");
    await expect(page.textContent("#status")).resolves.toBe("Bezig met de agenda… Sluit dit venster niet.");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    expect(bridge.closed).toBe(false);
    await page.evaluate("window.__held[0]()");
    await bridge.idle();
    expect(eventsOf(account)).toHaveLength(1);
    await expect(page.textContent("#status")).resolves.toContain("1 aangemaakt");
    await page.keyboard.press("Escape");
    await bridge.waitForHost("close");
    expect(problems).toEqual([]);
    await page.close();
  });

  test("nothing to do: no confirm button, only Close", async () => {
    const { account } = network([]);
    const { page } = await openPreview(account);
    await expect(page.$("#confirm")).resolves.toBeNull();
    await expect(page.textContent("#cancel")).resolves.toBe("Sluiten");
    await page.close();
  });

  test("rows with an error and a member without an address are listed in the preview itself, as text", async () => {
    const { account } = network(
      [
        ["Kerngroepp", "Overleg", "10-03-2026", "14:00", "", "", "", false, "", "", ""],
        ["Kerngroep", "Overleg", "volgende week", "14:00", "", "", "", false, "", "", ""],
        ["Kerngroep", "Overleg", "12-05-2026", "14:00", "13:00", "", "", false, "", "", ""],
      ],
      [[`${HOSTILE} zonder adres`, "jan@", "", "Kerngroep", true]],
    );
    const first = await openPreview(account);
    // The errors are not in Uitnodiging yet: that is work, row by row, and the button is there for it.
    await expect(first.page.textContent("#confirm")).resolves.toBe("Bevestigen");
    await expect(
      first.page.$$eval("#notice-statuses li", (els) => els.map((e) => e.textContent ?? "")),
    ).resolves.toEqual([2, 3, 4].map((row) => `Rij ${row}: de fout wordt in Uitnodiging gezet.`));
    await first.page.click("#confirm");
    await first.bridge.idle();
    expect(eventsOf(account)).toEqual([]);
    await first.page.close();

    const { page, problems } = await openPreview(account);
    // Written: nothing to do, no button, and the intro neither names one nor says all is well.
    await expect(page.$("#confirm")).resolves.toBeNull();
    await expect(page.$("#notice-statuses")).resolves.toBeNull();
    const intro = await page.textContent("p");
    expect(intro).not.toContain("Bevestigen");
    expect(intro).toContain("rijen met een fout");
    const rows = await page.$$eval("#notice-left-out li", (els) => els.map((e) => e.textContent ?? ""));
    expect(rows.map((r) => r.slice(0, r.indexOf(":")))).toEqual([
      "Rij 2, Groep",
      "Rij 3, Datum",
      "Rij 4, Eindtijd",
    ]);
    expect(rows[0]).toContain("‘Kerngroepp’");
    // No meeting is planned, so nobody is missing an invitation yet.
    await expect(page.$("#notice-not-invited")).resolves.toBeNull();
    await page.close();

    // One good row: now she is named, as text, as the one who gets no invitation.
    const good = network(
      [["Kerngroep", "Overleg", "10-03-2026", "14:00", "", "", "", false, "", "", ""]],
      [[`${HOSTILE} zonder adres`, "jan@", "", "Kerngroep", true]],
    );
    const next = await openPreview(good.account);
    await expect(next.page.textContent("#notice-not-invited li")).resolves.toBe(
      `${HOSTILE} zonder adres (Kerngroep) krijgt geen uitnodiging: in Leden (rij 4) staat geen geldig e-mailadres.`,
    );
    await expect(next.page.textContent("#mail-total")).resolves.toBe("2 e-mails aan 2 personen.");
    expect(await injected(next.page)).toBe(0);
    expect([first.problems, problems, next.problems]).toEqual([[], [], []]);
    await next.page.close();
  });
});

describe("the year planning dialog", () => {
  test("at 200 % zoom the fields wrap: every choice readable in its drop-down, no month's name split; borders 3:1", async () => {
    const { account } = network([]);
    const runner = runnerFor(account, "2026-01-05");
    runner.clickFunction("menuPlanMeetings");
    const { page, problems } = await newPage();
    const bridge = await attachBridge(page, runner);
    const shown = lastPage(runner)!;
    await bridge.show(shown);
    const { width, height } = frameSize(shown);
    await page.setViewportSize({ width: Math.round(width / 2), height: Math.round(height / 2) });
    await page.check('input[name="mode"][value="months"]');
    const seen = await page.evaluate<{
      split: string[];
      cut: string[];
      overflow: number;
      borders: { id: string; colour: string }[];
    }>(`(() => {
      const lines = (node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      };
      const split = [...document.querySelectorAll("#month-fields label")]
        .filter((label) => lines(label.lastChild) !== 1)
        .map((label) => label.textContent.trim());
      // The longest choice of each drop-down, measured in its font, against the room left of its arrow.
      const probe = document.createElement("span");
      probe.style.cssText = "position: absolute; visibility: hidden; white-space: nowrap";
      document.body.appendChild(probe);
      const cut = [...document.querySelectorAll("select")].filter((s) => s.offsetParent !== null).flatMap((s) => {
        const css = getComputedStyle(s);
        probe.style.font = css.font;
        const longest = [...s.options].map((o) => o.text).sort((a, b) => b.length - a.length)[0] || "";
        probe.textContent = longest;
        const room = s.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight) - 16;
        return probe.offsetWidth > room ? [s.id + ": " + longest] : [];
      });
      probe.remove();
      const borders = [...document.querySelectorAll("input[type=text], input[type=number], select, textarea")].map(
        (el) => ({ id: el.id, colour: getComputedStyle(el).borderTopColor }),
      );
      return { split, cut, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, borders };
    })()`);
    expect([seen.split, seen.cut, seen.overflow]).toEqual([[], [], 0]);
    // Donderdag, the longest weekday, is among the choices measured.
    await expect(page.$$eval("#weekday option", (os) => os.map((o) => o.textContent))).resolves.toContain(
      "donderdag",
    );
    expect(seen.borders.length).toBeGreaterThan(5);
    expect(seen.borders.filter((b) => contrastRatio(b.colour, "#ffffff") < 3)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("previews the rows, then adds them; a hostile title stays text; changing the form asks for a new preview", async () => {
    const { account, ss } = network([]);
    const runner = runnerFor(account, "2026-01-05");
    runner.clickFunction("menuPlanMeetings");
    const { page, problems, outside } = await newPage();
    const bridge = await attachBridge(page, runner);
    await bridge.show(lastPage(runner)!);

    await page.selectOption("#group", "Kerngroep");
    await page.fill("#f-title", HOSTILE);
    await page.click("#preview");
    await bridge.idle();
    const rows = await page.$$eval("#rows tbody tr", (trs) => trs.map((tr) => tr.textContent));
    // Four times from January: the second Tuesdays of January, April, July and October.
    expect(rows).toEqual([
      "di 13 jan 202614:00–16:00",
      "di 14 apr 202614:00–16:00",
      "di 14 jul 202614:00–16:00",
      "di 13 okt 202614:00–16:00",
    ]);
    expect(valuesOf(tab(ss, "Vergaderingen"))).toHaveLength(1);
    // Editing the form withdraws the preview.
    await page.fill("#start", "15:00");
    await expect(page.isDisabled("#add")).resolves.toBe(true);
    await page.click("#preview");
    await bridge.idle();
    await page.click("#add");
    await bridge.idle();
    await expect(page.textContent("#status")).resolves.toBe(
      "4 vergaderingen toegevoegd aan Vergaderingen (rij 2 tot en met 5).",
    );
    // The button is disabled once pressed: focus goes to the message, not to the page.
    await expect(page.evaluate<string | undefined>("document.activeElement?.id")).resolves.toBe("status");
    const written = valuesOf(tab(ss, "Vergaderingen"));
    expect(written.slice(1).map((r) => [r[0], r[1], r[3], r[4]])).toEqual(
      Array.from({ length: 4 }, () => ["Kerngroep", HOSTILE, "15:00", "17:00"]),
    );
    expect(await injected(page)).toBe(0);
    expect(bridge.calls.map((c) => c.name)).toEqual([
      "previewMeetingPlan",
      "previewMeetingPlan",
      "addPlannedMeetings",
    ]);
    expect([problems, outside]).toEqual([[], []]);
    await page.close();
  });

  /** Jaarplanning vergaderingen… clicked in a network without meetings, its dialog in a fresh page. */
  async function openPlanning() {
    const { account, ss } = network([]);
    const runner = runnerFor(account, "2026-01-05");
    runner.clickFunction("menuPlanMeetings");
    const opened = await newPage();
    const bridge = await attachBridge(opened.page, runner);
    await bridge.show(lastPage(runner)!);
    const preview = async () => {
      await opened.page.click("#preview");
      await bridge.idle();
      return opened.page.$$eval("#rows tbody tr td:first-child", (tds) => tds.map((td) => td.textContent));
    };
    return { ...opened, ss, bridge, preview };
  }
  const MONTH_BOXES = 'input[name="months"]';
  const visible = async (page: Page, selector: string) =>
    Promise.all((await page.locator(selector).all()).map((el) => el.isVisible()));

  test("a mode shows only its own fields, and the preview uses what is shown", async () => {
    const { page, problems, preview } = await openPlanning();
    await page.selectOption("#group", "Kerngroep");
    // A number of times a year: the count and its first month; no month boxes to tick.
    await expect(visible(page, "#count, #firstMonth")).resolves.toEqual([true, true]);
    await expect(visible(page, MONTH_BOXES)).resolves.toEqual(Array(12).fill(false));
    await expect(preview()).resolves.toEqual([
      "di 13 jan 2026",
      "di 14 apr 2026",
      "di 14 jul 2026",
      "di 13 okt 2026",
    ]);
    // In these months: the twelve boxes, and no count.
    await page.check('input[name="mode"][value="months"]');
    await expect(visible(page, MONTH_BOXES)).resolves.toEqual(Array(12).fill(true));
    await expect(visible(page, "#count, #firstMonth")).resolves.toEqual([false, false]);
    for (const month of ["3", "6", "9", "12"]) await page.check(`${MONTH_BOXES}[value="${month}"]`);
    // The second Tuesdays of the months ticked.
    await expect(preview()).resolves.toEqual([
      "di 10 mrt 2026",
      "di 9 jun 2026",
      "di 8 sep 2026",
      "di 8 dec 2026",
    ]);
    // Back to a number of times: the ticks are out of sight and out of the plan.
    await page.check('input[name="mode"][value="count"]');
    await expect(visible(page, MONTH_BOXES)).resolves.toEqual(Array(12).fill(false));
    await expect(preview()).resolves.toHaveLength(4);
    await expect(page.textContent("#rows tbody")).resolves.toContain("di 14 apr 2026");
    // Each group is named by its legend; the choice of mode holds only the two choices.
    const when = page.getByRole("group", { name: "Wanneer in het jaar" });
    await expect(when.getByRole("radio").count()).resolves.toBe(2);
    await expect(when.getByRole("checkbox").count()).resolves.toBe(0);
    await expect(page.getByRole("group", { name: "Een aantal keer per jaar" }).isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByRole("radiogroup").count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("no month ticked: the error is tied to the month boxes and the first one gets focus", async () => {
    const { page, problems, preview } = await openPlanning();
    await page.check('input[name="mode"][value="months"]');
    await expect(preview()).resolves.toEqual([]);
    await expect(page.textContent("#err-months")).resolves.toBe("Kies ten minste één maand.");
    await expect(
      page.evaluate<string>("document.activeElement.name + '=' + document.activeElement.value"),
    ).resolves.toBe("months=1");
    const januari = page.getByRole("checkbox", { name: "januari" });
    await expect(januari.getAttribute("aria-describedby")).resolves.toBe("err-months");
    await expect(januari.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(
      page.getByRole("group", { name: "In deze maanden" }).getByRole("checkbox").count(),
    ).resolves.toBe(12);
    // Ticking one and asking again clears the mark.
    await page.check(`${MONTH_BOXES}[value="5"]`);
    await expect(preview()).resolves.toEqual(["di 12 mei 2026"]);
    await expect(januari.getAttribute("aria-invalid")).resolves.toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });

  test("times as Vergaderingen takes them; a night hour and a date that does not exist are explained", async () => {
    const { page, problems, preview } = await openPlanning();
    await page.selectOption("#group", "Kerngroep");
    await page.fill("#start", "9u30");
    await page.fill("#end", "1130");
    await expect(preview()).resolves.toHaveLength(4);
    await expect(page.textContent("#rows tbody tr td:nth-child(2)")).resolves.toBe("09:30–11:30");
    await page.fill("#start", "14");
    await page.fill("#end", "");
    await expect(preview()).resolves.toHaveLength(4);
    await expect(page.textContent("#rows tbody tr td:nth-child(2)")).resolves.toBe("14:00–16:00");
    await page.fill("#start", "2");
    await page.fill("#exclude", "31-02-2026");
    await preview();
    await expect(page.textContent("#err-start")).resolves.toContain(
      "‘2’ is gelezen als 02:00 ’s nachts. Bedoelt u 14:00?",
    );
    await expect(page.textContent("#err-exclude")).resolves.toBe(
      "31 februari 2026 bestaat niet (‘31-02-2026’): februari 2026 heeft 28 dagen.",
    );
    await expect(page.evaluate<string | undefined>("document.activeElement?.id")).resolves.toBe("start");
    expect(problems).toEqual([]);
    await page.close();
  });

  test("field errors are shown beside their field and marked; nothing is written", async () => {
    const { account, ss } = network([]);
    const runner = runnerFor(account, "2026-01-05");
    runner.clickFunction("menuPlanMeetings");
    const { page, problems } = await newPage();
    const bridge = await attachBridge(page, runner);
    await bridge.show(lastPage(runner)!);
    await page.fill("#start", "25:00");
    await page.fill("#exclude", "morgen");
    await page.click("#preview");
    await bridge.idle();
    await expect(page.textContent("#err-start")).resolves.toBe("Vul een tijd in zoals 14:00.");
    await expect(page.textContent("#err-exclude")).resolves.toContain("morgen");
    await expect(page.getAttribute("#start", "aria-invalid")).resolves.toBe("true");
    await expect(page.evaluate<string | undefined>("document.activeElement?.id")).resolves.toBe("start");
    await expect(page.isHidden("#result")).resolves.toBe(true);
    expect(valuesOf(tab(ss, "Vergaderingen"))).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
