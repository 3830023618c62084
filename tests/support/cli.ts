/** Running `npm start` (build/local/cli.js) as a user does, in a child process, for the CLI tests. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ROOT } from "./addon";

export const CLI = path.join(ROOT, "build", "local", "cli.js");

/** The CLI without a browser: most runs are about what is clicked and written, not about screenshots. */
export const noBrowser = (tmp: string): NodeJS.ProcessEnv => ({
  ...process.env,
  NETWERKPLAN_BROWSER: path.join(tmp, "geen-browser"),
});

export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The CLI in a copy of the checkout whose bundle has `extra` appended: a later top-level function of the same
 * name replaces the bundle's own (the add-on as it would be with other pages).
 */
export function cliWithBundle(
  tmp: string,
  name: string,
  extra: string,
  args: string[],
  env: NodeJS.ProcessEnv = noBrowser(tmp),
) {
  const root = path.join(tmp, `checkout-${name}`);
  fs.mkdirSync(path.join(root, "build", "local"), { recursive: true });
  fs.mkdirSync(path.join(root, "examples"), { recursive: true });
  fs.writeFileSync(path.join(root, "package.json"), "{}\n");
  fs.copyFileSync(CLI, path.join(root, "build", "local", "cli.js"));
  fs.cpSync(path.join(ROOT, "dist"), path.join(root, "dist"), { recursive: true });
  fs.appendFileSync(path.join(root, "dist", "Code.js"), `\n${extra}\n`);
  fs.copyFileSync(
    path.join(ROOT, "examples", "voorbeeldnetwerk.xlsx"),
    path.join(root, "examples", "voorbeeldnetwerk.xlsx"),
  );
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(root, "node_modules"), "dir");
  const r = spawnSync(process.execPath, [path.join(root, "build", "local", "cli.js"), ...args], {
    cwd: root,
    encoding: "utf8",
    env,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface Screen {
  file: string;
  kind: string;
  title: string;
}

/** The pages samenvatting.json lists are exactly the pages in schermen/, each with its screenshot. */
export function expectScreensWritten(out: string, screens: Screen[], screenshots = true): void {
  const dir = path.join(out, "schermen");
  const files = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  expect(files.filter((f) => f.endsWith(".html")).sort()).toEqual(
    screens.map((s) => path.basename(s.file)).sort(),
  );
  for (const s of screens) {
    expect(s.file).toMatch(/^schermen\/(zijbalk|dialoog)-[a-z0-9-]+\.html$/);
    expect(["sidebar", "modal", "modeless"]).toContain(s.kind);
    expect(fs.readFileSync(path.join(out, s.file), "utf8")).toContain("<iframe");
    const png = path.join(out, s.file.replace(/\.html$/, ".png"));
    if (screenshots) expect(fs.statSync(png).size).toBeGreaterThan(0);
    else expect(fs.existsSync(png)).toBe(false);
  }
}

export async function writeWorkbook(file: string, tabs: Record<string, unknown[][]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(tabs)) wb.addWorksheet(name).addRows(rows);
  await wb.xlsx.writeFile(file);
}

export const summaryOf = (dir: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, "samenvatting.json"), "utf8"));
