import type {
  CaseAnalysis,
  FinancierSplit,
  MeanCount,
  PortfolioAnalysis,
  PortfolioEntry,
  Savings,
} from './analysis-types.ts';
import type { Case, RATING_ROLES } from './case-file-schema.ts';
import { caseRatings, forEachRating } from './case-ratings.ts';
import { orderFinanciers } from './financier-order.ts';

type Role = (typeof RATING_ROLES)[number];

/**
 * The running sums of a portfolio. Both ways in (the analyses of a file, or the entries stored
 * beside the cases) add into one of these, so they cannot drift apart; neither builds an
 * object per case on the way.
 */
type PortfolioSums = {
  cases: number;
  savings: number[];
  totalSavingsVsBefore: number;
  casesWithBefore: number;
  societalTotal: number;
  financiers: Map<string, FinancierSplit>;
  ratings: Record<Role | 'all', { sum: number; n: number }>;
};

function emptySums(): PortfolioSums {
  return {
    cases: 0,
    savings: [],
    totalSavingsVsBefore: 0,
    casesWithBefore: 0,
    societalTotal: 0,
    financiers: new Map(),
    ratings: {
      resident: { sum: 0, n: 0 },
      professional: { sum: 0, n: 0 },
      other: { sum: 0, n: 0 },
      all: { sum: 0, n: 0 },
    },
  };
}

function addCase(
  sums: PortfolioSums,
  savings: Savings,
  societalSavingsVsWithout: number | null,
  byFinancier: readonly FinancierSplit[],
): void {
  sums.cases++;
  if (savings.vsWithout !== null) sums.savings.push(savings.vsWithout);
  if (societalSavingsVsWithout !== null) sums.societalTotal += societalSavingsVsWithout;
  if (savings.vsBefore !== null) {
    sums.totalSavingsVsBefore += savings.vsBefore;
    sums.casesWithBefore++;
  }
  for (const split of byFinancier) {
    const sum = sums.financiers.get(split.financier);
    if (sum === undefined)
      sums.financiers.set(split.financier, {
        financier: split.financier,
        before: split.before,
        with: split.with,
        without: split.without,
        savingsVsWithout: split.savingsVsWithout,
      });
    else {
      sum.before = addNullable(sum.before, split.before);
      sum.with = addNullable(sum.with, split.with);
      sum.without = addNullable(sum.without, split.without);
      sum.savingsVsWithout = addNullable(sum.savingsVsWithout, split.savingsVsWithout);
    }
  }
}

function addRating(sums: PortfolioSums, role: Role, score: number): void {
  const total = sums.ratings[role];
  total.sum += score;
  total.n++;
  sums.ratings.all.sum += score;
  sums.ratings.all.n++;
}

/**
 * Adds up the analyses of many cases. Savings statistics count the cases that have both a
 * "with" and a "without" scenario; ratings (the case's and its interviews') are averaged per
 * role and over all of them. byFinancier sums each column over the cases where it is present
 * (null where none has it).
 */
export function analysePortfolio(
  cases: readonly Case[],
  analyses: readonly CaseAnalysis[],
): PortfolioAnalysis {
  const sums = emptySums();
  for (let index = 0; index < analyses.length; index++) {
    const analysis = analyses[index] as CaseAnalysis;
    addCase(sums, analysis.savings, analysis.societal.savings.vsWithout, analysis.byFinancier);
    forEachRating(cases[index] as Case, (role, score) => addRating(sums, role, score));
  }
  return result(sums);
}

/**
 * What the portfolio needs of one case: small enough to store beside the case, so that the
 * portfolio of many cases is added up without analysing them again (combinePortfolio).
 */
export function portfolioEntry(caseRecord: Case, analysis: CaseAnalysis): PortfolioEntry {
  return {
    savings: { vsWithout: analysis.savings.vsWithout, vsBefore: analysis.savings.vsBefore },
    societalSavingsVsWithout: analysis.societal.savings.vsWithout,
    byFinancier: analysis.byFinancier,
    ratings: caseRatings(caseRecord).map((rating) => ({ role: rating.role, score: rating.score })),
  };
}

/** The portfolio of stored entries: the same figures as analysePortfolio of their cases. */
export function combinePortfolio(entries: readonly PortfolioEntry[]): PortfolioAnalysis {
  const sums = emptySums();
  for (const entry of entries) {
    addCase(sums, entry.savings, entry.societalSavingsVsWithout, entry.byFinancier);
    for (const rating of entry.ratings) addRating(sums, rating.role, rating.score);
  }
  return result(sums);
}

function result(sums: PortfolioSums): PortfolioAnalysis {
  const totalSavings = sum(sums.savings);
  const { resident, professional, all } = sums.ratings;
  return {
    cases: sums.cases,
    casesWithCounterfactual: sums.savings.length,
    totalSavingsVsWithout: totalSavings,
    meanSavingsVsWithout: sums.savings.length === 0 ? null : totalSavings / sums.savings.length,
    medianSavingsVsWithout: median(sums.savings),
    totalSavingsVsBefore: sums.totalSavingsVsBefore,
    casesWithBefore: sums.casesWithBefore,
    societalTotalSavingsVsWithout: sums.societalTotal,
    ratings: {
      resident: meanCount(resident),
      professional: meanCount(professional),
      all: meanCount(all),
    },
    byFinancier: orderFinanciers(sums.financiers.keys()).map(
      (financier) => sums.financiers.get(financier) as FinancierSplit,
    ),
  };
}

function addNullable(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return a + b;
}

function sum(values: readonly number[]): number {
  let result = 0;
  for (const value of values) result += value;
  return result;
}

/** The middle value, or the mean of the two middle values; null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  // A typed array sorts numbers by value without a comparator function: several times faster.
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

function meanCount(total: { sum: number; n: number }): MeanCount {
  return { mean: total.n === 0 ? null : total.sum / total.n, n: total.n };
}
