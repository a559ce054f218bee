import { desc, eq, isNull } from 'drizzle-orm';
import type { Db } from './create-database.ts';
import { insertRows } from './insert-rows.ts';
import { auditLog } from './schema.ts';

export type AuditRecord = typeof auditLog.$inferSelect;

/** One audited change: who did what to which entity, in which organisation (null: global). */
export type AuditEntry = {
  organisationId: string | null;
  actor: string;
  action: string;
  entity: string;
  entityId?: string | null;
  /** What changed, as JSON; never secrets (passwords, tokens). */
  changes?: unknown;
};

/** Appends one entry, or several in one statement. The log refuses updates and deletes. */
export async function appendAudit(db: Db, entry: AuditEntry | AuditEntry[]): Promise<void> {
  const entries = Array.isArray(entry) ? entry : [entry];
  await insertRows(
    db,
    auditLog,
    entries.map((item) => ({
      organisationId: item.organisationId,
      actor: item.actor,
      action: item.action,
      entity: item.entity,
      entityId: item.entityId ?? null,
      changes: item.changes ?? null,
    })),
  );
}

/** The latest entries of an organisation (null: the global ones), newest first. */
export async function listAudit(
  db: Db,
  options: { organisationId: string | null; limit: number },
): Promise<AuditRecord[]> {
  return db
    .select()
    .from(auditLog)
    .where(
      options.organisationId === null
        ? isNull(auditLog.organisationId)
        : eq(auditLog.organisationId, options.organisationId),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(options.limit);
}
