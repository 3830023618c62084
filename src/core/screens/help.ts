/**
 * Help (PRODUCT.md §6) as a model: what each menu item does, the deadline forms, the statuses and their
 * colours, and the columns of each tab with a button that opens the tab — in the language of `Taal`.
 */
import { STATUS_WORDS } from "../blocks";
import type { Translate } from "../i18n";
import { MENU_ITEMS } from "../menu";
import type { Settings } from "../records";
import { ALL_TABS } from "../tabs";
import { STATUSES } from "../vocab";
import type { ScreenLink } from "./summary";

/** Examples of each accepted deadline form (PRODUCT.md §2.6), as a partner types them. */
export const DEADLINE_EXAMPLES: readonly string[] = [
  "31-12-2026",
  "31/12/2026",
  "2026-12-31",
  "Dec. 2026",
  "december 2026",
  "Jan.-dec. 2026",
  "Okt.-dec. 2026",
  "Okt. 2025 - mrt. 2026",
  "Q3 2026",
  "2026",
  "Continue",
  "Doorlopend",
];

export interface HelpScreen {
  title: string;
  intro: string;
  menu: { caption: string; does: string }[];
  deadlines: { intro: string; examples: string[]; due: string };
  colours: { intro: string; statuses: { word: string; colour: string }[] };
  tabs: {
    intro: string;
    list: {
      name: string;
      link: ScreenLink;
      columns: { header: string; required: boolean; byAddOn: boolean; synonyms: string }[];
    }[];
    generated: string;
  };
  texts: {
    close: string;
    menuTitle: string;
    deadlinesTitle: string;
    coloursTitle: string;
    tabsTitle: string;
    required: string;
    addOn: string;
    offline: string;
  };
}

export function helpScreen(settings: Settings, t: Translate): HelpScreen {
  const sources = ALL_TABS.filter((tab) => tab.kind === "source");
  return {
    title: t("help.title"),
    intro: t("help.intro"),
    menu: MENU_ITEMS.map((m) => ({ caption: t(m.caption), does: t(m.does) })),
    deadlines: { intro: t("help.deadlines"), examples: [...DEADLINE_EXAMPLES], due: t("help.deadlinesDue") },
    colours: {
      intro: t("help.colours"),
      statuses: STATUSES.map((s) => ({ word: t(STATUS_WORDS[s]), colour: settings.colours[s] })),
    },
    tabs: {
      intro: t("help.tabs"),
      list: sources.map((tab) => ({
        name: tab.name,
        link: { label: t("help.goTo", { tab: tab.name }), tab: tab.name, a1: "" },
        columns: tab.columns.map((c) => ({
          header: c.header,
          required: c.required,
          byAddOn: c.addOnWritten === true,
          synonyms: c.synonyms.length > 0 ? t("help.alsoAccepted", { names: c.synonyms.join(", ") }) : "",
        })),
      })),
      generated: t("help.generated", {
        tabs: ALL_TABS.filter((tab) => tab.kind === "generated")
          .map((tab) => tab.name)
          .join(", "),
      }),
    },
    texts: {
      close: t("screen.close"),
      menuTitle: t("help.menuTitle"),
      deadlinesTitle: t("help.deadlinesTitle"),
      coloursTitle: t("help.coloursTitle"),
      tabsTitle: t("help.tabsTitle"),
      required: t("help.required"),
      addOn: t("help.addOn"),
      offline: t("screen.offline"),
    },
  };
}
