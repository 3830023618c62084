/** `Valideren` through the built bundle in the emulator, on the example network. */
import * as path from "node:path";
import { Account } from "../../local/emulator/account";
import type { SpreadsheetData } from "../../local/emulator/spreadsheet/model";
import { readXlsx } from "../../local/io/xlsx";
import { accountWith, ROOT, runnerFor, tab, valuesOf } from "../support/addon";

const SOURCE = ["Activiteiten", "Projecten", "Leden", "Vergaderingen", "Instellingen"];

async function example(): Promise<{ account: Account; ss: SpreadsheetData }> {
  const account = new Account();
  const ss = await readXlsx(path.join(ROOT, "examples", "voorbeeldnetwerk.xlsx"), {
    id: account.newFileId(),
  });
  account.addSpreadsheet(ss);
  account.data.activeSpreadsheetId = ss.id;
  return { account, ss };
}

/** Every value and format a partner made in the source tabs (the add-on's drop-downs left out). */
function sourceCells(ss: SpreadsheetData): Record<string, unknown> {
  return Object.fromEntries(
    SOURCE.map((name) => [
      name,
      JSON.parse(JSON.stringify(tab(ss, name).cells, (k, v) => (k === "dv" ? undefined : v))),
    ]),
  );
}

describe("Valideren", () => {
  test("changes no source cell except empty ID cells, which get A-0001…", async () => {
    const { account, ss } = await example();
    const before = sourceCells(ss) as Record<string, ({ v?: unknown } | null)[][]>;
    const runner = runnerFor(account, "2026-11-22");
    expect(runner.click("Werkblad inrichten").value).toMatchObject({ outcome: "ok" });
    const r = runner.click("Valideren");
    expect(r.value).toMatchObject({ outcome: "ok" });
    const after = sourceCells(ss) as typeof before;
    for (const name of SOURCE) {
      const a = before[name]!;
      const b = after[name]!;
      a.forEach((row, ri) => {
        row?.forEach((cell, ci) => {
          if (name === "Activiteiten" && ci === 0 && ri > 0) {
            expect(b[ri]?.[ci]?.v).toBe(`A-${String(ri).padStart(4, "0")}`);
          } else {
            expect(b[ri]?.[ci] ?? null).toEqual(cell ?? null);
          }
        });
      });
    }
    const details = (r.value as { details: { counts: { activities: number; valid: number } } }).details;
    expect(details.counts).toMatchObject({ activities: 40, valid: 40 });
  });

  test("the user's tab stays in front: a source tab by itself (no call after the writes), a replaced Status as its new version", async () => {
    const { account, ss } = await example();
    const runner = runnerFor(account, "2026-11-22");
    expect(runner.click("Valideren").value).toMatchObject({ outcome: "ok" });
    ss.activeSheetId = tab(ss, "Activiteiten").id;
    const kept = runner.click("Valideren");
    expect(kept.value).toMatchObject({ outcome: "ok" });
    expect(ss.activeSheetId).toBe(tab(ss, "Activiteiten").id);
    expect(kept.calls["Spreadsheet.getSheetById"]).toBeUndefined();
    expect(kept.calls["Spreadsheet.setActiveSheet"]).toBeUndefined();
    const oldStatus = tab(ss, "Status").id;
    ss.activeSheetId = oldStatus;
    const replaced = runner.click("Valideren");
    expect(replaced.value).toMatchObject({ outcome: "ok" });
    expect(tab(ss, "Status").id).not.toBe(oldStatus);
    expect(ss.activeSheetId).toBe(tab(ss, "Status").id);
    expect(replaced.calls["Spreadsheet.getSheetById"]).toBe(1);
  });

  test("Validatie lists each problem with a link to its cell; Status lists every valid activity", async () => {
    const { account, ss } = await example();
    const runner = runnerFor(account, "2026-11-22");
    const r = runner.click("Valideren");
    const problems = (r.value as { details: { problems: { tab: string; row: number; severity: string }[] } })
      .details.problems;
    expect(problems.length).toBeGreaterThan(0);
    const validatie = tab(ss, "Validatie");
    const rows = valuesOf(validatie);
    expect(rows[0]).toEqual(["Tabblad", "Rij", "Kolom", "Waarde", "Ernst", "Melding", "Suggestie", "Link"]);
    expect(rows).toHaveLength(problems.length + 1);
    const gid = tab(ss, "Activiteiten").id;
    const first = validatie.cells[1]!;
    expect(first[7]?.f).toMatch(new RegExp(`^=HYPERLINK\\("#gid=${gid}&range=[A-Z]+${problems[0]!.row}"`));
    expect(first[4]?.v).toBe(problems[0]!.severity);
    const status = valuesOf(tab(ss, "Status"));
    expect(status).toHaveLength(41);
    expect(status.slice(1).map((row) => row[0])).toEqual(
      Array.from({ length: 40 }, (_, i) => `A-${String(i + 1).padStart(4, "0")}`),
    );
    expect(tab(ss, "Status").filter).not.toBeNull();
  });

  test("a Deadline date cell formatted as a month is that month: its display is what the run reads", async () => {
    const { account, ss } = await example();
    const acts = tab(ss, "Activiteiten");
    const header = acts.cells[0]!.map((c) => c?.v);
    const [deadline, phase, status] = ["Deadline", "Fase", "Status"].map((h) => header.indexOf(h));
    // Sheets and Excel store a typed `december 2026` as 1-12-2026 with a month format; rows 27 and 29 have
    // one, row 31 shows the same date as its day.
    const first = new Date("2026-12-01T00:00:00+01:00");
    const formats: [row: number, nf: string][] = [
      [27, "mmm-yy"],
      [29, "mmmm yyyy"],
      [31, "dd-mm-yyyy"],
    ];
    for (const [row, nf] of formats) {
      const cells = acts.cells[row - 1]!;
      cells[deadline!] = { v: first, nf };
      cells[phase!] = { v: "Uitvoering" };
      cells[status!] = { v: "Op schema" };
    }
    const r = runnerFor(account, "2026-12-15").click("Valideren");
    const problems = (
      r.value as { details: { problems: { row: number; column: string; message: string }[] } }
    ).details.problems;
    const overdue = problems.filter((p) => p.column === "Deadline" && formats.some(([row]) => row === p.row));
    expect(overdue.map((p) => [p.row, p.message])).toEqual([
      [31, expect.stringMatching(/^Deadline verstreken: de deadline ‘01-12-2026’ liep af op 01-12-2026/)],
    ]);
    // Status: the month ends on its last day, the day on itself.
    const statusRows = valuesOf(tab(ss, "Status"));
    const einde = statusRows[0]!.indexOf("Einde");
    const ends = formats.map(([row]) => {
      const id = acts.cells[row - 1]![0]!.v;
      // A Date of the bundle's realm.
      const end = statusRows.find((r) => r[0] === id)?.[einde] as Date;
      return new Date(end.getTime()).toLocaleDateString("nl-NL", { timeZone: "Europe/Amsterdam" });
    });
    expect(ends).toEqual(["31-12-2026", "31-12-2026", "1-12-2026"]);
  });

  test("an ID is never given twice, even after its row was deleted", async () => {
    const { account, ss } = await example();
    const runner = runnerFor(account, "2026-11-22");
    runner.click("Valideren");
    const acts = tab(ss, "Activiteiten");
    const last = acts.cells.length - 1;
    const copy = JSON.parse(JSON.stringify(acts.cells[last]));
    expect(copy[0].v).toBe("A-0040");
    // The last activity is deleted and a new one is typed in its place.
    copy[0] = null;
    copy[3] = { v: "Nieuwe activiteit" };
    acts.cells[last] = copy;
    runner.click("Valideren");
    expect(acts.cells[last]?.[0]?.v).toBe("A-0041");
  });
});

describe("Valideren while a partner is typing", () => {
  const data = () => ({
    Activiteiten: [
      ["ID", "Project", "Onderwerp", "Trekker", "Deadline", "Fase", "Status"],
      ["", "P", "Eerste", "NWC", "Dec. 2026", "Uitvoering", "Op schema"],
      ["", "P", "Tweede", "NWC", "Dec. 2026", "Uitvoering", "Op schema"],
    ],
    Projecten: [["Naam"], ["P"]],
    Leden: [
      ["Naam", "E-mail", "Rol"],
      ["Anna", "anna@example.org", "NWC"],
    ],
    Vergaderingen: [["Groep", "Datum"]],
    Instellingen: [["Sleutel", "Waarde"]],
  });

  test("IDs are not written into rows that moved after they were read; the next run gives them", () => {
    const { account, ss } = accountWith(data());
    const runner = runnerFor(account, "2026-11-22");
    // The 7th Range.getValues is the check just before the IDs are written (1 settings read, 5 tabs).
    runner.faults = [
      {
        method: "Range.getValues",
        call: 7,
        before: () => {
          // A partner inserts a row above the activities.
          tab(ss, "Activiteiten").cells.splice(1, 0, [null, { v: "P" }, { v: "Nieuw" }]);
        },
      },
    ];
    const r = runner.click("Valideren");
    expect(r.value).toMatchObject({ outcome: "ok" });
    expect(valuesOf(tab(ss, "Activiteiten")).map((row) => row[0])).toEqual(["ID", "", "", ""]);
    runner.faults = [];
    runner.click("Valideren");
    expect(valuesOf(tab(ss, "Activiteiten")).map((row) => [row[0], row[2]])).toEqual([
      ["ID", "Onderwerp"],
      ["A-0001", "Nieuw"],
      ["A-0002", "Eerste"],
      ["A-0003", "Tweede"],
    ]);
  });

  test("without typing in between, the same run writes the IDs", () => {
    const { account, ss } = accountWith(data());
    const runner = runnerFor(account, "2026-11-22");
    const r = runner.click("Valideren");
    expect(r.calls["Range.getValues"]).toBeGreaterThanOrEqual(8);
    expect(valuesOf(tab(ss, "Activiteiten")).map((row) => row[0])).toEqual(["ID", "A-0001", "A-0002"]);
  });
});
