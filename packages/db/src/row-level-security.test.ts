import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCaseFile } from './case-file-repository.ts';
import type { Database } from './create-database.ts';
import { findDatabaseError } from './errors.ts';
import { createOrganisation } from './organisation-repository.ts';
import { withOrganisation } from './organisation-scope.ts';
import { cases } from './schema.ts';
import { createTestDatabase } from './test-database.ts';

/**
 * The second wall (migration 0003): on PostgreSQL, as a role that is not a superuser, a
 * transaction sees and writes only the rows of the organisation it is scoped to, whatever
 * its queries ask for. PGlite runs as a superuser, which the policies let through.
 */
describe.runIf(Boolean(process.env.TEST_DATABASE_URL))('row-level security', () => {
  let database: Database;
  let a: string;
  let b: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    a = (await createOrganisation(database.db, `a-${randomUUID()}`)).id;
    b = (await createOrganisation(database.db, `b-${randomUUID()}`)).id;
    for (const [organisationId, code] of [
      [a, 'A-1'],
      [b, 'B-1'],
    ] as const)
      await importCaseFile(database.db, {
        organisationId,
        caseFile: { version: 1, cases: [{ code, scenarios: [] }] },
        mode: 'create',
        actor: 'test',
      });
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it('shows a transaction only the rows of its organisation, and none without one', async () => {
    const visible = await withOrganisation(database.db, a, (db) =>
      db.select({ code: cases.code }).from(cases),
    );
    expect(visible.map((row) => row.code)).toEqual(['A-1']);
    const asked = await withOrganisation(database.db, a, (db) =>
      db.select({ code: cases.code }).from(cases).where(eq(cases.organisationId, b)),
    );
    expect(asked).toEqual([]);
    expect(await database.db.select({ code: cases.code }).from(cases)).toEqual([]);
  });

  it("refuses to write another organisation's rows from inside a scope", async () => {
    const error = await withOrganisation(database.db, a, (db) =>
      db.insert(cases).values({ organisationId: b, code: 'SNEAKY' }),
    ).catch((caught: unknown) => caught);
    expect(findDatabaseError(error)?.code).toBe('42501');
    const changed = await withOrganisation(database.db, a, (db) =>
      db.update(cases).set({ title: 'overwritten' }).where(eq(cases.organisationId, b)).returning(),
    );
    expect(changed).toEqual([]);
    const deleted = await withOrganisation(database.db, a, (db) =>
      db.delete(cases).where(eq(cases.organisationId, b)).returning(),
    );
    expect(deleted).toEqual([]);
    const stillThere = await withOrganisation(database.db, b, (db) =>
      db.select({ title: cases.title }).from(cases),
    );
    expect(stillThere).toEqual([{ title: null }]);
  });

  it('runs as a role the policies hold for', async () => {
    const [role] = (
      (await database.db.execute(
        sql`select rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
      )) as unknown as { rows: { rolsuper: boolean; rolbypassrls: boolean }[] }
    ).rows;
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
  });
});
