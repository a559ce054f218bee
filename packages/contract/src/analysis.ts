import { PortfolioAnalysisSchema, PortfolioMonitorSchema } from '@kassabon/engine';
import { z } from 'zod';
import { ProblemSchema } from './problem.ts';

/** The 403 a viewer gets for figures over too few cases (PRODUCT.md §4.9). */
export const TooFewCasesProblemSchema = ProblemSchema.extend({
  minimumCases: z.number(),
  cases: z.number(),
});
export type TooFewCasesProblem = z.infer<typeof TooFewCasesProblemSchema>;

/** GET /portfolio: the portfolio's money and the monitor beside it, over the filtered cases. */
export const PortfolioReportSchema = z.object({
  portfolio: PortfolioAnalysisSchema,
  monitor: PortfolioMonitorSchema,
});
export type PortfolioReport = z.infer<typeof PortfolioReportSchema>;
