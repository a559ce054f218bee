import './app/mantine.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './app/providers.tsx';
import { createQueryClient } from './app/query-client.ts';
import { preloadOpenedPage, routes } from './app/router.tsx';
import { setUnauthenticatedHandler } from './lib/api-client.ts';
import { createI18n, persistLanguage, storedLanguage } from './lib/i18n.ts';
import { LOGIN_PATH, loginPath } from './lib/login-path.ts';

const i18n = createI18n(storedLanguage());
persistLanguage(i18n);
const queryClient = createQueryClient();
const router = createBrowserRouter(routes);

// A session that ends (expired, signed out elsewhere) sends the user to the login page,
// which brings them back here afterwards.
setUnauthenticatedHandler(() => {
  const { location } = router.state;
  if (location.pathname !== LOGIN_PATH)
    void router.navigate(loginPath(location), { replace: true });
});

preloadOpenedPage(window.location.pathname, queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <AppProviders queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
