import { CASE_READERS, type PortfolioReport, TooFewCasesProblemSchema } from '@kassabon/contract';
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FinancierSplitTable } from '../../../components/financier-split-table.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useSession } from '../../../lib/session.ts';
import { useDeferredArrival } from '../../../lib/use-deferred-arrival.ts';
import { usePortfolio } from '../api/get-portfolio.ts';
import { AvoidedLinesSection } from './avoided-lines-section.tsx';
import { BarriersSection } from './barriers-section.tsx';
import { EffectsSection } from './effects-section.tsx';
import { ImprovementPointsSection } from './improvement-points-section.tsx';
import { PortfolioFigures } from './portfolio-figures.tsx';
import { PortfolioFilters } from './portfolio-filters.tsx';
import { QuotesSection } from './quotes-section.tsx';
import { RatingsTable } from './ratings-table.tsx';
import { SavingsDistributionSection } from './savings-distribution-section.tsx';
import { usePortfolioFilter } from './use-portfolio-filter.ts';
import { WellbeingSection } from './wellbeing-section.tsx';

// The chart library is the largest part of the app: it loads only when a chart is shown.
const FinancierSplitChart = lazy(() =>
  import('../../../components/financier-split-chart.tsx').then((module) => ({
    default: module.FinancierSplitChart,
  })),
);

/** The portfolio monitor: figures over the cases the user may see, filtered (in the URL). */
export function PortfolioPage() {
  const { t } = useTranslation();
  const { filter, active, set, clear } = usePortfolioFilter();
  const report = usePortfolio(filter);
  // Figures, tables and charts render in slices once they are there (see the hook).
  const shown = useDeferredArrival(report.data);

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t('portfolio.title')}</PageTitle>
        <Text>{t('portfolio.intro')}</Text>
      </div>
      <PortfolioFilters filter={filter} active={active} onChange={set} onClear={clear} />
      {report.isError ? (
        <PortfolioProblem error={report.error} />
      ) : !shown ? (
        <PageLoader />
      ) : shown.portfolio.cases === 0 ? (
        active ? (
          <Text>{t('portfolio.noneFiltered')}</Text>
        ) : (
          <Text>
            {t('portfolio.empty')}{' '}
            <Anchor component={Link} to="/import-export">
              {t('portfolio.emptyAction')}
            </Anchor>
          </Text>
        )
      ) : (
        <PortfolioReportView report={shown} />
      )}
    </Stack>
  );
}

function PortfolioReportView({ report: { portfolio, monitor } }: { report: PortfolioReport }) {
  const { t } = useTranslation();
  const { role } = useSession();
  return (
    <>
      <PortfolioFigures portfolio={portfolio} />
      <SavingsDistributionSection distribution={monitor.savingsDistribution} />
      <section aria-labelledby="by-financier">
        <Title order={2} id="by-financier" mb="xs">
          {t('portfolio.byFinancier.title')}
        </Title>
        <Text mb="md">{t('portfolio.byFinancier.intro')}</Text>
        <Suspense fallback={<PageLoader />}>
          <FinancierSplitChart byFinancier={portfolio.byFinancier} />
        </Suspense>
        <FinancierSplitTable byFinancier={portfolio.byFinancier} labelledBy="by-financier" />
      </section>
      <section aria-labelledby="ratings">
        <Title order={2} id="ratings" mb="xs">
          {t('portfolio.ratings.title')}
        </Title>
        <Text mb="md">{t('portfolio.ratings.intro')}</Text>
        <RatingsTable ratings={portfolio.ratings} labelledBy="ratings" />
      </section>
      <WellbeingSection wellbeing={monitor.wellbeing} />
      <AvoidedLinesSection lines={monitor.avoidedLines} />
      <BarriersSection barriers={monitor.barriers} />
      <ImprovementPointsSection points={monitor.improvementPoints} />
      <EffectsSection effects={monitor.effects} />
      {/* Viewers get no quotes at all (the API leaves them out): no empty section for them. */}
      {(CASE_READERS.includes(role) || monitor.quotes.length > 0) && (
        <QuotesSection quotes={monitor.quotes} showCases={CASE_READERS.includes(role)} />
      )}
    </>
  );
}

/** A viewer's "too few cases" is a rule working as meant, not an error: said kindly. */
function PortfolioProblem({ error }: { error: unknown }) {
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
