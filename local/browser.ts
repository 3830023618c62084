/**
 * The headless browser of the browser tests and of `npm start`'s screenshots, without a download step.
 *
 * Order: the browser named by `NETWERKPLAN_BROWSER`; a Chrome or Chromium installed on the machine; the
 * Chromium that `npm install` brings inside the `@sparticuz/chromium` package (Linux x64/arm64; it needs the
 * system's libnss3). `@sparticuz/chromium` is an ES module that unpacks its binary to the temp folder on
 * first use; it is asked in a child process so that CommonJS callers (jest, the CLI bundle) can use it.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser } from "playwright-core";

export const BROWSER_ENV = "NETWERKPLAN_BROWSER";

export interface FoundBrowser {
  executablePath: string;
  /** Where it came from: "env", "system" or "npm". */
  source: "env" | "system" | "npm";
}

/** The Chrome/Chromium paths a machine may have, per platform. */
export function systemBrowserCandidates(platform: NodeJS.Platform = process.platform): string[] {
  if (platform === "darwin")
    return [
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
    ];
  if (platform === "win32") {
    const roots = [process.env.PROGRAMFILES, process.env["PROGRAMFILES(X86)"], process.env.LOCALAPPDATA];
    return roots
      .filter((r): r is string => !!r)
      .map((r) => path.join(r, "Google", "Chrome", "Application", "chrome.exe"));
  }
  return [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/snap/bin/chromium",
  ];
}

export class NoBrowserError extends Error {
  override name = "NoBrowserError";
}

const FIX = "Run `npm install` (it brings Chromium in the @sparticuz/chromium package)";

/** The nearest folder above this file that has node_modules (source and bundle sit at different depths). */
function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "node_modules")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** The Chromium inside node_modules/@sparticuz/chromium, unpacked; null when the package is absent. */
function npmChromium(cwd: string): string | null {
  if (process.platform !== "linux") return null;
  const script =
    "import('@sparticuz/chromium').then(async (m) => process.stdout.write(await m.default.executablePath()))";
  try {
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }).trim();
    return out && fs.existsSync(out) ? out : null;
  } catch {
    return null;
  }
}

export interface FindOptions {
  env?: NodeJS.ProcessEnv;
  /** Where `@sparticuz/chromium` is resolved from. */
  cwd?: string;
  /** The system paths to try (default: this platform's usual ones). */
  candidates?: string[];
}

/** Finds a browser, or throws a NoBrowserError that names the one command that fixes it. */
export function findBrowser(options: FindOptions = {}): FoundBrowser {
  const { env = process.env, cwd = projectRoot(), candidates = systemBrowserCandidates() } = options;
  const named = env[BROWSER_ENV];
  if (named) {
    if (fs.existsSync(named)) return { executablePath: named, source: "env" };
    throw new NoBrowserError(
      `${BROWSER_ENV}=${named}: no such file. Unset it, or point it at Chrome/Chromium.`,
    );
  }
  const system = candidates.find((p) => fs.existsSync(p));
  if (system) return { executablePath: system, source: "system" };
  const fromNpm = npmChromium(cwd);
  if (fromNpm) return { executablePath: fromNpm, source: "npm" };
  throw new NoBrowserError(
    `No Chrome or Chromium found (${os.platform()}). ${FIX}, or set ${BROWSER_ENV} to a Chrome/Chromium executable.`,
  );
}

/** Chromium flags for a closed network: no background connections, no first-run work. */
export const BROWSER_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--no-default-browser-check",
];

/**
 * Launches the found browser headless; a missing system library is named with its fix. playwright-core is
 * loaded here, not with this module: loading it takes about 70 MB, which a run without a browser never needs.
 */
export async function launchBrowser(found: FoundBrowser = findBrowser()): Promise<Browser> {
  // require, not import(): Node's ES-module loader would take some 20 MB more for the same package.
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  try {
    return await chromium.launch({ executablePath: found.executablePath, args: BROWSER_ARGS });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const lib = /(lib[\w.+-]+\.so[\w.]*): cannot open shared object file/.exec(msg);
    if (lib)
      throw new NoBrowserError(
        `Chromium (${found.source}) cannot start: ${lib[1]} is missing. Install it, e.g. \`sudo apt-get install -y libnss3\`.`,
      );
    throw e;
  }
}
