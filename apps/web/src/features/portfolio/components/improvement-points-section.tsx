import type { PortfolioMonitor } from '@kassabon/engine';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { MonitorSection } from './monitor-section.tsx';

/** What participants said should change, most named first, in their own words. */
export function ImprovementPointsSection({
  points,
}: {
  points: PortfolioMonitor['improvementPoints'];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <MonitorSection
      id="improvement-points"
      title={t('portfolio.improvementPoints.title')}
      intro={t('portfolio.improvementPoints.intro')}
      empty={points.length === 0}
    >
      <Table striped maw={800} aria-labelledby="improvement-points">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('portfolio.improvementPoints.point')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('portfolio.improvementPoints.count')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {points.map((point) => (
            <Table.Tr key={point.text}>
              <Table.Th scope="row" fw={400}>
                {point.text}
              </Table.Th>
              <Table.Td ta="right">{format.count(point.count)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </MonitorSection>
  );
}
