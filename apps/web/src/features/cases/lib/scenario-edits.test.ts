import type { Scenario } from '@kassabon/engine';
import { describe, expect, it } from 'vitest';
import { keyOf } from './object-keys.ts';
import {
  addedScenarioIndex,
  addScenario,
  canAddScenario,
  displayOrder,
  moveLine,
  removeLine,
  updateLine,
  withField,
} from './scenario-edits.ts';

const kinds = (scenarios: Scenario[]) => scenarios.map((scenario) => scenario.kind);
const followup = (date: string): Scenario => ({ kind: 'followup', date, lines: [] });

describe('scenario edits', () => {
  it('adds voor, met and zonder once each, in their order, and follow-ups freely', () => {
    let scenarios: Scenario[] = [followup('2026-01-01'), { kind: 'with', lines: [] }];
    expect(canAddScenario(scenarios, 'with')).toBe(false);
    expect(canAddScenario(scenarios, 'followup')).toBe(true);
    expect(addedScenarioIndex(scenarios, 'before')).toBe(0);
    scenarios = addScenario(scenarios, 'before');
    scenarios = addScenario(scenarios, 'without');
    scenarios = addScenario(scenarios, 'followup');
    expect(kinds(scenarios)).toEqual(['before', 'followup', 'with', 'without', 'followup']);
    expect(displayOrder(scenarios)).toEqual([0, 2, 3, 1, 4]);
  });

  it('changes only the line it is given, and the line keeps its key', () => {
    const scenarios: Scenario[] = [
      {
        kind: 'with',
        lines: [
          { item: 'a', quantity: 1 },
          { item: 'b', quantity: 2 },
        ],
      },
      { kind: 'without', lines: [] },
    ];
    const firstKey = keyOf(scenarios[0]?.lines[0] as object);
    const next = updateLine(scenarios, 0, 0, (line) => withField(line, 'quantity', 5));
    expect(next[0]?.lines[0]).toEqual({ item: 'a', quantity: 5 });
    expect(keyOf(next[0]?.lines[0] as object)).toBe(firstKey);
    expect(next[0]?.lines[1]).toBe(scenarios[0]?.lines[1]);
    expect(next[1]).toBe(scenarios[1]);
    expect(withField({ item: 'a', quantity: 1 }, 'quantity', undefined)).toEqual({ item: 'a' });
  });

  it('moves a line up or down, not past either end, and removes one', () => {
    const scenarios: Scenario[] = [
      {
        kind: 'with',
        lines: [
          { item: 'a', quantity: 1 },
          { item: 'b', quantity: 1 },
        ],
      },
    ];
    const items = (list: Scenario[]) => list[0]?.lines.map((line) => line.item);
    expect(items(moveLine(scenarios, 0, 1, -1))).toEqual(['b', 'a']);
    expect(items(moveLine(scenarios, 0, 0, 1))).toEqual(['b', 'a']);
    expect(items(moveLine(scenarios, 0, 0, -1))).toEqual(['a', 'b']);
    expect(items(removeLine(scenarios, 0, 0))).toEqual(['b']);
  });
});
