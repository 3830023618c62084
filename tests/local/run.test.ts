/**
 * local/run.ts: what the runner offers pages (ui-bridge.ts) — the script's top-level functions, and calls whose
 * arguments arrive as JSON, each one execution.
 * https://developers.google.com/apps-script/guides/html/communication
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Account } from "../../local/emulator/account";
import { AddonRunner } from "../../local/run";

const CODE = `
var Netwerkplan = { n: 0 };
var teller = 0;
function tel(x) { teller++; return { teller: teller, plain: Object.getPrototypeOf(x) === Object.prototype, x: x }; }
function geheim_() { return 1; }
var pijl = function () { return 2; };
`;

let dir = "";
let runner: AddonRunner;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "run-"));
  fs.writeFileSync(path.join(dir, "Code.js"), CODE);
  const account = new Account();
  account.data.activeSpreadsheetId = account.createSpreadsheet("Proef").id;
  runner = new AddonRunner({ account, distDir: dir });
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("functionNames lists the script's top-level functions, private ones too, and no service", () => {
  expect(runner.functionNames()).toEqual(["geheim_", "pijl", "tel"]);
});

test("executeFromClient parses the arguments inside the execution: plain objects of its own realm", () => {
  const r = runner.executeFromClient("tel", JSON.stringify([{ a: [1, "b"] }]));
  expect(r.error).toBeUndefined();
  expect(r.value).toEqual({ teller: 1, plain: true, x: { a: [1, "b"] } });
});

test("each call is a fresh execution: globals start over", () => {
  expect(runner.executeFromClient("tel", "[{}]").value).toMatchObject({ teller: 1 });
  expect(runner.executeFromClient("tel", "[{}]").value).toMatchObject({ teller: 1 });
});

test("a private function or an unknown one is not found; arguments that are no JSON array are refused", () => {
  expect(runner.executeFromClient("geheim_", "[]").error).toBe("Script function not found: geheim_");
  expect(runner.executeFromClient("nergens", "[]").error).toBe("Script function not found: nergens");
  expect(runner.executeFromClient("tel", '{"a":1}').error).toBe(
    "the arguments of a client call are a JSON array",
  );
});
