import { randomUUID } from 'node:crypto';
import type { Database } from '@kassabon/db';
import {
  completeSetup,
  createApiToken,
  createOrganisation,
  createUser,
  type Role,
} from '@kassabon/services';

/**
 * Test support: a fresh organisation per test, so tests share no state, with an API token per
 * role, and signed-in users (whose requests carry a user id, as a professional's must).
 */
export type TestOrganisation = {
  id: string;
  name: string;
  /** Bearer headers per role (API tokens: no user account behind them). */
  token: Record<Role, Record<string, string>>;
  /** Signs a new user in with this role; returns the user id and the headers of the session. */
  signIn(role: Role): Promise<{ userId: string; headers: Record<string, string> }>;
};

export async function createTestOrganisation(database: Database): Promise<TestOrganisation> {
  const name = `org-${randomUUID()}`;
  const organisation = await createOrganisation(database, name);
  const token = {} as Record<Role, Record<string, string>>;
  for (const role of ['admin', 'analyst', 'professional', 'viewer'] as const) {
    const created = await createApiToken(database, { organisation: name, role, name: role });
    token[role] = { authorization: `Bearer ${created.token}` };
  }
  return {
    id: organisation.id,
    name,
    token,
    async signIn(role) {
      const { userId, setupToken } = await createUser(database, {
        organisation: name,
        email: `${role}-${randomUUID()}@example.org`,
        role,
      });
      if (!setupToken) throw new Error('the new user has no setup link');
      const signedIn = await completeSetup(database, {
        token: setupToken,
        password: 'een lang en goed wachtwoord',
      });
      return {
        userId,
        headers: {
          cookie: `kassabon_session=${signedIn.sessionToken}`,
          'x-csrf-token': signedIn.csrfToken,
        },
      };
    },
  };
}
