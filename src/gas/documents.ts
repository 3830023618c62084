/**
 * Writes a document model (core/documents) into a Google Doc, as core/documents/layout.ts plans it:
 * DocumentApp per block (one appendTable per table), then ONE Docs.Documents.get and ONE
 * Docs.Documents.batchUpdate for everything inside the tables and every style. With a template, its body,
 * header and footer are copied in first and its text placeholders filled in those copies only
 * (core/documents/placeholders.ts decides what goes where). Nothing here decides: it reads, calls, writes.
 */
import {
  batchRequests,
  childrenOf,
  type HeadingName,
  type Placed,
  type WriteOp,
  writeOps,
} from "../core/documents/layout";
import type { Block, DocModel, PartKey } from "../core/documents/model";
import {
  type BodyStep,
  type Fill,
  plainSteps,
  planTemplate,
  type TemplatePlan,
} from "../core/documents/placeholders";

type Document = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;
type Section =
  | GoogleAppsScript.Document.Body
  | GoogleAppsScript.Document.HeaderSection
  | GoogleAppsScript.Document.FooterSection;
type Element = GoogleAppsScript.Document.Element;

/** A template opened for reading: its elements and the plan core made from their texts. */
export interface OpenTemplate {
  name: string;
  body: Element[];
  header: Element[] | null;
  footer: Element[] | null;
  plan: TemplatePlan;
}

export interface WriteResult {
  ops: WriteOp[];
  /** Requests sent in the one batchUpdate. */
  requests: number;
}

/** Reads a template's elements (three calls per element) and plans the filling. */
export function readTemplate(doc: Document, model: DocModel): OpenTemplate {
  const children = (s: Section | null) => {
    if (!s) return null;
    const n = s.getNumChildren();
    const out: Element[] = [];
    for (let i = 0; i < n; i++) out.push(s.getChild(i));
    return out;
  };
  const body = children(doc.getBody())!;
  const header = children(doc.getHeader());
  const footer = children(doc.getFooter());
  const text = (e: Element) => (e as unknown as { getText(): string }).getText();
  const elements = body.map((e) => {
    const type = String(e.getType());
    return { type, text: type === "PARAGRAPH" || type === "LIST_ITEM" || type === "TABLE" ? text(e) : "" };
  });
  const sectionText = (els: Element[] | null) => (els ? els.map(text).join("\n") : null);
  const plan = planTemplate(
    model.kind,
    { body: elements, header: sectionText(header), footer: sectionText(footer) },
    model.values,
  );
  return { name: doc.getName(), body, header, footer, plan };
}

/** Appends a copy of a template element; returns the appended element and how many children it added. */
function appendCopy(section: Section, el: Element): { added: Element; children: number } {
  const type = String(el.getType());
  if (type === "TABLE")
    return { added: section.appendTable(el.asTable().copy()) as unknown as Element, children: 2 };
  if (type === "LIST_ITEM")
    return { added: section.appendListItem(el.asListItem().copy()) as unknown as Element, children: 1 };
  return { added: section.appendParagraph(el.asParagraph().copy()) as unknown as Element, children: 1 };
}

/** Every occurrence of each fill's placeholder in `el` becomes its text (found first, replaced last to first). */
function fillIn(el: Element | Section, fills: readonly Fill[]): void {
  const target = el as unknown as {
    findText(
      p: string,
      from?: GoogleAppsScript.Document.RangeElement,
    ): GoogleAppsScript.Document.RangeElement | null;
  };
  for (const fill of fills) {
    const found: GoogleAppsScript.Document.RangeElement[] = [];
    for (let r = target.findText(fill.pattern); r; r = target.findText(fill.pattern, r)) found.push(r);
    for (const r of found.reverse()) {
      const text = r.getElement().asText();
      const start = r.getStartOffset();
      text.deleteText(start, r.getEndOffsetInclusive());
      if (fill.value !== "") text.insertText(start, fill.value);
    }
  }
}

function copySection(from: Element[], to: Section, fills: readonly Fill[]): void {
  for (const el of from) appendCopy(to, el);
  removeLeadingEmpty(to, from.length);
  fillIn(to, fills);
}

/** Removes the empty paragraph clear() leaves, when something follows it that may come first. */
function removeLeadingEmpty(section: Section, appended: number): boolean {
  if (appended === 0) return false;
  const second = section.getChild(1);
  if (String(second.getType()) === "TABLE") return false;
  section.getChild(0).removeFromParent();
  return true;
}

const HEADING = (name: HeadingName) => DocumentApp.ParagraphHeading[name];

function applyOp(body: Body, op: WriteOp): void {
  switch (op.op) {
    case "paragraph": {
      const p = body.appendParagraph(op.text);
      if (op.heading !== "NORMAL") p.setHeading(HEADING(op.heading));
      break;
    }
    case "list":
      for (const item of op.items) body.appendParagraph(item.text);
      break;
    case "pageBreak":
      body.appendPageBreak();
      break;
    case "table": {
      const table = body.appendTable(op.cells);
      // One call per column: bounded by the table, not by its rows.
      op.widths?.forEach((w, i) => {
        table.setColumnWidth(i, w);
      });
      break;
    }
  }
}

/**
 * Replaces the contents of `doc` (a new document or the same day's one) with `model`, through `template`
 * when given. Closes the document (the Docs API then sees it).
 */
export function writeDocument(doc: Document, model: DocModel, template: OpenTemplate | null): WriteResult {
  const id = doc.getId();
  doc.setName(model.title);
  const body = doc.getBody();
  body.clear();
  writeSection(doc, "header", template?.header ?? null, template?.plan.header ?? []);
  writeSection(doc, "footer", template?.footer ?? null, template?.plan.footer ?? []);

  const parts = new Map<PartKey, Block[]>(model.parts.map((p) => [p.key, p.blocks]));
  const steps: BodyStep[] = template ? template.plan.body : plainSteps(model.kind);
  const placed: Placed[] = [];
  const ops: WriteOp[] = [];
  let child = 1; // child 0 is the empty paragraph clear() leaves
  for (const step of steps) {
    if (step.kind === "copy") {
      const { added, children } = appendCopy(body, template!.body[step.index]!);
      fillIn(added, step.fills);
      child += children;
      continue;
    }
    for (const op of writeOps(step.parts.flatMap((k) => parts.get(k) ?? []))) {
      placed.push({ child, op });
      ops.push(op);
      applyOp(body, op);
      child += childrenOf(op);
    }
  }
  const shift = removeLeadingEmpty(body, child - 1) ? 1 : 0;
  doc.saveAndClose();

  const placedNow = placed.map((p) => ({ child: p.child - shift, op: p.op }));
  const requests = batchRequests(Docs!.Documents!.get(id), placedNow);
  if (requests.length > 0) {
    Docs!.Documents!.batchUpdate({ requests } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, id);
  }
  return { ops, requests: requests.length };
}

/** The header or footer: the template's (filled in), or emptied when the template has none. */
function writeSection(
  doc: Document,
  which: "header" | "footer",
  from: Element[] | null,
  fills: readonly Fill[],
): void {
  const existing = which === "header" ? doc.getHeader() : doc.getFooter();
  if (!from) {
    existing?.clear();
    return;
  }
  const section = existing ?? (which === "header" ? doc.addHeader() : doc.addFooter());
  if (existing) section.clear();
  copySection(from, section as Section, fills);
}
