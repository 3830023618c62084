/**
 * What to do when a Calendar call fails, and when a run must stop before Apps Script stops it.
 *
 * The advanced service raises the API's error as a GoogleJsonResponseException: `details.code`,
 * `details.errors[0].reason`, and the message `API call to calendar.events.insert failed with error: …`.
 * https://developers.google.com/workspace/calendar/api/guides/errors: 403 rateLimitExceeded,
 * userRateLimitExceeded and quotaExceeded (usage limits), 429 and 5xx: "use exponential backoff";
 * 404 notFound and 410 deleted: the event is gone; 409 duplicate: the id is taken.
 * Apps Script's own limits come as plain errors ("Service invoked too many times…", "Exceeded maximum
 * execution time").
 */

export type FailureKind =
  /** Try the same call again after a pause. */
  | "retry"
  /** Stop the run cleanly: more calls today will not help. */
  | "stop"
  /** The event is not there (404, 410). */
  | "gone"
  /** The event id is taken (409): an earlier attempt of this insert went through. */
  | "duplicate"
  /** This call cannot succeed as it is: record the error for its row and go on. */
  | "fail";

interface ErrorLike {
  message?: unknown;
  details?: { code?: unknown; errors?: readonly { reason?: unknown }[] | null } | null;
}

const RETRY_REASONS = new Set([
  "rateLimitExceeded",
  "userRateLimitExceeded",
  "quotaExceeded",
  "backendError",
  "internalError",
]);

/** The kind of a failed Calendar call's error. */
export function classifyCalendarError(e: unknown): FailureKind {
  const err = (typeof e === "object" && e !== null ? e : { message: String(e) }) as ErrorLike;
  const message = typeof err.message === "string" ? err.message : "";
  const code = typeof err.details?.code === "number" ? err.details.code : null;
  const reason = err.details?.errors?.[0]?.reason;
  if (/^Exceeded maximum execution time/.test(message)) return "stop";
  if (/^Service invoked too many times for one day/.test(message)) return "stop";
  if (/^Service invoked too many times/.test(message)) return "retry";
  if (/^Service (Calendar )?(timed out|failed|unavailable)/i.test(message)) return "retry";
  if (code === 404 || code === 410) return "gone";
  if (code === 409) return "duplicate";
  if (code === 429 || (code !== null && code >= 500)) return "retry";
  if (code === 403 && typeof reason === "string" && RETRY_REASONS.has(reason)) return "retry";
  if (code === 403 && /rate limit|usage limits|quota/i.test(message)) return "retry";
  return "fail";
}

/** Apps Script ends a run after 6 minutes; the add-on starts no new event after this much. */
export const RUN_BUDGET_MS = 4.5 * 60_000;

/** Pauses before the 1st, 2nd… retry of one call: doubling from one second, at most five tries in all. */
export const BACKOFF_MS: readonly number[] = [1000, 2000, 4000, 8000];

export type NextStep =
  | { action: "retry"; delayMs: number }
  /** Stop the run: Google's limit holds (`quota`), or the run's time is nearly up (`time`). */
  | { action: "stop"; reason: "quota" | "time" }
  | { action: "give up" };

/**
 * After the `attempt`-th failure (1-based) of one call, `elapsedMs` into the run: pause and retry, stop the
 * run (it continues at the next click), or give up on this call.
 */
export function nextStep(
  kind: FailureKind,
  attempt: number,
  elapsedMs: number,
  budgetMs = RUN_BUDGET_MS,
): NextStep {
  if (kind === "stop") return { action: "stop", reason: "quota" };
  if (kind !== "retry") return { action: "give up" };
  const delayMs = BACKOFF_MS[attempt - 1];
  if (delayMs === undefined) return { action: "stop", reason: "quota" };
  if (elapsedMs + delayMs > budgetMs) return { action: "stop", reason: "time" };
  return { action: "retry", delayMs };
}

/** Whether a run `elapsedMs` in may start another event's calls. */
export const withinBudget = (elapsedMs: number, budgetMs = RUN_BUDGET_MS): boolean => elapsedMs < budgetMs;

/** The API's message of a failed call, without Apps Script's `API call to … failed with error: ` prefix. */
export function calendarErrorText(e: unknown): string {
  const message =
    typeof e === "object" && e !== null && typeof (e as { message?: unknown }).message === "string"
      ? (e as { message: string }).message
      : String(e);
  return message.replace(/^API call to [\w.]+ failed with error:\s*/, "").replace(/[.\s]+$/, "");
}
