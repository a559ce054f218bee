import { z } from 'zod';
import { ROLES } from './access.ts';

export const RoleSchema = z.enum(ROLES);

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
