import type { PriceList } from '@kassabon/contract';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, problem } from '../../../testing/fetch-mock.ts';
import { renderPage } from '../../../testing/render.tsx';
import { PriceListsPage } from './price-lists-page.tsx';

const OWN: PriceList = {
  id: '00000000-0000-4000-8000-0000000000aa',
  kind: 'own',
  name: 'Gemeente Oss',
  year: 2025,
  version: 2,
  active: true,
  itemCount: 1234,
  createdAt: '2025-03-01T10:00:00.000Z',
};
const SHIPPED: PriceList = {
  id: 'nl-sociaal-domein-2025',
  kind: 'reference',
  name: 'Maatschappelijke prijslijst sociaal domein (Kassabon-referentie)',
  year: 2025,
  version: null,
  active: false,
  itemCount: 117,
  createdAt: null,
};

describe('PriceListsPage', () => {
  it('shows an analyst the own lists, the shipped one to copy, and the forms', async () => {
    mockApi({ 'GET /api/v1/price-lists': { body: { items: [OWN, SHIPPED] } } });
    renderPage(<PriceListsPage />, { role: 'analyst' });
    const own = await screen.findByRole('table', { name: 'Eigen prijslijsten' });
    const [, row] = within(own).getAllByRole('row');
    expect(row).toHaveTextContent('Gemeente Oss');
    expect(row).toHaveTextContent('Actief');
    expect(row).toHaveTextContent('1.234');
    expect(within(own).getByRole('link', { name: 'Gemeente Oss' })).toHaveAttribute(
      'href',
      `/price-lists/${OWN.id}`,
    );
    const shipped = screen.getByRole('table', { name: 'Referentieprijslijsten' });
    expect(
      within(shipped).getByRole('button', { name: /Kopiëren naar eigen lijst/ }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Nieuwe prijslijst' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Prijslijst importeren' })).toBeVisible();
  });

  it('shows a viewer the lists without a control to change them', async () => {
    mockApi({ 'GET /api/v1/price-lists': { body: { items: [SHIPPED] } } });
    renderPage(<PriceListsPage />, { role: 'viewer' });
    expect(await screen.findByRole('table', { name: 'Referentieprijslijsten' })).toBeVisible();
    expect(screen.getByText('Deze organisatie heeft nog geen eigen prijslijsten.')).toBeVisible();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('copies the shipped list under the name given, and opens the copy', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/price-lists': { body: { items: [SHIPPED] } },
      'POST /api/v1/price-lists': { status: 201, body: { ...OWN, name: 'Lokaal' } },
    });
    const { user, router } = renderPage(<PriceListsPage />, { role: 'admin' });
    await user.click(await screen.findByRole('button', { name: /Kopiëren naar eigen lijst/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Kopiëren naar eigen lijst' });
    const name = within(dialog).getByRole('textbox', { name: 'Naam' });
    await user.clear(name);
    await user.type(name, 'Lokaal');
    await user.click(within(dialog).getByRole('button', { name: 'Prijslijst maken' }));
    await vi.waitFor(() => expect(router.state.location.pathname).toBe(`/price-lists/${OWN.id}`));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({
      name: 'Lokaal',
      year: 2025,
      copyFrom: SHIPPED.id,
    });
  });

  it('imports a CSV file and lists every problem the API found', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/price-lists': { body: { items: [SHIPPED] } },
      'POST /api/v1/price-lists/import': problem(422, 'the price list file has 1 problem', {
        errors: [{ path: 'row 3, eenheidsprijs (unitPrice)', message: 'must be 0 or more' }],
      }),
    });
    const { user, container } = renderPage(<PriceListsPage />, { role: 'analyst' });
    const importSection = (
      await screen.findByRole('heading', { name: 'Prijslijst importeren' })
    ).closest('section');
    if (!importSection) throw new Error('no import section');
    await user.type(within(importSection).getByRole('textbox', { name: 'Naam' }), 'Import');
    const file = container.querySelector<HTMLInputElement>('input[type="file"]');
    if (!file) throw new Error('no file input');
    await user.upload(file, new File(['code;naam\n'], 'prijzen.csv', { type: 'text/csv' }));
    await user.click(within(importSection).getByRole('button', { name: 'Importeren' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Het bestand heeft 1 probleem. Er is niets geïmporteerd.');
    expect(alert).toHaveTextContent('row 3, eenheidsprijs (unitPrice): must be 0 or more');
    const [url, init] =
      fetchMock.mock.calls.find(([, request]) => request?.method === 'POST') ?? [];
    expect(String(url)).toMatch(/^\/api\/v1\/price-lists\/import\?name=Import&year=\d{4}$/);
    expect(new Headers(init?.headers).get('content-type')).toBe('text/csv');
  });
});
