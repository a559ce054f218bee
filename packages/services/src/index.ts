export {
  createApiToken,
  createOrganisation,
  createUser,
  SETUP_LINK_HOURS,
} from './admin-service.ts';
export {
  type AnalysisFilter,
  analyseCase,
  analyseOrganisation,
  MINIMUM_GROUP_SIZE,
  monitorPortfolio,
} from './analysis-service.ts';
export { authenticateApiToken } from './authentication-service.ts';
export type { CaseFilter } from './case-access.ts';
export { ensureAnalyses } from './case-analysis.ts';
export {
  exportCaseFile,
  type ImportMode,
  importCaseFileData,
  importCaseFileText,
} from './case-file-service.ts';
export {
  type CaseListOptions,
  type CollectionPath,
  changeItem,
  createCase,
  deleteCase,
  getCase,
  getItem,
  type ItemWrite,
  listCaseSummaries,
  listCaseTeams,
  listItems,
  patchCase,
  replaceCase,
} from './case-service.ts';
export { DEMO_ADMIN_EMAIL, DEMO_ORGANISATION, seedDemoOnFirstStart } from './demo-service.ts';
export { ServiceError } from './errors.ts';
export { listMembers } from './member-service.ts';
export { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
export {
  type CsvSeparator,
  MAX_PRICE_LIST_ROWS,
  PRICE_LIST_FORMATS,
  type PriceListFormat,
  XLSX_LIMITS,
} from './price-list-files.ts';
export {
  activatePriceList,
  addPriceItem,
  afterPriceListChanged,
  createPriceList,
  deletePriceItem,
  deletePriceList,
  exportPriceListFile,
  getPriceItem,
  getPriceList,
  type ItemPage,
  importPriceListFile,
  indexPriceList,
  listPriceListCategories,
  listPriceListItems,
  listPriceLists,
  type PriceListFile,
  type PriceListKind,
  type PriceListView,
  REFERENCE_LIST_READ_ONLY,
  replacePriceItem,
  updatePriceList,
} from './price-list-service.ts';
export {
  PRICE_LIST_READERS,
  PRICE_LIST_WRITERS,
  type Principal,
  ROLES,
  type Role,
} from './principal.ts';
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
