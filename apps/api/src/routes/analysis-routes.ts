import { CaseFilterSchema, PortfolioReportSchema, ProblemSchema } from '@kassabon/contract';
import type { Database } from '@kassabon/db';
import { CaseAnalysisSchema, FileAnalysisSchema } from '@kassabon/engine';
import { analyseCase, analyseOrganisation, monitorPortfolio } from '@kassabon/services';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePrincipal } from '../authentication.ts';

/** `?code=` once or more, and the filters of the case list. */
const AnalysisQuerySchema = z.strictObject({
  ...CaseFilterSchema.shape,
  code: z.union([z.string(), z.array(z.string())]).optional(),
});

function filterOf(query: z.infer<typeof AnalysisQuerySchema>) {
  const { code, ...filter } = query;
  const codes = code === undefined ? undefined : Array.isArray(code) ? code : [code];
  return codes ? { ...filter, codes } : filter;
}

/** The analysis, in exactly the shape of `kassabon analyse --json`, and the portfolio monitor. */
export function registerAnalysisRoutes(app: FastifyInstance, database: Database): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/analysis',
    {
      schema: {
        summary: 'The analysis of the visible cases: per case and the portfolio',
        description: 'Viewers get the portfolio only, and only over 5 cases or more (else 403).',
        tags: ['analysis'],
        querystring: AnalysisQuerySchema,
        // A viewer's 403 over too few cases carries TooFewCasesProblemSchema's members.
        response: { 200: FileAnalysisSchema, 403: ProblemSchema },
      },
    },
    async (request) =>
      analyseOrganisation(database, requirePrincipal(request), filterOf(request.query)),
  );
  api.get(
    '/portfolio',
    {
      schema: {
        summary: 'The portfolio monitor: figures over the visible cases, filtered',
        description:
          'Savings and their distribution, savings by financier, ratings by role, wellbeing change, the most avoided cost lines, barriers, improvement points, effects and quotes with consent (not for viewers).',
        tags: ['analysis'],
        querystring: AnalysisQuerySchema,
        response: { 200: PortfolioReportSchema, 403: ProblemSchema },
      },
    },
    async (request) =>
      monitorPortfolio(database, requirePrincipal(request), filterOf(request.query)),
  );
  api.get(
    '/cases/:code/analysis',
    {
      schema: {
        summary: "One case's analysis",
        tags: ['analysis'],
        params: z.strictObject({ code: z.string().min(1).max(100) }),
        response: { 200: CaseAnalysisSchema, 404: ProblemSchema },
      },
    },
    async (request) => analyseCase(database, requirePrincipal(request), request.params.code),
  );
}
