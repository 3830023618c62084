/** core/documents/placeholders.ts: what a template's placeholders become. */
import {
  knownPlaceholders,
  literalPattern,
  placeholdersIn,
  plainSteps,
  planTemplate,
} from "../../../src/core/documents/placeholders";

const VALUES = {
  netwerknaam: "Netwerk $1 \\ Test",
  regio: "Regio",
  jaar: "2026",
  datum: "15-03-2026",
  "datum voluit": "15 maart 2026",
  titel: "T",
};
const P = (text: string) => ({ type: "PARAGRAPH", text });

test("names: case and spaces do not matter; the text as written is kept for the search", () => {
  expect(placeholdersIn("{{ Netwerknaam }} en {{DATUM}} en {{datum  voluit}}")).toEqual([
    { written: "{{ Netwerknaam }}", name: "netwerknaam" },
    { written: "{{DATUM}}", name: "datum" },
    { written: "{{datum  voluit}}", name: "datum voluit" },
  ]);
  expect(placeholdersIn("{ {x} } {{}} {x}")).toEqual([{ written: "{{}}", name: "" }]);
});

test("the search pattern matches the placeholder literally (RE2 specials escaped)", () => {
  const pattern = literalPattern("{{ a.b* }}");
  expect(pattern).toBe("\\{\\{ a\\.b\\* \\}\\}");
  expect(new RegExp(pattern).test("x {{ a.b* }} y")).toBe(true);
  expect(new RegExp(pattern).test("{{ aXbb }}")).toBe(false);
});

test("body: text placeholders filled in the copy, a block placeholder alone on a line replaced by its part", () => {
  const plan = planTemplate(
    "report",
    {
      body: [
        P("Rapport van {{netwerknaam}}, {{ datum }}"),
        P("  {{Samenvatting}} "),
        { type: "TABLE", text: "Regio\n{{regio}}" },
        P("{{projecten}}"),
        { type: "LIST_ITEM", text: "{{jaar}} en {{jaar}}" },
      ],
      header: "{{titel}}",
      footer: "{{datum voluit}}",
    },
    VALUES,
  );
  expect(plan.body).toEqual([
    {
      kind: "copy",
      index: 0,
      fills: [
        { pattern: "\\{\\{netwerknaam\\}\\}", value: VALUES.netwerknaam },
        { pattern: "\\{\\{ datum \\}\\}", value: "15-03-2026" },
      ],
    },
    { kind: "parts", parts: ["summary"] },
    { kind: "copy", index: 2, fills: [{ pattern: "\\{\\{regio\\}\\}", value: "Regio" }] },
    { kind: "parts", parts: ["projects"] },
    { kind: "copy", index: 4, fills: [{ pattern: "\\{\\{jaar\\}\\}", value: "2026" }] },
  ]);
  expect(plan.header).toEqual([{ pattern: "\\{\\{titel\\}\\}", value: "T" }]);
  expect(plan.footer).toEqual([{ pattern: "\\{\\{datum voluit\\}\\}", value: "15 maart 2026" }]);
  // Every occurrence counts: netwerknaam, datum, samenvatting, regio, projecten, jaar twice, titel, datum voluit.
  expect(plan.filled).toBe(9);
  expect(plan.unknown).toEqual([]);
  expect(plan.misplaced).toEqual([]);
});

test("unknown placeholders are reported once each; block placeholders elsewhere are misplaced", () => {
  const plan = planTemplate(
    "report",
    {
      body: [
        P("{{onbekend}} en {{Onbekend}}"),
        P("Zie {{projecten}} hieronder"),
        { type: "TABLE", text: "{{samenvatting}}" },
      ],
      header: "{{verlopen}} {{x}}",
      footer: null,
    },
    VALUES,
  );
  expect(plan.unknown).toEqual(["{{onbekend}}", "{{Onbekend}}", "{{x}}"]);
  expect(plan.misplaced).toEqual(["{{projecten}}", "{{samenvatting}}", "{{verlopen}}"]);
  expect(plan.filled).toBe(0);
});

test("the other document's block placeholders are unknown (a plan template asking for {{projecten}})", () => {
  const plan = planTemplate(
    "plan",
    { body: [P("{{projecten}}"), P("{{speerpunten}}")], header: null, footer: null },
    VALUES,
  );
  expect(plan.unknown).toEqual(["{{projecten}}"]);
  expect(plan.body[1]).toEqual({ kind: "parts", parts: ["priorities"] });
});

test("a template without block placeholders gets the whole document after its own text", () => {
  const plan = planTemplate(
    "plan",
    { body: [P("Briefhoofd {{netwerknaam}}")], header: null, footer: null },
    VALUES,
  );
  expect(plan.body[plan.body.length - 1]).toEqual({
    kind: "parts",
    parts: ["title", "introduction", "priorities", "activities"],
  });
  expect(plainSteps("report")).toEqual([
    { kind: "parts", parts: ["title", "summary", "projects", "overdue", "upcoming", "meetings"] },
  ]);
});

test("{{inhoud}} places every part but the title; elements that are no paragraph, list item or table are skipped", () => {
  const plan = planTemplate(
    "report",
    { body: [{ type: "TABLE_OF_CONTENTS", text: "" }, P("{{inhoud}}")], header: null, footer: null },
    VALUES,
  );
  expect(plan.skipped).toEqual([0]);
  expect(plan.body).toEqual([
    { kind: "parts", parts: ["summary", "projects", "overdue", "upcoming", "meetings"] },
  ]);
});

test("the known placeholders, as README lists them", () => {
  expect(knownPlaceholders("report")).toEqual([
    "netwerknaam",
    "regio",
    "jaar",
    "datum",
    "datum voluit",
    "titel",
    "samenvatting",
    "projecten",
    "verlopen",
    "deadlines",
    "vergaderingen",
    "inhoud",
  ]);
  expect(knownPlaceholders("plan").slice(6)).toEqual([
    "inleiding",
    "speerpunten",
    "activiteitenplan",
    "inhoud",
  ]);
});
