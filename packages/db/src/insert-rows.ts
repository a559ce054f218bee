import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './create-database.ts';

/** Rows per statement: bounds the size of the array parameters, not their number. */
const ROWS_PER_STATEMENT = 10_000;

/**
 * Inserts many rows in one statement per 10,000, as one array parameter per column:
 * `insert into t (a, b) select * from unnest($1::uuid[], $2::text[])`. Measured on 30,000
 * lines: 0.6–0.9 s, against 6–7 s for drizzle's multi-row VALUES in batches of 1,000, most
 * of which goes into building the statement. Both drivers serialise JavaScript arrays to
 * PostgreSQL array literals, quoting every element, so any text is safe.
 *
 * Columns that no row sets are left to their defaults; in a column that some rows set, the
 * others get null. Array columns are not supported (unnest would flatten them): insert
 * those with drizzle's insert. jsonb works: each value goes as its JSON text.
 */
export async function insertRows<TTable extends PgTable>(
  db: Db,
  table: TTable,
  rows: TTable['$inferInsert'][],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table)).filter(([key]) =>
    rows.some((row) => (row as Record<string, unknown>)[key] !== undefined),
  );
  for (const [, column] of columns) {
    const type = column.getSQLType();
    if (type.endsWith(']'))
      throw new Error(`insertRows cannot insert ${getTableName(table)}.${column.name} (${type})`);
  }
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT) as Record<string, unknown>[];
    const names = columns.map(([, column]) => sql.identifier(column.name));
    const arrays = columns.map(([key, column]) => {
      const values = chunk.map((row) => {
        const value = row[key];
        return value === undefined || value === null ? null : column.mapToDriverValue(value);
      });
      return sql`${sql.param(values)}::${sql.raw(column.getSQLType())}[]`;
    });
    await db.execute(
      sql`insert into ${table} (${sql.join(names, sql`, `)}) select * from unnest(${sql.join(arrays, sql`, `)})`,
    );
  }
}
