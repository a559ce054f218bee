import { describe, expect, it } from 'vitest';
import type { Case } from './case-file-schema.ts';
import { combineMonitor, monitorEntry } from './portfolio-monitor.ts';
import { createPriceIndex } from './price-index.ts';

const prices = createPriceIndex({
  priceList: {
    year: 2025,
    items: [{ code: 'opname', name: 'GGZ-opname', unit: 'day', unitPrice: 275, financier: 'zvw' }],
  },
});

const first: Case = {
  code: 'A',
  participants: [
    { code: 'R1', role: 'resident' },
    { code: 'P1', role: 'professional' },
  ],
  interviews: [
    {
      participant: 'R1',
      quotes: [
        { text: 'Eindelijk rust.', consent: true },
        { text: 'Niet voor het rapport.', consent: false },
      ],
      improvementPoints: ['Meer mandaat', 'Duidelijke regie'],
    },
    { participant: 'P1', improvementPoints: ['meer mandaat '] },
  ],
  barriers: [{ kind: 'not-purchased' }, { kind: 'not-purchased' }, { kind: 'urgency-rules' }],
  effects: [{ effect: 'self-reliance', achieved: true }, { effect: 'safety' }],
  wellbeing: [
    { participant: 'R1', moment: 'before', score: 3.5 },
    { participant: 'R1', moment: 'after', score: 8.3 },
  ],
  scenarios: [
    {
      kind: 'with',
      lines: [
        { label: 'Bijstand', amount: 3250, financier: 'gemeente-participatiewet' },
        { label: 'MDO', amount: 500, financier: 'gemeente-overig', investment: true },
      ],
    },
    {
      kind: 'without',
      lines: [
        { label: 'Bijstand', amount: 13000, financier: 'gemeente-participatiewet' },
        { item: 'opname', quantity: 20, probability: 0.5 },
        { label: 'Verhuizing', amount: 1500, financier: 'gemeente-wmo', oneOff: true },
      ],
    },
  ],
};

const second: Case = {
  code: 'B',
  barriers: [{ kind: 'urgency-rules' }],
  effects: [{ effect: 'self-reliance', achieved: false }],
  wellbeing: [{ participant: 'R9', moment: 'before', score: 5 }],
  scenarios: [
    { kind: 'with', lines: [] },
    { kind: 'without', lines: [{ item: 'opname', quantity: 10 }] },
  ],
};

describe('the portfolio monitor', () => {
  it('keeps per case the avoided lines, marks of wellbeing and what people said', () => {
    const entry = monitorEntry(first, prices);
    expect(entry.avoided).toEqual([
      { key: 'label:bijstand', label: 'Bijstand', amount: 9750 },
      { key: 'item:opname', label: 'GGZ-opname', amount: 2750 },
    ]);
    expect(entry.quotes).toEqual([{ text: 'Eindelijk rust.', role: 'resident' }]);
    expect(entry.barriers).toEqual(['not-purchased', 'not-purchased', 'urgency-rules']);
  });

  it('adds up the cases: most avoided lines, barriers per case, points by text, wellbeing change', () => {
    const monitor = combineMonitor(
      [monitorEntry(first, prices), monitorEntry(second, prices)],
      [10000, 2750],
    );
    expect(monitor.avoidedLines).toEqual([
      { label: 'Bijstand', amount: 9750, cases: 1 },
      { label: 'GGZ-opname', amount: 5500, cases: 2 },
    ]);
    expect(monitor.barriers).toEqual([
      { kind: 'urgency-rules', cases: 2 },
      { kind: 'not-purchased', cases: 1 },
    ]);
    expect(monitor.improvementPoints).toEqual([
      { text: 'Meer mandaat', count: 2 },
      { text: 'Duidelijke regie', count: 1 },
    ]);
    expect(monitor.effects).toEqual([
      { effect: 'self-reliance', cases: 2, achieved: 1 },
      { effect: 'safety', cases: 1, achieved: 0 },
    ]);
    expect(monitor.wellbeing.before).toEqual({ mean: 4.25, n: 2 });
    expect(monitor.wellbeing.change.n).toBe(1);
    expect(monitor.wellbeing.change.mean).toBeCloseTo(4.8, 10);
    expect(monitor.quotes).toEqual([{ text: 'Eindelijk rust.', role: 'resident', code: 'A' }]);
    expect(monitor.savingsDistribution.min).toBe(2750);
    expect(monitor.savingsDistribution.max).toBe(10000);
    expect(monitor.savingsDistribution.bins.map((bin) => bin.cases)).toEqual([1, 1]);
  });

  it('gives an empty monitor for no cases', () => {
    expect(combineMonitor([], []).savingsDistribution).toEqual({
      min: null,
      median: null,
      max: null,
      bins: [],
    });
  });
});
