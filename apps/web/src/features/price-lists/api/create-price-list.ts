import type { CreatePriceListRequest, PriceList } from '@kassabon/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { priceListKeys } from './query-keys.ts';

/** A new list (the next version of its name), empty or a copy of another list. */
export function createPriceList(request: CreatePriceListRequest): Promise<PriceList> {
  return apiRequest<PriceList>('/price-lists', { method: 'POST', json: request });
}

export function useCreatePriceList() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPriceList,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: priceListKeys.all }),
  });
}
