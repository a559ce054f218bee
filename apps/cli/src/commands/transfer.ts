import { readFile } from 'node:fs/promises';
import type { Database } from '@kassabon/db';
import { findOrganisationByName } from '@kassabon/db';
import { exportCaseFile, importCaseFileText, type Principal } from '@kassabon/services';
import { type DatabaseOptions, openDatabase } from '../open-database.ts';
import { EXIT, type Output, UsageError } from '../output.ts';

export type TransferOptions = DatabaseOptions & { org?: string | undefined; replace?: boolean };

/** The CLI acts for the operator: an admin of the organisation named with --org. */
export async function operatorOf(
  database: Database,
  organisation: string | undefined,
): Promise<Principal> {
  if (!organisation) throw new UsageError('--org is required');
  const found = await findOrganisationByName(database.db, organisation.trim());
  if (!found) throw new UsageError(`no organisation named "${organisation}"`);
  return { organisationId: found.id, role: 'admin', userId: null, actor: 'cli' };
}

/** `kassabon import FILE --org N [--replace]`: all of the file or nothing. */
export async function importFile(
  file: string,
  options: TransferOptions,
  output: Output,
): Promise<number> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new UsageError(`cannot read ${file}`);
  });
  const database = await openDatabase(options);
  try {
    const principal = await operatorOf(database, options.org);
    const format = /\.ya?ml$/i.test(file) ? 'yaml' : 'json';
    const { codes } = await importCaseFileText(database, principal, {
      text,
      format,
      mode: options.replace ? 'replace' : 'create',
    });
    output.out(`imported ${codes.length} cases: ${codes.join(', ')}\n`);
    return EXIT.ok;
  } finally {
    await database.close();
  }
}

/** `kassabon export --org N`: the organisation's cases as a case file on standard output. */
export async function exportFile(options: TransferOptions, output: Output): Promise<number> {
  const database = await openDatabase(options);
  try {
    const principal = await operatorOf(database, options.org);
    output.out(`${JSON.stringify(await exportCaseFile(database, principal), null, 2)}\n`);
    return EXIT.ok;
  } finally {
    await database.close();
  }
}
