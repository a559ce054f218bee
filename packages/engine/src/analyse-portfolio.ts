import type {
  CaseAnalysis,
  FinancierSplit,
  MeanCount,
  PortfolioAnalysis,
  PortfolioEntry,
} from './analysis-types.ts';
import type { Case, Rating } from './case-file-schema.ts';
import { caseRatings } from './case-ratings.ts';
import { orderFinanciers } from './financier-order.ts';

/** Adds up the analyses of many cases: combinePortfolio over each case's portfolioEntry. */
export function analysePortfolio(
  cases: readonly Case[],
  analyses: readonly CaseAnalysis[],
): PortfolioAnalysis {
  return combinePortfolio(
    analyses.map((analysis, index) => portfolioEntry(cases[index] as Case, analysis)),
  );
}

/**
 * What the portfolio needs of one case: small enough to store beside the case, so that the
 * portfolio of many cases is added up without analysing them again.
 */
export function portfolioEntry(caseRecord: Case, analysis: CaseAnalysis): PortfolioEntry {
  return {
    savings: { vsWithout: analysis.savings.vsWithout, vsBefore: analysis.savings.vsBefore },
    societalSavingsVsWithout: analysis.societal.savings.vsWithout,
    byFinancier: analysis.byFinancier,
    ratings: caseRatings(caseRecord).map((rating) => ({ role: rating.role, score: rating.score })),
  };
}

/**
 * The portfolio of many cases. Savings statistics count the cases that have both a "with"
 * and a "without" scenario; ratings are averaged per role and over all of them. byFinancier
 * sums each column over the cases where it is present (null where none has it).
 */
export function combinePortfolio(entries: readonly PortfolioEntry[]): PortfolioAnalysis {
  const savings: number[] = [];
  let totalSavingsVsBefore = 0;
  let casesWithBefore = 0;
  let societalTotal = 0;
  const financiers = new Map<string, FinancierSplit>();
  const ratings: Rating[] = [];
  for (const entry of entries) {
    if (entry.savings.vsWithout !== null) savings.push(entry.savings.vsWithout);
    if (entry.societalSavingsVsWithout !== null) societalTotal += entry.societalSavingsVsWithout;
    if (entry.savings.vsBefore !== null) {
      totalSavingsVsBefore += entry.savings.vsBefore;
      casesWithBefore++;
    }
    for (const split of entry.byFinancier) {
      const sum = financiers.get(split.financier);
      if (sum === undefined)
        financiers.set(split.financier, {
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
    for (const rating of entry.ratings) ratings.push(rating);
  }
  const totalSavings = sum(savings);
  return {
    cases: entries.length,
    casesWithCounterfactual: savings.length,
    totalSavingsVsWithout: totalSavings,
    meanSavingsVsWithout: savings.length === 0 ? null : totalSavings / savings.length,
    medianSavingsVsWithout: median(savings),
    totalSavingsVsBefore,
    casesWithBefore,
    societalTotalSavingsVsWithout: societalTotal,
    ratings: {
      resident: meanOf(ratings, 'resident'),
      professional: meanOf(ratings, 'professional'),
      all: meanOf(ratings),
    },
    byFinancier: orderFinanciers(financiers.keys()).map(
      (financier) => financiers.get(financier) as FinancierSplit,
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
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

function meanOf(ratings: readonly Rating[], role?: Rating['role']): MeanCount {
  const scores = ratings
    .filter((rating) => role === undefined || rating.role === role)
    .map((r) => r.score);
  return { mean: scores.length === 0 ? null : sum(scores) / scores.length, n: scores.length };
}
