/**
 * The Dutch catalog, whole, as written: what the bundle (core/i18n.ts) and its feature files hold together.
 * Nothing in src/ imports it: tests read it (tests/support/english.ts adds it to the translator's table, where
 * the bundle adds a feature's texts when it loads the feature).
 */
import type { Catalog } from "../i18n";
import { baseNl } from "./base";
import { dashboardNl } from "./dashboard";
import { deadlineNl } from "./deadline";
import { documentsNl } from "./documents";
import { invitesNl } from "./invites";
import { menuNl } from "./menu";
import { screensNl } from "./screens";
import { settingsNl } from "./settings";
import { validationNl } from "./validation";

export const dutch: Catalog = {
  ...menuNl,
  ...baseNl,
  ...validationNl,
  ...dashboardNl,
  ...deadlineNl,
  ...screensNl,
  ...settingsNl,
  ...documentsNl,
  ...invitesNl,
};
