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
import { join, relative, sep } from "node:path";
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

// 2. The feature files (src/gas/features.ts): code only some executions need, as project files beside the
// bundle. The bundle's own modules are those of main.ts (the ESM pass above lists them); then each feature, where every module that is also in
// the bundle becomes `__host[path]` instead of a copy; then the bundle, from an entry that hands those modules
// to setHostModules.
const FEATURES = [
  { name: "DocumentsCode", entry: "src/features/documents.ts" },
  { name: "InvitesCode", entry: "src/features/invites.ts" },
  { name: "SettingsCode", entry: "src/features/settings.ts" },
];
const mainInputs = new Set(outputs.flatMap((o) => Object.keys(o.inputs)));
/** Per module of the bundle that a feature uses: the names it imports ("*": all of them). */
const hosted = new Map();
const hostModules = (asExternal) => ({
  name: "host-modules",
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (a) => {
      if (a.kind === "entry-point" || a.pluginData?.inner) return undefined;
      const r = await b.resolve(a.path, {
        resolveDir: a.resolveDir,
        kind: a.kind,
        importer: a.importer,
        pluginData: { inner: true },
      });
      if (r.errors.length > 0) return { errors: r.errors };
      const rel = relative(process.cwd(), r.path).split(sep).join("/");
      if (!mainInputs.has(rel)) return { path: r.path, namespace: r.namespace, sideEffects: r.sideEffects };
      return asExternal ? { path: `host:${rel}`, external: true } : { path: rel, namespace: "host" };
    });
    b.onLoad({ filter: /.*/, namespace: "host" }, (a) => ({
      contents: `module.exports = __host[${JSON.stringify(a.path)}];`,
      loader: "js",
    }));
  },
});
const features = [];
for (const f of FEATURES) {
  // Which names of which of the bundle's modules the feature uses: an ESM pass keeps them as imports.
  const esmPass = await build({
    ...common,
    entryPoints: [f.entry],
    format: "esm",
    write: false,
    plugins: [hostModules(true)],
  });
  const esmText = esmPass.outputFiles[0].text;
  const use = (path, name) => {
    const names = hosted.get(path) ?? new Set();
    names.add(name);
    hosted.set(path, names);
  };
  const named = /^import\s*\{([^}]*)\}\s*from\s*"host:([^"]+)";$/gm;
  const whole = /^import\s*\*\s*as\s+[\w$]+\s+from\s*"host:([^"]+)";$/gm;
  for (const m of esmText.matchAll(named))
    for (const spec of m[1].split(",")) if (spec.trim()) use(m[2], spec.trim().split(/\s+as\s+/)[0]);
  for (const m of esmText.matchAll(whole)) use(m[1], "*");
  const leftover = esmText
    .replace(named, "")
    .replace(whole, "")
    .match(/^.*"host:.*$/m);
  if (leftover) throw new Error(`${f.entry}: a use of the bundle's modules not understood: ${leftover[0]}`);
  // The file itself: those modules as __host[path].
  const out = await build({
    ...common,
    entryPoints: [f.entry],
    format: "iife",
    globalName: "__feature",
    minify: true,
    write: false,
    plugins: [hostModules(false)],
  });
  const text = out.outputFiles[0].text;
  // HtmlService reads the file as a template: it must hold no scriptlet tag.
  if (/<\?|\?>/.test(text)) throw new Error(`${f.entry}: the built code holds a scriptlet tag (<? or ?>)`);
  features.push({ name: f.name, text });
}

// 3. The IIFE bundle.
// Each used module once; of a module whose names are known, only those names (the rest stays tree-shaken).
const hostList = [...hosted.keys()].sort();
const imports = hostList.map((p, i) => {
  const names = [...hosted.get(p)].sort();
  const from = JSON.stringify(`./${p}`);
  if (names.includes("*")) return { line: `import * as h${i} from ${from};`, value: `h${i}` };
  return {
    line: `import { ${names.map((n, j) => `${n} as h${i}_${j}`).join(", ")} } from ${from};`,
    value: `{ ${names.map((n, j) => `${n}: h${i}_${j}`).join(", ")} }`,
  };
});
const entry = [
  'export * from "./src/main.ts";',
  'import { setHostModules } from "./src/gas/features.ts";',
  ...imports.map((x) => x.line),
  `setHostModules({ ${hostList.map((p, i) => `${JSON.stringify(p)}: ${imports[i].value}`).join(", ")} });`,
].join("\n");
const { entryPoints: _main, ...options } = common;
const iife = await build({
  ...options,
  stdin: { contents: entry, resolveDir: process.cwd(), sourcefile: "bundle-entry.js", loader: "js" },
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

// 4. The English catalog (src/core/messages/en.ts) as a project file: JSON text that the bundle reads with
// HtmlService.createHtmlOutputFromFile only when an execution speaks English (src/core/i18n.ts). Its `<`, `>` and
// `&` are escaped so that the file holds no markup; JSON.parse gives the same strings back.
const english = await englishCatalog();

async function englishCatalog() {
  const mod = await build({
    ...common,
    entryPoints: ["src/core/messages/en.ts"],
    format: "esm",
    write: false,
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
for (const f of features) put(`${f.name}.html`, f.text);
const htmlFiles = existsSync("src/ui") ? readdirSync("src/ui").filter((f) => f.endsWith(".html")) : [];
for (const f of htmlFiles) put(f, readFileSync(join("src/ui", f)));
for (const f of readdirSync("dist"))
  if (!written.has(f) && !f.endsWith(".tmp")) rmSync(join("dist", f), { force: true });

// 5. The local runner (Node only; never pushed).
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
  const sizes = features.map((f) => `${f.name}.html ${(Buffer.byteLength(f.text) / 1024).toFixed(1)} KB`);
  console.log(`feature files (read when needed): ${sizes.join(", ")}`);
}
