import {
  type AnalysisOfCase,
  type CaseSelection,
  type Database,
  type Db,
  findCasesToAnalyse,
  isUniqueViolation,
  type LoadedCase,
  loadCases,
  loadOwnPriceLists,
  type StoredAnalysis,
  storeAnalyses,
} from '@kassabon/db';
import {
  ANALYSIS_VERSION,
  analyseCase,
  type Case,
  type CaseFile,
  createPriceIndex,
  monitorEntry,
  type PriceIndex,
  type PriceList,
  portfolioEntry,
} from '@kassabon/engine';
import { conflict } from './errors.ts';

/** Cases analysed again per transaction when stored analyses are missing or stale. */
const CASES_PER_BATCH = 500;

/** The price lists of a case, as the header of a case file: what it is priced from. */
export type PriceContext = Pick<CaseFile, 'priceList' | 'referencePriceList'>;

function toContext(list: PriceList | undefined, referencePriceList: string | null): PriceContext {
  return {
    ...(list ? { priceList: list } : {}),
    ...(referencePriceList !== null ? { referencePriceList } : {}),
  };
}

/** The price context of one pricing choice (own list id, reference code). */
export async function priceContextOf(
  db: Db,
  organisationId: string,
  pricing: { priceListId: string | null; referencePriceList: string | null },
): Promise<PriceContext> {
  const lists = await loadOwnPriceLists(
    db,
    organisationId,
    pricing.priceListId ? [pricing.priceListId] : [],
  );
  return toContext(
    pricing.priceListId ? lists.get(pricing.priceListId) : undefined,
    pricing.referencePriceList,
  );
}

/** A case's analysis with what the portfolio and its monitor keep of it, ready to store. */
export function analysisOfCase(caseRecord: Case, prices: PriceIndex): AnalysisOfCase {
  const analysis = analyseCase(caseRecord, prices);
  return {
    analysis,
    entry: portfolioEntry(caseRecord, analysis),
    monitor: monitorEntry(caseRecord, prices),
  };
}

/** Analyses stored cases as the engine would analyse their export. */
async function analyseStoredCases(
  db: Db,
  organisationId: string,
  loaded: LoadedCase[],
): Promise<StoredAnalysis[]> {
  const listIds = [
    ...new Set(loaded.flatMap((entry) => (entry.row.priceListId ? [entry.row.priceListId] : []))),
  ];
  const lists = await loadOwnPriceLists(db, organisationId, listIds);
  // Cases priced alike share one index: a portfolio has a handful of pricings.
  const indexes = new Map<string, PriceIndex>();
  return loaded.map((entry) => {
    const { priceListId, referencePriceList } = entry.row;
    const key = `${priceListId ?? ''}|${referencePriceList ?? ''}`;
    let prices = indexes.get(key);
    if (!prices) {
      const list = priceListId ? lists.get(priceListId) : undefined;
      prices = createPriceIndex(toContext(list, referencePriceList));
      indexes.set(key, prices);
    }
    for (const scenario of entry.caseRecord.scenarios)
      for (const line of scenario.lines)
        if (line.item !== undefined && !prices.has(line.item))
          throw conflict(
            `case ${entry.row.code} uses price-list item "${line.item}", which its price list no longer has`,
          );
    return { caseId: entry.row.id, ...analysisOfCase(entry.caseRecord, prices) };
  });
}

/**
 * Makes sure every selected case has an analysis of the current engine version stored,
 * analysing again those that lack one (a price list changed, the engine was upgraded).
 * Usually one cheap query that finds nothing.
 */
export async function ensureAnalyses(database: Database, selection: CaseSelection): Promise<void> {
  const codes = await findCasesToAnalyse(database.db, selection, ANALYSIS_VERSION);
  for (let start = 0; start < codes.length; start += CASES_PER_BATCH) {
    const batch = codes.slice(start, start + CASES_PER_BATCH);
    try {
      await database.db.transaction(async (tx) => {
        const loaded = await loadCases(tx, {
          organisationId: selection.organisationId,
          codes: batch,
        });
        await storeAnalyses(tx, {
          organisationId: selection.organisationId,
          engineVersion: ANALYSIS_VERSION,
          analyses: await analyseStoredCases(tx, selection.organisationId, loaded),
        });
      });
    } catch (error) {
      // Another request analysed the same cases at the same moment: theirs stand.
      if (!isUniqueViolation(error)) throw error;
    }
  }
}
