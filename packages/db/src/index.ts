export {
  findCasesToAnalyse,
  forgetAnalysesOfPriceList,
  listMonitorEntries,
  listPortfolioEntries,
  listStoredAnalyses,
  type StoredAnalysis,
  storeAnalyses,
} from './analysis-repository.ts';
export { type AuditEntry, type AuditRecord, appendAudit, listAudit } from './audit-repository.ts';
export {
  type AnalysisOfCase,
  type CaseRecord,
  type CaseSort,
  type CaseSummary,
  deleteCase,
  exportCaseFile,
  findCaseByCode,
  type ImportMode,
  importCaseFile,
  listCases,
  listTeams,
} from './case-file-repository.ts';
export { createCase, loadCase, type StoredCaseWrite, updateCase } from './case-repository.ts';
export type { CasePricing } from './case-rows.ts';
export {
  createDatabase,
  type Database,
  type DatabaseKind,
  type DatabaseOptions,
  type Db,
  PGLITE_SUBFOLDER,
  type Schema,
} from './create-database.ts';
export { LOCK_FILE_NAME } from './data-dir-lock.ts';
export {
  CaseCodeConflictError,
  ConflictError,
  DataDirLockedError,
  findDatabaseError,
  isUniqueViolation,
  MixedPriceListsError,
  StaleVersionError,
  UnknownPriceItemError,
} from './errors.ts';
export { insertRows } from './insert-rows.ts';
export { type CaseSelection, type LoadedCase, loadCases } from './load-cases.ts';
export { MIGRATIONS_FOLDER, migrate } from './migrate.ts';
export {
  createOrganisation,
  findOrganisationById,
  findOrganisationByName,
  listOrganisations,
  type Organisation,
} from './organisation-repository.ts';
export { withOrganisation } from './organisation-scope.ts';
export { findActivePriceListId, loadOwnPriceLists } from './price-context.ts';
export {
  activatePriceList,
  createPriceList,
  deletePriceItem,
  deletePriceList,
  findCasesUsingPriceItem,
  findCasesUsingPriceList,
  findPriceItem,
  findPriceList,
  insertPriceItem,
  listAllPriceItems,
  listPriceItemCategories,
  listPriceItems,
  listPriceLists,
  type NewPriceListItems,
  type PriceListRecord,
  replacePriceItem,
  updatePriceList,
} from './price-list-repository.ts';
export * as schema from './schema.ts';
export {
  type ApproachUse,
  type CaseStatus,
  type Quote,
  ROLES,
  type Role,
} from './schema.ts';
export { createTestDatabase } from './test-database.ts';
export {
  type ActiveApiToken,
  type ApiToken,
  createApiToken,
  createSession,
  createSetupLink,
  deleteSession,
  findActiveApiTokenByHash,
  findSessionByHash,
  findSetupLink,
  listApiTokens,
  markSetupLinkUsed,
  revokeApiToken,
  type Session,
  type SetupLink,
  touchApiToken,
} from './token-repository.ts';
export {
  addMembership,
  createUser,
  findMembership,
  findUserByEmail,
  findUserById,
  listMembers,
  listMembershipsOfUser,
  type Member,
  type Membership,
  type MembershipWithOrganisation,
  normaliseEmail,
  setPasswordHash,
  type User,
} from './user-repository.ts';
