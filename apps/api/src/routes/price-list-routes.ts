import {
  CreatePriceListRequestSchema,
  ExportPriceListQuerySchema,
  ImportPriceListQuerySchema,
  IndexPriceListRequestSchema,
  PriceItemCategoriesSchema,
  PriceItemPageSchema,
  PriceItemParamsSchema,
  PriceItemQuerySchema,
  type PriceList,
  PriceListIdParamsSchema,
  PriceListListSchema,
  PriceListSchema,
  ProblemSchema,
  UpdatePriceListRequestSchema,
  XLSX_CONTENT_TYPE,
} from '@kassabon/contract';
import type { Database } from '@kassabon/db';
import { PriceItemSchema } from '@kassabon/engine';
import {
  activatePriceList,
  addPriceItem,
  createPriceList,
  deletePriceItem,
  deletePriceList,
  exportPriceListFile,
  getPriceItem,
  getPriceList,
  importPriceListFile,
  indexPriceList,
  listPriceListCategories,
  listPriceListItems,
  listPriceLists,
  type PriceListView,
  replacePriceItem,
  updatePriceList,
} from '@kassabon/services';
import type { FastifyInstance } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePrincipal } from '../authentication.ts';
import { sendProblem } from '../problem.ts';

/** The largest price-list file an import takes: 100,000 rows of CSV fit well within it. */
export const PRICE_LIST_UPLOAD_LIMIT = 20 * 1024 * 1024;

const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain'];
const TAGS = ['price lists'];
const problems = { 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema };

function toResponse(view: PriceListView): PriceList {
  return { ...view, createdAt: view.createdAt?.toISOString() ?? null };
}

/**
 * /price-lists: the organisation's own lists and the shipped ones, their items (search,
 * edit), import and export as CSV or XLSX, and indexing to another year.
 */
export function registerPriceListRoutes(app: FastifyInstance, database: Database): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/price-lists',
    {
      schema: {
        summary: "The organisation's own price lists and the shipped reference lists",
        tags: TAGS,
        response: { 200: PriceListListSchema, 403: ProblemSchema },
      },
    },
    async (request) => ({
      items: (await listPriceLists(database, requirePrincipal(request))).map(toResponse),
    }),
  );

  api.post(
    '/price-lists',
    {
      schema: {
        summary: 'A new price list (the next version of its name), empty or a copy of another',
        description:
          '`copyFrom` names an own list by id or a shipped list by code, e.g. `nl-sociaal-domein-2025`.',
        tags: TAGS,
        body: CreatePriceListRequestSchema,
        response: { 201: PriceListSchema, ...problems },
      },
    },
    async (request, reply) => {
      const created = await createPriceList(database, requirePrincipal(request), request.body);
      return reply.code(201).send(toResponse(created));
    },
  );

  app.register(async (scope) => {
    // The file stays bytes: CSV in any of the encodings Excel writes, or an XLSX workbook.
    scope.addContentTypeParser(
      [...CSV_TYPES, XLSX_CONTENT_TYPE],
      { parseAs: 'buffer', bodyLimit: PRICE_LIST_UPLOAD_LIMIT },
      (_request, body, done) => done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/price-lists/import',
      {
        bodyLimit: PRICE_LIST_UPLOAD_LIMIT,
        schema: {
          summary: 'Import a CSV or XLSX file as a new version of a price list, all or nothing',
          description: `Send the file as the body with \`Content-Type: text/csv\` or \`${XLSX_CONTENT_TYPE}\` (at most 20 MiB, 100,000 rows). Columns in English or Dutch; see docs/price-lists.md. A 422 problem lists every problem by row and column.`,
          tags: TAGS,
          consumes: ['text/csv', XLSX_CONTENT_TYPE],
          querystring: ImportPriceListQuerySchema,
          body: z.string().describe('the CSV or XLSX file'),
          response: { 201: PriceListSchema, 415: ProblemSchema, ...problems },
        },
        // The body is the file's bytes, read by the service; the schema above documents it.
        validatorCompiler: (route) =>
          route.httpPart === 'body'
            ? (data: unknown) => ({ value: data })
            : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]),
      },
      async (request, reply) => {
        const principal = requirePrincipal(request);
        const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
        if (
          ![...CSV_TYPES, XLSX_CONTENT_TYPE].includes(contentType) ||
          !Buffer.isBuffer(request.body)
        )
          return sendProblem(reply, {
            status: 415,
            title: `send the file as the body with Content-Type text/csv or ${XLSX_CONTENT_TYPE}`,
          });
        const created = await importPriceListFile(database, principal, {
          name: request.query.name,
          year: request.query.year,
          content: request.body,
          format: contentType === XLSX_CONTENT_TYPE ? 'xlsx' : 'csv',
        });
        return reply.code(201).send(toResponse(created));
      },
    );
  });

  api.get(
    '/price-lists/:id',
    {
      schema: {
        summary: 'One price list, own or shipped',
        tags: TAGS,
        params: PriceListIdParamsSchema,
        response: { 200: PriceListSchema, ...problems },
      },
    },
    async (request) =>
      toResponse(await getPriceList(database, requirePrincipal(request), request.params.id)),
  );

  api.patch(
    '/price-lists/:id',
    {
      schema: {
        summary:
          'Rename a price list (it becomes the next version of the new name) or change its year',
        tags: TAGS,
        params: PriceListIdParamsSchema,
        body: UpdatePriceListRequestSchema,
        response: { 200: PriceListSchema, ...problems },
      },
    },
    async (request) =>
      toResponse(
        await updatePriceList(database, requirePrincipal(request), request.params.id, request.body),
      ),
  );

  api.delete(
    '/price-lists/:id',
    {
      schema: {
        summary: 'Delete a price list; refused while cases are priced from it',
        description: 'The 409 names those cases in `cases` (their codes).',
        tags: TAGS,
        params: PriceListIdParamsSchema,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      await deletePriceList(database, requirePrincipal(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/price-lists/:id/activate',
    {
      schema: {
        summary: 'Make this the active price list of the organisation',
        description:
          'Activating a shipped list leaves no own list active, so the shipped one applies.',
        tags: TAGS,
        params: PriceListIdParamsSchema,
        response: { 200: PriceListSchema, ...problems },
      },
    },
    async (request) =>
      toResponse(await activatePriceList(database, requirePrincipal(request), request.params.id)),
  );

  api.post(
    '/price-lists/:id/index',
    {
      schema: {
        summary: 'A new version of the list with its prices indexed to another year',
        description:
          'unitPrice × (1 + percentPerYear/100)^(toYear − the item’s priceYear, else the list’s year), or unitPrice × factor; priceYear becomes toYear. See docs/method.md.',
        tags: TAGS,
        params: PriceListIdParamsSchema,
        body: IndexPriceListRequestSchema,
        response: { 201: PriceListSchema, ...problems },
      },
    },
    async (request, reply) => {
      const created = await indexPriceList(
        database,
        requirePrincipal(request),
        request.params.id,
        request.body,
      );
      return reply.code(201).send(toResponse(created));
    },
  );

  api.get(
    '/price-lists/:id/export',
    {
      schema: {
        summary: 'The list as a CSV or XLSX file that imports back to the same items',
        description:
          'Text that a spreadsheet would run as a formula (starting with = + - @, TAB or CR) gets a leading apostrophe.',
        tags: TAGS,
        params: PriceListIdParamsSchema,
        querystring: ExportPriceListQuerySchema,
      },
    },
    async (request, reply) => {
      const file = await exportPriceListFile(
        database,
        requirePrincipal(request),
        request.params.id,
        {
          format: request.query.format,
          separator: request.query.separator === 'semicolon' ? ';' : ',',
        },
      );
      return reply
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .type(file.contentType)
        .send(file.body);
    },
  );

  api.get(
    '/price-lists/:id/items',
    {
      schema: {
        summary: "Search a list's items (every word of q in code, name, nameEn or category)",
        tags: TAGS,
        params: PriceListIdParamsSchema,
        querystring: PriceItemQuerySchema,
        response: { 200: PriceItemPageSchema, ...problems },
      },
    },
    async (request) =>
      listPriceListItems(database, requirePrincipal(request), request.params.id, request.query),
  );

  api.get(
    '/price-lists/:id/categories',
    {
      schema: {
        summary: "The categories a list's items name, each once, for a filter",
        tags: TAGS,
        params: PriceListIdParamsSchema,
        response: { 200: PriceItemCategoriesSchema, ...problems },
      },
    },
    async (request) => ({
      categories: await listPriceListCategories(
        database,
        requirePrincipal(request),
        request.params.id,
      ),
    }),
  );

  api.post(
    '/price-lists/:id/items',
    {
      schema: {
        summary: 'Add an item to an own list',
        tags: TAGS,
        params: PriceListIdParamsSchema,
        body: PriceItemSchema,
        response: { 201: PriceItemSchema, ...problems },
      },
    },
    async (request, reply) => {
      const item = await addPriceItem(
        database,
        requirePrincipal(request),
        request.params.id,
        request.body,
      );
      return reply.code(201).send(item);
    },
  );

  api.get(
    '/price-lists/:id/items/:code',
    {
      schema: {
        summary: 'One item of a list',
        tags: TAGS,
        params: PriceItemParamsSchema,
        response: { 200: PriceItemSchema, ...problems },
      },
    },
    async (request) =>
      getPriceItem(database, requirePrincipal(request), request.params.id, request.params.code),
  );

  api.put(
    '/price-lists/:id/items/:code',
    {
      schema: {
        summary: 'Replace an item of an own list (its code stays)',
        tags: TAGS,
        params: PriceItemParamsSchema,
        body: PriceItemSchema,
        response: { 200: PriceItemSchema, ...problems },
      },
    },
    async (request) =>
      replacePriceItem(
        database,
        requirePrincipal(request),
        request.params.id,
        request.params.code,
        request.body,
      ),
  );

  api.delete(
    '/price-lists/:id/items/:code',
    {
      schema: {
        summary: 'Delete an item; refused while receipts priced from this list use it',
        description: 'The 409 names those cases in `cases` (their codes).',
        tags: TAGS,
        params: PriceItemParamsSchema,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      await deletePriceItem(
        database,
        requirePrincipal(request),
        request.params.id,
        request.params.code,
      );
      return reply.code(204).send(null);
    },
  );
}
