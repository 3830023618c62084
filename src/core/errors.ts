/**
 * A failed action in the user's words: Google's own error texts that a coordinator may meet, said in the
 * user's language, with one piece of advice chosen by the kind of failure (a daily limit: tomorrow; a time-out,
 * a busy service or lock, a short burst of calls: in a few minutes) and Google's text kept apart, labelled as
 * Google's. Errors may come from another realm (service objects), so nothing here uses `instanceof Error`.
 */
import type { MessageKey, Translate } from "./i18n";

/** What kind of failure an error is: it decides the advice. `other`: an error the add-on does not know. */
export type FailureKind = "quota" | "rate" | "timeout" | "serviceBusy" | "lock" | "protected" | "other";

const KNOWN_ERRORS: readonly { re: RegExp; kind: FailureKind; said: MessageKey }[] = [
  { re: /^Exceeded maximum execution time/, kind: "timeout", said: "error.timeout" },
  { re: /^Service invoked too many times for one day/, kind: "quota", said: "error.quota" },
  // "Service invoked too many times in a short time: …": a burst of calls, not the day's limit.
  { re: /^Service invoked too many times/, kind: "rate", said: "error.rate" },
  { re: /protected cell or object/i, kind: "protected", said: "error.protected" },
  {
    re: /^Service (Spreadsheets|Documents|Calendar) (timed out|failed)/,
    kind: "serviceBusy",
    said: "error.serviceBusy",
  },
  // LockService.waitLock: "Lock timeout: another process was holding the lock for too long."
  { re: /^Lock timeout/, kind: "lock", said: "error.lock" },
];

/** What to do, by the kind of failure: said once, in the dialog's last line. */
const ADVICE: Record<FailureKind, MessageKey> = {
  quota: "error.advice.tomorrow",
  rate: "error.advice.soon",
  timeout: "error.advice.soon",
  serviceBusy: "error.advice.soon",
  lock: "error.advice.soon",
  protected: "error.advice.protected",
  other: "error.advice.other",
};

function isErrorLike(e: unknown): e is { name: string; message: string } {
  return typeof e === "object" && e !== null && typeof (e as { message?: unknown }).message === "string";
}

/** A failed action as the failure dialog and the run's result say it. */
export interface FailureReport {
  kind: FailureKind;
  /** "‘Dashboards genereren’ is niet gelukt: <what went wrong, in the user's words>." */
  line: string;
  /** What to do now: one advice, by the kind of failure. */
  advice: string;
  /** Google's own (English) text, when `line` says it in the user's words; null for any other error. */
  google: string | null;
  /** The label before Google's text ("Technische melding van Google:"). */
  googleLabel: string;
  /** The line and Google's text, labelled: the run's result (samenvatting.json, the CLI). */
  message: string;
}

/**
 * The failure of the action called `action`. An error Google's words are known for is said in the user's
 * language with Google's text kept apart; any other error (the add-on's own messages, which say what to do
 * themselves) is given as it is, without its trailing dots.
 */
export function failureReport(action: string, e: unknown, t: Translate): FailureReport {
  const raw = (isErrorLike(e) ? e.message : String(e)).trim();
  const text = raw.replace(/[.\s]+$/, "");
  const known = KNOWN_ERRORS.find(({ re }) => re.test(text));
  const kind = known?.kind ?? "other";
  const line = t("action.failed", { action, error: known ? t(known.said) : text });
  const google = known ? raw : null;
  const googleLabel = t("error.googleLabel");
  return {
    kind,
    line,
    advice: t(ADVICE[kind]),
    google,
    googleLabel,
    message: google ? `${line} ${googleLabel} ${google}` : line,
  };
}

/** Only the error's kind, for the log: its message may quote cell values, which may be personal data. */
export function errorKind(e: unknown): string {
  return isErrorLike(e) ? e.name : typeof e;
}
