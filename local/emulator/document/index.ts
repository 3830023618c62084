/**
 * The emulated Document service: DocumentApp and the elements of a Google Doc, as views over the plain
 * document model of model.ts (stored in the account). Layout: model.ts (data), enums.ts, errors.ts,
 * regex.ts (RE2 patterns of replaceText/findText), text.ts (Text, RangeElement), elements.ts (sections,
 * paragraphs, list items, tables), document.ts, app.ts.
 */
export { createDocumentApp } from "./app";
export { DOCS_ERRORS } from "./errors";
export type * from "./model";
