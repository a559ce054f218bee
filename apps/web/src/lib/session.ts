import type { Session } from '@kassabon/contract';
import { type QueryClient, queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from './api-client.ts';

/**
 * The signed-in session, shared by every feature (who is signed in, in which organisation,
 * with which role). Signing in and out are the auth feature's; reading is everyone's.
 */
const SESSION_QUERY_KEY = ['session'] as const;

/** Who is signed in. A 401 here is an answer ("nobody"), not an ended session to redirect. */
export async function getSession(): Promise<Session> {
  const session = await apiRequest<Session>('/session', { redirectOnUnauthenticated: false });
  setCsrfToken(session.csrfToken);
  return session;
}

export const sessionQueryOptions = () =>
  queryOptions({ queryKey: SESSION_QUERY_KEY, queryFn: getSession, staleTime: 5 * 60_000 });

/** The signed-in session, below the route guard that loaded it (app/require-session.tsx). */
export function useSession(): Session {
  return useSuspenseQuery(sessionQueryOptions()).data;
}

/**
 * After signing in, setting up or switching organisation: writes carry the new CSRF token,
 * and nothing cached for the previous session or organisation may show. Resetting (rather
 * than clearing) keeps mounted pages subscribed, so they load afresh.
 */
export async function startSession(queryClient: QueryClient, session: Session): Promise<void> {
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData(SESSION_QUERY_KEY, session);
  await queryClient.resetQueries({
    predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0],
  });
}
