import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from './create-database.ts';
import { ConflictError, isUniqueViolation } from './errors.ts';
import { apiTokens, organisations, type Role, sessions, setupLinks } from './schema.ts';
import { isUuid } from './uuid.ts';

/*
 * Tokens are stored as the hash the caller gives: the random token itself is shown once and
 * never stored. Generating and hashing tokens is the caller's (services) job.
 */

export type ApiToken = typeof apiTokens.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type SetupLink = typeof setupLinks.$inferSelect;
export type ActiveApiToken = ApiToken & { organisationName: string };

export async function createApiToken(
  db: Db,
  token: { organisationId: string; name: string; role: Role; tokenHash: string },
): Promise<ApiToken> {
  try {
    const [created] = await db.insert(apiTokens).values(token).returning();
    if (!created) throw new Error('insert into api_tokens returned no row');
    return created;
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError('this token hash is in use', 'api_tokens_token_hash_unique', {
        cause: error,
      });
    throw error;
  }
}

/** The token with this hash, and its organisation's name, unless it is revoked. */
export async function findActiveApiTokenByHash(
  db: Db,
  tokenHash: string,
): Promise<ActiveApiToken | undefined> {
  const [found] = await db
    .select({ token: apiTokens, organisationName: organisations.name })
    .from(apiTokens)
    .innerJoin(organisations, eq(organisations.id, apiTokens.organisationId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return found ? { ...found.token, organisationName: found.organisationName } : undefined;
}

/** Records that a token was used (shown to admins, to spot unused or leaked tokens). */
export async function touchApiToken(
  db: Db,
  token: { organisationId: string; id: string },
  at: Date = new Date(),
): Promise<void> {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: at })
    .where(and(eq(apiTokens.organisationId, token.organisationId), eq(apiTokens.id, token.id)));
}

/** An organisation's tokens, newest first, revoked ones included. */
export async function listApiTokens(db: Db, organisationId: string): Promise<ApiToken[]> {
  return db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.organisationId, organisationId))
    .orderBy(asc(apiTokens.createdAt), asc(apiTokens.id));
}

/** Revokes a token; false when the organisation has no such active token. */
export async function revokeApiToken(
  db: Db,
  token: { organisationId: string; id: string },
  at: Date = new Date(),
): Promise<boolean> {
  if (!isUuid(token.id)) return false;
  const revoked = await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(
      and(
        eq(apiTokens.organisationId, token.organisationId),
        eq(apiTokens.id, token.id),
        isNull(apiTokens.revokedAt),
      ),
    )
    .returning({ id: apiTokens.id });
  return revoked.length > 0;
}

export async function createSession(
  db: Db,
  session: {
    tokenHash: string;
    userId: string;
    organisationId: string;
    csrfToken: string;
    expiresAt: Date;
  },
): Promise<Session> {
  const [created] = await db.insert(sessions).values(session).returning();
  if (!created) throw new Error('insert into sessions returned no row');
  return created;
}

/** The session with this hash, unless it has expired at `now`. */
export async function findSessionByHash(
  db: Db,
  tokenHash: string,
  now: Date = new Date(),
): Promise<Session | undefined> {
  const [found] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return found;
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function createSetupLink(
  db: Db,
  link: { tokenHash: string; userId: string; expiresAt: Date },
): Promise<SetupLink> {
  const [created] = await db.insert(setupLinks).values(link).returning();
  if (!created) throw new Error('insert into setup_links returned no row');
  return created;
}

/** The link with this hash, used or expired or not: the caller tells the user which. */
export async function findSetupLink(db: Db, tokenHash: string): Promise<SetupLink | undefined> {
  const [found] = await db.select().from(setupLinks).where(eq(setupLinks.tokenHash, tokenHash));
  return found;
}

/**
 * Marks a link used, once: true only for the call that used it, and only if it had not
 * expired at `at`. Two requests racing with the same link cannot both succeed.
 */
export async function markSetupLinkUsed(
  db: Db,
  tokenHash: string,
  at: Date = new Date(),
): Promise<boolean> {
  const used = await db
    .update(setupLinks)
    .set({ usedAt: at })
    .where(
      and(
        eq(setupLinks.tokenHash, tokenHash),
        isNull(setupLinks.usedAt),
        gt(setupLinks.expiresAt, at),
      ),
    )
    .returning({ tokenHash: setupLinks.tokenHash });
  return used.length > 0;
}
