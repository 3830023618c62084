/**
 * Every user-facing string, in Dutch (default) and English. Placeholders: `{name}`.
 * The Dutch table is in the bundle. The English one (messages/en.ts, which the type keeps to exactly the Dutch
 * keys) is not: Apps Script parses the whole bundle on every execution, and most networks are Dutch. It is a
 * project file that the bundle reads when an English message is first asked for in an execution
 * (`useEnglishCatalog`, set by main.ts), once; Dutch executions never read it. The menu's English captions stay in
 * the bundle, so that onOpen labels the menu without reading the file.
 */
import { baseNl } from "./messages/base";
import { dashboardNl } from "./messages/dashboard";
import { deadlineNl } from "./messages/deadline";
import { documentsNl } from "./messages/documents";
import { invitesNl } from "./messages/invites";
import { menuEn, menuNl } from "./messages/menu";
import { screensNl } from "./messages/screens";
import { validationNl } from "./messages/validation";

const nl = {
  ...menuNl,
  ...baseNl,
  ...validationNl,
  ...dashboardNl,
  ...deadlineNl,
  ...screensNl,
  ...documentsNl,
  ...invitesNl,
};

export type MessageKey = keyof typeof nl;
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

const message: Record<Lang, (key: MessageKey) => string> = {
  nl: (key) => nl[key],
  en: englishMessage,
};

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const text = message[lang];
  return (key, params) =>
    text(key).replace(/\{(\w+)\}/g, (m, name: string) =>
      params?.[name] !== undefined ? String(params[name]) : m,
    );
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
