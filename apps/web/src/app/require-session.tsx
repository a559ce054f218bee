import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../components/page-loader.tsx';
import { ProblemAlert } from '../components/problem-alert.tsx';
import { isApiError } from '../lib/api-client.ts';
import { loginPath } from '../lib/login-path.ts';
import { sessionQueryOptions } from '../lib/session.ts';
import { useDeferredArrival } from '../lib/use-deferred-arrival.ts';

/** The signed-in part of the app: without a session, the login page (and back afterwards). */
export function RequireSession() {
  const session = useQuery(sessionQueryOptions());
  const location = useLocation();
  // The app's frame and the page render in slices once the session is known (see the hook).
  const signedIn = useDeferredArrival(session.data);
  if (isApiError(session.error, 401)) return <Navigate to={loginPath(location)} replace />;
  if (session.isError) return <ProblemAlert error={session.error} />;
  if (!signedIn) return <PageLoader />;
  return <Outlet />;
}
