import { formatPath } from '@kassabon/engine';

/** More changed paths than this are summarised: an audit entry names what, not everything. */
const MAX_PATHS = 50;

/**
 * The paths at which two JSON values differ (`scenarios[1].lines[0].quantity`), for the
 * audit log: where something changed, never the values, which may be personal data.
 */
export function changedPaths(before: unknown, after: unknown): string[] {
  const paths: string[] = [];
  compare(before, after, [], paths);
  if (paths.length <= MAX_PATHS) return paths;
  return [...paths.slice(0, MAX_PATHS), `… and ${paths.length - MAX_PATHS} more`];
}

function compare(a: unknown, b: unknown, path: (string | number)[], paths: string[]): void {
  if (Object.is(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let index = 0; index < Math.max(a.length, b.length); index++)
      compare(a[index], b[index], [...path, index], paths);
    return;
  }
  if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
      compare(a[key], b[key], [...path, key], paths);
    return;
  }
  paths.push(formatPath(path) || '(the whole case)');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
