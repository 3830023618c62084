/** core/invites/status.ts: the add-on's own words in Uitnodiging, recognised in either language. */
import { translator } from "../../../src/core/i18n";
import { invalidStatus } from "../../../src/core/invites/outcome";
import { holdsError, ownStatus, STATUS_WORDS } from "../../../src/core/invites/status";
import { en as english } from "../../../src/core/messages/en";
import { dutch } from "../../../src/core/messages/nl";

const nl = translator("nl");
const en = translator("en");

test("the words it knows are the catalogs' own, in both languages", () => {
  for (const [lang, catalog] of [
    ["nl", dutch],
    ["en", english],
  ] as const) {
    const words = STATUS_WORDS[lang];
    expect(Object.keys(words).sort()).toEqual(
      Object.keys(catalog)
        .filter((k) => /^invites\.status\.\w+$/.test(k) && !/^invites\.status\.invalid/.test(k))
        .map((k) => k.replace("invites.status.", ""))
        .sort(),
    );
    for (const [key, word] of Object.entries(words))
      expect([key, word]).toEqual([key, catalog[`invites.status.${key}` as keyof typeof catalog]]);
  }
});

test("every status the add-on writes is known in both languages, whatever Taal says now", () => {
  for (const t of [nl, en]) {
    const error = t("invites.status.error", { error: "Backend Error" });
    const left = invalidStatus(
      [{ row: 3, column: "Eindtijd", message: "De eindtijd ligt voor de begintijd." }],
      t,
    );
    const row = invalidStatus([{ row: 3, column: "", message: "Deze regel staat er twee keer." }], t);
    expect(
      [
        t("invites.status.sent"),
        t("invites.status.noMail"),
        t("invites.status.updated"),
        t("invites.status.cancelled"),
        error,
        left,
        row,
      ].map(ownStatus),
    ).toEqual([
      { kind: "sent", cancelled: false },
      { kind: "noMail", cancelled: false },
      { kind: "updated", cancelled: false },
      { kind: "cancelled", cancelled: true },
      { kind: "error", cancelled: false },
      { kind: "notSent", cancelled: false },
      { kind: "notSent", cancelled: false },
    ]);
    // An error written over `geannuleerd` keeps the cancellation known.
    expect(ownStatus(t("invites.status.cancelledBefore", { status: left }))).toEqual({
      kind: "notSent",
      cancelled: true,
    });
    expect(ownStatus(t("invites.status.cancelledBefore", { status: error }))).toEqual({
      kind: "error",
      cancelled: true,
    });
  }
  expect(nl("invites.status.cancelledBefore", { status: "niet verstuurd: x" })).toBe(
    "geannuleerd; niet verstuurd: x",
  );
  expect(en("invites.status.cancelledBefore", { status: "not sent: x" })).toBe("cancelled; not sent: x");
});

test("case and spaces do not count; a partner's text, an empty cell or a number is none of the add-on's", () => {
  expect(ownStatus("  Geannuleerd ")).toEqual({ kind: "cancelled", cancelled: true });
  expect(ownStatus("NIET VERSTUURD,  fout in Datum: …")).toEqual({ kind: "notSent", cancelled: false });
  for (const cell of [
    "",
    "   ",
    "zie mail van Anna",
    "geannuleerd; zie mail",
    "verstuurd?",
    3,
    null,
    undefined,
  ])
    expect(ownStatus(cell)).toBeNull();
});

test("holdsError: only an error the add-on wrote, in either language, may be replaced", () => {
  expect(holdsError("fout: Backend Error")).toBe(true);
  expect(holdsError("error: Backend Error")).toBe(true);
  expect(holdsError("niet verstuurd, fout in Eindtijd: …")).toBe(true);
  expect(holdsError("not sent, error in Eindtijd: …")).toBe(true);
  expect(holdsError("geannuleerd; niet verstuurd, fout in Eindtijd: …")).toBe(true);
  for (const cell of ["verstuurd", "sent", "geannuleerd", "cancelled", "", "zie mail van Anna"])
    expect(holdsError(cell)).toBe(false);
});
