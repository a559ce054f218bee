import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;

/**
 * The database as the repositories see it, whichever driver is underneath: PGlite's and
 * node-postgres's drizzle instances are both a PgDatabase, and so is a transaction.
 */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseKind = 'pglite' | 'postgres';

export type Database = {
  kind: DatabaseKind;
  db: Db;
  /** Closes the connections (and releases the data folder). Safe to call twice. */
  close(): Promise<void>;
};

export type DatabaseOptions = {
  /** A PostgreSQL connection string (`postgres://...`): use a connection pool. */
  url?: string;
  /** A folder for PGlite's files (created if missing); without `url` or this, PGlite in memory. */
  dataDir?: string;
  /** Connections in the PostgreSQL pool; default 10. */
  poolSize?: number;
};

/** The subfolder of a data folder that holds PGlite's PostgreSQL files. */
export const PGLITE_SUBFOLDER = 'pglite';

/**
 * Opens the database: PostgreSQL when `url` is given, else PGlite on disk in `dataDir`
 * (one process at a time: see lockDataDir), else PGlite in memory. Does not migrate: call
 * migrate() (server start, `kassabon db migrate`).
 */
export async function createDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.url !== undefined) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle client that loses its connection emits 'error'; without a listener that
    // would crash the process. The pool replaces the client on the next query.
    pool.on('error', () => {});
    const db: Db = drizzleNodePostgres({ client: pool, schema });
    return { kind: 'postgres', db, close: once(() => pool.end()) };
  }
  if (options.dataDir !== undefined) {
    const lock = lockDataDir(options.dataDir);
    try {
      const client = await PGlite.create(join(options.dataDir, PGLITE_SUBFOLDER));
      const db: Db = drizzlePglite({ client, schema });
      return {
        kind: 'pglite',
        db,
        close: once(async () => {
          try {
            await client.close();
          } finally {
            lock.release();
          }
        }),
      };
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  const client = await PGlite.create();
  const db: Db = drizzlePglite({ client, schema });
  return { kind: 'pglite', db, close: once(() => client.close()) };
}

function once(action: () => Promise<void>): () => Promise<void> {
  let result: Promise<void> | undefined;
  return () => {
    result ??= action();
    return result;
  };
}
