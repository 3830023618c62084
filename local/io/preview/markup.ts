/** Escaping and number formatting for the preview's HTML and SVG. */
export function esc(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** `#rgb`, `#rrggbb`, `#rrggbbaa` or a plain colour name; anything else (a CSS injection) is dropped. */
export function safeColour(c: unknown): string | null {
  if (typeof c !== "string") return null;
  const s = c.trim();
  return /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(s) || /^[a-z]{3,20}$/i.test(s) ? s : null;
}

export function num(n: number): string {
  return Number.isFinite(n) ? String(Math.round(n * 10) / 10) : "0";
}

export function fmtNumber(n: number): string {
  return String(Number.isInteger(n) ? n : Math.round(n * 100) / 100);
}

export function clip(s: string, max: number): string {
  const m = Math.max(2, Math.floor(max));
  return s.length > m ? `${s.slice(0, m - 1)}…` : s;
}
