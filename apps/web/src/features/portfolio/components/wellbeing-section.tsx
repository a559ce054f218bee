import type { PortfolioMonitor } from '@kassabon/engine';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { MonitorSection } from './monitor-section.tsx';

const MOMENTS = ['before', 'after', 'followup'] as const;

/** Residents' own wellbeing scores (0–10) per moment, and the change from before to after. */
export function WellbeingSection({ wellbeing }: { wellbeing: PortfolioMonitor['wellbeing'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { change } = wellbeing;
  return (
    <MonitorSection
      id="wellbeing"
      title={t('portfolio.wellbeing.title')}
      intro={t('portfolio.wellbeing.intro')}
      empty={MOMENTS.every((moment) => wellbeing[moment].n === 0)}
    >
      <Text mb="md" fw={700}>
        {change.mean === null
          ? t('portfolio.wellbeing.noChange')
          : t('portfolio.wellbeing.change', {
              before: format.decimal(wellbeing.before.mean ?? Number.NaN),
              after: format.decimal(wellbeing.after.mean ?? Number.NaN),
              change: `${change.mean > 0 ? '+' : ''}${format.decimal(change.mean)}`,
              count: change.n,
            })}
      </Text>
      <Table maw={520} aria-labelledby="wellbeing">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('portfolio.wellbeing.moment')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('portfolio.wellbeing.mean')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('portfolio.wellbeing.count')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {MOMENTS.map((moment) => (
            <Table.Tr key={moment}>
              <Table.Th scope="row" fw={400}>
                {t(`portfolio.wellbeing.${moment}`)}
              </Table.Th>
              <Table.Td ta="right">
                {wellbeing[moment].mean === null
                  ? t('vocabulary.notAvailable')
                  : format.decimal(wellbeing[moment].mean)}
              </Table.Td>
              <Table.Td ta="right">{format.count(wellbeing[moment].n)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </MonitorSection>
  );
}
