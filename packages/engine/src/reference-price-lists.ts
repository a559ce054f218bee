import type { PriceItem, PriceList } from './case-file-schema.ts';
import { nlSociaalDomeinItems } from './reference/nl-sociaal-domein.generated.ts';

/** A price list shipped with Kassabon, named in a case file by its `code`. */
export type ReferencePriceList = PriceList & { code: string };

export const DEFAULT_REFERENCE_PRICE_LIST_CODE = 'nl-sociaal-domein-2025';

/**
 * The price lists shipped with Kassabon, by code. `nl-sociaal-domein-2025` is built from
 * ../shared/data/reference-price-list.csv by `npm run build:reference`; see
 * docs/reference-price-list.md for its sources, confidence grades and conversions.
 *
 * A list's `year` is its edition, not a price level: every item keeps its own `priceYear`
 * and is NOT indexed. Index to one price year before adding up items from different years.
 * The lists are frozen, so one caller cannot change them for every other.
 */
export const REFERENCE_PRICE_LISTS: Record<string, ReferencePriceList> = Object.freeze({
  [DEFAULT_REFERENCE_PRICE_LIST_CODE]: Object.freeze({
    code: DEFAULT_REFERENCE_PRICE_LIST_CODE,
    name: 'Maatschappelijke prijslijst sociaal domein (Kassabon-referentie)',
    year: 2025,
    items: freezeItems(nlSociaalDomeinItems),
  }),
});

/** The shipped price list with this code, or undefined; only the lists' own codes match. */
export function findReferencePriceList(code: string): ReferencePriceList | undefined {
  return Object.hasOwn(REFERENCE_PRICE_LISTS, code) ? REFERENCE_PRICE_LISTS[code] : undefined;
}

/** Freezes the list and each item in place; returns the same array. */
function freezeItems(items: PriceItem[]): PriceItem[] {
  for (const item of items) Object.freeze(item);
  Object.freeze(items);
  return items;
}
