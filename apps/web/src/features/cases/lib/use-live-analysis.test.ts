import type { CaseDocument } from '@kassabon/contract';
import { analyseCase } from '@kassabon/engine';
import { describe, expect, it } from 'vitest';
import { exampleCase, examplePrices } from '../testing/example-case.ts';
import { analyseDraft } from './use-live-analysis.ts';

const withLine = (quantity: unknown): CaseDocument => ({
  ...exampleCase,
  scenarios: exampleCase.scenarios.map((scenario, index) =>
    index === 1
      ? {
          ...scenario,
          lines: [{ item: 'mw-uur', quantity: quantity as number }, ...scenario.lines],
        }
      : scenario,
  ),
});

describe('analyseDraft', () => {
  it('analyses a valid draft exactly as analyseCase does, participants linked to accounts and all', () => {
    const linked: CaseDocument = {
      ...exampleCase,
      participants: [{ code: 'P1', role: 'professional', userId: crypto.randomUUID() }],
      ratings: [],
      wellbeing: [],
    };
    expect(analyseDraft(linked, examplePrices)).toEqual({
      analysis: analyseCase(linked, examplePrices),
      issues: [],
    });
  });

  it('names each problem by its path inside the case, and shows no figures while the receipts have one', () => {
    const result = analyseDraft(withLine(-2), examplePrices);
    expect(result.issues).toEqual([
      { path: 'scenarios[1].lines[0].quantity', message: 'must be 0 or more' },
    ]);
    expect(result.analysis).toBeNull();
    const unknown = analyseDraft(
      { ...exampleCase, scenarios: [{ kind: 'with', lines: [{ item: 'nope', quantity: 1 }] }] },
      examplePrices,
    );
    expect(unknown.issues).toEqual([
      { path: 'scenarios[0].lines[0].item', message: 'unknown price-list item "nope"' },
    ]);
  });

  it('keeps the figures while a problem lies outside the money', () => {
    const draft: CaseDocument = {
      ...exampleCase,
      wellbeing: [{ participant: 'R1', moment: 'before', score: 11 }],
    };
    const result = analyseDraft(draft, examplePrices);
    expect(result.issues).toEqual([
      { path: 'wellbeing[0].score', message: 'must be between 0 and 10' },
    ]);
    expect(result.analysis).toEqual(analyseCase(exampleCase, examplePrices));
  });

  it('waits for the prices', () => {
    expect(analyseDraft(exampleCase, undefined)).toEqual({ analysis: null, issues: [] });
  });
});
