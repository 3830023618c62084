/**
 * The search patterns of replaceText and findText: strings in Google's RE2 syntax, matched against each
 * paragraph on its own (a match never spans two paragraphs).
 * https://developers.google.com/apps-script/reference/document/body#replaceText(String,String)
 * https://github.com/google/re2/wiki/Syntax
 *
 * RE2 and JavaScript agree on the common syntax. What RE2 rejects (look-around, back-references) or writes
 * differently (inline flags other than a leading (?i), \Q…\E, POSIX classes, \p classes) is refused here as
 * "Not emulated" rather than matched the JavaScript way.
 */
import { notEmulated } from "../spreadsheet/errors";

const REFUSED: [RegExp, string][] = [
  [/\(\?<?[=!]/, "look-around (RE2 has none)"],
  [/\\[1-9]/, "a back-reference (RE2 has none)"],
  [/\(\?[a-zA-Z-]+[:)]/, "an inline flag other than a leading (?i)"],
  [/\\[QEpPCzAZ]/, "an RE2-only or differently meant escape"],
  [/\[\[:/, "a POSIX character class"],
  [/\(\?>/, "an atomic group"],
];

/** A global JavaScript RegExp that matches what the RE2 pattern matches, or Not emulated. */
export function re2ToRegExp(pattern: string, method: string): RegExp {
  let source = pattern;
  let flags = "g";
  if (source.startsWith("(?i)")) {
    source = source.slice(4);
    flags += "i";
  }
  source = source.replace(/\(\?P</g, "(?<");
  for (const [re, what] of REFUSED) {
    if (re.test(source)) throw notEmulated(`${method} with ${what}: ${pattern}`);
  }
  try {
    return new RegExp(source, flags);
  } catch {
    throw notEmulated(`${method} with a pattern JavaScript cannot read: ${pattern}`);
  }
}

/** Matches of `re` in `text` as [start, endExclusive]; an empty match is refused (its effect is unknown). */
export function matchesIn(text: string, re: RegExp, method: string): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === "") throw notEmulated(`${method} with a pattern that matches empty text: ${re.source}`);
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/**
 * The replacement is inserted as it is. What Apps Script makes of "$1" or a backslash in it is not
 * documented, so those are refused: to insert arbitrary text, find it with findText and use
 * Text.deleteText / Text.insertText.
 */
export function checkReplacement(replacement: string, method: string): void {
  if (/\$\d|\\/.test(replacement)) {
    throw notEmulated(`${method} with "$<digit>" or "\\" in the replacement: ${replacement}`);
  }
}
