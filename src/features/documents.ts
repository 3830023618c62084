/**
 * The documents feature (Rapport genereren, Jaaractieplan maken): not in dist/Code.js but in the project file
 * `DocumentsCode.html`, loaded by gas/features.ts in the executions that make a document. Its Dutch texts come
 * with it.
 */
import { addDutch } from "../core/i18n";
import { documentsNl } from "../core/messages/documents";

addDutch(documentsNl);

export { planAction, reportAction } from "../gas/report";
