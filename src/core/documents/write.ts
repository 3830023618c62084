/**
 * The whole content change of a document as ONE documents.batchUpdate (layout.ts says how a flow becomes
 * requests): the page (model.ts PAGE: A4 landscape), the body from the model's parts (through the template's
 * steps when there is one), and the header and footer from the template (filled in) or removed when the
 * template has none. The batch is applied atomically ("If any request is not valid, then the entire request
 * will fail and nothing will be applied",
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/batchUpdate), so a person sees
 * the previous content or the new one, never a mix.
 *
 * A header or footer the target lacks cannot be written in the same batch that creates it (its id is only
 * known from createHeader's reply), so sectionsToCreate() names them for a batch of their own first: an
 * empty header or footer, which shows nothing.
 *
 * Pure: the model, the template (Documents.get's answer and core's plan of it) and what Documents.get says
 * of the target in, the requests out.
 */
import { type ApiDocument, type ApiSegment, bodyElements, footerOf, headerOf, TemplateReader } from "./copy";
import {
  blocksCharacters,
  countFlow,
  type DocsRequest,
  type ExistingSegment,
  type FlowBlock,
  flowOf,
  ListKeys,
  pageStyleRequest,
  segmentRequests,
} from "./layout";
import type { Block, DocModel, PartKey } from "./model";
import { type BodyStep, plainSteps, type TemplatePlan } from "./placeholders";

export interface TemplateSource {
  doc: ApiDocument;
  plan: TemplatePlan;
}

/** What Documents.get says of a segment, as layout.ts needs it. */
export function existingSegment(seg: ApiSegment | undefined, id: string, base: number): ExistingSegment {
  const content = seg?.content ?? [];
  const last = content[content.length - 1];
  const end = last?.endIndex ?? base + 1;
  return { id, base, end: Math.max(end, base + 1), lastIsListItem: !!last?.paragraph?.bullet };
}

/** The createHeader / createFooter requests the target needs before the template's can be written. */
export function sectionsToCreate(template: ApiDocument | null, target: ApiDocument): DocsRequest[] {
  if (!template) return [];
  const out: DocsRequest[] = [];
  if (headerOf(template) && !headerOf(target)) out.push({ createHeader: { type: "DEFAULT" } });
  if (footerOf(template) && !footerOf(target)) out.push({ createFooter: { type: "DEFAULT" } });
  return out;
}

export interface DocumentWrite {
  requests: DocsRequest[];
  tables: number;
  sections: number;
}

/** The body's flow: the model's parts, through the template's steps when there is one. */
function bodyFlow(
  model: DocModel,
  template: TemplateSource | null,
  reader: TemplateReader | null,
  keys: ListKeys,
): FlowBlock[] {
  const parts = new Map<PartKey, Block[]>(model.parts.map((p) => [p.key, p.blocks]));
  const steps: BodyStep[] = template ? template.plan.body : plainSteps(model.kind);
  const elements = template ? bodyElements(template.doc) : [];
  const body: FlowBlock[] = [];
  for (const step of steps) {
    if (step.kind === "copy") {
      const el = elements[step.index];
      if (el && reader) body.push(...reader.element(el, step.fills));
      continue;
    }
    body.push(
      ...flowOf(
        step.parts.flatMap((k) => parts.get(k) ?? []),
        keys,
      ),
    );
  }
  return body;
}

/** The template's header or footer as a flow (filled in), or null when it has none. */
function sectionFlow(
  which: "header" | "footer",
  template: TemplateSource,
  reader: TemplateReader,
): FlowBlock[] | null {
  const from = which === "header" ? headerOf(template.doc) : footerOf(template.doc);
  if (!from) return null;
  const fills = which === "header" ? template.plan.header : template.plan.footer;
  return reader.segment(from, fills);
}

/**
 * A document's content as flows, made once: counted (documentCharacters) before anything is made, then
 * written (documentRequests). Its lists are numbered in one series, the body's first.
 */
export interface DocumentFlow {
  body: FlowBlock[];
  /** The template's header and footer, filled in; null when there is no template or it has none. */
  header: FlowBlock[] | null;
  footer: FlowBlock[] | null;
}

/** The model's flows: its parts, through the template's steps when there is one. */
export function documentFlow(model: DocModel, template: TemplateSource | null): DocumentFlow {
  const keys = new ListKeys();
  const reader = template ? new TemplateReader(template.doc, keys) : null;
  const body = bodyFlow(model, template, reader, keys);
  if (!template || !reader) return { body, header: null, footer: null };
  return {
    body,
    header: sectionFlow("header", template, reader),
    footer: sectionFlow("footer", template, reader),
  };
}

/** Every request that replaces the target's content with the flow, its page (A4 landscape) first. */
export function documentRequests(flow: DocumentFlow, target: ApiDocument): DocumentWrite {
  const requests = [pageStyleRequest(), ...segmentRequests(flow.body, existingSegment(target.body, "", 1))];

  const section = (which: "header" | "footer") => {
    const to = which === "header" ? headerOf(target) : footerOf(target);
    if (!to) return;
    const from = which === "header" ? flow.header : flow.footer;
    if (!from) {
      requests.push(
        which === "header" ? { deleteHeader: { headerId: to.id } } : { deleteFooter: { footerId: to.id } },
      );
      return;
    }
    requests.push(...segmentRequests(from, existingSegment(to, to.id, 0)));
  };
  section("header");
  section("footer");
  return { requests, ...countFlow(flow.body) };
}

/**
 * The most characters a Google Doc holds: "Documents: Up to 1.02 million characters, regardless of the number
 * of pages or font size" (https://support.google.com/drive/answer/37603, "Files you can store in Google Drive").
 */
export const DOC_MAX_CHARACTERS = 1_020_000;

/** Characters of a flow: every paragraph's text and its end (table cells' paragraphs included; a page break one). */
export function flowCharacters(flow: readonly FlowBlock[]): number {
  let n = 0;
  for (const b of flow) {
    if (b.kind === "para") n += b.para.text.length + 1;
    else if (b.kind === "pageBreak") n += 1;
    else for (const row of b.rows) for (const cell of row) for (const p of cell) n += p.text.length + 1;
  }
  return n;
}

/** The characters the written document will hold (body, and the template's header and footer). */
export function documentCharacters(flow: DocumentFlow): number {
  return flowCharacters(flow.body) + flowCharacters(flow.header ?? []) + flowCharacters(flow.footer ?? []);
}

/**
 * documentCharacters of the model's flow without a template, counted from the model itself: a document that
 * is refused for its size never makes its flow.
 */
export function modelCharacters(model: DocModel): number {
  const parts = new Map<PartKey, Block[]>(model.parts.map((p) => [p.key, p.blocks]));
  let n = 0;
  for (const step of plainSteps(model.kind))
    if (step.kind === "parts") for (const key of step.parts) n += blocksCharacters(parts.get(key) ?? []);
  return n;
}
