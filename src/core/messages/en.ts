/**
 * The English catalog, whole: the source of the project file the build ships beside dist/Code.js
 * (scripts/build.mjs writes it as `<ENGLISH_FILE>.html`), so that Dutch runs do not load the English texts.
 * The type keeps it complete: exactly the keys of the Dutch table. Nothing in src/ imports it; the bundle reads
 * the file (gas/catalog.ts) and tests read this table (tests/support/english.ts).
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
