import { z } from 'zod';
import { CONFIDENCES, RATING_ROLES, SCENARIO_KINDS } from './case-file-schema.ts';

/**
 * The analysis output (PRODUCT.md section 6), as Zod schemas: the API documents its
 * responses with them and the types below are inferred from them, so there is one source.
 *
 * Money is in euros, unrounded (a float64), rounded to cents only for display
 * (format-money.ts). See docs/decisions/002-money-in-euros.md.
 */
export type Euros = number;

const euros = z.number();
const nullableEuros = euros.nullable();

/** Annual structural totals per scenario: null where the case has no such scenario. */
export const ScenarioTotalsSchema = z.object({
  before: nullableEuros,
  with: nullableEuros,
  without: nullableEuros,
});
export type ScenarioTotals = z.infer<typeof ScenarioTotalsSchema>;

export const SavingsSchema = z.object({
  /** without − with: the annual cost the approach avoids against the counterfactual. */
  vsWithout: nullableEuros,
  /** before − with: the annual cost the approach removed against the situation before. */
  vsBefore: nullableEuros,
});
export type Savings = z.infer<typeof SavingsSchema>;

export const FinancierSplitSchema = z.object({
  financier: z.string(),
  before: nullableEuros,
  with: nullableEuros,
  without: nullableEuros,
  savingsVsWithout: nullableEuros,
});
export type FinancierSplit = z.infer<typeof FinancierSplitSchema>;

export const MultiYearSchema = z.object({
  horizonYears: z.number(),
  discountRate: z.number(),
  dropOff: z.number(),
  attribution: z.number(),
  discountFirstYear: z.boolean(),
  presentValueBenefits: euros,
  presentValueCosts: euros,
  netPresentValue: euros,
  /** null where the present value of the costs is 0. */
  benefitCostRatio: z.number().nullable(),
});
export type MultiYear = z.infer<typeof MultiYearSchema>;

export const IntervalSchema = z.object({ low: euros, expected: euros, high: euros });
export type Interval = z.infer<typeof IntervalSchema>;

/** Low / expected / high from each line's confidence band (see confidence-bands.ts). */
export const RangeSchema = z.object({
  bands: z.record(z.enum(CONFIDENCES), z.number()),
  totals: z.object({
    before: IntervalSchema.nullable(),
    with: IntervalSchema.nullable(),
    without: IntervalSchema.nullable(),
  }),
  savingsVsWithout: IntervalSchema.nullable(),
  savingsVsBefore: IntervalSchema.nullable(),
  netPresentValue: IntervalSchema.nullable(),
});
export type Range = z.infer<typeof RangeSchema>;

/** The societal view: transfers (benefits, allowances) are not resource costs. */
export const SocietalViewSchema = z.object({
  totals: ScenarioTotalsSchema,
  oneOff: ScenarioTotalsSchema,
  savings: SavingsSchema,
  netPresentValue: nullableEuros,
});
export type SocietalView = z.infer<typeof SocietalViewSchema>;

export const FollowupTotalsSchema = z.object({
  /** Position of the scenario in the case's `scenarios` list. */
  scenarioIndex: z.number(),
  date: z.string().nullable(),
  total: euros,
  oneOff: euros,
  savingsVsBefore: nullableEuros,
});
export type FollowupTotals = z.infer<typeof FollowupTotalsSchema>;

export const WarningSchema = z
  .object({
    code: z.string(),
    message: z.string(),
    scenario: z.enum(SCENARIO_KINDS).optional(),
    scenarioIndex: z.number().optional(),
    stated: euros.optional(),
    computed: euros.optional(),
  })
  .catchall(z.unknown());
export type Warning = z.infer<typeof WarningSchema>;

export const CaseAnalysisSchema = z.object({
  code: z.string(),
  totals: ScenarioTotalsSchema,
  oneOff: ScenarioTotalsSchema,
  savings: SavingsSchema,
  byFinancier: z.array(FinancierSplitSchema),
  multiYear: MultiYearSchema.nullable(),
  range: RangeSchema,
  societal: SocietalViewSchema,
  followups: z.array(FollowupTotalsSchema),
  warnings: z.array(WarningSchema),
});
export type CaseAnalysis = z.infer<typeof CaseAnalysisSchema>;

export const MeanCountSchema = z.object({ mean: z.number().nullable(), n: z.number() });
export type MeanCount = z.infer<typeof MeanCountSchema>;

export const PortfolioAnalysisSchema = z.object({
  cases: z.number(),
  casesWithCounterfactual: z.number(),
  totalSavingsVsWithout: euros,
  meanSavingsVsWithout: nullableEuros,
  medianSavingsVsWithout: nullableEuros,
  totalSavingsVsBefore: euros,
  casesWithBefore: z.number(),
  societalTotalSavingsVsWithout: euros,
  ratings: z.object({
    resident: MeanCountSchema,
    professional: MeanCountSchema,
    all: MeanCountSchema,
  }),
  byFinancier: z.array(FinancierSplitSchema),
});
export type PortfolioAnalysis = z.infer<typeof PortfolioAnalysisSchema>;

/** One case as the portfolio needs it (portfolioEntry); stored beside each case. */
export const PortfolioEntrySchema = z.object({
  savings: SavingsSchema,
  societalSavingsVsWithout: nullableEuros,
  byFinancier: z.array(FinancierSplitSchema),
  ratings: z.array(z.object({ role: z.enum(RATING_ROLES), score: z.number() })),
});
export type PortfolioEntry = z.infer<typeof PortfolioEntrySchema>;

export const FileAnalysisSchema = z.object({
  cases: z.array(CaseAnalysisSchema),
  portfolio: PortfolioAnalysisSchema,
});
export type FileAnalysis = z.infer<typeof FileAnalysisSchema>;
