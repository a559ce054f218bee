import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './create-database.ts';
import { ConflictError } from './errors.ts';
import { createOrganisation } from './organisation-repository.ts';
import { createTestDatabase } from './test-database.ts';
import {
  addMembership,
  createUser,
  findMembership,
  findUserByEmail,
  findUserById,
  listMembershipsOfUser,
  setPasswordHash,
} from './user-repository.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await database?.close();
});

describe('users and memberships', { timeout: 60_000 }, () => {
  it('stores e-mail addresses lower-cased and finds them whatever the case', async () => {
    const user = await createUser(database.db, ' Analist@Gemeente.NL ');
    expect(user).toMatchObject({ email: 'analist@gemeente.nl', passwordHash: null });
    expect(await findUserByEmail(database.db, 'ANALIST@gemeente.nl')).toEqual(user);
    expect(await findUserById(database.db, user.id)).toEqual(user);
    expect(await findUserById(database.db, 'x')).toBeUndefined();

    const error = await createUser(database.db, 'analist@GEMEENTE.nl').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ constraint: 'users_email_unique' });
  });

  it('sets a password hash', async () => {
    const user = await createUser(database.db, 'admin@example.org');
    expect(await setPasswordHash(database.db, user.id, '$argon2id$v=19$...')).toBe(true);
    expect((await findUserById(database.db, user.id))?.passwordHash).toBe('$argon2id$v=19$...');
    expect(await setPasswordHash(database.db, crypto.randomUUID(), 'x')).toBe(false);
  });

  it('gives users roles in organisations and lists their organisations by name', async () => {
    const user = await createUser(database.db, 'coordinator@example.org');
    const oss = await createOrganisation(database.db, 'Oss');
    const cuijk = await createOrganisation(database.db, 'Cuijk');
    await addMembership(database.db, oss.id, user.id, 'viewer');
    const membership = await addMembership(database.db, cuijk.id, user.id, 'admin');
    expect(membership).toMatchObject({ organisationId: cuijk.id, userId: user.id, role: 'admin' });

    expect(await listMembershipsOfUser(database.db, user.id)).toEqual([
      { organisationId: cuijk.id, organisationName: 'Cuijk', role: 'admin' },
      { organisationId: oss.id, organisationName: 'Oss', role: 'viewer' },
    ]);
    expect(await findMembership(database.db, oss.id, user.id)).toMatchObject({ role: 'viewer' });
    const stranger = await createUser(database.db, 'stranger@example.org');
    expect(await findMembership(database.db, oss.id, stranger.id)).toBeUndefined();
    expect(await listMembershipsOfUser(database.db, stranger.id)).toEqual([]);

    await expect(addMembership(database.db, oss.id, user.id, 'analyst')).rejects.toBeInstanceOf(
      ConflictError,
    );
    // The role is checked by the database too.
    await expect(
      addMembership(database.db, oss.id, stranger.id, 'owner' as 'admin'),
    ).rejects.toThrow();
  });
});
