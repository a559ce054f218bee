import { randomUUID } from 'node:crypto';
import type { Case } from '@kassabon/engine';
import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { storeAnalyses } from './analysis-repository.ts';
import { appendAudit } from './audit-repository.ts';
import type { AnalysisOfCase } from './case-file-repository.ts';
import { insertCaseRows } from './case-file-repository.ts';
import { addChildRows, type CasePricing, emptyChildRows, toCaseColumns } from './case-rows.ts';
import type { Db } from './create-database.ts';
import { ConflictError, findDatabaseError, StaleVersionError } from './errors.ts';
import { type CaseSelection, type LoadedCase, loadCases } from './load-cases.ts';
import { withOrganisation } from './organisation-scope.ts';
import {
  barriers,
  cases,
  effects,
  interviews,
  meetings,
  participants,
  ratings,
  scenarios,
  wellbeing,
} from './schema.ts';

/** What a write of one case stores: the case, its participants' accounts, its analysis. */
export type StoredCaseWrite = {
  organisationId: string;
  caseRecord: Case;
  /** Participant code → linked user account. */
  userIds: ReadonlyMap<string, string | null>;
  analysis: AnalysisOfCase;
  engineVersion: number;
  actor: string;
};

/** One case, whole, with the participants' user links; undefined when not selected. */
export async function loadCase(
  db: Db,
  selection: CaseSelection & { code: string },
): Promise<LoadedCase | undefined> {
  const [found] = await withOrganisation(
    db,
    selection.organisationId,
    (tx) => loadCases(tx, { ...selection, codes: [selection.code] }),
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  return found;
}

/**
 * Creates one case with everything in it and its analysis, in one transaction. A code the
 * organisation has already is a ConflictError.
 */
export async function createCase(
  db: Db,
  write: StoredCaseWrite & { pricing: CasePricing },
): Promise<{ version: number; updatedAt: Date }> {
  return withOrganisation(db, write.organisationId, async (db) => {
    try {
      return await db.transaction(async (tx) => {
        const id = randomUUID();
        const [created] = await tx
          .insert(cases)
          .values({
            organisationId: write.organisationId,
            id,
            ...toCaseColumns(write.caseRecord),
            ...write.pricing,
          })
          .returning({ version: cases.version, updatedAt: cases.updatedAt });
        await writeChildren(tx, id, write);
        await appendAudit(tx, {
          organisationId: write.organisationId,
          actor: write.actor,
          action: 'create',
          entity: 'case',
          entityId: write.caseRecord.code,
        });
        return created as { version: number; updatedAt: Date };
      });
    } catch (error) {
      throw codeTaken(error, write.caseRecord.code);
    }
  });
}

/**
 * Replaces a case (found by its current code) with a new version of it: its own row is
 * updated in place, so it keeps its id, and everything under it is written anew, with its
 * analysis, in one transaction. `expectedVersion` is the version the writer read: when
 * another write came first, nothing changes and StaleVersionError says so. Returns
 * undefined when the case does not exist. The audit entry holds `describeChanges` of the case
 * before and after, read in the same transaction.
 */
export async function updateCase(
  db: Db,
  write: StoredCaseWrite & {
    code: string;
    expectedVersion: number;
    pricing?: CasePricing;
    /** What goes into the audit log, from the case as it was and as it is now. */
    describeChanges: (before: LoadedCase, after: LoadedCase) => unknown;
  },
): Promise<{ version: number; updatedAt: Date } | undefined> {
  return withOrganisation(db, write.organisationId, async (db) => {
    try {
      return await db.transaction(async (tx) => {
        const where = and(
          eq(cases.organisationId, write.organisationId),
          eq(cases.code, write.code),
        );
        const [before] = await loadCases(tx, {
          organisationId: write.organisationId,
          codes: [write.code],
        });
        if (!before) return undefined;
        const [updated] = await tx
          .update(cases)
          .set({
            ...toCaseColumns(write.caseRecord),
            ...(write.pricing ?? {}),
            version: sql`${cases.version} + 1`,
            updatedAt: sql`now()`,
          })
          .where(and(where, eq(cases.version, write.expectedVersion)))
          .returning({ id: cases.id, version: cases.version, updatedAt: cases.updatedAt });
        if (!updated) {
          const [current] = await tx.select({ version: cases.version }).from(cases).where(where);
          if (!current) return undefined;
          throw new StaleVersionError(write.code, write.expectedVersion, current.version);
        }
        const owned = (table: { organisationId: PgColumn; caseId: PgColumn }) =>
          and(eq(table.organisationId, write.organisationId), eq(table.caseId, updated.id));
        // Interviews point at participants without a cascade: they go first.
        await tx.delete(interviews).where(owned(interviews));
        await tx.delete(participants).where(owned(participants));
        await tx.delete(meetings).where(owned(meetings));
        await tx.delete(barriers).where(owned(barriers));
        await tx.delete(effects).where(owned(effects));
        await tx.delete(scenarios).where(owned(scenarios));
        await tx.delete(ratings).where(owned(ratings));
        await tx.delete(wellbeing).where(owned(wellbeing));
        await writeChildren(tx, updated.id, write);
        const [after] = await loadCases(tx, {
          organisationId: write.organisationId,
          codes: [write.caseRecord.code],
        });
        await appendAudit(tx, {
          organisationId: write.organisationId,
          actor: write.actor,
          action: 'update',
          entity: 'case',
          entityId: write.caseRecord.code,
          changes: {
            version: updated.version,
            ...(write.code !== write.caseRecord.code ? { renamedFrom: write.code } : {}),
            fields: write.describeChanges(before, after as LoadedCase),
          },
        });
        return { version: updated.version, updatedAt: updated.updatedAt };
      });
    } catch (error) {
      throw codeTaken(error, write.caseRecord.code);
    }
  });
}

async function writeChildren(db: Db, caseId: string, write: StoredCaseWrite): Promise<void> {
  const children = emptyChildRows();
  addChildRows(children, write.organisationId, caseId, write.caseRecord, write.userIds);
  await insertCaseRows(db, [], children);
  await storeAnalyses(db, {
    organisationId: write.organisationId,
    engineVersion: write.engineVersion,
    analyses: [{ caseId, ...write.analysis }],
  });
}

function codeTaken(error: unknown, code: string): unknown {
  if (findDatabaseError(error)?.constraint === 'cases_code')
    return new ConflictError(`a case with code "${code}" exists already`, 'cases_code', {
      cause: error,
    });
  return error;
}
