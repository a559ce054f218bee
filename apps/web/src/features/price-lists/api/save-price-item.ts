import type { PriceItem } from '@kassabon/engine';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { priceListKeys } from './query-keys.ts';

const itemsPath = (listId: string) => `/price-lists/${encodeURIComponent(listId)}/items`;

/** Adds an item to an own list (409 on a code the list has). */
export function addPriceItem(listId: string, item: PriceItem): Promise<PriceItem> {
  return apiRequest<PriceItem>(itemsPath(listId), { method: 'POST', json: item });
}

/** Replaces an item of an own list; its code stays. */
export function replacePriceItem(listId: string, item: PriceItem): Promise<PriceItem> {
  return apiRequest<PriceItem>(`${itemsPath(listId)}/${encodeURIComponent(item.code)}`, {
    method: 'PUT',
    json: item,
  });
}

/** Adds the item, or replaces the item with its code when `editing`. */
export function useSavePriceItem(listId: string, editing: boolean) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: PriceItem) =>
      editing ? replacePriceItem(listId, item) : addPriceItem(listId, item),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: priceListKeys.all }),
  });
}
