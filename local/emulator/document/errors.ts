/**
 * Error texts of the Document service as Apps Script shows them. Where the real text is not known, the
 * emulator says "Not emulated: …" (notEmulated in ../spreadsheet/errors) instead of inventing one.
 */
import { type EmuEnum, EnumValue } from "../spreadsheet/enums";
import { gasError } from "../spreadsheet/errors";
import { isDate } from "../values";

export const DOCS_ERRORS = {
  /** DocumentApp.openById of an id that is no document the user can read (seen in real scripts' logs). */
  missing: (id: string) =>
    `Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`,
  /** Editing a Document after saveAndClose(): https://developers.google.com/apps-script/reference/document/document#saveandclose */
  closed: "Document is closed, its contents cannot be updated.",
  /** A section keeps at least one paragraph. */
  lastParagraph: "Can't remove the last paragraph in a document section.",
  childIndex: (index: number, count: number) =>
    `Child index (${index}) must be less than the number of child elements (${count}).`,
  /** DocumentApp.getUi() outside a Docs editor (the add-on runs in Sheets). */
  noUi: "Cannot call DocumentApp.getUi() from this context.",
  /** Appending an element that is still in a document: https://developers.google.com/apps-script/reference/document/body#appendparagraphparagraph */
  notDetached: "Element must be detached.",
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
} as const;

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (typeof v === "number") return "number";
  if (typeof v === "string") return "String";
  if (typeof v === "boolean") return "Boolean";
  if (isDate(v)) return "Date";
  if (Array.isArray(v)) return v.every((r) => Array.isArray(r)) ? "Object[][]" : "Object[]";
  const o = v as { _className?: unknown; _type?: unknown; _ordinal?: unknown };
  if (typeof o._type === "string" && typeof o._ordinal === "number") return o._type;
  if (typeof o._className === "string") return `DocumentApp.${o._className}`;
  return "Object";
}

/** `The parameters (number) don't match the method signature for DocumentApp.Body.appendParagraph.` */
export function docsSignatureError(method: string, args: ArrayLike<unknown>, service = "DocumentApp"): Error {
  const types = Array.from(args, typeName).join(",");
  const qualified = method.startsWith(`${service}.`) ? method : `${service}.${method}`;
  return gasError(`The parameters (${types}) don't match the method signature for ${qualified}.`);
}

/** The name of an enum argument of the given DocumentApp enum; anything else is a signature error. */
export function docEnumArg<K extends string>(
  e: EmuEnum<K>,
  v: unknown,
  method: string,
  args: ArrayLike<unknown>,
): K {
  if (v instanceof EnumValue && (e as Record<string, EnumValue>)[v._name] === v) return v._name as K;
  throw docsSignatureError(method, args);
}
