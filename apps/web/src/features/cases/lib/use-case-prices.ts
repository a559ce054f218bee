import type { Pricing } from '@kassabon/contract';
import {
  type CaseFile,
  comparePriceItemCodes,
  createPriceIndex,
  type PriceIndex,
  type PriceItem,
} from '@kassabon/engine';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { priceListItemsQueryOptions } from '../api/get-price-list-items.ts';

export type CasePrices = {
  /** Undefined while the case's own list loads, or when it cannot be had (see `error`). */
  prices: PriceIndex | undefined;
  /** The same items, ordered by code: what a search offers. */
  items: PriceItem[];
  isLoading: boolean;
  error: unknown;
};

/**
 * The price list's year is part of a case file's header but plays no part in pricing or in
 * checking a case: createPriceIndex and validateCaseFile read the items only.
 */
export const PRICE_CONTEXT_YEAR = 2025;

/**
 * The items a case is priced from, as the server prices it (services' price context): the
 * case's own list, if any, over the shipped reference list it names, or over the default
 * reference list when it names neither. createPriceIndex combines them, own items winning on a
 * shared code. The shipped lists come with the engine, so only an own list is fetched; the
 * engine stays out of the first page because the case pages load lazily.
 */
export function useCasePrices(pricing: Pricing): CasePrices {
  const { priceListId, referencePriceList } = pricing;
  const own = useQuery({
    ...priceListItemsQueryOptions(priceListId ?? ''),
    enabled: priceListId !== null,
  });
  const ownItems = own.data;

  return useMemo(() => {
    if (priceListId !== null && ownItems === undefined)
      return { prices: undefined, items: [], isLoading: own.isPending, error: own.error };
    const context: Pick<CaseFile, 'priceList' | 'referencePriceList'> = {
      ...(ownItems !== undefined && priceListId !== null
        ? { priceList: { year: PRICE_CONTEXT_YEAR, items: ownItems } }
        : {}),
      ...(referencePriceList !== null ? { referencePriceList } : {}),
    };
    try {
      const prices = createPriceIndex(context);
      return {
        prices,
        items: [...prices.values()].sort(comparePriceItemCodes),
        isLoading: false,
        error: null,
      };
    } catch (error) {
      // An unknown reference code: the case cannot be priced until its pricing is changed.
      return { prices: undefined, items: [], isLoading: false, error };
    }
  }, [priceListId, referencePriceList, ownItems, own.isPending, own.error]);
}
