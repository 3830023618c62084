/**
 * The fault sweeps' common part (tests/actions/faults*.test.ts): which calls to try, and the fault at one.
 * CI tries a sample; `npm run faults` (FAULTS=all) tries every call.
 */

const TIMEOUT = "Exceeded maximum execution time";
const EVERY = process.env.FAULTS === "all";

export type FaultKind = "quota" | "time-out";

/** The calls to try: all, or every `step`-th and every call among the last `tail` (where the commit is). */
export function sample(total: number, step = 5, tail = 6): number[] {
  const all = Array.from({ length: total }, (_, i) => i + 1);
  return EVERY ? all : all.filter((k) => k % step === 1 || k > total - tail);
}

/** Each sampled call with each kind of fault, for test.each. */
export const cases = (total: number, step?: number, tail?: number) =>
  sample(total, step, tail).flatMap((k) => [[k, "quota"] as const, [k, "time-out"] as const]);

/** The k-th call failing with Google's own text: the quota of `service`, or the end of the run. */
export const fault = (
  call: number,
  kind: FaultKind,
  service: "spreadsheets" | "documents" = "spreadsheets",
) => ({
  call,
  message: kind === "quota" ? `Service invoked too many times for one day: ${service}.` : TIMEOUT,
});
