import { CASE_READERS } from '@kassabon/contract';
import type { QueryClient } from '@tanstack/react-query';
import { type ComponentType, lazy, Suspense } from 'react';
import { matchPath, Outlet, type RouteObject } from 'react-router';
import { PageLoader } from '../components/page-loader.tsx';
import { LoginPage } from '../features/auth/components/login-page.tsx';
import { SetupPage } from '../features/auth/components/setup-page.tsx';
import { caseQueryOptions } from '../features/cases/api/get-case.ts';
import { LOGIN_PATH } from '../lib/login-path.ts';
import { AppLayout } from './layout/app-layout.tsx';
import { PublicLayout } from './layout/public-layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RequireRole } from './require-role.tsx';
import { RequireSession } from './require-session.tsx';
import { RouteError } from './route-error.tsx';

/**
 * A page loaded when it is first visited, so the first download holds the app's shell and
 * not every page (`npm run size:web`); the case pages bring the engine's validation and
 * reference price list, which no other page needs.
 */
function lazyPage(load: () => Promise<ComponentType>) {
  const Page = lazy(async () => ({ default: await load() }));
  return (
    <Suspense fallback={<PageLoader />}>
      <Page />
    </Suspense>
  );
}

const loadCaseWorkspace = async () =>
  (await import('../features/cases/components/case-workspace-page.tsx')).CaseWorkspacePage;

/**
 * Opening the app at a case (a link, a reload): the case and its page's code are fetched
 * together with the session, instead of the case waiting for the session and then for the code.
 */
export function preloadOpenedPage(pathname: string, queryClient: QueryClient): void {
  const code = matchPath('/cases/:code', pathname)?.params.code;
  if (!code || code === 'new') return;
  void loadCaseWorkspace();
  void queryClient.prefetchQuery(caseQueryOptions(code));
}

const caseReaders = (
  <RequireRole roles={CASE_READERS}>
    <Outlet />
  </RequireRole>
);

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
              {
                index: true,
                element: lazyPage(
                  async () =>
                    (await import('../features/portfolio/components/portfolio-page.tsx'))
                      .PortfolioPage,
                ),
              },
              // Everyone signed in reads price lists; the pages hide what a role may not change.
              {
                path: 'price-lists',
                element: lazyPage(
                  async () =>
                    (await import('../features/price-lists/components/price-lists-page.tsx'))
                      .PriceListsPage,
                ),
              },
              {
                path: 'price-lists/:id',
                element: lazyPage(
                  async () =>
                    (await import('../features/price-lists/components/price-list-page.tsx'))
                      .PriceListPage,
                ),
              },
              {
                path: 'import-export',
                element: (
                  <RequireRole roles={CASE_READERS}>
                    {lazyPage(
                      async () =>
                        (await import('../features/case-files/components/import-export-page.tsx'))
                          .ImportExportPage,
                    )}
                  </RequireRole>
                ),
              },
              {
                path: 'cases',
                element: caseReaders,
                children: [
                  {
                    index: true,
                    element: lazyPage(
                      async () =>
                        (await import('../features/cases/components/case-list-page.tsx'))
                          .CaseListPage,
                    ),
                  },
                  {
                    path: 'new',
                    element: lazyPage(
                      async () =>
                        (await import('../features/cases/components/new-case-page.tsx'))
                          .NewCasePage,
                    ),
                  },
                  {
                    path: ':code',
                    element: lazyPage(loadCaseWorkspace),
                  },
                ],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
          // The printed report: the case alone, without the app around it.
          {
            path: 'cases/:code/print',
            element: caseReaders,
            children: [
              {
                index: true,
                element: lazyPage(
                  async () =>
                    (await import('../features/cases/components/case-print-page.tsx'))
                      .CasePrintPage,
                ),
              },
            ],
          },
        ],
      },
    ],
  },
];
