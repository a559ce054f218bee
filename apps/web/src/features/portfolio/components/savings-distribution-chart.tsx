import '@mantine/charts/styles.css';
import type { PortfolioMonitor } from '@kassabon/engine';
import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';

const BAR_HEIGHT = 32;

/**
 * The histogram of the savings: one bar per class of savings, as long as its number of
 * cases. One image to the screen reader: the table below holds the same figures to read.
 */
export function SavingsDistributionChart({
  bins,
}: {
  bins: PortfolioMonitor['savingsDistribution']['bins'];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = bins.map((bin) => ({
    range: `${format.money(bin.from)} – ${format.money(bin.to)}`,
    cases: bin.cases,
  }));
  return (
    <Box role="img" aria-label={t('portfolio.distribution.chartLabel')} mb="md">
      <BarChart
        h={Math.max(140, data.length * BAR_HEIGHT + 60)}
        data={data}
        dataKey="range"
        orientation="vertical"
        yAxisProps={{ width: 240 }}
        // Cases are counted whole: no ticks at 0,5.
        xAxisProps={{ allowDecimals: false }}
        series={[{ name: 'cases', label: t('portfolio.distribution.cases'), color: 'blue.8' }]}
        valueFormatter={(value) => format.count(value)}
        barChartProps={{ accessibilityLayer: false }}
        withTooltip={false}
        gridAxis="x"
      />
    </Box>
  );
}
