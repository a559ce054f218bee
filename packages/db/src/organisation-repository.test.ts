import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './create-database.ts';
import { ConflictError } from './errors.ts';
import {
  createOrganisation,
  findOrganisationById,
  findOrganisationByName,
  listOrganisations,
} from './organisation-repository.ts';
import { createTestDatabase } from './test-database.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await database?.close();
});

describe('organisations', { timeout: 60_000 }, () => {
  it('are created, found by name and id, and listed by name', async () => {
    const cuijk = await createOrganisation(database.db, '  Gemeente Cuijk ');
    const oss = await createOrganisation(database.db, 'Gemeente Oss');
    expect(cuijk).toMatchObject({ name: 'Gemeente Cuijk' });
    expect(cuijk.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(cuijk.createdAt).toBeInstanceOf(Date);

    expect(await findOrganisationByName(database.db, 'Gemeente Cuijk')).toEqual(cuijk);
    expect(await findOrganisationById(database.db, oss.id)).toEqual(oss);
    expect(await findOrganisationByName(database.db, 'Gemeente Boxmeer')).toBeUndefined();
    expect(await findOrganisationById(database.db, 'not-a-uuid')).toBeUndefined();
    const names = (await listOrganisations(database.db)).map((organisation) => organisation.name);
    expect(names).toEqual(['Gemeente Cuijk', 'Gemeente Oss']);
  });

  it('have unique names: a second one is a ConflictError', async () => {
    await createOrganisation(database.db, 'Gemeente Leeuwarden');
    const error = await createOrganisation(database.db, 'Gemeente Leeuwarden ').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({
      code: 'conflict',
      constraint: 'organisations_name_unique',
      message: 'an organisation named "Gemeente Leeuwarden" exists',
    });
  });
});
