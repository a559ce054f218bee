import type { PriceList } from '@kassabon/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { priceListKeys } from './query-keys.ts';

/** Makes a list the active one: the list new cases are priced from. */
export function activatePriceList(id: string): Promise<PriceList> {
  return apiRequest<PriceList>(`/price-lists/${encodeURIComponent(id)}/activate`, {
    method: 'POST',
  });
}

export function useActivatePriceList(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => activatePriceList(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: priceListKeys.all }),
  });
}
