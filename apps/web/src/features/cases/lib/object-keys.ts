/**
 * React keys for entries that have no identity of their own (a receipt's lines, a case's
 * scenarios and effects): each object gets a key when first seen, and an edit carries the key over to the
 * object that replaces it. So a moved line keeps its DOM (and the focus), and an edited line
 * keeps its input while the user types.
 */
const keys = new WeakMap<object, string>();
let counter = 0;

export function keyOf(entry: object): string {
  let key = keys.get(entry);
  if (key === undefined) {
    counter += 1;
    key = `k${counter}`;
    keys.set(entry, key);
  }
  return key;
}

/** `next` replaces `previous`: it keeps the same key. Returns `next`. */
export function carryKey<T extends object>(previous: object, next: T): T {
  keys.set(next, keyOf(previous));
  return next;
}
