import type { PriceItemCategories } from '@kassabon/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { priceListKeys } from './query-keys.ts';

/** The categories a list's items name, for the filter. */
export const categoriesQueryOptions = (id: string) =>
  queryOptions({
    queryKey: priceListKeys.categories(id),
    queryFn: ({ signal }) =>
      apiRequest<PriceItemCategories>(`/price-lists/${encodeURIComponent(id)}/categories`, {
        signal,
      }),
  });

export function useCategories(id: string) {
  return useQuery(categoriesQueryOptions(id));
}
