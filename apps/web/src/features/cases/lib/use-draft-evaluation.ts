import type { CaseRead } from '@kassabon/contract';
import { useMemo } from 'react';
import { validateDraft } from './draft-issues.ts';

/**
 * What the workspace works out from its draft on every change: its problems, by the engine's
 * rules (without the receipts: see validateDraft). Each section gets all of it, so what is
 * added here (the receipts' prices and the live analysis, for the receipts and analysis
 * sections) reaches the sections without further wiring.
 */
export function useDraftEvaluation(draft: CaseRead) {
  const issues = useMemo(() => validateDraft(draft), [draft]);
  return { issues };
}

export type DraftEvaluation = ReturnType<typeof useDraftEvaluation>;
