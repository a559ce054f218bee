import type { PriceItem } from './case-file-schema.ts';

/**
 * Searching a price list while building a receipt. The rule, in one place: the query is cut
 * into words at white space, and an item matches when every word occurs, ignoring case, in
 * at least one of its searched fields (anywhere in the text: `ggz` finds `ggz_ambulant_uur`
 * and "Specialistische GGZ"). `category`, when given, must equal the item's category,
 * ignoring case. Results are ordered by code (code-point order).
 *
 * The organisation's own lists are searched in SQL (`ilike` per word and field, in
 * packages/db), the shipped lists in memory with matchesPriceItemSearch; both take their
 * words and fields from here, and a test checks that they find the same items.
 */
export const PRICE_ITEM_SEARCH_FIELDS = ['code', 'name', 'nameEn', 'category'] as const;

/** At most this many words of a query count; the rest is ignored. */
export const MAX_SEARCH_WORDS = 8;

export type PriceItemSearch = { q?: string | undefined; category?: string | undefined };

/** The words of a query, lower case; none for an empty query (every item matches). */
export function searchWords(q: string | undefined): string[] {
  return (q ?? '')
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '')
    .slice(0, MAX_SEARCH_WORDS);
}

/** The category filter, trimmed; undefined when there is none. */
export function searchCategory(category: string | undefined): string | undefined {
  const trimmed = category?.trim();
  return trimmed ? trimmed : undefined;
}

/** Whether an item matches a search (see above). */
export function matchesPriceItemSearch(item: PriceItem, search: PriceItemSearch): boolean {
  const category = searchCategory(search.category);
  if (category !== undefined && item.category?.toLowerCase() !== category.toLowerCase())
    return false;
  return searchWords(search.q).every((word) =>
    PRICE_ITEM_SEARCH_FIELDS.some((field) => item[field]?.toLowerCase().includes(word)),
  );
}

/** Code-point order of item codes, as `collate "C"` in SQL. */
export function comparePriceItemCodes(a: PriceItem, b: PriceItem): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/**
 * The categories a list's items name, each once as written, in code-point order: what a
 * category filter offers. SQL gives the same (`distinct ... collate "C"`, packages/db).
 */
export function priceItemCategories(items: readonly PriceItem[]): string[] {
  const categories = new Set<string>();
  for (const item of items) if (item.category !== undefined) categories.add(item.category);
  return [...categories].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
