export { type TooFewCasesProblem, TooFewCasesProblemSchema } from './analysis.ts';
export {
  type ImportConflictProblem,
  ImportConflictProblemSchema,
  type ImportQuery,
  ImportQuerySchema,
  type ImportResult,
  ImportResultSchema,
} from './case-file-transfer.ts';
export { MAX_PAGE_SIZE, type Page, type PageQuery, PageQuerySchema, pageOf } from './paging.ts';
export { checkPassword, PASSWORD_LENGTH, type PasswordProblem } from './password.ts';
export { PROBLEM_CONTENT_TYPE, type Problem, ProblemSchema } from './problem.ts';
export {
  CASE_READERS,
  CASE_WRITERS,
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
  type SwitchOrganisationRequest,
  SwitchOrganisationRequestSchema,
} from './session.ts';
