#!/usr/bin/env node
// Builds what `clasp push` uploads (dist/) and the local runner (build/local/cli.js).
//
// dist/Code.js = esbuild IIFE of src/main.ts under the global name `Netwerkplan`, followed by one real
// top-level function declaration per export of src/main.ts, because Apps Script only calls top-level
// functions by name. The export names come from an ESM metafile pass: the IIFE metafile lists none.
// dist/English.html = the English messages as JSON (src/core/messages/en.ts), read only by English runs.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const quiet = process.argv.includes("--quiet");
const distOnly = process.argv.includes("--dist-only");
const GLOBAL = "Netwerkplan";
const common = {
  entryPoints: ["src/main.ts"],
  bundle: true,
  target: "es2020",
  charset: "utf8",
  legalComments: "none",
  logLevel: "error",
};

// 1. Export names, from an ESM pass (written nowhere).
const esm = await build({ ...common, format: "esm", write: false, metafile: true, outdir: "build/esm" });
const outputs = Object.values(esm.metafile.outputs);
const exportNames = outputs.flatMap((o) => o.exports ?? []).sort();
if (exportNames.length === 0) throw new Error("src/main.ts exports nothing");
const bad = exportNames.filter((n) => !/^[A-Za-z_$][\w$]*$/.test(n) || n === "default");
if (bad.length) throw new Error(`exports that cannot be global functions: ${bad.join(", ")}`);

// 2. The IIFE bundle.
const iife = await build({
  ...common,
  format: "iife",
  globalName: GLOBAL,
  write: false,
  // Apps Script loads the whole file on every run: its size is start-up time (README "Prestaties").
  minify: true,
});
const body = iife.outputFiles[0].text;
if (/^\s*export\s/m.test(body)) throw new Error("an export statement survived in the IIFE bundle");

// `var Netwerkplan = (() => {...})();` is itself a top-level declaration; keep it as the one extra global.
const wrappers = exportNames
  .map((n) => `function ${n}(...args) {\n  return ${GLOBAL}.${n}(...args);\n}`)
  .join("\n");
const code = `${body}\n// Entry points: Apps Script calls these by name.\n${wrappers}\n`;

// 3. The English catalog (src/core/messages/en.ts) as a project file: JSON text that the bundle reads with
// HtmlService.createHtmlOutputFromFile only when an execution speaks English (src/core/i18n.ts). Its `<`, `>` and
// `&` are escaped so that the file holds no markup; JSON.parse gives the same strings back.
const english = await englishCatalog();

async function englishCatalog() {
  const mod = await build({
    entryPoints: ["src/core/messages/en.ts"],
    bundle: true,
    format: "esm",
    target: "es2020",
    charset: "utf8",
    write: false,
    logLevel: "error",
  });
  const url = `data:text/javascript;base64,${Buffer.from(mod.outputFiles[0].text).toString("base64")}`;
  const { en, ENGLISH_FILE } = await import(url);
  const json = JSON.stringify(en).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return { file: ENGLISH_FILE, text: `${json}\n` };
}

// Each file is written beside its place and renamed over it, so a test or a run reading dist/ while another
// build runs sees the old file or the new one, never none or half of one. Files no longer built are removed.
mkdirSync("dist", { recursive: true });
const written = new Set();
const put = (name, content) => {
  const tmp = join("dist", `.${name}.${process.pid}.tmp`);
  writeFileSync(tmp, content);
  renameSync(tmp, join("dist", name));
  written.add(name);
};
put("Code.js", code);
put("appsscript.json", readFileSync("appsscript.json"));
put(`${english.file}.html`, english.text);
const htmlFiles = existsSync("src/ui") ? readdirSync("src/ui").filter((f) => f.endsWith(".html")) : [];
for (const f of htmlFiles) put(f, readFileSync(join("src/ui", f)));
for (const f of readdirSync("dist"))
  if (!written.has(f) && !f.endsWith(".tmp")) rmSync(join("dist", f), { force: true });

// 4. The local runner (Node only; never pushed).
if (!distOnly)
  await build({
    entryPoints: ["local/cli.ts"],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    outfile: "build/local/cli.js",
    sourcemap: "inline",
    logLevel: "error",
  });

if (!quiet) {
  const kb = (statSync("dist/Code.js").size / 1024).toFixed(1);
  console.log(`dist/Code.js ${kb} KB, ${exportNames.length} entry points: ${exportNames.join(", ")}`);
  if (htmlFiles.length) console.log(`dist/: ${htmlFiles.join(", ")}`);
  console.log(
    `dist/${english.file}.html ${(Buffer.byteLength(english.text) / 1024).toFixed(1)} KB (the English messages)`,
  );
}
