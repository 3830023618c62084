/** `npm start` as a user runs it: its arguments, --fault, --actions, refused input. */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readXlsx } from "../../local/io/xlsx";
import { ROOT, tempFolder } from "../support/addon";
import { noBrowser, runCli, type Screen, summaryOf } from "../support/cli";

const folder = tempFolder("netwerkplan-cli-options-");
describe("npm start: arguments, faults and chosen actions", () => {
  /** The CLI without a browser: these runs are about what is clicked and written, not about screenshots. */
  const run = (...args: string[]) => runCli(args, noBrowser(folder()));
  const oneLine = (r: { stderr: string }) => {
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/onverwachte fout|\n\s+at /);
  };

  // Every check is in tests/local/cli-args.test.ts; these show the CLI makes them before it reads or runs.
  test("a bad argument is refused with exit code 2 and one line, before anything is read or run", () => {
    const file = path.join(folder(), "een-bestand.txt");
    fs.writeFileSync(file, "geen map");
    const out = path.join(folder(), "args-out");
    const cases: [string[], RegExp][] = [
      [["--out", file], /een-bestand\.txt \(--out\) is een bestand, geen map/],
      [
        ["--input", path.join(folder(), "bestaat-niet.xlsx"), "--out", out],
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
    const out = path.join(folder(), "chosen");
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
    expect(r.stdout).toContain(`${path.join(out, "schermen")} (3 schermen)`);
    const one = run("--out", path.join(folder(), "one"), "--today", "2026-11-22", "--actions", "Valideren");
    expect(one.code).toBe(0);
    expect(one.stdout).toContain(`${path.join(folder(), "one", "schermen")} (1 scherm)`);

    // The year planning's caption opens its dialog, in its turn; nothing is added to Vergaderingen.
    const planning = path.join(folder(), "planning");
    const p = run(
      "--out",
      planning,
      "--today",
      "2026-11-22",
      "--actions",
      "Valideren,Jaarplanning vergaderingen…",
    );
    expect([p.code, p.stderr]).toEqual([0, ""]);
    const planned = summaryOf(planning);
    expect(planned.actions.map((a: { name: string; outcome: string }) => [a.name, a.outcome])).toEqual([
      ["Valideren", "ok"],
      ["Jaarplanning vergaderingen…", "ok"],
    ]);
    expect(planned.screens.map((s: Screen) => s.file)).toEqual([
      "schermen/dialoog-valideren.html",
      "schermen/dialoog-jaarplanning-vergaderingen.html",
    ]);
    expect(fs.existsSync(path.join(planning, "schermen", "dialoog-jaarplanning-vergaderingen.html"))).toBe(
      true,
    );

    const unknown = run("--out", path.join(folder(), "unknown"), "--actions", "Valideren,Dashboards maken");
    expect(unknown.code).toBe(2);
    oneLine(unknown);
    expect(unknown.stderr).toContain("Onbekende actie ‘Dashboards maken’ in --actions. Kies uit: ");
    for (const name of [
      ...summary.actions.map((a: { name: string }) => a.name),
      "Jaarplanning vergaderingen…",
    ])
      expect(unknown.stderr).toContain(`‘${name}’`);
    expect(fs.existsSync(path.join(folder(), "unknown"))).toBe(false);
  });

  test("--fault: the k-th call of the action fails with Google's quota text, the run stops there, and the next click completes it", () => {
    const state = path.join(folder(), "fault-state");
    const out = path.join(folder(), "fault");
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
    const out = path.join(folder(), "timeout");
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
    // The execution was ended, so only Google's text came back: the line names the action.
    expect(r.stderr).toBe(
      "netwerkplan: ‘Werkblad inrichten’ is niet gelukt: Exceeded maximum execution time\n",
    );
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
    const state = path.join(folder(), "wrong-shape");
    const out = path.join(folder(), "wrong-shape-out");
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
    const file = path.join(folder(), "met-history.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(ROOT, "examples", "voorbeeldnetwerk.xlsx"));
    wb.addWorksheet("Geschiedenis").getCell("A1").value = "oud";
    await wb.xlsx.writeFile(file);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", xml.replace('name="Geschiedenis"', 'name="History"'));
    fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));

    const out = path.join(folder(), "history");
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
    const file = path.join(folder(), "ver-weg.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(ROOT, "examples", "voorbeeldnetwerk.xlsx"));
    wb.getWorksheet("Activiteiten")!.getCell("A1048576").value = "x";
    await wb.xlsx.writeFile(file);
    const r = run("--input", file, "--out", path.join(folder(), "ver-weg"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is te groot voor Google Sheets");
    expect(r.stderr).toContain("(tot cel A1048576)");
    oneLine(r);
  });
});
