/**
 * Runs before every test file (jest `setupFiles`): core code called directly reads its English messages from
 * the TypeScript tables, where the bundle reads the project file built from them, and knows every Dutch text,
 * where the bundle adds a feature's texts when it loads the feature (core/i18n.ts). Tests of the bundle do not
 * go through this: they run dist/Code.js with dist/English.html and the feature files.
 */
import { addDutch, useEnglishCatalog } from "../../src/core/i18n";
import { en } from "../../src/core/messages/en";
import { dutch } from "../../src/core/messages/nl";

useEnglishCatalog(() => en);
addDutch(dutch);
