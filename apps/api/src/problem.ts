import type { FastifyReply } from 'fastify';
import { z } from 'zod';

/** An RFC 9457 problem document; `errors` lists each problem with its path where there are several. */
export type Problem = {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function sendProblem(reply: FastifyReply, problem: Problem) {
  return reply
    .code(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send({ type: problem.type ?? 'about:blank', ...problem });
}

/** The problem document as a schema, for the OpenAPI description of error responses. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    detail: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .catchall(z.unknown());
