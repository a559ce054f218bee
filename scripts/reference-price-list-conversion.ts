import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { type PriceItem, PriceItemSchema } from '../packages/engine/src/case-file-schema.ts';
import {
  findPriceItemField,
  type PriceItemField,
  readPriceItemRow,
} from '../packages/engine/src/price-item-table.ts';

/**
 * The pure half of `npm run build:reference`: CSV text in, price items and module text out.
 * No file access here, so the test can check that the committed generated file is what the
 * CSV gives today. See docs/reference-price-list.md for the rules applied.
 */

const repoRoot = new URL('..', import.meta.url);

/** The research CSV lives beside the repository, in `../shared/data`, on every machine and in CI. */
export const REFERENCE_CSV_PATH = fileURLToPath(
  new URL('../shared/data/reference-price-list.csv', repoRoot),
);
export const REFERENCE_MODULE_PATH = fileURLToPath(
  new URL('packages/engine/src/reference/nl-sociaal-domein.generated.ts', repoRoot),
);

export const REFERENCE_CSV_COLUMNS = [
  'code',
  'name_nl',
  'name_en',
  'category',
  'unit',
  'unit_price_eur',
  'price_year',
  'financier',
  'source',
  'confidence',
] as const;

type CsvColumn = (typeof REFERENCE_CSV_COLUMNS)[number];
type CsvRow = Record<CsvColumn, string>;

/** The price-item field of each column, by the same column names a user's import accepts. */
const COLUMN_FIELDS: readonly (readonly [CsvColumn, PriceItemField])[] = REFERENCE_CSV_COLUMNS.map(
  (column) => {
    const field = findPriceItemField(column);
    if (!field) throw new Error(`no price-item field is named like the column ${column}`);
    return [column, field] as const;
  },
);

/** Appended to the source of a row whose half-day price was doubled to a day price. */
export const DAGDEEL_SOURCE_NOTE = ' (omgerekend naar per dag: 2 dagdelen)';

/**
 * Codes with these prefixes are income transfers (Participatiewet norms, huurtoeslag): money
 * moved to a resident, not resources used. So is anything paid by `rijk-toeslagen`, whose
 * only business is allowances. Bewindvoering fees, services, pleegvergoeding (it pays for the
 * foster child's upkeep) and wage references stay resource costs.
 */
const TRANSFER_CODE_PREFIXES = ['pw_', 'huurtoeslag_'] as const;
const TRANSFER_FINANCIERS = new Set(['rijk-toeslagen']);

const PRICE_PATTERN = /^\d+(\.\d+)?$/;
const YEAR_PATTERN = /^\d{4}$/;
const DAGDEEL_WORD = /\bdagdeel\b/i;

/**
 * Turns the reference CSV into price items, validated with `PriceItemSchema`. Throws an
 * Error naming the CSV line and code of the first bad row; a price list that is partly
 * wrong is worse than none.
 */
export function convertReferenceCsv(csvText: string): PriceItem[] {
  const records = parseRows(csvText);
  const seen = new Map<string, number>();
  return records.map(({ row, line }) => {
    const where = `reference-price-list.csv line ${line} (${row.code || 'no code'})`;
    const previous = seen.get(row.code);
    if (previous !== undefined) throw new Error(`${where}: code already used on line ${previous}`);
    seen.set(row.code, line);
    return convertRow(row, where);
  });
}

function parseRows(csvText: string): { row: CsvRow; line: number }[] {
  try {
    return parse<{ row: CsvRow; line: number }, CsvRow>(csvText, {
      bom: true,
      skip_empty_lines: true,
      columns: (header: string[]) => {
        const expected = REFERENCE_CSV_COLUMNS.join(',');
        if (header.join(',') !== expected)
          throw new Error(`header must be ${expected} (got ${header.join(',')})`);
        return header;
      },
      on_record: (row, context) => ({ row: trimFields(row), line: context.lines }),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`reference-price-list.csv: ${message}`);
  }
}

function convertRow(row: CsvRow, where: string): PriceItem {
  for (const column of REFERENCE_CSV_COLUMNS)
    if (row[column] === '') throw new Error(`${where}: ${column} is empty`);
  if (!PRICE_PATTERN.test(row.unit_price_eur))
    throw new Error(
      `${where}: unit_price_eur must be euros with a dot for decimals (got "${row.unit_price_eur}")`,
    );
  if (!YEAR_PATTERN.test(row.price_year))
    throw new Error(`${where}: price_year must be a year such as 2024 (got "${row.price_year}")`);

  const cells: Partial<Record<PriceItemField, string>> = {};
  for (const [column, field] of COLUMN_FIELDS) cells[field] = row[column];
  const read = readPriceItemRow(cells);
  if (!read.ok)
    throw new Error(
      `${where}: ${read.issues.map((issue) => `${issue.path || 'item'} ${issue.message}`).join('; ')}`,
    );
  const item = read.item;
  if (DAGDEEL_WORD.test(item.name)) convertDagdeelToDay(item, where);
  if (isTransfer(item)) item.transfer = true;
  // Again, because the conversion lengthens the name and the source.
  return validateItem(item, where);
}

function validateItem(candidate: unknown, where: string): PriceItem {
  const result = PriceItemSchema.safeParse(candidate);
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => `${issue.path.join('.') || 'item'} ${issue.message}`)
    .join('; ');
  throw new Error(`${where}: ${problems}`);
}

function trimFields(row: CsvRow): CsvRow {
  const trimmed = { ...row };
  for (const column of REFERENCE_CSV_COLUMNS) trimmed[column] = row[column].trim();
  return trimmed;
}

/**
 * The case-file units have no half-day, so the CSV files dagdeel prices under `day`. Kassabon
 * counts days, so a day here is two dagdelen: price × 2, rounded to cents, and the name and
 * source say so. A dagdeel row in any other unit is a row we don't understand: stop.
 */
function convertDagdeelToDay(item: PriceItem, where: string): void {
  if (item.unit !== 'day' || !/per dagdeel/i.test(item.name))
    throw new Error(
      `${where}: a "dagdeel" row must have unit day and say "per dagdeel" in name_nl, so it can be converted to a day price`,
    );
  item.unitPrice = Math.round(item.unitPrice * 2 * 100) / 100;
  item.name = item.name.replace(/per dagdeel/i, 'per dag (2 dagdelen)');
  if (item.nameEn !== undefined)
    item.nameEn = item.nameEn.replace(/per half-day/i, 'per day (2 half-days)');
  item.source = `${item.source ?? ''}${DAGDEEL_SOURCE_NOTE}`;
}

function isTransfer(item: PriceItem): boolean {
  return (
    TRANSFER_CODE_PREFIXES.some((prefix) => item.code.startsWith(prefix)) ||
    TRANSFER_FINANCIERS.has(item.financier)
  );
}

/** Key order of an item in the generated file: identity first, the long source last. */
const ITEM_KEYS: readonly (keyof PriceItem)[] = [
  'code',
  'name',
  'nameEn',
  'category',
  'unit',
  'unitPrice',
  'priceYear',
  'financier',
  'confidence',
  'transfer',
  'source',
];

/** The text of `nl-sociaal-domein.generated.ts` for these items: stable, one JSON line each. */
export function renderReferenceModule(items: readonly PriceItem[]): string {
  for (const item of items)
    for (const key of Object.keys(item))
      if (!(ITEM_KEYS as readonly string[]).includes(key))
        throw new Error(`renderReferenceModule: add "${key}" to ITEM_KEYS, or it is left out`);
  const body = items.map((item) => `  ${JSON.stringify(item, [...ITEM_KEYS])},`).join('\n');
  return [
    '// Generated by scripts/build-reference-price-list.ts from ../shared/data/reference-price-list.csv. Do not edit by hand: change the CSV or the script and run `npm run build:reference`.',
    "import type { PriceItem } from '../case-file-schema.ts';",
    '',
    '/** The Kassabon reference social price list; see docs/reference-price-list.md. */',
    'export const nlSociaalDomeinItems: PriceItem[] = [',
    body,
    '];',
    '',
  ].join('\n');
}
