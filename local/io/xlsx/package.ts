/**
 * What read.ts takes from the xlsx package (the zip) itself, before exceljs reads it, because exceljs 4.4 would
 * lose or refuse it:
 *
 * - Tab names: exceljs refuses `History`, names with `* ? : / \ [ ]`, names starting or ending with `'` and
 *   names over 31 characters, all of which Google Sheets allows (and exports). Such tabs are given a
 *   placeholder name for exceljs and get their own name back in the model.
 * - Cell hyperlinks: exceljs keeps only links with a relationship (not `location` links to a place in the
 *   workbook) and turns a formula cell with a link into plain text. They are read here, and the `<hyperlinks>`
 *   element is taken out of the sheet.
 * - Data validations: exceljs makes one entry per cell of a validation's range (a million for a whole
 *   column). They are read here as ranges, and the `<dataValidations>` element is taken out.
 *
 * Parsed with regular expressions: these elements are flat (attributes, and the two formula elements of a
 * validation), in the main spreadsheet namespace without a prefix, as Excel, LibreOffice, Google Sheets and
 * exceljs write them. Anything not found that way is left to exceljs.
 */
import type { DataValidation } from "exceljs";
import JSZip from "jszip";

export interface SheetExtras {
  /** A1 address -> link: a URL, or `#Tab!A1` for a place in the workbook. */
  links: Map<string, string>;
  /** The validations of the sheet, each with its ranges ("D2:D1048576 F2"). */
  validations: { sqref: string; validation: DataValidation }[];
}

export interface PreparedPackage {
  /** The package for exceljs (the original bytes when nothing had to change). */
  data: Uint8Array;
  /** Per sheetId (exceljs's `ws.id`): the tab's own name, for tabs that exceljs gets under a placeholder. */
  names: Map<number, string>;
  /** Per sheetId: the links and validations taken out. */
  extras: Map<number, SheetExtras>;
  /** Tab names in workbook order, as the file has them. */
  allNames: string[];
}

/** A name exceljs accepts for a worksheet (see worksheet.js, `set name`). */
function exceljsAccepts(name: string): boolean {
  return (
    name !== "" && name !== "History" && !/[*?:/\\[\]]/.test(name) && !/^'|'$/.test(name) && name.length <= 31
  );
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function xmlDecode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    if (e[0] !== "#") return ENTITIES[e.toLowerCase()] ?? m;
    const code = e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
    return Number.isFinite(code) ? String.fromCodePoint(code) : m;
  });
}

/** The attributes of one start tag, names with their prefix ("r:id"). */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[m[1]!] = xmlDecode(m[2] ?? m[3] ?? "");
  }
  return out;
}

/** Relationship id -> target of a .rels part. */
function relationships(xml: string | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of (xml ?? "").matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.Id && a.Target !== undefined) out.set(a.Id, a.Target);
  }
  return out;
}

/** The part a relationship target names, relative to the folder of the part that has the relationship. */
function resolvePart(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

function relsOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

const BOOL = (v: string | undefined) => v === "1" || v === "true";

function parseValidation(open: string, body: string): { sqref: string; validation: DataValidation } | null {
  const a = attributes(open);
  if (!a.sqref) return null;
  const formulae: string[] = [];
  for (const tag of ["formula1", "formula2"]) {
    const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(body);
    if (m) formulae.push(xmlDecode(m[1]!));
  }
  const type = (a.type ?? "any") as DataValidation["type"];
  const v: Record<string, unknown> = { type, formulae };
  if (a.operator) v.operator = a.operator;
  else if (!["any", "list", "custom"].includes(type)) v.operator = "between";
  if (a.allowBlank !== undefined) v.allowBlank = BOOL(a.allowBlank);
  if (a.showInputMessage !== undefined) v.showInputMessage = BOOL(a.showInputMessage);
  if (a.showErrorMessage !== undefined) v.showErrorMessage = BOOL(a.showErrorMessage);
  for (const k of ["errorStyle", "prompt", "promptTitle", "error", "errorTitle"]) if (a[k]) v[k] = a[k];
  return { sqref: a.sqref, validation: v as unknown as DataValidation };
}

/** Takes the hyperlinks and validations out of one sheet part; returns the part's new text. */
function extractSheet(xml: string, rels: Map<string, string>, extras: SheetExtras): string {
  let out = xml.replace(/<hyperlinks\b[^>]*>([\s\S]*?)<\/hyperlinks>/, (_all, inner: string) => {
    for (const m of inner.matchAll(/<hyperlink\b[^>]*>/g)) {
      const a = attributes(m[0]);
      const target = a["r:id"] ? rels.get(a["r:id"]) : undefined;
      const link =
        target !== undefined && target !== a.location
          ? target + (a.location ? `#${a.location}` : "")
          : a.location
            ? `#${a.location}`
            : undefined;
      if (a.ref && link) for (const ref of a.ref.split(/\s+/)) if (ref) extras.links.set(ref, link);
    }
    return "";
  });
  out = out.replace(/<dataValidations\b[^>]*>([\s\S]*?)<\/dataValidations>/, (_all, inner: string) => {
    for (const m of inner.matchAll(/<dataValidation\b([^>]*?)(\/>|>([\s\S]*?)<\/dataValidation>)/g)) {
      const dv = parseValidation(`<dataValidation ${m[1]}>`, m[3] ?? "");
      if (dv) extras.validations.push(dv);
    }
    return "";
  });
  return out;
}

/**
 * Reads names, links and validations from the package and gives exceljs a package it can read without losing
 * them. Not a zip, or no workbook part: the data unchanged (exceljs then says what is wrong).
 */
export async function preparePackage(data: Uint8Array): Promise<PreparedPackage> {
  const none: PreparedPackage = { data, names: new Map(), extras: new Map(), allNames: [] };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return none;
  }
  const workbookPart = "xl/workbook.xml";
  const workbook = await zip.file(workbookPart)?.async("string");
  if (workbook === undefined) return none;
  const wbRels = relationships((await zip.file(relsOf(workbookPart))?.async("string")) ?? null);
  let changed = false;
  const names = new Map<number, string>();
  const extras = new Map<number, SheetExtras>();
  const allNames: string[] = [];
  const sheetTags = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]);
  let newWorkbook = workbook;
  for (const tag of sheetTags) {
    const a = attributes(tag);
    const id = Number(a.sheetId);
    const name = a.name ?? "";
    allNames.push(name);
    if (!exceljsAccepts(name) && Number.isInteger(id)) {
      names.set(id, name);
      const placeholder = `Netwerkplan-tab-${id}`;
      newWorkbook = newWorkbook.replace(
        tag,
        tag.replace(/\bname\s*=\s*("[^"]*"|'[^']*')/, `name="${placeholder}"`),
      );
      changed = true;
    }
    const target = a["r:id"] ? wbRels.get(a["r:id"]) : undefined;
    if (target === undefined || !Number.isInteger(id)) continue;
    const part = resolvePart(workbookPart, target);
    const file = zip.file(part);
    if (!file) continue;
    const xml = await file.async("string");
    if (!/<hyperlinks\b|<dataValidations\b/.test(xml)) continue;
    const sheetRels = relationships((await zip.file(relsOf(part))?.async("string")) ?? null);
    const found: SheetExtras = { links: new Map(), validations: [] };
    zip.file(part, extractSheet(xml, sheetRels, found));
    extras.set(id, found);
    changed = true;
  }
  if (newWorkbook !== workbook) zip.file(workbookPart, newWorkbook);
  if (!changed) return { ...none, allNames };
  const out = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
  return { data: out, names, extras, allNames };
}
