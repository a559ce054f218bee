import type { PriceListList } from '@kassabon/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { priceListKeys } from './query-keys.ts';

/** The organisation's own lists, then the shipped ones. */
export const priceListsQueryOptions = () =>
  queryOptions({
    queryKey: priceListKeys.all,
    queryFn: ({ signal }) => apiRequest<PriceListList>('/price-lists', { signal }),
  });

export function usePriceLists() {
  return useQuery(priceListsQueryOptions());
}
