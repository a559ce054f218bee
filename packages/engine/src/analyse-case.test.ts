import { describe, expect, it } from 'vitest';
import { analyseCase } from './analyse-case.ts';
import { CaseAnalysisSchema } from './analysis-types.ts';
import type { Case, Line, PriceItem } from './case-file-schema.ts';
import { createPriceIndex } from './price-index.ts';

const items: PriceItem[] = [
  {
    code: 'ggz',
    name: 'GGZ-behandeling',
    unit: 'hour',
    unitPrice: 100,
    financier: 'zvw',
    confidence: 'high',
  },
  {
    code: 'pw',
    name: 'Bijstand',
    unit: 'year',
    unitPrice: 16000,
    financier: 'gemeente-participatiewet',
    transfer: true,
  },
  {
    code: 'verhuizing',
    name: 'Verhuiskosten',
    unit: 'once',
    unitPrice: 2000,
    financier: 'gemeente-wmo',
    confidence: 'low',
  },
];
const prices = createPriceIndex({ priceList: { year: 2025, items } });

const free = (amount: number, financier: string, extra: Partial<Line> = {}): Line => ({
  label: `regel ${amount}`,
  amount,
  financier,
  ...extra,
});

function analyse(scenarios: Case['scenarios'], extra: Partial<Case> = {}) {
  return analyseCase({ code: 'T', scenarios, ...extra }, prices);
}

describe('analyseCase: totals and savings', () => {
  it('gives null for an absent scenario and 0 for an empty one', () => {
    const result = analyse([{ kind: 'with', lines: [] }]);
    expect(result.totals).toEqual({ before: null, with: 0, without: null });
    expect(result.oneOff).toEqual({ before: null, with: 0, without: null });
    expect(result.savings).toEqual({ vsWithout: null, vsBefore: null });
    expect(result.multiYear).toBeNull();
  });

  it('prices a line as unit price × quantity × probability', () => {
    const result = analyse([
      { kind: 'with', lines: [{ item: 'ggz', quantity: 12 }] },
      {
        kind: 'without',
        lines: [{ item: 'pw', quantity: 0.25 }, free(5070, 'zvw', { probability: 0.4 })],
      },
      { kind: 'before', lines: [{ item: 'ggz', quantity: 30, probability: 0.5 }] },
    ]);
    expect(result.totals).toEqual({ before: 1500, with: 1200, without: 4000 + 2028 });
    expect(result.savings.vsWithout).toBeCloseTo(4828, 9);
    expect(result.savings.vsBefore).toBeCloseTo(300, 9);
  });

  it('keeps one-off lines apart from the annual totals', () => {
    const result = analyse([
      {
        kind: 'with',
        lines: [free(1000, 'zvw'), { item: 'verhuizing', quantity: 1, oneOff: true }],
      },
      {
        kind: 'without',
        lines: [free(3000, 'zvw'), free(8000, 'woningcorporatie', { oneOff: true })],
      },
    ]);
    expect(result.totals).toEqual({ before: null, with: 1000, without: 3000 });
    expect(result.oneOff).toEqual({ before: null, with: 2000, without: 8000 });
    expect(result.savings.vsWithout).toBe(2000);
    expect(result.byFinancier.map((split) => split.financier)).toEqual(['zvw']);
  });

  it('splits by financier in a fixed order, summing to the totals', () => {
    const result = analyse([
      {
        kind: 'with',
        lines: [
          free(2610, 'ketenpartners', { investment: true }),
          free(3250, 'gemeente-participatiewet'),
        ],
      },
      {
        kind: 'without',
        lines: [free(9570, 'zvw'), free(13000, 'gemeente-participatiewet'), free(10, 'zz-eigen')],
      },
    ]);
    expect(result.byFinancier).toEqual([
      {
        financier: 'gemeente-participatiewet',
        before: null,
        with: 3250,
        without: 13000,
        savingsVsWithout: 9750,
      },
      { financier: 'zvw', before: null, with: 0, without: 9570, savingsVsWithout: 9570 },
      { financier: 'ketenpartners', before: null, with: 2610, without: 0, savingsVsWithout: -2610 },
      { financier: 'zz-eigen', before: null, with: 0, without: 10, savingsVsWithout: 10 },
    ]);
  });

  it('lists follow-ups with their totals and savings against before', () => {
    const result = analyse([
      { kind: 'before', lines: [free(5000, 'zvw')] },
      {
        kind: 'followup',
        date: '2021-06-01',
        lines: [free(1000, 'zvw'), free(300, 'zvw', { oneOff: true })],
      },
      { kind: 'followup', lines: [] },
    ]);
    expect(result.followups).toEqual([
      { scenarioIndex: 1, date: '2021-06-01', total: 1000, oneOff: 300, savingsVsBefore: 4000 },
      { scenarioIndex: 2, date: null, total: 0, oneOff: 0, savingsVsBefore: 5000 },
    ]);
  });
});

describe('analyseCase: stated totals', () => {
  it.each([
    [100, 100, false],
    [100.004, 100, false],
    [100.01, 100, true],
    [99.99, 100, true],
    [51560, 56560, true],
  ])('stated %d against computed %d warns: %s', (stated, computed, warns) => {
    const result = analyse([
      { kind: 'without', statedTotal: stated, lines: [free(computed, 'zvw')] },
    ]);
    expect(result.warnings.length > 0).toBe(warns);
    if (warns)
      expect(result.warnings[0]).toMatchObject({
        code: 'stated-total-mismatch',
        scenario: 'without',
        stated,
        computed,
      });
  });

  it('compares a stated total with all lines of the receipt, one-off ones included', () => {
    const result = analyse([
      {
        kind: 'with',
        statedTotal: 1300,
        lines: [free(1000, 'zvw'), free(300, 'zvw', { oneOff: true })],
      },
    ]);
    expect(result.warnings).toEqual([]);
  });
});

describe('analyseCase: multi-year view', () => {
  const scenarios: Case['scenarios'] = [
    { kind: 'with', lines: [free(1000, 'zvw'), free(500, 'ketenpartners', { investment: true })] },
    { kind: 'without', lines: [free(4000, 'zvw')] },
  ];

  it('with the defaults equals one year of savings', () => {
    const result = analyse(scenarios);
    expect(result.multiYear).toEqual({
      horizonYears: 1,
      discountRate: 0.0225,
      dropOff: 0,
      attribution: 0,
      discountFirstYear: false,
      presentValueBenefits: 3000,
      presentValueCosts: 500,
      netPresentValue: 2500,
      benefitCostRatio: 6,
    });
  });

  it('discounts, drops off and attributes as PRODUCT.md section 6 says', () => {
    const result = analyse(scenarios, {
      assumptions: { horizonYears: 3, dropOff: 0.5, attribution: 0.2, discountRate: 0.1 },
    });
    // benefits B = 4000 − (1500 − 500) = 3000 a year, × 0.8 kept, × 0.5^(t−1), ÷ 1.1^(t−1)
    const benefits = 2400 + 1200 / 1.1 + 600 / 1.21;
    const costs = 500 + 500 / 1.1 + 500 / 1.21;
    expect(result.multiYear?.presentValueBenefits).toBeCloseTo(benefits, 9);
    expect(result.multiYear?.presentValueCosts).toBeCloseTo(costs, 9);
    expect(result.multiYear?.netPresentValue).toBeCloseTo(benefits - costs, 9);
    expect(result.multiYear?.benefitCostRatio).toBeCloseTo(benefits / costs, 9);
  });

  it('discounts the first year too when asked', () => {
    const result = analyse(scenarios, {
      assumptions: { horizonYears: 2, discountRate: 0.1, discountFirstYear: true },
    });
    expect(result.multiYear?.presentValueBenefits).toBeCloseTo(3000 / 1.1 + 3000 / 1.21, 9);
    expect(result.multiYear?.presentValueCosts).toBeCloseTo(500 / 1.1 + 500 / 1.21, 9);
  });

  it('counts avoided one-off costs and one-off investment at the start, undiscounted', () => {
    const result = analyse(
      [
        {
          kind: 'with',
          lines: [
            free(700, 'ketenpartners', { investment: true, oneOff: true }),
            free(100, 'x', { oneOff: true }),
          ],
        },
        { kind: 'without', lines: [free(8000, 'woningcorporatie', { oneOff: true })] },
      ],
      { assumptions: { horizonYears: 5, attribution: 0.5 } },
    );
    expect(result.multiYear?.presentValueBenefits).toBeCloseTo((8000 - 100) * 0.5, 9);
    expect(result.multiYear?.presentValueCosts).toBeCloseTo(700, 9);
  });

  it('has no benefit-cost ratio without costs', () => {
    const result = analyse([
      { kind: 'with', lines: [] },
      { kind: 'without', lines: [free(100, 'zvw')] },
    ]);
    expect(result.multiYear?.benefitCostRatio).toBeNull();
  });
});

describe('analyseCase: range from confidence', () => {
  it('widens each line by its band: high 10%, medium 25%, low 50%', () => {
    const result = analyse([
      { kind: 'with', lines: [{ item: 'ggz', quantity: 10 }] }, // 1000, high (item)
      { kind: 'without', lines: [free(4000, 'zvw'), free(2000, 'zvw', { confidence: 'low' })] },
    ]);
    expect(result.range.totals.with).toEqual({ low: 900, expected: 1000, high: 1100 });
    expect(result.range.totals.without).toEqual({
      low: 3000 + 1000,
      expected: 6000,
      high: 5000 + 3000,
    });
    expect(result.range.savingsVsWithout).toEqual({
      low: 4000 - 1100,
      expected: 5000,
      high: 8000 - 900,
    });
    expect(result.range.netPresentValue).toEqual({ low: 2900, expected: 5000, high: 7100 });
  });

  it('keeps low below high for negative amounts', () => {
    const result = analyse([{ kind: 'with', lines: [free(-1000, 'zvw')] }]);
    expect(result.range.totals.with).toEqual({ low: -1250, expected: -1000, high: -750 });
  });
});

describe('analyseCase: societal view', () => {
  it('leaves transfers out: from the item or the line', () => {
    const result = analyse([
      { kind: 'with', lines: [{ item: 'pw', quantity: 1 }, free(1000, 'zvw')] },
      {
        kind: 'without',
        lines: [
          { item: 'pw', quantity: 1 },
          free(500, 'rijk-toeslagen', { transfer: true }),
          free(3000, 'zvw'),
        ],
      },
    ]);
    expect(result.savings.vsWithout).toBe(2500);
    expect(result.societal.totals).toEqual({ before: null, with: 1000, without: 3000 });
    expect(result.societal.savings).toEqual({ vsWithout: 2000, vsBefore: null });
    expect(result.societal.netPresentValue).toBe(2000);
  });

  it('lets a line say an item is not a transfer here', () => {
    const result = analyse([
      { kind: 'with', lines: [{ item: 'pw', quantity: 1, transfer: false }] },
    ]);
    expect(result.societal.totals.with).toBe(16000);
  });
});

describe('analysis schema', () => {
  it('describes what analyseCase returns', () => {
    const result = analyse([
      { kind: 'with', statedTotal: 1, lines: [free(1000, 'zvw', { investment: true })] },
      { kind: 'without', lines: [free(4000, 'zvw')] },
      { kind: 'followup', lines: [] },
    ]);
    expect(CaseAnalysisSchema.strict().parse(result)).toEqual(result);
  });
});
