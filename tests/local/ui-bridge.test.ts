/**
 * local/ui-bridge.ts: google.script.run and google.script.host for a page in headless Chromium, its server
 * calls run by the bundle in the emulator. Follows the client API reference:
 * https://developers.google.com/apps-script/guides/html/reference/run
 * https://developers.google.com/apps-script/guides/html/reference/host
 * https://developers.google.com/apps-script/guides/html/communication
 * One part runs the real bundle (dist/Code.js); the rest a small bundle written here, whose functions echo,
 * throw or return what the page must not get as is.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../../local/browser";
import { Account } from "../../local/emulator/account";
import { AddonRunner } from "../../local/run";
import { attachBridge, lastPage, toClientJson, type UiBridge } from "../../local/ui-bridge";
import { accountWith, runnerFor } from "../support/addon";

const FIXTURE_CODE = `
var Netwerkplan = { version: 1 };
function echo() {
  var args = Array.prototype.slice.call(arguments);
  return {
    args: args,
    ownRealm: args.map(function (a) {
      return a !== null && typeof a === "object" ? a instanceof Object : null;
    })
  };
}
function fails() { throw new Error("Mislukt: <b>niet</b> opgeslagen"); }
function today() { return new Date(); }
function nestedDate() { return { label: "x", when: [1, new Date()] }; }
function nothing() {}
function spreadsheet() { return SpreadsheetApp.getActiveSpreadsheet(); }
function geheim_() { return "geheim"; }
`;

/** A page that keeps what its handlers get in window.log. */
const PAGE = `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Proef</title></head>
<body>
<form id="formulier"><input name="naam" value="Ans &amp; Bas"><input name="rol" value="a"><input name="rol" value="b">
<input type="checkbox" name="uit"></form>
<script>
  window.log = [];
  window.record = function (kind) {
    return function (value, user) {
      window.log.push({
        kind: kind,
        value: value instanceof Error ? { error: value.message } : value,
        user: user === undefined ? "(geen)" : user
      });
    };
  };
</script>
</body></html>`;

/** google.script.run as the page sees it (the page's code is typed here only to be compiled). */
type Handler = (...args: unknown[]) => void;
interface Doc {
  body: unknown;
  getElementById(id: string): unknown;
}
interface Run {
  withSuccessHandler(fn: Handler): Run;
  withFailureHandler(fn: Handler | null): Run;
  withUserObject(o: unknown): Run;
  describeWorkbook(...args: unknown[]): void;
  echo(...args: unknown[]): void;
  fails(): void;
  spreadsheet(): void;
  bestaatNiet(): void;
}

let browser: Browser;
let dir = "";

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ui-bridge-"));
  fs.writeFileSync(path.join(dir, "Code.js"), FIXTURE_CODE);
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  bridge: UiBridge;
  runner: AddonRunner;
  errors: string[];
}

async function open(runner: AddonRunner): Promise<Opened> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  const bridge = await attachBridge(page, runner);
  await bridge.show(PAGE);
  return { page, bridge, runner, errors };
}

function fixtureRunner(): AddonRunner {
  const account = new Account();
  account.data.activeSpreadsheetId = account.createSpreadsheet("Proef").id;
  return new AddonRunner({ account, distDir: dir, today: "2026-11-22" });
}

const log = (page: Page) => page.evaluate(() => (globalThis as unknown as { log: unknown[] }).log);

describe("the real bundle", () => {
  test("a success call runs the bundle's function once and hands its value and the user object over", async () => {
    const { account } = accountWith({ Activiteiten: [["Project", "Onderwerp"]] });
    const { page, bridge, errors } = await open(runnerFor(account));
    // The call returns at once; the handler runs later.
    const atOnce = await page.evaluate(() => {
      const g = (globalThis as unknown as { google: { script: { run: Run } } }).google;
      const record = (globalThis as unknown as { record: (k: string) => Handler }).record;
      const returned = g.script.run
        .withSuccessHandler(record("ok"))
        .withUserObject({ knop: "vernieuwen" })
        .describeWorkbook();
      return [returned === undefined, (globalThis as unknown as { log: unknown[] }).log.length];
    });
    expect(atOnce).toEqual([true, 0]);
    await bridge.idle();
    const [entry] = (await log(page)) as { kind: string; value: Record<string, unknown>; user: unknown }[];
    expect(entry?.kind).toBe("ok");
    expect(entry?.user).toEqual({ knop: "vernieuwen" });
    // The value is describeWorkbook's object: the workbook lacks Projecten and Leden.
    expect(entry?.value.requiredTabs).toEqual(expect.arrayContaining(["Activiteiten", "Projecten", "Leden"]));
    expect(entry?.value.missing).toMatchObject({ tabs: ["Projecten", "Leden"] });
    expect(bridge.calls).toHaveLength(1);
    const [call] = bridge.calls;
    expect(call).toMatchObject({ name: "describeWorkbook", args: [], outcome: "success" });
    expect(call?.value).toEqual(entry?.value);
    expect(call?.totalCalls).toBeGreaterThan(0);
    expect(call?.totalCalls).toBe(Object.values(call!.calls).reduce((a, b) => a + b, 0));
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a function the bundle does not have is no method of google.script.run", async () => {
    const { page, bridge } = await open(runnerFor(accountWith({}).account));
    const thrown = await page.evaluate(() => {
      try {
        (globalThis as unknown as { google: { script: { run: Run } } }).google.script.run
          .withFailureHandler(() => {})
          .bestaatNiet();
        return "geen fout";
      } catch (e) {
        return `${(e as Error).name}: ${(e as Error).message}`;
      }
    });
    expect(thrown).toMatch(/^TypeError: .*bestaatNiet is not a function/);
    expect(bridge.calls).toEqual([]);
    await page.close();
  });
});

describe("failures", () => {
  test("a server function that throws reaches the failure handler as an Error, with the user object", async () => {
    const { page, bridge, errors } = await open(fixtureRunner());
    await page.evaluate(() => {
      const w = globalThis as unknown as {
        google: { script: { run: Run } };
        record: (k: string) => Handler;
      };
      w.google.script.run
        .withSuccessHandler(w.record("ok"))
        .withFailureHandler(w.record("fout"))
        .withUserObject("rij 3")
        .fails();
    });
    await bridge.idle();
    expect(await log(page)).toEqual([
      { kind: "fout", value: { error: "Mislukt: <b>niet</b> opgeslagen" }, user: "rij 3" },
    ]);
    expect(bridge.calls.map((c) => [c.name, c.outcome, c.error])).toEqual([
      ["fails", "failure", "Mislukt: <b>niet</b> opgeslagen"],
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a failure a call faces in the emulator (an injected fault) is a failure on the page", async () => {
    const runner = runnerFor(accountWith({}).account);
    runner.faults = [{ call: 1, message: "Service Spreadsheets timed out while accessing document." }];
    const { page, bridge } = await open(runner);
    await page.evaluate(() => {
      const w = globalThis as unknown as {
        google: { script: { run: Run } };
        record: (k: string) => Handler;
      };
      w.google.script.run.withFailureHandler(w.record("fout")).describeWorkbook();
    });
    await bridge.idle();
    expect(await log(page)).toEqual([
      {
        kind: "fout",
        value: { error: "Service Spreadsheets timed out while accessing document." },
        user: "(geen)",
      },
    ]);
    await page.close();
  });

  test("without a failure handler the failure shows in the console; withFailureHandler(null) silences it", async () => {
    const { page, bridge, errors } = await open(fixtureRunner());
    await page.evaluate(() => {
      const run = (globalThis as unknown as { google: { script: { run: Run } } }).google.script.run;
      run.fails();
      run.withFailureHandler(null).fails();
    });
    await bridge.idle();
    expect(errors).toEqual(["Mislukt: <b>niet</b> opgeslagen"]);
    expect(bridge.calls).toHaveLength(2);
    await page.close();
  });
});

describe("what may be sent", () => {
  const attempt = (page: Page, what: string) =>
    page.evaluate((what) => {
      const run = (globalThis as unknown as { google: { script: { run: Run } } }).google.script.run;
      const doc = (globalThis as unknown as { document: Doc }).document;
      const loop: Record<string, unknown> = { naam: "lus" };
      loop.zelf = loop;
      const values: Record<string, unknown[]> = {
        date: [new Date()],
        nestedDate: ["a", { wanneer: { dag: new Date() } }],
        fn: [() => 1],
        element: [doc.body],
        map: [new Map()],
        loop: [loop],
        formNotAlone: ["x", doc.getElementById("formulier")],
      };
      try {
        run.withFailureHandler(() => {}).echo(...values[what]!);
        return "verstuurd";
      } catch (e) {
        return (e as Error).message;
      }
    }, what);

  test.each([
    ["date", "Failed due to illegal value in property: 0"],
    ["nestedDate", "Failed due to illegal value in property: dag"],
    ["fn", "Failed due to illegal value in property: 0"],
    ["element", "Failed due to illegal value in property: 0"],
    ["map", "Failed due to illegal value in property: 0"],
    ["loop", "Failed due to circular reference."],
    ["formNotAlone", "Failed due to illegal value in property: 1"],
  ])("an argument holding %s fails at the call and is never sent", async (what, message) => {
    const { page, bridge } = await open(fixtureRunner());
    expect(await attempt(page, what)).toBe(message);
    await bridge.idle();
    expect(bridge.calls).toEqual([]);
    await page.close();
  });

  test("arguments arrive as a JSON copy, as plain objects of the execution's own realm", async () => {
    const { page, bridge } = await open(fixtureRunner());
    await page.evaluate(() => {
      const w = globalThis as unknown as {
        google: { script: { run: Run } };
        record: (k: string) => Handler;
      };
      const sent = { tekst: "a", weg: undefined, niets: NaN, lijst: [undefined, 2, "<b>"], punt: { x: 1 } };
      w.google.script.run.withSuccessHandler(w.record("ok")).echo(sent, 3, null, true);
      sent.tekst = "later veranderd";
    });
    await bridge.idle();
    const copy = { tekst: "a", niets: null, lijst: [null, 2, "<b>"], punt: { x: 1 } };
    expect(bridge.calls[0]?.args).toEqual([copy, 3, null, true]);
    expect(await log(page)).toEqual([
      {
        kind: "ok",
        value: { args: [copy, 3, null, true], ownRealm: [true, null, null, null] },
        user: "(geen)",
      },
    ]);
    await page.close();
  });

  test("a form, as the only argument, is sent as its fields by name", async () => {
    const { page, bridge } = await open(fixtureRunner());
    await page.evaluate(() => {
      const doc = (globalThis as unknown as { document: Doc }).document;
      (globalThis as unknown as { google: { script: { run: Run } } }).google.script.run.echo(
        doc.getElementById("formulier"),
      );
    });
    await bridge.idle();
    expect(bridge.calls[0]?.args).toEqual([{ naam: "Ans & Bas", rol: ["a", "b"] }]);
    await page.close();
  });
});

describe("what comes back", () => {
  test.each([
    ["today", null],
    ["nestedDate", null],
    ["nothing", null],
  ])(
    "%s: a Date anywhere in the value, or no value, reaches the success handler as null",
    async (fn, expected) => {
      const { page, bridge } = await open(fixtureRunner());
      await page.evaluate((fn) => {
        const w = globalThis as unknown as {
          google: { script: { run: Run } };
          record: (k: string) => Handler;
        };
        const run = w.google.script.run
          .withSuccessHandler(w.record("ok"))
          .withFailureHandler(w.record("fout"));
        (run as unknown as Record<string, () => void>)[fn]!();
      }, fn);
      await bridge.idle();
      expect(await log(page)).toEqual([{ kind: "ok", value: expected, user: "(geen)" }]);
      await page.close();
    },
  );

  test("an Apps Script object is not sent back: Not emulated, as a failure", async () => {
    const { page, bridge } = await open(fixtureRunner());
    await page.evaluate(() => {
      const w = globalThis as unknown as {
        google: { script: { run: Run } };
        record: (k: string) => Handler;
      };
      w.google.script.run.withFailureHandler(w.record("fout")).spreadsheet();
    });
    await bridge.idle();
    expect(await log(page)).toEqual([
      { kind: "fout", value: { error: "Not emulated: returning a Spreadsheet to the page" }, user: "(geen)" },
    ]);
    await page.close();
  });

  test("toClientJson: plain values as JSON, undefined as null", () => {
    expect(toClientJson({ a: [1, "b", null], c: { d: true } })).toBe('{"a":[1,"b",null],"c":{"d":true}}');
    expect(toClientJson(undefined)).toBe("null");
    expect(toClientJson([new Date(0)])).toBe("null");
  });
});

describe("private functions", () => {
  test("a function whose name ends in _ is not on google.script.run, nor callable by its name", async () => {
    const { page, bridge } = await open(fixtureRunner());
    const methods = await page.evaluate(() =>
      Object.keys((globalThis as unknown as { google: { script: { run: Run } } }).google.script.run).sort(),
    );
    expect(methods).toEqual(
      [
        "echo",
        "fails",
        "nestedDate",
        "nothing",
        "spreadsheet",
        "today",
        "withFailureHandler",
        "withSuccessHandler",
        "withUserObject",
      ].sort(),
    );
    // Even asked for directly, the server refuses it.
    const reply = await page.evaluate(() =>
      (
        globalThis as unknown as { __netwerkplanServer: (n: string, a: string) => Promise<string> }
      ).__netwerkplanServer("geheim_", "[]"),
    );
    expect(JSON.parse(reply)).toEqual({ ok: false, message: "Script function not found: geheim_" });
    expect(bridge.calls.map((c) => [c.name, c.outcome])).toEqual([["geheim_", "failure"]]);
    await page.close();
  });
});

describe("google.script.host", () => {
  test("close, setHeight, setWidth and editor.focus are recorded", async () => {
    const { page, bridge } = await open(fixtureRunner());
    expect(bridge.closed).toBe(false);
    await page.evaluate(() => {
      const host = (
        globalThis as unknown as {
          google: {
            script: {
              host: {
                setHeight(h: number): void;
                setWidth(w: number): void;
                editor: { focus(): void };
                close(): void;
              };
            };
          };
        }
      ).google.script.host;
      host.setHeight(320);
      host.setWidth(480);
      host.editor.focus();
      host.close();
    });
    await bridge.waitForHost("close");
    expect(bridge.closed).toBe(true);
    expect(bridge.host).toEqual([
      { action: "setHeight", value: 320 },
      { action: "setWidth", value: 480 },
      { action: "focusEditor" },
      { action: "close" },
    ]);
    await page.close();
  });
});

describe("show", () => {
  test("the page the add-on showed last is driven end to end: its server call runs in the emulator", async () => {
    const { account } = accountWith({});
    const runner = runnerFor(account);
    // A page as the add-on would show it: its button calls describeWorkbook and shows what came back.
    const html = `<!DOCTYPE html><button id="b">Controleer</button><p id="uit"></p><script>
      document.getElementById("b").addEventListener("click", function () {
        google.script.run.withSuccessHandler(function (d) {
          document.getElementById("uit").textContent = d.missing.tabs.join(", ");
          google.script.host.close();
        }).describeWorkbook();
      });
    </script>`;
    runner.ui.events.push({ kind: "modal", title: "Controle", html, width: 400, height: 200 });
    const page = await browser.newPage();
    const bridge = await attachBridge(page, runner);
    await bridge.show(lastPage(runner)!);
    expect(page.viewportSize()).toEqual({ width: 400, height: 200 });
    await page.click("#b");
    await bridge.idle();
    await expect(page.textContent("#uit")).resolves.toBe("Activiteiten, Projecten, Leden");
    await bridge.waitForHost("close");
    expect(bridge.calls.map((c) => c.name)).toEqual(["describeWorkbook"]);
    await page.close();
  });

  test("a recorded sidebar is shown 300 px wide, with google.script ready before its scripts run", async () => {
    const runner = fixtureRunner();
    const page = await browser.newPage();
    const bridge = await attachBridge(page, runner);
    await bridge.show({
      kind: "sidebar",
      title: "Instellingen",
      html: "<!DOCTYPE html><p id='p'></p><script>document.getElementById('p').textContent = typeof google.script.run.echo;</script>",
    });
    expect(await page.textContent("#p")).toBe("function");
    expect(await page.evaluate(() => (globalThis as unknown as { innerWidth: number }).innerWidth)).toBe(300);
    await page.close();
  });
});
