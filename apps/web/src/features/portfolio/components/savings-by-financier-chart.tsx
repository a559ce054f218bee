import '@mantine/charts/styles.css';
import { describeFinancier, type FinancierSplit } from '@kassabon/engine';
import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';

const BAR_HEIGHT = 36;

/**
 * The savings against "without" per financier as horizontal bars (the names are long). One
 * image to the screen reader: the table beside it holds the same figures to read.
 */
export function SavingsByFinancierChart({ byFinancier }: { byFinancier: FinancierSplit[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const data = byFinancier
    .filter((split) => split.savingsVsWithout !== null)
    .map((split) => ({
      financier: describeFinancier(split.financier, language),
      savings: split.savingsVsWithout,
    }));

  return (
    <Box role="img" aria-label={t('portfolio.byFinancier.chartLabel')} mb="md">
      <BarChart
        h={Math.max(160, data.length * BAR_HEIGHT + 60)}
        data={data}
        dataKey="financier"
        orientation="vertical"
        yAxisProps={{ width: 220 }}
        series={[{ name: 'savings', label: t('portfolio.byFinancier.savings'), color: 'blue.8' }]}
        valueFormatter={(value) => format.money(value)}
        barChartProps={{ accessibilityLayer: false }}
        withTooltip={false}
        gridAxis="x"
      />
    </Box>
  );
}
