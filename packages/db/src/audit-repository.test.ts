import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, listAudit } from './audit-repository.ts';
import type { Database } from './create-database.ts';
import { findDatabaseError } from './errors.ts';
import { createOrganisation } from './organisation-repository.ts';
import { auditLog } from './schema.ts';
import { createTestDatabase } from './test-database.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await database?.close();
});

describe('the audit log', { timeout: 60_000 }, () => {
  it('appends entries and lists an organisation’s newest first', async () => {
    const organisation = await createOrganisation(database.db, 'Gemeente Audit');
    await appendAudit(database.db, {
      organisationId: null,
      actor: 'cli',
      action: 'create',
      entity: 'organisation',
      entityId: organisation.id,
    });
    await appendAudit(database.db, [
      { organisationId: organisation.id, actor: 'user:1', action: 'create', entity: 'case' },
      {
        organisationId: organisation.id,
        actor: 'user:1',
        action: 'update',
        entity: 'case',
        entityId: 'C-1',
        changes: { title: { from: 'a', to: 'b' } },
      },
    ]);
    await appendAudit(database.db, []);

    const entries = await listAudit(database.db, { organisationId: organisation.id, limit: 10 });
    expect(entries.map((entry) => entry.action)).toEqual(['update', 'create']);
    expect(entries[0]).toMatchObject({
      actor: 'user:1',
      entity: 'case',
      entityId: 'C-1',
      changes: { title: { from: 'a', to: 'b' } },
    });
    expect(entries[0]?.at).toBeInstanceOf(Date);
    expect(entries[1]).toMatchObject({ entityId: null, changes: null });
    expect(
      await listAudit(database.db, { organisationId: organisation.id, limit: 1 }),
    ).toHaveLength(1);
    const global = await listAudit(database.db, { organisationId: null, limit: 10 });
    expect(global).toMatchObject([{ entity: 'organisation', entityId: organisation.id }]);
  });

  it('refuses to change or remove entries', async () => {
    await appendAudit(database.db, {
      organisationId: null,
      actor: 'cli',
      action: 'test',
      entity: 'nothing',
    });
    const refusal = (statement: Promise<unknown>) =>
      statement.then(
        () => undefined,
        (error: unknown) => findDatabaseError(error)?.message,
      );

    expect(await refusal(database.db.update(auditLog).set({ actor: 'someone else' }))).toMatch(
      /audit_log is append-only: UPDATE is not allowed/,
    );
    expect(await refusal(database.db.delete(auditLog).where(eq(auditLog.action, 'test')))).toMatch(
      /audit_log is append-only: DELETE is not allowed/,
    );
    expect(await refusal(database.db.execute(sql`truncate audit_log`))).toMatch(
      /append-only: TRUNCATE/,
    );
    const [kept] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'test'));
    expect(kept?.actor).toBe('cli');
  });
});
