/**
 * Every user-facing string, in Dutch (default) and English. Placeholders: `{name}`; a count that decides the
 * words around it: `{count, plural, =0 {geen fouten} one {# fout} other {# fouten}}` (plurals()).
 * Apps Script parses the whole bundle on every execution, so the bundle holds only what most executions need:
 * the Dutch texts of everything but the documents, the invitations, the sidebar and Help, whose Dutch texts travel with their code
 * (a feature file, gas/features.ts, that adds them with `addDutch` when it is loaded), and of the English texts
 * only the menu's captions, so that onOpen labels the menu without reading a file. The English catalog
 * (messages/en.ts, which the type keeps to exactly the Dutch keys) is a project file that the bundle reads when an
 * English message is first asked for in an execution (`useEnglishCatalog`, set by main.ts), once; Dutch
 * executions never read it. messages/nl.ts is the whole Dutch catalog, for tests.
 */
import { baseNl } from "./messages/base";
import { dashboardNl } from "./messages/dashboard";
import { deadlineNl } from "./messages/deadline";
import type { documentsNl } from "./messages/documents";
import type { invitesNl } from "./messages/invites";
import { menuEn, menuNl } from "./messages/menu";
import { screensNl } from "./messages/screens";
import type { settingsNl } from "./messages/settings";
import { validationNl } from "./messages/validation";

/** The Dutch texts in the bundle, as written (plurals and placeholders unfilled). */
export const residentNl = {
  ...menuNl,
  ...baseNl,
  ...validationNl,
  ...dashboardNl,
  ...deadlineNl,
  ...screensNl,
};

export type MessageKey =
  | keyof typeof residentNl
  | keyof typeof documentsNl
  | keyof typeof invitesNl
  | keyof typeof settingsNl;
export type Lang = "nl" | "en";
export type Catalog = Record<MessageKey, string>;

/** English messages kept in the bundle: the menu's captions (onOpen builds the menu before any setting is read). */
const resident: Partial<Catalog> = menuEn;

/** The project file that holds the English catalog as JSON, as HtmlService.createHtmlOutputFromFile names it. */
export const ENGLISH_FILE = "English";

let englishSource: (() => Catalog) | undefined;
let english: Catalog | undefined;

/** Where the English catalog comes from (the bundle: the project file; tests: messages/en.ts). Read once, when first needed. */
export function useEnglishCatalog(source: () => Catalog): void {
  englishSource = source;
  english = undefined;
}

function englishMessage(key: MessageKey): string {
  const kept = resident[key];
  if (kept !== undefined) return kept;
  if (english === undefined) {
    if (!englishSource) throw new Error("Netwerkplan: no English catalog (useEnglishCatalog)");
    english = englishSource();
  }
  return english[key];
}

/** The Dutch texts known in this execution: the bundle's, and those of the features loaded. */
const dutchTable: Partial<Catalog> = { ...residentNl };

/** A feature's Dutch texts, added when its code is loaded (gas/features.ts). */
export function addDutch(texts: Partial<Catalog>): void {
  Object.assign(dutchTable, texts);
}

function dutchMessage(key: MessageKey): string {
  const text = dutchTable[key];
  // Only a feature's own code asks for its texts; reaching this is a mistake in the code, never in the sheet.
  if (text === undefined)
    throw new Error(`Netwerkplan: no Dutch text for ${key} (its feature is not loaded)`);
  return text;
}

const message: Record<Lang, (key: MessageKey) => string> = {
  nl: dutchMessage,
  en: englishMessage,
};

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const text = message[lang];
  return (key, params) =>
    // Without parameters a message is its text (its plurals left to show their counts' names): the models
    // ask for the same words thousands of times.
    params === undefined
      ? plurals(text(key))
      : plurals(text(key), params).replace(/\{(\w+)\}/g, (m, name: string) =>
          params[name] !== undefined ? String(params[name]) : m,
        );
}

const PLURAL = /\{(\w+), plural,/g;

/**
 * ICU MessageFormat's plural, the part Dutch and English need: `{n, plural, =0 {…} one {…} other {…}}` becomes
 * the form for the number `n` — an exact `=k` first, then `one` for 1 (both languages' only other category
 * than `other` for whole numbers), else `other` — with `#` the number. A form may hold placeholders
 * (`{red}`). Written here rather than taken from a library: a MessageFormat implementation would add more to the
 * bundle, which Apps Script parses on every execution, than the whole of this.
 */
export function plurals(text: string, params?: Record<string, string | number>): string {
  if (!text.includes(", plural,")) return text;
  let out = "";
  let from = 0;
  PLURAL.lastIndex = 0;
  for (let m = PLURAL.exec(text); m !== null; m = PLURAL.exec(text)) {
    const forms = new Map<string, string>();
    let i = m.index + m[0].length;
    // selector {form} pairs until the closing brace of the whole
    for (;;) {
      while (text[i] === " ") i++;
      if (text[i] === "}" || i >= text.length) break;
      const selector = /^[=\w]+/.exec(text.slice(i))?.[0] ?? "";
      i += selector.length;
      while (text[i] === " ") i++;
      if (selector === "" || text[i] !== "{")
        throw new Error(`Netwerkplan: a plural without forms in “${text}”`);
      let depth = 0;
      const start = i + 1;
      for (; i < text.length; i++) {
        if (text[i] === "{") depth++;
        else if (text[i] === "}" && --depth === 0) break;
      }
      forms.set(selector, text.slice(start, i));
      i++;
    }
    const value = params?.[m[1]!];
    const n = typeof value === "number" ? value : Number(value);
    const form = forms.get(`=${n}`) ?? (n === 1 ? forms.get("one") : undefined) ?? forms.get("other") ?? "";
    // A form may hold a plural of its own: that one's `#` first.
    // A missing count stays visible as its placeholder, as any other missing parameter.
    const shown = value === undefined ? `{${m[1]}}` : String(value);
    out += text.slice(from, m.index) + plurals(form, params).replace(/#/g, shown);
    from = i + 1;
    PLURAL.lastIndex = from;
  }
  return out + text.slice(from);
}

/** `Taal` setting or locale → language; anything unknown is Dutch. */
export function toLang(value: unknown): Lang {
  return typeof value === "string" && /^\s*en/i.test(value) ? "en" : "nl";
}

/** A value inside a message: ‘…’, shortened to `max` characters, on one line (spaces kept: they may be the point). */
export function q(value: string, max = 60): string {
  const one = value.replace(/[\r\n\t\u2028\u2029]+/g, " ").trim();
  return `‘${one.length > max ? `${one.slice(0, max - 1)}…` : one}’`;
}
