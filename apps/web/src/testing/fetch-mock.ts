import { type Mock, vi } from 'vitest';

type Reply = { status?: number; body?: unknown };
type Handler = (request: Request) => Reply | Promise<Reply>;

/**
 * Stubs `fetch` with handlers keyed by "METHOD /api/v1/path" (the query string left off).
 * Requests without a handler fail the test with their key.
 */
export function mockApi(handlers: Record<string, Handler | Reply>): Mock<typeof fetch> {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(new URL(String(input), 'http://localhost'), init);
    const key = `${request.method} ${new URL(request.url).pathname}`;
    const handler = handlers[key];
    if (!handler) throw new Error(`no mock for ${key}`);
    const reply = typeof handler === 'function' ? await handler(request) : handler;
    const status = reply.status ?? 200;
    if (status === 204) return new Response(null, { status });
    return new Response(JSON.stringify(reply.body ?? {}), {
      status,
      headers: {
        'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
      },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** An RFC 9457 problem as the API sends it. */
export function problem(status: number, title: string, extra: Record<string, unknown> = {}) {
  return { status, body: { type: 'about:blank', title, status, ...extra } };
}
