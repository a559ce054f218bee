import { readFile, writeFile } from 'node:fs/promises';
import {
  exportPriceListFile,
  importPriceListFile,
  listPriceLists,
  type PriceListFormat,
} from '@kassabon/services';
import { type DatabaseOptions, openDatabase } from '../open-database.ts';
import { EXIT, type Output, UsageError } from '../output.ts';
import { operatorOf } from './transfer.ts';

export type PriceListOptions = DatabaseOptions & {
  org?: string | undefined;
  name?: string | undefined;
  year?: string | undefined;
  format?: string | undefined;
  out?: string | undefined;
};

/**
 * `kassabon price-lists list | import FILE | export ID`: the same use cases as the API, acting
 * as an admin of the organisation named with --org.
 */
export async function priceLists(
  action: string | undefined,
  operands: string[],
  options: PriceListOptions,
  output: Output,
): Promise<number> {
  if (action === 'list') return list(options, output);
  if (action === 'import') {
    const [file] = operands;
    if (file === undefined || operands.length > 1)
      throw new UsageError('price-lists import needs exactly one FILE');
    return importList(file, options, output);
  }
  if (action === 'export') {
    const [id] = operands;
    if (id === undefined || operands.length > 1)
      throw new UsageError('price-lists export needs exactly one ID');
    return exportList(id, options, output);
  }
  throw new UsageError(
    `price-lists needs list, import or export${action ? ` (got "${action}")` : ''}`,
  );
}

async function list(options: PriceListOptions, output: Output): Promise<number> {
  const database = await openDatabase(options);
  try {
    const principal = await operatorOf(database, options.org);
    for (const priceList of await listPriceLists(database, principal)) {
      const version = priceList.version === null ? 'shipped' : `v${priceList.version}`;
      const active = priceList.active ? '  (active)' : '';
      output.out(
        `${priceList.id}  ${priceList.name ?? '(no name)'}  ${version}  ${priceList.year}  ${priceList.itemCount} items${active}\n`,
      );
    }
    return EXIT.ok;
  } finally {
    await database.close();
  }
}

async function importList(file: string, options: PriceListOptions, output: Output) {
  if (!options.name?.trim()) throw new UsageError('--name is required');
  const year = parseYear(options.year);
  const content = await readFile(file).catch(() => {
    throw new UsageError(`cannot read ${file}`);
  });
  const format: PriceListFormat = /\.xlsx$/i.test(file) ? 'xlsx' : 'csv';
  const database = await openDatabase(options);
  try {
    const principal = await operatorOf(database, options.org);
    const created = await importPriceListFile(database, principal, {
      name: options.name,
      year,
      content,
      format,
    });
    output.out(
      `imported ${created.itemCount} items as "${created.name}" version ${created.version} (${created.id})\n`,
    );
    return EXIT.ok;
  } finally {
    await database.close();
  }
}

async function exportList(id: string, options: PriceListOptions, output: Output) {
  const format = options.format ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx')
    throw new UsageError(`--format must be csv or xlsx (got "${format}")`);
  if (format === 'xlsx' && !options.out)
    throw new UsageError('--format xlsx needs --out FILE: a workbook is not text');
  const database = await openDatabase(options);
  try {
    const principal = await operatorOf(database, options.org);
    const file = await exportPriceListFile(database, principal, id, { format });
    if (options.out) {
      await writeFile(options.out, file.body);
      output.err(`wrote ${options.out}\n`);
    } else output.out(file.body.toString('utf8'));
    return EXIT.ok;
  } finally {
    await database.close();
  }
}

function parseYear(value: string | undefined): number {
  if (value === undefined) throw new UsageError('--year is required');
  const year = Number(value);
  if (!Number.isInteger(year) || year < 1900 || year > 2200)
    throw new UsageError(`--year must be a year such as 2025 (got "${value}")`);
  return year;
}
