import type { Pricing } from '@kassabon/contract';
import { createPriceIndex, type PriceItem } from '@kassabon/engine';
import { QueryClient } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../../app/providers.tsx';
import { createI18n } from '../../../lib/i18n.ts';
import { mockApi, problem } from '../../../testing/fetch-mock.ts';
import { useCasePrices } from './use-case-prices.ts';

const LIST_ID = '0b9a3c1e-8d7f-4c55-9a4e-2f3b1d6e7a90';
const reference = createPriceIndex({});

function wrapper({ children }: { children: ReactNode }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <AppProviders queryClient={queryClient} i18n={createI18n()}>
      {children}
    </AppProviders>
  );
}

const pricesOf = (pricing: Pricing) => renderHook(() => useCasePrices(pricing), { wrapper }).result;

/** `count` own items; the first shares its code with the reference list, at another price. */
function ownItems(count: number): PriceItem[] {
  const shared = [...reference.values()][0] as PriceItem;
  return Array.from({ length: count }, (_, index) =>
    index === 0
      ? { ...shared, unitPrice: shared.unitPrice + 1 }
      : {
          code: `eigen-${index}`,
          name: `Eigen ${index}`,
          unit: 'hour',
          unitPrice: index,
          financier: 'overig',
        },
  );
}

describe('useCasePrices', () => {
  it('prices a case without a list of its own from the default reference list, with no request', () => {
    mockApi({});
    const result = pricesOf({ priceListId: null, referencePriceList: null });
    expect(result.current.isLoading).toBe(false);
    expect(result.current.prices).toEqual(reference);
    expect(result.current.items.map((item) => item.code)).toEqual(
      [...reference.keys()].sort((a, b) => (a < b ? -1 : 1)),
    );
  });

  it('pages through an own list and lays it over the reference list, own items first', async () => {
    const items = ownItems(620);
    const fetchMock = mockApi({
      [`GET /api/v1/price-lists/${LIST_ID}/items`]: (request) => {
        const url = new URL(request.url);
        const limit = Number(url.searchParams.get('limit'));
        const offset = Number(url.searchParams.get('offset'));
        return {
          body: { items: items.slice(offset, offset + limit), total: items.length, limit, offset },
        };
      },
    });
    const result = pricesOf({
      priceListId: LIST_ID,
      referencePriceList: 'nl-sociaal-domein-2025',
    });
    expect(result.current.isLoading).toBe(true);
    await waitFor(() => expect(result.current.prices).toBeDefined());
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const shared = items[0] as PriceItem;
    expect(result.current.prices?.get(shared.code)).toEqual(shared);
    expect(result.current.prices?.size).toBe(reference.size + items.length - 1);
    expect(result.current.items).toHaveLength(reference.size + items.length - 1);
  });

  it('prices from the own list alone when the case names no reference list', async () => {
    mockApi({
      [`GET /api/v1/price-lists/${LIST_ID}/items`]: {
        body: { items: ownItems(3), total: 3, limit: 500, offset: 0 },
      },
    });
    const result = pricesOf({ priceListId: LIST_ID, referencePriceList: null });
    await waitFor(() => expect(result.current.prices?.size).toBe(3));
  });

  it('reports a list that cannot be had', async () => {
    mockApi({ [`GET /api/v1/price-lists/${LIST_ID}/items`]: problem(404, 'no such price list') });
    const result = pricesOf({ priceListId: LIST_ID, referencePriceList: null });
    await waitFor(() => expect(result.current.error).toBeTruthy());
    expect(result.current.prices).toBeUndefined();
    expect(result.current.isLoading).toBe(false);
    const unknown = pricesOf({ priceListId: null, referencePriceList: 'nl-2030' });
    expect(unknown.current.error).toBeInstanceOf(Error);
    expect(unknown.current.prices).toBeUndefined();
  });
});
