/**
 * The bytes of File.getAs("application/pdf") in the emulator: a small, valid one-page PDF that lists the
 * document's title and the start of its text, and names the file it was made from. It stands in for
 * Google's rendering (which the emulator does not do); the local run renders documents as .docx instead.
 */

/** The line the PDF carries to say which Drive file it was converted from. */
export const PDF_SOURCE_MARKER = "%netwerkplan-emulator-converted-from:";

function pdfString(s: string): string {
  const latin1 = Array.from(s, (c) => (c.charCodeAt(0) < 256 ? c : "?")).join("");
  return `(${latin1.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

export function placeholderPdf(sourceId: string, title: string, lines: string[]): Buffer {
  const shown = [title, "", ...lines].slice(0, 50);
  const text = shown
    .map((l, i) => `BT /F1 ${i === 0 ? 16 : 10} Tf 50 ${790 - i * 14} Td ${pdfString(l)} Tj ET`)
    .join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(text, "latin1")} >>\nstream\n${text}\nendstream`,
  ];
  let out = `%PDF-1.4\n${PDF_SOURCE_MARKER}${sourceId}\n`;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

/** The id of the file a PDF made by placeholderPdf was converted from, or null. */
export function pdfSource(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 200).toString("latin1");
  const i = head.indexOf(PDF_SOURCE_MARKER);
  if (i < 0) return null;
  return head.slice(i + PDF_SOURCE_MARKER.length).split("\n")[0] ?? null;
}
