import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabase, type Database } from './create-database.ts';
import { migrate } from './migrate.ts';

/**
 * The role the tests' app connects as on PostgreSQL, and that owns the test database: not a
 * superuser and without BYPASSRLS, as a production server must be, so the row-level security
 * policies hold in every test and a query that forgets its organisation's scope fails here
 * rather than in production.
 */
export const TEST_APP_ROLE = 'kassabon_app_test';

/**
 * A fresh, migrated database for one test file. With TEST_DATABASE_URL set (a PostgreSQL
 * server where that user may create databases and roles), a new database
 * `kassabon_test_<random>` on that server, owned, migrated and used by TEST_APP_ROLE, dropped
 * again by close(); otherwise PGlite in memory (about 0.8 GB: one per test file, not
 * one per test), where everything runs as a superuser.
 */
export async function createTestDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await createDatabase();
    await migrate(database);
    return database;
  }
  const name = `kassabon_test_${randomBytes(6).toString('hex')}`;
  await createAppRole(serverUrl);
  await runOnServer(serverUrl, `create database "${name}" owner ${TEST_APP_ROLE}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  url.username = TEST_APP_ROLE;
  url.password = '';
  const database = await createDatabase({ url: url.toString(), poolSize: 4 });
  try {
    await migrate(database);
  } catch (error) {
    await database.close();
    await runOnServer(serverUrl, `drop database if exists "${name}" with (force)`);
    throw error;
  }
  let dropped: Promise<void> | undefined;
  return {
    ...database,
    close() {
      dropped ??= database
        .close()
        .then(() => runOnServer(serverUrl, `drop database if exists "${name}" with (force)`));
      return dropped;
    },
  };
}

/** Creates TEST_APP_ROLE once per server. */
async function createAppRole(serverUrl: string): Promise<void> {
  await runOnServer(
    serverUrl,
    // Test files start together: another may create the role between the check and the create.
    `do $$ begin
       if not exists (select from pg_roles where rolname = '${TEST_APP_ROLE}') then
         create role ${TEST_APP_ROLE} login nosuperuser nobypassrls;
       end if;
     exception when duplicate_object or unique_violation then null;
     end $$`,
  );
}

async function runOnServer(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
