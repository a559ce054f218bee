import { type Database, listPortfolioEntries, listStoredAnalyses } from '@kassabon/db';
import { type CaseAnalysis, combinePortfolio, type FileAnalysis } from '@kassabon/engine';
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
  if (portfolio.cases < MINIMUM_GROUP_SIZE)
    throw new ServiceError(
      'too-few',
      `figures over fewer than ${MINIMUM_GROUP_SIZE} cases are not shown to viewers (this selection has ${portfolio.cases})`,
    );
  return { cases: [], portfolio };
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
