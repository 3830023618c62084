/**
 * Value checks that work across JavaScript realms: the add-on runs in its own `vm` context, so a Date it
 * creates is not `instanceof Date` in the emulator's realm (and vice versa).
 */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/** A host-realm copy of a Date from any realm. */
export function toHostDate(v: Date): Date {
  return new Date(Date.prototype.getTime.call(v));
}
