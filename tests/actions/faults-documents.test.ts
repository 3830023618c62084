/**
 * All-or-nothing for the documents (PRODUCT.md §7, README "Betrouwbaarheid"): a fault at any single service
 * call of `Rapport genereren` or `Jaaractieplan maken` — Google's quota error or the 6-minute time-out —
 * leaves what a person sees either as it was or as a clean run makes it: each Google Doc's content (body,
 * header, footer) and name, the documents in Drive (no half-written one, no second document of the same
 * day), the PDFs, and the link in `Overzicht`. Two things a single call cannot make atomic are allowed
 * until the next click, which cleans them up: today's new document while it is still empty (the Docs API
 * cannot make a document with content in one call), and a second copy of the same day's PDF (the new one is
 * made before the old one goes, so that none is ever lost). The next click then ends exactly where a clean
 * run ends, the same day's document keeping its file id and the earlier day's document kept.
 *
 * CI checks a sample of the calls; `npm run faults` checks every call (FAULTS=all).
 */
import { Account } from "../../local/emulator/account";
import { MIME_TYPES } from "../../local/emulator/drive/model";
import type { SpreadsheetData } from "../../local/emulator/spreadsheet/model";
import type { AddonRunner } from "../../local/run";
import { accountWith, runnerFor, setting, tab } from "../support/addon";
import { plainParagraph } from "../support/documents";
import { cases, fault } from "../support/faults";
import { network } from "../support/network";

const YESTERDAY = "2026-11-22";
const TODAY = "2026-11-23";

/** A template with placeholders in its header, footer, body and a table. */
function addTemplate(account: Account): string {
  const id = account.newFileId();
  const p = plainParagraph;
  account.data.documents[id] = {
    id,
    name: "Huisstijl",
    nextListId: 1,
    header: { blocks: [p("{{netwerknaam}} — {{regio}}")] },
    footer: { blocks: [p("Gemaakt op {{datum}}")] },
    body: {
      blocks: [
        p("{{titel}}", "TITLE"),
        {
          type: "table",
          rows: [{ cells: [{ blocks: [p("Jaar")] }, { blocks: [p("{{jaar}}")] }] }],
        },
        p("{{inhoud}}"),
        p("Met vriendelijke groet"),
      ],
    },
  };
  return id;
}

/**
 * A document's segments, one line per block, lists' ids as they are met (the emulator numbers lists per
 * document; a person sees no id).
 */
function normalised(segments: Record<string, readonly unknown[] | undefined>): string[] {
  const ids = new Map<string, string>();
  const line = (value: unknown) =>
    JSON.stringify(value, (k, v) => {
      if (k === "listId" && typeof v === "string") {
        if (!ids.has(v)) ids.set(v, `list${ids.size}`);
        return ids.get(v);
      }
      return v;
    });
  return Object.entries(segments).flatMap(([name, blocks]) => [
    `${name}:`,
    ...(blocks ?? []).map((b) => line(b)),
  ]);
}

/** What a person sees of the documents: every live Google Doc (name, place, content), the PDFs, the links. */
function seen(account: Account, ss: SpreadsheetData, folderOf: () => string | null) {
  const folder = folderOf();
  const items = Object.values(account.data.drive.items).filter((i) => !i.trashed);
  const all = items.filter((i) => i.mimeType === MIME_TYPES.GOOGLE_DOCS);
  // A document just made and not yet written: empty, as DocumentApp.create leaves it. The Docs API cannot
  // make a document with content, so a fault right after making it leaves it; the next click writes it.
  const empty = (id: string) => {
    const d = account.data.documents[id]!;
    return (
      !d.header &&
      !d.footer &&
      JSON.stringify(d.body.blocks.map((b) => b.type === "paragraph" && b.runs.length === 0)) === "[true]"
    );
  };
  const made = all.filter((i) => empty(i.id)).map((i) => account.data.documents[i.id]!.name);
  const docs = all
    .filter((i) => !empty(i.id))
    .map((i) => {
      const d = account.data.documents[i.id]!;
      const lines = normalised({ body: d.body.blocks, header: d.header?.blocks, footer: d.footer?.blocks });
      return [`${d.name} ${i.parents.includes(folder ?? "") ? "in folder" : "elsewhere"}`, ...lines];
    })
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  const pdfs = items
    .filter((i) => i.mimeType === MIME_TYPES.PDF)
    .map((i) => `${i.name} ${i.parents.includes(folder ?? "") ? "in folder" : "elsewhere"}`)
    .sort();
  const nameOf = (id: string) =>
    account.data.documents[id]?.name ?? account.data.drive.items[id]?.name ?? "(gone)";
  const overview = ss.sheets.find((s) => s.name === "Overzicht");
  const links = (overview?.cells ?? [])
    .flatMap((row) => (row ?? []).flatMap((c) => (c?.f?.includes("HYPERLINK") ? [c.f] : [])))
    .map((f) => f.replace(/\/d\/([\w-]+)/g, (_m, id: string) => `/d/<${nameOf(id)}>`));
  return { docs, made, pdfs, links: JSON.stringify(links) };
}

type Seen = ReturnType<typeof seen>;

const ACTIONS = ["Rapport genereren", "Jaaractieplan maken"] as const;

interface Scenario {
  name: string;
  /** The good runs before the faulted one, and what changes after them. */
  prepare: (account: Account, ss: SpreadsheetData, runner: () => AddonRunner, action: string) => void;
}

const SCENARIOS: Scenario[] = [
  {
    name: "a document of yesterday; today a new one",
    // Yesterday's document is made in start(): today's run makes a new one.
    prepare: () => {},
  },
  {
    name: "today's document with a template; it is replaced",
    prepare: (account, ss, runner, action) => {
      const template = addTemplate(account);
      setting(ss, "Rapportsjabloon", template);
      ok(runner().click(action));
    },
  },
];

/** The click's result, or an error that says why the action did not end "ok". */
function ok(r: { value?: unknown; error?: string }) {
  if (r.error || (r.value as { outcome?: string })?.outcome !== "ok")
    throw new Error(r.error ?? JSON.stringify(r.value).slice(0, 400));
  return r;
}

const folderIdOf = (account: Account) => () => {
  const raw = account.data.properties.document[account.data.activeSpreadsheetId!]?.["netwerkplan.documents"];
  return raw ? ((JSON.parse(raw) as { folder?: string }).folder ?? null) : null;
};

describe.each(ACTIONS)("%s: a fault at any call", (action) => {
  describe.each(SCENARIOS)("$name", (scenario) => {
    /** The network, its tabs set up, yesterday's document made (PDFs on), and the scenario's runs. */
    function start() {
      const { account, ss } = accountWith(network(9));
      setting(ss, "Rapport als PDF", true);
      const yesterday = runnerFor(account, YESTERDAY);
      ok(yesterday.click("Werkblad inrichten"));
      ok(yesterday.click("Dashboards genereren"));
      ok(yesterday.click(action));
      scenario.prepare(account, ss, () => runnerFor(account, TODAY), action);
      // A status changed since: today's document says something else than the one before.
      tab(ss, "Activiteiten").cells[2]![7] = { v: "Behaald" };
      return account;
    }
    /** A copy of the prepared account for each run (preparing it anew each time would only cost time). */
    const prepared = start();
    const fresh = () => {
      const account = new Account(structuredClone(prepared.data));
      const ss = account.data.spreadsheets[account.data.activeSpreadsheetId!]!;
      return { account, ss, folder: folderIdOf(account) };
    };

    const clean = fresh();
    const before = seen(clean.account, clean.ss, clean.folder);
    const cleanRun = runnerFor(clean.account, TODAY).click(action);
    const after = seen(clean.account, clean.ss, clean.folder);
    const total = cleanRun.totalCalls;
    const cleanId = (cleanRun.value as { details?: { documentId?: string } }).details?.documentId;

    test("the clean run changes what a person sees (else this test would prove nothing)", () => {
      expect(cleanRun.value).toMatchObject({ outcome: "ok" });
      expect(after.docs).not.toEqual(before.docs);
      expect(after.pdfs.length).toBeGreaterThan(0);
      expect(after.links).toContain("HYPERLINK");
      expect(total).toBeGreaterThan(10);
      if (scenario.name.includes("template"))
        expect(cleanRun.value).toMatchObject({ details: { template: "Huisstijl" } });
    });

    const expectBeforeOrAfter = (state: Seen) => {
      // Compared block by block, so that a failure shows the blocks that differ.
      const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
      expect(state.docs).toEqual(same(state.docs, after.docs) ? after.docs : before.docs);
      // At most the new, still empty document of today (never one of an earlier day).
      expect(state.made.length).toBeLessThanOrEqual(1);
      if (state.made.length > 0) expect(after.docs.map((d) => d[0])).toContain(`${state.made[0]} in folder`);
      expect([before.links, after.links]).toContain(state.links);
      // No PDF lost; a second copy of the same day's PDF may stand until the next click.
      const unique = [...new Set(state.pdfs)];
      expect([[...new Set(before.pdfs)], [...new Set(after.pdfs)]]).toContainEqual(unique);
    };

    test.each(cases(total))(
      "call %i, %s: before or after, never a mix; the next click ends as a clean run",
      (k, kind) => {
        const { account, ss, folder } = fresh();
        const runner = runnerFor(account, TODAY);
        runner.faults = [fault(k, kind, "documents")];
        runner.click(action);
        expectBeforeOrAfter(seen(account, ss, folder));
        runner.faults = [];
        const next = ok(runner.click(action));
        expect(seen(account, ss, folder)).toEqual(after);
        if (scenario.name.startsWith("today's")) {
          // The same day's document keeps its file id (the clean run kept it too).
          expect((next.value as { details: { documentId: string } }).details.documentId).toBe(cleanId);
        }
      },
    );
  });
});
