import type { PriceList, UpdatePriceListRequest } from '@kassabon/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { priceListKeys } from './query-keys.ts';

/** Renames a list (it becomes the next version of the new name) or changes its year. */
export function updatePriceList(id: string, request: UpdatePriceListRequest): Promise<PriceList> {
  return apiRequest<PriceList>(`/price-lists/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    json: request,
  });
}

export function useUpdatePriceList(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdatePriceListRequest) => updatePriceList(id, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: priceListKeys.all }),
  });
}
