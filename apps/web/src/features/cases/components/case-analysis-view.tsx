import type { CaseDocument } from '@kassabon/contract';
import type { Assumptions, CaseAnalysis } from '@kassabon/engine';
import { Stack, Text } from '@mantine/core';
import { useCallback, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useReceiptNames } from '../lib/receipt-names.ts';
import { AnalysisFinanciers } from './analysis-financiers.tsx';
import { AnalysisMultiYear } from './analysis-multi-year.tsx';
import { AnalysisEffects, AnalysisRatings, AnalysisWellbeing } from './analysis-people.tsx';
import { AnalysisRange, AnalysisSocietal } from './analysis-range.tsx';
import { AnalysisSavings } from './analysis-savings.tsx';
import { AnalysisWarnings } from './analysis-warnings.tsx';
import classes from './case-analysis.module.css';

export type CaseAnalysisViewProps = {
  caseDocument: CaseDocument;
  /** Null while the receipts cannot be priced (errors, or no price list yet). */
  analysis: CaseAnalysis | null;
  /** Given: the assumptions of the multi-year view are fields. */
  onAssumptionsChange?: (assumptions: Assumptions) => void;
  /** As it prints: no fields and no charts (the tables hold the same figures). */
  readOnly?: boolean;
};

/**
 * What a case is worth: savings against zonder and voor, who invests and who gains, the
 * multi-year view with its assumptions, the range, the societal view and the warnings; and
 * beside the money the ratings, the wellbeing over time and the non-monetary effects.
 */
export function CaseAnalysisView({
  caseDocument,
  analysis,
  onAssumptionsChange,
  readOnly = false,
}: CaseAnalysisViewProps) {
  const { t } = useTranslation();
  const names = useReceiptNames(caseDocument.scenarios);
  // The host usually passes a new function with every draw; the memoised fields want one.
  const latest = useRef(onAssumptionsChange);
  useLayoutEffect(() => {
    latest.current = onAssumptionsChange;
  });
  const changeAssumptions = useCallback(
    (assumptions: Assumptions) => latest.current?.(assumptions),
    [],
  );

  return (
    <Stack gap="xl" className={classes.view}>
      {analysis ? (
        <>
          <AnalysisWarnings warnings={analysis.warnings} names={names} />
          <AnalysisSavings analysis={analysis} names={names} />
          <AnalysisFinanciers byFinancier={analysis.byFinancier} withChart={!readOnly} />
        </>
      ) : (
        <Text className={classes.warnings}>{t('caseAnalysis.notReady')}</Text>
      )}
      <AnalysisMultiYear
        assumptions={caseDocument.assumptions}
        multiYear={analysis?.multiYear ?? null}
        onAssumptionsChange={!readOnly && onAssumptionsChange ? changeAssumptions : undefined}
      />
      {analysis && (
        <>
          <AnalysisRange analysis={analysis} />
          <AnalysisSocietal analysis={analysis} />
        </>
      )}
      <AnalysisRatings caseDocument={caseDocument} />
      <AnalysisWellbeing caseDocument={caseDocument} withChart={!readOnly} />
      <AnalysisEffects caseDocument={caseDocument} />
    </Stack>
  );
}
