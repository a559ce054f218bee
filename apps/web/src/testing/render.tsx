import type { Role, Session } from '@kassabon/contract';
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
export function sessionAs(role: Role): Session {
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
 * has its own query cache and i18n instance: tests share no state. `role` signs a user in (or
 * `session`, a whole session), as the app's route guard would have; `route` is the element's
 * route pattern where it reads parameters (`/cases/:code`).
 */
export function renderPage(
  element: ReactElement,
  {
    path = '/',
    route = '*',
    language = 'nl',
    role,
    session = role ? sessionAs(role) : undefined,
  }: { path?: string; route?: string; language?: Language; role?: Role; session?: Session } = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (session) queryClient.setQueryData(sessionQueryOptions().queryKey, session);
  const router = createMemoryRouter(
    [
      { path: route, element },
      { path: '/login', element: <p>login page</p> },
      ...(route === '*' ? [] : [{ path: '*', element: <p>another page</p> }]),
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
