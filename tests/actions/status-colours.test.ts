/**
 * The status colours of `Activiteiten` follow `Instellingen` (PRODUCT.md §3: colours "changeable in
 * Instellingen"): Werkblad inrichten sets them; Valideren and Dashboards genereren bring the add-on's own rules
 * in step when a `Kleur …` setting changed or rows were added below them, in the same swap and with the
 * rules read in the action's one snapshot, so without a call more. A partner's rules are never touched.
 */
import type { SpreadsheetData } from "../../local/emulator/spreadsheet/model";
import { DEFAULT_STATUS_COLOURS } from "../../src/core/tabs";
import {
  accountWith,
  ownStatusRules,
  PARTNER_RULE,
  runnerFor,
  setting,
  statusNetwork,
  tab,
} from "../support/addon";

const STATUS_COL = 5;

/** The add-on's four status rules on the Status column, down to the last of `rows` rows. */
const ownRules = (rows: number, colours?: Record<string, string>) =>
  ownStatusRules(STATUS_COL, rows, colours);

function start() {
  const fixture = accountWith(statusNetwork());
  const runner = runnerFor(fixture.account);
  expect(runner.click("Werkblad inrichten").value).toMatchObject({ outcome: "ok" });
  const acts = tab(fixture.ss, "Activiteiten");
  acts.conditionalFormatRules = [PARTNER_RULE, ...acts.conditionalFormatRules];
  return { ...fixture, runner, acts };
}

/** Types a value into `Instellingen` as a partner would, in the row Werkblad inrichten made for `key`. */
const setSetting = (ss: SpreadsheetData, key: string, value: string) =>
  expect(setting(ss, key, value)).toBe(true);

const messageOf = (r: { value?: unknown }) => (r.value as { message: string }).message;
const REFRESHED = "De statuskleuren in ‘Activiteiten’ volgen weer de kleuren uit Instellingen";

test("as Werkblad inrichten set them: Valideren changes no rule and says nothing about colours", () => {
  const { runner, acts } = start();
  expect(acts.conditionalFormatRules).toEqual([PARTNER_RULE, ...ownRules(1000)]);
  const before = JSON.stringify(acts.conditionalFormatRules);
  const r = runner.click("Valideren");
  expect(r.value).toMatchObject({ outcome: "ok" });
  expect(JSON.stringify(acts.conditionalFormatRules)).toBe(before);
  expect(messageOf(r)).not.toContain(REFRESHED);
});

test.each(["Valideren", "Dashboards genereren"])(
  "a colour changed in Instellingen: %s replaces the add-on's rules in the swap, without a call more",
  (action) => {
    const { ss, runner, acts } = start();
    runner.click(action); // gives the activity its ID
    const first = runner.click(action);
    setSetting(ss, "Kleur Behaald", "#00ff00");
    const r = runner.click(action);
    expect(r.value).toMatchObject({ outcome: "ok" });
    expect(acts.conditionalFormatRules).toEqual([
      PARTNER_RULE,
      ...ownRules(1000, { ...DEFAULT_STATUS_COLOURS, Behaald: "#00ff00" }),
    ]);
    expect(messageOf(r)).toContain(REFRESHED);
    expect(r.totalCalls).toBe(first.totalCalls);
    // In step now: the next run leaves them and does not mention them.
    const again = runner.click(action);
    expect(messageOf(again)).not.toContain(REFRESHED);
    expect(acts.conditionalFormatRules).toHaveLength(5);
  },
);

test("rows added below the rules: Valideren stretches the colours down to the new last row", () => {
  const { runner, acts } = start();
  acts.maxRows = 1500;
  const r = runner.click("Valideren");
  expect(messageOf(r)).toContain(REFRESHED);
  expect(acts.conditionalFormatRules).toEqual([PARTNER_RULE, ...ownRules(1500)]);
});

test("a partner who removed the add-on's colours is not overruled; nor is a sheet without them", () => {
  const { ss, runner, acts } = start();
  acts.conditionalFormatRules = [PARTNER_RULE];
  setSetting(ss, "Kleur Behaald", "#00ff00");
  const r = runner.click("Valideren");
  expect(messageOf(r)).not.toContain(REFRESHED);
  expect(acts.conditionalFormatRules).toEqual([PARTNER_RULE]);
});

test("in English the line is English", () => {
  const { ss, runner } = start();
  setSetting(ss, "Taal", "en");
  setSetting(ss, "Kleur Doorlopend", "#0000ff");
  const r = runner.click("Valideren");
  expect(messageOf(r)).toContain(
    "The status colours in ‘Activiteiten’ follow the colours in Instellingen again",
  );
});
