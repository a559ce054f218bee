import { describe, expect, it } from 'vitest';
import { changedPaths } from './changed-paths.ts';

describe('changedPaths', () => {
  it('names where two documents differ, not what they hold', () => {
    const before = { title: 'A', plan: { wants: 'werk' }, scenarios: [{ lines: [{ amount: 1 }] }] };
    const after = {
      title: 'A',
      plan: { wants: 'rust', needs: 'hulp' },
      scenarios: [{ lines: [{ amount: 2 }, { amount: 3 }] }],
    };
    expect(changedPaths(before, after)).toEqual([
      'plan.wants',
      'plan.needs',
      'scenarios[0].lines[0].amount',
      'scenarios[0].lines[1]',
    ]);
    expect(changedPaths(before, structuredClone(before))).toEqual([]);
  });

  it('summarises a change of very many paths', () => {
    const many = changedPaths(
      { list: Array.from({ length: 60 }, () => 0) },
      { list: Array.from({ length: 60 }, () => 1) },
    );
    expect(many).toHaveLength(51);
    expect(many.at(-1)).toBe('… and 10 more');
  });
});
