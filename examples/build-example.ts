/**
 * Writes examples/voorbeeldnetwerk.xlsx from the constants in examples/voorbeeldnetwerk.ts.
 * Usage: npm run example   (node scripts/run-ts.mjs examples/build-example.ts)
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { EXAMPLE_TABS } from "./voorbeeldnetwerk";
import { buildExampleXlsx } from "./workbook";

const EXAMPLE_XLSX = resolve("examples/voorbeeldnetwerk.xlsx");

async function main(): Promise<void> {
  const bytes = await buildExampleXlsx();
  writeFileSync(EXAMPLE_XLSX, bytes);
  const counts = EXAMPLE_TABS.map((t) => `${t.name} ${t.rows.length}`).join(", ");
  console.log(`wrote ${EXAMPLE_XLSX} (${counts})`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
