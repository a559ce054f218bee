import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, problem } from '../testing/fetch-mock.ts';
import { ApiError, apiRequest, setCsrfToken, setUnauthenticatedHandler } from './api-client.ts';

afterEach(() => {
  setCsrfToken(null);
  setUnauthenticatedHandler(() => {});
});

describe('apiRequest', () => {
  it('sends the CSRF token on writes, not on reads', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/analysis': { body: { cases: [] } },
      'POST /api/v1/import': { status: 201, body: { imported: ['A'] } },
    });
    setCsrfToken('csrf-1');
    await apiRequest('/analysis');
    await apiRequest('/import', {
      method: 'POST',
      query: { mode: 'replace' },
      text: { content: 'version: 1', contentType: 'application/yaml' },
    });
    const [read, write] = fetchMock.mock.calls.map(([url, init]) => ({
      url: String(url),
      headers: new Headers(init?.headers),
      body: init?.body,
    }));
    expect(read?.headers.has('x-csrf-token')).toBe(false);
    expect(write?.url).toBe('/api/v1/import?mode=replace');
    expect(write?.headers.get('x-csrf-token')).toBe('csrf-1');
    expect(write?.headers.get('content-type')).toBe('application/yaml');
    expect(write?.body).toBe('version: 1');
  });

  it('turns a problem into an ApiError with the errors by path, for forms', async () => {
    mockApi({
      'POST /api/v1/setup': problem(422, 'the password must be at least 12 characters', {
        errors: [
          { path: 'password', message: 'must be at least 12 characters' },
          { path: 'password', message: 'a second message for the same field' },
          { path: 'body.unitPrice', message: 'must be a number (got text "veel")' },
        ],
      }),
    });
    const error: unknown = await apiRequest('/setup', { method: 'POST', json: {} }).catch(
      (caught: unknown) => caught,
    );
    if (!(error instanceof ApiError)) throw new Error('expected an ApiError');
    expect(error.status).toBe(422);
    expect(error.message).toBe('the password must be at least 12 characters');
    expect(error.fieldErrors).toEqual({
      password: 'must be at least 12 characters',
      unitPrice: 'must be a number (got text "veel")',
    });
  });

  it('reports an ended session once, unless the caller handles a 401 itself', async () => {
    const handler = vi.fn();
    setUnauthenticatedHandler(handler);
    mockApi({
      'GET /api/v1/analysis': problem(401, 'sign in'),
      'POST /api/v1/session': problem(401, 'the e-mail address or password is not right'),
    });
    await expect(apiRequest('/analysis')).rejects.toMatchObject({ status: 401 });
    expect(handler).toHaveBeenCalledTimes(1);
    await expect(
      apiRequest('/session', { method: 'POST', json: {}, redirectOnUnauthenticated: false }),
    ).rejects.toMatchObject({ status: 401 });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('gives a bare problem for a response that is not one, and status 0 without a server', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Bad Gateway</html>', { status: 502 })),
    );
    await expect(apiRequest('/analysis')).rejects.toMatchObject({
      status: 502,
      problem: { status: 502, type: 'about:blank' },
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(apiRequest('/analysis')).rejects.toMatchObject({ status: 0 });
  });
});
