import type { Role } from '@kassabon/contract';
import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { caseQueryKey } from '../features/cases/api/get-case.ts';
import { createI18n } from '../lib/i18n.ts';
import { mockApi, problem } from '../testing/fetch-mock.ts';
import { sessionAs } from '../testing/render.tsx';
import { AppProviders } from './providers.tsx';
import { preloadOpenedPage, routes } from './router.tsx';

/** GET /session as the fetch mock answers it. */
const signedInAs = (role: Role) => ({ body: sessionAs(role) });

function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProviders
      queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
      i18n={createI18n('nl')}
    >
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}

describe('the routes', () => {
  it('sends a visitor without a session to the login page, remembering the page', async () => {
    mockApi({ 'GET /api/v1/session': problem(401, 'sign in') });
    const router = renderApp('/import-export');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?next=%2Fimport-export');
  });

  it('shows an analyst the shell: skip link, banner, menu and main', async () => {
    mockApi({
      'GET /api/v1/session': signedInAs('analyst'),
      'GET /api/v1/portfolio': problem(500, 'Internal error'),
      'GET /api/v1/teams': { body: { teams: [] } },
    });
    renderApp('/');
    const menu = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getByRole('link', { name: 'Portfolio' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(menu).getByRole('link', { name: 'Importeren en exporteren' })).toBeVisible();
    expect(within(menu).getByRole('link', { name: 'Casussen' })).toHaveAttribute('href', '/cases');
    expect(within(menu).getByRole('link', { name: 'Prijslijsten' })).toHaveAttribute(
      'href',
      '/price-lists',
    );
    expect(screen.getByRole('link', { name: 'Direct naar de inhoud' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Organisatie: Gemeente Oss');
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(
      within(screen.getByRole('banner')).getByRole('button', { name: 'English' }),
    ).toHaveAttribute('lang', 'en');
  });

  it('keeps a viewer to the portfolio: no import in the menu, and no way in by URL', async () => {
    mockApi({
      'GET /api/v1/session': signedInAs('viewer'),
      'GET /api/v1/portfolio': problem(403, 'too few', { minimumCases: 5, cases: 0 }),
    });
    const router = renderApp('/import-export');
    const menu = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).queryByRole('link', { name: 'Importeren en exporteren' })).toBeNull();
    expect(within(menu).getByRole('link', { name: 'Prijslijsten' })).toBeVisible();
    expect(await screen.findByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
  });

  it('keeps a viewer from the cases: no menu item, and neither the list nor a case by URL', async () => {
    mockApi({
      'GET /api/v1/session': signedInAs('viewer'),
      'GET /api/v1/portfolio': problem(403, 'too few', { minimumCases: 5, cases: 0 }),
    });
    for (const path of ['/cases', '/cases/B360-01', '/cases/B360-01/print']) {
      const router = renderApp(path);
      expect(await screen.findByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
      expect(router.state.location.pathname).toBe('/');
      const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
      expect(within(menu).queryByRole('link', { name: 'Casussen' })).toBeNull();
      cleanup();
    }
  });
});

describe('preloadOpenedPage', () => {
  it('fetches the case the app is opened at, and nothing for any other page', async () => {
    const fetchMock = mockApi({ 'GET /api/v1/cases/B360-01': { body: { code: 'B360-01' } } });
    const queryClient = new QueryClient();
    for (const path of ['/cases/B360-01', '/cases/new', '/cases', '/', '/price-lists/x'])
      preloadOpenedPage(path, queryClient);
    await waitFor(() =>
      expect(queryClient.getQueryData(caseQueryKey('B360-01'))).toEqual({ code: 'B360-01' }),
    );
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
