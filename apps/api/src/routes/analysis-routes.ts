import { ProblemSchema } from '@kassabon/contract';
import type { Database } from '@kassabon/db';
import { CaseAnalysisSchema, FileAnalysisSchema } from '@kassabon/engine';
import { analyseCase, analyseOrganisation } from '@kassabon/services';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePrincipal } from '../authentication.ts';

/** The analysis, in exactly the shape of `kassabon analyse --json`. */
export function registerAnalysisRoutes(app: FastifyInstance, database: Database): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/analysis',
    {
      schema: {
        summary: 'The analysis of the visible cases: per case and the portfolio',
        tags: ['analysis'],
        querystring: z.strictObject({
          code: z.union([z.string(), z.array(z.string())]).optional(),
        }),
        // A viewer's 403 over too few cases carries TooFewCasesProblemSchema's members.
        response: { 200: FileAnalysisSchema, 403: ProblemSchema },
      },
    },
    async (request) => {
      const code = request.query.code;
      const codes = code === undefined ? undefined : Array.isArray(code) ? code : [code];
      return analyseOrganisation(database, requirePrincipal(request), codes ? { codes } : {});
    },
  );
  api.get(
    '/cases/:code/analysis',
    {
      schema: {
        summary: "One case's analysis",
        tags: ['analysis'],
        params: z.strictObject({ code: z.string().min(1).max(100) }),
        response: { 200: CaseAnalysisSchema },
      },
    },
    async (request) => analyseCase(database, requirePrincipal(request), request.params.code),
  );
}
