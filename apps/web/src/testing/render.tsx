import type { Language } from '@kassabon/engine';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/providers.tsx';
import { createI18n } from '../lib/i18n.ts';

/**
 * Renders a page or component inside the app's providers and a router at `path`. Each call
 * has its own query cache and i18n instance: tests share no state.
 */
export function renderPage(
  element: ReactElement,
  { path = '/', language = 'nl' }: { path?: string; language?: Language } = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: '*', element },
      { path: '/login', element: <p>login page</p> },
    ],
    { initialEntries: [path] },
  );
  const user = userEvent.setup();
  const result = render(
    <AppProviders queryClient={queryClient} i18n={createI18n(language)}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, user, router, queryClient };
}
