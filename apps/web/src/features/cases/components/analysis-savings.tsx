import type { CaseAnalysis } from '@kassabon/engine';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollingTable } from '../../../components/scrolling-table.tsx';
import { useFormat } from '../../../lib/format.ts';
import { AnalysisSection, Figures } from './analysis-section.tsx';
import classes from './case-analysis.module.css';

const MAIN_KINDS = ['before', 'with', 'without'] as const;

/** Savings against zonder and against voor per year, and each receipt's totals. */
export function AnalysisSavings({
  analysis,
  names,
}: {
  analysis: CaseAnalysis;
  /** Receipt names by scenario index. */
  names: string[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const missing = (...kinds: (typeof MAIN_KINDS)[number][]) =>
    t('caseAnalysis.savings.missing', {
      kinds: kinds
        .filter((kind) => analysis.totals[kind] === null)
        .map((kind) => t(`vocabulary.scenarioKinds.${kind}`).toLowerCase())
        .join(` ${t('caseAnalysis.and')} `),
    });
  const money = (amount: number | null) =>
    amount === null ? t('vocabulary.notAvailable') : format.money(amount);

  return (
    <>
      <AnalysisSection title={t('caseAnalysis.savings.title')}>
        {() => (
          <Figures
            figures={[
              {
                label: t('caseAnalysis.savings.vsWithout'),
                value:
                  analysis.savings.vsWithout === null
                    ? t('vocabulary.notAvailable')
                    : t('caseAnalysis.perYear', {
                        amount: format.money(analysis.savings.vsWithout),
                      }),
                hint:
                  analysis.savings.vsWithout === null
                    ? missing('with', 'without')
                    : t('caseAnalysis.savings.vsWithoutHint'),
              },
              {
                label: t('caseAnalysis.savings.vsBefore'),
                value:
                  analysis.savings.vsBefore === null
                    ? t('vocabulary.notAvailable')
                    : t('caseAnalysis.perYear', {
                        amount: format.money(analysis.savings.vsBefore),
                      }),
                hint:
                  analysis.savings.vsBefore === null
                    ? missing('before', 'with')
                    : t('caseAnalysis.savings.vsBeforeHint'),
              },
            ]}
          />
        )}
      </AnalysisSection>
      <AnalysisSection
        title={t('caseAnalysis.totals.title')}
        intro={t('caseAnalysis.totals.intro')}
      >
        {(headingId) => (
          <ScrollingTable minWidth={480} labelledBy={headingId}>
            <Table aria-labelledby={headingId} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('caseAnalysis.totals.receipt')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('caseAnalysis.totals.perYear')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('caseAnalysis.totals.oneOff')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('caseAnalysis.totals.savingsVsBefore')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {MAIN_KINDS.filter((kind) => analysis.totals[kind] !== null).map((kind) => (
                  <Table.Tr key={kind}>
                    <Table.Th scope="row" fw={400}>
                      {t(`vocabulary.scenarioKinds.${kind}`)}
                    </Table.Th>
                    <Table.Td className={classes.amount}>{money(analysis.totals[kind])}</Table.Td>
                    <Table.Td className={classes.amount}>{money(analysis.oneOff[kind])}</Table.Td>
                    <Table.Td className={classes.amount}>
                      {kind === 'with' ? money(analysis.savings.vsBefore) : ''}
                    </Table.Td>
                  </Table.Tr>
                ))}
                {analysis.followups.map((followup) => (
                  <Table.Tr key={followup.scenarioIndex}>
                    <Table.Th scope="row" fw={400}>
                      {names[followup.scenarioIndex] ?? t('vocabulary.scenarioKinds.followup')}
                      {followup.date && ` (${format.date(followup.date)})`}
                    </Table.Th>
                    <Table.Td className={classes.amount}>{money(followup.total)}</Table.Td>
                    <Table.Td className={classes.amount}>{money(followup.oneOff)}</Table.Td>
                    <Table.Td className={classes.amount}>
                      {money(followup.savingsVsBefore)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollingTable>
        )}
      </AnalysisSection>
    </>
  );
}
