import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  convertReferenceCsv,
  DAGDEEL_SOURCE_NOTE,
  REFERENCE_CSV_COLUMNS,
  REFERENCE_CSV_PATH,
  REFERENCE_MODULE_PATH,
  renderReferenceModule,
} from './reference-price-list-conversion.ts';

const HEADER = REFERENCE_CSV_COLUMNS.join(',');

function csv(...rows: string[]): string {
  return [HEADER, ...rows, ''].join('\n');
}

const SERVICE_ROW =
  'wmo_hbh_uur,"Wmo hulp bij het huishouden, per uur","Wmo domestic help, per hour",wmo,hour,32.40,2023,gemeente-wmo,"Tarieven Wmo 2023, Gemeente X",medium';

describe('the committed reference price list', () => {
  it('is what npm run build:reference makes of the CSV today', () => {
    const expected = renderReferenceModule(
      convertReferenceCsv(readFileSync(REFERENCE_CSV_PATH, 'utf8')),
    );
    const committed = readFileSync(REFERENCE_MODULE_PATH, 'utf8');
    // On a mismatch: run `npm run build:reference` and commit the result.
    expect(committed).toBe(expected);
  });

  it('doubles every dagdeel price of the CSV, and only those', () => {
    const csvText = readFileSync(REFERENCE_CSV_PATH, 'utf8');
    const items = convertReferenceCsv(csvText);
    const doubled = items.filter((item) => item.source?.endsWith(DAGDEEL_SOURCE_NOTE));
    expect(doubled.map((item) => item.code)).toEqual([
      'wmo_dagbesteding_licht_dagdeel_2023',
      'wmo_dagbesteding_midden_dagdeel_2023',
      'wmo_dagbesteding_zwaar_dagdeel_2023',
      'wmo_dagbesteding_pgb_dagdeel_zeist_2022',
      'jeugd_dagbesteding_basis_dagdeel_2023',
      'jeugd_dagbesteding_spec_dagdeel_2023',
    ]);
    const csvPrices = new Map(
      csvText
        .split('\n')
        .filter((line) => line.includes('dagdeel_'))
        .map((line) => [line.split(',')[0], Number(/,day,([\d.]+),/.exec(line)?.[1])]),
    );
    for (const item of doubled) {
      const perDagdeel = csvPrices.get(item.code) ?? Number.NaN;
      expect(item.unitPrice, item.code).toBeCloseTo(2 * perDagdeel, 10);
    }
  });
});

describe('convertReferenceCsv', () => {
  it('maps the columns onto a price item', () => {
    expect(convertReferenceCsv(csv(SERVICE_ROW))).toEqual([
      {
        code: 'wmo_hbh_uur',
        name: 'Wmo hulp bij het huishouden, per uur',
        nameEn: 'Wmo domestic help, per hour',
        category: 'wmo',
        unit: 'hour',
        unitPrice: 32.4,
        priceYear: 2023,
        financier: 'gemeente-wmo',
        confidence: 'medium',
        source: 'Tarieven Wmo 2023, Gemeente X',
      },
    ]);
  });

  it('turns a price per dagdeel into a price per day of two dagdelen', () => {
    const [item] = convertReferenceCsv(
      csv(
        'dagbesteding_dagdeel,"Dagbesteding licht, per dagdeel","Day activities, per half-day",wmo,day,35.755,2023,gemeente-wmo,"Tarieven; eenheid = dagdeel",medium',
      ),
    );
    expect(item).toMatchObject({
      code: 'dagbesteding_dagdeel',
      name: 'Dagbesteding licht, per dag (2 dagdelen)',
      nameEn: 'Day activities, per day (2 half-days)',
      unit: 'day',
      unitPrice: 71.51,
      source: 'Tarieven; eenheid = dagdeel (omgerekend naar per dag: 2 dagdelen)',
    });
  });

  it.each([
    ['pw_norm', 'gemeente-participatiewet'],
    ['huurtoeslag_gem', 'rijk-toeslagen'],
    ['zorgtoeslag_gem', 'rijk-toeslagen'],
  ])('marks %s (%s) as a transfer', (code, financier) => {
    const [item] = convertReferenceCsv(
      csv(`${code},Uitkering,Benefit,inkomen,month,100,2025,${financier},Bron,high`),
    );
    expect(item?.transfer).toBe(true);
  });

  it('leaves fees paid from bijzondere bijstand as resource use', () => {
    const [item] = convertReferenceCsv(
      csv(
        'bewind_std,Bewind,Administration,schulden,year,1320,2024,gemeente-participatiewet,Bron,high',
      ),
    );
    expect(item?.transfer).toBeUndefined();
  });

  it.each([
    [
      'a price with a decimal comma',
      SERVICE_ROW.replace('32.40', '"32,40"'),
      /line 2 \(wmo_hbh_uur\): unit_price_eur/,
    ],
    [
      'an empty price',
      SERVICE_ROW.replace('32.40', ''),
      /line 2 \(wmo_hbh_uur\): unit_price_eur is empty/,
    ],
    [
      'an unknown unit',
      SERVICE_ROW.replace(',hour,', ',uur,'),
      /line 2 \(wmo_hbh_uur\): unit must be one of/,
    ],
    [
      'an unknown grade',
      SERVICE_ROW.replace(/medium$/, 'gemiddeld'),
      /line 2 \(wmo_hbh_uur\): confidence/,
    ],
    ['a bad year', SERVICE_ROW.replace(',2023,', ',23,'), /line 2 \(wmo_hbh_uur\): price_year/],
    [
      'a missing column',
      SERVICE_ROW.replace(/,medium$/, ''),
      /reference-price-list\.csv: Invalid Record Length.*line 2/,
    ],
    [
      'a dagdeel row in hours',
      SERVICE_ROW.replace('per uur"', 'per dagdeel"'),
      /line 2 \(wmo_hbh_uur\): a "dagdeel" row must have unit day/,
    ],
  ])('fails loudly on %s, naming the row', (_case, row, message) => {
    expect(() => convertReferenceCsv(csv(row))).toThrow(message);
  });

  it('fails on a code used twice, naming both lines', () => {
    expect(() => convertReferenceCsv(csv(SERVICE_ROW, SERVICE_ROW))).toThrow(
      'line 3 (wmo_hbh_uur): code already used on line 2',
    );
  });

  it('fails on a header it does not know', () => {
    expect(() =>
      convertReferenceCsv(`${HEADER.replace('unit_price_eur', 'prijs')}\n${SERVICE_ROW}\n`),
    ).toThrow(/header must be code,name_nl/);
  });
});

describe('renderReferenceModule', () => {
  it('starts with a do-not-edit line and exports the items', () => {
    const text = renderReferenceModule(convertReferenceCsv(csv(SERVICE_ROW)));
    expect(text.split('\n')[0]).toMatch(
      /^\/\/ Generated by scripts\/build-reference-price-list\.ts.*Do not edit by hand/,
    );
    expect(text).toContain('export const nlSociaalDomeinItems: PriceItem[] = [');
    expect(text).toContain('"code":"wmo_hbh_uur"');
  });
});
