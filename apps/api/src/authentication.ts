import { CSRF_HEADER } from '@kassabon/contract';
import type { Database } from '@kassabon/db';
import {
  authenticateApiToken,
  authenticateSession,
  type Principal,
  ServiceError,
} from '@kassabon/services';
import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    /** The CSRF token of the session the request came with, if it came with one. */
    csrfToken: string | null;
  }
}

export const SESSION_COOKIE = 'kassabon_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Reads the principal of every /api/v1 request: a Bearer API token (integrations), else the
 * session cookie (the browser). A cookie is sent by the browser on its own, so a write with a
 * cookie must also carry the session's CSRF token in a header that another site cannot set.
 */
export function registerAuthentication(app: FastifyInstance, database: Database): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/v1/')) return;
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      request.principal = await authenticateApiToken(
        database,
        header.slice('Bearer '.length).trim(),
      );
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const session = await authenticateSession(database, cookie);
    if (!session) return;
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== session.csrfToken)
      throw new ServiceError(
        'forbidden',
        `a change needs the ${CSRF_HEADER} header of your session`,
      );
    request.principal = session.principal;
    request.csrfToken = session.csrfToken;
  });
}

export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal)
    throw new ServiceError(
      'unauthenticated',
      'sign in, or send an API token as "Authorization: Bearer <token>"',
    );
  return request.principal;
}
