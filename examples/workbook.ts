/**
 * Builds the example workbook (examples/voorbeeldnetwerk.xlsx) from the constants in voorbeeldnetwerk.ts.
 * Deterministic: fixed document dates and fixed zip entry timestamps, so the same constants give the same bytes.
 */
import ExcelJS from "exceljs";
import { cellOf, EXAMPLE_TABS, type ExampleTab } from "./voorbeeldnetwerk";

/** The date stamped into the document properties and the zip entries. */
export const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));
export const DATE_FORMAT = "dd-mm-yyyy";
export const HEADER_FILL = "FFD9E2F3";

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** Display length of a cell value: its longest line (dates as dd-mm-yyyy). */
function displayLength(v: unknown): number {
  if (v instanceof Date) return DATE_FORMAT.length;
  if (typeof v === "boolean") return 5;
  return Math.max(
    0,
    ...String(v)
      .split("\n")
      .map((l) => l.length),
  );
}

function addSheet(wb: ExcelJS.Workbook, tab: ExampleTab): void {
  const ws = wb.addWorksheet(tab.name, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  ws.addRow([...tab.headers]);
  for (const row of tab.rows) {
    // Empty strings stay empty cells.
    ws.addRow(tab.headers.map((h) => (cellOf(row, h) === "" ? null : cellOf(row, h))));
  }
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: "middle" };
  });

  tab.headers.forEach((h, i) => {
    const column = ws.getColumn(i + 1);
    const values = tab.rows.map((r) => cellOf(r, h));
    const longest = Math.max(displayLength(h) + 2, ...values.map(displayLength));
    column.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
    const wrap = values.some((v) => typeof v === "string" && (v.includes("\n") || v.length + 2 > MAX_WIDTH));
    for (let r = 2; r <= tab.rows.length + 1; r++) {
      const cell = ws.getRow(r).getCell(i + 1);
      cell.alignment = { vertical: "top", wrapText: wrap };
      if (values[r - 2] instanceof Date) cell.numFmt = DATE_FORMAT;
    }
  });
}

/** The workbook object: one worksheet per tab, in EXAMPLE_TABS order. */
export function createExampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Netwerkplan";
  wb.lastModifiedBy = "Netwerkplan";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const tab of EXAMPLE_TABS) addSheet(wb, tab);
  return wb;
}

/**
 * Sets the DOS modification time/date of every entry of a zip file (local headers and central directory) to
 * `when`, so that the archive does not depend on the moment it was written. Only the timestamps change.
 */
export function pinZipTimestamps(zip: Uint8Array, when: Date): Buffer {
  const buf = Buffer.from(zip);
  const dosTime = (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
  const dosDate = ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
  // End of central directory: the last occurrence of its signature.
  let eocd = -1;
  for (let i = buf.length - 22; i >= 0; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a zip file: no end of central directory");
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error("corrupt zip central directory");
    buf.writeUInt16LE(dosTime, p + 12);
    buf.writeUInt16LE(dosDate, p + 14);
    const local = buf.readUInt32LE(p + 42);
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error("corrupt zip local header");
    buf.writeUInt16LE(dosTime, local + 10);
    buf.writeUInt16LE(dosDate, local + 12);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}

/** The example workbook as .xlsx bytes. */
export async function buildExampleXlsx(): Promise<Buffer> {
  const data = await createExampleWorkbook().xlsx.writeBuffer();
  return pinZipTimestamps(new Uint8Array(data as ArrayBuffer), FIXED_DATE);
}
