import { PROBLEM_CONTENT_TYPE } from '@kassabon/contract';
import type { FastifyReply } from 'fastify';

/** A problem as the routes build it; `type` defaults to about:blank (RFC 9457). */
export type Problem = {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
  /** Extension members: facts a client acts on, such as the case codes that exist. */
  [extension: string]: unknown;
};

export function sendProblem(reply: FastifyReply, problem: Problem) {
  return reply
    .code(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send({ type: problem.type ?? 'about:blank', ...problem });
}
