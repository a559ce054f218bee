import { findDatabaseError } from '@kassabon/db';
import type { ServiceError } from '@kassabon/services';
import type { Problem } from './problem.ts';

const STATUS: Record<ServiceError['kind'], number> = {
  unauthenticated: 401,
  forbidden: 403,
  'too-few': 403,
  'not-found': 404,
  conflict: 409,
  invalid: 422,
};

/** A use case's refusal as an RFC 9457 problem. */
export function problemForServiceError(error: ServiceError): Problem {
  return {
    status: STATUS[error.kind],
    title: error.message,
    ...(error.issues.length > 0 ? { errors: error.issues } : {}),
    ...error.extensions,
  };
}

/**
 * A constraint the database refused, where no use case caught it first: a clear 409 or 422
 * naming the constraint, never the SQL. Anything else stays a 500.
 */
export function problemForDatabaseError(error: unknown): Problem | undefined {
  const found = findDatabaseError(error);
  if (!found) return undefined;
  const constraint = found.constraint ? ` (${found.constraint})` : '';
  if (found.code === '23505')
    return { status: 409, title: `this conflicts with data that exists already${constraint}` };
  if (found.code.startsWith('23') || found.code.startsWith('22'))
    return { status: 422, title: `the database refused this data${constraint}` };
  return undefined;
}
