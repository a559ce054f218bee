import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Database } from '@kassabon/db';
import { ServiceError } from '@kassabon/services';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { registerAuthentication } from './authentication.ts';
import { createLoginThrottle } from './login-throttle.ts';
import { sendProblem } from './problem.ts';
import { problemForDatabaseError, problemForServiceError } from './problem-for-service-error.ts';
import { registerAnalysisRoutes } from './routes/analysis-routes.ts';
import { registerCaseFileRoutes } from './routes/case-file-routes.ts';
import { registerCaseRoutes } from './routes/case-routes.ts';
import { registerPriceListRoutes } from './routes/price-list-routes.ts';
import { registerSessionRoutes } from './routes/session-routes.ts';
import { isPageRequest, registerWebApp, sendPage } from './web-app.ts';

export type AppOptions = {
  database: Database;
  /** Pino logging; off in tests. */
  logger?: boolean;
  /** Largest request body in bytes (case files): 20 MiB by default. */
  bodyLimit?: number;
  /** The built web app (apps/web/dist) to serve beside the API; none in API tests. */
  webRoot?: string;
};

/**
 * Builds the Kassabon HTTP app without listening, so tests call `app.inject()` and
 * server.ts decides where to listen. Routes are registered explicitly, one file a resource.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 20 * 1024 * 1024,
    // Query strings are validated by Zod; keep Fastify from coercing before that.
    ajv: { customOptions: { coerceTypes: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendProblem(reply, {
        status: 422,
        title: 'The request is not valid',
        errors: error.validation.map((issue) => ({
          path: `${error.validationContext ?? 'request'}${issue.instancePath.replaceAll('/', '.')}`,
          message: issue.message ?? 'is not valid',
        })),
      });
    }
    if (error instanceof ServiceError) return sendProblem(reply, problemForServiceError(error));
    const constraint = problemForDatabaseError(error);
    if (constraint) return sendProblem(reply, constraint);
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error(error);
      return sendProblem(reply, { status: 500, title: 'Internal error' });
    }
    // Fastify's own 4xx (malformed JSON, body too large, unsupported media type) are safe to show.
    return sendProblem(reply, { status, title: error.message });
  });
  app.setNotFoundHandler((request, reply) =>
    // The web app's own router knows its pages: every other path gets index.html.
    options.webRoot && isPageRequest(request)
      ? sendPage(reply)
      : sendProblem(reply, {
          status: 404,
          title: 'Not found',
          detail: `${request.method} ${request.url}`,
        }),
  );

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Kassabon API',
        version: '1.0.0',
        description:
          'Cases, receipts and their analysis. Authenticate with `Authorization: Bearer <token>`.',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  await app.register(cookie);
  registerAuthentication(app, options.database);
  const throttle = createLoginThrottle();
  await app.register(
    async (api) => {
      registerCaseFileRoutes(api, options.database);
      registerCaseRoutes(api, options.database);
      registerAnalysisRoutes(api, options.database);
      registerPriceListRoutes(api, options.database);
      registerSessionRoutes(api, options.database, throttle);
    },
    { prefix: '/api/v1' },
  );
  if (options.webRoot) await registerWebApp(app, options.webRoot);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
