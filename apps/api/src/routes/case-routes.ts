import {
  CASE_COLLECTIONS,
  type CaseCollection,
  CaseListQuerySchema,
  CaseListSchema,
  CaseParticipantSchema,
  CaseReadSchema,
  CaseWriteSchema,
  MemberSchema,
  ProblemSchema,
} from '@kassabon/contract';
import type { Database } from '@kassabon/db';
import {
  BarrierSchema,
  EffectSchema,
  InterviewSchema,
  LineSchema,
  MeetingSchema,
  RatingSchema,
  ScenarioSchema,
  WellbeingSchema,
} from '@kassabon/engine';
import {
  type CollectionPath,
  changeItem,
  createCase,
  deleteCase,
  getCase,
  getItem,
  listCaseSummaries,
  listCaseTeams,
  listItems,
  listMembers,
  patchCase,
  replaceCase,
} from '@kassabon/services';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePrincipal } from '../authentication.ts';
import { serviceValidatedBody } from '../service-validated-body.ts';

const CodeParams = z.strictObject({ code: z.string().min(1).max(100) });
const index = () => z.coerce.number().int().min(0).max(100_000);

/** What each list inside a case holds, for the OpenAPI description. */
const ITEM_SCHEMAS: Record<CaseCollection, z.ZodType> = {
  participants: CaseParticipantSchema,
  meetings: MeetingSchema,
  interviews: InterviewSchema,
  barriers: BarrierSchema,
  effects: EffectSchema,
  scenarios: ScenarioSchema,
  ratings: RatingSchema,
  wellbeing: WellbeingSchema,
};

const errors = { 404: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema };

/** The ETag of a case is its version: a write may send it back as If-Match. */
function setVersion(reply: FastifyReply, version: number): void {
  reply.header('etag', `"${version}"`);
}

/** Sets the case's version as the ETag; passes the result (a case, its list or entry) on. */
function versioned<T extends { version: number }>(reply: FastifyReply, result: T): T {
  setVersion(reply, result.version);
  return result;
}

/** The version an If-Match header names (`"3"` or `3`), if any. */
function ifMatch(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return undefined;
  const version = Number(String(header).replace(/^W\//, '').replaceAll('"', '').trim());
  return Number.isInteger(version) && version > 0 ? version : undefined;
}

/**
 * Cases one at a time and every list inside them: /cases, /cases/{code} and
 * /cases/{code}/{collection}[/{index}], /cases/{code}/scenarios/{index}/lines[/{index}].
 * Bodies are checked by the services with the case file's rules.
 */
export function registerCaseRoutes(app: FastifyInstance, database: Database): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/cases',
    {
      schema: {
        summary: 'The cases you may see, filtered, sorted and paged, with their savings',
        tags: ['cases'],
        querystring: CaseListQuerySchema,
        response: { 200: CaseListSchema },
      },
    },
    async (request) => listCaseSummaries(database, requirePrincipal(request), request.query),
  );

  api.get(
    '/teams',
    {
      schema: {
        summary: 'The teams named on the cases, for a filter',
        tags: ['cases'],
        response: { 200: z.object({ teams: z.array(z.string()) }) },
      },
    },
    async (request) => ({ teams: await listCaseTeams(database, requirePrincipal(request)) }),
  );

  api.get(
    '/members',
    {
      schema: {
        summary: "The organisation's members, to link a professional participant to an account",
        tags: ['cases'],
        response: { 200: z.object({ members: z.array(MemberSchema) }) },
      },
    },
    async (request) => ({ members: await listMembers(database, requirePrincipal(request)) }),
  );

  api.post(
    '/cases',
    {
      schema: {
        summary: 'Create a case',
        description:
          'Priced from the active price list over the default reference list unless `pricing` says otherwise. 422 lists every problem with its path.',
        tags: ['cases'],
        body: CaseWriteSchema,
        response: { 201: CaseReadSchema, ...errors },
      },
      validatorCompiler: serviceValidatedBody,
    },
    async (request, reply) => {
      const created = await createCase(database, requirePrincipal(request), request.body);
      reply.header('location', `/api/v1/cases/${encodeURIComponent(created.code)}`);
      return reply.code(201).send(versioned(reply, created));
    },
  );

  api.get(
    '/cases/:code',
    {
      schema: {
        summary: 'One case, whole; the ETag is its version',
        tags: ['cases'],
        params: CodeParams,
        response: { 200: CaseReadSchema, 404: ProblemSchema },
      },
    },
    async (request, reply) =>
      versioned(reply, await getCase(database, requirePrincipal(request), request.params.code)),
  );

  api.put(
    '/cases/:code',
    {
      schema: {
        summary: 'Replace a case whole',
        description:
          '`version` is the version you read; 409 when the case changed since. A different `code` renames the case.',
        tags: ['cases'],
        params: CodeParams,
        body: CaseWriteSchema,
        response: { 200: CaseReadSchema, ...errors },
      },
      validatorCompiler: serviceValidatedBody,
    },
    async (request, reply) =>
      versioned(
        reply,
        await replaceCase(database, requirePrincipal(request), request.params.code, request.body),
      ),
  );

  app.register(async (scope) => {
    // A JSON merge patch (RFC 7396) has its own media type; read it as JSON.
    scope.addContentTypeParser(
      'application/merge-patch+json',
      { parseAs: 'string' },
      scope.getDefaultJsonParser('error', 'error'),
    );
    scope.withTypeProvider<ZodTypeProvider>().patch(
      '/cases/:code',
      {
        schema: {
          summary: 'Change part of a case (JSON merge patch)',
          description:
            'Fields given replace those of the case, `null` removes one, lists are replaced whole. `version` is the version you read.',
          tags: ['cases'],
          params: CodeParams,
          body: CaseWriteSchema.partial().extend({ version: z.number().int().min(1) }),
          response: { 200: CaseReadSchema, ...errors },
        },
        validatorCompiler: serviceValidatedBody,
      },
      async (request, reply) =>
        versioned(
          reply,
          await patchCase(database, requirePrincipal(request), request.params.code, request.body),
        ),
    );
  });

  api.delete(
    '/cases/:code',
    {
      schema: {
        summary: 'Delete a case and everything in it (erasure)',
        tags: ['cases'],
        params: CodeParams,
        response: { 204: z.null(), 404: ProblemSchema },
      },
    },
    async (request, reply) => {
      await deleteCase(database, requirePrincipal(request), request.params.code);
      return reply.code(204).send(null);
    },
  );

  for (const collection of CASE_COLLECTIONS)
    registerList(api, database, {
      url: `/cases/:code/${collection}`,
      params: CodeParams,
      name: collection,
      item: ITEM_SCHEMAS[collection],
      path: () => ({ collection }),
    });
  registerList(api, database, {
    url: '/cases/:code/scenarios/:scenario/lines',
    params: CodeParams.extend({ scenario: index() }),
    name: 'lines of a scenario',
    item: LineSchema,
    path: (params) => ({ lines: (params as { scenario: number }).scenario }),
  });
}

/** GET and POST on a list inside a case, and GET, PUT and DELETE on one of its entries. */
function registerList(
  api: ReturnType<FastifyInstance['withTypeProvider']> & FastifyInstance,
  database: Database,
  list: {
    url: string;
    params: z.ZodObject;
    name: string;
    item: z.ZodType;
    path: (params: Record<string, unknown>) => CollectionPath;
  },
): void {
  const typed = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['case contents'];
  const itemParams = list.params.extend({ index: index() });
  const written = z.object({ index: z.number(), item: list.item, version: z.number() });
  // The first arguments of each service call below: who asks, and the case and list the URL names.
  const addressed = (request: FastifyRequest) =>
    [
      database,
      requirePrincipal(request),
      (request.params as { code: string }).code,
      list.path(request.params as Record<string, unknown>),
    ] as const;
  const indexOf = (request: FastifyRequest) => (request.params as { index: number }).index;

  typed.get(
    list.url,
    {
      schema: {
        summary: `The ${list.name} of a case`,
        tags,
        params: list.params,
        response: { 200: z.object({ items: z.array(list.item), version: z.number() }) },
      },
    },
    async (request, reply) => versioned(reply, await listItems(...addressed(request))),
  );
  typed.post(
    list.url,
    {
      schema: {
        summary: `Add to the ${list.name} of a case (If-Match: the version you read)`,
        tags,
        params: list.params,
        body: list.item,
        response: { 201: written, ...errors },
      },
      validatorCompiler: serviceValidatedBody,
    },
    async (request, reply) => {
      const result = await changeItem(...addressed(request), {
        item: request.body,
        ...versionOf(request),
      });
      return reply.code(201).send(versioned(reply, result));
    },
  );
  typed.get(
    `${list.url}/:index`,
    {
      schema: {
        summary: `One of the ${list.name} of a case, by its place from 0`,
        tags,
        params: itemParams,
        response: { 200: list.item, 404: ProblemSchema },
      },
    },
    async (request, reply) =>
      versioned(reply, await getItem(...addressed(request), indexOf(request))).item,
  );
  typed.put(
    `${list.url}/:index`,
    {
      schema: {
        summary: `Replace one of the ${list.name} of a case (If-Match: the version you read)`,
        tags,
        params: itemParams,
        body: list.item,
        response: { 200: written, ...errors },
      },
      validatorCompiler: serviceValidatedBody,
    },
    async (request, reply) =>
      versioned(
        reply,
        await changeItem(...addressed(request), {
          index: indexOf(request),
          item: request.body,
          ...versionOf(request),
        }),
      ),
  );
  typed.delete(
    `${list.url}/:index`,
    {
      schema: {
        summary: `Remove one of the ${list.name} of a case (If-Match: the version you read)`,
        tags,
        params: itemParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const result = await changeItem(...addressed(request), {
        index: indexOf(request),
        ...versionOf(request),
      });
      setVersion(reply, result.version);
      return reply.code(204).send(null);
    },
  );
}

function versionOf(request: FastifyRequest): { expectedVersion?: number } {
  const version = ifMatch(request);
  return version === undefined ? {} : { expectedVersion: version };
}
