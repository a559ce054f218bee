import type { PriceItemPage, PriceItemQuery } from '@kassabon/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { priceListKeys } from './query-keys.ts';

/** One page of a list's items matching a search (every word of `q`) and a category. */
export const priceItemsQueryOptions = (id: string, query: PriceItemQuery) =>
  queryOptions({
    queryKey: priceListKeys.items(id, query),
    queryFn: ({ signal }) =>
      apiRequest<PriceItemPage>(`/price-lists/${encodeURIComponent(id)}/items`, {
        signal,
        query: {
          q: query.q || undefined,
          category: query.category || undefined,
          limit: String(query.limit),
          offset: String(query.offset),
        },
      }),
    // The table keeps showing the last page while the next search or page loads.
    placeholderData: keepPreviousData,
  });

export function usePriceItems(id: string, query: PriceItemQuery) {
  return useQuery(priceItemsQueryOptions(id, query));
}
