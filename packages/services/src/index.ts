export {
  createApiToken,
  createOrganisation,
  createUser,
  SETUP_LINK_HOURS,
} from './admin-service.ts';
export { analyseCase, analyseOrganisation, MINIMUM_GROUP_SIZE } from './analysis-service.ts';
export { authenticateApiToken } from './authentication-service.ts';
export {
  exportCaseFile,
  type ImportMode,
  importCaseFileData,
  importCaseFileText,
} from './case-file-service.ts';
export { DEMO_ADMIN_EMAIL, DEMO_ORGANISATION, seedDemoOnFirstStart } from './demo-service.ts';
export { ServiceError } from './errors.ts';
export { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
export { type Principal, ROLES, type Role } from './principal.ts';
export { createSecret, hashSecret } from './secrets.ts';
export {
  authenticateSession,
  completeSetup,
  describeSession,
  SESSION_HOURS,
  type SignedIn,
  signIn,
  signOut,
  switchOrganisation,
} from './session-service.ts';
