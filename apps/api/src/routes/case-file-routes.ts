import { ImportQuerySchema, ImportResultSchema, ProblemSchema } from '@kassabon/contract';
import type { Database } from '@kassabon/db';
import { CaseFileSchema } from '@kassabon/engine';
import { exportCaseFile, importCaseFileText } from '@kassabon/services';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePrincipal } from '../authentication.ts';
import { serviceValidatedBody } from '../service-validated-body.ts';

const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml'];

/** POST /import and GET /export: the case file in and out, all or nothing. */
export function registerCaseFileRoutes(app: FastifyInstance, database: Database): void {
  app.register(async (scope) => {
    // The body stays text, so the case-file parser reports syntax errors with line and column
    // and accepts a byte-order mark, for JSON and YAML alike.
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser(
      ['application/json', ...YAML_TYPES],
      { parseAs: 'string' },
      (_request, body, done) => done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/import',
      {
        schema: {
          summary: 'Import a case file (JSON or YAML), all or nothing',
          tags: ['case files'],
          querystring: ImportQuerySchema,
          body: CaseFileSchema,
          response: {
            201: ImportResultSchema,
            // With `codes` (ImportConflictProblemSchema) when case codes exist already.
            409: ProblemSchema,
            422: ProblemSchema,
          },
        },
        // The body is validated by the case-file rules (every problem with its path), not here.
        validatorCompiler: serviceValidatedBody,
      },
      async (request, reply) => {
        const principal = requirePrincipal(request);
        const contentType = request.headers['content-type'] ?? '';
        const format = YAML_TYPES.some((type) => contentType.startsWith(type)) ? 'yaml' : 'json';
        const { codes } = await importCaseFileText(database, principal, {
          text: String(request.body ?? ''),
          format,
          mode: request.query.mode,
        });
        return reply.code(201).send({ imported: codes });
      },
    );
  });

  app.withTypeProvider<ZodTypeProvider>().get(
    '/export',
    {
      schema: {
        summary: 'The visible cases as a case file',
        tags: ['case files'],
        querystring: z.strictObject({
          code: z.union([z.string(), z.array(z.string())]).optional(),
        }),
        response: { 200: CaseFileSchema },
      },
    },
    async (request) => {
      const code = request.query.code;
      const codes = code === undefined ? undefined : Array.isArray(code) ? code : [code];
      return exportCaseFile(database, requirePrincipal(request), codes ? { codes } : {});
    },
  );
}
