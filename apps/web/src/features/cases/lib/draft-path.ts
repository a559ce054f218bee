/**
 * Paths into a case as the engine and the API name them (`interviews[0].quotes[1].text`,
 * `narrative.situation`): the forms read and write the draft by the same path an issue names,
 * so every field finds its own error without a table of names.
 */

export type PathSegment = string | number;

const SEGMENT = /([^.[\]]+)|\[(\d+)\]/g;

export function parsePath(path: string): PathSegment[] {
  return [...path.matchAll(SEGMENT)].map(([, key, index]) =>
    index === undefined ? (key as string) : Number(index),
  );
}

/** The value at `path`, or undefined where any step is missing. */
export function valueAt(root: unknown, path: string): unknown {
  let current = root;
  for (const segment of parsePath(path)) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

/**
 * A copy of `root` with `value` at `path`; only the objects and lists on the way are copied,
 * and missing ones are made. `undefined` removes an object's field: the case file leaves out
 * what is not filled in (an empty optional text would be refused).
 */
export function withValueAt<T>(root: T, path: string, value: unknown): T {
  return setIn(root, parsePath(path), value) as T;
}

function setIn(container: unknown, [segment, ...rest]: PathSegment[], value: unknown): unknown {
  if (segment === undefined) return value;
  const next = rest.length === 0 ? value : setIn(childOf(container, segment), rest, value);
  if (typeof segment === 'number') {
    const list = Array.isArray(container) ? [...container] : [];
    list[segment] = next;
    return list;
  }
  const record = isRecord(container) ? { ...container } : {};
  if (next === undefined) delete record[segment];
  else record[segment] = next;
  return record;
}

function childOf(container: unknown, segment: PathSegment): unknown {
  if (typeof container !== 'object' || container === null) return undefined;
  return (container as Record<PathSegment, unknown>)[segment];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The id of the input for `path`, so an error summary can take the user to it. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** Whether `path` is `prefix` or lies below it (`interviews[0].rating` below `interviews`). */
export function isWithin(path: string, prefix: string): boolean {
  if (prefix === '') return true;
  return (
    path === prefix ||
    (path.startsWith(prefix) && (path[prefix.length] === '.' || path[prefix.length] === '['))
  );
}
