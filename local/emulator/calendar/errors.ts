/**
 * Errors of the advanced Calendar service as Apps Script raises them.
 *
 * An advanced service turns the API's JSON error into a `GoogleJsonResponseException` whose message is
 * `API call to <api method> failed with error: <the API's message>` and whose `details` holds the API's error
 * object (`code`, `message`, `errors`). Seen in scripts' logs and catch blocks, e.g.
 *   { [GoogleJsonResponseException: API call to calendar.events.delete failed with error: Not Found]
 *     details: { message: 'Not Found', errors: [ [Object] ], code: 404 }, name: 'GoogleJsonResponseException' }
 * (https://github.com/derekantrican/GAS-ICS-Sync/issues/297, .../issues/472,
 * https://github.com/DjMuffinTops/Google-Calendar-API-to-Discord-Webhook/issues/6).
 *
 * The API messages and reasons follow https://developers.google.com/workspace/calendar/api/guides/errors
 * where that page lists them (404 notFound, 410 deleted, 403 rateLimitExceeded, userRateLimitExceeded,
 * quotaExceeded, 400 timeRangeEmpty, 409 duplicate); the others are marked where they are defined.
 */
import type { FaultSpec } from "../runtime";

export interface ApiErrorItem {
  domain: string;
  reason: string;
  message: string;
}

export interface ApiErrorDetails {
  code: number;
  message: string;
  errors: ApiErrorItem[];
}

export class GoogleJsonResponseException extends Error {
  readonly details: ApiErrorDetails;

  constructor(apiMethod: string, details: ApiErrorDetails) {
    super(`API call to ${apiMethod} failed with error: ${details.message}`);
    this.name = "GoogleJsonResponseException";
    this.details = details;
  }
}

type Kind = { code: number; domain: string; reason: string; message: string };

/** The API's errors the emulator raises, by name. */
export const CALENDAR_ERRORS = {
  /** Documented: an unknown event or calendar. */
  notFound: { code: 404, domain: "global", reason: "notFound", message: "Not Found" },
  /** Documented ("a request attempts to delete an event that has already been deleted"). */
  deleted: { code: 410, domain: "global", reason: "deleted", message: "Resource has been deleted" },
  /** Documented: the per-calendar or per-user request rate. */
  rateLimit: {
    code: 403,
    domain: "usageLimits",
    reason: "rateLimitExceeded",
    message: "Rate Limit Exceeded",
  },
  /** Documented: a Cloud console limit. */
  userRateLimit: {
    code: 403,
    domain: "usageLimits",
    reason: "userRateLimitExceeded",
    message: "User Rate Limit Exceeded",
  },
  /** Documented: Calendar's own usage limits (too many events made in a short time). */
  usageLimits: {
    code: 403,
    domain: "usageLimits",
    reason: "quotaExceeded",
    message: "Calendar usage limits exceeded.",
  },
  /** Documented (for timeMax; the API answers the same for an event that ends before it starts). */
  timeRangeEmpty: {
    code: 400,
    domain: "calendar",
    reason: "timeRangeEmpty",
    message: "The specified time range is empty.",
  },
  /** Documented: an id given on insert that an event of the calendar already has (or had: deleted ones count). */
  duplicate: {
    code: 409,
    domain: "global",
    reason: "duplicate",
    message: "The requested identifier already exists.",
  },
  /** The API's text for a scope the token lacks (the standard Google API 403). */
  insufficientScopes: {
    code: 403,
    domain: "global",
    reason: "insufficientPermissions",
    message: "Request had insufficient authentication scopes.",
  },
  // The texts below are the API's as reported by its users; the reference pages do not list them.
  invalidId: { code: 400, domain: "global", reason: "invalid", message: "Invalid resource id value." },
  missingEnd: { code: 400, domain: "global", reason: "required", message: "Missing end time." },
  missingStart: { code: 400, domain: "global", reason: "required", message: "Missing start time." },
  missingZone: (which: "start" | "end") => ({
    code: 400,
    domain: "global",
    reason: "required",
    message: `Missing time zone definition for ${which} time.`,
  }),
  invalidZone: (which: "start" | "end") => ({
    code: 400,
    domain: "global",
    reason: "invalid",
    message: `Invalid time zone definition for ${which} time.`,
  }),
  invalidTime: (which: "start" | "end") => ({
    code: 400,
    domain: "global",
    reason: "invalid",
    message: `Invalid ${which} time.`,
  }),
  mixedTimes: {
    code: 400,
    domain: "global",
    reason: "invalid",
    message: "Start and end times must either both be date or both be dateTime.",
  },
  missingAttendeeEmail: {
    code: 400,
    domain: "global",
    reason: "required",
    message: "Missing attendee email.",
  },
  ordering: {
    code: 400,
    domain: "global",
    reason: "badRequest",
    message: "The requested ordering is not available for the particular query.",
  },
  /** The API's generic 400 (a malformed timestamp or page token). */
  badRequest: { code: 400, domain: "global", reason: "badRequest", message: "Bad Request" },
  /** Google's text for a value outside an enum parameter's allowed values. */
  invalidEnum: (value: string, allowed: readonly string[]) => ({
    code: 400,
    domain: "global",
    reason: "invalidParameter",
    message: `Invalid string value: '${value}'. Allowed values: [${allowed.join(", ")}]`,
  }),
} as const satisfies Record<string, Kind | ((...a: never[]) => Kind)>;

/** `Calendar.Events.remove` -> `calendar.events.delete`: the API method names Apps Script's messages use. */
export function apiMethodOf(countedName: string): string {
  const [, collection = "", method = ""] = countedName.split(".");
  const apiMethod = method === "remove" ? "delete" : method;
  return `calendar.${collection.charAt(0).toLowerCase()}${collection.slice(1)}.${apiMethod}`;
}

export function calendarError(apiMethod: string, kind: Kind): GoogleJsonResponseException {
  return new GoogleJsonResponseException(apiMethod, {
    code: kind.code,
    message: kind.message,
    errors: [{ domain: kind.domain, reason: kind.reason, message: kind.message }],
  });
}

/**
 * A fault for `EmuRuntime.injectFault` / `AddonRunner.faults`: the `call`-th call of `method` (default: any
 * Calendar method, counted together) throws the API error `kind` (default 403 Rate Limit Exceeded), named
 * after the method that was called.
 */
export function calendarFault(
  call: number,
  kind: Kind = CALENDAR_ERRORS.rateLimit,
  method = "Calendar.*",
): FaultSpec {
  return { method, call, error: (name) => calendarError(apiMethodOf(name), kind) };
}
