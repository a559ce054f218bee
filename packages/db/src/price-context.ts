import type { PriceItem, PriceList } from '@kassabon/engine';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from './create-database.ts';
import { withOrganisation } from './organisation-scope.ts';
import { priceItems, priceLists } from './schema.ts';

/**
 * The organisation's own price lists with all their items, as the case file has a price
 * list: what a case priced from one of them is validated and analysed with.
 */
export async function loadOwnPriceLists(
  db: Db,
  organisationId: string,
  ids: string[],
): Promise<Map<string, PriceList>> {
  return withOrganisation(db, organisationId, async (db) => {
    const found = new Map<string, PriceList>();
    if (ids.length === 0) return found;
    const lists = await db
      .select()
      .from(priceLists)
      .where(and(eq(priceLists.organisationId, organisationId), inArray(priceLists.id, ids)));
    const items = await db
      .select()
      .from(priceItems)
      .where(
        and(eq(priceItems.organisationId, organisationId), inArray(priceItems.priceListId, ids)),
      )
      .orderBy(asc(priceItems.code));
    for (const list of lists)
      found.set(list.id, { ...(list.name ? { name: list.name } : {}), year: list.year, items: [] });
    for (const row of items) found.get(row.priceListId)?.items.push(toPriceItem(row));
    return found;
  });
}

/** The id of the organisation's active price list, if it has one. */
export async function findActivePriceListId(
  db: Db,
  organisationId: string,
): Promise<string | undefined> {
  return withOrganisation(db, organisationId, async (db) => {
    const [active] = await db
      .select({ id: priceLists.id })
      .from(priceLists)
      .where(and(eq(priceLists.organisationId, organisationId), eq(priceLists.active, true)));
    return active?.id;
  });
}

/** A stored item as the case file has it: the fields in the schema's order, null left out. */
export function toPriceItem(row: typeof priceItems.$inferSelect): PriceItem {
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
