import { CreatePriceListRequestSchema, IndexPriceListRequestSchema } from '@kassabon/contract';
import { PriceItemSchema } from '@kassabon/engine';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { describeIssue } from './form-validation.tsx';
import { createI18n } from './i18n.ts';

const nl = createI18n('nl').t;
const en = createI18n('en').t;

/** The translated message of the first issue at `field` when `schema` checks `value`. */
function messageFor(schema: z.ZodType, value: Record<string, unknown>, field: string, t = nl) {
  const result = schema.safeParse(value);
  const issue = result.error?.issues.find((candidate) => candidate.path.join('.') === field);
  if (!issue) throw new Error(`no issue at ${field}`);
  return describeIssue(issue, value[field], t);
}

const item = { code: 'x', name: 'X', unit: 'hour', unitPrice: 10, financier: 'zvw' };

describe('describeIssue', () => {
  it.each([
    ['an empty required text', { ...item, name: '  ' }, 'name', 'Vul dit in.'],
    ['a missing required number', { ...item, unitPrice: undefined }, 'unitPrice', 'Vul dit in.'],
    ['a missing choice', { ...item, unit: undefined }, 'unit', 'Vul dit in.'],
    ['a number being typed', { ...item, unitPrice: '-' }, 'unitPrice', 'Vul een getal in.'],
    ['a negative price', { ...item, unitPrice: -5 }, 'unitPrice', 'Moet 0 of meer zijn.'],
    ['a year with decimals', { ...item, priceYear: 2025.5 }, 'priceYear', 'Vul een heel getal in.'],
    ['a year too late', { ...item, priceYear: 2300 }, 'priceYear', 'Moet 2200 of minder zijn.'],
    ['text too long', { ...item, code: 'x'.repeat(101) }, 'code', 'Hoogstens 100 tekens.'],
    ['an unknown choice', { ...item, unit: 'uur' }, 'unit', 'Kies een van de mogelijkheden.'],
  ])('%s', (_, value, field, expected) => {
    expect(messageFor(PriceItemSchema, value, field)).toBe(expected);
  });

  it('names exclusive limits and speaks English to an English user', () => {
    const [byPercentage] = IndexPriceListRequestSchema.options;
    const index = { toYear: 2026, percentPerYear: -100 };
    expect(messageFor(byPercentage, index, 'percentPerYear')).toBe('Moet meer dan -100 zijn.');
    expect(messageFor(byPercentage, index, 'percentPerYear', en)).toBe('Must be more than -100.');
    expect(messageFor(CreatePriceListRequestSchema, { name: '', year: 2025 }, 'name', en)).toBe(
      'Fill this in.',
    );
  });
});
