/** `npm start` as a user runs it: the built CLI in a child process — the example network, pages, state. */
import * as fs from "node:fs";
import * as path from "node:path";
import { readXlsx } from "../../local/io/xlsx";
import { ROOT, tempFolder } from "../support/addon";
import {
  expectScreensWritten,
  noBrowser,
  runCli,
  type Screen,
  summaryOf,
  cliWithBundle as withBundle,
  writeWorkbook,
} from "../support/cli";

const folder = tempFolder("netwerkplan-cli-");
/** The CLI without a browser: most runs are about what is clicked and written, not about screenshots. */
const cli = (...args: string[]) => runCli(args, noBrowser(folder()));
/** The CLI with the browser the machine has, for the screenshots. */
const cliWithScreenshots = (...args: string[]) => runCli(args);
const cliWithBundle = (name: string, extra: string, args: string[], env?: NodeJS.ProcessEnv) =>
  withBundle(folder(), name, extra, args, env);

describe("npm start", () => {
  test("runs the example network and writes the workbook and the summary", async () => {
    const out = path.join(folder(), "example");
    const r = cliWithScreenshots("--out", out, "--today", "2026-11-22");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const summary = summaryOf(out);
    expect(summary.today).toBe("2026-11-22");
    expect(summary.input).toBe(path.join(ROOT, "examples", "voorbeeldnetwerk.xlsx"));
    // The preview is titled with the network's name (Instellingen), not the file's.
    expect(fs.readFileSync(path.join(out, "index.html"), "utf8")).toContain(
      "<title>Netwerk Palliatieve Zorg Gooi- en Vechtstreek</title>",
    );
    expect(r.stdout).toContain(`open ${path.join(out, "index.html")} in een browser`);
    expect(summary.actions.map((a: { name: string }) => a.name)).toEqual([
      "Werkblad inrichten",
      "Valideren",
      "Dashboards genereren",
      "Rapport genereren",
      "Jaaractieplan maken",
      "Uitnodigingen versturen…",
    ]);
    const [setup, ...rest] = summary.actions;
    expect(setup.outcome).toBe("ok");
    // The tabs, headers, settings and protections of the setup are one atomic request.
    expect(setup.calls["Sheets.Spreadsheets.batchUpdate"]).toBe(1);
    expect(setup.calls["Spreadsheet.insertSheet"]).toBeUndefined();
    expect(setup.totalCalls).toBe(
      Object.values(setup.calls as Record<string, number>).reduce((a, b) => a + b, 0),
    );
    expect(rest.map((a: { outcome: string }) => a.outcome)).toEqual(["ok", "ok", "ok", "ok", "ok"]);
    // Invitations, confirmed as the preview's button would: on 22 November the Kerngroep of 24 November and
    // the three meetings planned for early 2027 are ahead; the ones that have passed are left alone.
    expect(summary.invites).toMatchObject({
      created: 4,
      updated: 0,
      cancelled: 0,
      recreated: 0,
      unchanged: 0,
    });
    expect(summary.invites.events).toHaveLength(4);
    expect(fs.readFileSync(path.join(out, "uitnodigingen.ics"), "utf8")).toMatch(/^BEGIN:VCALENDAR/);
    for (const key of ["counts", "problems", "dashboards", "report", "plan", "invites"])
      expect(summary).toHaveProperty(key);
    // The two Google Docs, written as .docx and named in the summary with the Doc's id.
    for (const [key, file] of [
      ["report", "rapport.docx"],
      ["plan", "jaaractieplan.docx"],
    ] as const) {
      expect(summary[key]).toMatchObject({
        documentId: expect.stringMatching(/^[-\w]{20,}$/),
        url: expect.stringContaining(summary[key].documentId),
        file,
        placeholdersUnknown: [],
      });
      expect(fs.readFileSync(path.join(out, file)).subarray(0, 2).toString()).toBe("PK");
    }
    expect(summary.report.title).toBe(
      "Voortgangsrapportage Netwerk Palliatieve Zorg Gooi- en Vechtstreek 22-11-2026",
    );
    expect(summary.plan.sections).toEqual(["Speerpunten 2026", "Activiteitenplan"]);
    // Every page the run showed, the settings sidebar and Help included (opened after the actions, and not
    // actions themselves), is written with its screenshot.
    expectScreensWritten(out, summary.screens);

    const wb = await readXlsx(path.join(out, "netwerkplan.xlsx"));
    expect(wb.sheets.map((s) => s.name)).toEqual([
      "Activiteiten",
      "Projecten",
      "Leden",
      "Vergaderingen",
      "Instellingen",
      "Validatie",
      "Status",
      "Overzicht",
      "Dashboard Jaaractieplan 2025",
      "Dashboard Samen leven",
      "Dashboard Bewustwording",
      "Dashboard Levenspad",
      "Dashboard PZP Wijde Meren",
      "Historie",
    ]);
    expect(wb.sheets.find((s) => s.name === "Historie")?.hidden).toBe(true);
    const example = await readXlsx(path.join(ROOT, "examples", "voorbeeldnetwerk.xlsx"));
    // The partners' tabs come out as they went in; only the empty ID cells got their IDs.
    for (const name of ["Activiteiten", "Projecten", "Leden", "Vergaderingen"]) {
      const before = example.sheets.find((s) => s.name === name)!;
      const after = wb.sheets.find((s) => s.name === name)!;
      const values = (sheet: typeof before) => {
        const rows = sheet.cells.map((row) => (row ?? []).map((c) => c?.v ?? ""));
        while (rows.length > 0 && rows[rows.length - 1]!.every((v) => v === "")) rows.pop();
        return rows.map((row) => {
          while (row.length > 0 && row[row.length - 1] === "") row.pop();
          return row;
        });
      };
      const a = values(before);
      const b = values(after);
      if (name === "Activiteiten") {
        expect(b.slice(1).map((row) => row[0])).toEqual(
          a.slice(1).map((_, i) => `A-${String(i + 1).padStart(4, "0")}`),
        );
        for (const row of [...a, ...b].slice(1)) row[0] = "";
        for (const row of [a[0]!, b[0]!]) row[0] = "ID";
      }
      if (name === "Vergaderingen") {
        // Only the add-on's own columns change: the four meetings still ahead got their invitation.
        const own = ["Agenda-ID", "Uitnodiging", "Verstuurd op"].map((h) => b[0]!.indexOf(h));
        expect(b.slice(1).filter((row) => (row[own[0]!] ?? "") !== "")).toHaveLength(4);
        for (const row of b.slice(1)) {
          for (const c of own) if (c < row.length) row[c] = "";
          while (row.length > 0 && row[row.length - 1] === "") row.pop();
        }
      }
      expect(b).toEqual(a);
    }
  });

  test("two runs with the same --state behave like two clicks in one account", async () => {
    const state = path.join(folder(), "state");
    const out1 = path.join(folder(), "run1");
    const out2 = path.join(folder(), "run2");
    expect(cli("--out", out1, "--state", state, "--today", "2026-11-22").code).toBe(0);
    expect(fs.existsSync(path.join(state, "account.json"))).toBe(true);
    expect(cli("--out", out2, "--state", state, "--today", "2026-11-22").code).toBe(0);
    const s1 = summaryOf(out1);
    const s2 = summaryOf(out2);
    expect(s1.actions[0].message).toContain("Nieuwe tabbladen");
    expect(s2.actions[0].message).toBe("Het werkblad was al ingericht. Er is niets gewijzigd.");
    // The same day in the same account: the report and the plan replace their documents under the same id.
    expect(s2.report.documentId).toBe(s1.report.documentId);
    expect(s2.plan.documentId).toBe(s1.plan.documentId);
    expect(s2.input).toBe(s1.input);
    const a = await readXlsx(path.join(out1, "netwerkplan.xlsx"));
    const b = await readXlsx(path.join(out2, "netwerkplan.xlsx"));
    expect(JSON.stringify(b.sheets)).toBe(JSON.stringify(a.sheets));
  });

  /** A workbook whose Activiteiten has its header on `row`, under a title row (and an empty row for 3). */
  const titled = (row: 2 | 3) => (f: string) =>
    writeWorkbook(f, {
      Activiteiten: [
        ["Activiteitenoverzicht netwerk 2026"],
        ...(row === 3 ? [[]] : []),
        ["Project", "Onderwerp", "Trekker", "Deadline", "Fase", "Status"],
        ["Bewustwording", "Bijeenkomst", "Netwerkcoördinator", "Q1 2026", "Uitvoering", "Op schema"],
      ],
      Projecten: [["Naam"], ["Bewustwording"]],
      Leden: [["Naam", "E-mail"]],
    });
  /** The add-on's own message for it, and nothing else on stderr. */
  const headerOnRow = (row: number) =>
    new RegExp(
      `^netwerkplan: In ‘Activiteiten’ staat de kopregel op rij ${row}, niet op rij 1; Netwerkplan heeft er niets in geschreven\\. Verwijder de rijen boven de kopregel\\.\\n$`,
    );

  test.each([
    [
      "a text file",
      async (f: string) => fs.writeFileSync(f, "Project;Onderwerp\n"),
      /is geen Excel-bestand \(\.xlsx\)/,
    ],
    ["a missing file", async (_f: string) => {}, /bestaat niet/],
    [
      "a workbook without Activiteiten",
      (f: string) => writeWorkbook(f, { Projecten: [["Naam"]], Leden: [["Naam", "E-mail"]] }),
      /mist het tabblad ‘Activiteiten’/,
    ],
    [
      "a workbook whose Activiteiten lacks Status",
      (f: string) =>
        writeWorkbook(f, {
          Activiteiten: [["Project", "Onderwerp", "Trekker", "Deadline", "Fase"]],
          Projecten: [["Naam"]],
          Leden: [["Naam", "E-mail"]],
        }),
      /In het tabblad ‘Activiteiten’ ontbreekt de kolom ‘Status’\./,
    ],
    // A title row (and an empty row) above the header: one message with the header's row, no column missing.
    ["a workbook whose Activiteiten has a title row above its header", titled(2), headerOnRow(2)],
    [
      "a workbook whose Activiteiten has a title and an empty row above its header",
      titled(3),
      headerOnRow(3),
    ],
  ])("unusable input (%s) ends with exit code 2 and one clear message", async (_name, make, message) => {
    const file = path.join(folder(), `${_name.replace(/\W+/g, "-")}.xlsx`);
    await make(file);
    const out = path.join(folder(), `out-${_name.replace(/\W+/g, "-")}`);
    const r = cli("--input", file, "--out", out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(out, "samenvatting.json"))).toBe(false);
  });

  test("a --state folder holding something else than a saved account is refused with exit code 2", () => {
    const state = path.join(folder(), "broken-state");
    fs.mkdirSync(state, { recursive: true });
    fs.writeFileSync(path.join(state, "account.json"), "{ niet af");
    const r = cli("--state", state, "--out", path.join(folder(), "out-broken"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bevat geen bruikbare opgeslagen toestand");
  });

  test("a bad option or date is refused with exit code 2", () => {
    expect(cli("--today", "2026-02-30").code).toBe(2);
    const r = cli("--wat", "x");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Onbekende optie ‘--wat’");
  });

  describe("the pages the run showed (schermen/)", () => {
    const SIDEBAR = `function menuShowSettings() {
  var page = HtmlService.createHtmlOutput("<!DOCTYPE html><h1>Instellingen</h1>").setTitle("Instellingen");
  SpreadsheetApp.getUi().showSidebar(page);
}
function menuShowHelp() {
  var page = HtmlService.createHtmlOutput("<p>Hulp</p>").setWidth(400).setHeight(300);
  SpreadsheetApp.getUi().showModalDialog(page, "Hulp bij Netwerkplan");
}`;

    test("the year planning, settings and Help are opened after the actions and written, kept out of the actions", () => {
      const out = path.join(folder(), "pages");
      const r = cliWithBundle("pages", SIDEBAR, ["--out", out, "--today", "2026-11-22"]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const summary = summaryOf(out);
      expect(summary.screens.slice(-3)).toEqual([
        {
          file: "schermen/dialoog-jaarplanning-vergaderingen.html",
          kind: "modal",
          title: "Jaarplanning vergaderingen",
        },
        { file: "schermen/zijbalk-instellingen.html", kind: "sidebar", title: "Instellingen" },
        { file: "schermen/dialoog-hulp-bij-netwerkplan.html", kind: "modal", title: "Hulp bij Netwerkplan" },
      ]);
      // The dialog is the add-on's own form, with the groups of Leden.
      expect(fs.readFileSync(path.join(out, summary.screens.at(-3).file), "utf8")).toContain("Kerngroep");
      expect(summary.actions).toHaveLength(6); // the six menu actions of ORDER, not the three pages
      expectScreensWritten(out, summary.screens, false);
      expect(r.stdout).toContain(`${path.join(out, "schermen")} (${summary.screens.length} schermen)`);
    });

    test("menu items that show an alert instead of a page add no page", () => {
      const out = path.join(folder(), "alerts");
      const alerts = `function menuShowSettings() { SpreadsheetApp.getUi().alert("Nog niet beschikbaar"); }
function menuShowHelp() { SpreadsheetApp.getUi().alert("Hulp", "Nog niet beschikbaar", SpreadsheetApp.getUi().ButtonSet.OK); }`;
      const r = cliWithBundle("alerts", alerts, ["--out", out, "--today", "2026-11-22"]);
      expect(r.code).toBe(0);
      const summary = summaryOf(out);
      expect(summary.screens.filter((s: Screen) => s.kind === "sidebar")).toEqual([]);
      expect(summary.screens.map((s: Screen) => s.title)).not.toContain("Nog niet beschikbaar");
      expectScreensWritten(out, summary.screens, false);
    });

    test("a page that cannot be opened fails the run (exit 1) with one line that names it", () => {
      const out = path.join(folder(), "broken-page");
      const broken = `function menuShowHelp() { throw new Error("Help.html ontbreekt"); }`;
      const r = cliWithBundle("broken", broken, ["--out", out, "--today", "2026-11-22"]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split("\n")).toEqual([
        expect.stringMatching(/^netwerkplan: ‘.+’ is niet gelukt: Help\.html ontbreekt$/),
      ]);
      // The year planning ends as an action does: its own message says what went wrong.
      const failed = `function menuPlanMeetings() {
  return { outcome: "error", message: "‘Jaarplanning vergaderingen’ is niet gelukt: het tabblad Vergaderingen ontbreekt." };
}`;
      const planning = cliWithBundle("broken-planning", failed, [
        "--out",
        path.join(folder(), "broken-planning"),
        "--today",
        "2026-11-22",
      ]);
      expect(planning.code).toBe(1);
      expect(planning.stderr.trim().split("\n")).toEqual([
        "netwerkplan: ‘Jaarplanning vergaderingen’ is niet gelukt: het tabblad Vergaderingen ontbreekt.",
      ]);
    });

    test("without a browser the pages are written as HTML, one line says so, and the run succeeds", () => {
      const out = path.join(folder(), "no-browser");
      const env = { ...process.env, NETWERKPLAN_BROWSER: path.join(folder(), "geen-browser") };
      const r = cliWithBundle("no-browser", SIDEBAR, ["--out", out, "--today", "2026-11-22"], env);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
      const warnings = r.stdout.split("\n").filter((l) => l.includes("schermafbeeldingen"));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^let op: geen schermafbeeldingen, want er is geen browser/);
      const summary = summaryOf(out);
      expect(summary.screens.length).toBeGreaterThan(0);
      expectScreensWritten(out, summary.screens, false);
    });

    test("a run into a folder of an earlier run leaves no pages of that run behind", () => {
      const out = path.join(folder(), "again");
      fs.mkdirSync(path.join(out, "schermen"), { recursive: true });
      fs.writeFileSync(path.join(out, "schermen", "dialoog-oud.html"), "oud");
      fs.writeFileSync(path.join(out, "schermen", "dialoog-oud.png"), "oud");
      expect(cli("--out", out, "--today", "2026-11-22").code).toBe(0);
      expectScreensWritten(out, summaryOf(out).screens, false);
    });
  });
});
