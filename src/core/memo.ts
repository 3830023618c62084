/**
 * Answers remembered by their text: partners repeat the same few deadlines, statuses, trekkers and projects
 * over thousands of rows, so each distinct text is worked out once. At most MEMO_LIMIT answers are kept, so a
 * sheet of all-different texts does not fill the memory (past it, answers are worked out each time).
 */
export const MEMO_LIMIT = 10_000;

export class Memo<V> {
  private readonly known = new Map<string, V>();

  /** The answer for `key`, made by `make` the first time. */
  of(key: string, make: () => V): V {
    const found = this.known.get(key);
    if (found !== undefined || this.known.has(key)) return found as V;
    const made = make();
    if (this.known.size < MEMO_LIMIT) this.known.set(key, made);
    return made;
  }
}
