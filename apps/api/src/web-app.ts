import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * What the browser may load for the web app: only its own scripts, no inline script, no
 * framing. Styles may be inline because Mantine writes its theme variables into a `<style>`
 * element at run time; scripts, the way an injection does harm, stay locked to this origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Vite names these files after their content: a changed file gets a new name. */
const HASHED_ASSETS = '/assets/';

const isApiPath = (url: string) => url === '/api' || url.startsWith('/api/');

/**
 * Serves the built web app (apps/web/dist) beside the API: files as they are, and index.html
 * for every other page path, where the app's router takes over.
 */
export async function registerWebApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    // The build writes .br and .gz beside each file (scripts/compress-assets.ts).
    preCompressed: true,
    cacheControl: false,
    setHeaders: (response, path) => {
      response.setHeader(
        'cache-control',
        path.includes(HASHED_ASSETS)
          ? 'public, max-age=31536000, immutable'
          : // index.html and the like: always ask whether a new version is there (ETag).
            'no-cache',
      );
    },
  });
  app.addHook('onRequest', async (request, reply) => {
    if (isApiPath(request.url)) return;
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
  });
}

/** A page of the app rather than an API call or a missing file: answered with index.html. */
export function isPageRequest(request: FastifyRequest): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !isApiPath(request.url) &&
    !request.url.startsWith(HASHED_ASSETS)
  );
}

export function sendPage(reply: FastifyReply) {
  return reply.sendFile('index.html');
}
