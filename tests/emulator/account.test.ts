/** The whole emulated account saved to a folder as JSON and loaded again (`npm start -- --state DIR`). */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Account } from "../../local/emulator/account";

describe("Account.save / Account.load", () => {
  test("round-trips spreadsheets (with real dates), properties and caches", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "account-"));
    const account = new Account();
    const ss = account.createSpreadsheet("Netwerk");
    account.data.activeSpreadsheetId = ss.id;
    const when = new Date("2026-03-29T01:30:00Z");
    ss.sheets[0]!.cells = [
      [
        { v: "Datum", fw: "bold" },
        { v: when, nf: "dd-mm-yyyy" },
      ],
      [null, { v: 3 }, { v: true }],
    ];
    ss.sheets[0]!.merges.push({ row: 0, col: 0, numRows: 1, numCols: 1 });
    account.data.properties.document[ss.id] = { "netwerkplan.taal": "en" };
    account.data.properties.script.key = "value";
    account.save(dir);
    const loaded = Account.load(dir)!;
    expect(loaded).not.toBeNull();
    expect(loaded.data).toEqual(account.data);
    const cell = loaded.activeSpreadsheet!.sheets[0]!.cells[0]![1]!;
    expect(cell.v).toBeInstanceOf(Date);
    expect((cell.v as Date).toISOString()).toBe(when.toISOString());
    // A new id after loading does not collide with one handed out before saving.
    expect(loaded.newFileId()).not.toBe(ss.id);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("an empty folder holds no account", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "account-"));
    expect(Account.load(dir)).toBeNull();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
