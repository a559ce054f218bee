import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from './create-database.ts';
import { MIGRATIONS_FOLDER, migrate } from './migrate.ts';
import { createTestDatabase } from './test-database.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await database?.close();
});

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  // Both drivers' results carry `rows`.
  const result = (await database.db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

describe('migrate', { timeout: 60_000 }, () => {
  it('creates every table of the schema', async () => {
    const tables = await rows<{ name: string }>(
      sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(tables.map((table) => table.name)).toEqual([
      'api_tokens',
      'audit_log',
      'barriers',
      'case_analyses',
      'cases',
      'effects',
      'interviews',
      'lines',
      'meeting_attendees',
      'meetings',
      'memberships',
      'organisations',
      'participants',
      'price_items',
      'price_lists',
      'ratings',
      'scenarios',
      'sessions',
      'setup_links',
      'users',
      'wellbeing',
    ]);
  });

  it('records every committed migration, and a second run changes nothing', async () => {
    const files = readdirSync(MIGRATIONS_FOLDER).filter((file) => file.endsWith('.sql'));
    const count = async () =>
      (
        await rows<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)
      )[0]?.n;
    expect(await count()).toBe(files.length);
    await migrate(database);
    expect(await count()).toBe(files.length);
  });

  it('leads every primary key and index of a tenant table with organisation_id', async () => {
    const indexes = await rows<{ table: string; name: string; definition: string }>(sql`
      select tablename as table, indexname as name, indexdef as definition
      from pg_indexes where schemaname = 'public'`);
    const global = new Set(['organisations', 'users', 'sessions', 'setup_links']);
    // Looked up before the organisation is known (ADR 005).
    const exceptions = new Set([
      'api_tokens_token_hash_unique',
      'memberships_user_id',
      'audit_log_pkey',
    ]);
    const offending = indexes.filter(
      (index) =>
        !global.has(index.table) &&
        !exceptions.has(index.name) &&
        !/\("organisation_id"|\(organisation_id[,)]/.test(index.definition),
    );
    expect(offending).toEqual([]);
  });

  // App servers that start together on one PostgreSQL all migrate at start.
  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    'lets several servers migrate one fresh PostgreSQL database at once',
    async () => {
      const serverUrl = process.env.TEST_DATABASE_URL ?? '';
      const name = `kassabon_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`create database "${name}"`);
      try {
        const url = new URL(serverUrl);
        url.pathname = `/${name}`;
        const servers = await Promise.all(
          [1, 2, 3].map(() => createDatabase({ url: url.toString(), poolSize: 2 })),
        );
        try {
          await Promise.all(servers.map((server) => migrate(server)));
        } finally {
          await Promise.all(servers.map((server) => server.close()));
        }
      } finally {
        await admin.query(`drop database if exists "${name}" with (force)`);
        await admin.end();
      }
    },
  );
});
