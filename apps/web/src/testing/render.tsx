import type { Role } from '@kassabon/contract';
import type { Language } from '@kassabon/engine';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/providers.tsx';
import { createI18n } from '../lib/i18n.ts';
import { sessionQueryOptions } from '../lib/session.ts';

/** A signed-in session of this role, as GET /session answers it. */
export function sessionOf(role: Role) {
  const organisationId = '00000000-0000-4000-8000-000000000001';
  return {
    email: 'kim@example.org',
    organisationId,
    role,
    organisations: [{ id: organisationId, name: 'Gemeente Oss', role }],
    csrfToken: 'csrf',
  };
}

/**
 * Renders a page or component inside the app's providers and a router at `path`. Each call
 * has its own query cache and i18n instance: tests share no state. `role` signs a user in,
 * as the app's route guard would have; `route` is the pattern whose parameters a page reads.
 */
export function renderPage(
  element: ReactElement,
  {
    path = '/',
    language = 'nl',
    role,
    route = '*',
  }: { path?: string; language?: Language; role?: Role; route?: string } = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (role) queryClient.setQueryData(sessionQueryOptions().queryKey, sessionOf(role));
  const router = createMemoryRouter(
    [
      { path: route, element },
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
