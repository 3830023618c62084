/**
 * The English catalog, whole: the source of the project file the build ships beside dist/Code.js
 * (scripts/build.mjs writes it as `<ENGLISH_FILE>.html`), so that Dutch runs do not load the English texts.
 * The type keeps it complete: exactly the keys of the Dutch table. Nothing in src/ imports it; the bundle reads
 * the file (gas/catalog.ts) and tests read this table (tests/support/english.ts).
 *
 * How English text names the workbook's Dutch words, one rule for every message (tests/core/i18n.test.ts checks it):
 * - the workbook's structure keeps its names: tab names, the headers of the tabs partners type in, the keys of
 *   Instellingen (‘the Validatie tab’, ‘the Groepen column’, ‘Uitnodigingen versturen’);
 * - a status or fase that is shown or spoken of is its English word, as the dashboards, Overzicht, Status, the
 *   documents and Help show it (`dashboard.status.*`, `dashboard.phase.*`): Achieved, On track, Ongoing,
 *   Behind schedule; Development, Implementation, Continuous, Completed;
 * - a status or fase the partner is to type or choose in a cell, whose drop-down holds the Dutch values, is that
 *   word with the value after it: `Achieved (Behaald)` (so too the lists of accepted values, validation/fields.ts);
 * - a value quoted from a cell (`{value}`, `{status}`, `{phase}`) or a suggestion stays as it is typed, and
 *   examples of what to type use English where it is accepted (month names, yes/no, `to` in a period).
 */
import type { MessageKey } from "../i18n";
import { baseEn } from "./base";
import { dashboardEn } from "./dashboard";
import { deadlineEn } from "./deadline";
import { documentsEn } from "./documents";
import { invitesEn } from "./invites";
import { menuEn } from "./menu";
import { screensEn } from "./screens";
import { settingsEn } from "./settings";
import { validationEn } from "./validation";

export { ENGLISH_FILE } from "../i18n";

export const en: Record<MessageKey, string> = {
  ...menuEn,
  ...baseEn,
  ...validationEn,
  ...dashboardEn,
  ...deadlineEn,
  ...screensEn,
  ...settingsEn,
  ...documentsEn,
  ...invitesEn,
};
