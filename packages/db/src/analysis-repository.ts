import type { CaseAnalysis, MonitorEntry, PortfolioEntry } from '@kassabon/engine';
import { and, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from './create-database.ts';
import { insertRows } from './insert-rows.ts';
import { type CaseSelection, selectCases } from './load-cases.ts';
import { withOrganisation } from './organisation-scope.ts';
import { caseAnalyses, cases } from './schema.ts';

/** A case's analysis as the engine computed it, and its entries for the portfolio. */
export type StoredAnalysis = {
  caseId: string;
  analysis: CaseAnalysis;
  entry: PortfolioEntry;
  monitor: MonitorEntry;
};

/**
 * Stores the analyses of these cases, replacing what was stored for them. Call it in the
 * transaction that wrote the cases, so a case and its analysis change together.
 */
export async function storeAnalyses(
  db: Db,
  options: { organisationId: string; engineVersion: number; analyses: StoredAnalysis[] },
): Promise<void> {
  return withOrganisation(db, options.organisationId, async (db) => {
    const { organisationId, engineVersion, analyses } = options;
    if (analyses.length === 0) return;
    const ids = analyses.map((stored) => stored.caseId);
    for (let start = 0; start < ids.length; start += 1000)
      await db
        .delete(caseAnalyses)
        .where(
          and(
            eq(caseAnalyses.organisationId, organisationId),
            inArray(caseAnalyses.caseId, ids.slice(start, start + 1000)),
          ),
        );
    await insertRows(
      db,
      caseAnalyses,
      analyses.map((stored) => ({
        organisationId,
        caseId: stored.caseId,
        engineVersion,
        savingsVsWithout: stored.analysis.savings.vsWithout,
        savingsVsBefore: stored.analysis.savings.vsBefore,
        analysis: stored.analysis,
        portfolioEntry: stored.entry,
        monitorEntry: stored.monitor,
      })),
    );
  });
}

/** The codes of the selected cases whose analysis is missing or of another engine version. */
export async function findCasesToAnalyse(
  db: Db,
  selection: CaseSelection,
  engineVersion: number,
): Promise<string[]> {
  return withOrganisation(db, selection.organisationId, async (db) => {
    const rows = await db
      .select({ code: cases.code })
      .from(cases)
      .leftJoin(
        caseAnalyses,
        and(
          eq(caseAnalyses.organisationId, cases.organisationId),
          eq(caseAnalyses.caseId, cases.id),
        ),
      )
      .where(
        and(
          selectCases(selection),
          or(isNull(caseAnalyses.caseId), ne(caseAnalyses.engineVersion, engineVersion)),
        ),
      );
    return rows.map((row) => row.code);
  });
}

type StoredColumns = {
  analysis: CaseAnalysis;
  portfolioEntry: PortfolioEntry;
  monitorEntry: MonitorEntry;
};

/**
 * One stored column of the selected cases, ordered by case code as exports are: sums of
 * floats depend on their order, so the portfolio's totals come out as the engine's for the
 * export.
 */
async function listStored<K extends keyof StoredColumns>(
  db: Db,
  selection: CaseSelection,
  column: K,
): Promise<StoredColumns[K][]> {
  return withOrganisation(db, selection.organisationId, async (db) => {
    const rows = await db
      .select({ value: caseAnalyses[column] })
      .from(caseAnalyses)
      .innerJoin(
        cases,
        and(
          eq(cases.organisationId, caseAnalyses.organisationId),
          eq(cases.id, caseAnalyses.caseId),
        ),
      )
      .where(selectCases(selection))
      .orderBy(sql`${cases.code} collate "C"`);
    return rows.map((row) => row.value as StoredColumns[K]);
  });
}

/** The portfolio entries of the selected cases, by case code. */
export function listPortfolioEntries(db: Db, selection: CaseSelection): Promise<PortfolioEntry[]> {
  return listStored(db, selection, 'portfolioEntry');
}

/** The monitor entries of the selected cases, by case code. */
export function listMonitorEntries(db: Db, selection: CaseSelection): Promise<MonitorEntry[]> {
  return listStored(db, selection, 'monitorEntry');
}

/** The stored analyses of the selected cases, by case code. */
export function listStoredAnalyses(db: Db, selection: CaseSelection): Promise<CaseAnalysis[]> {
  return listStored(db, selection, 'analysis');
}

/**
 * Forgets the analyses of the cases priced from a price list whose prices changed; they are
 * computed again when next read.
 */
export async function forgetAnalysesOfPriceList(
  db: Db,
  options: { organisationId: string; priceListId: string },
): Promise<void> {
  return withOrganisation(db, options.organisationId, async (db) => {
    await db.delete(caseAnalyses).where(
      and(
        eq(caseAnalyses.organisationId, options.organisationId),
        inArray(
          caseAnalyses.caseId,
          db
            .select({ id: cases.id })
            .from(cases)
            .where(
              and(
                eq(cases.organisationId, options.organisationId),
                eq(cases.priceListId, options.priceListId),
              ),
            ),
        ),
      ),
    );
  });
}
