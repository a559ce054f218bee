import { MAX_PAGE_SIZE, type Page } from '@kassabon/contract';
import type { PriceItem } from '@kassabon/engine';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/**
 * Every item of one price list (an own list's id or a shipped list's code), page after page:
 * a receipt is priced from the whole list, and a list of a few thousand items is a few pages.
 */
export async function getAllPriceListItems(id: string, signal?: AbortSignal): Promise<PriceItem[]> {
  const items: PriceItem[] = [];
  for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
    const page = await apiRequest<Page<PriceItem>>(`/price-lists/${encodeURIComponent(id)}/items`, {
      query: { limit: String(MAX_PAGE_SIZE), offset: String(offset) },
      signal,
    });
    items.push(...page.items);
    if (page.items.length === 0 || offset + page.items.length >= page.total) return items;
  }
}

/** Under the price lists' key, so a change to a list anywhere in the app refreshes these too. */
export const priceListItemsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['price-lists', id, 'items', 'all'],
    queryFn: ({ signal }) => getAllPriceListItems(id, signal),
    staleTime: 60_000,
  });
