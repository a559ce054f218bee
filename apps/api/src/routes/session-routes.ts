import {
  ProblemSchema,
  SessionSchema,
  SetupRequestSchema,
  SignInRequestSchema,
  SwitchOrganisationRequestSchema,
} from '@kassabon/contract';
import type { Database } from '@kassabon/db';
import {
  completeSetup,
  describeSession,
  ServiceError,
  type SignedIn,
  signIn,
  signOut,
  switchOrganisation,
} from '@kassabon/services';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requirePrincipal, SESSION_COOKIE } from '../authentication.ts';
import type { LoginThrottle } from '../login-throttle.ts';

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, signedIn: SignedIn) {
  reply.setCookie(SESSION_COOKIE, signedIn.sessionToken, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    path: '/',
    expires: signedIn.expiresAt,
  });
}

/** Sign in, out, who am I, switching organisation, and the first-time setup of a password. */
export function registerSessionRoutes(
  app: FastifyInstance,
  database: Database,
  throttle: LoginThrottle,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/session',
    {
      schema: {
        summary: 'Sign in (sets an HttpOnly session cookie)',
        tags: ['session'],
        security: [],
        body: SignInRequestSchema,
        response: { 201: SessionSchema, 401: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request, reply) => {
      const keys = [`email:${request.body.email.trim().toLowerCase()}`, `ip:${request.ip}`];
      if (throttle.isBlocked(keys))
        return reply.code(429).type('application/problem+json').send({
          type: 'about:blank',
          status: 429,
          title: 'too many failed sign-ins: try again in 15 minutes',
        });
      let signedIn: SignedIn;
      try {
        signedIn = await signIn(database, request.body);
      } catch (error) {
        if (error instanceof ServiceError && error.kind === 'unauthenticated')
          throttle.recordFailure(keys);
        throw error;
      }
      throttle.recordSuccess(keys);
      setSessionCookie(request, reply, signedIn);
      const session = await describeSession(database, signedIn.principal);
      return reply.code(201).send({ ...session, csrfToken: signedIn.csrfToken });
    },
  );

  api.get(
    '/session',
    {
      schema: { summary: 'Who is signed in', tags: ['session'], response: { 200: SessionSchema } },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      return {
        ...(await describeSession(database, principal)),
        csrfToken: request.csrfToken ?? '',
      };
    },
  );

  api.delete(
    '/session',
    { schema: { summary: 'Sign out', tags: ['session'] } },
    async (request, reply) => {
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) await signOut(database, cookie);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );

  api.put(
    '/session/organisation',
    {
      schema: {
        summary: 'Switch the session to another organisation of the user (a new session cookie)',
        tags: ['session'],
        body: SwitchOrganisationRequestSchema,
        response: { 200: SessionSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    async (request, reply) => {
      const cookie = request.cookies[SESSION_COOKIE];
      if (!cookie || !request.principal?.userId)
        throw new ServiceError('unauthenticated', 'sign in to switch organisation');
      const signedIn = await switchOrganisation(database, cookie, request.body.organisationId);
      setSessionCookie(request, reply, signedIn);
      const session = await describeSession(database, signedIn.principal);
      return { ...session, csrfToken: signedIn.csrfToken };
    },
  );

  api.post(
    '/setup',
    {
      schema: {
        summary: 'Choose a password with a one-time setup link, and sign in',
        tags: ['session'],
        security: [],
        body: SetupRequestSchema,
        response: { 201: SessionSchema, 404: ProblemSchema, 422: ProblemSchema },
      },
    },
    async (request, reply) => {
      const signedIn = await completeSetup(database, request.body);
      setSessionCookie(request, reply, signedIn);
      const session = await describeSession(database, signedIn.principal);
      return reply.code(201).send({ ...session, csrfToken: signedIn.csrfToken });
    },
  );
}
