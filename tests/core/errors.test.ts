/** core/errors.ts: Google's error texts in the user's words, one advice by kind; only the kind goes to the log. */
import { errorKind, failureReport } from "../../src/core/errors";
import { translator } from "../../src/core/i18n";

const nl = translator("nl");
const en = translator("en");

test.each([
  ["Exceeded maximum execution time", "timeout", "de actie duurde langer dan Google toestaat (6 minuten)"],
  ["Service invoked too many times for one day: docs create.", "quota", "de dagelijkse limiet van Google"],
  [
    "Service invoked too many times in a short time: calendar. Try Utilities.sleep(1000) between calls.",
    "rate",
    "Google kreeg in korte tijd te veel verzoeken",
  ],
  ["You are trying to edit a protected cell or object.", "protected", "een beveiligd tabblad of bereik"],
  [
    "Service Spreadsheets timed out while accessing document with id 1.",
    "serviceBusy",
    "Google reageerde niet op tijd",
  ],
  [
    "Lock timeout: another process was holding the lock for too long.",
    "lock",
    "een andere actie in dit werkblad",
  ],
])("%s → said in Dutch; Google's text kept apart, labelled, as Google wrote it", (text, kind, said) => {
  const r = failureReport("Dashboards genereren", new Error(text), nl);
  expect(r.kind).toBe(kind);
  expect(r.line).toMatch(/^‘Dashboards genereren’ is niet gelukt: /);
  expect(r.line).toContain(said);
  // The Dutch line does not quote Google's English; Google's text comes after its label, whole.
  expect(r.line).not.toContain(text.slice(0, 20));
  expect(r.google).toBe(text);
  expect(r.googleLabel).toBe("Technische melding van Google:");
  expect(r.message).toBe(`${r.line} Technische melding van Google: ${text}`);
});

test("the advice follows the kind of failure and is given once: a daily limit tomorrow, a time-out or busy lock in a moment", () => {
  const quota = failureReport(
    "Valideren",
    new Error("Service invoked too many times for one day: range."),
    nl,
  );
  expect(quota.advice).toMatch(/morgen opnieuw/);
  expect(quota.advice).not.toMatch(/\bzo\b|paar minuten/);
  // The line itself gives no advice: the dialog says what to do once.
  expect(quota.line).not.toMatch(/opnieuw/);
  for (const text of [
    "Exceeded maximum execution time",
    "Lock timeout: another process was holding the lock for too long.",
    "Service invoked too many times in a short time: calendar.",
    "Service Documents failed while accessing document with id 1.",
  ]) {
    const r = failureReport("Valideren", new Error(text), nl);
    expect([text, r.advice]).toEqual([
      text,
      expect.stringMatching(/^Probeer het over een paar minuten opnieuw/),
    ]);
    expect(r.advice).not.toMatch(/morgen/);
    expect(r.line).not.toMatch(/opnieuw/);
  }
  expect(
    failureReport("Valideren", new Error("Service invoked too many times for one day: email."), en).advice,
  ).toMatch(/try again tomorrow/);
});

test("English when Taal is en; an unknown error is given as it is, without its trailing dot, and no Google label", () => {
  const timeout = failureReport("Validate", new Error("Exceeded maximum execution time"), en);
  expect(timeout.line).toBe(
    "‘Validate’ did not succeed: the action took longer than Google allows (6 minutes).",
  );
  expect(timeout.message).toBe(
    `${timeout.line} Technical message from Google: Exceeded maximum execution time`,
  );
  const own = failureReport(
    "Valideren",
    new Error("Er is geen tabblad Vergaderingen. Kies eerst Werkblad inrichten."),
    nl,
  );
  expect(own.line).toBe(
    "‘Valideren’ is niet gelukt: Er is geen tabblad Vergaderingen. Kies eerst Werkblad inrichten.",
  );
  expect([own.kind, own.google, own.message]).toEqual(["other", null, own.line]);
  expect(failureReport("Valideren", "a thrown string", nl).line).toBe(
    "‘Valideren’ is niet gelukt: a thrown string.",
  );
});

test("an error from another realm (a service object) is read by its message, not by instanceof", () => {
  const foreign = { name: "Exception", message: "Service invoked too many times for one day: email." };
  const r = failureReport("Valideren", foreign, nl);
  expect(r.line).toContain("dagelijkse limiet");
  expect(r.google).toBe(foreign.message);
});

test("the log gets only the error's kind, never its message (which may quote a partner's cell)", () => {
  const e = new TypeError("Jan de Vries <jan@example.nl> is niet gevonden");
  expect(errorKind(e)).toBe("TypeError");
  expect(errorKind("text")).toBe("string");
});
