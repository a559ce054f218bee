import type { IndexPriceListRequest, PriceList } from '@kassabon/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { priceListKeys } from './query-keys.ts';

/** A new version of the list with every price indexed to another year. */
export function indexPriceList(id: string, request: IndexPriceListRequest): Promise<PriceList> {
  return apiRequest<PriceList>(`/price-lists/${encodeURIComponent(id)}/index`, {
    method: 'POST',
    json: request,
  });
}

export function useIndexPriceList(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: IndexPriceListRequest) => indexPriceList(id, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: priceListKeys.all }),
  });
}
