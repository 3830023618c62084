/**
 * References between tabs: an activity's project (by name, loosely spelled, or by its short name) and a
 * meeting's group (one that an active member belongs to; a warning when none of them has an address).
 */
import { q, type Translate } from "../i18n";
import { Memo } from "../memo";
import type { Member } from "../records";
import { foldText, Lookup } from "../vocab";
import { type Resolution, withSuggestion } from "./fields";
import type { ProjectEntry } from "./project";

export function projectResolver(
  index: ReadonlyMap<string, ProjectEntry>,
  shortNames: ReadonlyMap<string, string>,
  t: Translate,
) {
  const names = new Lookup([...index.keys()]);
  const resolved = new Memo<Resolution>();
  const broken = (value: string, entry: ProjectEntry): Resolution => ({
    ok: false,
    message: t("val.project.hasError", { value: q(value), row: entry.row }),
    suggestion: "",
  });
  const resolve = (text: string): Resolution => {
    const exact = index.get(text);
    if (exact !== undefined) return exact.ok ? { ok: true, value: exact.name } : broken(text, exact);
    const m = names.match(text);
    if (m.ok) {
      const entry = index.get(m.value)!;
      if (!entry.ok) return broken(text, entry);
      const message = t("val.project.loose", { value: q(text), suggestion: q(entry.name) });
      return { ok: true, value: entry.name, loose: { message, suggestion: entry.name } };
    }
    const suggestion = m.suggestion ?? shortNames.get(foldText(text)) ?? "";
    return {
      ok: false,
      message: withSuggestion(t, t("val.project.unknown", { value: q(text) }), suggestion),
      suggestion,
    };
  };
  return (text: string): Resolution => resolved.of(text, () => resolve(text));
}

/** The groups that at least one active member belongs to, sorted as a Dutch reader expects. */
export function activeGroups(members: readonly Member[]): string[] {
  return [...new Set(members.filter((m) => m.active).flatMap((m) => m.groups))].sort((a, b) =>
    a.localeCompare(b, "nl"),
  );
}

/**
 * A meeting's group: one that an active member belongs to (loosely spelled: a warning). A group whose active
 * members all lack a valid address is used, with a warning: its event would invite nobody.
 */
export function groupResolver(members: readonly Member[], t: Translate) {
  const lookup = new Lookup(activeGroups(members));
  const reachable = new Set(
    members.filter((m) => m.active && m.email !== null).flatMap((m) => m.groups.map(foldText)),
  );
  const unreachable = (group: string) =>
    reachable.has(foldText(group)) ? {} : { warning: t("val.group.noAddresses", { value: q(group) }) };
  return (text: string): Resolution => {
    const m = lookup.match(text);
    if (m.ok && m.exact) return { ok: true, value: text, ...unreachable(text) };
    if (m.ok) {
      const message = t("val.group.loose", { value: q(text), suggestion: q(m.value) });
      return {
        ok: true,
        value: m.value,
        loose: { message, suggestion: m.value },
        ...unreachable(m.value),
      };
    }
    const suggestion = m.suggestion ?? "";
    return {
      ok: false,
      message: withSuggestion(t, t("val.group.nobody", { value: q(text) }), suggestion),
      suggestion,
    };
  };
}
