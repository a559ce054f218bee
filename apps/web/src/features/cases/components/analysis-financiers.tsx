import type { FinancierSplit } from '@kassabon/engine';
import { Text } from '@mantine/core';
import { lazy, Suspense, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { FinancierSplitTable } from '../../../components/financier-split-table.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { AnalysisSection } from './analysis-section.tsx';

// The chart library is the largest part of the app: it loads only when a chart is shown.
const FinancierSplitChart = lazy(() =>
  import('../../../components/financier-split-chart.tsx').then((module) => ({
    default: module.FinancierSplitChart,
  })),
);

/** Who invests and who gains: a chart per financier and the same figures as a table. */
export function AnalysisFinanciers({
  byFinancier,
  withChart,
}: {
  byFinancier: FinancierSplit[];
  /** Off in print: the table holds the same figures, and a lazy chart may miss the printer. */
  withChart: boolean;
}) {
  const { t } = useTranslation();
  const position = (savings: number | null) => {
    if (savings === null) return t('vocabulary.notAvailable');
    if (Math.abs(savings) < 0.005) return t('caseAnalysis.byFinancier.even');
    return savings > 0
      ? t('caseAnalysis.byFinancier.gains')
      : t('caseAnalysis.byFinancier.invests');
  };
  const charted = byFinancier.some((split) => split.savingsVsWithout !== null);
  // The figures follow each keystroke at once; the chart, costly to draw, follows when the
  // browser has time, so typing in a receipt stays quick.
  const chartData = useDeferredValue(byFinancier);

  return (
    <AnalysisSection
      title={t('caseAnalysis.byFinancier.title')}
      intro={t('caseAnalysis.byFinancier.intro')}
    >
      {(headingId) =>
        byFinancier.length === 0 ? (
          <Text size="sm">{t('caseAnalysis.byFinancier.none')}</Text>
        ) : (
          <>
            {withChart &&
              (charted ? (
                <Suspense fallback={<PageLoader />}>
                  <FinancierSplitChart byFinancier={chartData} />
                </Suspense>
              ) : (
                <Text size="sm" mb="sm">
                  {t('caseAnalysis.byFinancier.chartNeedsWithout')}
                </Text>
              ))}
            <FinancierSplitTable
              byFinancier={byFinancier}
              labelledBy={headingId}
              position={position}
            />
          </>
        )
      }
    </AnalysisSection>
  );
}
