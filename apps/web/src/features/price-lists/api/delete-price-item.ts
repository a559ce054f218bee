import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { priceListKeys } from './query-keys.ts';

/** Deletes an item; a 409 names the cases whose receipts use it. */
export function deletePriceItem(listId: string, code: string): Promise<void> {
  return apiRequest<void>(
    `/price-lists/${encodeURIComponent(listId)}/items/${encodeURIComponent(code)}`,
    { method: 'DELETE' },
  );
}

export function useDeletePriceItem(listId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => deletePriceItem(listId, code),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: priceListKeys.all }),
  });
}
