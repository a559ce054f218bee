import {
  type Database,
  listMonitorEntries,
  listPortfolioEntries,
  listStoredAnalyses,
} from '@kassabon/db';
import {
  type CaseAnalysis,
  combineMonitor,
  combinePortfolio,
  type FileAnalysis,
  type PortfolioAnalysis,
  type PortfolioMonitor,
} from '@kassabon/engine';
import { type CaseFilter, portfolioCases, readableCases } from './case-access.ts';
import { ensureAnalyses } from './case-analysis.ts';
import { notFound, ServiceError } from './errors.ts';
import type { Principal } from './principal.ts';

/** Viewers see aggregates only, and only over at least this many cases (PRODUCT.md §4.9). */
export const MINIMUM_GROUP_SIZE = 5;

export type AnalysisFilter = CaseFilter;

/**
 * The analysis of the cases the principal may see, in exactly the shape of
 * `kassabon analyse --json`, from the analyses stored beside the cases (analysed again first
 * where missing or stale). Cases come ordered by code, as an export orders them. A viewer
 * gets the portfolio only, and nothing for a group under MINIMUM_GROUP_SIZE cases.
 */
export async function analyseOrganisation(
  database: Database,
  principal: Principal,
  filter: AnalysisFilter = {},
): Promise<FileAnalysis> {
  const selection = portfolioCases(principal, filter);
  await ensureAnalyses(database, selection);
  const portfolio = combinePortfolio(await listPortfolioEntries(database.db, selection));
  if (principal.role !== 'viewer')
    return { cases: await listStoredAnalyses(database.db, selection), portfolio };
  refuseSmallGroups(portfolio);
  return { cases: [], portfolio };
}

/**
 * The portfolio monitor (PRODUCT.md capability 5): the portfolio's figures and what the cases
 * have in common beside the money (distribution of savings, wellbeing, the most avoided cost
 * lines, barriers, improvement points, effects, quotes with consent). Viewers get it for groups
 * of at least MINIMUM_GROUP_SIZE cases, without the quotes: those are free text.
 */
export async function monitorPortfolio(
  database: Database,
  principal: Principal,
  filter: AnalysisFilter = {},
): Promise<{ portfolio: PortfolioAnalysis; monitor: PortfolioMonitor }> {
  const selection = portfolioCases(principal, filter);
  await ensureAnalyses(database, selection);
  const entries = await listPortfolioEntries(database.db, selection);
  const portfolio = combinePortfolio(entries);
  if (principal.role === 'viewer') refuseSmallGroups(portfolio);
  const savings = entries.flatMap((entry) =>
    entry.savings.vsWithout === null ? [] : [entry.savings.vsWithout],
  );
  const monitor = combineMonitor(await listMonitorEntries(database.db, selection), savings);
  return {
    portfolio,
    monitor: principal.role === 'viewer' ? { ...monitor, quotes: [] } : monitor,
  };
}

function refuseSmallGroups(portfolio: PortfolioAnalysis): void {
  if (portfolio.cases < MINIMUM_GROUP_SIZE)
    throw new ServiceError(
      'too-few',
      `figures over fewer than ${MINIMUM_GROUP_SIZE} cases are not shown to viewers (this selection has ${portfolio.cases})`,
      [],
      { minimumCases: MINIMUM_GROUP_SIZE, cases: portfolio.cases },
    );
}

/** One case's analysis, as in the `cases` list of analyseOrganisation. */
export async function analyseCase(
  database: Database,
  principal: Principal,
  code: string,
): Promise<CaseAnalysis> {
  if (principal.role === 'viewer')
    throw new ServiceError('forbidden', 'viewers see aggregates only');
  const selection = readableCases(principal, { codes: [code] });
  await ensureAnalyses(database, selection);
  const [analysis] = await listStoredAnalyses(database.db, selection);
  if (!analysis) throw notFound(`case "${code}"`);
  return analysis;
}
