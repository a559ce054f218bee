import { describe, expect, it } from 'vitest';
import { analyseCaseFile } from './analyse-case-file.ts';
import { combinePortfolio, portfolioEntry } from './analyse-portfolio.ts';
import type { CaseFile } from './case-file-schema.ts';

const file: CaseFile = {
  version: 1,
  cases: [
    {
      code: 'A',
      participants: [
        { code: 'R1', role: 'resident' },
        { code: 'P1', role: 'professional' },
        { code: 'P2', role: 'professional' },
      ],
      interviews: [
        { participant: 'R1', rating: 9 },
        { participant: 'P1', rating: 6 },
        { participant: 'P2' },
      ],
      ratings: [{ role: 'professional', score: 8, participant: 'P2' }],
      scenarios: [
        { kind: 'with', lines: [{ label: 'MDO', amount: 1000, financier: 'gemeente-wmo' }] },
        { kind: 'without', lines: [{ label: 'Opname', amount: 5000, financier: 'zvw' }] },
      ],
    },
    {
      code: 'B',
      ratings: [{ role: 'resident', score: 7 }],
      scenarios: [
        { kind: 'before', lines: [{ label: 'WMO', amount: 300, financier: 'gemeente-wmo' }] },
      ],
    },
  ],
};

describe('the portfolio', () => {
  it('counts the marks given in interviews with the role of the participant', () => {
    const { portfolio } = analyseCaseFile(file);
    expect(portfolio.ratings.resident).toEqual({ mean: 8, n: 2 });
    expect(portfolio.ratings.professional).toEqual({ mean: 7, n: 2 });
    expect(portfolio.ratings.all).toEqual({ mean: 7.5, n: 4 });
  });

  it('adds up stored entries to the same portfolio as analysing the file', () => {
    const analysis = analyseCaseFile(file);
    const stored = analysis.cases.map((caseAnalysis, index) =>
      JSON.parse(JSON.stringify(portfolioEntry(file.cases[index] as never, caseAnalysis))),
    );
    expect(combinePortfolio(stored)).toEqual(analysis.portfolio);
    expect(combinePortfolio([])).toMatchObject({ cases: 0, medianSavingsVsWithout: null });
  });
});
