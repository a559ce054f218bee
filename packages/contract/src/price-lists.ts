import { PriceItemSchema } from '@kassabon/engine';
import { z } from 'zod';
import { PageQuerySchema, pageOf } from './paging.ts';
import { ProblemSchema } from './problem.ts';

/** The media types of a price-list file, as an import takes it and an export sends it. */
export const CSV_CONTENT_TYPE = 'text/csv';
export const XLSX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `own`: an organisation's list (id a UUID); `reference`: shipped with Kassabon (id its code). */
export const PriceListKindSchema = z.enum(['own', 'reference']);
export type PriceListKind = z.infer<typeof PriceListKindSchema>;

const year = () => z.int().min(1900).max(2200);

/** One price list as the API shows it. */
export const PriceListSchema = z.object({
  id: z.string(),
  kind: PriceListKindSchema,
  name: z.string().nullable(),
  year: year(),
  /** Null for a shipped list. */
  version: z.int().nullable(),
  /** One list is active: an own one, or the shipped one when no own list is. */
  active: z.boolean(),
  itemCount: z.int(),
  /** ISO 8601; null for a shipped list. */
  createdAt: z.string().nullable(),
});
export type PriceList = z.infer<typeof PriceListSchema>;

export const PriceListListSchema = z.object({ items: z.array(PriceListSchema) });
export type PriceListList = z.infer<typeof PriceListListSchema>;

/** An own list's id (a UUID) or a shipped list's code. */
export const PriceListIdParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });
export const PriceItemParamsSchema = z.strictObject({
  id: z.string().min(1).max(100),
  code: z.string().min(1).max(100),
});

const name = () => z.string().trim().min(1).max(200);

export const CreatePriceListRequestSchema = z.strictObject({
  name: name(),
  year: year(),
  /** Copy the items of this list: an own list's id or a shipped list's code. */
  copyFrom: z.string().min(1).max(100).optional(),
});
export type CreatePriceListRequest = z.infer<typeof CreatePriceListRequestSchema>;

export const UpdatePriceListRequestSchema = z
  .strictObject({ name: name().optional(), year: year().optional() })
  .refine((body) => body.name !== undefined || body.year !== undefined, {
    error: 'give a name, a year or both',
  });
export type UpdatePriceListRequest = z.infer<typeof UpdatePriceListRequestSchema>;

/** `?q=ggz&category=&limit=&offset=`: `q` matches every word in code, name, nameEn or category. */
export const PriceItemQuerySchema = z.strictObject({
  ...PageQuerySchema.shape,
  q: z.string().max(200).optional(),
  category: z.string().max(100).optional(),
});
export type PriceItemQuery = z.infer<typeof PriceItemQuerySchema>;

export const PriceItemPageSchema = pageOf(PriceItemSchema);
export type PriceItemPage = z.infer<typeof PriceItemPageSchema>;

/** The categories a list's items name, each once, for a filter. */
export const PriceItemCategoriesSchema = z.object({ categories: z.array(z.string()) });
export type PriceItemCategories = z.infer<typeof PriceItemCategoriesSchema>;

/** The 409 of deleting a list or an item that cases are priced from: those cases' codes. */
export const PriceListInUseProblemSchema = ProblemSchema.extend({ cases: z.array(z.string()) });
export type PriceListInUseProblem = z.infer<typeof PriceListInUseProblemSchema>;

/** `?name=&year=` of an import; the body is the CSV or XLSX file. */
export const ImportPriceListQuerySchema = z.strictObject({
  name: name(),
  year: z.coerce.number().pipe(year()),
});
export type ImportPriceListQuery = z.infer<typeof ImportPriceListQuerySchema>;

export const ExportPriceListQuerySchema = z.strictObject({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  /** CSV only: `semicolon` writes `;` and decimal commas, as Dutch Excel reads them. */
  separator: z.enum(['comma', 'semicolon']).default('comma'),
});
export type ExportPriceListQuery = z.infer<typeof ExportPriceListQuerySchema>;

/**
 * Index a list's prices to `toYear`: by `percentPerYear` from each item's price year, or by
 * one `factor` for every item. The result is a new version of the list.
 */
export const IndexPriceListRequestSchema = z.union([
  z.strictObject({
    toYear: year(),
    percentPerYear: z.number().gt(-100).max(100),
  }),
  z.strictObject({ toYear: year(), factor: z.number().gt(0).max(100) }),
]);
export type IndexPriceListRequest = z.infer<typeof IndexPriceListRequestSchema>;
