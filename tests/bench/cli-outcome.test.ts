/** bench/cli-outcome.ts: which failed menu items leave the CLI's memory measurement open. */
import { cliOutcome } from "../../bench/cli-outcome";
import { tooLargeMessage } from "../../src/core/documents/files";
import { translator } from "../../src/core/i18n";

const t = translator("nl");
/** As the CLI's samenvatting.json says it: the run's failure around the add-on's message. */
const refused = (name: string, title: string) => ({
  name,
  outcome: "error",
  message: t("action.failed", {
    action: name,
    error: tooLargeMessage(title, 3_774_965, 1_020_000, "nl", t),
  }),
});

test("a document refused as too large for Google Docs is told apart from other failures", () => {
  const out = cliOutcome([
    { name: "Valideren", outcome: "ok", message: "10.000 activiteiten gelezen" },
    refused("Rapport genereren", "Voortgangsrapportage Netwerk 02-03-2026"),
    refused("Jaaractieplan maken", "Jaaractieplan 2026 Netwerk"),
    {
      name: "Dashboards genereren",
      outcome: "error",
      message: "‘Dashboards genereren’ is niet gelukt: Google reageerde niet op tijd.",
    },
  ]);
  expect(out).toEqual({
    refusedBySize: ["Rapport genereren", "Jaaractieplan maken"],
    failed: ["Dashboards genereren"],
  });
});

test("an error without a message, or with another document's failure, is a failure", () => {
  expect(
    cliOutcome([
      { name: "Rapport genereren", outcome: "error" },
      {
        name: "Jaaractieplan maken",
        outcome: "error",
        message: "‘Jaaractieplan maken’ is niet gelukt: de map is niet gevonden.",
      },
    ]),
  ).toEqual({ refusedBySize: [], failed: ["Rapport genereren", "Jaaractieplan maken"] });
  expect(cliOutcome([{ name: "Valideren", outcome: "ok" }])).toEqual({ refusedBySize: [], failed: [] });
});
