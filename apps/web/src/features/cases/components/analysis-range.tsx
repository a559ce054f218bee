import type { CaseAnalysis, Interval } from '@kassabon/engine';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollingTable } from '../../../components/scrolling-table.tsx';
import { useFormat } from '../../../lib/format.ts';
import { AnalysisSection } from './analysis-section.tsx';
import classes from './case-analysis.module.css';

const MAIN_KINDS = ['before', 'with', 'without'] as const;

/** Low / expected / high of the totals, the savings and the net present value. */
export function AnalysisRange({ analysis }: { analysis: CaseAnalysis }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { range } = analysis;
  const band = (share: number) => `${format.count(share * 100)}%`;
  const candidates: { label: string; interval: Interval | null }[] = [
    ...MAIN_KINDS.map((kind) => ({
      label: t('caseAnalysis.range.total', {
        name: t(`vocabulary.scenarioKinds.${kind}`).toLowerCase(),
      }),
      interval: range.totals[kind],
    })),
    { label: t('caseAnalysis.range.savingsVsWithout'), interval: range.savingsVsWithout },
    { label: t('caseAnalysis.range.savingsVsBefore'), interval: range.savingsVsBefore },
    { label: t('caseAnalysis.range.netPresentValue'), interval: range.netPresentValue },
  ];
  const rows = candidates.filter(
    (row): row is { label: string; interval: Interval } => row.interval !== null,
  );

  return (
    <AnalysisSection
      title={t('caseAnalysis.range.title')}
      intro={t('caseAnalysis.range.intro', {
        high: band(range.bands.high ?? 0),
        medium: band(range.bands.medium ?? 0),
        low: band(range.bands.low ?? 0),
      })}
    >
      {(headingId) => (
        <ScrollingTable minWidth={520} labelledBy={headingId}>
          <Table striped aria-labelledby={headingId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('caseAnalysis.range.figure')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('caseAnalysis.range.low')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('caseAnalysis.range.expected')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('caseAnalysis.range.high')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ label, interval }) => (
                <Table.Tr key={label}>
                  <Table.Th scope="row" fw={400}>
                    {label}
                  </Table.Th>
                  <Table.Td className={classes.amount}>{format.money(interval.low)}</Table.Td>
                  <Table.Td className={classes.amount} fw={700}>
                    {format.money(interval.expected)}
                  </Table.Td>
                  <Table.Td className={classes.amount}>{format.money(interval.high)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollingTable>
      )}
    </AnalysisSection>
  );
}

/** The budget view beside the societal view, where transfers do not count. */
export function AnalysisSocietal({ analysis }: { analysis: CaseAnalysis }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { societal } = analysis;
  const money = (amount: number | null) =>
    amount === null ? t('vocabulary.notAvailable') : format.money(amount);
  const rows: { label: string; budget: number | null; societal: number | null }[] = [
    ...MAIN_KINDS.filter((kind) => analysis.totals[kind] !== null).map((kind) => ({
      label: t('caseAnalysis.range.total', {
        name: t(`vocabulary.scenarioKinds.${kind}`).toLowerCase(),
      }),
      budget: analysis.totals[kind],
      societal: societal.totals[kind],
    })),
    {
      label: t('caseAnalysis.range.savingsVsWithout'),
      budget: analysis.savings.vsWithout,
      societal: societal.savings.vsWithout,
    },
    {
      label: t('caseAnalysis.range.savingsVsBefore'),
      budget: analysis.savings.vsBefore,
      societal: societal.savings.vsBefore,
    },
    {
      label: t('caseAnalysis.range.netPresentValue'),
      budget: analysis.multiYear?.netPresentValue ?? null,
      societal: societal.netPresentValue,
    },
  ];

  return (
    <AnalysisSection
      title={t('caseAnalysis.societal.title')}
      intro={t('caseAnalysis.societal.intro')}
    >
      {(headingId) => (
        <ScrollingTable minWidth={420} labelledBy={headingId}>
          <Table striped aria-labelledby={headingId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('caseAnalysis.societal.figure')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('caseAnalysis.societal.budget')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('caseAnalysis.societal.societal')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.label}>
                  <Table.Th scope="row" fw={400}>
                    {row.label}
                  </Table.Th>
                  <Table.Td className={classes.amount}>{money(row.budget)}</Table.Td>
                  <Table.Td className={classes.amount}>{money(row.societal)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollingTable>
      )}
    </AnalysisSection>
  );
}
