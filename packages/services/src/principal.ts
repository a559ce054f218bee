import {
  CASE_READERS,
  CASE_WRITERS,
  PRICE_LIST_READERS,
  PRICE_LIST_WRITERS,
  ROLES,
  type Role,
} from '@kassabon/contract';
import { forbidden } from './errors.ts';

export { CASE_READERS, CASE_WRITERS, PRICE_LIST_READERS, PRICE_LIST_WRITERS, ROLES, type Role };

/**
 * Who is asking, within which organisation: a signed-in user's membership or an API token.
 * Every use case takes one; the organisation comes from here, never from the request.
 */
export type Principal = {
  organisationId: string;
  role: Role;
  userId: string | null;
  /** For the audit log: "user:<id>", "token:<id>" or "cli". */
  actor: string;
};

/** Refuses a principal whose role is not one of `roles`. */
export function requireRole(principal: Principal, ...roles: Role[]): void {
  if (!roles.includes(principal.role))
    throw forbidden(`this needs the role ${roles.join(' or ')}; you have ${principal.role}`);
}
