/** local/browser.ts: which browser the browser tests and the CLI's screenshots use, and what a missing one says. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { BROWSER_ENV, findBrowser, NoBrowserError } from "../../local/browser";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "find-browser-"));
const fake = path.join(tmp, "chrome");
fs.writeFileSync(fake, "");
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test("the browser named in the environment comes first", () => {
  expect(findBrowser({ env: { [BROWSER_ENV]: fake }, candidates: ["/bin/sh"] })).toEqual({
    executablePath: fake,
    source: "env",
  });
});

test("a named browser that does not exist is an error, not a silent fallback", () => {
  expect(() => findBrowser({ env: { [BROWSER_ENV]: path.join(tmp, "nope") } })).toThrow(NoBrowserError);
});

test("a browser installed on the machine comes before the one from npm", () => {
  expect(findBrowser({ env: {}, candidates: [path.join(tmp, "absent"), fake] })).toEqual({
    executablePath: fake,
    source: "system",
  });
});

test("with no browser anywhere the error names the one command that fixes it", () => {
  // tmp has no node_modules, so @sparticuz/chromium cannot be resolved from it.
  expect(() => findBrowser({ env: {}, cwd: tmp, candidates: [] })).toThrow(/Run `npm install`/);
});

test("npm install brings a browser: without a system one, @sparticuz/chromium's (Linux only) is found", () => {
  const find = () => findBrowser({ env: {}, candidates: [] });
  if (process.platform !== "linux") {
    expect(find).toThrow(NoBrowserError);
    return;
  }
  const found = find();
  expect(found.source).toBe("npm");
  expect(fs.statSync(found.executablePath).size).toBeGreaterThan(50_000_000);
});
