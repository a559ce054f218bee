import type { PriceItem } from '@kassabon/engine';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, problem } from '../../../testing/fetch-mock.ts';
import { renderPage } from '../../../testing/render.tsx';
import { PriceItemForm } from './price-item-form.tsx';

const LIST = '00000000-0000-4000-8000-0000000000aa';
const item: PriceItem = {
  code: 'ggz_uur',
  name: 'GGZ, ambulant',
  unit: 'hour',
  unitPrice: 120,
  financier: 'zvw',
  category: 'zorg-ggz',
  priceYear: 2025,
};

function renderForm(props: { item?: PriceItem; language?: 'nl' | 'en' } = {}) {
  const onSaved = vi.fn();
  const rendered = renderPage(
    <PriceItemForm
      listId={LIST}
      {...(props.item ? { item: props.item } : {})}
      onSaved={onSaved}
      onCancel={() => {}}
    />,
    { language: props.language ?? 'nl' },
  );
  return { ...rendered, onSaved };
}

describe('PriceItemForm', () => {
  it('says what is wrong next to the field while the user types, in Dutch', async () => {
    const fetchMock = mockApi({});
    const { user } = renderForm({ item });
    const price = screen.getByRole('textbox', { name: /Eenheidsprijs/ });
    await user.clear(price);
    await user.type(price, '-5');
    expect(price).toHaveAttribute('aria-invalid', 'true');
    expect(price).toHaveAccessibleDescription(/Moet 0 of meer zijn\./);

    const name = screen.getByRole('textbox', { name: 'Naam' });
    await user.clear(name);
    expect(name).toHaveAccessibleDescription('Vul dit in.');

    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(fetchMock).not.toHaveBeenCalled();
    // Focus goes to the first wrong field.
    expect(name).toHaveFocus();
  });

  it('says it in English for an English user', async () => {
    mockApi({});
    const { user } = renderForm({ item, language: 'en' });
    const price = screen.getByRole('textbox', { name: /Unit price/ });
    await user.clear(price);
    await user.type(price, '-5');
    expect(price).toHaveAccessibleDescription(/Must be 0 or more\./);
  });

  it('shows no error on a field the user has not touched, until the form is sent', async () => {
    mockApi({});
    const { user } = renderForm();
    const code = screen.getByRole('textbox', { name: /^Code/ });
    expect(code).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveFocus();
    expect(screen.getAllByText('Vul dit in.').length).toBeGreaterThanOrEqual(5);
  });

  it('replaces an edited item with what the engine accepts, decimal comma and all', async () => {
    const fetchMock = mockApi({
      [`PUT /api/v1/price-lists/${LIST}/items/ggz_uur`]: async (request) => ({
        body: await request.json(),
      }),
    });
    const { user, onSaved } = renderForm({ item });
    const price = screen.getByRole('textbox', { name: /Eenheidsprijs/ });
    await user.clear(price);
    await user.type(price, '132,5');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [, init] = fetchMock.mock.calls[0] ?? [];
    expect(JSON.parse(String(init?.body))).toEqual({ ...item, unitPrice: 132.5 });
    expect(screen.getByRole('textbox', { name: /^Code/ })).toHaveAttribute('readonly');
  });

  it("shows the API's field errors next to their fields, and a code the list has", async () => {
    let posts = 0;
    mockApi({
      [`POST /api/v1/price-lists/${LIST}/items`]: () =>
        posts++ === 0
          ? problem(422, 'The request is not valid', {
              errors: [{ path: 'body.name', message: 'must be at most 300 characters' }],
            })
          : problem(409, 'price list already has an item with code "ggz_uur"'),
    });
    const { user } = renderForm();
    await user.type(screen.getByRole('textbox', { name: /^Code/ }), 'ggz_uur');
    await user.type(screen.getByRole('textbox', { name: 'Naam' }), 'GGZ');
    await user.click(screen.getByRole('combobox', { name: 'Eenheid' }));
    await user.click(await screen.findByRole('option', { name: 'uur', hidden: true }));
    await user.type(screen.getByRole('textbox', { name: /Eenheidsprijs/ }), '120');
    await user.click(screen.getByRole('combobox', { name: 'Financier' }));
    await user.click(
      await screen.findByRole('option', { name: 'Zorgverzekeraar (Zvw)', hidden: true }),
    );

    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    const name = screen.getByRole('textbox', { name: 'Naam' });
    await vi.waitFor(() =>
      expect(name).toHaveAccessibleDescription('must be at most 300 characters'),
    );
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    const code = screen.getByRole('textbox', { name: /^Code/ });
    await vi.waitFor(() =>
      expect(code).toHaveAccessibleDescription(/Deze lijst heeft al een post met deze code\./),
    );
    expect(code).toHaveFocus();
  });
});
