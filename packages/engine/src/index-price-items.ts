import type { PriceItem } from './case-file-schema.ts';

/** How prices are indexed: a yearly percentage over the years between, or one factor. */
export type PriceIndexation =
  | { toYear: number; percentPerYear: number }
  | { toYear: number; factor: number };

/**
 * Indexes prices to another year (docs/method.md, "Indexing a price list"):
 *
 * - with a yearly percentage p: unitPrice × (1 + p/100)^(toYear − fromYear), where fromYear
 *   is the item's `priceYear`, or `listYear` for an item without one; an item already at
 *   toYear keeps its price, an item from a later year is deflated;
 * - with an explicit factor f: unitPrice × f for every item, whatever its year.
 *
 * Every item's `priceYear` becomes toYear. Prices stay unrounded euros (ADR 002). The items
 * given are not changed.
 */
export function indexPriceItems(
  items: readonly PriceItem[],
  listYear: number,
  indexation: PriceIndexation,
): PriceItem[] {
  return items.map((item) => {
    const factor =
      'factor' in indexation
        ? indexation.factor
        : (1 + indexation.percentPerYear / 100) **
          (indexation.toYear - (item.priceYear ?? listYear));
    return { ...item, unitPrice: item.unitPrice * factor, priceYear: indexation.toYear };
  });
}
