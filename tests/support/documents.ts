/** The emulated Google Docs and Drive the document actions leave behind, read for the action tests. */
import * as path from "node:path";
import JSZip from "jszip";
import { Account } from "../../local/emulator/account";
import {
  type Block,
  cellText,
  type DocumentData,
  type ParagraphData,
  paragraphsOf,
  runsText,
  type SectionData,
  type TableData,
} from "../../local/emulator/document/model";
import type { DriveItemData } from "../../local/emulator/drive/model";
import type { SpreadsheetData } from "../../local/emulator/spreadsheet/model";
import { docxBuffer } from "../../local/io/docx";
import { readXlsx } from "../../local/io/xlsx";
import { ROOT } from "./addon";

/** A paragraph of the emulated document model: one plain run of `text` (none when it is empty). */
export const plainParagraph = (
  text: string,
  heading: ParagraphData["heading"] = "NORMAL",
): ParagraphData => ({
  type: "paragraph",
  heading,
  runs: text ? [{ text, style: {} }] : [],
});

/** The example network as the active spreadsheet of a new account. */
export async function exampleAccount(): Promise<{ account: Account; ss: SpreadsheetData }> {
  const account = new Account();
  const ss = await readXlsx(path.join(ROOT, "examples", "voorbeeldnetwerk.xlsx"), {
    id: account.newFileId(),
  });
  account.addSpreadsheet(ss);
  account.data.activeSpreadsheetId = ss.id;
  return { account, ss };
}

/** The document an action reported (its `details.documentId`). */
export function reportedDoc(account: Account, value: unknown): DocumentData {
  const id = (value as { details?: { documentId?: string } }).details?.documentId;
  const doc = id ? account.data.documents[id] : undefined;
  if (!doc) throw new Error(`no document reported: ${JSON.stringify(value).slice(0, 300)}`);
  return doc;
}

/** The texts of the body's paragraphs with this heading (outside tables). */
export function headingTexts(doc: DocumentData, heading: string): string[] {
  return doc.body.blocks.flatMap((b) =>
    b.type !== "table" && b.heading === heading ? [runsText(b.runs)] : [],
  );
}

export function tablesOf(section: SectionData): TableData[] {
  return section.blocks.filter((b): b is TableData => b.type === "table");
}

/** A table as rows of cell texts. */
export function tableTexts(t: TableData): string[][] {
  return t.rows.map((r) => r.cells.map(cellText));
}

/** The first table whose header row is exactly `header`. */
export function tableWithHeader(doc: DocumentData, header: string[]): TableData {
  const t = tablesOf(doc.body).find((x) => JSON.stringify(tableTexts(x)[0]) === JSON.stringify(header));
  if (!t) throw new Error(`no table ${header.join(" | ")}`);
  return t;
}

/** Every text of a section, tables included, one paragraph per line. */
export function textOf(section: SectionData | null): string {
  return section
    ? paragraphsOf(section.blocks as Block[])
        .map((p) => runsText(p.runs))
        .join("\n")
    : "";
}

/** The Drive items in a folder (trashed ones too). */
export function filesIn(account: Account, folderId: string): DriveItemData[] {
  return Object.values(account.data.drive.items).filter((i) => i.parents.includes(folderId));
}

/** A .docx of the emulated document, read back: its Heading 1 paragraphs and table rows counted. */
export async function docxCounts(
  doc: DocumentData,
): Promise<{ heading1: number; tableRows: number; xml: string }> {
  const zip = await JSZip.loadAsync(await docxBuffer(doc));
  const xml = await zip.file("word/document.xml")!.async("string");
  return {
    heading1: (xml.match(/<w:pStyle w:val="Heading1"\/>/g) ?? []).length,
    tableRows: (xml.match(/<w:tr[ >]/g) ?? []).length,
    xml,
  };
}

/** The HTML of the last dialog the run showed. */
export function lastDialog(events: readonly { kind: string; html?: string }[]): string {
  const d = [...events].reverse().find((e) => e.kind === "modal");
  if (!d?.html) throw new Error("no dialog shown");
  return d.html;
}
