/**
 * The English catalog as the bundle reads it: the project file `English.html` that scripts/build.mjs writes
 * from core/messages/en.ts, JSON text (its `<`, `>` and `&` escaped, so it holds no markup). One file read, only
 * in an execution that shows an English message beyond the menu (core/i18n.ts asks for it once).
 */
import { type Catalog, ENGLISH_FILE } from "../core/i18n";

export function readEnglishCatalog(): Catalog {
  return JSON.parse(HtmlService.createHtmlOutputFromFile(ENGLISH_FILE).getContent()) as Catalog;
}
