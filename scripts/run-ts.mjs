#!/usr/bin/env node
// Runs a TypeScript file with Node: bundles it with esbuild (packages stay external) and executes it.
// Usage: node scripts/run-ts.mjs path/to/file.ts [args...]
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("usage: node scripts/run-ts.mjs FILE.ts [args...]");
  process.exit(2);
}
mkdirSync(resolve("node_modules/.cache"), { recursive: true });
const dir = mkdtempSync(join(resolve("node_modules/.cache"), "run-ts-"));
const outfile = join(dir, "main.cjs");
await build({
  entryPoints: [resolve(entry)],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  outfile,
  sourcemap: "inline",
  logLevel: "error",
  absWorkingDir: process.cwd(),
  nodePaths: [resolve("node_modules")],
});
process.argv = [process.argv[0], resolve(entry), ...args];
try {
  const { createRequire } = await import("node:module");
  createRequire(pathToFileURL(join(process.cwd(), "package.json")))(outfile);
} finally {
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
}
