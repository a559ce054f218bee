import type { CaseRead } from '@kassabon/contract';
import { useMemo } from 'react';
import { validateDraft } from './draft-issues.ts';
import { useCasePrices } from './use-case-prices.ts';
import { useLiveAnalysis } from './use-live-analysis.ts';

/**
 * What the workspace works out from its draft on every change: the prices the case is priced
 * from, its live analysis, and its problems. Once the prices are in, the problems are those of
 * the whole case, receipts included, as the server will find them on saving; until then, those
 * of everything but the receipts (validateDraft). Each section gets all of it.
 */
export function useDraftEvaluation(draft: CaseRead) {
  const { prices } = useCasePrices(draft.pricing);
  const live = useLiveAnalysis(draft, prices);
  const withoutReceipts = useMemo(() => (prices ? [] : validateDraft(draft)), [draft, prices]);
  return {
    issues: prices ? live.issues : withoutReceipts,
    prices,
    analysis: live.analysis,
  };
}

export type DraftEvaluation = ReturnType<typeof useDraftEvaluation>;
