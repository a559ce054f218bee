import type { PortfolioMonitor } from '@kassabon/engine';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { MonitorSection } from './monitor-section.tsx';

/** What blocked help, most named first: in how many cases each kind of barrier came up. */
export function BarriersSection({ barriers }: { barriers: PortfolioMonitor['barriers'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <MonitorSection
      id="barriers"
      title={t('portfolio.barriers.title')}
      intro={t('portfolio.barriers.intro')}
      empty={barriers.length === 0}
    >
      <Table striped maw={520} aria-labelledby="barriers">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('portfolio.barriers.kind')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('portfolio.barriers.cases')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {barriers.map((barrier) => (
            <Table.Tr key={barrier.kind}>
              <Table.Th scope="row" fw={400}>
                {t(`vocabulary.barrierKinds.${barrier.kind}`)}
              </Table.Th>
              <Table.Td ta="right">{format.count(barrier.cases)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </MonitorSection>
  );
}
