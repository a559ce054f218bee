import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  analyseCaseFile,
  type CaseAnalysis,
  type CaseFile,
  type FileAnalysis,
  parseCaseFile,
  validateCaseFile,
} from './index.ts';

/**
 * Golden test on examples/blikveld360-2020.json: the receipts of the Blikveld360 (Cuijk,
 * 2020) micro-analysis, seed 001. The expected figures are the sums of the printed lines;
 * how they compare with the report's own totals and sentences is in docs/examples.md.
 */
const EXAMPLE = new URL('../../../examples/blikveld360-2020.json', import.meta.url);

type Totals = { before: number | null; with: number | null; without: number | null };

type ExpectedCase = {
  code: string;
  totals: Totals;
  savings: { vsWithout: number | null; vsBefore: number | null };
  /** Transfers (benefits, allowances) left out. */
  societal: Totals;
  /** The structural investment lines (MDOs) of the "with" scenario. */
  investment: number;
  warnings: number;
};

const absent: Totals = { before: null, with: null, without: null };

const EXPECTED_CASES: ExpectedCase[] = [
  {
    code: 'B360-01',
    totals: { before: 36920, with: 18380, without: 34200 },
    savings: { vsWithout: 15820, vsBefore: 18540 },
    societal: { before: 23920, with: 15130, without: 21200 },
    investment: 2610,
    warnings: 0,
  },
  {
    code: 'B360-02',
    totals: { before: 2500, with: 10100, without: 23270 },
    savings: { vsWithout: 13170, vsBefore: -7600 },
    societal: { before: 2500, with: 10100, without: 23270 },
    investment: 1280,
    warnings: 0,
  },
  {
    code: 'B360-03',
    totals: { before: 56240, with: 61576, without: 100360 },
    savings: { vsWithout: 38784, vsBefore: -5336 },
    societal: { before: 56240, with: 45855, without: 87360 },
    investment: 2665,
    warnings: 0,
  },
  {
    // The report states 51560 for "without"; its lines add up to 56560.
    code: 'B360-04',
    totals: { before: null, with: 46065, without: 56560 },
    savings: { vsWithout: 10495, vsBefore: null },
    societal: { before: null, with: 9365, without: 28485 },
    investment: 0,
    warnings: 1,
  },
  {
    code: 'B360-05',
    totals: absent,
    savings: { vsWithout: null, vsBefore: null },
    societal: absent,
    investment: 0,
    warnings: 0,
  },
  {
    code: 'B360-06',
    totals: { before: null, with: 80735, without: 106580 },
    savings: { vsWithout: 25845, vsBefore: null },
    societal: { before: null, with: 76185, without: 93580 },
    investment: 1035,
    warnings: 0,
  },
  {
    code: 'B360-07',
    totals: { before: null, with: 4880, without: 11880 },
    savings: { vsWithout: 7000, vsBefore: null },
    societal: { before: null, with: 4880, without: 11880 },
    investment: 480,
    warnings: 0,
  },
  {
    code: 'B360-08',
    totals: { before: null, with: 21430, without: 46000 },
    savings: { vsWithout: 24570, vsBefore: null },
    societal: { before: null, with: 8430, without: 40000 },
    investment: 3000,
    warnings: 0,
  },
  {
    code: 'B360-09',
    totals: { before: 23280, with: 15895, without: null },
    savings: { vsWithout: null, vsBefore: 7385 },
    societal: { before: 13520, with: 6135, without: null },
    investment: 1065,
    warnings: 0,
  },
  {
    code: 'B360-10',
    totals: absent,
    savings: { vsWithout: null, vsBefore: null },
    societal: absent,
    investment: 0,
    warnings: 0,
  },
];

const KINDS = ['before', 'with', 'without'] as const;

function expectMoney(actual: number | null | undefined, expected: number | null, what: string) {
  if (expected === null) {
    expect(actual, what).toBeNull();
    return;
  }
  expect(typeof actual, what).toBe('number');
  expect(actual, what).toBeCloseTo(expected, 6);
}

function loadExample(): CaseFile {
  const parsed = parseCaseFile(readFileSync(EXAMPLE, 'utf8'), 'blikveld360-2020.json');
  if (!parsed.ok) throw new Error(`example does not parse: ${JSON.stringify(parsed.issues)}`);
  const validated = validateCaseFile(parsed.data);
  if (!validated.ok) throw new Error(`example is invalid: ${JSON.stringify(validated.issues)}`);
  return validated.file;
}

describe('examples/blikveld360-2020.json', () => {
  let analysis: FileAnalysis;
  const caseAnalysis = (code: string): CaseAnalysis => {
    const found = analysis.cases.find((result) => result.code === code);
    if (found === undefined) throw new Error(`no analysis for case ${code}`);
    return found;
  };

  beforeAll(() => {
    analysis = analyseCaseFile(loadExample());
  });

  it('parses and validates without issues', () => {
    const parsed = parseCaseFile(readFileSync(EXAMPLE, 'utf8'), 'blikveld360-2020.json');
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    const validated = validateCaseFile(parsed.ok ? parsed.data : undefined);
    expect(validated.ok ? [] : validated.issues).toEqual([]);
  });

  it('analyses the ten cases in file order', () => {
    expect(analysis.cases.map((result) => result.code)).toEqual(
      EXPECTED_CASES.map((expected) => expected.code),
    );
  });

  describe.each(EXPECTED_CASES)('$code', (expected) => {
    it('has the annual totals per scenario and no one-off costs', () => {
      const result = caseAnalysis(expected.code);
      for (const kind of KINDS) {
        expectMoney(result.totals[kind], expected.totals[kind], `totals.${kind}`);
        expectMoney(
          result.oneOff[kind],
          expected.totals[kind] === null ? null : 0,
          `oneOff.${kind}`,
        );
      }
    });

    it('has the savings against "without" and against "before"', () => {
      const result = caseAnalysis(expected.code);
      expectMoney(result.savings.vsWithout, expected.savings.vsWithout, 'savings.vsWithout');
      expectMoney(result.savings.vsBefore, expected.savings.vsBefore, 'savings.vsBefore');
    });

    it('leaves the transfers out of the societal view', () => {
      const result = caseAnalysis(expected.code);
      for (const kind of KINDS)
        expectMoney(result.societal.totals[kind], expected.societal[kind], `societal.${kind}`);
    });

    it('splits its totals and savings by financier without losing a euro', () => {
      const result = caseAnalysis(expected.code);
      for (const kind of KINDS) {
        const column = result.byFinancier.map((split) => split[kind]);
        const total = expected.totals[kind];
        if (total === null)
          expect(
            column.every((value) => value === null),
            kind,
          ).toBe(true);
        else expectMoney(sumOf(column), total, `byFinancier ${kind}`);
      }
      const savings = result.byFinancier.map((split) => split.savingsVsWithout);
      if (expected.savings.vsWithout === null)
        expect(savings.every((value) => value === null)).toBe(true);
      else expectMoney(sumOf(savings), expected.savings.vsWithout, 'byFinancier savingsVsWithout');
    });

    it('has the multi-year view of one year where there is a counterfactual', () => {
      const { multiYear } = caseAnalysis(expected.code);
      const savings = expected.savings.vsWithout;
      if (savings === null) {
        expect(multiYear).toBeNull();
        return;
      }
      // Defaults: one year, undiscounted in year 1, so the net present value is the saving.
      expect(multiYear?.horizonYears).toBe(1);
      expectMoney(multiYear?.presentValueCosts, expected.investment, 'presentValueCosts');
      expectMoney(multiYear?.presentValueBenefits, savings + expected.investment, 'benefits');
      expectMoney(multiYear?.netPresentValue, savings, 'netPresentValue');
      if (expected.investment === 0) expect(multiYear?.benefitCostRatio).toBeNull();
      else
        expectMoney(
          multiYear?.benefitCostRatio,
          (savings + expected.investment) / expected.investment,
          'benefitCostRatio',
        );
    });

    it(`has ${expected.warnings} warning(s)`, () => {
      expect(caseAnalysis(expected.code).warnings).toHaveLength(expected.warnings);
    });
  });

  it('flags exactly one stated total: case 4, "without", stated 51560, computed 56560', () => {
    const warnings = analysis.cases.flatMap((result) =>
      result.warnings.map((warning) => ({ caseCode: result.code, warning })),
    );
    expect(warnings).toHaveLength(1);
    const [found] = warnings;
    expect(found?.caseCode).toBe('B360-04');
    expect(found?.warning).toMatchObject({
      code: 'stated-total-mismatch',
      scenario: 'without',
      stated: 51560,
    });
    expectMoney(found?.warning.computed as number, 56560, 'computed');
    expect(found?.warning.message).toEqual(expect.any(String));
    expect(found?.warning.message.length).toBeGreaterThan(0);
  });

  it('splits case 3 by financier: who invests and who gains', () => {
    const expected: Record<string, [number, number, number]> = {
      // financier: [before, with, without]
      zvw: [19000, 19000, 19000],
      'gemeente-wmo': [15200, 1690, 13640],
      'politie-justitie': [720, 0, 720],
      'gemeente-schuldhulp': [21000, 0, 21000],
      'gemeente-overig': [320, 0, 0],
      'gemeente-participatiewet': [0, 18221, 13000],
      'gemeente-jeugdwet': [0, 20000, 25000],
      ketenpartners: [0, 2665, 0],
      woningcorporatie: [0, 0, 8000],
    };
    const splits = caseAnalysis('B360-03').byFinancier;
    expect(splits.map((split) => split.financier).sort()).toEqual(Object.keys(expected).sort());
    for (const split of splits) {
      const [before, withApproach, without] = expected[split.financier] ?? [NaN, NaN, NaN];
      expectMoney(split.before, before, `${split.financier} before`);
      expectMoney(split.with, withApproach, `${split.financier} with`);
      expectMoney(split.without, without, `${split.financier} without`);
      expectMoney(split.savingsVsWithout, without - withApproach, `${split.financier} savings`);
    }
  });

  it('adds the cases up in the portfolio', () => {
    const { portfolio } = analysis;
    expect(portfolio.cases).toBe(10);
    expect(portfolio.casesWithCounterfactual).toBe(7);
    expectMoney(portfolio.totalSavingsVsWithout, 135684, 'totalSavingsVsWithout');
    expectMoney(portfolio.meanSavingsVsWithout, 135684 / 7, 'meanSavingsVsWithout');
    expectMoney(portfolio.medianSavingsVsWithout, 15820, 'medianSavingsVsWithout');
    // The portfolio figures agree with the per-case table above.
    expect(sumOf(EXPECTED_CASES.map((expected) => expected.savings.vsWithout))).toBe(135684);
    expect(portfolio.casesWithBefore).toBe(4);
    expectMoney(portfolio.totalSavingsVsBefore, 12989, 'totalSavingsVsBefore');
    expectMoney(portfolio.societalTotalSavingsVsWithout, 135830, 'societalTotalSavingsVsWithout');
    const financierSavings = portfolio.byFinancier.map((split) => split.savingsVsWithout);
    expectMoney(sumOf(financierSavings), 135684, 'portfolio byFinancier savingsVsWithout');
  });

  it('averages the printed ratings: cases 3 and 7 only', () => {
    const { ratings } = analysis.portfolio;
    expect(ratings.resident.n).toBe(2);
    expectMoney(ratings.resident.mean, (9 + 8) / 2, 'resident');
    expect(ratings.professional.n).toBe(2);
    expectMoney(ratings.professional.mean, (8.4 + 8) / 2, 'professional');
    expect(ratings.all.n).toBe(4);
    expectMoney(ratings.all.mean, (9 + 8.4 + 8 + 8) / 4, 'all');
  });
});

/** Sums the numbers of a column; null entries (scenario absent) count as nothing. */
function sumOf(values: readonly (number | null)[]): number {
  let total = 0;
  for (const value of values) total += value ?? 0;
  return total;
}
