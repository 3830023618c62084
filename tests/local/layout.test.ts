/**
 * local/ runs the built bundle as Apps Script would, so it never imports src/ (README "Layout"): what it
 * needs of the add-on it asks the bundle (describeWorkbook) or keeps as its own small copy.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const LOCAL = path.join(__dirname, "..", "..", "local");

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.ts$/.test(e.name) ? [p] : [];
  });
}

test("no file under local/ imports from src/", () => {
  const files = sources(LOCAL);
  expect(files.length).toBeGreaterThan(20);
  const offending = files.filter((f) => /\bfrom\s+["'](?:\.\.\/)+src\//.test(fs.readFileSync(f, "utf8")));
  expect(offending.map((f) => path.relative(LOCAL, f))).toEqual([]);
});
