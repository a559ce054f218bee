import type { PriceList } from '@kassabon/contract';
import { formatMoney, type PriceItem } from '@kassabon/engine';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, problem } from '../../../testing/fetch-mock.ts';
import { renderPage } from '../../../testing/render.tsx';
import { PriceListPage } from './price-list-page.tsx';

const SHIPPED: PriceList = {
  id: 'nl-sociaal-domein-2025',
  kind: 'reference',
  name: 'Referentie',
  year: 2025,
  version: null,
  active: true,
  itemCount: 2,
  createdAt: null,
};
const OWN: PriceList = {
  ...SHIPPED,
  id: '00000000-0000-4000-8000-0000000000aa',
  kind: 'own',
  name: 'Lokaal',
  version: 1,
  active: false,
  createdAt: '2025-03-01T10:00:00.000Z',
};
const ITEMS: PriceItem[] = [
  {
    code: 'ggz_uur',
    name: 'GGZ, ambulant',
    unit: 'hour',
    unitPrice: 1234.5,
    financier: 'zvw',
    category: 'zorg-ggz',
    source: 'NZa 2025',
    priceYear: 2025,
    confidence: 'medium',
  },
  { code: 'bijstand', name: 'Bijstand', unit: 'year', unitPrice: 13000, financier: 'eigen' },
];

const page = (items: PriceItem[]) => ({
  body: { items, total: items.length, limit: 25, offset: 0 },
});

function apiFor(list: PriceList, extra: Parameters<typeof mockApi>[0] = {}) {
  const base = `/api/v1/price-lists/${list.id}`;
  return mockApi({
    'GET /api/v1/price-lists': { body: { items: [list] } },
    [`GET ${base}`]: { body: list },
    [`GET ${base}/categories`]: { body: { categories: ['zorg-ggz'] } },
    [`GET ${base}/items`]: (request) =>
      new URL(request.url).searchParams.get('q') === 'ggz'
        ? page([ITEMS[0] as PriceItem])
        : page(ITEMS),
    ...extra,
  });
}

describe('PriceListPage', () => {
  it('shows a viewer the shipped list read-only, its items in full, and the downloads', async () => {
    apiFor(SHIPPED);
    renderPage(<PriceListPage />, {
      role: 'viewer',
      route: '/price-lists/:id',
      path: `/price-lists/${SHIPPED.id}`,
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Referentie' })).toBeVisible();
    expect(screen.getByText('Alleen lezen')).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Prijsposten' });
    const row = within(table).getByRole('row', { name: /GGZ, ambulant/ });
    for (const text of [
      'ggz_uur',
      'zorg-ggz',
      'uur',
      formatMoney(1234.5, 'nl'),
      'Zorgverzekeraar (Zvw)',
      'NZa 2025',
      '2025',
      'gemiddeld',
    ])
      expect(row).toHaveTextContent(text);
    // A financier code Kassabon does not know is shown as written.
    expect(within(table).getByRole('row', { name: /Bijstand/ })).toHaveTextContent('eigen');
    expect(screen.getByRole('link', { name: 'CSV downloaden' })).toHaveAttribute(
      'href',
      `/api/v1/price-lists/${SHIPPED.id}/export?format=csv`,
    );
    expect(screen.queryByRole('button', { name: /Kopiëren|Actief maken|Wijzigen/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Indexeren' })).toBeNull();
  });

  it('searches as the user types, once the typing pauses', async () => {
    const fetchMock = apiFor(SHIPPED);
    const { user } = renderPage(<PriceListPage />, {
      role: 'professional',
      route: '/price-lists/:id',
      path: `/price-lists/${SHIPPED.id}`,
    });
    await user.type(await screen.findByRole('searchbox', { name: 'Zoeken' }), 'ggz');
    await vi.waitFor(() => expect(screen.getByText('1 post gevonden')).toBeVisible());
    const searches = fetchMock.mock.calls
      .map(([url]) => new URL(String(url), 'http://localhost'))
      .filter((url) => url.pathname.endsWith('/items'))
      .map((url) => url.searchParams.get('q'));
    // One request before typing and one after it: not one per key.
    expect(searches).toEqual([null, 'ggz']);
  });

  it('shows a viewer an own list without any control to change it (the shipped list has none for anyone)', async () => {
    apiFor(OWN);
    renderPage(<PriceListPage />, {
      role: 'viewer',
      route: '/price-lists/:id',
      path: `/price-lists/${OWN.id}`,
    });
    const table = await screen.findByRole('table', { name: 'Prijsposten' });
    expect(await within(table).findByRole('row', { name: /ggz_uur/ })).toBeVisible();
    for (const name of [/Wijzigen/, /Verwijderen/, 'Post toevoegen', 'Actief maken'])
      expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Indexeren' })).toBeNull();
  });

  it('gives an analyst the controls of an own list, and names the cases that keep it', async () => {
    apiFor(OWN, {
      [`DELETE /api/v1/price-lists/${OWN.id}`]: problem(409, 'this price list prices cases', {
        cases: ['B360-01', 'B360-02'],
      }),
    });
    const { user } = renderPage(<PriceListPage />, {
      role: 'analyst',
      route: '/price-lists/:id',
      path: `/price-lists/${OWN.id}`,
    });
    expect(await screen.findByRole('button', { name: 'Actief maken' })).toBeVisible();
    expect(await screen.findByRole('button', { name: 'Wijzigen ggz_uur' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Post toevoegen' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Indexeren' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Prijslijst verwijderen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Prijslijst verwijderen' });
    await user.click(within(dialog).getByRole('button', { name: 'Prijslijst verwijderen' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Deze lijst prijst 2 casussen en kan daarom niet worden verwijderd',
    );
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['B360-01', 'B360-02']);
  });
});
