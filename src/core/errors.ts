/**
 * A failed action in the user's words: Google's own error texts that a coordinator may meet, said in the
 * user's language with Google's text after it. Errors may come from another realm (service objects), so
 * nothing here uses `instanceof Error`.
 */
import type { MessageKey, Translate } from "./i18n";

const KNOWN_ERRORS: readonly [RegExp, MessageKey][] = [
  [/^Exceeded maximum execution time/, "error.timeout"],
  [/^Service invoked too many times/, "error.quota"],
  [/protected cell or object/i, "error.protected"],
  [/^Service (Spreadsheets|Documents|Calendar) (timed out|failed)/, "error.serviceBusy"],
];

function isErrorLike(e: unknown): e is { name: string; message: string } {
  return typeof e === "object" && e !== null && typeof (e as { message?: unknown }).message === "string";
}

/** What went wrong, for the failure message; trailing dots and spaces dropped. */
export function describeError(e: unknown, t: Translate): string {
  const text = (isErrorLike(e) ? e.message : String(e)).replace(/[.\s]+$/, "");
  const known = KNOWN_ERRORS.find(([re]) => re.test(text));
  return known ? `${t(known[1])} (${text})` : text;
}

/** Only the error's kind, for the log: its message may quote cell values, which may be personal data. */
export function errorKind(e: unknown): string {
  return isErrorLike(e) ? e.name : typeof e;
}
