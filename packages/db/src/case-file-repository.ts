import { randomUUID } from 'node:crypto';
import {
  type Assumptions,
  type Case,
  type CaseFile,
  DEFAULT_REFERENCE_PRICE_LIST_CODE,
  findReferencePriceList,
  type Line,
  type PriceItem,
  type PriceList,
  type Rating,
  type Scenario,
  type Wellbeing,
} from '@kassabon/engine';
import { and, asc, count, eq, ilike, inArray, max, or, type SQL, sql } from 'drizzle-orm';
import { appendAudit } from './audit-repository.ts';
import type { Db } from './create-database.ts';
import {
  CaseCodeConflictError,
  ConflictError,
  findDatabaseError,
  MixedPriceListsError,
  UnknownPriceItemError,
} from './errors.ts';
import { insertRows } from './insert-rows.ts';
import {
  type CaseStatus,
  cases,
  lines,
  priceItems,
  priceLists,
  ratings,
  type StoredAssumptions,
  scenarios,
  wellbeing,
} from './schema.ts';

export type CaseRecord = typeof cases.$inferSelect;
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
 * - One audit entry per case (action 'import').
 *
 * The file must have passed validateCaseFile; a file that breaks a rule the database also
 * enforces (two "with" scenarios, a line that is neither priced nor free) fails with the
 * database's error, and nothing is stored.
 */
export async function importCaseFile(
  db: Db,
  options: { organisationId: string; caseFile: CaseFile; mode: ImportMode; actor: string },
): Promise<string[]> {
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
      const scenarioRows: (typeof scenarios.$inferInsert)[] = [];
      const lineRows: (typeof lines.$inferInsert)[] = [];
      const ratingRows: (typeof ratings.$inferInsert)[] = [];
      const wellbeingRows: (typeof wellbeing.$inferInsert)[] = [];
      for (const caseRecord of caseFile.cases) {
        const caseId = randomUUID();
        caseRows.push({
          organisationId,
          id: caseId,
          code: caseRecord.code,
          title: caseRecord.title ?? null,
          kind: caseRecord.kind ?? null,
          assumptions: caseRecord.assumptions ?? null,
          priceListId,
          referencePriceList,
        });
        caseRecord.scenarios.forEach((scenario, position) => {
          const scenarioId = randomUUID();
          scenarioRows.push({
            organisationId,
            caseId,
            id: scenarioId,
            position,
            kind: scenario.kind,
            date: scenario.date ?? null,
            statedTotal: scenario.statedTotal ?? null,
          });
          scenario.lines.forEach((line, linePosition) => {
            lineRows.push(toLineRow(organisationId, scenarioId, linePosition, line));
          });
        });
        (caseRecord.ratings ?? []).forEach((rating, position) => {
          ratingRows.push({
            organisationId,
            caseId,
            position,
            role: rating.role,
            score: rating.score,
            participant: rating.participant ?? null,
          });
        });
        (caseRecord.wellbeing ?? []).forEach((score, position) => {
          wellbeingRows.push({ organisationId, caseId, position, ...score });
        });
      }
      // Parents before children, for the foreign keys; each table in one statement of
      // column arrays (insert-rows.ts).
      await insertRows(tx, cases, caseRows);
      if (caseRows.length >= ANALYSE_AFTER_CASES) await tx.execute(sql`analyze ${cases}`);
      await insertRows(tx, scenarios, scenarioRows);
      if (caseRows.length >= ANALYSE_AFTER_CASES) await tx.execute(sql`analyze ${scenarios}`);
      await insertRows(tx, lines, lineRows);
      await insertRows(tx, ratings, ratingRows);
      await insertRows(tx, wellbeing, wellbeingRows);

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
}

/**
 * The organisation's cases (all, or those with the given codes; unknown codes are skipped)
 * as a case file, version 1, ordered by code. Which prices come along (ADR 005):
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
export async function exportCaseFile(
  db: Db,
  options: { organisationId: string; codes?: string[] },
): Promise<CaseFile> {
  const { organisationId } = options;
  if (options.codes?.length === 0) return { version: 1, cases: [] };
  const caseFilter = options.codes
    ? and(eq(cases.organisationId, organisationId), inArray(cases.code, options.codes))
    : eq(cases.organisationId, organisationId);

  // One snapshot for all the reads, so cases, lines and prices are of one moment.
  return db.transaction(async (tx) => {
    const caseRows = await tx
      .select()
      .from(cases)
      .where(caseFilter)
      .orderBy(sql`${cases.code} collate "C"`);
    if (caseRows.length === 0) return { version: 1, cases: [] };

    const scenarioRows = await tx
      .select({ scenario: scenarios })
      .from(scenarios)
      .innerJoin(
        cases,
        and(eq(cases.organisationId, scenarios.organisationId), eq(cases.id, scenarios.caseId)),
      )
      .where(caseFilter)
      .orderBy(asc(scenarios.caseId), asc(scenarios.position));
    // The lines arrive as ready case-file objects, built and stripped of nulls by the
    // database: mapping 300,000 rows through the ORM took most of an export's time.
    const lineResult = (await tx.execute(sql`
        select ${lines.scenarioId} as "scenarioId",
          json_agg(json_strip_nulls(json_build_object(
            'item', ${lines.itemCode}, 'quantity', ${lines.quantity}, 'label', ${lines.label},
            'amount', ${lines.amount}, 'financier', ${lines.financier}, 'oneOff', ${lines.oneOff},
            'investment', ${lines.investment}, 'probability', ${lines.probability},
            'confidence', ${lines.confidence}, 'transfer', ${lines.transfer}, 'note', ${lines.note}
          )) order by ${lines.position}) as "lines"
        from ${lines}
        join ${scenarios} on ${scenarios.organisationId} = ${lines.organisationId}
          and ${scenarios.id} = ${lines.scenarioId}
        join ${cases} on ${cases.organisationId} = ${scenarios.organisationId}
          and ${cases.id} = ${scenarios.caseId}
        where ${caseFilter}
        group by ${lines.scenarioId}`)) as unknown as {
      rows: { scenarioId: string; lines: Line[] }[];
    };
    const lineRows = lineResult.rows;
    const ratingRows = await tx
      .select({ rating: ratings })
      .from(ratings)
      .innerJoin(
        cases,
        and(eq(cases.organisationId, ratings.organisationId), eq(cases.id, ratings.caseId)),
      )
      .where(caseFilter)
      .orderBy(asc(ratings.caseId), asc(ratings.position));
    const wellbeingRows = await tx
      .select({ score: wellbeing })
      .from(wellbeing)
      .innerJoin(
        cases,
        and(eq(cases.organisationId, wellbeing.organisationId), eq(cases.id, wellbeing.caseId)),
      )
      .where(caseFilter)
      .orderBy(asc(wellbeing.caseId), asc(wellbeing.position));

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
        lineRows.flatMap((row) => row.lines.flatMap((line) => (line.item ? [line.item] : []))),
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

    const linesByScenario = new Map(lineRows.map((row) => [row.scenarioId, row.lines]));
    const scenariosByCase = groupBy(
      scenarioRows.map(({ scenario }) => scenario),
      (scenario) => scenario.caseId,
    );
    const ratingsByCase = groupBy(
      ratingRows.map(({ rating }) => rating),
      (rating) => rating.caseId,
    );
    const wellbeingByCase = groupBy(
      wellbeingRows.map(({ score }) => score),
      (score) => score.caseId,
    );

    const exported: Case[] = caseRows.map((row) => {
      const caseScenarios = (scenariosByCase.get(row.id) ?? []).map(
        (scenario): Scenario => ({
          kind: scenario.kind,
          ...(scenario.date !== null ? { date: scenario.date } : {}),
          ...(scenario.statedTotal !== null ? { statedTotal: scenario.statedTotal } : {}),
          lines: linesByScenario.get(scenario.id) ?? [],
        }),
      );
      const caseRatings = (ratingsByCase.get(row.id) ?? []).map(
        (rating): Rating => ({
          role: rating.role,
          score: rating.score,
          ...(rating.participant !== null ? { participant: rating.participant } : {}),
        }),
      );
      const caseWellbeing = (wellbeingByCase.get(row.id) ?? []).map(
        (score): Wellbeing => ({
          participant: score.participant,
          moment: score.moment,
          score: score.score,
        }),
      );
      return {
        code: row.code,
        ...(row.title !== null ? { title: row.title } : {}),
        ...(row.kind !== null ? { kind: row.kind } : {}),
        scenarios: caseScenarios,
        ...(caseRatings.length > 0 ? { ratings: caseRatings } : {}),
        ...(caseWellbeing.length > 0 ? { wellbeing: caseWellbeing } : {}),
        ...(row.assumptions !== null ? { assumptions: toAssumptions(row.assumptions) } : {}),
      };
    });

    const prices = collectPrices(caseRows, exported, listRows, itemRows);
    return {
      version: 1,
      ...(prices.priceList ? { priceList: prices.priceList } : {}),
      ...(prices.referencePriceList !== undefined
        ? { referencePriceList: prices.referencePriceList }
        : {}),
      cases: exported,
    };
  }, READ_SNAPSHOT);
}

export type CaseSummary = {
  code: string;
  title: string | null;
  kind: CaseRecord['kind'];
  status: CaseStatus;
  updatedAt: Date;
  version: number;
};

/**
 * A page of an organisation's cases, by code. `q` matches code or title (case-insensitive,
 * anywhere in the text); `total` counts all matches, for paging.
 */
export async function listCases(
  db: Db,
  options: {
    organisationId: string;
    q?: string;
    status?: CaseStatus;
    kind?: NonNullable<CaseRecord['kind']>;
    limit: number;
    offset: number;
  },
): Promise<{ items: CaseSummary[]; total: number }> {
  const conditions: SQL[] = [eq(cases.organisationId, options.organisationId)];
  const q = options.q?.trim();
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    const matches = or(ilike(cases.code, pattern), ilike(cases.title, pattern));
    if (matches) conditions.push(matches);
  }
  if (options.status) conditions.push(eq(cases.status, options.status));
  if (options.kind) conditions.push(eq(cases.kind, options.kind));
  const where = and(...conditions);

  const items = await db
    .select({
      code: cases.code,
      title: cases.title,
      kind: cases.kind,
      status: cases.status,
      updatedAt: cases.updatedAt,
      version: cases.version,
    })
    .from(cases)
    .where(where)
    .orderBy(sql`${cases.code} collate "C"`)
    .limit(options.limit)
    .offset(options.offset);
  const [counted] = await db.select({ total: count() }).from(cases).where(where);
  return { items, total: counted?.total ?? 0 };
}

export async function findCaseByCode(
  db: Db,
  options: { organisationId: string; code: string },
): Promise<CaseRecord | undefined> {
  const [found] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.organisationId, options.organisationId), eq(cases.code, options.code)));
  return found;
}

/**
 * Deletes a case and everything in it (scenarios, lines, participants, meetings, ...) and
 * audits it (action 'delete'). False when the organisation has no case with that code.
 */
export async function deleteCase(
  db: Db,
  options: { organisationId: string; code: string; actor: string },
): Promise<boolean> {
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
  const [latest] = await db
    .select({ version: max(priceLists.version) })
    .from(priceLists)
    .where(
      and(
        eq(priceLists.organisationId, organisationId),
        name === null ? sql`${priceLists.name} is null` : eq(priceLists.name, name),
      ),
    );
  const id = randomUUID();
  await db.insert(priceLists).values({
    organisationId,
    id,
    name,
    year: list.year,
    version: (latest?.version ?? 0) + 1,
  });
  await insertRows(
    db,
    priceItems,
    list.items.map((item) => ({
      organisationId,
      priceListId: id,
      code: item.code,
      name: item.name,
      nameEn: item.nameEn ?? null,
      unit: item.unit,
      unitPrice: item.unitPrice,
      financier: item.financier,
      category: item.category ?? null,
      source: item.source ?? null,
      priceYear: item.priceYear ?? null,
      confidence: item.confidence ?? null,
      transfer: item.transfer ?? null,
    })),
  );
  return id;
}

function toLineRow(
  organisationId: string,
  scenarioId: string,
  position: number,
  line: Line,
): typeof lines.$inferInsert {
  return {
    organisationId,
    scenarioId,
    position,
    itemCode: line.item ?? null,
    quantity: line.quantity ?? null,
    label: line.label ?? null,
    amount: line.amount ?? null,
    financier: line.financier ?? null,
    oneOff: line.oneOff ?? null,
    investment: line.investment ?? null,
    probability: line.probability ?? null,
    confidence: line.confidence ?? null,
    transfer: line.transfer ?? null,
    note: line.note ?? null,
  };
}

// Export helpers -------------------------------------------------------------------------------

/** jsonb does not keep key order; give the keys the schema's order again. */
function toAssumptions(stored: StoredAssumptions): Assumptions {
  const assumptions: Assumptions = {};
  if (stored.horizonYears !== undefined) assumptions.horizonYears = stored.horizonYears;
  if (stored.dropOff !== undefined) assumptions.dropOff = stored.dropOff;
  if (stored.attribution !== undefined) assumptions.attribution = stored.attribution;
  if (stored.discountRate !== undefined) assumptions.discountRate = stored.discountRate;
  if (stored.discountFirstYear !== undefined)
    assumptions.discountFirstYear = stored.discountFirstYear;
  return assumptions;
}

/** A stored item as the case file has it: the fields in the schema's order, null left out. */
function toPriceItem(row: typeof priceItems.$inferSelect): PriceItem {
  return {
    code: row.code,
    name: row.name,
    ...(row.nameEn !== null ? { nameEn: row.nameEn } : {}),
    unit: row.unit,
    unitPrice: row.unitPrice,
    financier: row.financier,
    ...(row.category !== null ? { category: row.category } : {}),
    ...(row.source !== null ? { source: row.source } : {}),
    ...(row.priceYear !== null ? { priceYear: row.priceYear } : {}),
    ...(row.confidence !== null ? { confidence: row.confidence } : {}),
    ...(row.transfer !== null ? { transfer: row.transfer } : {}),
  };
}

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

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Code-point order, as `collate "C"` in SQL: the same on PGlite and PostgreSQL. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
