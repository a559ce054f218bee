import { sql } from 'drizzle-orm';
import type { PgTransactionConfig } from 'drizzle-orm/pg-core';
import type { Db } from './create-database.ts';

/**
 * Runs `run` in a transaction scoped to one organisation: `kassabon.organisation_id` is set for
 * the transaction only, and the row-level security policies of migration 0003 let it see and
 * write that organisation's rows and no others. Every repository function that reads or writes
 * tenant rows goes through here, so the policies are a second wall behind the services' own
 * checks. Inside another transaction it runs as a savepoint, and the scope stays set until the
 * outer transaction ends.
 */
export function withOrganisation<T>(
  db: Db,
  organisationId: string,
  run: (tx: Db) => Promise<T>,
  config?: PgTransactionConfig,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('kassabon.organisation_id', ${organisationId}, true)`);
    return run(tx);
  }, config);
}
