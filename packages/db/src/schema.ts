import {
  APPROACH_USES,
  type ApproachUse,
  BARRIER_KINDS,
  CASE_KINDS,
  CASE_STATUSES,
  type CaseAnalysis,
  type CaseStatus,
  CONFIDENCES,
  DEFAULT_REFERENCE_PRICE_LIST_CODE,
  type LifeDomain,
  type MonitorEntry,
  NOT_INTERVIEWED_REASONS,
  PARTICIPANT_ROLES,
  type PortfolioEntry,
  type Quote,
  RATING_ROLES,
  SCENARIO_KINDS,
  UNITS,
  WELLBEING_MOMENTS,
} from '@kassabon/engine';
import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  json,
  jsonb,
  type PgColumn,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * The database schema (ADR 005). Every tenant table leads with `organisation_id`, in its
 * primary key, its indexes and its foreign keys, so a national deployment can distribute the
 * tables by organisation (Citus) without a schema change. `organisations`, `users`,
 * `sessions`, `setup_links` and `api_tokens` are looked up before the organisation is known
 * and are small: on Citus they stay reference tables.
 *
 * Money is euros in `double precision` (ADR 002). Fields that are optional in the case file
 * are nullable here, booleans included, so an export gives back what was imported: absent
 * stays absent.
 */

export const ROLES = ['admin', 'analyst', 'professional', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export type { ApproachUse, CaseStatus, Quote };

/** The case file's Assumptions, kept as given (absent keys stay absent). */
export type StoredAssumptions = {
  horizonYears?: number;
  dropOff?: number;
  attribution?: number;
  discountRate?: number;
  discountFirstYear?: boolean;
};

/** `column in ('a', 'b')` for a check constraint; the values are our own constants. */
function isOneOf(column: PgColumn, values: readonly string[]): SQL {
  const list = values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ');
  return sql`${column} in (${sql.raw(list)})`;
}

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const organisationId = () =>
  uuid('organisation_id')
    .notNull()
    .references(() => organisations.id);

// Global tables -----------------------------------------------------------------------------

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  createdAt: createdAt(),
});

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Lower-cased by the repository; the check keeps it so. */
    email: text('email').notNull().unique(),
    /** Null until the user has set a password through a setup link. */
    passwordHash: text('password_hash'),
    createdAt: createdAt(),
  },
  (t) => [check('users_email_lower_case', sql`${t.email} = lower(${t.email})`)],
);

export const memberships = pgTable(
  'memberships',
  {
    organisationId: organisationId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<Role>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.userId] }),
    index('memberships_user_id').on(t.userId),
    check('memberships_role', isOneOf(t.role, ROLES)),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_id').on(t.userId)],
);

export const setupLinks = pgTable(
  'setup_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('setup_links_user_id').on(t.userId)],
);

/** Looked up by hash before the organisation is known: a reference table on Citus. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    organisationId: organisationId(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    role: text('role').$type<Role>().notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    check('api_tokens_role', isOneOf(t.role, ROLES)),
  ],
);

// Price lists -------------------------------------------------------------------------------

/**
 * An organisation's own price lists, versioned by name. The lists shipped with Kassabon are
 * not stored: they are the engine's REFERENCE_PRICE_LISTS, named by code.
 */
export const priceLists = pgTable(
  'price_lists',
  {
    organisationId: organisationId(),
    id: uuid('id').notNull().defaultRandom(),
    /** Null where an imported case file's list had no name. */
    name: text('name'),
    year: integer('year').notNull(),
    version: integer('version').notNull(),
    active: boolean('active').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    unique('price_lists_name_version').on(t.organisationId, t.name, t.version).nullsNotDistinct(),
    uniqueIndex('price_lists_one_active').on(t.organisationId).where(sql`${t.active}`),
  ],
);

export const priceItems = pgTable(
  'price_items',
  {
    organisationId: uuid('organisation_id').notNull(),
    priceListId: uuid('price_list_id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    unit: text('unit').$type<(typeof UNITS)[number]>().notNull(),
    unitPrice: doublePrecision('unit_price').notNull(),
    financier: text('financier').notNull(),
    category: text('category'),
    source: text('source'),
    priceYear: integer('price_year'),
    confidence: text('confidence').$type<(typeof CONFIDENCES)[number]>(),
    transfer: boolean('transfer'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.priceListId, t.code] }),
    foreignKey({
      name: 'price_items_price_list',
      columns: [t.organisationId, t.priceListId],
      foreignColumns: [priceLists.organisationId, priceLists.id],
    }).onDelete('cascade'),
    check('price_items_unit', isOneOf(t.unit, UNITS)),
    check('price_items_confidence', isOneOf(t.confidence, CONFIDENCES)),
    check('price_items_unit_price', sql`${t.unitPrice} >= 0`),
  ],
);

// Cases ---------------------------------------------------------------------------------------

export const cases = pgTable(
  'cases',
  {
    organisationId: organisationId(),
    id: uuid('id').notNull().defaultRandom(),
    code: text('code').notNull(),
    title: text('title'),
    kind: text('kind').$type<(typeof CASE_KINDS)[number]>(),
    status: text('status').$type<CaseStatus>().notNull().default('open'),
    team: text('team'),
    startedOn: date('started_on'),
    endedOn: date('ended_on'),
    /** jsonb rather than text[], so bulk inserts can send it as one parameter (insert-rows.ts). */
    lifeDomains: jsonb('life_domains').$type<LifeDomain[]>().notNull().default(sql`'[]'::jsonb`),
    /** How the case came in (e.g. "via the MDO table", "signal from the housing corporation"). */
    referral: text('referral'),
    referredBy: text('referred_by'),
    approachUse: text('approach_use').$type<ApproachUse>(),
    // Narrative sections; free text, so personal data may slip in (PRODUCT.md 4.9).
    situation: text('situation'),
    actions: text('actions'),
    outcome: text('outcome'),
    planWants: text('plan_wants'),
    planCan: text('plan_can'),
    planNeeds: text('plan_needs'),
    assumptions: jsonb('assumptions').$type<StoredAssumptions>(),
    /** The organisation's own list this case is priced from, if any. */
    priceListId: uuid('price_list_id'),
    /**
     * The shipped list this case is priced from: alone, or under its own list (whose items
     * take precedence), exactly as a case file's `priceList` and `referencePriceList`.
     */
    referencePriceList: text('reference_price_list').default(DEFAULT_REFERENCE_PRICE_LIST_CODE),
    /** Optimistic concurrency: an update names the version it read and increments it. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    unique('cases_code').on(t.organisationId, t.code),
    // The cases priced from a list: checked before a list or one of its items is deleted.
    index('cases_price_list').on(t.organisationId, t.priceListId),
    foreignKey({
      name: 'cases_price_list',
      columns: [t.organisationId, t.priceListId],
      foreignColumns: [priceLists.organisationId, priceLists.id],
    }),
    check('cases_kind', isOneOf(t.kind, CASE_KINDS)),
    check('cases_status', isOneOf(t.status, CASE_STATUSES)),
    check('cases_approach_use', isOneOf(t.approachUse, APPROACH_USES)),
  ],
);

/** The composite foreign key from a child table to its case, deleted with it. */
function caseReference(
  name: string,
  columns: { organisationId: AnyPgColumn; caseId: AnyPgColumn },
) {
  return foreignKey({
    name,
    columns: [columns.organisationId, columns.caseId],
    foreignColumns: [cases.organisationId, cases.id],
  }).onDelete('cascade');
}

export const participants = pgTable(
  'participants',
  {
    organisationId: uuid('organisation_id').notNull(),
    caseId: uuid('case_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    /** The participant's place in its case, from 0. */
    position: integer('position').notNull().default(0),
    /** Pseudonymous, e.g. "R1" or "P3". */
    code: text('code').notNull(),
    role: text('role').$type<(typeof PARTICIPANT_ROLES)[number]>().notNull(),
    organisationName: text('organisation_name'),
    interviewed: boolean('interviewed'),
    notInterviewedReason:
      text('not_interviewed_reason').$type<(typeof NOT_INTERVIEWED_REASONS)[number]>(),
    /**
     * The user account of a professional who takes part: a professional sees the cases they
     * take part in (PRODUCT.md 4.9). Not in the case file: accounts belong to one deployment.
     */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    unique('participants_code').on(t.organisationId, t.caseId, t.code),
    index('participants_user').on(t.organisationId, t.userId),
    caseReference('participants_case', t),
    check('participants_role', isOneOf(t.role, PARTICIPANT_ROLES)),
    check(
      'participants_not_interviewed_reason',
      isOneOf(t.notInterviewedReason, NOT_INTERVIEWED_REASONS),
    ),
  ],
);

/** A multidisciplinary meeting (MDO); its cost is attendees × hours × hourly rate. */
export const meetings = pgTable(
  'meetings',
  {
    organisationId: uuid('organisation_id').notNull(),
    caseId: uuid('case_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    position: integer('position').notNull().default(0),
    heldOn: date('held_on'),
    hours: doublePrecision('hours').notNull(),
    hourlyRate: doublePrecision('hourly_rate'),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('meetings_case').on(t.organisationId, t.caseId),
    caseReference('meetings_case', t),
    check('meetings_hours', sql`${t.hours} >= 0`),
    check('meetings_hourly_rate', sql`${t.hourlyRate} >= 0`),
  ],
);

export const meetingAttendees = pgTable(
  'meeting_attendees',
  {
    organisationId: uuid('organisation_id').notNull(),
    meetingId: uuid('meeting_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    /** The attendee's place in the meeting's list, from 0. */
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.meetingId, t.participantId] }),
    index('meeting_attendees_participant').on(t.organisationId, t.participantId),
    foreignKey({
      name: 'meeting_attendees_meeting',
      columns: [t.organisationId, t.meetingId],
      foreignColumns: [meetings.organisationId, meetings.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'meeting_attendees_participant',
      columns: [t.organisationId, t.participantId],
      foreignColumns: [participants.organisationId, participants.id],
    }).onDelete('cascade'),
  ],
);

export const interviews = pgTable(
  'interviews',
  {
    organisationId: uuid('organisation_id').notNull(),
    caseId: uuid('case_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    /**
     * The participant interviewed, if recorded. The foreign key has no ON DELETE action
     * (SET NULL would also clear organisation_id): unlink interviews before deleting a
     * participant. Deleting the whole case works, as both cascade in one statement.
     */
    participantId: uuid('participant_id'),
    position: integer('position').notNull().default(0),
    heldOn: date('held_on'),
    role: text('role').$type<(typeof PARTICIPANT_ROLES)[number]>().notNull(),
    rating: doublePrecision('rating'),
    experience: text('experience'),
    roleBefore: text('role_before'),
    roleAfter: text('role_after'),
    quotes: jsonb('quotes').$type<Quote[]>().notNull().default(sql`'[]'::jsonb`),
    improvementPoints: jsonb('improvement_points')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('interviews_case').on(t.organisationId, t.caseId),
    caseReference('interviews_case', t),
    foreignKey({
      name: 'interviews_participant',
      columns: [t.organisationId, t.participantId],
      foreignColumns: [participants.organisationId, participants.id],
    }),
    check('interviews_role', isOneOf(t.role, PARTICIPANT_ROLES)),
    check('interviews_rating', sql`${t.rating} between 1 and 10`),
  ],
);

/** What rule, budget or purchase gap blocked help (e.g. "not purchased", urgency rules). */
export const barriers = pgTable(
  'barriers',
  {
    organisationId: uuid('organisation_id').notNull(),
    caseId: uuid('case_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    position: integer('position').notNull().default(0),
    kind: text('kind').$type<(typeof BARRIER_KINDS)[number]>().notNull(),
    description: text('description'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('barriers_case').on(t.organisationId, t.caseId),
    caseReference('barriers_case', t),
    check('barriers_kind', isOneOf(t.kind, BARRIER_KINDS)),
  ],
);

export const scenarios = pgTable(
  'scenarios',
  {
    organisationId: uuid('organisation_id').notNull(),
    caseId: uuid('case_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    /** The scenario's place in its case, from 0. */
    position: integer('position').notNull(),
    kind: text('kind').$type<(typeof SCENARIO_KINDS)[number]>().notNull(),
    date: date('date'),
    statedTotal: doublePrecision('stated_total'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex('scenarios_case_position').on(t.organisationId, t.caseId, t.position),
    // "before", "with" and "without" occur at most once per case (PRODUCT.md section 6).
    uniqueIndex('scenarios_case_kind')
      .on(t.organisationId, t.caseId, t.kind)
      .where(sql`${t.kind} <> 'followup'`),
    caseReference('scenarios_case', t),
    check('scenarios_kind', isOneOf(t.kind, SCENARIO_KINDS)),
  ],
);

/** One line of a receipt. Its flags are nullable so that an absent flag stays absent. */
export const lines = pgTable(
  'lines',
  {
    organisationId: uuid('organisation_id').notNull(),
    scenarioId: uuid('scenario_id').notNull(),
    /** The line's place in its scenario, from 0. */
    position: integer('position').notNull(),
    itemCode: text('item_code'),
    quantity: doublePrecision('quantity'),
    label: text('label'),
    amount: doublePrecision('amount'),
    financier: text('financier'),
    oneOff: boolean('one_off'),
    investment: boolean('investment'),
    probability: doublePrecision('probability'),
    confidence: text('confidence').$type<(typeof CONFIDENCES)[number]>(),
    transfer: boolean('transfer'),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.scenarioId, t.position] }),
    foreignKey({
      name: 'lines_scenario',
      columns: [t.organisationId, t.scenarioId],
      foreignColumns: [scenarios.organisationId, scenarios.id],
    }).onDelete('cascade'),
    // Priced (item + quantity) or free (label + amount + financier), as in the case file.
    check(
      'lines_priced_or_free',
      sql`(${t.itemCode} is not null and ${t.quantity} is not null and ${t.amount} is null) or (${t.itemCode} is null and ${t.quantity} is null and ${t.amount} is not null and ${t.label} is not null and ${t.financier} is not null)`,
    ),
    check('lines_probability', sql`${t.probability} between 0 and 1`),
    check('lines_confidence', isOneOf(t.confidence, CONFIDENCES)),
  ],
);

export const ratings = pgTable(
  'ratings',
  {
    organisationId: uuid('organisation_id').notNull(),
    caseId: uuid('case_id').notNull(),
    position: integer('position').notNull(),
    role: text('role').$type<(typeof RATING_ROLES)[number]>().notNull(),
    score: doublePrecision('score').notNull(),
    participant: text('participant'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.caseId, t.position] }),
    caseReference('ratings_case', t),
    check('ratings_role', isOneOf(t.role, RATING_ROLES)),
    check('ratings_score', sql`${t.score} between 1 and 10`),
  ],
);

export const wellbeing = pgTable(
  'wellbeing',
  {
    organisationId: uuid('organisation_id').notNull(),
    caseId: uuid('case_id').notNull(),
    position: integer('position').notNull(),
    participant: text('participant').notNull(),
    moment: text('moment').$type<(typeof WELLBEING_MOMENTS)[number]>().notNull(),
    score: doublePrecision('score').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.caseId, t.position] }),
    caseReference('wellbeing_case', t),
    check('wellbeing_moment', isOneOf(t.moment, WELLBEING_MOMENTS)),
    check('wellbeing_score', sql`${t.score} between 0 and 10`),
  ],
);

/** Non-monetary effects (self-reliance, participation, safety, ...) as a checklist. */
export const effects = pgTable(
  'effects',
  {
    organisationId: uuid('organisation_id').notNull(),
    caseId: uuid('case_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    position: integer('position').notNull().default(0),
    effect: text('effect').notNull(),
    achieved: boolean('achieved'),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('effects_case').on(t.organisationId, t.caseId),
    caseReference('effects_case', t),
  ],
);

// Stored analyses ----------------------------------------------------------------------------

/**
 * Each case's analysis as the engine last computed it, written in the transaction that
 * changes the case, so that lists sort by savings and the portfolio of many cases adds up
 * small per-case entries instead of analysing every case again. A row whose
 * `engine_version` is not the engine's ANALYSIS_VERSION, or a missing row (a price list
 * changed), is computed again before it is read. Computed, never typed.
 */
export const caseAnalyses = pgTable(
  'case_analyses',
  {
    organisationId: uuid('organisation_id').notNull(),
    caseId: uuid('case_id').notNull(),
    engineVersion: integer('engine_version').notNull(),
    savingsVsWithout: doublePrecision('savings_vs_without'),
    savingsVsBefore: doublePrecision('savings_vs_before'),
    /** `json`, not `jsonb`: it keeps the engine's key order, so the API answers as the CLI. */
    analysis: json('analysis').$type<CaseAnalysis>().notNull(),
    portfolioEntry: jsonb('portfolio_entry').$type<PortfolioEntry>().notNull(),
    monitorEntry: jsonb('monitor_entry').$type<MonitorEntry>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.caseId] }),
    caseReference('case_analyses_case', t),
  ],
);

// Audit log -----------------------------------------------------------------------------------

/**
 * Append-only: migration 0001 adds triggers that refuse UPDATE, DELETE and TRUNCATE.
 * organisation_id is null for global actions (creating an organisation or a user).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    organisationId: uuid('organisation_id').references(() => organisations.id),
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** Who: e.g. "user:<uuid>", "token:<uuid>", "cli". */
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    changes: jsonb('changes'),
  },
  (t) => [index('audit_log_organisation_at').on(t.organisationId, t.at)],
);
