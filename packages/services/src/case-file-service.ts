import {
  CaseCodeConflictError,
  type Database,
  exportCaseFile as exportCaseFileFromDb,
  importCaseFile as importCaseFileIntoDb,
  MixedPriceListsError,
} from '@kassabon/db';
import {
  ANALYSIS_VERSION,
  type CaseFile,
  createPriceIndex,
  type Issue,
  parseCaseFile,
  validateCaseFile,
} from '@kassabon/engine';
import { type CaseFilter, readableCases } from './case-access.ts';
import { analysisOfCase } from './case-analysis.ts';
import { conflict, invalid } from './errors.ts';
import { CASE_WRITERS, type Principal, requireRole } from './principal.ts';

export type ImportMode = 'create' | 'replace';

/**
 * Imports a case file into the principal's organisation: all of it or nothing. The text is
 * JSON or YAML (`format`, else guessed from the content); every problem is reported at once.
 */
export async function importCaseFileText(
  database: Database,
  principal: Principal,
  input: { text: string; format?: 'json' | 'yaml'; mode: ImportMode },
): Promise<{ codes: string[] }> {
  requireRole(principal, ...CASE_WRITERS);
  const parsed = parseCaseFile(input.text, input.format ? `upload.${input.format}` : '');
  if (!parsed.ok) throw invalidFile(parsed.issues);
  return importCaseFileData(database, principal, parsed.data, input.mode);
}

/** importCaseFileText for data already parsed (a JSON request body). */
export async function importCaseFileData(
  database: Database,
  principal: Principal,
  data: unknown,
  mode: ImportMode,
): Promise<{ codes: string[] }> {
  requireRole(principal, ...CASE_WRITERS);
  const validated = validateCaseFile(data);
  if (!validated.ok) throw invalidFile(validated.issues);
  const prices = createPriceIndex(validated.file);
  try {
    const codes = await importCaseFileIntoDb(database.db, {
      organisationId: principal.organisationId,
      caseFile: validated.file,
      mode,
      actor: principal.actor,
      analyses: validated.file.cases.map((caseRecord) => analysisOfCase(caseRecord, prices)),
      engineVersion: ANALYSIS_VERSION,
    });
    return { codes };
  } catch (error) {
    if (error instanceof CaseCodeConflictError)
      throw conflict(
        `these case codes exist already: ${error.codes.join(', ')} (import in replace mode to overwrite them: ?mode=replace, or --replace)`,
        error.codes.map((code) => ({
          path: 'cases',
          message: `case code "${code}" exists already`,
        })),
        { codes: error.codes },
      );
    throw error;
  }
}

/** The cases the principal may read (or those named) as a case file that imports back the same. */
export async function exportCaseFile(
  database: Database,
  principal: Principal,
  filter: CaseFilter = {},
): Promise<CaseFile> {
  try {
    return await exportCaseFileFromDb(database.db, readableCases(principal, filter));
  } catch (error) {
    if (error instanceof MixedPriceListsError) throw conflict(error.message);
    throw error;
  }
}

function invalidFile(issues: Issue[]) {
  const count = issues.length === 1 ? 'one problem' : `${issues.length} problems`;
  return invalid(`the case file has ${count}`, issues);
}
