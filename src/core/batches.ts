/**
 * How the requests that build new tabs are cut into spreadsheets.batchUpdate calls.
 *
 * Google refuses a call whose body passes 10,485,760 bytes: the whole call fails with 400 "Request payload
 * size exceeds the limit: 10485760 bytes." (not in the reference pages; reported by the API's users, e.g.
 * https://github.com/jlolling/talendcomp_tGoogleSheet/issues/1, and confirmed as an infrastructure limit by
 * Google in https://github.com/googleworkspace/dotnet-samples/issues/23). At 10,000 activities one tab's
 * cells alone pass it, so a batch is closed before it would carry BATCH_BYTES (counted by payloadBytes, an
 * upper bound of the bytes sent) or BATCH_CELLS cells, and an updateCells larger than that is cut by rows.
 * The requests keep their order; cutting never changes what is written, only in how many calls.
 *
 * The number of calls therefore grows with the size of what is written (one per 8 MB), never per row or per
 * project. Pure: requests in, batches out.
 */

type Request = GoogleAppsScript.Sheets.Schema.Request;
type RowData = GoogleAppsScript.Sheets.Schema.RowData;

/** The limit of one call's body, in bytes. */
export const PAYLOAD_LIMIT = 10_485_760;
/** What one batch may carry (payloadBytes): a fifth under the limit, for the envelope and the encoder. */
export const BATCH_BYTES = 8 * 1024 * 1024;
/** Cells one batch may write. */
export const BATCH_CELLS = 200_000;

export interface BatchLimits {
  bytes: number;
  cells: number;
}

/**
 * The bytes a JSON text may take on the wire: an ASCII character one, any other UTF-16 unit six (the most
 * it can take: `\uXXXX` when the encoder escapes it, at most three bytes of UTF-8 when it does not).
 */
export function payloadBytes(json: string): number {
  // The regular expression scans natively: a loop over charCodeAt takes several times as long on megabytes.
  return json.length + 5 * json.replace(ASCII_RUNS, "").length;
}

const ASCII_RUNS = /[^\u0080-\uffff]+/g;

const sizeOf = (value: unknown): number => payloadBytes(JSON.stringify(value));

/** Text that JSON writes as it is, between its quotes: printable ASCII but `"` and `\`. */
const PLAIN_JSON_TEXT = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** payloadBytes of a string's JSON (its quotes included), without writing the JSON for most texts. */
export function textBytes(text: string): number {
  return PLAIN_JSON_TEXT.test(text) ? text.length + 2 : payloadBytes(JSON.stringify(text));
}

/** payloadBytes of a number's JSON (`null` when it is not finite). */
export function numberBytes(n: number): number {
  return Number.isFinite(n) ? String(n).length : 4;
}

/** payloadBytes of `"key":` for an ASCII key without quotes or backslashes (an API field name). */
export const memberBytes = (key: string): number => key.length + 3;

/**
 * Requests that must be applied in order (a document's: each counts on the indexes the ones before it left),
 * in as few consecutive batches as keep each body within `bytes`. One batch when they fit, which is always
 * the case below thousands of activities; a request is never cut.
 */
export function chunkBySize<T>(requests: readonly T[], bytes: number = BATCH_BYTES): T[][] {
  const envelope = sizeOf({ requests: [] });
  const out: T[][] = [[]];
  let used = envelope;
  for (const r of requests) {
    const size = sizeOf(r) + 1;
    if (out[out.length - 1]!.length > 0 && used + size > bytes) {
      out.push([]);
      used = envelope;
    }
    out[out.length - 1]!.push(r);
    used += size;
  }
  return out.filter((b) => b.length > 0);
}

/**
 * The requests in order, in as few batches as keep each within the limits (the first batch starts with `first`).
 * `rowBytes`: the payloadBytes of each row of an updateCells, when its maker counted them (core/batch.ts does, as
 * it makes the cells); the rows of any other are measured here.
 */
export function splitBatches(
  first: readonly Request[],
  requests: readonly Request[],
  limits: BatchLimits = { bytes: BATCH_BYTES, cells: BATCH_CELLS },
  rowBytes: ReadonlyMap<Request, readonly number[]> = new Map(),
): Request[][] {
  const out: Request[][] = [[]];
  const envelope = sizeOf({ requests: [] });
  let bytes = envelope;
  let cells = 0;
  /** What one request may take in an empty batch. */
  const room = limits.bytes - envelope - 1;
  const push = (r: Request, size: number, cellCount: number) => {
    const current = out[out.length - 1]!;
    if (current.length > 0 && (bytes + size > limits.bytes || cells + cellCount > limits.cells)) {
      out.push([]);
      bytes = envelope;
      cells = 0;
    }
    out[out.length - 1]!.push(r);
    bytes += size + 1; // and its comma
    cells += cellCount;
  };
  for (const r of first) push(r, sizeOf(r), 0);
  for (const r of requests) {
    const update = r.updateCells;
    if (!update) {
      push(r, sizeOf(r), 1);
      continue;
    }
    const rows = update.rows ?? [];
    const width = Math.max(1, rows[0]?.values?.length ?? 1);
    const sizes = rowBytes.get(r) ?? rows.map(sizeOf);
    // The request without its rows, with the largest start a part can get (its digits count too).
    const lastStart = { ...update.start, rowIndex: (update.start?.rowIndex ?? 0) + rows.length };
    const shell = sizeOf({ updateCells: { ...update, start: lastStart, rows: [] } });
    const whole = shell + sizes.reduce((a, b) => a + b + 1, 0);
    if (whole <= room && rows.length * width <= limits.cells) {
      push(r, whole, rows.length * width);
      continue;
    }
    // Too big for one batch: consecutive rows, each part as large as a batch allows.
    let from = 0;
    while (from < rows.length) {
      let to = from;
      let size = shell;
      while (
        to < rows.length &&
        (to === from || (size + sizes[to]! + 1 <= room && (to - from + 1) * width <= limits.cells))
      ) {
        size += sizes[to]! + 1;
        to++;
      }
      const part: RowData[] = rows.slice(from, to);
      const start = { ...update.start, rowIndex: (update.start?.rowIndex ?? 0) + from };
      push({ updateCells: { ...update, start, rows: part } }, size, part.length * width);
      from = to;
    }
  }
  return out.filter((b) => b.length > 0);
}
