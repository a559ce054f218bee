import type { PortfolioMonitor } from '@kassabon/engine';
import { Group, Table, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useFormat } from '../../../lib/format.ts';
import { MonitorSection } from './monitor-section.tsx';

// The chart library loads only when a chart is shown (the bundle budget, ADR 007).
const SavingsDistributionChart = lazy(() =>
  import('./savings-distribution-chart.tsx').then((module) => ({
    default: module.SavingsDistributionChart,
  })),
);

/**
 * How the savings against "without" spread over the cases that have both scenarios: lowest,
 * median and highest, a histogram, and the histogram's figures as a table.
 */
export function SavingsDistributionSection({
  distribution,
}: {
  distribution: PortfolioMonitor['savingsDistribution'];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (amount: number | null) =>
    amount === null ? t('vocabulary.notAvailable') : format.money(amount);
  return (
    <MonitorSection
      id="distribution"
      title={t('portfolio.distribution.title')}
      intro={t('portfolio.distribution.intro')}
      empty={distribution.bins.length === 0}
    >
      <Group component="dl" gap="xl" m={0} mb="md">
        {(
          [
            ['lowest', distribution.min],
            ['median', distribution.median],
            ['highest', distribution.max],
          ] as const
        ).map(([key, amount]) => (
          <div key={key}>
            <Text component="dt" size="sm">
              {t(`portfolio.distribution.${key}`)}
            </Text>
            <Text component="dd" m={0} fw={700} style={{ whiteSpace: 'nowrap' }}>
              {money(amount)}
            </Text>
          </div>
        ))}
      </Group>
      <Suspense fallback={<PageLoader />}>
        <SavingsDistributionChart bins={distribution.bins} />
      </Suspense>
      <Table.ScrollContainer minWidth={420}>
        <Table striped maw={640} aria-labelledby="distribution">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('portfolio.distribution.from')}</Table.Th>
              <Table.Th scope="col">{t('portfolio.distribution.to')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('portfolio.distribution.cases')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {distribution.bins.map((bin) => (
              <Table.Tr key={bin.from}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.money(bin.from)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.money(bin.to)}</Table.Td>
                <Table.Td ta="right">{format.count(bin.cases)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </MonitorSection>
  );
}
