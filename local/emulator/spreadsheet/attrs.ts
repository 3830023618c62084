/**
 * Per-cell format attributes behind the many getX/setX and getXs/setXs pairs of Range: each says how to read
 * the attribute (with Sheets' default), how to check and normalise an argument, and how to store it.
 * Documented defaults: https://developers.google.com/apps-script/reference/spreadsheet/range
 */
import { normalizeColor } from "./colors";
import { AUTOMATIC_FORMAT } from "./display";
import { enumArg, enumOut, WrapStrategy } from "./enums";
import { gasError, SHEETS_ERRORS } from "./errors";
import type { CellData } from "./model";

export interface Attr<T, In = T> {
  /** Argument name for "Invalid argument: <name>". */
  name: string;
  get(cell: CellData | null | undefined): T;
  /** The value to store; null resets the attribute. Throws on an invalid argument. */
  parse(v: unknown): In | null;
  set(cell: CellData, v: In | null): void;
}

const invalid = (name: string) => gasError(SHEETS_ERRORS.invalidArgument(name));

function oneOf<const T extends string>(name: string, allowed: readonly T[], resetTo?: string) {
  return (v: unknown): T | null => {
    if (v === null || v === resetTo) return null;
    if (typeof v === "string" && (allowed as readonly string[]).includes(v)) return v as T;
    throw invalid(name);
  };
}

function color(name: string) {
  return (v: unknown): string | null => {
    if (v === null) return null;
    if (typeof v !== "string") throw invalid(name);
    return normalizeColor(v);
  };
}

/** An attribute stored under one key of CellData, absent meaning the default. */
function simple<K extends keyof CellData, T>(
  key: K,
  name: string,
  fallback: T,
  parse: (v: unknown) => CellData[K] | null,
): Attr<T, NonNullable<CellData[K]>> {
  return {
    name,
    get: (cell) => (cell?.[key] ?? fallback) as T,
    parse: parse as (v: unknown) => NonNullable<CellData[K]> | null,
    set: (cell, v) => {
      if (v === null || v === undefined) delete cell[key];
      else cell[key] = v as CellData[K];
    },
  };
}

export const BACKGROUND = simple("bg", "color", "#ffffff", color("color"));
export const FONT_COLOR = simple("fc", "color", "#000000", color("color"));
export const FONT_WEIGHT = simple("fw", "fontWeight", "normal", oneOf("fontWeight", ["bold", "normal"]));
export const FONT_STYLE = simple("fst", "fontStyle", "normal", oneOf("fontStyle", ["italic", "normal"]));
export const FONT_SIZE = simple("fs", "size", 10, (v) => {
  if (typeof v !== "number" || !(v > 0)) throw invalid("size");
  return v;
});
export const NUMBER_FORMAT = simple("nf", "numberFormat", AUTOMATIC_FORMAT, (v) => {
  if (typeof v !== "string") throw invalid("numberFormat");
  return v === "" ? null : v;
});
export const NOTE = simple("note", "note", "", (v) => {
  if (v === null || v === "") return null;
  if (typeof v !== "string") throw invalid("note");
  return v;
});
/** "general" when unset; "normal" or null resets. */
export const HORIZONTAL_ALIGNMENT = simple(
  "ha",
  "alignment",
  "general",
  oneOf("alignment", ["left", "center", "right"], "normal"),
);
export const VERTICAL_ALIGNMENT = simple(
  "va",
  "alignment",
  "bottom",
  oneOf("alignment", ["top", "middle", "bottom"]),
);

/**
 * setWrap(true) = WRAP; setWrap(false) = OVERFLOW. A cell without a wrap format reads getWrap() true while its
 * strategy is OVERFLOW, as in Apps Script (gas-fakes' live tests, testsheets.js "exotic styles": getWrap()
 * after clearFormat() is true, after setWrapStrategy(OVERFLOW) false).
 */
export const WRAP: Attr<boolean> = {
  name: "isWrapEnabled",
  get: (cell) => cell?.wrap ?? !cell?.clip,
  parse: (v) => {
    if (typeof v !== "boolean") throw invalid("isWrapEnabled");
    return v;
  },
  set: (cell, v) => {
    delete cell.clip;
    if (v === null) delete cell.wrap;
    else cell.wrap = v;
  },
};

type WrapName = "WRAP" | "OVERFLOW" | "CLIP";
export const WRAP_STRATEGY: Attr<GoogleAppsScript.Spreadsheet.WrapStrategy, WrapName> = {
  name: "strategy",
  get: (cell) => enumOut(WrapStrategy, cell?.wrap ? "WRAP" : cell?.clip ? "CLIP" : "OVERFLOW"),
  parse: (v) => enumArg(WrapStrategy, v, "Range.setWrapStrategy", [v]),
  set: (cell, v) => {
    delete cell.wrap;
    delete cell.clip;
    if (v === "WRAP") cell.wrap = true;
    if (v === "OVERFLOW") cell.wrap = false;
    if (v === "CLIP") cell.clip = true;
  },
};
