/** `npm start` as a user runs it: the built CLI in a child process. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readXlsx } from "../../local/io/xlsx";
import { ROOT } from "../support/addon";

const CLI = path.join(ROOT, "build", "local", "cli.js");
let tmp = "";

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkplan-cli-"));
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The CLI in a copy of the checkout whose bundle has `extra` appended: a later top-level function of the same
 * name replaces the bundle's own (the add-on as it would be with other pages).
 */
function cliWithBundle(name: string, extra: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const root = path.join(tmp, `checkout-${name}`);
  fs.mkdirSync(path.join(root, "build", "local"), { recursive: true });
  fs.mkdirSync(path.join(root, "examples"), { recursive: true });
  fs.writeFileSync(path.join(root, "package.json"), "{}\n");
  fs.copyFileSync(CLI, path.join(root, "build", "local", "cli.js"));
  fs.cpSync(path.join(ROOT, "dist"), path.join(root, "dist"), { recursive: true });
  fs.appendFileSync(path.join(root, "dist", "Code.js"), `\n${extra}\n`);
  fs.copyFileSync(
    path.join(ROOT, "examples", "voorbeeldnetwerk.xlsx"),
    path.join(root, "examples", "voorbeeldnetwerk.xlsx"),
  );
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(root, "node_modules"), "dir");
  const r = spawnSync(process.execPath, [path.join(root, "build", "local", "cli.js"), ...args], {
    cwd: root,
    encoding: "utf8",
    env,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Screen {
  file: string;
  kind: string;
  title: string;
}

/** The pages samenvatting.json lists are exactly the pages in schermen/, each with its screenshot. */
function expectScreensWritten(out: string, screens: Screen[], screenshots = true): void {
  const dir = path.join(out, "schermen");
  const files = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  expect(files.filter((f) => f.endsWith(".html")).sort()).toEqual(
    screens.map((s) => path.basename(s.file)).sort(),
  );
  for (const s of screens) {
    expect(s.file).toMatch(/^schermen\/(zijbalk|dialoog)-[a-z0-9-]+\.html$/);
    expect(["sidebar", "modal", "modeless"]).toContain(s.kind);
    expect(fs.readFileSync(path.join(out, s.file), "utf8")).toContain("<iframe");
    const png = path.join(out, s.file.replace(/\.html$/, ".png"));
    if (screenshots) expect(fs.statSync(png).size).toBeGreaterThan(0);
    else expect(fs.existsSync(png)).toBe(false);
  }
}

async function writeWorkbook(file: string, tabs: Record<string, unknown[][]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(tabs)) wb.addWorksheet(name).addRows(rows);
  await wb.xlsx.writeFile(file);
}

const summaryOf = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, "samenvatting.json"), "utf8"));

describe("npm start", () => {
  test("runs the example network and writes the workbook and the summary", async () => {
    const out = path.join(tmp, "example");
    const r = cli("--out", out, "--today", "2026-11-22");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const summary = summaryOf(out);
    expect(summary.today).toBe("2026-11-22");
    expect(summary.input).toBe(path.join(ROOT, "examples", "voorbeeldnetwerk.xlsx"));
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
    expect(setup.calls["Spreadsheet.insertSheet"]).toBe(4);
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
    const state = path.join(tmp, "state");
    const out1 = path.join(tmp, "run1");
    const out2 = path.join(tmp, "run2");
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
  ])("unusable input (%s) ends with exit code 2 and one clear message", async (_name, make, message) => {
    const file = path.join(tmp, `${_name.replace(/\W+/g, "-")}.xlsx`);
    await make(file);
    const out = path.join(tmp, `out-${_name.replace(/\W+/g, "-")}`);
    const r = cli("--input", file, "--out", out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(out, "samenvatting.json"))).toBe(false);
  });

  test("a --state folder holding something else than a saved account is refused with exit code 2", () => {
    const state = path.join(tmp, "broken-state");
    fs.mkdirSync(state, { recursive: true });
    fs.writeFileSync(path.join(state, "account.json"), "{ niet af");
    const r = cli("--state", state, "--out", path.join(tmp, "out-broken"));
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

    test("settings and Help are opened after the actions and written, kept out of the actions", () => {
      const out = path.join(tmp, "pages");
      const r = cliWithBundle("pages", SIDEBAR, ["--out", out, "--today", "2026-11-22"]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const summary = summaryOf(out);
      expect(summary.screens.slice(-2)).toEqual([
        { file: "schermen/zijbalk-instellingen.html", kind: "sidebar", title: "Instellingen" },
        { file: "schermen/dialoog-hulp-bij-netwerkplan.html", kind: "modal", title: "Hulp bij Netwerkplan" },
      ]);
      expect(summary.actions).toHaveLength(6); // the six menu actions of ORDER, not the two pages
      expectScreensWritten(out, summary.screens);
      expect(r.stdout).toContain(`${path.join(out, "schermen")} (${summary.screens.length} schermen)`);
    });

    test("menu items that show an alert instead of a page add no page", () => {
      const out = path.join(tmp, "alerts");
      const alerts = `function menuShowSettings() { SpreadsheetApp.getUi().alert("Nog niet beschikbaar"); }
function menuShowHelp() { SpreadsheetApp.getUi().alert("Hulp", "Nog niet beschikbaar", SpreadsheetApp.getUi().ButtonSet.OK); }`;
      const r = cliWithBundle("alerts", alerts, ["--out", out, "--today", "2026-11-22"]);
      expect(r.code).toBe(0);
      const summary = summaryOf(out);
      expect(summary.screens.filter((s: Screen) => s.kind === "sidebar")).toEqual([]);
      expect(summary.screens.map((s: Screen) => s.title)).not.toContain("Nog niet beschikbaar");
      expectScreensWritten(out, summary.screens);
    });

    test("a page that cannot be opened fails the run (exit 1) with one line that names it", () => {
      const out = path.join(tmp, "broken-page");
      const broken = `function menuShowHelp() { throw new Error("Help.html ontbreekt"); }`;
      const r = cliWithBundle("broken", broken, ["--out", out, "--today", "2026-11-22"]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split("\n")).toEqual([
        expect.stringMatching(/^netwerkplan: ‘.+’ is niet gelukt: Help\.html ontbreekt$/),
      ]);
    });

    test("without a browser the pages are written as HTML, one line says so, and the run succeeds", () => {
      const out = path.join(tmp, "no-browser");
      const env = { ...process.env, NETWERKPLAN_BROWSER: path.join(tmp, "geen-browser") };
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
      const out = path.join(tmp, "again");
      fs.mkdirSync(path.join(out, "schermen"), { recursive: true });
      fs.writeFileSync(path.join(out, "schermen", "dialoog-oud.html"), "oud");
      fs.writeFileSync(path.join(out, "schermen", "dialoog-oud.png"), "oud");
      expect(cli("--out", out, "--today", "2026-11-22").code).toBe(0);
      expectScreensWritten(out, summaryOf(out).screens);
    });
  });
});

describe("npm start: arguments, faults and chosen actions", () => {
  /** The CLI without a browser: these runs are about what is clicked and written, not about screenshots. */
  const run = (...args: string[]) => {
    const env = { ...process.env, NETWERKPLAN_BROWSER: path.join(tmp, "geen-browser") };
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", env });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const oneLine = (r: { stderr: string }) => {
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/onverwachte fout|\n\s+at /);
  };

  // Every check is in tests/local/cli-args.test.ts; these show the CLI makes them before it reads or runs.
  test("a bad argument is refused with exit code 2 and one line, before anything is read or run", () => {
    const file = path.join(tmp, "een-bestand.txt");
    fs.writeFileSync(file, "geen map");
    const out = path.join(tmp, "args-out");
    const cases: [string[], RegExp][] = [
      [["--out", file], /een-bestand\.txt \(--out\) is een bestand, geen map/],
      [
        ["--input", path.join(tmp, "bestaat-niet.xlsx"), "--out", out],
        /bestaat-niet\.xlsx \(--input\) bestaat niet/,
      ],
      [["--fault", "Valideren:0:quota", "--out", out], /‘Valideren:0:quota’ is geen geldige --fault/],
    ];
    for (const [args, message] of cases) {
      const r = run(...args);
      expect([args, r.code]).toEqual([args, 2]);
      expect(r.stderr).toMatch(message);
      oneLine(r);
      expect(r.stdout).toBe(""); // nothing ran
    }
    expect(fs.existsSync(out)).toBe(false);
  });

  test("--actions clicks only those menu items, in that order; unknown names list the valid ones", () => {
    const out = path.join(tmp, "chosen");
    const r = run(
      "--out",
      out,
      "--today",
      "2026-11-22",
      "--actions",
      "Valideren,Werkblad inrichten,Valideren",
    );
    expect(r.code).toBe(0);
    const summary = summaryOf(out);
    expect(summary.actions.map((a: { name: string }) => a.name)).toEqual([
      "Valideren",
      "Werkblad inrichten",
      "Valideren",
    ]);
    expect(summary.fault).toBeNull();
    // Settings and Help are not opened: only the actions' own summary dialogs were shown.
    expect(summary.screens.map((s: Screen) => s.kind)).toEqual(["modal", "modal", "modal"]);

    const unknown = run("--out", path.join(tmp, "unknown"), "--actions", "Valideren,Dashboards maken");
    expect(unknown.code).toBe(2);
    oneLine(unknown);
    expect(unknown.stderr).toContain("Onbekende actie ‘Dashboards maken’ in --actions. Kies uit: ");
    for (const name of summary.actions.map((a: { name: string }) => a.name))
      expect(unknown.stderr).toContain(`‘${name}’`);
    expect(fs.existsSync(path.join(tmp, "unknown"))).toBe(false);
  });

  test("--fault: the k-th call of the action fails with Google's quota text, the run stops there, and the next click completes it", () => {
    const state = path.join(tmp, "fault-state");
    const out = path.join(tmp, "fault");
    const r = run(
      "--out",
      out,
      "--state",
      state,
      "--today",
      "2026-11-22",
      "--fault",
      "Dashboards genereren:30:quota",
    );
    expect(r.code).toBe(1);
    const summary = summaryOf(out);
    expect(summary.actions.map((a: { name: string }) => a.name)).toEqual([
      "Werkblad inrichten",
      "Valideren",
      "Dashboards genereren",
    ]);
    const faulted = summary.actions[2];
    expect(faulted.outcome).toBe("error");
    // After the failed call the add-on still reports (the summary dialog): calls go on past k.
    expect(faulted.totalCalls).toBeGreaterThanOrEqual(30);
    expect(summary.fault).toEqual({
      action: "Dashboards genereren",
      call: 30,
      kind: "quota",
      fired: true,
      method: expect.stringMatching(/^\w+(\.\w+)+$/),
      message: expect.stringMatching(/^Service invoked too many times for one day: [\w.]+\.$/),
      outcome: "error",
      notClicked: ["Rapport genereren", "Jaaractieplan maken", "Uitnodigingen versturen…"],
    });
    expect(faulted.message).toContain(summary.fault.message.replace(/\.$/, ""));
    expect(r.stdout).toContain(
      `fout ingevoegd bij aanroep 30 van ‘Dashboards genereren’ (${summary.fault.method})`,
    );
    expect(summary.dashboards).toEqual([]);

    const next = run(
      "--out",
      out,
      "--state",
      state,
      "--today",
      "2026-11-22",
      "--actions",
      "Dashboards genereren",
    );
    expect(next.code).toBe(0);
    const after = summaryOf(out);
    expect(after.actions).toHaveLength(1);
    expect(after.actions[0].outcome).toBe("ok");
    expect(after.dashboards.length).toBeGreaterThan(0);
  });

  test("--fault timeout ends the action with Google's text; a fault past the action's last call does not fire", () => {
    const out = path.join(tmp, "timeout");
    const r = run(
      "--out",
      out,
      "--today",
      "2026-11-22",
      "--actions",
      "Werkblad inrichten,Valideren",
      "--fault",
      "Werkblad inrichten:3:timeout",
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Exceeded maximum execution time");
    const summary = summaryOf(out);
    expect(summary.actions).toHaveLength(1);
    expect(summary.fault).toMatchObject({
      fired: true,
      message: "Exceeded maximum execution time",
      notClicked: ["Valideren"],
    });

    const late = run(
      "--out",
      out,
      "--today",
      "2026-11-22",
      "--actions",
      "Werkblad inrichten",
      "--fault",
      "Werkblad inrichten:100000:quota",
    );
    expect(late.code).toBe(0);
    expect(summaryOf(out).fault).toMatchObject({ fired: false, method: null, outcome: "ok" });
    expect(late.stdout).toContain(
      "let op: de fout bij aanroep 100000 van ‘Werkblad inrichten’ is niet opgetreden",
    );
  });

  test("a --state folder of the wrong shape is refused with exit code 2 and one line that says where", () => {
    const state = path.join(tmp, "wrong-shape");
    const out = path.join(tmp, "wrong-shape-out");
    expect(run("--out", out, "--state", state, "--today", "2026-11-22", "--actions", "Valideren").code).toBe(
      0,
    );
    const file = path.join(state, "account.json");
    const good = fs.readFileSync(file, "utf8");
    type Saved = { activeSpreadsheetId: string; spreadsheets: Record<string, { sheets: unknown }> | null };
    const cases: [(saved: Saved) => void, RegExp][] = [
      [(a) => (a.spreadsheets![a.activeSpreadsheetId]!.sheets = 5), /sheets: verwacht een lijst/],
      [
        (a) => {
          const ss = a.spreadsheets![a.activeSpreadsheetId]!;
          ss.sheets = [{ ...(ss.sheets as object[])[0], cells: {} }];
        },
        /sheets\.0\.cells: verwacht een lijst/,
      ],
      [(a) => (a.spreadsheets = null), /spreadsheets: verwacht een object/],
    ];
    for (const [change, where] of cases) {
      const saved = JSON.parse(good) as Saved;
      change(saved);
      fs.writeFileSync(file, JSON.stringify(saved));
      const r = run("--out", out, "--state", state);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/bevat geen bruikbare opgeslagen toestand \(account\.json wijkt af bij /);
      expect(r.stderr).toMatch(where);
      oneLine(r);
    }
    fs.writeFileSync(file, good);
    fs.writeFileSync(path.join(state, "invoer.json"), "{ niet af");
    const r = run("--out", out, "--state", state);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("invoer.json is geen leesbare JSON");
    oneLine(r);
  });

  test("a tab named History (as Google Sheets exports it) is read, and written under a name Excel allows", async () => {
    const file = path.join(tmp, "met-history.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(ROOT, "examples", "voorbeeldnetwerk.xlsx"));
    wb.addWorksheet("Geschiedenis").getCell("A1").value = "oud";
    await wb.xlsx.writeFile(file);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", xml.replace('name="Geschiedenis"', 'name="History"'));
    fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));

    const out = path.join(tmp, "history");
    const r = run("--input", file, "--out", out, "--today", "2026-11-22", "--actions", "Werkblad inrichten");
    expect(r.code).toBe(0);
    expect(summaryOf(out).renamedTabs).toEqual([
      { tab: "History", written: "History (2)", reason: "Excel reserveert de naam ‘History’." },
    ]);
    expect(r.stdout).toContain("let op: het tabblad ‘History’ staat in de xlsx als ‘History (2)’");
    const back = await readXlsx(path.join(out, "netwerkplan.xlsx"));
    expect(back.sheets.find((s) => s.name === "History (2)")?.cells[0]?.[0]).toEqual({ v: "oud" });
  });

  test("a stray value in Activiteiten!A1048576 of a small file: refused at once as larger than Sheets holds", async () => {
    const file = path.join(tmp, "ver-weg.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(ROOT, "examples", "voorbeeldnetwerk.xlsx"));
    wb.getWorksheet("Activiteiten")!.getCell("A1048576").value = "x";
    await wb.xlsx.writeFile(file);
    const r = run("--input", file, "--out", path.join(tmp, "ver-weg"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is te groot voor Google Sheets");
    expect(r.stderr).toContain("(tot cel A1048576)");
    oneLine(r);
  });
});
