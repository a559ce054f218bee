import { analyseCase } from './analyse-case.ts';
import { analysePortfolio } from './analyse-portfolio.ts';
import type { FileAnalysis } from './analysis-types.ts';
import type { CaseFile } from './case-file-schema.ts';
import { createPriceIndex } from './price-index.ts';

/** Analyses every case of a validated case file and adds them up (PRODUCT.md section 6). */
export function analyseCaseFile(file: CaseFile): FileAnalysis {
  const prices = createPriceIndex(file);
  const cases = file.cases.map((caseRecord) => analyseCase(caseRecord, prices));
  return { cases, portfolio: analysePortfolio(file.cases, cases) };
}
