import { desc, eq, isNull } from 'drizzle-orm';
import type { Db } from './create-database.ts';
import { insertRows } from './insert-rows.ts';
import { withOrganisation } from './organisation-scope.ts';
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

/**
 * Appends entries, one statement per organisation (each in its organisation's scope; global
 * entries outside any). The log refuses updates and deletes.
 */
export async function appendAudit(db: Db, entry: AuditEntry | AuditEntry[]): Promise<void> {
  const entries = Array.isArray(entry) ? entry : [entry];
  const byOrganisation = new Map<string | null, AuditEntry[]>();
  for (const item of entries)
    byOrganisation.set(item.organisationId, [
      ...(byOrganisation.get(item.organisationId) ?? []),
      item,
    ]);
  for (const [organisationId, group] of byOrganisation) {
    const insert = (scoped: Db) =>
      insertRows(
        scoped,
        auditLog,
        group.map((item) => ({
          organisationId: item.organisationId,
          actor: item.actor,
          action: item.action,
          entity: item.entity,
          entityId: item.entityId ?? null,
          changes: item.changes ?? null,
        })),
      );
    if (organisationId === null) await insert(db);
    else await withOrganisation(db, organisationId, insert);
  }
}

/** The latest entries of an organisation (null: the global ones), newest first. */
export async function listAudit(
  db: Db,
  options: { organisationId: string | null; limit: number },
): Promise<AuditRecord[]> {
  const { organisationId, limit } = options;
  const latest = (scoped: Db) =>
    scoped
      .select()
      .from(auditLog)
      .where(
        organisationId === null
          ? isNull(auditLog.organisationId)
          : eq(auditLog.organisationId, organisationId),
      )
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(limit);
  return organisationId === null ? latest(db) : withOrganisation(db, organisationId, latest);
}
