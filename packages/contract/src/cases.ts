import {
  APPROACH_USES,
  CASE_KINDS,
  CASE_STATUSES,
  CaseSchema,
  ParticipantSchema,
} from '@kassabon/engine';
import { z } from 'zod';
import { PageQuerySchema, pageOf } from './paging.ts';
import { ProblemSchema } from './problem.ts';

/**
 * A case as the API reads and writes it: the case of the case file (PRODUCT.md section 6,
 * with the whole case record) plus what belongs to this deployment only: the user account a
 * participant is linked to, the version for optimistic concurrency, and the price lists the
 * case is priced from.
 */

export const CaseParticipantSchema = ParticipantSchema.extend({
  /** The user account of a professional who takes part: they then see this case. */
  userId: z.uuid().nullable().optional(),
});
export type CaseParticipant = z.infer<typeof CaseParticipantSchema>;

export const PricingSchema = z.object({
  /** The organisation's own price list, if any; its items win over the reference list's. */
  priceListId: z.uuid().nullable(),
  /** The code of a shipped price list, if any (see GET /price-lists). */
  referencePriceList: z.string().nullable(),
});
export type Pricing = z.infer<typeof PricingSchema>;

export const CaseDocumentSchema = CaseSchema.extend({
  participants: z.array(CaseParticipantSchema).optional(),
});
export type CaseDocument = z.infer<typeof CaseDocumentSchema>;

/** The body of POST /cases and PUT /cases/{code}. */
export const CaseWriteSchema = CaseDocumentSchema.extend({
  /** PUT: the version you read; a write over a newer version is refused (409). */
  version: z.number().int().min(1).optional(),
  /** POST: defaults to the organisation's active list over the default reference list. */
  pricing: PricingSchema.partial().optional(),
});
export type CaseWrite = z.infer<typeof CaseWriteSchema>;

/** What GET /cases/{code} and every write of a case answer. */
export const CaseReadSchema = CaseDocumentSchema.extend({
  version: z.number().int(),
  updatedAt: z.string(),
  pricing: PricingSchema,
});
export type CaseRead = z.infer<typeof CaseReadSchema>;

export const CASE_SORTS = ['code', 'updated', 'savings'] as const;

const date = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date YYYY-MM-DD' });

/** The filters of the case list and of the portfolio. */
export const CaseFilterSchema = z.object({
  q: z.string().max(200).optional(),
  status: z.enum(CASE_STATUSES).optional(),
  kind: z.enum(CASE_KINDS).optional(),
  approachUse: z.enum(APPROACH_USES).optional(),
  team: z.string().max(100).optional(),
  /** A period: cases that started on or before `to` and had not ended before `from`. */
  from: date().optional(),
  to: date().optional(),
});
export type CaseFilter = z.infer<typeof CaseFilterSchema>;

export const CaseListQuerySchema = z.strictObject({
  ...CaseFilterSchema.shape,
  ...PageQuerySchema.shape,
  sort: z.enum(CASE_SORTS).default('code'),
});
export type CaseListQuery = z.infer<typeof CaseListQuerySchema>;

export const CaseSummarySchema = z.object({
  code: z.string(),
  title: z.string().nullable(),
  kind: z.enum(CASE_KINDS).nullable(),
  status: z.enum(CASE_STATUSES),
  team: z.string().nullable(),
  approachUse: z.enum(APPROACH_USES).nullable(),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
  /** Annual savings against "without" (and "before"); null where a scenario is missing. */
  savingsVsWithout: z.number().nullable(),
  savingsVsBefore: z.number().nullable(),
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

export const CaseListSchema = pageOf(CaseSummarySchema);
export type CaseList = z.infer<typeof CaseListSchema>;

/** The lists inside a case that have their own routes: /cases/{code}/{collection}. */
export const CASE_COLLECTIONS = [
  'participants',
  'meetings',
  'interviews',
  'barriers',
  'effects',
  'scenarios',
  'ratings',
  'wellbeing',
] as const;
export type CaseCollection = (typeof CASE_COLLECTIONS)[number];

export const MemberSchema = z.object({
  userId: z.string(),
  email: z.string(),
  role: z.enum(['admin', 'analyst', 'professional', 'viewer']),
});
export type Member = z.infer<typeof MemberSchema>;

/**
 * Why a write of a case was refused with 409: another write came first (`stale-version`: load
 * the case again), or a new or changed code is another case's (`code-taken`: its `errors` name
 * the field `code`).
 */
export const CASE_CONFLICTS = ['stale-version', 'code-taken'] as const;

export const CaseConflictProblemSchema = ProblemSchema.extend({
  conflict: z.enum(CASE_CONFLICTS),
  /** stale-version: the version the write named, and the version the case is at now. */
  readVersion: z.number().int().optional(),
  currentVersion: z.number().int().optional(),
});
export type CaseConflictProblem = z.infer<typeof CaseConflictProblemSchema>;
