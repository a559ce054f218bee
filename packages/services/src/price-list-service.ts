import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE } from '@kassabon/contract';
import {
  activatePriceList as activatePriceListRow,
  appendAudit,
  ConflictError,
  createPriceList as createPriceListRow,
  type Database,
  type Db,
  deletePriceItem as deletePriceItemRow,
  deletePriceList as deletePriceListRow,
  findCasesUsingPriceItem,
  findCasesUsingPriceList,
  findPriceItem,
  findPriceList,
  forgetAnalysesOfPriceList,
  insertPriceItem,
  listAllPriceItems,
  listPriceItemCategories,
  listPriceItems,
  listPriceLists as listPriceListRows,
  type NewPriceListItems,
  type PriceListRecord,
  replacePriceItem as replacePriceItemRow,
  updatePriceList as updatePriceListRow,
} from '@kassabon/db';
import {
  comparePriceItemCodes,
  findReferencePriceList,
  formatPath,
  type Issue,
  indexPriceItems,
  matchesPriceItemSearch,
  type PriceIndexation,
  type PriceItem,
  PriceItemSchema,
  type PriceItemSearch,
  priceItemCategories,
  REFERENCE_PRICE_LISTS,
  type ReferencePriceList,
} from '@kassabon/engine';
import { conflict, invalid, notFound } from './errors.ts';
import {
  type CsvSeparator,
  type PriceListFormat,
  priceListFileName,
  readPriceListFile,
  writePriceListCsv,
  writePriceListXlsx,
} from './price-list-files.ts';
import {
  PRICE_LIST_READERS,
  PRICE_LIST_WRITERS,
  type Principal,
  requireRole,
} from './principal.ts';

/**
 * Price lists as the users see them: the organisation's own versioned lists and the lists
 * shipped with Kassabon (read-only, named by code), one of which is the active one. Every
 * change is audit-logged; a list of another organisation is "not found", whatever its id.
 */

export type PriceListKind = 'own' | 'reference';

export type PriceListView = {
  /** A UUID for an own list; the code for a shipped one (e.g. `nl-sociaal-domein-2025`). */
  id: string;
  kind: PriceListKind;
  name: string | null;
  year: number;
  /** Null for a shipped list: it has no versions of its own. */
  version: number | null;
  active: boolean;
  itemCount: number;
  /** Null for a shipped list. */
  createdAt: Date | null;
};

export const REFERENCE_LIST_READ_ONLY =
  'the shipped reference list cannot be changed; copy it into a list of your own';

/** The most cases a refusal names; the rest are counted. */
const NAMED_CASES = 20;

/**
 * Called inside the transaction of every change to a list's items: such a change changes the
 * analysis of the cases priced from the list. (Which list is active does not: a case keeps
 * the list it was created with.)
 */
export async function afterPriceListChanged(
  tx: Db,
  organisationId: string,
  priceListId: string,
): Promise<void> {
  // Forgotten analyses are computed again before they are next read (ensureAnalyses).
  await forgetAnalysesOfPriceList(tx, { organisationId, priceListId });
}

// Lists -----------------------------------------------------------------------------------------

/** The organisation's own lists, then the shipped ones; a shipped list is active when no own one is. */
export async function listPriceLists(
  database: Database,
  principal: Principal,
): Promise<PriceListView[]> {
  requireRole(principal, ...PRICE_LIST_READERS);
  const own = (await listPriceListRows(database.db, principal.organisationId)).map(ownView);
  const ownActive = own.some((list) => list.active);
  return [
    ...own,
    ...Object.values(REFERENCE_PRICE_LISTS).map((list) => referenceView(list, !ownActive)),
  ];
}

export async function getPriceList(
  database: Database,
  principal: Principal,
  id: string,
): Promise<PriceListView> {
  requireRole(principal, ...PRICE_LIST_READERS);
  return getPriceListIn(database.db, principal.organisationId, id);
}

/**
 * A new list: version = the highest of its name + 1. With `copyFrom` (an own list's id or a
 * shipped list's code) it starts with a copy of that list's items; that is how an
 * organisation starts from the reference list, or makes a new version of its own.
 */
export async function createPriceList(
  database: Database,
  principal: Principal,
  input: { name: string; year: number; copyFrom?: string | undefined },
): Promise<PriceListView> {
  requireRole(principal, ...PRICE_LIST_WRITERS);
  const name = checkName(input.name);
  checkYear(input.year, 'year');
  return database.db.transaction(async (tx) => {
    let items: NewPriceListItems = { items: [] };
    if (input.copyFrom !== undefined) {
      const source = await resolveList(tx, principal.organisationId, input.copyFrom);
      items = source.kind === 'own' ? { copyOf: source.record.id } : { items: source.list.items };
    }
    const created = await storeList(tx, principal, { name, year: input.year, ...items });
    await audit(tx, principal, 'create', created.id, {
      name,
      year: input.year,
      version: created.version,
      copyFrom: input.copyFrom ?? null,
      items: created.itemCount,
    });
    return ownView(created);
  });
}

/** Renames a list (it becomes the next version of its new name) or changes its year. */
export async function updatePriceList(
  database: Database,
  principal: Principal,
  id: string,
  input: { name?: string | undefined; year?: number | undefined },
): Promise<PriceListView> {
  requireRole(principal, ...PRICE_LIST_WRITERS);
  const name = input.name === undefined ? undefined : checkName(input.name);
  if (input.year !== undefined) checkYear(input.year, 'year');
  return database.db.transaction(async (tx) => {
    const before = await ownListForWrite(tx, principal.organisationId, id);
    const after = await updatePriceListRow(tx, {
      organisationId: principal.organisationId,
      id: before.id,
      name,
      year: input.year,
    });
    if (!after) throw notFound(`price list "${id}"`);
    await audit(tx, principal, 'update', before.id, {
      before: { name: before.name, year: before.year, version: before.version },
      after: { name: after.name, year: after.year, version: after.version },
    });
    return ownView(after);
  });
}

/**
 * Makes a list the organisation's active one. Activating a shipped list makes none of the
 * own lists active, so the shipped list applies.
 */
export async function activatePriceList(
  database: Database,
  principal: Principal,
  id: string,
): Promise<PriceListView> {
  requireRole(principal, ...PRICE_LIST_WRITERS);
  const { organisationId } = principal;
  return database.db.transaction(async (tx) => {
    const found = await resolveList(tx, organisationId, id);
    const ownId = found.kind === 'own' ? found.record.id : null;
    const changed = await activatePriceListRow(tx, organisationId, ownId);
    if (!changed) throw notFound(`price list "${id}"`);
    await audit(tx, principal, 'activate', found.kind === 'own' ? found.record.id : id, {
      deactivated: changed.filter((listId) => listId !== ownId),
    });
    return getPriceListIn(tx, organisationId, id);
  });
}

/** Deletes an own list and its items; refused while cases are priced from it. */
export async function deletePriceList(
  database: Database,
  principal: Principal,
  id: string,
): Promise<void> {
  requireRole(principal, ...PRICE_LIST_WRITERS);
  await database.db.transaction(async (tx) => {
    const list = await ownListForWrite(tx, principal.organisationId, id);
    const caseCodes = await findCasesUsingPriceList(tx, principal.organisationId, list.id);
    if (caseCodes.length > 0)
      throw conflict(
        `this price list prices ${describeCases(caseCodes)}; it cannot be deleted while they use it`,
        caseCodes.map((code) => ({ path: 'cases', message: `case "${code}" is priced from it` })),
        { cases: caseCodes },
      );
    await deletePriceListRow(tx, principal.organisationId, list.id);
    await audit(tx, principal, 'delete', list.id, {
      name: list.name,
      year: list.year,
      version: list.version,
      items: list.itemCount,
    });
  });
}

// Items -----------------------------------------------------------------------------------------

export type ItemPage = { items: PriceItem[]; total: number; limit: number; offset: number };

/**
 * A page of a list's items by code, matching a search (the engine's rule: every word of `q`
 * in code, name, nameEn or category, ignoring case; `category` equal, ignoring case).
 */
export async function listPriceListItems(
  database: Database,
  principal: Principal,
  id: string,
  query: PriceItemSearch & { limit: number; offset: number },
): Promise<ItemPage> {
  requireRole(principal, ...PRICE_LIST_READERS);
  const found = await resolveList(database.db, principal.organisationId, id);
  const { limit, offset } = query;
  if (found.kind === 'reference') {
    const matches = found.list.items
      .filter((item) => matchesPriceItemSearch(item, query))
      .sort(comparePriceItemCodes);
    return { items: matches.slice(offset, offset + limit), total: matches.length, limit, offset };
  }
  const page = await listPriceItems(database.db, {
    organisationId: principal.organisationId,
    priceListId: found.record.id,
    q: query.q,
    category: query.category,
    limit,
    offset,
  });
  return { ...page, limit, offset };
}

/** The categories a list's items name, for a filter (engine priceItemCategories). */
export async function listPriceListCategories(
  database: Database,
  principal: Principal,
  id: string,
): Promise<string[]> {
  requireRole(principal, ...PRICE_LIST_READERS);
  const found = await resolveList(database.db, principal.organisationId, id);
  return found.kind === 'reference'
    ? priceItemCategories(found.list.items)
    : listPriceItemCategories(database.db, principal.organisationId, found.record.id);
}

export async function getPriceItem(
  database: Database,
  principal: Principal,
  id: string,
  code: string,
): Promise<PriceItem> {
  requireRole(principal, ...PRICE_LIST_READERS);
  const found = await resolveList(database.db, principal.organisationId, id);
  const item =
    found.kind === 'reference'
      ? found.list.items.find((candidate) => candidate.code === code)
      : await findPriceItem(database.db, principal.organisationId, found.record.id, code);
  if (!item) throw notFound(`item "${code}" of price list "${id}"`);
  return item;
}

/** Adds an item (validated with the engine's PriceItemSchema); 409 on a code the list has. */
export async function addPriceItem(
  database: Database,
  principal: Principal,
  id: string,
  data: unknown,
): Promise<PriceItem> {
  requireRole(principal, ...PRICE_LIST_WRITERS);
  const item = validateItem(data);
  const { organisationId } = principal;
  return database.db.transaction(async (tx) => {
    const list = await ownListForWrite(tx, organisationId, id);
    try {
      await insertPriceItem(tx, organisationId, list.id, item);
    } catch (error) {
      if (error instanceof ConflictError)
        throw conflict(error.message, [
          { path: 'code', message: `"${item.code}" is in this list already` },
        ]);
      throw error;
    }
    await auditItem(tx, principal, 'create', list.id, item.code, { after: item });
    await afterPriceListChanged(tx, organisationId, list.id);
    return item;
  });
}

/** Replaces an item; its code stays (to rename one, add the new and delete the old). */
export async function replacePriceItem(
  database: Database,
  principal: Principal,
  id: string,
  code: string,
  data: unknown,
): Promise<PriceItem> {
  requireRole(principal, ...PRICE_LIST_WRITERS);
  const item = validateItem(data);
  if (item.code !== code)
    throw invalid('the item code cannot be changed', [
      {
        path: 'code',
        message: `must be "${code}", the code in the address; to rename an item, add it under the new code and delete the old one`,
      },
    ]);
  const { organisationId } = principal;
  return database.db.transaction(async (tx) => {
    const list = await ownListForWrite(tx, organisationId, id);
    const before = await findPriceItem(tx, organisationId, list.id, code);
    if (!before || !(await replacePriceItemRow(tx, organisationId, list.id, code, item)))
      throw notFound(`item "${code}" of price list "${id}"`);
    await auditItem(tx, principal, 'update', list.id, code, { before, after: item });
    await afterPriceListChanged(tx, organisationId, list.id);
    return item;
  });
}

/** Deletes an item; refused while a case priced from this list has a line with its code. */
export async function deletePriceItem(
  database: Database,
  principal: Principal,
  id: string,
  code: string,
): Promise<void> {
  requireRole(principal, ...PRICE_LIST_WRITERS);
  const { organisationId } = principal;
  await database.db.transaction(async (tx) => {
    const list = await ownListForWrite(tx, organisationId, id);
    const before = await findPriceItem(tx, organisationId, list.id, code);
    if (!before) throw notFound(`item "${code}" of price list "${id}"`);
    const caseCodes = await findCasesUsingPriceItem(tx, organisationId, list.id, code);
    if (caseCodes.length > 0)
      throw conflict(
        `item "${code}" is on the receipts of ${describeCases(caseCodes)}, priced from this list; change those lines first`,
        caseCodes.map((caseCode) => ({
          path: 'cases',
          message: `case "${caseCode}" has a line with item "${code}"`,
        })),
        { cases: caseCodes },
      );
    await deletePriceItemRow(tx, organisationId, list.id, code);
    await auditItem(tx, principal, 'delete', list.id, code, { before });
    await afterPriceListChanged(tx, organisationId, list.id);
  });
}

// Import, export, index -------------------------------------------------------------------------

/**
 * A CSV or XLSX file as a new version of the list `name` (docs/price-lists.md): every row or
 * none; an invalid file is one `invalid` error listing each problem by row and column.
 */
export async function importPriceListFile(
  database: Database,
  principal: Principal,
  input: { name: string; year: number; content: Uint8Array; format: PriceListFormat },
): Promise<PriceListView> {
  requireRole(principal, ...PRICE_LIST_WRITERS);
  const name = checkName(input.name);
  checkYear(input.year, 'year');
  const items = await readPriceListFile(input.content, input.format);
  return database.db.transaction(async (tx) => {
    const created = await storeList(tx, principal, { name, year: input.year, items });
    await audit(tx, principal, 'import', created.id, {
      name,
      year: input.year,
      version: created.version,
      format: input.format,
      items: items.length,
    });
    return ownView(created);
  });
}

export type PriceListFile = { fileName: string; contentType: string; body: Buffer };

/** A list (own or shipped) as a CSV or XLSX file that imports back to the same items. */
export async function exportPriceListFile(
  database: Database,
  principal: Principal,
  id: string,
  options: { format: PriceListFormat; separator?: CsvSeparator },
): Promise<PriceListFile> {
  requireRole(principal, ...PRICE_LIST_READERS);
  const found = await resolveList(database.db, principal.organisationId, id);
  const { items, name, version } =
    found.kind === 'own'
      ? {
          items: await listAllPriceItems(database.db, principal.organisationId, found.record.id),
          name: found.record.name,
          version: found.record.version,
        }
      : {
          items: [...found.list.items].sort(comparePriceItemCodes),
          name: found.list.code,
          version: null,
        };
  const fileName = priceListFileName(name, version, options.format);
  if (options.format === 'xlsx')
    return { fileName, contentType: XLSX_CONTENT_TYPE, body: await writePriceListXlsx(items) };
  return {
    fileName,
    contentType: `${CSV_CONTENT_TYPE}; charset=utf-8`,
    body: Buffer.from(writePriceListCsv(items, options.separator), 'utf8'),
  };
}

/**
 * A new version of a list with its prices indexed to `toYear` (engine indexPriceItems,
 * docs/method.md): by a yearly percentage from each item's price year, or by one factor.
 * A shipped list indexed becomes an own list under the shipped list's name.
 */
export async function indexPriceList(
  database: Database,
  principal: Principal,
  id: string,
  indexation: PriceIndexation,
): Promise<PriceListView> {
  requireRole(principal, ...PRICE_LIST_WRITERS);
  checkIndexation(indexation);
  return database.db.transaction(async (tx) => {
    const found = await resolveList(tx, principal.organisationId, id);
    const source =
      found.kind === 'own'
        ? {
            name: found.record.name ?? 'Prijslijst',
            year: found.record.year,
            items: await listAllPriceItems(tx, principal.organisationId, found.record.id),
          }
        : {
            name: found.list.name ?? found.list.code,
            year: found.list.year,
            items: found.list.items,
          };
    const items = indexPriceItems(source.items, source.year, indexation);
    const issues = items.flatMap((item, index) =>
      itemIssues(item).map((issue) => ({ ...issue, path: `items[${index}].${issue.path}` })),
    );
    if (issues.length > 0)
      throw invalid('indexed like this, some prices are out of range', issues.slice(0, 100));
    const created = await storeList(tx, principal, {
      name: source.name,
      year: indexation.toYear,
      items,
    });
    await audit(tx, principal, 'index', created.id, {
      from: found.kind === 'own' ? found.record.id : id,
      ...indexation,
      version: created.version,
      items: items.length,
    });
    return ownView(created);
  });
}

// Helpers ---------------------------------------------------------------------------------------

type ResolvedList =
  | { kind: 'reference'; list: ReferencePriceList }
  | { kind: 'own'; record: PriceListRecord };

/** A shipped list by code, else an own list of the organisation by id; else not found. */
async function resolveList(db: Db, organisationId: string, id: string): Promise<ResolvedList> {
  const reference = findReferencePriceList(id);
  if (reference) return { kind: 'reference', list: reference };
  const record = await findPriceList(db, organisationId, id);
  if (!record) throw notFound(`price list "${id}"`);
  return { kind: 'own', record };
}

async function ownListForWrite(db: Db, organisationId: string, id: string) {
  const found = await resolveList(db, organisationId, id);
  if (found.kind === 'reference') throw conflict(REFERENCE_LIST_READ_ONLY);
  return found.record;
}

async function getPriceListIn(db: Db, organisationId: string, id: string) {
  const found = await resolveList(db, organisationId, id);
  if (found.kind === 'own') return ownView(found.record);
  return referenceView(found.list, !(await hasActiveOwnList(db, organisationId)));
}

async function hasActiveOwnList(db: Db, organisationId: string): Promise<boolean> {
  return (await listPriceListRows(db, organisationId)).some((list) => list.active);
}

async function storeList(
  db: Db,
  principal: Principal,
  input: { name: string; year: number } & NewPriceListItems,
): Promise<PriceListRecord> {
  try {
    return await createPriceListRow(db, { organisationId: principal.organisationId, ...input });
  } catch (error) {
    if (error instanceof ConflictError) throw conflict(error.message);
    throw error;
  }
}

function ownView(record: PriceListRecord): PriceListView {
  return {
    id: record.id,
    kind: 'own',
    name: record.name,
    year: record.year,
    version: record.version,
    active: record.active,
    itemCount: record.itemCount,
    createdAt: record.createdAt,
  };
}

function referenceView(list: ReferencePriceList, active: boolean): PriceListView {
  return {
    id: list.code,
    kind: 'reference',
    name: list.name ?? null,
    year: list.year,
    version: null,
    active,
    itemCount: list.items.length,
    createdAt: null,
  };
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 200)
    throw invalid('the price list needs a name', [
      { path: 'name', message: 'must be 1 to 200 characters' },
    ]);
  return trimmed;
}

function checkYear(year: number, path: string): void {
  if (!Number.isInteger(year) || year < 1900 || year > 2200)
    throw invalid('the year is not valid', [
      { path, message: 'must be a year between 1900 and 2200' },
    ]);
}

function checkIndexation(indexation: PriceIndexation): void {
  checkYear(indexation.toYear, 'toYear');
  if ('factor' in indexation) {
    if (!(Number.isFinite(indexation.factor) && indexation.factor > 0 && indexation.factor <= 100))
      throw invalid('the factor is not valid', [
        { path: 'factor', message: 'must be more than 0 and at most 100' },
      ]);
  } else if (
    !(
      Number.isFinite(indexation.percentPerYear) &&
      indexation.percentPerYear > -100 &&
      indexation.percentPerYear <= 100
    )
  )
    throw invalid('the percentage is not valid', [
      { path: 'percentPerYear', message: 'must be more than -100 and at most 100' },
    ]);
}

function itemIssues(data: unknown): Issue[] {
  const parsed = PriceItemSchema.safeParse(data);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
}

function validateItem(data: unknown): PriceItem {
  const parsed = PriceItemSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = itemIssues(data);
  const count = issues.length === 1 ? 'one problem' : `${issues.length} problems`;
  throw invalid(`the price item has ${count}`, issues);
}

function describeCases(codes: string[]): string {
  const named = codes.slice(0, NAMED_CASES).join(', ');
  const rest = codes.length > NAMED_CASES ? ` and ${codes.length - NAMED_CASES} more` : '';
  return `${codes.length === 1 ? 'case' : 'cases'} ${named}${rest}`;
}

async function audit(
  db: Db,
  principal: Principal,
  action: string,
  priceListId: string,
  changes: unknown,
): Promise<void> {
  await appendAudit(db, {
    organisationId: principal.organisationId,
    actor: principal.actor,
    action,
    entity: 'price-list',
    entityId: priceListId,
    changes,
  });
}

async function auditItem(
  db: Db,
  principal: Principal,
  action: string,
  priceListId: string,
  code: string,
  changes: { before?: PriceItem; after?: PriceItem },
): Promise<void> {
  await appendAudit(db, {
    organisationId: principal.organisationId,
    actor: principal.actor,
    action,
    entity: 'price-item',
    entityId: `${priceListId}/${code}`,
    changes,
  });
}
