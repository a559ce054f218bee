import type { PortfolioMonitor } from '@kassabon/engine';
import { useTranslation } from 'react-i18next';
import { BarChartImage } from '../../../components/bar-chart-image.tsx';
import { useFormat } from '../../../lib/format.ts';

const BAR_HEIGHT = 32;

/**
 * The histogram of the savings: one bar per class of savings, as long as its number of
 * cases.
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
    <BarChartImage
      label={t('portfolio.distribution.chartLabel')}
      barHeight={BAR_HEIGHT}
      data={data}
      dataKey="range"
      yAxisProps={{ width: 240 }}
      // Cases are counted whole: no ticks at 0,5.
      xAxisProps={{ allowDecimals: false }}
      series={[{ name: 'cases', label: t('portfolio.distribution.cases'), color: 'blue.8' }]}
      valueFormatter={(value) => format.count(value)}
    />
  );
}
