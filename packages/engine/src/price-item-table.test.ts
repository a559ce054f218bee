import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeSpreadsheetText,
  findPriceItemField,
  parseDecimal,
  readPriceItemRow,
  unescapeSpreadsheetText,
  writePriceItemRow,
} from './price-item-table.ts';

describe('findPriceItemField', () => {
  it.each([
    ['code', 'code'],
    ['Naam', 'name'],
    ['name_nl', 'name'],
    ['nameEn', 'nameEn'],
    ['name_en', 'nameEn'],
    ['EENHEID', 'unit'],
    ['Eenheidsprijs (€)', 'unitPrice'],
    ['prijs', 'unitPrice'],
    ['unit_price_eur', 'unitPrice'],
    ['unitPrice', 'unitPrice'],
    ['Financier', 'financier'],
    ['categorie', 'category'],
    ['bron', 'source'],
    ['Prijsjaar', 'priceYear'],
    ['price_year', 'priceYear'],
    ['betrouwbaarheid', 'confidence'],
    ['zekerheid', 'confidence'],
    ['overdracht', 'transfer'],
  ])('reads the column %s as %s', (column, field) => {
    expect(findPriceItemField(column)).toBe(field);
  });

  it('knows no other columns', () => {
    expect(findPriceItemField('opmerking')).toBeUndefined();
    expect(findPriceItemField('')).toBeUndefined();
  });
});

describe('parseDecimal', () => {
  it.each([
    ['12', 12],
    ['12.5', 12.5],
    ['12,5', 12.5],
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['1.234.567', 1234567],
    ['€ 1.234,56', 1234.56],
    ['1\u00a0234,5', 1234.5],
    ['1.234', 1.234],
    ['-3,5', -3.5],
    ['1e3', 1000],
  ])('reads %s as %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each(['veel', '', '1,2,3.4.5', '12,5 euro', '1..2', '0x10'])('refuses %j', (text) => {
    expect(parseDecimal(text)).toBeUndefined();
  });

  it.each<[string, 'nl' | 'en', number]>([
    ['13.000', 'nl', 13000],
    ['13,000', 'nl', 13],
    ['13,000', 'en', 13000],
    ['13.000', 'en', 13],
    ['1.5', 'nl', 1.5],
    ['2,25', 'en', 2.25],
    ['13.000,50', 'nl', 13000.5],
    ['-1.500', 'nl', -1500],
  ])('reads %s in %s as a person writing that language means it: %d', (text, language, value) => {
    expect(parseDecimal(text, language)).toBe(value);
  });
});

describe('formula escaping', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+31 6', "'+31 6"],
    ['-5 kg', "'-5 kg"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ["'=x", "''=x"],
    ['gewoon', 'gewoon'],
    ["'t Huis", "'t Huis"],
  ])('writes %j as %j', (text, escaped) => {
    expect(escapeSpreadsheetText(text)).toBe(escaped);
    expect(unescapeSpreadsheetText(escaped)).toBe(text);
  });

  it('reads back any escaped text exactly', () => {
    fc.assert(
      fc.property(
        fc.string(),
        (text) => unescapeSpreadsheetText(escapeSpreadsheetText(text)) === text,
      ),
    );
  });
});

describe('readPriceItemRow', () => {
  const row = {
    code: 'ggz_uur',
    name: 'GGZ-behandeling',
    unit: 'Hour',
    unitPrice: '1.234,5',
    financier: 'zvw',
    priceYear: '2024',
    confidence: 'high',
    transfer: 'nee',
    source: '',
  };

  it('turns cells into a price item: decimal commas, case-insensitive choices, yes/no in Dutch', () => {
    expect(readPriceItemRow(row)).toEqual({
      ok: true,
      item: {
        code: 'ggz_uur',
        name: 'GGZ-behandeling',
        unit: 'hour',
        unitPrice: 1234.5,
        financier: 'zvw',
        priceYear: 2024,
        confidence: 'high',
        transfer: false,
      },
    });
  });

  it('names each wrong field, with the Dutch hint where one applies', () => {
    const result = readPriceItemRow({
      ...row,
      unit: 'uur',
      unitPrice: 'veel',
      confidence: 'hoog',
      priceYear: '2024,5',
      financier: '',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => `${issue.path}: ${issue.message}`).sort()).toEqual([
      'confidence: must be one of high, medium, low (got text "hoog"); use "high" for Dutch "hoog"',
      'financier: is required',
      'priceYear: must be a whole year, e.g. 2025 (got 2024.5)',
      'unit: must be one of year, month, week, day, hour, contact, trajectory, once (got text "uur"); use "hour" for Dutch "uur"',
      'unitPrice: must be a number (got text "veel")',
    ]);
  });

  it('gives back what writePriceItemRow wrote, formulas and all', () => {
    const item = {
      code: '=1+1',
      name: '@naam',
      unit: 'day' as const,
      unitPrice: 0.1 + 0.2,
      financier: '-gemeente',
      transfer: true,
    };
    const cells = writePriceItemRow(item);
    expect(cells[0]).toBe("'=1+1");
    const [
      code,
      name,
      nameEn,
      unit,
      unitPrice,
      financier,
      category,
      source,
      priceYear,
      confidence,
      transfer,
    ] = cells;
    expect(
      readPriceItemRow({
        code,
        name,
        nameEn,
        unit,
        unitPrice,
        financier,
        category,
        source,
        priceYear,
        confidence,
        transfer,
      }),
    ).toEqual({ ok: true, item });
  });
});
