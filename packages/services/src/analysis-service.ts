import type { Database } from '@kassabon/db';
import { analyseCaseFile, type CaseAnalysis, type FileAnalysis } from '@kassabon/engine';
import { exportCaseFile, loadCaseFile } from './case-file-service.ts';
import { notFound, ServiceError } from './errors.ts';
import type { Principal } from './principal.ts';

/** Viewers see aggregates only, and only over at least this many cases (PRODUCT.md §4.9). */
export const MINIMUM_GROUP_SIZE = 5;

export type AnalysisFilter = { codes?: string[] };

/**
 * The analysis of the organisation's cases, in exactly the shape of `kassabon analyse --json`.
 * A viewer gets the portfolio only, and nothing for a group under MINIMUM_GROUP_SIZE cases.
 */
export async function analyseOrganisation(
  database: Database,
  principal: Principal,
  filter: AnalysisFilter = {},
): Promise<FileAnalysis> {
  if (principal.role !== 'viewer')
    return analyseCaseFile(await exportCaseFile(database, principal, filter));
  const analysis = analyseCaseFile(await loadCaseFile(database, principal.organisationId, filter));
  if (analysis.portfolio.cases < MINIMUM_GROUP_SIZE)
    throw new ServiceError(
      'too-few',
      `figures over fewer than ${MINIMUM_GROUP_SIZE} cases are not shown to viewers (this selection has ${analysis.portfolio.cases})`,
      [],
      { minimumCases: MINIMUM_GROUP_SIZE, cases: analysis.portfolio.cases },
    );
  return { cases: [], portfolio: analysis.portfolio };
}

/** One case's analysis, as in the `cases` list of analyseOrganisation. */
export async function analyseCase(
  database: Database,
  principal: Principal,
  code: string,
): Promise<CaseAnalysis> {
  if (principal.role === 'viewer')
    throw new ServiceError('forbidden', 'viewers see aggregates only');
  const analysis = analyseCaseFile(await exportCaseFile(database, principal, { codes: [code] }));
  const [caseAnalysis] = analysis.cases;
  if (!caseAnalysis) throw notFound(`case "${code}"`);
  return caseAnalysis;
}
