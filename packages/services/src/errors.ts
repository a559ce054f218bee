import type { Issue } from '@kassabon/engine';

/**
 * What a use case can refuse, in words an adapter can map to its own terms (HTTP status,
 * exit code). Messages are safe to show: they never hold SQL or stack traces.
 */
export class ServiceError extends Error {
  constructor(
    readonly kind:
      | 'not-found'
      | 'forbidden'
      | 'unauthenticated'
      | 'invalid'
      | 'conflict'
      | 'too-few',
    message: string,
    readonly issues: Issue[] = [],
    /** Facts a client acts on without parsing the message (RFC 9457 extension members). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export const notFound = (what: string) => new ServiceError('not-found', `${what} not found`);
export const forbidden = (message: string) => new ServiceError('forbidden', message);
export const invalid = (message: string, issues: Issue[]) =>
  new ServiceError('invalid', message, issues);
export const conflict = (
  message: string,
  issues: Issue[] = [],
  extensions: Record<string, unknown> = {},
) => new ServiceError('conflict', message, issues, extensions);
