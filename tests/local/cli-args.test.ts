/** The options of `npm start` (local/cli-args.ts): each mistake is one Dutch sentence, found before any work. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkPaths, HELP, InputError, parseArgs } from "../../local/cli-args";

let tmp = "";
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkplan-args-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The message of the InputError `fn` throws (the test fails when it throws nothing or something else). */
function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const message = (e as Error).message;
    expect(message.split("\n")).toHaveLength(1);
    return message;
  }
  throw new Error("expected an InputError");
}

const check = (...argv: string[]) => checkPaths(parseArgs(argv));

describe("parseArgs", () => {
  test("--help or -h anywhere: the help, nothing checked (not even the other options)", () => {
    for (const argv of [["--help"], ["-h"], ["--today", "gisteren", "--help"], ["--onbekend", "-h"]])
      expect(parseArgs(argv).help).toBe(true);
    expect(parseArgs(["--out", "uit"]).help).toBe(false);
    // Every option the parser knows is explained.
    for (const option of ["--input", "--out", "--today", "--state", "--actions", "--fault", "--help"])
      expect(HELP).toContain(option);
  });

  test("defaults, and every option", () => {
    expect(parseArgs([])).toEqual({
      input: null,
      out: "out",
      today: null,
      state: null,
      fault: null,
      actions: null,
      help: false,
    });
    expect(
      parseArgs([
        "--input",
        "a.xlsx",
        "--out",
        "uit",
        "--today",
        "2026-11-22",
        "--state",
        "st",
        "--actions",
        "Valideren, Dashboards genereren",
        "--fault",
        "Dashboards genereren:12:timeout",
      ]),
    ).toEqual({
      input: "a.xlsx",
      out: "uit",
      today: "2026-11-22",
      state: "st",
      actions: ["Valideren", "Dashboards genereren"],
      fault: { action: "Dashboards genereren", call: 12, kind: "timeout" },
      help: false,
    });
  });

  test("a fault's action may hold colons; the count and the kind are the last two parts", () => {
    expect(parseArgs(["--fault", "Stap: één:3:quota"]).fault).toEqual({
      action: "Stap: één",
      call: 3,
      kind: "quota",
    });
  });

  test.each([
    [["--wat", "x"], /^Onbekende optie ‘--wat’\. Gebruik: npm start -- /],
    [["out"], /^Onbekende optie ‘out’/],
    [["--out"], /^De optie --out mist een waarde\.$/],
    [["--out", "--today"], /^De optie --out mist een waarde\.$/],
    [["--out", "a", "--out", "b"], /^De optie --out staat er twee keer\.$/],
    [["--today", "2026-02-30"], /^‘2026-02-30’ is geen geldige datum; gebruik --today JJJJ-MM-DD/],
    [["--today", "22-11-2026"], /^‘22-11-2026’ is geen geldige datum/],
    [["--fault", "Valideren"], /^‘Valideren’ is geen geldige --fault; gebruik --fault "ACTIE:K:quota"/],
    [["--fault", "Valideren:0:quota"], /is geen geldige --fault/],
    [["--fault", "Valideren:-1:quota"], /is geen geldige --fault/],
    [["--fault", "Valideren:2:storing"], /is geen geldige --fault/],
    [["--fault", ":2:quota"], /is geen geldige --fault/],
    [
      ["--actions", "Valideren,,Dashboards genereren"],
      /^‘Valideren,,Dashboards genereren’ is geen geldige --actions/,
    ],
    [["--actions", " "], /is geen geldige --actions/],
  ])("%j is refused", (argv, message) => {
    expect(refusal(() => parseArgs(argv))).toMatch(message);
  });
});

describe("checkPaths", () => {
  test("an output or state folder that exists, or can be made, passes; nothing is made", () => {
    const dir = path.join(tmp, "nieuw", "dieper");
    check("--out", tmp);
    check("--out", dir, "--state", path.join(tmp, "toestand"));
    expect(fs.existsSync(path.join(tmp, "nieuw"))).toBe(false);
  });

  test("--out or --state naming a file, or a folder under a file, is refused", () => {
    const file = path.join(tmp, "bestand.txt");
    fs.writeFileSync(file, "x");
    expect(refusal(() => check("--out", file))).toBe(
      `${file} (--out) is een bestand, geen map; kies een map voor de resultaten.`,
    );
    expect(refusal(() => check("--state", file))).toBe(
      `${file} (--state) is een bestand, geen map; kies een map voor de opgeslagen toestand.`,
    );
    expect(refusal(() => check("--out", path.join(file, "sub", "map")))).toBe(
      `De map ${path.join(file, "sub", "map")} (--out) kan niet worden gemaakt: ${file} is een bestand.`,
    );
  });

  test("--input that does not exist, or is a folder, is refused", () => {
    const missing = path.join(tmp, "bestaat-niet.xlsx");
    expect(refusal(() => check("--input", missing))).toBe(`Het bestand ${missing} (--input) bestaat niet.`);
    expect(refusal(() => check("--input", tmp))).toBe(
      `${tmp} (--input) is een map, geen Excel-bestand (.xlsx).`,
    );
  });

  test("a folder nobody may write in is refused (when the run is not root, who may write anywhere)", () => {
    if (process.getuid?.() === 0) return;
    const locked = path.join(tmp, "dicht");
    fs.mkdirSync(locked);
    fs.chmodSync(locked, 0o500);
    try {
      expect(refusal(() => check("--out", locked))).toBe(
        `In de map ${locked} (--out) mag niet worden geschreven.`,
      );
      expect(refusal(() => check("--out", path.join(locked, "sub")))).toBe(
        `De map ${path.join(locked, "sub")} (--out) kan niet worden gemaakt: in ${locked} mag niet worden geschreven.`,
      );
    } finally {
      fs.chmodSync(locked, 0o700);
    }
  });
});
