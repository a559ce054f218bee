import { randomUUID } from 'node:crypto';
import {
  PRICE_ITEM_SEARCH_FIELDS,
  type PriceItem,
  type PriceItemSearch,
  searchCategory,
  searchWords,
} from '@kassabon/engine';
import {
  and,
  count,
  desc,
  eq,
  ilike,
  isNotNull,
  isNull,
  max,
  ne,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Db } from './create-database.ts';
import { ConflictError, isUniqueViolation } from './errors.ts';
import { insertRows } from './insert-rows.ts';
import { withOrganisation } from './organisation-scope.ts';
import { toPriceItem } from './price-context.ts';
import { cases, lines, priceItems, priceLists, scenarios } from './schema.ts';
import { isUuid } from './uuid.ts';

/**
 * An organisation's own price lists and their items (ADR 005: the shipped reference lists are
 * not stored). Lists are versioned by name; at most one per organisation is active, which a
 * partial unique index enforces. Every function takes the organisation and answers nothing
 * (undefined, false, []) for an id of another organisation or one that is not a UUID.
 * Access rules and the audit log are the service layer's.
 */

export type PriceListRecord = typeof priceLists.$inferSelect & { itemCount: number };

const listColumns = {
  organisationId: priceLists.organisationId,
  id: priceLists.id,
  name: priceLists.name,
  year: priceLists.year,
  version: priceLists.version,
  active: priceLists.active,
  createdAt: priceLists.createdAt,
  itemCount: sql<number>`(select count(*)::int from ${priceItems} where ${priceItems.organisationId} = ${priceLists.organisationId} and ${priceItems.priceListId} = ${priceLists.id})`,
};

/** The organisation's lists, by name (code-point order) and newest version first. */
export async function listPriceLists(db: Db, organisationId: string): Promise<PriceListRecord[]> {
  return withOrganisation(db, organisationId, async (db) => {
    return db
      .select(listColumns)
      .from(priceLists)
      .where(eq(priceLists.organisationId, organisationId))
      .orderBy(sql`${priceLists.name} collate "C"`, desc(priceLists.version));
  });
}

export async function findPriceList(
  db: Db,
  organisationId: string,
  id: string,
): Promise<PriceListRecord | undefined> {
  return withOrganisation(db, organisationId, async (db) => {
    if (!isUuid(id)) return undefined;
    const [found] = await db
      .select(listColumns)
      .from(priceLists)
      .where(listKey(organisationId, id));
    return found;
  });
}

/** Where a new list's items come from: given items, or a copy of another own list's. */
export type NewPriceListItems = { items: readonly PriceItem[] } | { copyOf: string };

/**
 * A new, inactive list: version = the highest version of that name in the organisation + 1.
 * Two lists created under one name at the same moment: the second fails with ConflictError.
 */
export async function createPriceList(
  db: Db,
  input: { organisationId: string; name: string; year: number } & NewPriceListItems,
): Promise<PriceListRecord> {
  return withOrganisation(db, input.organisationId, async (db) => {
    const { organisationId, name, year } = input;
    const id = randomUUID();
    try {
      await db.transaction(async (tx) => {
        const version = (await highestVersion(tx, organisationId, name)) + 1;
        await tx.insert(priceLists).values({ organisationId, id, name, year, version });
        if ('copyOf' in input) {
          await tx.execute(sql`
          insert into ${priceItems} (organisation_id, price_list_id, code, name, name_en, unit,
            unit_price, financier, category, source, price_year, confidence, transfer)
          select organisation_id, ${id}::uuid, code, name, name_en, unit, unit_price, financier,
            category, source, price_year, confidence, transfer
          from ${priceItems}
          where ${priceItems.organisationId} = ${organisationId}
            and ${priceItems.priceListId} = ${input.copyOf}`);
        } else {
          await insertRows(
            tx,
            priceItems,
            input.items.map((item) => toPriceItemRow(organisationId, id, item)),
          );
        }
      });
    } catch (error) {
      throw conflictOnName(error, name);
    }
    const created = await findPriceList(db, organisationId, id);
    if (!created) throw new Error(`price list ${id} vanished after it was created`);
    return created;
  });
}

/**
 * Renames a list or changes its year. A list renamed gets the next version of its new name
 * (the highest of that name + 1), so versions stay unique per name.
 */
export async function updatePriceList(
  db: Db,
  input: {
    organisationId: string;
    id: string;
    name?: string | undefined;
    year?: number | undefined;
  },
): Promise<PriceListRecord | undefined> {
  return withOrganisation(db, input.organisationId, async (db) => {
    const { organisationId, id } = input;
    const current = await findPriceList(db, organisationId, id);
    if (!current) return undefined;
    const changes: Partial<typeof priceLists.$inferInsert> = {};
    if (input.year !== undefined) changes.year = input.year;
    if (input.name !== undefined && input.name !== current.name) {
      changes.name = input.name;
      changes.version = (await highestVersion(db, organisationId, input.name)) + 1;
    }
    if (Object.keys(changes).length > 0) {
      try {
        await db.update(priceLists).set(changes).where(listKey(organisationId, id));
      } catch (error) {
        throw conflictOnName(error, input.name ?? current.name ?? '');
      }
    }
    return findPriceList(db, organisationId, id);
  });
}

/**
 * Makes a list the organisation's active one, or (id null) makes none active, so the
 * shipped reference list applies. Returns the ids whose flag changed. The organisation's
 * lists are locked first, so two activations at once run one after the other instead of
 * colliding on the partial unique index.
 */
export async function activatePriceList(
  db: Db,
  organisationId: string,
  id: string | null,
): Promise<string[] | undefined> {
  return withOrganisation(db, organisationId, async (db) => {
    if (id !== null && !isUuid(id)) return undefined;
    return db.transaction(async (tx) => {
      const lists = await tx
        .select({ id: priceLists.id, active: priceLists.active })
        .from(priceLists)
        .where(eq(priceLists.organisationId, organisationId))
        .orderBy(priceLists.id)
        .for('update');
      if (id !== null && !lists.some((list) => list.id === id)) return undefined;
      const changed = lists
        .filter((list) => (list.id === id) !== list.active)
        .map((list) => list.id);
      const others = id === null ? undefined : ne(priceLists.id, id);
      await tx
        .update(priceLists)
        .set({ active: false })
        .where(and(eq(priceLists.organisationId, organisationId), priceLists.active, others));
      if (id !== null)
        await tx.update(priceLists).set({ active: true }).where(listKey(organisationId, id));
      return changed;
    });
  });
}

/** Deletes a list and its items; false when the organisation has no such list. */
export async function deletePriceList(
  db: Db,
  organisationId: string,
  id: string,
): Promise<boolean> {
  return withOrganisation(db, organisationId, async (db) => {
    if (!isUuid(id)) return false;
    const deleted = await db
      .delete(priceLists)
      .where(listKey(organisationId, id))
      .returning({ id: priceLists.id });
    return deleted.length > 0;
  });
}

/** The codes of the cases priced from a list, in code-point order. */
export async function findCasesUsingPriceList(
  db: Db,
  organisationId: string,
  priceListId: string,
): Promise<string[]> {
  return findCasesPricedFrom(db, organisationId, priceListId);
}

/** The codes of the cases priced from a list that have a line with this item code. */
export async function findCasesUsingPriceItem(
  db: Db,
  organisationId: string,
  priceListId: string,
  code: string,
): Promise<string[]> {
  const usesItem = sql`exists (
    select 1 from ${scenarios} join ${lines} on ${lines.organisationId} = ${scenarios.organisationId}
      and ${lines.scenarioId} = ${scenarios.id}
    where ${scenarios.organisationId} = ${cases.organisationId}
      and ${scenarios.caseId} = ${cases.id} and ${lines.itemCode} = ${code})`;
  return findCasesPricedFrom(db, organisationId, priceListId, usesItem);
}

/** The codes of the cases priced from a list (and meeting `condition`), in code-point order. */
async function findCasesPricedFrom(
  db: Db,
  organisationId: string,
  priceListId: string,
  condition?: SQL,
): Promise<string[]> {
  return withOrganisation(db, organisationId, async (db) => {
    if (!isUuid(priceListId)) return [];
    const rows = await db
      .select({ code: cases.code })
      .from(cases)
      .where(
        and(
          eq(cases.organisationId, organisationId),
          eq(cases.priceListId, priceListId),
          condition,
        ),
      )
      .orderBy(sql`${cases.code} collate "C"`);
    return rows.map((row) => row.code);
  });
}

// Items ----------------------------------------------------------------------------------------

/**
 * A page of a list's items by code, matching a search by the engine's rule
 * (price-item-search.ts): every word of `q` in code, name, nameEn or category (`ilike`),
 * and `category` equal, ignoring case. `total` counts all matches.
 */
export async function listPriceItems(
  db: Db,
  input: PriceItemSearch & {
    organisationId: string;
    priceListId: string;
    limit: number;
    offset: number;
  },
): Promise<{ items: PriceItem[]; total: number }> {
  return withOrganisation(db, input.organisationId, async (db) => {
    if (!isUuid(input.priceListId)) return { items: [], total: 0 };
    const columns = {
      code: priceItems.code,
      name: priceItems.name,
      nameEn: priceItems.nameEn,
      category: priceItems.category,
    } as const satisfies Record<(typeof PRICE_ITEM_SEARCH_FIELDS)[number], unknown>;
    const conditions: (SQL | undefined)[] = [itemsOf(input.organisationId, input.priceListId)];
    for (const word of searchWords(input.q)) {
      const pattern = `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
      conditions.push(
        or(...PRICE_ITEM_SEARCH_FIELDS.map((field) => ilike(columns[field], pattern))),
      );
    }
    const category = searchCategory(input.category);
    if (category !== undefined)
      conditions.push(sql`lower(${priceItems.category}) = lower(${category})`);
    const where = and(...conditions);
    const rows = await db
      .select()
      .from(priceItems)
      .where(where)
      .orderBy(sql`${priceItems.code} collate "C"`)
      .limit(input.limit)
      .offset(input.offset);
    const [counted] = await db.select({ total: count() }).from(priceItems).where(where);
    return { items: rows.map(toPriceItem), total: counted?.total ?? 0 };
  });
}

/**
 * The categories a list's items name, each once as written, in code-point order: the same as
 * the engine's priceItemCategories over the items.
 */
export async function listPriceItemCategories(
  db: Db,
  organisationId: string,
  priceListId: string,
): Promise<string[]> {
  return withOrganisation(db, organisationId, async (db) => {
    if (!isUuid(priceListId)) return [];
    const rows = await db
      .select({ category: priceItems.category })
      .from(priceItems)
      .where(and(itemsOf(organisationId, priceListId), isNotNull(priceItems.category)))
      .groupBy(priceItems.category)
      .orderBy(sql`${priceItems.category} collate "C"`);
    return rows.flatMap((row) => (row.category === null ? [] : [row.category]));
  });
}

/** All of a list's items, by code (code-point order). */
export async function listAllPriceItems(
  db: Db,
  organisationId: string,
  priceListId: string,
): Promise<PriceItem[]> {
  return withOrganisation(db, organisationId, async (db) => {
    if (!isUuid(priceListId)) return [];
    const rows = await db
      .select()
      .from(priceItems)
      .where(itemsOf(organisationId, priceListId))
      .orderBy(sql`${priceItems.code} collate "C"`);
    return rows.map(toPriceItem);
  });
}

export async function findPriceItem(
  db: Db,
  organisationId: string,
  priceListId: string,
  code: string,
): Promise<PriceItem | undefined> {
  return withOrganisation(db, organisationId, async (db) => {
    if (!isUuid(priceListId)) return undefined;
    const [row] = await db
      .select()
      .from(priceItems)
      .where(itemKey(organisationId, priceListId, code));
    return row ? toPriceItem(row) : undefined;
  });
}

/** Adds an item; ConflictError when the list has an item with its code. */
export async function insertPriceItem(
  db: Db,
  organisationId: string,
  priceListId: string,
  item: PriceItem,
): Promise<void> {
  return withOrganisation(db, organisationId, async (db) => {
    try {
      // A savepoint, so a refused insert leaves a surrounding transaction usable.
      await db.transaction(async (tx) => {
        await tx.insert(priceItems).values(toPriceItemRow(organisationId, priceListId, item));
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError(
          `this price list has an item with code "${item.code}" already`,
          'price_items_pkey',
          { cause: error },
        );
      throw error;
    }
  });
}

/** Replaces the item with this code (the code itself stays); false when there is none. */
export async function replacePriceItem(
  db: Db,
  organisationId: string,
  priceListId: string,
  code: string,
  item: PriceItem,
): Promise<boolean> {
  return withOrganisation(db, organisationId, async (db) => {
    if (!isUuid(priceListId)) return false;
    const updated = await db
      .update(priceItems)
      .set(toPriceItemFields(item))
      .where(itemKey(organisationId, priceListId, code))
      .returning({ code: priceItems.code });
    return updated.length > 0;
  });
}

export async function deletePriceItem(
  db: Db,
  organisationId: string,
  priceListId: string,
  code: string,
): Promise<boolean> {
  return withOrganisation(db, organisationId, async (db) => {
    if (!isUuid(priceListId)) return false;
    const deleted = await db
      .delete(priceItems)
      .where(itemKey(organisationId, priceListId, code))
      .returning({ code: priceItems.code });
    return deleted.length > 0;
  });
}

// Helpers --------------------------------------------------------------------------------------

function listKey(organisationId: string, id: string) {
  return and(eq(priceLists.organisationId, organisationId), eq(priceLists.id, id));
}

function itemsOf(organisationId: string, priceListId: string) {
  return and(
    eq(priceItems.organisationId, organisationId),
    eq(priceItems.priceListId, priceListId),
  );
}

function itemKey(organisationId: string, priceListId: string, code: string) {
  return and(itemsOf(organisationId, priceListId), eq(priceItems.code, code));
}

/** The highest version of the lists of that name (null: the unnamed ones), 0 for none. */
export async function highestVersion(
  db: Db,
  organisationId: string,
  name: string | null,
): Promise<number> {
  return withOrganisation(db, organisationId, async (db) => {
    const [latest] = await db
      .select({ version: max(priceLists.version) })
      .from(priceLists)
      .where(
        and(
          eq(priceLists.organisationId, organisationId),
          name === null ? isNull(priceLists.name) : eq(priceLists.name, name),
        ),
      );
    return latest?.version ?? 0;
  });
}

function conflictOnName(error: unknown, name: string): unknown {
  if (isUniqueViolation(error))
    return new ConflictError(
      `another price list named "${name}" was saved at the same moment; try again`,
      'price_lists_name_version',
      { cause: error },
    );
  return error;
}

export function toPriceItemRow(
  organisationId: string,
  priceListId: string,
  item: PriceItem,
): typeof priceItems.$inferInsert {
  return { organisationId, priceListId, code: item.code, ...toPriceItemFields(item) };
}

/** An item's fields besides its key; absent fields are null. */
function toPriceItemFields(item: PriceItem) {
  return {
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
  };
}
