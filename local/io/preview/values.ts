/** What a cell shows in the preview. */
import type { CellData } from "../../emulator/spreadsheet/model";

export type ValueFormatter = (c: CellData) => string;

/** What the cell shows: dates dd-mm-yyyy in the spreadsheet's zone, numbers and booleans as Sheets does. */
export function valueFormatter(timeZone: string, locale: string): ValueFormatter {
  const dutch = /^nl/i.test(locale);
  let zone = timeZone;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone });
  } catch {
    zone = "UTC";
  }
  const dateParts = new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return (c) => {
    const v = c.v;
    if (v === undefined) return "";
    if (typeof v === "string") return v;
    if (typeof v === "boolean") {
      if (c.dv?.kind === "checkbox") return v ? "☑" : "☐";
      return dutch ? (v ? "WAAR" : "ONWAAR") : v ? "TRUE" : "FALSE";
    }
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return String(v);
      const s = String(Number.isInteger(v) ? v : Number(v.toFixed(10)));
      return dutch ? s.replace(".", ",") : s;
    }
    const ms = Date.prototype.getTime.call(v);
    if (!Number.isFinite(ms)) return "";
    const p = Object.fromEntries(dateParts.formatToParts(ms).map((x) => [x.type, x.value]));
    const day = `${p.day}-${p.month}-${p.year}`;
    return /[hH]/.test(c.nf ?? "") ? `${day} ${p.hour}:${p.minute}` : day;
  };
}

export function displayDay(s: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  return m ? `${m[3]}-${m[2]}-${m[1]}` : s;
}
