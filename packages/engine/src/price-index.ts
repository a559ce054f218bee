import type { CaseFile, PriceItem } from './case-file-schema.ts';
import {
  DEFAULT_REFERENCE_PRICE_LIST_CODE,
  findReferencePriceList,
} from './reference-price-lists.ts';

/** Price items by code: what a priced line's `item` refers to. */
export type PriceIndex = ReadonlyMap<string, PriceItem>;

/**
 * The price list a case file's lines are priced from. A file with its own `priceList` uses
 * that; one that names a `referencePriceList` uses the shipped list, with its own items (if
 * any) taking precedence; a file with neither uses the default reference list.
 * Throws on an unknown reference code: validateCaseFile reports that before analysis.
 */
export function createPriceIndex(
  file: Pick<CaseFile, 'priceList' | 'referencePriceList'>,
): PriceIndex {
  const index = new Map<string, PriceItem>();
  const referenceCode = chooseReferenceList(file);
  if (referenceCode !== undefined) {
    const reference = findReferencePriceList(referenceCode);
    if (!reference) throw new Error(`unknown reference price list "${referenceCode}"`);
    for (const item of reference.items) index.set(item.code, item);
  }
  for (const item of file.priceList?.items ?? []) index.set(item.code, item);
  return index;
}

/** Which shipped list applies: the one named, else the default where the file has no list. */
export function chooseReferenceList(file: {
  priceList?: unknown;
  referencePriceList?: unknown;
}): string | undefined {
  if (typeof file.referencePriceList === 'string') return file.referencePriceList.trim();
  return file.priceList === undefined ? DEFAULT_REFERENCE_PRICE_LIST_CODE : undefined;
}
