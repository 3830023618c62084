/** core/errors.ts: Google's error texts in the user's words; only the kind goes to the log. */
import { describeError, errorKind } from "../../src/core/errors";
import { translator } from "../../src/core/i18n";

const nl = translator("nl");
const en = translator("en");

test.each([
  ["Exceeded maximum execution time", "de actie duurde langer dan Google toestaat (6 minuten)"],
  ["Service invoked too many times for one day: docs create.", "de dagelijkse limiet van Google"],
  ["You are trying to edit a protected cell or object.", "een beveiligd tabblad of bereik"],
  ["Service Spreadsheets timed out while accessing document with id 1.", "Google reageerde niet op tijd"],
])("%s → said in Dutch, Google's text kept after it", (text, said) => {
  const out = describeError(new Error(text), nl);
  expect(out).toContain(said);
  expect(out).toContain(`(${text.replace(/[.\s]+$/, "")})`);
});

test("English when Taal is en; an unknown error is given as it is, without its trailing dot", () => {
  expect(describeError(new Error("Exceeded maximum execution time"), en)).toMatch(/^the action took longer/);
  expect(describeError(new Error("Iets onverwachts."), nl)).toBe("Iets onverwachts");
  expect(describeError("a thrown string", nl)).toBe("a thrown string");
});

test("an error from another realm (a service object) is read by its message, not by instanceof", () => {
  const foreign = { name: "Exception", message: "Service invoked too many times for one day: email." };
  expect(describeError(foreign, nl)).toContain("dagelijkse limiet");
});

test("the log gets only the error's kind, never its message (which may quote a partner's cell)", () => {
  const e = new TypeError("Jan de Vries <jan@example.nl> is niet gevonden");
  expect(errorKind(e)).toBe("TypeError");
  expect(errorKind("text")).toBe("string");
});
