import { randomUUID } from 'node:crypto';
import {
  type Case,
  type CaseFile,
  DEFAULT_REFERENCE_PRICE_LIST_CODE,
  findReferencePriceList,
  type PriceItem,
  type PriceList,
} from '@kassabon/engine';
import { and, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { type StoredAnalysis, storeAnalyses } from './analysis-repository.ts';
import { appendAudit } from './audit-repository.ts';
import {
  addChildRows,
  type CaseRow,
  type ChildRows,
  emptyChildRows,
  toCaseColumns,
} from './case-rows.ts';
import type { Db } from './create-database.ts';
import {
  CaseCodeConflictError,
  ConflictError,
  findDatabaseError,
  MixedPriceListsError,
  UnknownPriceItemError,
} from './errors.ts';
import { insertRows } from './insert-rows.ts';
import { type CaseSelection, loadCases, selectCases } from './load-cases.ts';
import { withOrganisation } from './organisation-scope.ts';
import { toPriceItem } from './price-context.ts';
import { highestVersion, toPriceItemRow } from './price-list-repository.ts';
import {
  barriers,
  caseAnalyses,
  cases,
  effects,
  interviews,
  lines,
  meetingAttendees,
  meetings,
  participants,
  priceItems,
  priceLists,
  ratings,
  scenarios,
  wellbeing,
} from './schema.ts';

export type CaseRecord = CaseRow;
export type ImportMode = 'create' | 'replace';

/** Codes per `in (...)` list: well under PostgreSQL's 65,535 parameters per statement. */
const CODES_PER_QUERY = 1000;

/**
 * From this many cases an import refreshes the planner's statistics of the tables its rows
 * point at before inserting their children. Without them PostgreSQL checks each foreign key
 * with a plan made for a nearly empty table: measured on 1,000 cases, 0.40 s of foreign-key
 * checks for 3,000 scenarios against 0.03 s after ANALYZE. PGlite has no autovacuum, so
 * there statistics are otherwise never gathered. ANALYZE samples at most 30,000 rows.
 */
const ANALYSE_AFTER_CASES = 100;

const READ_SNAPSHOT = { isolationLevel: 'repeatable read', accessMode: 'read only' } as const;

/** A case's analysis to store with it, as the engine computed it (see storeAnalyses). */
export type AnalysisOfCase = Omit<StoredAnalysis, 'caseId'>;

/**
 * Stores the cases of a validated case file for an organisation, all or nothing, in one
 * transaction; returns their codes in file order.
 *
 * - mode 'create': if the organisation has any of the codes, throws CaseCodeConflictError
 *   (listing them) before writing anything; 'replace' deletes those cases first.
 * - The file's own `priceList` becomes a new, inactive price list of the organisation
 *   (version = the highest of that name + 1) and the cases point at it; the cases keep the
 *   file's `referencePriceList` too (or the default where the file has no list at all), so
 *   a case is priced as the engine prices the file (createPriceIndex).
 * - `analyses` (one per case, in file order), where given, are stored with the cases.
 * - One audit entry per case (action 'import').
 *
 * The file must have passed validateCaseFile; a file that breaks a rule the database also
 * enforces (two "with" scenarios, a line that is neither priced nor free) fails with the
 * database's error, and nothing is stored.
 */
export async function importCaseFile(
  db: Db,
  options: {
    organisationId: string;
    caseFile: CaseFile;
    mode: ImportMode;
    actor: string;
    analyses?: AnalysisOfCase[];
    engineVersion?: number;
  },
): Promise<string[]> {
  return withOrganisation(db, options.organisationId, async (db) => {
    const { organisationId, caseFile, mode, actor } = options;
    const codes = caseFile.cases.map((caseRecord) => caseRecord.code);
    try {
      return await db.transaction(async (tx) => {
        const existing = await findExistingCodes(tx, organisationId, codes);
        if (existing.length > 0) {
          if (mode === 'create') throw new CaseCodeConflictError(existing);
          for (const chunk of chunks(existing, CODES_PER_QUERY))
            await tx
              .delete(cases)
              .where(and(eq(cases.organisationId, organisationId), inArray(cases.code, chunk)));
        }

        const priceListId = caseFile.priceList
          ? await insertPriceList(tx, organisationId, caseFile.priceList)
          : null;
        const referencePriceList =
          caseFile.referencePriceList ??
          (caseFile.priceList ? null : DEFAULT_REFERENCE_PRICE_LIST_CODE);

        const caseRows: (typeof cases.$inferInsert)[] = [];
        const children = emptyChildRows();
        for (const caseRecord of caseFile.cases) {
          const caseId = randomUUID();
          caseRows.push({
            organisationId,
            id: caseId,
            ...toCaseColumns(caseRecord),
            priceListId,
            referencePriceList,
          });
          addChildRows(children, organisationId, caseId, caseRecord);
        }
        await insertCaseRows(tx, caseRows, children);
        if (options.analyses)
          await storeAnalyses(tx, {
            organisationId,
            engineVersion: requireEngineVersion(options.engineVersion),
            analyses: options.analyses.map((stored, index) => ({
              caseId: caseRows[index]?.id as string,
              ...stored,
            })),
          });

        const replaced = new Set(existing);
        await appendAudit(
          tx,
          codes.map((code) => ({
            organisationId,
            actor,
            action: 'import',
            entity: 'case',
            entityId: code,
            changes: { mode, replaced: replaced.has(code), priceListId },
          })),
        );
        return codes;
      });
    } catch (error) {
      // Another import took one of the codes between our check and our insert.
      if (findDatabaseError(error)?.constraint === 'cases_code')
        throw new ConflictError(
          'another import created one of these cases at the same time; import again',
          'cases_code',
          { cause: error },
        );
      throw error;
    }
  });
}

function requireEngineVersion(version: number | undefined): number {
  if (version === undefined) throw new Error('analyses need the engine version they come from');
  return version;
}

/**
 * Inserts cases and everything under them, parents before children (foreign keys), each
 * table in one statement of column arrays (insert-rows.ts).
 */
export async function insertCaseRows(
  db: Db,
  caseRows: (typeof cases.$inferInsert)[],
  children: ChildRows,
): Promise<void> {
  const many = caseRows.length >= ANALYSE_AFTER_CASES;
  await insertRows(db, cases, caseRows);
  if (many) await db.execute(sql`analyze ${cases}`);
  await insertRows(db, participants, children.participants);
  await insertRows(db, meetings, children.meetings);
  await insertRows(db, meetingAttendees, children.meetingAttendees);
  await insertRows(db, interviews, children.interviews);
  await insertRows(db, barriers, children.barriers);
  await insertRows(db, effects, children.effects);
  await insertRows(db, scenarios, children.scenarios);
  if (many) await db.execute(sql`analyze ${scenarios}`);
  await insertRows(db, lines, children.lines);
  await insertRows(db, ratings, children.ratings);
  await insertRows(db, wellbeing, children.wellbeing);
}

/**
 * The organisation's cases (all, or a selection) as a case file, version 1, ordered by code.
 * Which prices come along (ADR 005):
 *
 * - The cases' own price lists' items that their priced lines use go into `priceList` (items
 *   by code; the list's name and year where all come from one list, else the latest year).
 * - The shipped reference list the cases name is `referencePriceList`, left out where it is
 *   the default and there is no `priceList` (the engine then uses the default anyway).
 * - Cases naming different reference lists: their used items are copied into `priceList`
 *   and no `referencePriceList` is named.
 *
 * Throws MixedPriceListsError when two cases use one item code with different data, and
 * UnknownPriceItemError when a line's item is no longer in its case's price list.
 */
export async function exportCaseFile(db: Db, selection: CaseSelection): Promise<CaseFile> {
  if (selection.codes?.length === 0) return { version: 1, cases: [] };
  // One snapshot for all the reads, so cases, lines and prices are of one moment.
  return withOrganisation(
    db,
    selection.organisationId,
    async (tx) => {
      const loaded = await loadCases(tx, selection);
      if (loaded.length === 0) return { version: 1, cases: [] };
      const caseRows = loaded.map((entry) => entry.row);
      const exported = loaded.map((entry) => entry.caseRecord);
      const organisationId = selection.organisationId;

      const listIds = [
        ...new Set(caseRows.flatMap((row) => (row.priceListId ? [row.priceListId] : []))),
      ];
      const listRows =
        listIds.length === 0
          ? []
          : await tx
              .select()
              .from(priceLists)
              .where(
                and(eq(priceLists.organisationId, organisationId), inArray(priceLists.id, listIds)),
              );
      const usedCodes = [
        ...new Set(
          exported.flatMap((caseRecord) =>
            caseRecord.scenarios.flatMap((scenario) =>
              scenario.lines.flatMap((line) => (line.item ? [line.item] : [])),
            ),
          ),
        ),
      ];
      const itemRows =
        listIds.length === 0 || usedCodes.length === 0
          ? []
          : await tx
              .select()
              .from(priceItems)
              .where(
                and(
                  eq(priceItems.organisationId, organisationId),
                  inArray(priceItems.priceListId, listIds),
                  inArray(priceItems.code, usedCodes),
                ),
              );

      const prices = collectPrices(caseRows, exported, listRows, itemRows);
      return {
        version: 1,
        ...(prices.priceList ? { priceList: prices.priceList } : {}),
        ...(prices.referencePriceList !== undefined
          ? { referencePriceList: prices.referencePriceList }
          : {}),
        cases: exported,
      };
    },
    READ_SNAPSHOT,
  );
}

export type CaseSummary = {
  code: string;
  title: string | null;
  kind: CaseRecord['kind'];
  status: CaseRecord['status'];
  team: string | null;
  approachUse: CaseRecord['approachUse'];
  startedOn: string | null;
  endedOn: string | null;
  updatedAt: Date;
  version: number;
  /** From the stored analysis; null where the case lacks a scenario or is not analysed yet. */
  savingsVsWithout: number | null;
  savingsVsBefore: number | null;
};

export type CaseSort = 'code' | 'updated' | 'savings';

/**
 * A page of an organisation's cases. Sorted by code, by the latest change first, or by the
 * savings against "without", the largest first (cases without them last); `total` counts
 * all matches, for paging.
 */
export async function listCases(
  db: Db,
  options: CaseSelection & { sort?: CaseSort; limit: number; offset: number },
): Promise<{ items: CaseSummary[]; total: number }> {
  return withOrganisation(db, options.organisationId, async (db) => {
    const where = selectCases(options);
    const order =
      options.sort === 'savings'
        ? [sql`${caseAnalyses.savingsVsWithout} desc nulls last`, sql`${cases.code} collate "C"`]
        : options.sort === 'updated'
          ? [sql`${cases.updatedAt} desc`, sql`${cases.code} collate "C"`]
          : [sql`${cases.code} collate "C"`];
    const items = await db
      .select({
        code: cases.code,
        title: cases.title,
        kind: cases.kind,
        status: cases.status,
        team: cases.team,
        approachUse: cases.approachUse,
        startedOn: cases.startedOn,
        endedOn: cases.endedOn,
        updatedAt: cases.updatedAt,
        version: cases.version,
        savingsVsWithout: caseAnalyses.savingsVsWithout,
        savingsVsBefore: caseAnalyses.savingsVsBefore,
      })
      .from(cases)
      .leftJoin(
        caseAnalyses,
        and(
          eq(caseAnalyses.organisationId, cases.organisationId),
          eq(caseAnalyses.caseId, cases.id),
        ),
      )
      .where(where)
      .orderBy(...order)
      .limit(options.limit)
      .offset(options.offset);
    const [counted] = await db.select({ total: count() }).from(cases).where(where);
    return { items, total: counted?.total ?? 0 };
  });
}

/** The distinct teams of an organisation's cases, for a filter. */
export async function listTeams(db: Db, organisationId: string): Promise<string[]> {
  return withOrganisation(db, organisationId, async (db) => {
    const rows = await db
      .selectDistinct({ team: cases.team })
      .from(cases)
      .where(and(eq(cases.organisationId, organisationId), isNotNull(cases.team)))
      .orderBy(cases.team);
    return rows.flatMap((row) => (row.team === null ? [] : [row.team]));
  });
}

export async function findCaseByCode(
  db: Db,
  options: { organisationId: string; code: string },
): Promise<CaseRecord | undefined> {
  return withOrganisation(db, options.organisationId, async (db) => {
    const [found] = await db
      .select()
      .from(cases)
      .where(and(eq(cases.organisationId, options.organisationId), eq(cases.code, options.code)));
    return found;
  });
}

/**
 * Deletes a case and everything in it (scenarios, lines, participants, meetings, its stored
 * analysis, ...) and audits it (action 'delete'). False when the organisation has no case
 * with that code.
 */
export async function deleteCase(
  db: Db,
  options: { organisationId: string; code: string; actor: string },
): Promise<boolean> {
  return withOrganisation(db, options.organisationId, async (db) => {
    return db.transaction(async (tx) => {
      const deleted = await tx
        .delete(cases)
        .where(and(eq(cases.organisationId, options.organisationId), eq(cases.code, options.code)))
        .returning({ id: cases.id });
      if (deleted.length === 0) return false;
      await appendAudit(tx, {
        organisationId: options.organisationId,
        actor: options.actor,
        action: 'delete',
        entity: 'case',
        entityId: options.code,
      });
      return true;
    });
  });
}

// Import helpers -------------------------------------------------------------------------------

async function findExistingCodes(
  db: Db,
  organisationId: string,
  codes: string[],
): Promise<string[]> {
  const existing: string[] = [];
  for (const chunk of chunks(codes, CODES_PER_QUERY)) {
    const rows = await db
      .select({ code: cases.code })
      .from(cases)
      .where(and(eq(cases.organisationId, organisationId), inArray(cases.code, chunk)));
    existing.push(...rows.map((row) => row.code));
  }
  return existing.sort(compareText);
}

/** A file's own price list as a new, inactive version of the organisation's list of that name. */
async function insertPriceList(db: Db, organisationId: string, list: PriceList): Promise<string> {
  const name = list.name ?? null;
  const id = randomUUID();
  await db.insert(priceLists).values({
    organisationId,
    id,
    name,
    year: list.year,
    version: (await highestVersion(db, organisationId, name)) + 1,
  });
  await insertRows(
    db,
    priceItems,
    list.items.map((item) => toPriceItemRow(organisationId, id, item)),
  );
  return id;
}

// Export helpers -------------------------------------------------------------------------------

type UsedItem = { item: PriceItem; fromReference: boolean; caseCode: string };

/** Which prices the exported cases need, and how the file names them (see exportCaseFile). */
function collectPrices(
  caseRows: CaseRecord[],
  exported: Case[],
  listRows: (typeof priceLists.$inferSelect)[],
  itemRows: (typeof priceItems.$inferSelect)[],
): { priceList?: PriceList; referencePriceList?: string } {
  const listsById = new Map(listRows.map((list) => [list.id, list]));
  const itemsByList = new Map<string, Map<string, PriceItem>>();
  for (const row of itemRows) {
    const items = itemsByList.get(row.priceListId) ?? new Map<string, PriceItem>();
    items.set(row.code, toPriceItem(row));
    itemsByList.set(row.priceListId, items);
  }

  const referenceCodes = new Set<string>();
  const referenceIndexes = new Map<string, ReadonlyMap<string, PriceItem>>();
  const used = new Map<string, UsedItem>();
  caseRows.forEach((row, index) => {
    const referenceCode =
      row.referencePriceList ?? (row.priceListId ? undefined : DEFAULT_REFERENCE_PRICE_LIST_CODE);
    if (referenceCode !== undefined) referenceCodes.add(referenceCode);
    const referenceItems =
      referenceCode !== undefined ? referenceIndex(referenceCode, referenceIndexes) : undefined;
    const ownItems = row.priceListId ? itemsByList.get(row.priceListId) : undefined;
    for (const scenario of exported[index]?.scenarios ?? [])
      for (const line of scenario.lines) {
        if (line.item === undefined) continue;
        // The case's own list first, then its reference list: the engine's precedence.
        const own = ownItems?.get(line.item);
        const shipped = own ? undefined : referenceItems?.get(line.item);
        const found: UsedItem | undefined = own
          ? { item: own, fromReference: false, caseCode: row.code }
          : shipped
            ? { item: shipped, fromReference: true, caseCode: row.code }
            : undefined;
        if (!found) throw new UnknownPriceItemError(line.item, row.code);
        const earlier = used.get(line.item);
        if (!earlier) used.set(line.item, found);
        else if (!samePriceItem(earlier.item, found.item))
          throw new MixedPriceListsError(line.item, [earlier.caseCode, found.caseCode]);
      }
  });

  const ownListIds = new Set(caseRows.flatMap((row) => (row.priceListId ? [row.priceListId] : [])));
  const [onlyReference] = referenceCodes.size === 1 ? [...referenceCodes] : [];
  const copyReferenceItems = referenceCodes.size > 1;
  if (ownListIds.size === 0 && !copyReferenceItems) {
    return onlyReference === undefined || onlyReference === DEFAULT_REFERENCE_PRICE_LIST_CODE
      ? {}
      : { referencePriceList: onlyReference };
  }

  const listed = [...used.values()].filter((entry) => copyReferenceItems || !entry.fromReference);
  const [onlyList] = ownListIds.size === 1 && !copyReferenceItems ? [...ownListIds] : [];
  const single = onlyList ? listsById.get(onlyList) : undefined;
  const priceList: PriceList = {
    ...(single?.name ? { name: single.name } : {}),
    // Several lists: the latest edition among them (each item keeps its own priceYear).
    year: single
      ? single.year
      : Math.max(
          ...listRows.map((list) => list.year),
          ...[...referenceCodes].map((code) => findReferencePriceList(code)?.year ?? 0),
        ),
    items: listed.map((entry) => entry.item).sort((a, b) => compareText(a.code, b.code)),
  };
  return {
    priceList,
    ...(onlyReference !== undefined ? { referencePriceList: onlyReference } : {}),
  };
}

/** A shipped list's items by code, built once per export; empty for an unknown code. */
function referenceIndex(
  code: string,
  cache: Map<string, ReadonlyMap<string, PriceItem>>,
): ReadonlyMap<string, PriceItem> {
  let index = cache.get(code);
  if (!index) {
    const list = findReferencePriceList(code);
    index = new Map((list?.items ?? []).map((item) => [item.code, item]));
    cache.set(code, index);
  }
  return index;
}

function samePriceItem(a: PriceItem, b: PriceItem): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (a[key as keyof PriceItem] !== b[key as keyof PriceItem]) return false;
  return true;
}

// Small helpers ---------------------------------------------------------------------------------

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** Code-point order, as `collate "C"` in SQL: the same on PGlite and PostgreSQL. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
