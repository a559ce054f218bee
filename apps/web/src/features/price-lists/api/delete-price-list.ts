import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { priceListKeys } from './query-keys.ts';

/** Deletes an own list; a 409 names the cases priced from it. */
export function deletePriceList(id: string): Promise<void> {
  return apiRequest<void>(`/price-lists/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeletePriceList(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deletePriceList(id),
    onSuccess: () => {
      // The page of the deleted list is left at once: its own query must not load again.
      queryClient.removeQueries({ queryKey: priceListKeys.list(id) });
      return queryClient.invalidateQueries({ queryKey: priceListKeys.all });
    },
  });
}
