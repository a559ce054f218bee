import { z } from 'zod';
import { ProblemSchema } from './problem.ts';

/** `?mode=replace` overwrites cases whose code exists; `create` (the default) refuses them. */
export const ImportQuerySchema = z.strictObject({
  mode: z.enum(['create', 'replace']).default('create'),
});
export type ImportQuery = z.infer<typeof ImportQuerySchema>;

export const ImportResultSchema = z.object({ imported: z.array(z.string()) });
export type ImportResult = z.infer<typeof ImportResultSchema>;

/** The 409 of an import in create mode: the case codes that exist already. */
export const ImportConflictProblemSchema = ProblemSchema.extend({ codes: z.array(z.string()) });
export type ImportConflictProblem = z.infer<typeof ImportConflictProblemSchema>;
