/** core/invites/retry.ts: which Calendar failures are retried, which stop the run, and the back-off. */
import {
  BACKOFF_MS,
  calendarErrorText,
  classifyCalendarError,
  nextStep,
  RUN_BUDGET_MS,
  withinBudget,
} from "../../../src/core/invites/retry";

/** An error as the advanced service raises it (GoogleJsonResponseException). */
const api = (code: number, reason: string, message: string, method = "insert") =>
  Object.assign(new Error(`API call to calendar.events.${method} failed with error: ${message}`), {
    name: "GoogleJsonResponseException",
    details: { code, message, errors: [{ domain: "usageLimits", reason, message }] },
  });

test.each([
  [api(403, "rateLimitExceeded", "Rate Limit Exceeded"), "retry"],
  [api(403, "userRateLimitExceeded", "User Rate Limit Exceeded"), "retry"],
  [api(403, "quotaExceeded", "Calendar usage limits exceeded."), "retry"],
  [api(429, "rateLimitExceeded", "Too Many Requests"), "retry"],
  [api(503, "backendError", "Backend Error"), "retry"],
  [api(403, "insufficientPermissions", "Request had insufficient authentication scopes."), "fail"],
  [api(403, "forbidden", "Forbidden"), "fail"],
  [api(404, "notFound", "Not Found", "patch"), "gone"],
  [api(410, "deleted", "Resource has been deleted", "delete"), "gone"],
  [api(409, "duplicate", "The requested identifier already exists."), "duplicate"],
  [api(400, "invalid", "Invalid start time."), "fail"],
  [
    new Error(
      "Service invoked too many times in a short time: calendar. Try Utilities.sleep(1000) between calls.",
    ),
    "retry",
  ],
  [new Error("Service invoked too many times for one day: calendar."), "stop"],
  [new Error("Exceeded maximum execution time"), "stop"],
  ["something odd", "fail"],
])("%s → %s", (error, kind) => {
  expect(classifyCalendarError(error)).toBe(kind);
});

test("back-off doubles from a second, four retries, and never runs past the budget", () => {
  expect(BACKOFF_MS).toEqual([1000, 2000, 4000, 8000]);
  expect(nextStep("retry", 1, 0)).toEqual({ action: "retry", delayMs: 1000 });
  expect(nextStep("retry", 4, 0)).toEqual({ action: "retry", delayMs: 8000 });
  expect(nextStep("retry", 5, 0)).toEqual({ action: "stop", reason: "quota" });
  expect(nextStep("retry", 1, RUN_BUDGET_MS - 500)).toEqual({ action: "stop", reason: "time" });
  expect(nextStep("stop", 1, 0)).toEqual({ action: "stop", reason: "quota" });
  expect(nextStep("fail", 1, 0)).toEqual({ action: "give up" });
  expect(nextStep("gone", 1, 0)).toEqual({ action: "give up" });
  expect(withinBudget(RUN_BUDGET_MS - 1)).toBe(true);
  expect(withinBudget(RUN_BUDGET_MS)).toBe(false);
  // The budget leaves room before Apps Script's six minutes.
  expect(RUN_BUDGET_MS).toBeLessThanOrEqual(5 * 60_000);
});

test("calendarErrorText: the API's words without Apps Script's prefix", () => {
  expect(calendarErrorText(api(400, "invalid", "Invalid start time."))).toBe("Invalid start time");
  expect(calendarErrorText("plain")).toBe("plain");
});
