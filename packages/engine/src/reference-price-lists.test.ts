import { describe, expect, it } from 'vitest';
import { PriceItemSchema, PriceListSchema } from './case-file-schema.ts';
import {
  DEFAULT_REFERENCE_PRICE_LIST_CODE,
  findReferencePriceList,
  REFERENCE_PRICE_LISTS,
} from './reference-price-lists.ts';

const list = REFERENCE_PRICE_LISTS[DEFAULT_REFERENCE_PRICE_LIST_CODE];
const items = list?.items ?? [];
const byCode = new Map(items.map((item) => [item.code, item]));

describe('the reference price lists', () => {
  it('hold the default list under its own code', () => {
    expect(DEFAULT_REFERENCE_PRICE_LIST_CODE).toBe('nl-sociaal-domein-2025');
    expect(list?.code).toBe(DEFAULT_REFERENCE_PRICE_LIST_CODE);
    expect(list?.name).toBe('Maatschappelijke prijslijst sociaal domein (Kassabon-referentie)');
    expect(list?.year).toBe(2025);
    for (const [code, each] of Object.entries(REFERENCE_PRICE_LISTS)) expect(each.code).toBe(code);
  });

  it('are valid price lists of valid price items', () => {
    expect(PriceListSchema.safeParse(list).success).toBe(true);
    const invalid = items.filter((item) => !PriceItemSchema.safeParse(item).success);
    expect(invalid.map((item) => item.code)).toEqual([]);
  });

  it('hold the 117 rows of the CSV, each under its own code', () => {
    expect(items).toHaveLength(117);
    expect(byCode.size).toBe(items.length);
  });

  it('keep a source, a price year and a confidence grade on every item', () => {
    for (const item of items) {
      expect(item.source, item.code).toMatch(/\S/);
      expect(item.priceYear, item.code).toBeTypeOf('number');
      expect(item.confidence, item.code).toBeDefined();
    }
  });

  it.each([
    ['wmo_dagbesteding_licht_dagdeel_2023', 35.76, 71.52],
    ['wmo_dagbesteding_midden_dagdeel_2023', 46.15, 92.3],
    ['wmo_dagbesteding_zwaar_dagdeel_2023', 65.57, 131.14],
    ['wmo_dagbesteding_pgb_dagdeel_zeist_2022', 39.69, 79.38],
    ['jeugd_dagbesteding_basis_dagdeel_2023', 50.94, 101.88],
    ['jeugd_dagbesteding_spec_dagdeel_2023', 90.49, 180.98],
  ])('prices %s per day as two dagdelen (%s per dagdeel → %s)', (code, _perDagdeel, perDay) => {
    const item = byCode.get(code);
    expect(item?.unit).toBe('day');
    expect(item?.unitPrice).toBe(perDay);
    expect(item?.name).toContain('per dag (2 dagdelen)');
    expect(item?.source).toMatch(/\(omgerekend naar per dag: 2 dagdelen\)$/);
  });

  it('have no item left priced per dagdeel', () => {
    const perDagdeel = items.filter((item) =>
      /per dagdeel|per half-day/i.test(`${item.name} ${item.nameEn ?? ''}`),
    );
    expect(perDagdeel.map((item) => item.code)).toEqual([]);
  });

  it('mark benefits and allowances as transfers, and nothing else', () => {
    const transfers = items.filter((item) => item.transfer === true).map((item) => item.code);
    const participatiewet = items.filter((item) => item.code.startsWith('pw_'));
    expect(participatiewet).toHaveLength(21);
    for (const item of participatiewet) expect(item.transfer, item.code).toBe(true);
    expect(transfers.sort()).toEqual(
      [
        ...participatiewet.map((item) => item.code),
        'huurtoeslag_gem_jaar_2012',
        'huurtoeslag_gem_mnd_2008',
        'huurtoeslag_gem_jaar_seed',
      ].sort(),
    );
  });

  it.each([
    'bewind_std_jaar_2024_exbtw',
    'pleegvergoeding_0_8_dag_2021',
    'wml_uur_2025',
    'productiviteitsverlies_uur_kh_2022',
    'wmo_hbh_uur_westerveld_2023',
  ])('count %s as resource use, not a transfer', (code) => {
    expect(byCode.get(code)?.transfer).toBeUndefined();
  });

  it('are frozen, so no caller can change them for the others', () => {
    expect(Object.isFrozen(REFERENCE_PRICE_LISTS)).toBe(true);
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(items)).toBe(true);
    expect(items.every((item) => Object.isFrozen(item))).toBe(true);
  });
});

describe('findReferencePriceList', () => {
  it('finds a shipped list by its code', () => {
    expect(findReferencePriceList('nl-sociaal-domein-2025')).toBe(list);
  });

  it.each(['nl-sociaal-domein-2024', '', 'toString', '__proto__', 'constructor'])(
    'finds nothing for %j',
    (code) => {
      expect(findReferencePriceList(code)).toBeUndefined();
    },
  );
});
