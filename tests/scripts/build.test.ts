/**
 * The bundle as Apps Script sees it: dist/Code.js loaded into a fresh `vm` context with independent stubs
 * (not the project's emulator), so that these checks do not depend on the emulator being right.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { documentsNl } from "../../src/core/messages/documents";
import { en } from "../../src/core/messages/en";
import { invitesNl } from "../../src/core/messages/invites";
import { menuEn } from "../../src/core/messages/menu";
import { dutch as dutchCatalog } from "../../src/core/messages/nl";
import { settingsNl } from "../../src/core/messages/settings";

const ROOT = path.resolve(__dirname, "..", "..");
const CODE = path.join(ROOT, "dist", "Code.js");

const MENU_FUNCTIONS = [
  "menuSetUpWorkbook",
  "menuValidate",
  "menuGenerateDashboards",
  "menuGenerateReport",
  "menuMakePlan",
  "menuSendInvitations",
  "menuPlanMeetings",
  "menuShowSettings",
  "menuShowHelp",
];
const TRIGGERS = ["onOpen", "onInstall", "onEdit"];
/** Called by the local run (and later by dialogs through google.script.run). */
const SERVER_FUNCTIONS = [
  "describeWorkbook",
  "goToRange",
  "saveSettings",
  // The invitation preview's and the year planning's buttons.
  "confirmInvitations",
  "previewMeetingPlan",
  "addPlannedMeetings",
];

/**
 * Texts that a minifier prints as they are (no quote, backslash or line break to escape) and long enough not
 * to occur by chance.
 */
const plain = (s: string) => s.length >= 24 && !/["'`\\\n$]/.test(s);

/** The feature files (src/gas/features.ts) and the Dutch texts each one brings. */
const FEATURE_TEXTS: Record<string, Record<string, string>> = {
  DocumentsCode: documentsNl,
  InvitesCode: invitesNl,
  SettingsCode: settingsNl,
};

let code = "";

beforeAll(() => {
  code = fs.readFileSync(CODE, "utf8");
});

/** A minimal, independent stand-in for the Ui: records the add-on menu, and nothing else exists. */
function menuStub() {
  const items: { caption: string; fn: string }[] = [];
  let separators = 0;
  let added = 0;
  const menu = {
    addItem(caption: string, fn: string) {
      items.push({ caption, fn });
      return menu;
    },
    addSeparator() {
      separators++;
      return menu;
    },
    addToUi() {
      added++;
    },
  };
  const SpreadsheetApp = { getUi: () => ({ createAddonMenu: () => menu }) };
  return { SpreadsheetApp, items, separators: () => separators, added: () => added };
}

describe("dist/Code.js", () => {
  test("has no export statement and a size Apps Script loads quickly", () => {
    expect(code).not.toMatch(/^\s*export\s/m);
    expect(fs.statSync(CODE).size).toBeLessThan(400 * 1024);
  });

  test("every trigger and menu function is a top-level function declaration", () => {
    for (const name of [...TRIGGERS, ...MENU_FUNCTIONS, ...SERVER_FUNCTIONS]) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, "m"));
    }
    const context = vm.createContext({});
    vm.runInContext(code, context);
    for (const name of [...TRIGGERS, ...MENU_FUNCTIONS, ...SERVER_FUNCTIONS]) {
      expect(typeof (context as Record<string, unknown>)[name]).toBe("function");
    }
  });

  test("declares no functions at top level beyond its entry points", () => {
    const context = vm.createContext({});
    vm.runInContext(code, context);
    const globals = context as Record<string, unknown>;
    const functions = Object.keys(globals).filter((k) => typeof globals[k] === "function");
    expect(functions.sort()).toEqual([...TRIGGERS, ...MENU_FUNCTIONS, ...SERVER_FUNCTIONS].sort());
    // Besides the bundle object, only zod's configuration object (zod keeps it on globalThis).
    const others = Object.keys(globals).filter((k) => typeof globals[k] !== "function");
    expect(others.sort()).toEqual(["Netwerkplan", "__zod_globalConfig"]);
  });

  test("onOpen in AuthMode.NONE builds the menu and touches nothing else", () => {
    const stub = menuStub();
    // Only SpreadsheetApp.getUi exists: any other service access would throw a ReferenceError.
    const context = vm.createContext({ SpreadsheetApp: stub.SpreadsheetApp });
    vm.runInContext(code, context);
    (context as { onOpen: (e: unknown) => void }).onOpen({ authMode: "NONE" });
    expect(stub.added()).toBe(1);
    expect(stub.items.map((i) => i.caption)).toEqual([
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
    expect(stub.items.map((i) => i.fn)).toEqual(MENU_FUNCTIONS);
    expect(stub.separators()).toBeGreaterThan(0);
  });

  test("every menu item calls a function that exists at top level", () => {
    const stub = menuStub();
    const context = vm.createContext({ SpreadsheetApp: stub.SpreadsheetApp });
    vm.runInContext(code, context);
    (context as { onInstall: (e: unknown) => void }).onInstall({ authMode: "NONE" });
    for (const item of stub.items) {
      expect(typeof (context as Record<string, unknown>)[item.fn]).toBe("function");
    }
  });

  test("dist/ holds exactly what clasp pushes: the manifest, the code and the HTML pages", () => {
    const files = fs.readdirSync(path.join(ROOT, "dist")).sort();
    expect(files).toContain("Code.js");
    expect(files).toContain("appsscript.json");
    for (const f of files) expect(f).toMatch(/^(Code\.js|appsscript\.json|[\w-]+\.html)$/);
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "dist", "appsscript.json"), "utf8"));
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.timeZone).toBe("Europe/Amsterdam");
    const clasp = JSON.parse(fs.readFileSync(path.join(ROOT, ".clasp.json"), "utf8"));
    expect(clasp.rootDir).toBe("dist");
  });

  test("English.html holds the English catalog of src/core/messages/en.ts, as JSON with no markup", () => {
    const text = fs.readFileSync(path.join(ROOT, "dist", "English.html"), "utf8");
    expect(JSON.parse(text)).toEqual(en);
    // An HTML file that holds text only: any `<`, `>` or `&` of a message is a JSON escape.
    expect(text).not.toMatch(/[<>&]/);
    // A message that holds markup characters comes back whole.
    expect(en["settings.help.Regio"]).toContain("<region>");
  });

  test("dist/Code.js holds the Dutch messages but the features', and of the English ones only the menu's captions", () => {
    // The catalogs as written: a message with a plural is in the bundle with its forms.
    const nl = (k: keyof typeof en): string => dutchCatalog[k];
    const keys = Object.keys(en) as (keyof typeof en)[];
    const ofFeature = new Set(Object.values(FEATURE_TEXTS).flatMap((t) => Object.keys(t)));
    // Texts that a minifier prints as they are (no quote, backslash or line break to escape), long enough
    // not to occur by chance, and not the same in both languages.
    const dutch = keys
      .filter((k) => !ofFeature.has(k))
      .map((k) => nl(k))
      .filter(plain);
    const featureDutch = keys
      .filter((k) => ofFeature.has(k))
      .map((k) => nl(k))
      .filter(plain);
    const captions = Object.values(menuEn);
    const english = keys
      .filter((k) => !(k in menuEn) && en[k] !== nl(k))
      .map((k) => en[k])
      .filter((s) => plain(s) && !captions.some((c) => c.includes(s)));
    expect(dutch.length).toBeGreaterThan(80);
    expect(featureDutch.length).toBeGreaterThan(100);
    expect(english.length).toBeGreaterThan(200);
    expect(dutch.filter((s) => !code.includes(s))).toEqual([]);
    // (A feature text that is also in one of the bundle's own, such as a menu caption, is in both.)
    const resident = keys.filter((k) => !ofFeature.has(k)).map((k) => nl(k));
    const alsoResident = (s: string) => resident.some((r) => r.includes(s));
    expect(featureDutch.filter((s) => !alsoResident(s) && code.includes(s))).toEqual([]);
    expect(english.filter((s) => code.includes(s))).toEqual([]);
    expect(captions.filter((c) => !code.includes(c))).toEqual([]);
  });

  test("the manifest asks for the documented scopes only, none of them restricted", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "appsscript.json"), "utf8"));
    const scopes: string[] = manifest.oauthScopes;
    expect(scopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets",
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/documents",
      "https://www.googleapis.com/auth/drive.file",
      "https://www.googleapis.com/auth/calendar.events",
    ]);
    // Advanced services in use, each with its scope above.
    expect(
      manifest.dependencies.enabledAdvancedServices.map((s: { userSymbol: string }) => s.userSymbol),
    ).toEqual(expect.arrayContaining(["Sheets", "Calendar"]));
    // Restricted or broader scopes that would each defeat the narrow set. (`spreadsheets` is the one
    // broader scope, argued in README: the Sheets API's atomic batches do not accept `currentonly`.)
    for (const broad of [
      "/auth/drive",
      "/auth/calendar",
      "/auth/gmail.send",
      "/auth/script.external_request",
    ]) {
      expect(scopes.some((s) => s.endsWith(broad))).toBe(false);
    }
  });
});

describe("the feature files", () => {
  const read = (name: string) => fs.readFileSync(path.join(ROOT, "dist", `${name}.html`), "utf8");

  test("each holds its feature's code as one script that yields its exports, and no scriptlet tag", () => {
    for (const name of Object.keys(FEATURE_TEXTS)) {
      const text = read(name);
      expect(text).toMatch(/^"use strict";var __feature=/);
      // HtmlService reads it as a template: a `<?` or `?>` would be taken for a scriptlet.
      expect(text).not.toMatch(/<\?|\?>/);
      // It compiles as the loader runs it (src/gas/features.ts): a function of the bundle's modules.
      expect(() => new vm.Script(`(function (__host) {${text}\nreturn __feature;})`)).not.toThrow();
    }
  });

  test("each holds its own Dutch texts and no other feature's, and no English one", () => {
    for (const [name, texts] of Object.entries(FEATURE_TEXTS)) {
      const text = read(name);
      const own = Object.values(texts).filter(plain);
      expect(own.length).toBeGreaterThan(10);
      expect(own.filter((s) => !text.includes(s))).toEqual([]);
      for (const [other, theirs] of Object.entries(FEATURE_TEXTS)) {
        if (other === name) continue;
        const shared = (s: string) => own.includes(s);
        expect([
          other,
          Object.values(theirs).filter((s) => plain(s) && !shared(s) && text.includes(s)),
        ]).toEqual([other, []]);
      }
      const english = Object.keys(texts)
        .filter((k) => en[k as keyof typeof en] !== texts[k])
        .map((k) => en[k as keyof typeof en])
        .filter(plain);
      expect(english.length).toBeGreaterThan(10);
      expect(english.filter((s) => text.includes(s))).toEqual([]);
    }
  });

  test("a module of the bundle is shared with the features, not copied into them", () => {
    // The translator table is one: a feature adds its texts to the bundle's (core/i18n.ts addDutch).
    const addDutch = /function ([\w$]+)\([\w$]+\)\{Object\.assign\(/;
    expect(code).toMatch(addDutch);
    for (const name of Object.keys(FEATURE_TEXTS)) {
      const text = read(name);
      expect(text).not.toMatch(addDutch);
      expect(text).toContain('__host["src/core/i18n.ts"]');
    }
  });
});
