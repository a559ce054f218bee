import { CASE_READERS } from '@kassabon/contract';
import type { RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/components/login-page.tsx';
import { SetupPage } from '../features/auth/components/setup-page.tsx';
import { ImportExportPage } from '../features/case-files/components/import-export-page.tsx';
import { PortfolioPage } from '../features/portfolio/components/portfolio-page.tsx';
import { PriceListPage } from '../features/price-lists/components/price-list-page.tsx';
import { PriceListsPage } from '../features/price-lists/components/price-lists-page.tsx';
import { LOGIN_PATH } from '../lib/login-path.ts';
import { AppLayout } from './layout/app-layout.tsx';
import { PublicLayout } from './layout/public-layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RequireRole } from './require-role.tsx';
import { RequireSession } from './require-session.tsx';
import { RouteError } from './route-error.tsx';

/**
 * Every page of the app. A new page: a route here (with RequireRole where not everyone may
 * see it) and, for the main menu, an item in layout/nav-items.ts.
 */
export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: LOGIN_PATH, element: <LoginPage /> },
          { path: '/setup', element: <SetupPage /> },
        ],
      },
      {
        element: <RequireSession />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <PortfolioPage /> },
              // Everyone signed in reads price lists; the pages hide what a role may not change.
              { path: 'price-lists', element: <PriceListsPage /> },
              { path: 'price-lists/:id', element: <PriceListPage /> },
              {
                path: 'import-export',
                element: (
                  <RequireRole roles={CASE_READERS}>
                    <ImportExportPage />
                  </RequireRole>
                ),
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];
