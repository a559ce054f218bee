import { CONFIDENCES, type PriceItem, PriceItemSchema, UNITS } from './case-file-schema.ts';
import type { Language } from './financiers.ts';
import type { Issue } from './issues.ts';

/**
 * A price list as a table (CSV or a spreadsheet): which column holds which field of a
 * PriceItem, and how a cell's text becomes the field's value. Pure: the reading and writing
 * of files happens in the adapters (services, scripts). See docs/price-lists.md.
 */

/** The fields of a price item in the order of an exported table's columns. */
export const PRICE_ITEM_FIELDS = [
  'code',
  'name',
  'nameEn',
  'unit',
  'unitPrice',
  'financier',
  'category',
  'source',
  'priceYear',
  'confidence',
  'transfer',
] as const satisfies readonly (keyof PriceItem)[];
export type PriceItemField = (typeof PRICE_ITEM_FIELDS)[number];

/** The columns an item cannot do without. */
export const REQUIRED_PRICE_ITEM_FIELDS: readonly PriceItemField[] = [
  'code',
  'name',
  'unit',
  'unitPrice',
  'financier',
];

/**
 * Column names accepted besides the field's own name (English, as in the case file), Dutch
 * first. They are compared after `normaliseColumnName`, so `Eenheidsprijs (€)`,
 * `unit_price_eur` and `UnitPrice` all name `unitPrice`.
 */
export const PRICE_ITEM_COLUMN_ALIASES: Readonly<Record<PriceItemField, readonly string[]>> = {
  code: [],
  name: ['naam', 'name_nl', 'omschrijving'],
  nameEn: ['naam (Engels)', 'Engelse naam', 'naam_en', 'name_en'],
  unit: ['eenheid'],
  unitPrice: ['eenheidsprijs', 'prijs', 'prijs per eenheid', 'tarief', 'unit_price_eur', 'price'],
  financier: ['betaler'],
  category: ['categorie'],
  source: ['bron'],
  priceYear: ['prijsjaar', 'price_year'],
  confidence: ['betrouwbaarheid', 'zekerheid'],
  transfer: ['overdracht'],
};

/**
 * A column name as compared: lower case, without accents, without a money suffix (`(€)`,
 * `eur`, `euro`) and with only letters and digits left.
 */
export function normaliseColumnName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/(eur|euro|euros)$/, '');
}

const FIELD_BY_COLUMN: ReadonlyMap<string, PriceItemField> = new Map(
  PRICE_ITEM_FIELDS.flatMap((field) =>
    [field, ...PRICE_ITEM_COLUMN_ALIASES[field]].map(
      (name) => [normaliseColumnName(name), field] as const,
    ),
  ),
);

/** The field a column name stands for, in English or Dutch, whatever its case; else undefined. */
export function findPriceItemField(columnName: string): PriceItemField | undefined {
  return FIELD_BY_COLUMN.get(normaliseColumnName(columnName));
}

/** The names a field's column may have, for messages: `unitPrice (eenheidsprijs, prijs, ...)`. */
export function describePriceItemColumn(field: PriceItemField): string {
  const aliases = PRICE_ITEM_COLUMN_ALIASES[field].filter((alias) => !alias.includes('_'));
  return aliases.length > 0 ? `${field} (${aliases.join(', ')})` : field;
}

/** A cell as a spreadsheet gives it; text from a CSV file. */
export type CellValue = string | number | boolean | null | undefined;

// Formula injection --------------------------------------------------------------------------

/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and some run one after a
 * TAB or CR) as a formula: `=HYPERLINK(...)` in an item's name would run when the exported
 * list is opened. Such text is written with a leading apostrophe, which spreadsheets show as
 * text (OWASP, "CSV Injection"); text that already starts with apostrophes before such a
 * character gets one more, so reading it back (unescapeSpreadsheetText) is exact.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function escapeSpreadsheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The inverse of escapeSpreadsheetText: one leading apostrophe before a formula start goes. */
export function unescapeSpreadsheetText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text) ? text.slice(1) : text;
}

// Cells to a price item ----------------------------------------------------------------------

/** A number with one group of thousands, as each language writes it: `13.000`, `13,000`. */
const ONE_THOUSANDS_GROUP: Record<Language, RegExp> = {
  nl: /^[+-]?\d{1,3}\.\d{3}$/,
  en: /^[+-]?\d{1,3},\d{3}$/,
};

/**
 * A decimal number as people type it in a cell, or undefined when the text is not one:
 * `12.5` and `12,5` (one separator is the decimal mark), `1.234,56` (Dutch) and `1,234.56`
 * (English: with both, the last is the decimal mark), `1.234.567`, `€ 12,50`, `1e3`. Without
 * a language, one dot or one comma is always a decimal mark: `1.234` is 1.234, not 1234. With
 * one, the grouping that language writes wins where the text could be either: in Dutch
 * `13.000` is thirteen thousand, in English `13,000` is.
 */
export function parseDecimal(text: string, language?: Language): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^€|€$/g, '');
  let normal: string | undefined;
  if (language !== undefined && ONE_THOUSANDS_GROUP[language].test(compact))
    normal = compact.replace(/[.,]/, '');
  else if (/^[+-]?\d+([.,]\d+)?$/.test(compact)) normal = compact.replace(',', '.');
  else if (/^[+-]?\d+(\.\d+)?e[+-]?\d+$/i.test(compact)) normal = compact;
  else if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact))
    normal = compact.replaceAll('.', '').replace(',', '.');
  else if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact)) normal = compact.replaceAll(',', '');
  if (normal === undefined) return undefined;
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

const TRUE_WORDS = new Set(['true', 'ja', 'j', 'yes', 'y', 'waar', '1', 'x']);
const FALSE_WORDS = new Set(['false', 'nee', 'n', 'no', 'onwaar', '0']);

/** A cell's text; blank is absent. Not trimmed: the schema trims what it wants trimmed. */
function toText(value: CellValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = unescapeSpreadsheetText(String(value));
  return text.trim() === '' ? undefined : text;
}

function toNumber(value: CellValue): number | string | boolean | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = toText(value)?.trim();
  if (text === undefined) return undefined;
  return parseDecimal(text) ?? text;
}

function toFlag(value: CellValue): boolean | string | number | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  const text = toText(value)?.trim();
  if (text === undefined) return undefined;
  const word = text.toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return text;
}

/** `Hour` is `hour`; a Dutch word stays, so the schema's message can name the English one. */
function toChoice(value: CellValue, choices: readonly string[]): string | undefined {
  const text = toText(value)?.trim();
  if (text === undefined) return undefined;
  return choices.includes(text.toLowerCase()) ? text.toLowerCase() : text;
}

export type PriceItemRowResult =
  | { ok: true; item: PriceItem }
  | { ok: false; issues: (Issue & { field: PriceItemField | undefined })[] };

/**
 * One table row as a price item, validated with PriceItemSchema. An empty cell leaves its
 * field out; numbers may use a decimal comma (parseDecimal); `transfer` takes
 * true/false, ja/nee, yes/no, 1/0; `unit` and `confidence` ignore case. Issues are located by
 * field (`unitPrice: must be a number (got text "veel")`); the caller adds the row.
 */
export function readPriceItemRow(
  cells: Partial<Record<PriceItemField, CellValue>>,
): PriceItemRowResult {
  const candidate: Record<string, unknown> = {};
  for (const field of PRICE_ITEM_FIELDS) {
    const cell = cells[field];
    let value: unknown;
    if (field === 'unitPrice' || field === 'priceYear') value = toNumber(cell);
    else if (field === 'transfer') value = toFlag(cell);
    else if (field === 'unit') value = toChoice(cell, UNITS);
    else if (field === 'confidence') value = toChoice(cell, CONFIDENCES);
    else value = toText(cell);
    if (value !== undefined) candidate[field] = value;
  }
  const parsed = PriceItemSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, item: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => {
      const [first] = issue.path;
      const field = PRICE_ITEM_FIELDS.find((name) => name === first);
      return { field, path: field ?? '', message: issue.message };
    }),
  };
}

/**
 * An item's fields as table cells, in PRICE_ITEM_FIELDS order: text escaped against formula
 * injection, numbers as numbers, `transfer` as true/false, absent fields as null.
 */
export function writePriceItemRow(item: PriceItem): (string | number | boolean | null)[] {
  return PRICE_ITEM_FIELDS.map((field) => {
    const value = item[field];
    if (value === undefined) return null;
    return typeof value === 'string' ? escapeSpreadsheetText(value) : value;
  });
}
