/**
 * The order of the add-on's service calls, for the benchmark: the emulator counts calls per method but does
 * not keep their order or their arguments, and both matter for the cost (a read after a write forces a
 * flush; a per-cell array costs per cell). This wraps every object the emulator hands to the add-on in one
 * more Proxy, around the counting one, that records each counted call — its name, the cell attributes it
 * writes (from its arguments and its range), the cells it reads (from its result), the time the emulator
 * spent in it and the heap at that moment. The emulator itself is not changed: a call is recorded only when
 * the emulator counted it (its runtime's total went up), so internal calls between emulated objects and
 * calls refused before counting are left out, exactly as in `calls`.
 *
 * Bench-only: loading this module patches EmuRuntime.prototype.expose for the whole process.
 */
import { EmuRuntime } from "../local/emulator/runtime";

export interface TracedCall {
  /** As the emulator counts it: `Range.setValues`, `Sheets.Spreadsheets.batchUpdate`. */
  name: string;
  /** Cell attributes the call sends (see writtenAttributes); 0 for calls that write no cells. */
  attributes: number;
  /** Cells the call returns (a getValues of 10 × 3 gives 30). */
  cellsRead: number;
  /** For a Sheets/Docs batchUpdate: its requests by type. */
  requests?: Record<string, number>;
  /**
   * For a Sheets batchUpdate: the cells of the tabs it adds (addSheet's grid) and of the rows it appends
   * (appendCells) — the generated cells its attributes are compared with.
   */
  generatedCells?: number;
  /** For a Sheets batchUpdate: the attributes it sends, by kind (value, backgroundColor, bold, note, …). */
  attributeKinds?: Record<string, number>;
  /** CPU time spent inside the emulator for this call (ms), to tell the add-on's own JavaScript from it. */
  emulatorMs: number;
  /** Heap used (bytes) just before the call: the bench's peak-heap samples. */
  heapBefore: number;
  /** The call threw (a fault, a refused argument). */
  threw: boolean;
}

let current: TracedCall[] | null = null;
let heapSampling = true;

/** Starts recording into a fresh list; returns it (filled as the add-on calls). */
export function startTrace(opts: { heap?: boolean } = {}): TracedCall[] {
  current = [];
  heapSampling = opts.heap !== false;
  return current;
}

export function stopTrace(): void {
  current = null;
}

type Fn = (...args: unknown[]) => unknown;
type RuntimeInternals = { depth: number; total: number; internal<T>(fn: () => T): T };

const SKIP = new Set(["toString", "valueOf", "then", "toJSON", "constructor", "asymmetricMatch", "$$typeof"]);

const original = EmuRuntime.prototype.expose;
EmuRuntime.prototype.expose = function exposeTraced<T extends object, G = T>(
  this: EmuRuntime,
  target: T,
  className: string,
): G {
  const inner = original.call(this, target, className) as unknown as object;
  const rt = this as unknown as RuntimeInternals;
  const wrappers = new Map<string, Fn>();
  return new Proxy(inner, {
    get(p, prop, receiver) {
      const value = Reflect.get(p, prop, receiver);
      if (typeof prop !== "string" || prop.startsWith("_") || SKIP.has(prop) || typeof value !== "function")
        return value;
      const cached = wrappers.get(prop);
      if (cached) return cached;
      const name = `${className}.${prop}`;
      const fn = value as Fn;
      const wrapper = function (this: unknown, ...args: unknown[]) {
        const log = current;
        if (!log || rt.depth > 0) return fn.apply(p, args);
        const heapBefore = heapSampling ? process.memoryUsage().heapUsed : 0;
        const before = rt.total;
        const cpu0 = process.cpuUsage();
        let result: unknown;
        let threw = true;
        try {
          result = fn.apply(p, args);
          threw = false;
          return result;
        } finally {
          const cpu = process.cpuUsage(cpu0);
          const emulatorMs = (cpu.user + cpu.system) / 1000;
          if (rt.total > before) {
            const call: TracedCall = {
              name,
              attributes: threw ? 0 : rt.internal(() => writtenAttributes(name, args, p)),
              cellsRead: threw ? 0 : cellsOf(result),
              emulatorMs,
              heapBefore,
              threw,
            };
            const requests = threw ? undefined : requestTypes(name, args);
            if (requests) call.requests = requests;
            if (!threw && name === "Sheets.Spreadsheets.batchUpdate") {
              call.generatedCells = newCells(args[0]);
              call.attributeKinds = apiAttributeKinds(args[0]);
            }
            log.push(call);
          }
        }
      };
      wrappers.set(prop, wrapper);
      return wrapper;
    },
  }) as G;
};

/** Cells in a 2-D array result (getValues, getBackgrounds, …); 0 for anything else. */
function cellsOf(v: unknown): number {
  if (!Array.isArray(v) || v.length === 0 || !Array.isArray(v[0])) return 0;
  let n = 0;
  for (const row of v) n += Array.isArray(row) ? row.length : 0;
  return n;
}

function cells2d(v: unknown): number | null {
  if (!Array.isArray(v) || (v.length > 0 && !Array.isArray(v[0]))) return null;
  let n = 0;
  for (const row of v) n += Array.isArray(row) ? row.length : 0;
  return n;
}

/**
 * Cell attributes a call sends, the measure of the cost model and of the "≤ 1.5 × the generated cells"
 * target: an array setter (`setValues`, `setBackgrounds`, …) one per array element; a uniform setter on a
 * range (`setBackground`, `setNumberFormat`, `clearContent`, …) one — it sends one value whatever the range;
 * a RangeList setter one per range; a Sheets API batchUpdate every value, format property and note its
 * cells carry (`updateCells`, `appendCells` per cell, `repeatCell` once).
 */
function writtenAttributes(name: string, args: unknown[], target: object): number {
  if (name === "Sheets.Spreadsheets.batchUpdate") return apiAttributes(args[0]);
  const [cls, method] = name.split(".") as [string, string];
  if (cls !== "Range" && cls !== "RangeList") return 0;
  if (!/^(set|clear|merge|insertCheckboxes|removeCheckboxes|breakApart)/.test(method)) return 0;
  const array = cells2d(args[0]);
  if (array !== null && /s$/.test(method)) return array;
  if (cls === "RangeList") {
    const ranges = (target as { getRanges(): unknown[] }).getRanges();
    return ranges.length;
  }
  return 1;
}

interface ApiCell {
  userEnteredValue?: unknown;
  userEnteredFormat?: Record<string, unknown> & { textFormat?: Record<string, unknown> };
  note?: unknown;
  dataValidation?: unknown;
}

/** The attributes one CellData carries, by kind; `into` gathers them. */
function cellAttributes(c: ApiCell | undefined, into?: Record<string, number>): number {
  if (!c) return 0;
  let n = 0;
  const count = (k: string) => {
    n++;
    if (into) into[k] = (into[k] ?? 0) + 1;
  };
  if (c.userEnteredValue !== undefined) count("value");
  if (c.note !== undefined) count("note");
  if (c.dataValidation !== undefined) count("dataValidation");
  const f = c.userEnteredFormat;
  if (f) {
    for (const [k, v] of Object.entries(f)) {
      if (v === undefined) continue;
      if (k === "textFormat" && v && typeof v === "object") for (const t of Object.keys(v)) count(t);
      else count(k);
    }
  }
  return n;
}

function eachApiCell(resource: unknown, fn: (c: ApiCell | undefined) => void): void {
  const requests = (resource as { requests?: Record<string, unknown>[] } | undefined)?.requests ?? [];
  for (const r of requests) {
    const rows = (r.updateCells ?? r.appendCells) as { rows?: { values?: ApiCell[] }[] } | undefined;
    if (rows) for (const row of rows.rows ?? []) for (const c of row.values ?? []) fn(c);
    const repeat = r.repeatCell as { cell?: ApiCell } | undefined;
    if (repeat) fn(repeat.cell);
  }
}

function apiAttributes(resource: unknown): number {
  let n = 0;
  eachApiCell(resource, (c) => {
    n += cellAttributes(c);
  });
  return n;
}

function apiAttributeKinds(resource: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  eachApiCell(resource, (c) => cellAttributes(c, out));
  return out;
}

function newCells(resource: unknown): number {
  const requests = (resource as { requests?: Record<string, unknown>[] } | undefined)?.requests ?? [];
  let n = 0;
  for (const r of requests) {
    const grid = (
      r.addSheet as { properties?: { gridProperties?: { rowCount?: number; columnCount?: number } } }
    )?.properties?.gridProperties;
    if (grid) n += (grid.rowCount ?? 1000) * (grid.columnCount ?? 26);
    const rows = (r.appendCells as { rows?: { values?: unknown[] }[] } | undefined)?.rows;
    if (rows) for (const row of rows) n += row.values?.length ?? 0;
  }
  return n;
}

function requestTypes(name: string, args: unknown[]): Record<string, number> | undefined {
  if (!/\.batchUpdate$/.test(name)) return undefined;
  const requests = (args[0] as { requests?: Record<string, unknown>[] } | undefined)?.requests ?? [];
  const out: Record<string, number> = {};
  for (const r of requests) {
    for (const [k, v] of Object.entries(r)) if (v !== undefined && v !== null) out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}
