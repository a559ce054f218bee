import { describeFinancier, type FinancierSplit } from '@kassabon/engine';
import { Table, Text } from '@mantine/core';
import { lazy, Suspense, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { AnalysisSection, ScrollingTable } from './analysis-section.tsx';
import classes from './case-analysis.module.css';

// The chart library is the largest part of the app: it loads only when a chart is shown.
const FinancierSplitChart = lazy(() =>
  import('./financier-split-chart.tsx').then((module) => ({
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
  const language = useLanguage();
  const format = useFormat();
  const money = (amount: number | null) =>
    amount === null ? t('caseAnalysis.notAvailable') : format.money(amount);
  const position = (savings: number | null) => {
    if (savings === null) return t('caseAnalysis.notAvailable');
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
            <ScrollingTable minWidth={640} labelledBy={headingId}>
              <Table striped aria-labelledby={headingId}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('caseAnalysis.byFinancier.financier')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('caseAnalysis.byFinancier.before')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('caseAnalysis.byFinancier.with')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('caseAnalysis.byFinancier.without')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('caseAnalysis.byFinancier.savings')}
                    </Table.Th>
                    <Table.Th scope="col">{t('caseAnalysis.byFinancier.position')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {byFinancier.map((split) => (
                    <Table.Tr key={split.financier}>
                      <Table.Th scope="row" fw={400}>
                        {describeFinancier(split.financier, language)}
                      </Table.Th>
                      <Table.Td className={classes.amount}>{money(split.before)}</Table.Td>
                      <Table.Td className={classes.amount}>{money(split.with)}</Table.Td>
                      <Table.Td className={classes.amount}>{money(split.without)}</Table.Td>
                      <Table.Td className={classes.amount} fw={700}>
                        {money(split.savingsVsWithout)}
                      </Table.Td>
                      <Table.Td>{position(split.savingsVsWithout)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollingTable>
          </>
        )
      }
    </AnalysisSection>
  );
}
