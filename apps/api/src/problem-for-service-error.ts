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
  };
}
