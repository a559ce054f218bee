import type { PriceItemQuery } from '@kassabon/contract';

/**
 * The feature's query keys in one place: every change of a list or its items invalidates
 * `all`, which holds the lists, each list, its items and its categories.
 */
export const priceListKeys = {
  all: ['price-lists'] as const,
  list: (id: string) => ['price-lists', id] as const,
  items: (id: string, query: Partial<PriceItemQuery>) =>
    ['price-lists', id, 'items', query] as const,
  categories: (id: string) => ['price-lists', id, 'categories'] as const,
};
