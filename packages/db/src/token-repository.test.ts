import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './create-database.ts';
import { ConflictError } from './errors.ts';
import { createOrganisation } from './organisation-repository.ts';
import { createTestDatabase } from './test-database.ts';
import {
  createApiToken,
  createSession,
  createSetupLink,
  deleteSession,
  findActiveApiTokenByHash,
  findSessionByHash,
  findSetupLink,
  listApiTokens,
  markSetupLinkUsed,
  revokeApiToken,
  touchApiToken,
} from './token-repository.ts';
import { createUser } from './user-repository.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await database?.close();
});

const HOUR = 3_600_000;

describe('tokens, sessions and setup links', { timeout: 60_000 }, () => {
  it('finds an API token by its hash with its organisation, until it is revoked', async () => {
    const organisation = await createOrganisation(database.db, 'Gemeente Token');
    const token = await createApiToken(database.db, {
      organisationId: organisation.id,
      name: 'koppeling',
      role: 'analyst',
      tokenHash: 'hash-1',
    });
    expect(token).toMatchObject({ name: 'koppeling', lastUsedAt: null, revokedAt: null });

    const found = await findActiveApiTokenByHash(database.db, 'hash-1');
    expect(found).toEqual({ ...token, organisationName: 'Gemeente Token' });
    expect(await findActiveApiTokenByHash(database.db, 'hash-2')).toBeUndefined();

    const usedAt = new Date('2026-01-02T03:04:05.678Z');
    await touchApiToken(database.db, token, usedAt);
    expect((await listApiTokens(database.db, organisation.id))[0]?.lastUsedAt).toEqual(usedAt);

    await expect(
      createApiToken(database.db, {
        organisationId: organisation.id,
        name: 'dubbel',
        role: 'viewer',
        tokenHash: 'hash-1',
      }),
    ).rejects.toBeInstanceOf(ConflictError);

    expect(await revokeApiToken(database.db, token)).toBe(true);
    expect(await revokeApiToken(database.db, token)).toBe(false);
    expect(await findActiveApiTokenByHash(database.db, 'hash-1')).toBeUndefined();
  });

  it('finds a session until it expires, and not after it is deleted', async () => {
    const organisation = await createOrganisation(database.db, 'Gemeente Sessie');
    const user = await createUser(database.db, 'sessie@example.org');
    const now = new Date('2026-03-01T12:00:00Z');
    await createSession(database.db, {
      tokenHash: 'session-1',
      userId: user.id,
      organisationId: organisation.id,
      csrfToken: 'csrf',
      expiresAt: new Date(now.getTime() + HOUR),
    });
    expect(await findSessionByHash(database.db, 'session-1', now)).toMatchObject({
      userId: user.id,
      organisationId: organisation.id,
      csrfToken: 'csrf',
    });
    expect(
      await findSessionByHash(database.db, 'session-1', new Date(now.getTime() + 2 * HOUR)),
    ).toBeUndefined();
    await deleteSession(database.db, 'session-1');
    expect(await findSessionByHash(database.db, 'session-1', now)).toBeUndefined();
  });

  it('uses a setup link once, and not after it expires', async () => {
    const user = await createUser(database.db, 'nieuw@example.org');
    const now = new Date('2026-03-01T12:00:00Z');
    const expiresAt = new Date(now.getTime() + HOUR);
    await createSetupLink(database.db, { tokenHash: 'link-1', userId: user.id, expiresAt });
    await createSetupLink(database.db, { tokenHash: 'link-2', userId: user.id, expiresAt });
    expect(await findSetupLink(database.db, 'link-1')).toMatchObject({
      userId: user.id,
      expiresAt,
      usedAt: null,
    });

    expect(await markSetupLinkUsed(database.db, 'link-1', now)).toBe(true);
    expect(await markSetupLinkUsed(database.db, 'link-1', now)).toBe(false);
    expect((await findSetupLink(database.db, 'link-1'))?.usedAt).toEqual(now);
    expect(await markSetupLinkUsed(database.db, 'link-2', new Date(now.getTime() + 2 * HOUR))).toBe(
      false,
    );
    expect(await markSetupLinkUsed(database.db, 'unknown', now)).toBe(false);
  });
});
