import { describe, expect, it } from 'vitest';
import type { PriceItem } from './case-file-schema.ts';
import { indexPriceItems } from './index-price-items.ts';

const base = { name: 'x', unit: 'hour', financier: 'zvw' } as const;
const items: PriceItem[] = [
  { ...base, code: 'a', unitPrice: 100, priceYear: 2023 },
  { ...base, code: 'b', unitPrice: 50 },
  { ...base, code: 'c', unitPrice: 10, priceYear: 2026 },
];

describe('indexPriceItems', () => {
  it('compounds a yearly percentage from each item’s own price year (else the list year)', () => {
    const indexed = indexPriceItems(items, 2024, { toYear: 2025, percentPerYear: 3 });
    expect(indexed[0]?.unitPrice).toBeCloseTo(100 * 1.03 ** 2, 10);
    expect(indexed[1]?.unitPrice).toBeCloseTo(50 * 1.03, 10);
    expect(indexed[2]?.unitPrice).toBeCloseTo(10 / 1.03, 10);
    expect(indexed.map((item) => item.priceYear)).toEqual([2025, 2025, 2025]);
  });

  it('applies an explicit factor to every item, and leaves the input alone', () => {
    const indexed = indexPriceItems(items, 2024, { toYear: 2030, factor: 1.1 });
    expect(indexed.map((item) => item.unitPrice)).toEqual([
      110.00000000000001, 55.00000000000001, 11,
    ]);
    expect(items[0]?.unitPrice).toBe(100);
    expect(items[1]?.priceYear).toBeUndefined();
  });
});
