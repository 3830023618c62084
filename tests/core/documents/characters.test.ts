/**
 * core/documents: the characters a document will hold are counted from the model when it has no template
 * (a document too large for Google Docs is refused before its flow is made); the count is the flow's.
 */
import fc from "fast-check";
import { blocksCharacters, flowOf, ListKeys } from "../../../src/core/documents/layout";
import type { Block, Cell, CellBlock, Run } from "../../../src/core/documents/model";
import { buildPlan } from "../../../src/core/documents/plan";
import { buildReport } from "../../../src/core/documents/report";
import {
  documentCharacters,
  documentFlow,
  flowCharacters,
  modelCharacters,
} from "../../../src/core/documents/write";
import { exampleActivities, exampleProjects, exampleSettings } from "../../support/example-records";

const runs = fc.array(
  fc.record({
    text: fc.string({ unit: "grapheme", maxLength: 12 }),
    bold: fc.boolean(),
  }) as fc.Arbitrary<Run>,
  { maxLength: 3 },
);
const list = fc.record({
  kind: fc.constant("list" as const),
  ordered: fc.boolean(),
  items: fc.array(fc.record({ runs, level: fc.integer({ min: -2, max: 12 }) }), { maxLength: 4 }),
});
const paragraph = fc.record({ kind: fc.constant("paragraph" as const), runs });
const cell: fc.Arbitrary<Cell> = fc.record({
  content: fc.array(fc.oneof(paragraph, list) as fc.Arbitrary<CellBlock>, { maxLength: 3 }),
});
const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({
    kind: fc.constant("heading" as const),
    level: fc.constantFrom(1 as const, 2 as const, "title" as const),
    runs,
  }),
  paragraph,
  list,
  fc.constant({ kind: "pageBreak" as const }),
  fc.integer({ min: 1, max: 3 }).chain((w) =>
    fc.record({
      kind: fc.constant("table" as const),
      header: fc.array(cell, { minLength: w, maxLength: w }),
      rows: fc.array(fc.array(cell, { minLength: w, maxLength: w }), { maxLength: 3 }),
    }),
  ),
);

test("any blocks: counted without the flow, the same number as the flow holds", () => {
  fc.assert(
    fc.property(fc.array(block, { maxLength: 8 }), (blocks) => {
      expect(blocksCharacters(blocks)).toBe(flowCharacters(flowOf(blocks, new ListKeys())));
    }),
  );
});

test("the example network's report and plan: the model's count is the written flow's", () => {
  const input = {
    projects: exampleProjects(),
    activities: exampleActivities(),
    meetings: [],
    settings: exampleSettings(),
    today: "2026-01-15",
    lang: "nl" as const,
  };
  for (const model of [buildReport(input), buildPlan(input)]) {
    const counted = modelCharacters(model);
    expect(counted).toBeGreaterThan(1_000);
    expect(counted).toBe(documentCharacters(documentFlow(model, null)));
  }
});
