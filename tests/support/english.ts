/**
 * Runs before every test file (jest `setupFiles`): core code called directly reads its English messages from
 * the TypeScript tables, where the bundle reads the project file built from them (core/i18n.ts). Tests of the
 * bundle do not go through this: they run dist/Code.js with dist/English.html.
 */
import { useEnglishCatalog } from "../../src/core/i18n";
import { en } from "../../src/core/messages/en";

useEnglishCatalog(() => en);
