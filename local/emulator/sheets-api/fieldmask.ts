/**
 * Field masks: the `fields` of a batchUpdate request (a google.protobuf.FieldMask, "a comma-separated list of
 * fields", e.g. `userEnteredValue,userEnteredFormat.textFormat.bold`) and the `fields` parameter of
 * Spreadsheets.get (the partial-response syntax, e.g. `sheets.properties(sheetId,title)` or
 * `sheets/properties/title`). Google's own samples use parentheses in request masks too
 * (`userEnteredFormat(backgroundColor,textFormat)`, https://developers.google.com/workspace/sheets/api/samples/formatting),
 * so one parser reads both: paths of names joined by `.` or `/`, groups in parentheses, `*` for everything.
 */
import { notEmulated } from "../spreadsheet/errors";

/** The mask as full dotted paths, e.g. ["userEnteredFormat.backgroundColor", "note"]; "*" stays "*". */
export function parseFieldMask(mask: string, what: string): string[] {
  const out: string[] = [];
  let i = 0;
  const fail = (): never => {
    throw notEmulated(`${what} with the field mask "${mask}"`);
  };
  const skipSpace = () => {
    while (i < mask.length && /\s/.test(mask[i]!)) i++;
  };
  const name = (): string => {
    skipSpace();
    if (mask[i] === "*") {
      i++;
      return "*";
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(mask.slice(i));
    if (!m) return fail();
    i += m[0].length;
    return m[0];
  };
  const list = (prefix: string): void => {
    for (;;) {
      let path = name();
      skipSpace();
      while (mask[i] === "." || mask[i] === "/") {
        i++;
        path += `.${name()}`;
        skipSpace();
      }
      const full = prefix ? `${prefix}.${path}` : path;
      if (mask[i] === "(") {
        i++;
        list(full);
        skipSpace();
        if (mask[i] !== ")") fail();
        i++;
        skipSpace();
      } else out.push(full);
      if (mask[i] !== ",") return;
      i++;
    }
  };
  list("");
  if (i !== mask.length) fail();
  return out;
}

/** Whether the mask selects `path` (the path itself, a field above it, or `*`). */
export function selects(paths: readonly string[], path: string): boolean {
  return paths.some((p) => p === "*" || p === path || path.startsWith(`${p}.`));
}
