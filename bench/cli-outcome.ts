/**
 * What the whole CLI's run at 10,000 × 60 did, from its `samenvatting.json`: the bench counts its peak RSS
 * only for a run that did everything the add-on can do at that size. A menu item that failed for another
 * reason makes the measurement unusable; a document refused because Google Docs could not hold it
 * (`documents.tooLarge`: checked before anything is made) is the add-on's answer at that size, in every run.
 */
import { documentsNl } from "../src/core/messages/documents";

export interface CliAction {
  name: string;
  outcome: string;
  message?: string;
}

export interface CliOutcome {
  /** Menu items refused because the document would pass Google Docs' character limit. */
  refusedBySize: string[];
  /** Menu items that failed otherwise. */
  failed: string[];
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The Dutch refusal with its placeholders as wildcards (the CLI runs in Dutch). */
const TOO_LARGE = new RegExp(literal(documentsNl["documents.tooLarge"]).replace(/\\\{\w+\\\}/g, ".+?"));

export function cliOutcome(actions: readonly CliAction[]): CliOutcome {
  const refusedBySize: string[] = [];
  const failed: string[] = [];
  for (const a of actions) {
    if (a.outcome === "ok") continue;
    if (a.outcome === "error" && TOO_LARGE.test(a.message ?? "")) refusedBySize.push(a.name);
    else failed.push(a.name);
  }
  return { refusedBySize, failed };
}
