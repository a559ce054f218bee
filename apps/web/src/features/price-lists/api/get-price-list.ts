import type { PriceList } from '@kassabon/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { priceListKeys } from './query-keys.ts';

/** One list, own (by UUID) or shipped (by code). */
export const priceListQueryOptions = (id: string) =>
  queryOptions({
    queryKey: priceListKeys.list(id),
    queryFn: ({ signal }) =>
      apiRequest<PriceList>(`/price-lists/${encodeURIComponent(id)}`, { signal }),
  });

export function usePriceList(id: string) {
  return useQuery(priceListQueryOptions(id));
}
