import type { PortfolioAnalysis } from '@kassabon/engine';
import { Paper, SimpleGrid, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';

/** The headline figures as a description list: each label is read with its value. */
export function PortfolioFigures({ portfolio }: { portfolio: PortfolioAnalysis }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (amount: number | null) =>
    amount === null ? t('vocabulary.notAvailable') : format.money(amount);

  return (
    <section aria-labelledby="figures">
      <VisuallyHidden>
        <Title order={2} id="figures">
          {t('portfolio.figures')}
        </Title>
      </VisuallyHidden>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }}>
        <Figure label={t('portfolio.cases')} value={format.count(portfolio.cases)} />
        <Figure
          label={t('portfolio.casesWithCounterfactual')}
          value={format.count(portfolio.casesWithCounterfactual)}
        />
        <Figure
          label={t('portfolio.totalSavingsVsWithout')}
          value={format.money(portfolio.totalSavingsVsWithout)}
        />
        <Figure
          label={t('portfolio.meanSavingsVsWithout')}
          value={money(portfolio.meanSavingsVsWithout)}
        />
        <Figure
          label={t('portfolio.medianSavingsVsWithout')}
          value={money(portfolio.medianSavingsVsWithout)}
        />
        <Figure
          label={t('portfolio.totalSavingsVsBefore')}
          value={format.money(portfolio.totalSavingsVsBefore)}
          note={t('portfolio.casesWithBefore', { count: portfolio.casesWithBefore })}
        />
        <Figure
          label={t('portfolio.societalTotalSavingsVsWithout')}
          value={format.money(portfolio.societalTotalSavingsVsWithout)}
          note={t('portfolio.societalHint')}
        />
      </SimpleGrid>
    </section>
  );
}

function Figure({ label, value, note }: { label: string; value: string; note?: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Text component="dt" size="sm">
        {label}
      </Text>
      <Text component="dd" m={0} fz="xl" fw={700} style={{ whiteSpace: 'nowrap' }}>
        {value}
      </Text>
      {note && (
        <Text component="dd" m={0} size="sm">
          {note}
        </Text>
      )}
    </Paper>
  );
}
