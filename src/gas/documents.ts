/**
 * Writes a document model (core/documents) into a Google Doc, as core/documents/write.ts plans it: ONE
 * Docs.Documents.get of the target and ONE Docs.Documents.batchUpdate that deletes its old content and
 * writes the new (body, header, footer), which the Docs API applies all or nothing. A document whose
 * requests pass what one call may carry (core/batches.ts, at thousands of activities) goes in consecutive
 * batches instead: the same requests in the same order, all or nothing per batch. A template is read with
 * one Docs.Documents.get; its elements are copied and its placeholders filled in core, in the same batch.
 * Only when the template has a header or footer the target lacks, one batch before creates it (empty).
 * Nothing here decides: it reads, calls, writes.
 */
import { chunkBySize } from "../core/batches";
import { type ApiDocument, templateInput } from "../core/documents/copy";
import type { DocModel } from "../core/documents/model";
import { planTemplate } from "../core/documents/placeholders";
import {
  type DocumentFlow,
  documentRequests,
  sectionsToCreate,
  type TemplateSource,
} from "../core/documents/write";

/** A template read: its name, its content as Documents.get gives it, and the plan core made of it. */
export interface OpenTemplate extends TemplateSource {
  name: string;
}

export interface WriteResult {
  /** Requests sent to write the content (in one batchUpdate unless core/batches.ts cut them). */
  requests: number;
  tables: number;
  sections: number;
  /** The document's title before the write. */
  title: string;
}

type BatchRequest = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest;

/** Reads a template (one call) and plans the filling; throws when it cannot be opened. */
export function readTemplate(id: string, model: DocModel): OpenTemplate {
  const doc = Docs!.Documents!.get(id) as unknown as ApiDocument;
  return { name: doc.title ?? "", doc, plan: planTemplate(model.kind, templateInput(doc), model.values) };
}

/** Replaces the contents of the document `id` with `flow` (a model through `template`, when given). */
export function writeDocument(id: string, flow: DocumentFlow, template: OpenTemplate | null): WriteResult {
  let target = Docs!.Documents!.get(id) as unknown as ApiDocument;
  const create = sectionsToCreate(template?.doc ?? null, target);
  if (create.length > 0) {
    Docs!.Documents!.batchUpdate({ requests: create } as BatchRequest, id);
    target = Docs!.Documents!.get(id) as unknown as ApiDocument;
  }
  const write = documentRequests(flow, target);
  for (const requests of chunkBySize(write.requests))
    Docs!.Documents!.batchUpdate({ requests } as BatchRequest, id);
  return {
    requests: write.requests.length,
    tables: write.tables,
    sections: write.sections,
    title: target.title ?? "",
  };
}
