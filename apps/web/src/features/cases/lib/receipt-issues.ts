import type { Issue } from '@kassabon/engine';
import { isWithin } from './draft-path.ts';

/**
 * Issues (paths relative to the case, `scenarios[1].lines[0].quantity`) sorted to the part of
 * the editor that shows them.
 */

/** The issues at `path` or inside it. */
export function issuesUnder(issues: readonly Issue[], path: string): Issue[] {
  return issues.filter((issue) => isWithin(issue.path, path));
}

/** The messages at exactly `path`, joined: what a field shows as its error. */
export function messageAt(issues: readonly Issue[], path: string): string | undefined {
  const messages = issues.filter((issue) => issue.path === path).map((issue) => issue.message);
  return messages.length > 0 ? messages.join('; ') : undefined;
}

/** Whether two lists hold the same issues: memoised parts skip drawing when nothing changed. */
export function sameIssues(a: readonly Issue[], b: readonly Issue[]): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every((issue, index) => {
        const other = b[index];
        return other !== undefined && issue.path === other.path && issue.message === other.message;
      }))
  );
}

export const scenarioPath = (scenarioIndex: number) => `scenarios[${scenarioIndex}]`;
export const linePath = (scenarioIndex: number, lineIndex: number) =>
  `scenarios[${scenarioIndex}].lines[${lineIndex}]`;

const LINE_INDEX = /^\.lines\[(\d+)\]/;

/**
 * The issues of one receipt's lines by line index, and the rest: the receipt's own fields.
 * `issues` are those under `scenarios[scenarioIndex]`.
 */
export function splitReceiptIssues(
  issues: readonly Issue[],
  scenarioIndex: number,
): { byLine: Map<number, Issue[]>; own: Issue[] } {
  const prefix = scenarioPath(scenarioIndex);
  const byLine = new Map<number, Issue[]>();
  const own: Issue[] = [];
  for (const issue of issues) {
    const match = LINE_INDEX.exec(issue.path.slice(prefix.length));
    if (!match) {
      own.push(issue);
      continue;
    }
    const index = Number(match[1]);
    const list = byLine.get(index);
    if (list) list.push(issue);
    else byLine.set(index, [issue]);
  }
  return { byLine, own };
}
