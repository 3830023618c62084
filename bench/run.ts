/**
 * `npm run bench`: speed, memory and service calls of the menu actions for networks of growing size,
 * run through the built bundle in the emulator. Prints a table; asserts nothing (targets are read here,
 * never as timings in tests).
 */
import * as path from "node:path";
import { Account } from "../local/emulator/account";
import { newSheetData } from "../local/emulator/spreadsheet/model";
import { AddonRunner } from "../local/run";

const SIZES = [50, 500, 5000];
const ACTIONS = ["Werkblad inrichten", "Valideren", "Dashboards genereren"];
const DEADLINES = ["Dec. 2026", "Okt.-dec. 2026", "Q3 2027", "Continue", "2027", "Mei 2026"];
const STATUSES = ["Op schema", "Doorlopend", "Behaald", "Achter op schema"];
const PROJECTS = Array.from({ length: 8 }, (_, i) => `Project ${i + 1}`);

function account(n: number): Account {
  const acc = new Account();
  const ss = acc.createSpreadsheet("Bench");
  const tab = (id: number, name: string, rows: unknown[][]) => {
    const s = newSheetData(id, name, Math.max(1000, rows.length + 10), 26);
    s.cells = rows.map((r) => r.map((v) => (v === "" ? null : { v: v as string | number | boolean })));
    return s;
  };
  const acts: unknown[][] = [
    ["ID", "Project", "Thema", "Onderwerp", "Trekker", "Deadline", "Fase", "Status"],
  ];
  for (let i = 0; i < n; i++) {
    const d = DEADLINES[i % DEADLINES.length]!;
    acts.push([
      "",
      PROJECTS[i % PROJECTS.length],
      "Thema",
      `Activiteit ${i}`,
      "Netwerkcoördinator",
      d,
      d === "Continue" ? "Continue" : "Uitvoering",
      d === "Continue" ? "Doorlopend" : STATUSES[i % 4],
    ]);
  }
  ss.sheets = [
    tab(0, "Activiteiten", acts),
    tab(1, "Projecten", [["Naam", "Probleemstelling"], ...PROJECTS.map((p) => [p, "Probleem"])]),
    tab(2, "Leden", [
      ["Naam", "E-mail", "Rol", "Groepen"],
      ["Anna", "anna@example.org", "Netwerkcoördinator", "Kerngroep"],
    ]),
  ];
  ss.nextSheetId = 3;
  acc.data.activeSpreadsheetId = ss.id;
  return acc;
}

const rows: string[] = [];
for (const n of SIZES) {
  const runner = new AddonRunner({ account: account(n), today: "2026-11-22", distDir: path.resolve("dist") });
  runner.open("FULL");
  for (const action of ACTIONS) {
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = process.hrtime.bigint();
    const r = runner.click(action);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const heap = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    const outcome = (r.value as { outcome?: string } | undefined)?.outcome ?? r.error;
    rows.push(`| ${n} | ${action} | ${outcome} | ${r.totalCalls} | ${ms.toFixed(0)} | ${heap.toFixed(1)} |`);
  }
}
console.log("| activities | action | outcome | service calls | ms (local) | heap Δ MB |");
console.log("|---:|---|---|---:|---:|---:|");
for (const r of rows) console.log(r);
