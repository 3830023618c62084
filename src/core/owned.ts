/**
 * The generated tabs the add-on owns (their sheet ids, kept in the document's properties) and which tab is
 * active after they are replaced. Which tabs a replacement deletes or renames is core/swap.ts's plan.
 */

/** The sheet ids in a stored JSON list; empty for anything else. */
export function parseIdList(json: string | null | undefined): Set<number> {
  try {
    const v: unknown = JSON.parse(json ?? "[]");
    return new Set(Array.isArray(v) ? v.filter((x): x is number => typeof x === "number") : []);
  } catch (_e) {
    return new Set();
  }
}

/**
 * The tab to show after a replacement, or null to leave it: a tab the swap neither deleted nor replaced stays
 * the one the user looks at without a call. When the swap deleted the user's tab: its new version, unless
 * that is hidden; else the first new visible one.
 */
export function tabToActivate(
  activeName: string | null | undefined,
  specs: readonly { name: string; hidden?: boolean }[],
  deleted: readonly string[],
): string | null {
  if (activeName && !deleted.includes(activeName)) return null;
  if (activeName && specs.some((s) => s.name === activeName && !s.hidden)) return activeName;
  return specs.find((s) => !s.hidden)?.name ?? null;
}
