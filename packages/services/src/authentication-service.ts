import { type Database, findActiveApiTokenByHash } from '@kassabon/db';
import type { Principal } from './principal.ts';
import { hashSecret } from './secrets.ts';

/** The principal of a Bearer API token, or null when the token is unknown or revoked. */
export async function authenticateApiToken(
  database: Database,
  token: string,
): Promise<Principal | null> {
  if (!token.startsWith('kb_token_')) return null;
  const found = await findActiveApiTokenByHash(database.db, hashSecret(token));
  if (!found) return null;
  return {
    organisationId: found.organisationId,
    role: found.role,
    userId: null,
    actor: `token:${found.id}`,
  };
}
