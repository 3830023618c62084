/**
 * The Dutch catalog, whole, as written: what the bundle (core/i18n.ts) and its feature files hold together.
 * Nothing in src/ imports it: tests read it (tests/support/english.ts adds it to the translator's table, where
 * the bundle adds a feature's texts when it loads the feature).
 */
import { type Catalog, residentNl } from "../i18n";
import { documentsNl } from "./documents";
import { invitesNl } from "./invites";
import { settingsNl } from "./settings";

export const dutch: Catalog = { ...residentNl, ...documentsNl, ...invitesNl, ...settingsNl };
