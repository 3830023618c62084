/**
 * The settings feature (the `Instellingen…` sidebar and its Save, Help): not in dist/Code.js but in the project
 * file `SettingsCode.html`, loaded by gas/features.ts in the executions that show or save them. Its Dutch texts
 * come with it.
 */
import { addDutch } from "../core/i18n";
import { settingsNl } from "../core/messages/settings";

addDutch(settingsNl);

export { saveSettings, showHelp, showSettings } from "../gas/settings";
