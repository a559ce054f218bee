import {
  type CaseCollection,
  type CaseRead,
  type CaseSummary,
  CaseWriteSchema,
  type Page,
  type Pricing,
  PricingSchema,
} from '@kassabon/contract';
import {
  ConflictError,
  createCase as createCaseRows,
  type Database,
  deleteCase as deleteCaseRows,
  findActivePriceListId,
  type LoadedCase,
  listCases,
  listMembers,
  listTeams,
  loadCase,
  StaleVersionError,
  type StoredCaseWrite,
  updateCase,
} from '@kassabon/db';
import {
  ANALYSIS_VERSION,
  type Case,
  createPriceIndex,
  DEFAULT_REFERENCE_PRICE_LIST_CODE,
  formatPath,
  type Issue,
  sortIssues,
  unknownFields,
  validateCaseFile,
} from '@kassabon/engine';
import { z } from 'zod';
import { type CaseFilter, readableCases } from './case-access.ts';
import { analysisOfCase, ensureAnalyses, priceContextOf } from './case-analysis.ts';
import { changedPaths } from './changed-paths.ts';
import { conflict, invalid, notFound } from './errors.ts';
import { applyMergePatch } from './merge-patch.ts';
import { CASE_WRITERS, type Principal, requireRole } from './principal.ts';

/**
 * Cases one at a time: read, create, replace, patch, delete, and the lists inside a case.
 * Every write goes through writeCase: the whole case is validated by the engine's rules (so
 * the API refuses what an import would refuse, with the same messages), analysed, and stored
 * with its analysis in one transaction, guarded by the version the writer read.
 */

/** Roles that may change a case they can read: a professional edits the cases they are in. */
const CASE_EDITORS = [...CASE_WRITERS, 'professional'] as const;

export type CaseListOptions = CaseFilter & {
  sort: 'code' | 'updated' | 'savings';
  limit: number;
  offset: number;
};

/** A page of the cases the principal may read, with their savings. */
export async function listCaseSummaries(
  database: Database,
  principal: Principal,
  options: CaseListOptions,
): Promise<Page<CaseSummary>> {
  const { sort, limit, offset, ...filter } = options;
  const selection = readableCases(principal, filter);
  await ensureAnalyses(database, selection);
  const page = await listCases(database.db, { ...selection, sort, limit, offset });
  return {
    items: page.items.map((item) => ({ ...item, updatedAt: item.updatedAt.toISOString() })),
    total: page.total,
    limit,
    offset,
  };
}

/** The teams named on the organisation's cases, for a filter. */
export async function listCaseTeams(database: Database, principal: Principal): Promise<string[]> {
  readableCases(principal);
  return listTeams(database.db, principal.organisationId);
}

export async function getCase(
  database: Database,
  principal: Principal,
  code: string,
): Promise<CaseRead> {
  return toCaseRead(await findReadable(database, principal, code));
}

/**
 * Creates a case. Unless the body says otherwise it is priced from the organisation's active
 * price list over the default reference list. A professional who creates a case takes part
 * in it (and so keeps seeing it).
 */
export async function createCase(
  database: Database,
  principal: Principal,
  body: unknown,
): Promise<CaseRead> {
  requireRole(principal, ...CASE_EDITORS);
  const input = readCaseWrite(body);
  const pricing: Pricing = {
    priceListId:
      input.pricing.priceListId !== undefined
        ? input.pricing.priceListId
        : ((await findActivePriceListId(database.db, principal.organisationId)) ?? null),
    referencePriceList:
      input.pricing.referencePriceList !== undefined
        ? input.pricing.referencePriceList
        : DEFAULT_REFERENCE_PRICE_LIST_CODE,
  };
  const document =
    principal.role === 'professional' ? withParticipant(input.document, principal) : input.document;
  const prepared = await prepareWrite(
    database,
    principal,
    document,
    pricing,
    new Set(principal.userId === null ? [] : [principal.userId]),
  );
  await createCaseRows(database.db, { ...prepared, pricing }).catch(asConflict);
  return getCase(database, principal, prepared.caseRecord.code);
}

/** Replaces a case whole (PUT). The body names the version it read. */
export async function replaceCase(
  database: Database,
  principal: Principal,
  code: string,
  body: unknown,
): Promise<CaseRead> {
  requireRole(principal, ...CASE_EDITORS);
  const current = await findReadable(database, principal, code);
  const input = readCaseWrite(body);
  if (input.version === undefined)
    throw invalid('say which version of the case you changed', [
      { path: 'version', message: 'is required: the version you read' },
    ]);
  const pricing: Pricing = {
    priceListId: input.pricing.priceListId ?? current.row.priceListId,
    referencePriceList:
      input.pricing.referencePriceList !== undefined
        ? input.pricing.referencePriceList
        : current.row.referencePriceList,
  };
  return writeCase(database, principal, current, input.document, input.version, pricing);
}

/**
 * Changes part of a case (PATCH) with a JSON merge patch (RFC 7396) of its document: fields
 * given replace those of the case, `null` removes one, lists are replaced whole. The patch
 * names the version it read.
 */
export async function patchCase(
  database: Database,
  principal: Principal,
  code: string,
  patch: unknown,
): Promise<CaseRead> {
  requireRole(principal, ...CASE_EDITORS);
  const current = await findReadable(database, principal, code);
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch))
    throw invalid('a patch is an object of the fields to change', [
      { path: '', message: 'must be an object' },
    ]);
  const { version, ...changes } = patch as Record<string, unknown>;
  if (typeof version !== 'number')
    throw invalid('say which version of the case you changed', [
      { path: 'version', message: 'is required: the version you read' },
    ]);
  const { version: _version, updatedAt: _updatedAt, ...document } = toCaseRead(current);
  return replaceCase(database, principal, code, {
    ...(applyMergePatch(document, changes) as object),
    version,
  });
}

/** Deletes a case and everything in it: the erasure of a case (PRODUCT.md 4.9). */
export async function deleteCase(
  database: Database,
  principal: Principal,
  code: string,
): Promise<void> {
  requireRole(principal, ...CASE_WRITERS);
  const deleted = await deleteCaseRows(database.db, {
    organisationId: principal.organisationId,
    code,
    actor: principal.actor,
  });
  if (!deleted) throw notFound(`case "${code}"`);
}

// The lists inside a case ------------------------------------------------------------------------

/** A list inside a case: one of its collections, or the lines of one of its scenarios. */
export type CollectionPath = { collection: CaseCollection } | { lines: number };

export async function listItems(
  database: Database,
  principal: Principal,
  code: string,
  path: CollectionPath,
): Promise<{ items: unknown[]; version: number }> {
  const current = toCaseRead(await findReadable(database, principal, code));
  return { items: itemsAt(current, path), version: current.version };
}

export async function getItem(
  database: Database,
  principal: Principal,
  code: string,
  path: CollectionPath,
  index: number,
): Promise<{ item: unknown; version: number }> {
  const current = toCaseRead(await findReadable(database, principal, code));
  return { item: itemAt(itemsAt(current, path), index, path), version: current.version };
}

/** The outcome of a change to a list inside a case. */
export type ItemWrite = { item: unknown; index: number; version: number };

/**
 * Adds, replaces (`index`) or removes (`item` undefined) one entry of a list inside a case.
 * `expectedVersion`, where given (If-Match), guards against a change made since it was read.
 */
export async function changeItem(
  database: Database,
  principal: Principal,
  code: string,
  path: CollectionPath,
  change: { index?: number; item?: unknown; expectedVersion?: number },
): Promise<ItemWrite> {
  requireRole(principal, ...CASE_EDITORS);
  const loaded = await findReadable(database, principal, code);
  const read = toCaseRead(loaded);
  const items = [...itemsAt(read, path)];
  const { version, updatedAt: _updatedAt, pricing, ...document } = read;
  let index: number;
  if (change.index === undefined) {
    index = items.length;
    items.push(change.item);
  } else {
    itemAt(items, change.index, path);
    index = change.index;
    if (change.item === undefined) items.splice(index, 1);
    else items[index] = change.item;
  }
  const next = withItems(document, path, items);
  const written = await writeCase(
    database,
    principal,
    loaded,
    next,
    change.expectedVersion ?? version,
    pricing,
  );
  return {
    item: change.item === undefined ? null : itemAt(itemsAt(written, path), index, path),
    index,
    version: written.version,
  };
}

function itemsAt(document: CaseRead, path: CollectionPath): unknown[] {
  if ('collection' in path) return (document[path.collection] as unknown[] | undefined) ?? [];
  const scenario = document.scenarios[path.lines];
  if (!scenario) throw notFound(`scenario ${path.lines} of case "${document.code}"`);
  return scenario.lines;
}

function itemAt(items: unknown[], index: number, path: CollectionPath): unknown {
  if (!Number.isInteger(index) || index < 0 || index >= items.length)
    throw notFound(
      `${'collection' in path ? path.collection : 'lines'}[${index}] (there are ${items.length})`,
    );
  return items[index];
}

function withItems(
  document: Omit<CaseRead, 'version' | 'updatedAt' | 'pricing'>,
  path: CollectionPath,
  items: unknown[],
): unknown {
  if ('collection' in path) return { ...document, [path.collection]: items };
  return {
    ...document,
    scenarios: document.scenarios.map((scenario, index) =>
      index === path.lines ? { ...scenario, lines: items } : scenario,
    ),
  };
}

// Reading and writing one case -------------------------------------------------------------------

async function findReadable(
  database: Database,
  principal: Principal,
  code: string,
): Promise<LoadedCase> {
  const found = await loadCase(database.db, { ...readableCases(principal), code });
  if (!found) throw notFound(`case "${code}"`);
  return found;
}

function toCaseRead(loaded: LoadedCase): CaseRead {
  const { caseRecord, row, userIds } = loaded;
  return {
    ...caseRecord,
    ...(caseRecord.participants
      ? {
          participants: caseRecord.participants.map((participant) => ({
            ...participant,
            userId: userIds.get(participant.code) ?? null,
          })),
        }
      : {}),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    pricing: { priceListId: row.priceListId, referencePriceList: row.referencePriceList },
  };
}

/** What a user changes of a case: all but its version and time of change. */
function contentOf(loaded: LoadedCase) {
  const { version: _version, updatedAt: _updatedAt, ...content } = toCaseRead(loaded);
  return content;
}

/** Validates, analyses and stores a new version of a case; answers with what was stored. */
async function writeCase(
  database: Database,
  principal: Principal,
  current: LoadedCase,
  document: unknown,
  expectedVersion: number,
  pricing: Pricing,
): Promise<CaseRead> {
  const linked = new Set([...current.userIds.values()].filter((id) => id !== null));
  const prepared = await prepareWrite(database, principal, document, pricing, linked);
  const written = await updateCase(database.db, {
    ...prepared,
    code: current.row.code,
    expectedVersion,
    pricing,
    // Paths only, never values: free text may hold personal data, and the log is forever.
    describeChanges: (before, after) => changedPaths(contentOf(before), contentOf(after)),
  }).catch(asConflict);
  if (!written) throw notFound(`case "${current.row.code}"`);
  return getCase(database, principal, prepared.caseRecord.code);
}

type WriteInput = {
  document: Record<string, unknown>;
  version: number | undefined;
  pricing: Partial<Pricing>;
};

/** The parts of a write body that are not the case itself: checked here, with their paths. */
const WriteEnvelopeSchema = z.object({
  version: z.number().int().min(1).optional(),
  pricing: PricingSchema.partial().optional(),
  participants: z.array(z.object({ userId: z.uuid().nullable().optional() })).optional(),
});

/** Splits a write body into the case document and the rest, refusing unknown fields. */
function readCaseWrite(body: unknown): WriteInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw invalid('a case is an object', [{ path: '', message: 'must be an object' }]);
  const issues: Issue[] = unknownFields(CaseWriteSchema, body);
  const envelope = WriteEnvelopeSchema.safeParse(body);
  if (!envelope.success)
    issues.push(
      ...envelope.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
      })),
    );
  if (issues.length > 0) throw invalidCase(issues);
  const { version, pricing, ...document } = body as Record<string, unknown>;
  return {
    document,
    version: envelope.data?.version,
    pricing: envelope.data?.pricing ?? {},
  };
}

/**
 * Checks a case document with the engine's rules, priced from `pricing`, and analyses it.
 * Participants' user accounts must be members of the organisation. A link decides who sees the
 * case, so only admins and analysts make new ones: a professional may keep the accounts that
 * were `linked` (and take them off), never add one.
 */
async function prepareWrite(
  database: Database,
  principal: Principal,
  document: Record<string, unknown> | unknown,
  pricing: Pricing,
  linked: ReadonlySet<string>,
): Promise<StoredCaseWrite> {
  const userIds = new Map<string, string | null>();
  const issues: Issue[] = [];
  const raw = { ...(document as Record<string, unknown>) };
  if (Array.isArray(raw.participants)) {
    const members = new Set(
      (await listMembers(database.db, principal.organisationId)).map((member) => member.userId),
    );
    raw.participants = raw.participants.map((participant: unknown, index: number) => {
      if (typeof participant !== 'object' || participant === null) return participant;
      const { userId, ...rest } = participant as Record<string, unknown>;
      if (typeof userId === 'string') {
        if (!members.has(userId))
          issues.push({
            path: `participants[${index}].userId`,
            message: 'is not a member of this organisation',
          });
        else if (principal.role === 'professional' && !linked.has(userId))
          issues.push({
            path: `participants[${index}].userId`,
            message: 'only admins and analysts link a participant to a user account',
          });
        if (typeof rest.code === 'string') userIds.set(rest.code.trim(), userId);
      }
      return rest;
    });
  }
  const context = await priceContextOf(database.db, principal.organisationId, pricing);
  if (pricing.priceListId !== null && !context.priceList)
    issues.push({
      path: 'pricing.priceListId',
      message: 'is not a price list of this organisation',
    });
  const validated = validateCaseFile({ version: 1, ...context, cases: [raw] });
  if (!validated.ok)
    issues.push(
      ...validated.issues.map((issue) => ({
        path: issue.path.replace(/^cases\[0\]\.?/, ''),
        message: issue.message,
      })),
    );
  if (issues.length > 0 || !validated.ok) throw invalidCase(issues);
  const caseRecord = validated.file.cases[0] as Case;
  return {
    organisationId: principal.organisationId,
    caseRecord,
    userIds,
    analysis: analysisOfCase(caseRecord, createPriceIndex(validated.file)),
    engineVersion: ANALYSIS_VERSION,
    actor: principal.actor,
  };
}

/** The document with the principal as a professional participant, unless they are one. */
function withParticipant(document: Record<string, unknown>, principal: Principal) {
  const participants = Array.isArray(document.participants) ? document.participants : [];
  if (
    principal.userId === null ||
    participants.some(
      (participant) =>
        typeof participant === 'object' &&
        participant !== null &&
        (participant as { userId?: unknown }).userId === principal.userId,
    )
  )
    return document;
  const codes = new Set(
    participants.map((participant) => (participant as { code?: unknown } | null)?.code),
  );
  let number = 1;
  while (codes.has(`P${number}`)) number++;
  return {
    ...document,
    participants: [
      ...participants,
      { code: `P${number}`, role: 'professional', userId: principal.userId },
    ],
  };
}

function invalidCase(issues: Issue[]) {
  const sorted = sortIssues(issues);
  const count = sorted.length === 1 ? 'one problem' : `${sorted.length} problems`;
  return invalid(`the case has ${count}`, sorted);
}

/** A refused write as a 409 that says why (CaseConflictProblem), so a client can act on it. */
function asConflict(error: unknown): never {
  if (error instanceof StaleVersionError)
    throw conflict(error.message, [], {
      conflict: 'stale-version',
      readVersion: error.expected,
      currentVersion: error.current,
    });
  if (error instanceof ConflictError && error.constraint === 'cases_code')
    throw conflict(error.message, [{ path: 'code', message: error.message }], {
      conflict: 'code-taken',
    });
  if (error instanceof Error && (error as { code?: unknown }).code === 'conflict')
    throw conflict(error.message);
  throw error;
}
