import type { PortfolioMonitor } from '@kassabon/engine';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { MonitorSection } from './monitor-section.tsx';

/** The cost lines the approach avoided most, in euros per year over all cases. */
export function AvoidedLinesSection({ lines }: { lines: PortfolioMonitor['avoidedLines'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <MonitorSection
      id="avoided"
      title={t('portfolio.avoided.title')}
      intro={t('portfolio.avoided.intro')}
      empty={lines.length === 0}
    >
      <Table.ScrollContainer minWidth={480}>
        <Table striped maw={800} aria-labelledby="avoided">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('portfolio.avoided.line')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('portfolio.avoided.amount')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('portfolio.avoided.cases')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => (
              <Table.Tr key={line.label}>
                <Table.Th scope="row" fw={400}>
                  {line.label}
                </Table.Th>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {format.money(line.amount)}
                </Table.Td>
                <Table.Td ta="right">{format.count(line.cases)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </MonitorSection>
  );
}
