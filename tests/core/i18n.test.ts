/** core/i18n.ts: both languages complete, every message used, placeholders filled, values quoted. */
import * as fs from "node:fs";
import * as path from "node:path";
import { type MessageKey, q, translator } from "../../src/core/i18n";

const SRC = path.resolve(__dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|html)$/.test(e.name) ? [p] : [];
  });
}

// Every key as it stands in the Dutch table (the English one has the same keys: the type checks it).
const keysOf = (file: string) =>
  [...fs.readFileSync(path.join(SRC, "core", file), "utf8").matchAll(/^\s*"([a-zA-Z][\w.]*)":/gm)].map(
    (m) => m[1]!,
  );

test("every message key is used somewhere in src/ (as a literal, so a search finds it)", () => {
  const tables = [
    "i18n.ts",
    ...fs.readdirSync(path.join(SRC, "core", "messages")).map((f) => `messages/${f}`),
  ];
  const keys = new Set(tables.flatMap(keysOf));
  expect(keys.size).toBeGreaterThan(100);
  const code = sourceFiles(SRC)
    .filter((f) => !f.includes(`${path.sep}messages${path.sep}`) && !f.endsWith("i18n.ts"))
    .map((f) => fs.readFileSync(f, "utf8"))
    .join("\n");
  const unused = [...keys].filter((k) => !code.includes(`"${k}"`));
  expect(unused).toEqual([]);
});

test("placeholders are filled; a missing parameter stays visible instead of vanishing", () => {
  const t = translator("nl");
  expect(t("validation.idsAssigned" as MessageKey, { count: 3 })).toBe(
    "3 nieuwe activiteiten kregen een ID.",
  );
  expect(t("validation.idsAssigned" as MessageKey)).toBe("{count} nieuwe activiteiten kregen een ID.");
  expect(translator("en")("validation.idsAssigned" as MessageKey, { count: 3 })).toBe(
    "3 new activities were given an ID.",
  );
});

test("q: a value in a message, on one line, shortened", () => {
  expect(q("Op\nschema")).toBe("‘Op schema’");
  expect(q("x".repeat(100), 10)).toBe(`‘${"x".repeat(9)}…’`);
});
