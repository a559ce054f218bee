import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabase, type Database } from './create-database.ts';
import { migrate } from './migrate.ts';

/**
 * A fresh, migrated database for one test file. With TEST_DATABASE_URL set (a PostgreSQL
 * server where that user may create databases), a new database `kassabon_test_<random>` on
 * that server, dropped again by close(); otherwise PGlite in memory (about 0.8 GB: one per
 * test file, not one per test).
 */
export async function createTestDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await createDatabase();
    await migrate(database);
    return database;
  }
  const name = `kassabon_test_${randomBytes(6).toString('hex')}`;
  await runOnServer(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
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

async function runOnServer(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
