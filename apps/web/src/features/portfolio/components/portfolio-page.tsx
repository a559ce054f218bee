import { TooFewCasesProblemSchema } from '@kassabon/contract';
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../../components/page-loader.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useAnalysis } from '../api/get-analysis.ts';
import { FinancierTable } from './financier-table.tsx';
import { PortfolioFigures } from './portfolio-figures.tsx';
import { RatingsTable } from './ratings-table.tsx';

// The chart library is the largest part of the app: it loads only when a chart is shown.
const SavingsByFinancierChart = lazy(() =>
  import('./savings-by-financier-chart.tsx').then((module) => ({
    default: module.SavingsByFinancierChart,
  })),
);

export function PortfolioPage() {
  const { t } = useTranslation();
  const analysis = useAnalysis();

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t('portfolio.title')}</PageTitle>
        <Text>{t('portfolio.intro')}</Text>
      </div>
      {analysis.isPending ? (
        <PageLoader />
      ) : analysis.isError ? (
        <AnalysisProblem error={analysis.error} />
      ) : analysis.data.portfolio.cases === 0 ? (
        <Text>
          {t('portfolio.empty')}{' '}
          <Anchor component={Link} to="/import-export">
            {t('portfolio.emptyAction')}
          </Anchor>
        </Text>
      ) : (
        <>
          <PortfolioFigures portfolio={analysis.data.portfolio} />
          <section aria-labelledby="by-financier">
            <Title order={2} id="by-financier" mb="xs">
              {t('portfolio.byFinancier.title')}
            </Title>
            <Text mb="md">{t('portfolio.byFinancier.intro')}</Text>
            <Suspense fallback={<PageLoader />}>
              <SavingsByFinancierChart byFinancier={analysis.data.portfolio.byFinancier} />
            </Suspense>
            <FinancierTable
              byFinancier={analysis.data.portfolio.byFinancier}
              labelledBy="by-financier"
            />
          </section>
          <section aria-labelledby="ratings">
            <Title order={2} id="ratings" mb="xs">
              {t('portfolio.ratings.title')}
            </Title>
            <Text mb="md">{t('portfolio.ratings.intro')}</Text>
            <RatingsTable ratings={analysis.data.portfolio.ratings} labelledBy="ratings" />
          </section>
        </>
      )}
    </Stack>
  );
}

/** A viewer's "too few cases" is a rule working as meant, not an error: said kindly. */
function AnalysisProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const tooFew = isApiError(error, 403) ? TooFewCasesProblemSchema.safeParse(error.problem) : null;
  if (tooFew?.success)
    return (
      <Alert color="blue" title={t('portfolio.tooFew.title')} role="status">
        {t('portfolio.tooFew.text', {
          minimum: tooFew.data.minimumCases,
          count: tooFew.data.cases,
        })}
      </Alert>
    );
  return <ProblemAlert error={error} />;
}
