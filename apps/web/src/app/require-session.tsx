import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../components/page-loader.tsx';
import { ProblemAlert } from '../components/problem-alert.tsx';
import { isApiError } from '../lib/api-client.ts';
import { loginPath } from '../lib/login-path.ts';
import { sessionQueryOptions } from '../lib/session.ts';

/** The signed-in part of the app: without a session, the login page (and back afterwards). */
export function RequireSession() {
  const session = useQuery(sessionQueryOptions());
  const location = useLocation();
  if (session.isPending) return <PageLoader />;
  if (isApiError(session.error, 401)) return <Navigate to={loginPath(location)} replace />;
  if (session.isError) return <ProblemAlert error={session.error} />;
  return <Outlet />;
}
