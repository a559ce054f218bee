import { describe, expect, it } from 'vitest';
import { issuesUnder, messageAt, sameIssues, splitReceiptIssues } from './receipt-issues.ts';

const issues = [
  { path: 'scenarios[1].kind', message: 'a case has at most one "with" scenario' },
  { path: 'scenarios[1].lines[0].quantity', message: 'must be 0 or more' },
  { path: 'scenarios[1].lines[0].quantity', message: 'must be at most 1e9' },
  { path: 'scenarios[1].lines[12]', message: 'a line needs either ...' },
  { path: 'scenarios[10].lines[0].item', message: 'unknown price-list item "x"' },
];

describe('receipt issues', () => {
  it('finds the issues inside a path, not those of a path that only starts alike', () => {
    expect(issuesUnder(issues, 'scenarios[1]')).toHaveLength(4);
    expect(issuesUnder(issues, 'scenarios[1].lines[1]')).toHaveLength(0);
  });

  it('joins the messages of one field', () => {
    expect(messageAt(issues, 'scenarios[1].lines[0].quantity')).toBe(
      'must be 0 or more; must be at most 1e9',
    );
    expect(messageAt(issues, 'scenarios[1].date')).toBeUndefined();
  });

  it("sorts a receipt's issues to its lines and to itself", () => {
    const { byLine, own } = splitReceiptIssues(issuesUnder(issues, 'scenarios[1]'), 1);
    expect([...byLine.keys()]).toEqual([0, 12]);
    expect(byLine.get(0)).toHaveLength(2);
    expect(own).toEqual([issues[0]]);
  });

  it('compares lists by content', () => {
    expect(sameIssues(issues.slice(0, 2), issues.slice(0, 2))).toBe(true);
    expect(sameIssues(issues.slice(0, 2), issues.slice(1, 3))).toBe(false);
  });
});
