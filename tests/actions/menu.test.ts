/** The menu and the frame every action runs in (one lock per click, errors said clearly), through the bundle. */
import { createExecutionContext, createGlobals } from "../../local/emulator/index";
import { lastPage } from "../../local/ui-bridge";
import { accountWith, runnerFor } from "../support/addon";

const _ACTIVITY_HEADER = ["Project", "Thema", "Onderwerp", "Trekker", "Deadline", "Fase", "Status"];

describe("the action frame", () => {
  test("a second run while one holds the lock gets a clear message and changes nothing", () => {
    const { account, ss } = accountWith({});
    const runner = runnerFor(account);
    // Another execution holds the document lock (a run still busy in another browser tab).
    const ctx = createExecutionContext({ account });
    const globals = createGlobals(ctx) as { LockService: GoogleAppsScript.Lock.LockService };
    expect(globals.LockService.getDocumentLock().tryLock(100)).toBe(true);
    const before = JSON.stringify(ss);
    const r = runner.click("Werkblad inrichten");
    expect(r.value).toMatchObject({ outcome: "error", message: expect.stringContaining("al bezig") });
    expect(JSON.stringify(ss)).toBe(before);
  });

  test("a failing service call ends in a clear message and releases the lock", () => {
    const { account } = accountWith({});
    const runner = runnerFor(account);
    runner.faults = [{ method: "Sheets.Spreadsheets.batchUpdate", call: 1 }];
    const r = runner.click("Werkblad inrichten");
    expect(r.value).toMatchObject({
      outcome: "error",
      message: expect.stringMatching(
        /^‘Werkblad inrichten’ is niet gelukt: de dagelijkse limiet van Google voor deze dienst is bereikt\. Technische melding van Google: Service invoked too many times for one day: /,
      ),
    });
    // The dialog says what to do once, by the kind of failure (a daily limit: tomorrow), and labels Google's text.
    const dialog = lastPage(runner)?.html ?? "";
    expect(dialog).toContain("morgen opnieuw");
    expect(dialog).not.toMatch(/Probeer het zo|paar minuten/);
    expect(dialog).toMatch(
      /Technische melding van Google: <span lang="en">Service invoked too many times for one day: /,
    );
    runner.faults = [];
    // The lock was released: the next click works and completes the setup.
    const again = runner.click("Werkblad inrichten");
    expect(again.value).toMatchObject({ outcome: "ok" });
  });

  test("the calendar items without a Vergaderingen tab say what to do and change nothing", () => {
    const { account, ss } = accountWith({});
    const runner = runnerFor(account);
    const before = JSON.stringify(ss);
    // Every item is built now; these two need the tab Werkblad inrichten makes.
    for (const caption of ["Uitnodigingen versturen…", "Jaarplanning vergaderingen…"]) {
      const r = runner.click(caption);
      expect(r.value).toMatchObject({
        outcome: "error",
        // The action's name without the menu's ellipsis.
        message: `‘${caption.replace("…", "")}’ is niet gelukt: Er is geen tabblad Vergaderingen. Kies eerst Werkblad inrichten.`,
      });
    }
    expect(JSON.stringify(ss)).toBe(before);
  });

  test("onOpen in AuthMode.NONE only builds the menu", () => {
    const { account } = accountWith({});
    const runner = runnerFor(account);
    const r = runner.open("NONE");
    expect(r.error).toBeUndefined();
    expect(Object.keys(r.calls).sort()).toEqual([
      "Menu.addItem",
      "Menu.addSeparator",
      "Menu.addToUi",
      "SpreadsheetApp.getUi",
      "Ui.createAddonMenu",
    ]);
    // PRODUCT.md §6, in order.
    expect(runner.menuItems().map((i) => i.caption)).toEqual([
      "Werkblad inrichten",
      "Valideren",
      "Dashboards genereren",
      "Rapport genereren",
      "Jaaractieplan maken",
      "Uitnodigingen versturen…",
      "Jaarplanning vergaderingen…",
      "Instellingen…",
      "Help",
    ]);
  });
});
