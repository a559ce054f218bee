import '@mantine/charts/styles.css';
import { describeFinancier, type FinancierSplit } from '@kassabon/engine';
import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format.ts';
import { useLanguage } from '../lib/i18n.ts';

const BAR_HEIGHT = 36;

/**
 * Per financier the savings against zonder as horizontal bars: who gains (to the right) and
 * who invests (to the left). One image to a screen reader: the table beside it has the figures.
 */
export const FinancierSplitChart = memo(function FinancierSplitChart({
  byFinancier,
}: {
  byFinancier: FinancierSplit[];
}) {
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
    <Box role="img" aria-label={t('vocabulary.byFinancier.chartLabel')} mb="md">
      <BarChart
        h={Math.max(140, data.length * BAR_HEIGHT + 60)}
        data={data}
        dataKey="financier"
        orientation="vertical"
        yAxisProps={{ width: 200 }}
        series={[{ name: 'savings', label: t('vocabulary.byFinancier.savings'), color: 'blue.8' }]}
        getBarColor={(value) => (value < 0 ? 'orange.9' : 'blue.8')}
        valueFormatter={(value) => format.money(value)}
        barChartProps={{ accessibilityLayer: false }}
        withTooltip={false}
        gridAxis="x"
      />
    </Box>
  );
});
