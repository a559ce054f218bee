export { analyseCase, type PricedLine, priceLine } from './analyse-case.ts';
export { analyseCaseFile } from './analyse-case-file.ts';
export {
  analysePortfolio,
  combinePortfolio,
  median,
  portfolioEntry,
} from './analyse-portfolio.ts';
export * from './analysis-types.ts';
export { ANALYSIS_VERSION } from './analysis-version.ts';
export { caseFileJsonSchema } from './case-file-json-schema.ts';
export * from './case-file-schema.ts';
export { caseRatings } from './case-ratings.ts';
export { CONFIDENCE_BANDS, DEFAULT_CONFIDENCE } from './confidence-bands.ts';
export { describeFinancier, FINANCIERS, type Language } from './financiers.ts';
export { formatMoney } from './format-money.ts';
export { indexPriceItems, type PriceIndexation } from './index-price-items.ts';
export { formatIssue, formatPath, type Issue, sortIssues } from './issues.ts';
export { DEFAULT_ASSUMPTIONS, yearFactors } from './multi-year.ts';
export { type ParseResult, parseCaseFile } from './parse-case-file.ts';
export {
  combineMonitor,
  type MonitorEntry,
  MonitorEntrySchema,
  monitorEntry,
  type PortfolioMonitor,
  PortfolioMonitorSchema,
} from './portfolio-monitor.ts';
export { createPriceIndex, type PriceIndex } from './price-index.ts';
export {
  comparePriceItemCodes,
  MAX_SEARCH_WORDS,
  matchesPriceItemSearch,
  PRICE_ITEM_SEARCH_FIELDS,
  type PriceItemSearch,
  priceItemCategories,
  searchCategory,
  searchWords,
} from './price-item-search.ts';
export {
  type CellValue,
  describePriceItemColumn,
  escapeSpreadsheetText,
  findPriceItemField,
  normaliseColumnName,
  PRICE_ITEM_COLUMN_ALIASES,
  PRICE_ITEM_FIELDS,
  type PriceItemField,
  type PriceItemRowResult,
  parseDecimal,
  REQUIRED_PRICE_ITEM_FIELDS,
  readPriceItemRow,
  unescapeSpreadsheetText,
  writePriceItemRow,
} from './price-item-table.ts';
export {
  DEFAULT_REFERENCE_PRICE_LIST_CODE,
  findReferencePriceList,
  REFERENCE_PRICE_LISTS,
  type ReferencePriceList,
} from './reference-price-lists.ts';
export { unknownFields } from './unknown-fields.ts';
export { type ValidationResult, validateCaseFile } from './validate-case-file.ts';
