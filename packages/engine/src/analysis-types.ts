import type { Confidence } from './case-file-schema.ts';

/**
 * Money in the analysis is in euros, unrounded (a float64). It is rounded to cents only
 * for display (format-money.ts). See docs/decisions/002-money-in-euros.md.
 */
export type Euros = number;

/** Annual structural totals per scenario: null where the case has no such scenario. */
export type ScenarioTotals = {
  before: Euros | null;
  with: Euros | null;
  without: Euros | null;
};

export type Savings = {
  /** without − with: the annual cost the approach avoids against the counterfactual. */
  vsWithout: Euros | null;
  /** before − with: the annual cost the approach removed against the situation before. */
  vsBefore: Euros | null;
};

export type FinancierSplit = {
  financier: string;
  before: Euros | null;
  with: Euros | null;
  without: Euros | null;
  savingsVsWithout: Euros | null;
};

export type MultiYear = {
  horizonYears: number;
  discountRate: number;
  dropOff: number;
  attribution: number;
  discountFirstYear: boolean;
  presentValueBenefits: Euros;
  presentValueCosts: Euros;
  netPresentValue: Euros;
  /** null where the present value of the costs is 0. */
  benefitCostRatio: number | null;
};

export type Interval = { low: Euros; expected: Euros; high: Euros };

/** Low / expected / high from each line's confidence band (see confidence-bands.ts). */
export type Range = {
  bands: Record<Confidence, number>;
  totals: { before: Interval | null; with: Interval | null; without: Interval | null };
  savingsVsWithout: Interval | null;
  savingsVsBefore: Interval | null;
  netPresentValue: Interval | null;
};

/** The societal view: transfers (benefits, allowances) are not resource costs. */
export type SocietalView = {
  totals: ScenarioTotals;
  oneOff: ScenarioTotals;
  savings: Savings;
  netPresentValue: Euros | null;
};

export type FollowupTotals = {
  /** Position of the scenario in the case's `scenarios` list. */
  scenarioIndex: number;
  date: string | null;
  total: Euros;
  oneOff: Euros;
  savingsVsBefore: Euros | null;
};

export type Warning = {
  code: string;
  message: string;
  [key: string]: unknown;
};

export type CaseAnalysis = {
  code: string;
  totals: ScenarioTotals;
  oneOff: ScenarioTotals;
  savings: Savings;
  byFinancier: FinancierSplit[];
  multiYear: MultiYear | null;
  range: Range;
  societal: SocietalView;
  followups: FollowupTotals[];
  warnings: Warning[];
};

export type MeanCount = { mean: number | null; n: number };

export type PortfolioAnalysis = {
  cases: number;
  casesWithCounterfactual: number;
  totalSavingsVsWithout: Euros;
  meanSavingsVsWithout: Euros | null;
  medianSavingsVsWithout: Euros | null;
  totalSavingsVsBefore: Euros;
  casesWithBefore: number;
  societalTotalSavingsVsWithout: Euros;
  ratings: { resident: MeanCount; professional: MeanCount; all: MeanCount };
  byFinancier: FinancierSplit[];
};

export type FileAnalysis = {
  cases: CaseAnalysis[];
  portfolio: PortfolioAnalysis;
};
