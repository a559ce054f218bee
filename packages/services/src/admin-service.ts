import {
  addMembership,
  ConflictError,
  createApiToken as createApiTokenRow,
  createOrganisation as createOrganisationRow,
  createSetupLink,
  createUser as createUserRow,
  type Database,
  findOrganisationByName,
  findUserByEmail,
} from '@kassabon/db';
import { conflict, invalid, notFound } from './errors.ts';
import type { Role } from './principal.ts';
import { createSecret, hashSecret } from './secrets.ts';

/**
 * Administration from the command line (`kassabon admin ...`): it acts as the operator of the
 * installation, so it takes no principal. Every secret it creates is returned once, never stored.
 */

/** A setup link is valid this long: long enough to be read, short enough to go stale. */
export const SETUP_LINK_HOURS = 72;

export async function createOrganisation(database: Database, name: string) {
  const trimmed = name.trim();
  if (trimmed === '')
    throw invalid('the organisation needs a name', [
      { path: 'name', message: 'must not be empty' },
    ]);
  try {
    return await createOrganisationRow(database.db, trimmed);
  } catch (error) {
    if (error instanceof ConflictError)
      throw conflict(`an organisation named "${trimmed}" exists already`);
    throw error;
  }
}

async function organisationNamed(database: Database, name: string) {
  const organisation = await findOrganisationByName(database.db, name.trim());
  if (!organisation) throw notFound(`organisation "${name}"`);
  return organisation;
}

/**
 * Adds a user (new or existing, by e-mail) to an organisation with a role. A user without a
 * password gets a one-time setup token to choose one; it is returned once.
 */
export async function createUser(
  database: Database,
  input: { organisation: string; email: string; role: Role },
): Promise<{ userId: string; setupToken: string | null }> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email))
    throw invalid('the e-mail address is not valid', [
      { path: 'email', message: 'must be an e-mail address' },
    ]);
  const organisation = await organisationNamed(database, input.organisation);
  const user =
    (await findUserByEmail(database.db, email)) ?? (await createUserRow(database.db, email));
  try {
    await addMembership(database.db, organisation.id, user.id, input.role);
  } catch (error) {
    if (error instanceof ConflictError)
      throw conflict(`${email} is a member of "${organisation.name}" already`);
    throw error;
  }
  if (user.passwordHash) return { userId: user.id, setupToken: null };
  const setupToken = createSecret('kb_setup');
  const expiresAt = new Date(Date.now() + SETUP_LINK_HOURS * 3600 * 1000);
  await createSetupLink(database.db, {
    tokenHash: hashSecret(setupToken),
    userId: user.id,
    expiresAt,
  });
  return { userId: user.id, setupToken };
}

/** A new API token for an organisation; the token itself is returned once. */
export async function createApiToken(
  database: Database,
  input: { organisation: string; role: Role; name: string },
): Promise<{ id: string; token: string }> {
  const organisation = await organisationNamed(database, input.organisation);
  const token = createSecret('kb_token');
  const row = await createApiTokenRow(database.db, {
    organisationId: organisation.id,
    name: input.name.trim() || 'token',
    role: input.role,
    tokenHash: hashSecret(token),
  });
  return { id: row.id, token };
}
