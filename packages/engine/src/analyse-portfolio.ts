import type {
  CaseAnalysis,
  FinancierSplit,
  MeanCount,
  PortfolioAnalysis,
} from './analysis-types.ts';
import type { Case, Rating } from './case-file-schema.ts';
import { orderFinanciers } from './financier-order.ts';

/**
 * Adds up the analyses of many cases. Savings statistics count the cases that have both a
 * "with" and a "without" scenario; ratings are averaged per role and over all of them.
 * byFinancier sums each column over the cases where it is present (null where none has it).
 */
export function analysePortfolio(
  cases: readonly Case[],
  analyses: readonly CaseAnalysis[],
): PortfolioAnalysis {
  const savings: number[] = [];
  let totalSavingsVsBefore = 0;
  let casesWithBefore = 0;
  let societalTotal = 0;
  const financiers = new Map<string, FinancierSplit>();
  for (const analysis of analyses) {
    if (analysis.savings.vsWithout !== null) savings.push(analysis.savings.vsWithout);
    if (analysis.societal.savings.vsWithout !== null)
      societalTotal += analysis.societal.savings.vsWithout;
    if (analysis.savings.vsBefore !== null) {
      totalSavingsVsBefore += analysis.savings.vsBefore;
      casesWithBefore++;
    }
    for (const split of analysis.byFinancier) {
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
  }
  const totalSavings = sum(savings);
  const ratings: Rating[] = [];
  for (const caseRecord of cases) if (caseRecord.ratings) ratings.push(...caseRecord.ratings);
  return {
    cases: analyses.length,
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
