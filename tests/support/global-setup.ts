/**
 * Runs once per `jest` run, before any test file: builds dist/ and build/local/cli.js (no test file builds,
 * so no worker reads dist/ while another rewrites it), and finds the browser once, so that the browser tests
 * in parallel workers do not each unpack it. Workers inherit the found path through the environment.
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { BROWSER_ENV, findBrowser, NoBrowserError } from "../../local/browser";

export default function globalSetup(): void {
  const root = path.resolve(__dirname, "..", "..");
  execFileSync(process.execPath, [path.join(root, "scripts", "build.mjs"), "--quiet"], {
    cwd: root,
    stdio: "inherit",
  });
  try {
    process.env[BROWSER_ENV] = findBrowser({ cwd: root }).executablePath;
  } catch (e) {
    // The browser tests call findBrowser() themselves and fail with its message; the others need no browser.
    if (!(e instanceof NoBrowserError)) throw e;
  }
}
