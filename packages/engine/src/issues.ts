/** One problem with an input, located by a path such as `cases[2].scenarios[0].lines[3].quantity`. */
export type Issue = { path: string; message: string };

/** Formats a path of keys and indexes the way people read it: `cases[2].code`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let result = '';
  for (const segment of path) {
    if (typeof segment === 'number') result += `[${segment}]`;
    else result += result === '' ? String(segment) : `.${String(segment)}`;
  }
  return result;
}

/** The text of an issue as one line: `path: message`, or the message alone at the top. */
export function formatIssue(issue: Issue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}

/** Orders issues as they appear in a document: by path, numbers compared as numbers. */
export function sortIssues(issues: Issue[]): Issue[] {
  return [...issues].sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
}
