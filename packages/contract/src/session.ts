import { z } from 'zod';

export const ROLES = ['admin', 'analyst', 'professional', 'viewer'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** Roles that may read the cases themselves, not only aggregates. */
export const CASE_READERS: readonly Role[] = ['admin', 'analyst', 'professional'];
/** Roles that may change cases (and import them). */
export const CASE_WRITERS: readonly Role[] = ['admin', 'analyst'];
/** Roles that may read price lists: everyone, as a professional builds receipts from them. */
export const PRICE_LIST_READERS: readonly Role[] = ROLES;
/** Roles that may change price lists (create, import, index, activate, edit items). */
export const PRICE_LIST_WRITERS: readonly Role[] = ['admin', 'analyst'];

/** Who is signed in, in which organisation, and the token a write must echo (CSRF). */
export const SessionSchema = z.object({
  email: z.string(),
  organisationId: z.string(),
  role: RoleSchema,
  organisations: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })),
  csrfToken: z.string(),
});
export type Session = z.infer<typeof SessionSchema>;

export const SignInRequestSchema = z.strictObject({
  email: z.string().min(3).max(320),
  password: z.string().min(1).max(1024),
  organisationId: z.uuid().optional(),
});
export type SignInRequest = z.infer<typeof SignInRequestSchema>;

/** Move the session to another organisation the user is a member of. */
export const SwitchOrganisationRequestSchema = z.strictObject({ organisationId: z.uuid() });
export type SwitchOrganisationRequest = z.infer<typeof SwitchOrganisationRequestSchema>;

export const SetupRequestSchema = z.strictObject({
  token: z.string().min(10).max(200),
  password: z.string().max(1024),
});
export type SetupRequest = z.infer<typeof SetupRequestSchema>;

/** The header a cookie-authenticated write carries with the session's CSRF token. */
export const CSRF_HEADER = 'x-csrf-token';
