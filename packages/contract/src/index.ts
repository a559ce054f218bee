export { MAX_PAGE_SIZE, type Page, type PageQuery, PageQuerySchema, pageOf } from './paging.ts';
export { PROBLEM_CONTENT_TYPE, type Problem, ProblemSchema } from './problem.ts';
export {
  CSRF_HEADER,
  ROLES,
  type Role,
  RoleSchema,
  type Session,
  SessionSchema,
  type SetupRequest,
  SetupRequestSchema,
  type SignInRequest,
  SignInRequestSchema,
} from './session.ts';
