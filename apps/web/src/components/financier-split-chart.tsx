import { describeFinancier, type FinancierSplit } from '@kassabon/engine';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format.ts';
import { useLanguage } from '../lib/i18n.ts';
import { BarChartImage } from './bar-chart-image.tsx';

const BAR_HEIGHT = 36;

/**
 * Per financier the savings against zonder as horizontal bars: who gains (to the right) and
 * who invests (to the left).
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
    <BarChartImage
      label={t('vocabulary.byFinancier.chartLabel')}
      barHeight={BAR_HEIGHT}
      data={data}
      dataKey="financier"
      yAxisProps={{ width: 200 }}
      series={[{ name: 'savings', label: t('vocabulary.byFinancier.savings'), color: 'blue.8' }]}
      getBarColor={(value) => (value < 0 ? 'orange.9' : 'blue.8')}
      valueFormatter={(value) => format.money(value)}
    />
  );
});
