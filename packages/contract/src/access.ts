/*
 * Who may do what, and the header a write carries: plain values without schemas, so that the
 * web app's first download (its menu, its routes, its API client) does not bring zod along.
 */

export const ROLES = ['admin', 'analyst', 'professional', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that may read the cases themselves, not only aggregates. */
export const CASE_READERS: readonly Role[] = ['admin', 'analyst', 'professional'];
/** Roles that may change cases (and import them). */
export const CASE_WRITERS: readonly Role[] = ['admin', 'analyst'];
/** Roles that may read price lists: everyone, as a professional builds receipts from them. */
export const PRICE_LIST_READERS: readonly Role[] = ROLES;
/** Roles that may change price lists (create, import, index, activate, edit items). */
export const PRICE_LIST_WRITERS: readonly Role[] = ['admin', 'analyst'];

/** The header a cookie-authenticated write carries with the session's CSRF token. */
export const CSRF_HEADER = 'x-csrf-token';
