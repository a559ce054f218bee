import { z } from 'zod';
import { ProblemSchema } from './problem.ts';

/** The 403 a viewer gets for figures over too few cases (PRODUCT.md §4.9). */
export const TooFewCasesProblemSchema = ProblemSchema.extend({
  minimumCases: z.number(),
  cases: z.number(),
});
export type TooFewCasesProblem = z.infer<typeof TooFewCasesProblemSchema>;
