import {
  type CellValue,
  describePriceItemColumn,
  findPriceItemField,
  type Issue,
  PRICE_ITEM_FIELDS,
  type PriceItem,
  type PriceItemField,
  REQUIRED_PRICE_ITEM_FIELDS,
  readPriceItemRow,
  writePriceItemRow,
} from '@kassabon/engine';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { invalid } from './errors.ts';
import { checkZipLimits, ZipLimitError } from './zip-limits.ts';

/**
 * A price list as a CSV or XLSX file, in and out (docs/price-lists.md). The columns and the
 * reading of each cell are the engine's (price-item-table.ts); this file reads and writes the
 * files, with the limits an upload needs.
 */

export const PRICE_LIST_FORMATS = ['csv', 'xlsx'] as const;
export type PriceListFormat = (typeof PRICE_LIST_FORMATS)[number];

/** At most this many item rows in one file. */
export const MAX_PRICE_LIST_ROWS = 100_000;
/** An uploaded XLSX may unpack to at most this much, in at most this many parts. */
export const XLSX_LIMITS = { maxEntries: 1000, maxUncompressedBytes: 200 * 1024 * 1024 };
/** At most this many problems are listed; the last one says how many more there are. */
export const MAX_LISTED_PROBLEMS = 100;

/**
 * One row of a file, numbered as a spreadsheet shows it (the header is row 1). The files are
 * read whole: the upload limit and XLSX_LIMITS bound them, and MAX_PRICE_LIST_ROWS is
 * checked on the rows that hold something.
 */
type Row = { row: number; cells: CellValue[] };

/**
 * The items of a CSV or XLSX file: all of them, or an `invalid` ServiceError listing every
 * problem (up to MAX_LISTED_PROBLEMS) as `row 12, unitPrice: must be a number (got text
 * "veel")`. The first non-empty row is the header.
 */
export async function readPriceListFile(
  content: Uint8Array,
  format: PriceListFormat,
): Promise<PriceItem[]> {
  const rows = format === 'csv' ? readCsvRows(content) : await readXlsxRows(content);
  return itemsFromRows(rows);
}

// CSV --------------------------------------------------------------------------------------------

/**
 * UTF-8 (with or without a byte-order mark); a file that is not valid UTF-8 is read as
 * Windows-1252, which is what Excel writes as "CSV (gescheiden door lijstscheidingsteken)".
 */
export function decodeText(content: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    text = new TextDecoder('windows-1252').decode(content);
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** The separator the header line uses most: `;` (Dutch Excel), `,` or a TAB. */
export function detectSeparator(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\n' || character === '\r')) break;
    else if (!quoted && character in counts) counts[character as keyof typeof counts]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

function readCsvRows(content: Uint8Array): Row[] {
  const text = decodeText(content);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectSeparator(text),
      relax_column_count: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw invalid('the CSV file cannot be read', [{ path: '', message }]);
  }
  return records.map((cells, index) => ({ row: index + 1, cells }));
}

// XLSX -------------------------------------------------------------------------------------------

async function readXlsxRows(content: Uint8Array): Promise<Row[]> {
  try {
    checkZipLimits(content, XLSX_LIMITS);
  } catch (error) {
    if (error instanceof ZipLimitError)
      throw invalid(`the XLSX file is refused: ${error.message}`, [
        { path: '', message: error.message },
      ]);
    throw error;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(content) as unknown as ExcelJS.Buffer);
  } catch {
    throw invalid('the XLSX file cannot be read', [
      { path: '', message: 'is not an XLSX workbook that can be read' },
    ]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: Row[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows.push({ row: rowNumber, cells: Array.from(values, (value) => toCellValue(value)) });
  });
  return rows;
}

/** A spreadsheet cell as text, a number or a flag: a formula gives its result, rich text its text. */
function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const cell = value as {
      richText?: { text: string }[];
      result?: unknown;
      formula?: unknown;
      sharedFormula?: unknown;
      text?: unknown;
      error?: unknown;
    };
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => part.text).join('');
    if (cell.formula !== undefined || cell.sharedFormula !== undefined)
      return toCellValue(cell.result);
    if (typeof cell.text === 'string') return cell.text;
    if (typeof cell.error === 'string') return cell.error;
  }
  return String(value);
}

// Rows to items ----------------------------------------------------------------------------------

const isEmpty = (cell: CellValue) =>
  cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

function itemsFromRows(rows: Row[]): PriceItem[] {
  const filled = rows.filter((row) => !row.cells.every(isEmpty));
  const [header, ...body] = filled;
  if (!header)
    throw invalid('the file has no rows', [{ path: '', message: 'the file has no header row' }]);
  if (body.length > MAX_PRICE_LIST_ROWS)
    throw invalid(`the file has more than ${MAX_PRICE_LIST_ROWS.toLocaleString('en')} rows`, [
      { path: '', message: `split it: at most ${MAX_PRICE_LIST_ROWS} items per file` },
    ]);

  const columns = readHeader(header);
  const issues: Issue[] = [];
  const items: PriceItem[] = [];
  const rowOfCode = new Map<string, number>();
  for (const { row, cells } of body) {
    const values: Partial<Record<PriceItemField, CellValue>> = {};
    cells.forEach((cell, index) => {
      const column = columns[index];
      if (column) values[column.field] = cell;
      else if (!isEmpty(cell))
        issues.push({
          path: `row ${row}, column ${index + 1}`,
          message: 'has a value but no column name in the header row',
        });
    });
    const read = readPriceItemRow(values);
    if (!read.ok) {
      for (const issue of read.issues) {
        const column = columns.find((candidate) => candidate?.field === issue.field);
        issues.push({ path: `row ${row}, ${column?.label ?? issue.path}`, message: issue.message });
      }
      continue;
    }
    const earlier = rowOfCode.get(read.item.code);
    if (earlier !== undefined) {
      issues.push({
        path: `row ${row}, ${columns.find((column) => column?.field === 'code')?.label ?? 'code'}`,
        message: `"${read.item.code}" is on row ${earlier} too; each code once`,
      });
      continue;
    }
    rowOfCode.set(read.item.code, row);
    items.push(read.item);
  }
  if (issues.length > 0) throw problems(issues);
  return items;
}

type Column = { field: PriceItemField; label: string } | undefined;

/** Each header cell's field; every unknown, repeated or missing column is one problem. */
function readHeader(header: Row): Column[] {
  const issues: Issue[] = [];
  const seen = new Map<PriceItemField, string>();
  const columns = header.cells.map((cell, index): Column => {
    if (isEmpty(cell)) return undefined;
    const name = String(cell).trim();
    const field = findPriceItemField(name);
    const path = `row ${header.row}, column ${index + 1}`;
    if (!field) {
      issues.push({
        path,
        message: `"${name}" is not a known column; use ${PRICE_ITEM_FIELDS.map(describePriceItemColumn).join(', ')}`,
      });
      return undefined;
    }
    const earlier = seen.get(field);
    if (earlier !== undefined) {
      issues.push({ path, message: `"${name}" names ${field}, as "${earlier}" does already` });
      return undefined;
    }
    seen.set(field, name);
    return { field, label: name === field ? field : `${name} (${field})` };
  });
  for (const field of REQUIRED_PRICE_ITEM_FIELDS)
    if (!seen.has(field))
      issues.push({
        path: `row ${header.row}`,
        message: `the column ${describePriceItemColumn(field)} is missing`,
      });
  if (issues.length > 0) throw problems(issues);
  return columns;
}

function problems(issues: Issue[]) {
  const listed =
    issues.length > MAX_LISTED_PROBLEMS
      ? [
          ...issues.slice(0, MAX_LISTED_PROBLEMS),
          { path: '', message: `and ${issues.length - MAX_LISTED_PROBLEMS} more problems` },
        ]
      : issues;
  const count = issues.length === 1 ? 'one problem' : `${issues.length} problems`;
  return invalid(`the price list file has ${count}; nothing was imported`, listed);
}

// Writing --------------------------------------------------------------------------------------

/** `,` with decimal points (the default), or `;` with decimal commas for Dutch Excel. */
export type CsvSeparator = ',' | ';';

/**
 * A list as CSV: UTF-8 with a byte-order mark (so Excel reads the accents), CRLF line ends,
 * the header in English field names, text escaped against formula injection.
 */
export function writePriceListCsv(
  items: readonly PriceItem[],
  separator: CsvSeparator = ',',
): string {
  const cell = (value: string | number | boolean | null): string => {
    if (value === null) return '';
    const text =
      typeof value === 'number' && separator === ';'
        ? String(value).replace('.', ',')
        : String(value);
    return /[",;\r\n\t]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [
    PRICE_ITEM_FIELDS.join(separator),
    ...items.map((item) => writePriceItemRow(item).map(cell).join(separator)),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A list as an XLSX workbook with one sheet "Prijslijst", header in English field names. */
export async function writePriceListXlsx(items: readonly PriceItem[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kassabon';
  const sheet = workbook.addWorksheet('Prijslijst', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...PRICE_ITEM_FIELDS]).font = { bold: true };
  for (const item of items) sheet.addRow(writePriceItemRow(item));
  PRICE_ITEM_FIELDS.forEach((field, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = field === 'name' || field === 'source' || field === 'nameEn' ? 40 : 16;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `prijslijst-lokaal-v2.csv`: the list's name in plain ASCII, its version and the format. */
export function priceListFileName(
  name: string | null,
  version: number | null,
  format: PriceListFormat,
): string {
  const slug = (name ?? 'prijslijst')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'prijslijst'}${version === null ? '' : `-v${version}`}.${format}`;
}
