import { CASE_READERS, CASE_WRITERS, ROLES, type Role } from '@kassabon/contract';
import { forbidden } from './errors.ts';

export { CASE_READERS, CASE_WRITERS, ROLES, type Role };

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

/** Roles that may read price lists: everyone, as a professional builds receipts from them. */
export const PRICE_LIST_READERS: Role[] = ['admin', 'analyst', 'professional', 'viewer'];
/** Roles that may change price lists. */
export const PRICE_LIST_WRITERS: Role[] = ['admin', 'analyst'];
