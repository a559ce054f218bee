import { CSRF_HEADER, type Problem } from '@kassabon/contract';

/** Every API path starts here; the web app and the API share one origin. */
const API_BASE = '/api/v1';

/**
 * A refusal of the API as the RFC 9457 problem it sent. `status` 0 means the server could
 * not be reached at all.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.title);
    this.name = 'ApiError';
  }

  /**
   * The problem's `errors[]` as a form wants them: the first message for each path. A path
   * of the request body's validation (`body.unitPrice`) is the field's own (`unitPrice`).
   */
  get fieldErrors(): Record<string, string> {
    const byPath: Record<string, string> = {};
    for (const { path, message } of this.problem.errors ?? [])
      byPath[path.replace(/^body\./, '')] ??= message;
    return byPath;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  json?: unknown;
  /**
   * Sent as is, for bodies that are not JSON objects of ours: an uploaded case file (text) or
   * price list (a CSV or XLSX file, as a Blob).
   */
  text?: { content: string | Blob; contentType: string };
  query?: Record<string, string | undefined>;
  signal?: AbortSignal;
  /**
   * Off for signing in, where a 401 means a wrong password rather than an ended session.
   * Otherwise a 401 calls the handler set with `setUnauthenticatedHandler`.
   */
  redirectOnUnauthenticated?: boolean;
};

// The session's CSRF token arrives with every session response; writes echo it in a header
// that another site cannot set (apps/api/src/authentication.ts).
let csrfToken: string | null = null;
let unauthenticatedHandler: () => void = () => {};

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** What to do when a session has ended: the app sends the user to the login page. */
export function setUnauthenticatedHandler(handler: () => void): void {
  unauthenticatedHandler = handler;
}

/**
 * Calls the API and returns the parsed JSON body (undefined for 204). The response type comes
 * from the shared contract; it is not parsed again here, because the server validates what
 * it sends and the web app is built from the same sources.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers = new Headers({ accept: 'application/json, application/problem+json' });
  let body: string | Blob | undefined;
  if (options.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(options.json);
  } else if (options.text) {
    headers.set('content-type', options.text.contentType);
    body = options.text.content;
  }
  if (method !== 'GET' && csrfToken) headers.set(CSRF_HEADER, csrfToken);

  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, {
      type: 'about:blank',
      title: 'the server cannot be reached',
      status: 0,
    });
  }
  if (response.ok) return (response.status === 204 ? undefined : await response.json()) as T;

  const error = new ApiError(response.status, await readProblem(response));
  if (response.status === 401 && options.redirectOnUnauthenticated !== false)
    unauthenticatedHandler();
  throw error;
}

/**
 * The address of an API path, for what the browser fetches itself: a download link sends the
 * session cookie, and a GET needs no CSRF header.
 */
export function apiUrl(path: string, query?: RequestOptions['query']): string {
  return `${API_BASE}${path}${queryString(query)}`;
}

function queryString(query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The problem document of a failed response; a proxy's HTML error page becomes a bare one. The
 * schema (and zod) load with the first failure rather than with the app.
 */
async function readProblem(response: Response): Promise<Problem> {
  const bare = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  };
  try {
    const [{ ProblemSchema }, body] = await Promise.all([
      import('@kassabon/contract/problem'),
      response.json(),
    ]);
    const parsed = ProblemSchema.safeParse(body);
    return parsed.success ? parsed.data : bare;
  } catch {
    return bare;
  }
}
