import {
  type CreatePriceListRequest,
  CreatePriceListRequestSchema,
  IndexPriceListRequestSchema,
} from '@kassabon/contract';
import { PriceItemSchema } from '@kassabon/engine';
import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { renderPage } from '../testing/render.tsx';
import { describeIssue, useFormValidation } from './form-validation.tsx';
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

/** A list's name and year, as the price-list forms ask for them; `onSend` gets what is valid. */
function NameYearForm({
  title,
  onSend,
}: {
  title: string;
  onSend: (request: CreatePriceListRequest) => void;
}) {
  const [values, setValues] = useState({ name: '', year: '' });
  const validation = useFormValidation(CreatePriceListRequestSchema, {
    name: values.name,
    year: values.year === '' ? undefined : Number(values.year),
  });
  return (
    <form
      aria-label={title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = validation.check();
        if (data) onSend(data);
      }}
    >
      {(['name', 'year'] as const).map((field) => (
        <label key={field}>
          {field}
          <input
            id={validation.idOf(field)}
            value={values[field]}
            onChange={(event) => {
              setValues({ ...values, [field]: event.currentTarget.value });
              validation.touch(field);
            }}
          />
        </label>
      ))}
      <p>{validation.error('year')}</p>
      <button type="submit">Versturen</button>
    </form>
  );
}

describe('useFormValidation', () => {
  it('on submit shows the errors and takes the user to the first wrong field of its own form', async () => {
    const onSend = vi.fn();
    const { user } = renderPage(
      <>
        <NameYearForm title="Eerste" onSend={onSend} />
        <NameYearForm title="Tweede" onSend={onSend} />
      </>,
    );
    const second = screen.getByRole('form', { name: 'Tweede' });
    await user.click(within(second).getByRole('button', { name: 'Versturen' }));
    expect(within(second).getByLabelText('name')).toHaveFocus();

    await user.type(within(second).getByLabelText('name'), 'Eigen lijst');
    await user.click(within(second).getByRole('button', { name: 'Versturen' }));
    expect(within(second).getByLabelText('year')).toHaveFocus();
    expect(within(second).getByText('Vul dit in.')).toBeVisible();
    expect(onSend).not.toHaveBeenCalled();

    await user.type(within(second).getByLabelText('year'), '2025');
    await user.click(within(second).getByRole('button', { name: 'Versturen' }));
    expect(onSend).toHaveBeenCalledWith({ name: 'Eigen lijst', year: 2025 });
  });
});
