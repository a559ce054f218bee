import { describe, expect, it } from 'vitest';
import type { PriceItem } from './case-file-schema.ts';
import { matchesPriceItemSearch, priceItemCategories, searchWords } from './price-item-search.ts';

const item: PriceItem = {
  code: 'ggz_ambulant_uur',
  name: 'Specialistische GGZ, ambulant',
  nameEn: 'Specialist mental health care, outpatient',
  unit: 'hour',
  unitPrice: 150,
  financier: 'zvw',
  category: 'GGZ',
};

describe('matchesPriceItemSearch', () => {
  it.each([
    ['', true],
    ['ggz', true],
    ['GGZ_AMB', true],
    ['outpatient', true],
    ['ambulant ggz', true],
    ['  mental   care ', true],
    ['ggz wmo', false],
    ['zvw', false],
    ['%', false],
    ['_', true],
  ])('q=%j matches: %s', (q, expected) => {
    expect(matchesPriceItemSearch(item, { q })).toBe(expected);
  });

  it('filters on the category, ignoring case, and only on equality', () => {
    expect(matchesPriceItemSearch(item, { category: 'ggz' })).toBe(true);
    expect(matchesPriceItemSearch(item, { category: 'gg' })).toBe(false);
    expect(matchesPriceItemSearch(item, { q: 'ambulant', category: 'wmo' })).toBe(false);
  });

  it('cuts a query into at most eight words', () => {
    expect(searchWords(' a  B\tc ')).toEqual(['a', 'b', 'c']);
    expect(searchWords('1 2 3 4 5 6 7 8 9 10')).toHaveLength(8);
  });
});

describe('priceItemCategories', () => {
  it('names each category once, as written, in code-point order', () => {
    const { category: _, ...uncategorised } = item;
    const items = [
      ...['wmo', 'GGZ', 'wmo', 'Wmo', 'inkomen'].map((category) => ({ ...item, category })),
      uncategorised,
    ];
    expect(priceItemCategories(items)).toEqual(['GGZ', 'Wmo', 'inkomen', 'wmo']);
    expect(priceItemCategories([])).toEqual([]);
  });
});
