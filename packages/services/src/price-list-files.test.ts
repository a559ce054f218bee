import { deflateRawSync } from 'node:zlib';
import {
  comparePriceItemCodes,
  DEFAULT_REFERENCE_PRICE_LIST_CODE,
  type PriceItem,
  REFERENCE_PRICE_LISTS,
} from '@kassabon/engine';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ServiceError } from './errors.ts';
import {
  decodeText,
  MAX_PRICE_LIST_ROWS,
  readPriceListFile,
  writePriceListCsv,
  writePriceListXlsx,
} from './price-list-files.ts';
import { checkZipLimits, ZipLimitError } from './zip-limits.ts';

const referenceItems = [
  ...(REFERENCE_PRICE_LISTS[DEFAULT_REFERENCE_PRICE_LIST_CODE]?.items ?? []),
].sort(comparePriceItemCodes);

const utf8 = (text: string) => new TextEncoder().encode(text);

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ServiceError)) throw new Error(`expected a ServiceError, got ${error}`);
  expect(error.kind).toBe('invalid');
  return error.issues.map((issue) =>
    issue.path ? `${issue.path}: ${issue.message}` : issue.message,
  );
}

async function xlsxOf(rows: unknown[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Blad1');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('reading CSV', () => {
  it('reads Dutch Excel: a BOM, ";", Dutch headers in any case, decimal commas', async () => {
    const csv = [
      '\uFEFFCode;Naam;Eenheid;Eenheidsprijs;Financier;Categorie;Prijsjaar;Betrouwbaarheid;Overdracht',
      'ggz_uur;GGZ-behandeling;hour;1.234,56;zvw;ggz;2024;high;nee',
      '',
      'bijstand;"Bijstand; alleenstaand";Month;€ 1.401,5;gemeente-participatiewet;inkomen;2025;;ja',
      '',
    ].join('\r\n');
    expect(await readPriceListFile(utf8(csv), 'csv')).toEqual([
      {
        code: 'ggz_uur',
        name: 'GGZ-behandeling',
        unit: 'hour',
        unitPrice: 1234.56,
        financier: 'zvw',
        category: 'ggz',
        priceYear: 2024,
        confidence: 'high',
        transfer: false,
      },
      {
        code: 'bijstand',
        name: 'Bijstand; alleenstaand',
        unit: 'month',
        unitPrice: 1401.5,
        financier: 'gemeente-participatiewet',
        category: 'inkomen',
        priceYear: 2025,
        transfer: true,
      },
    ]);
  });

  it('reads the English field names with "," and decimal points, and "prijs" / "zekerheid"', async () => {
    const csv = 'code,name,unit,prijs,financier,zekerheid\nx,"Een, twee",day,12.5,wlz,low\n';
    expect(await readPriceListFile(utf8(csv), 'csv')).toEqual([
      {
        code: 'x',
        name: 'Een, twee',
        unit: 'day',
        unitPrice: 12.5,
        financier: 'wlz',
        confidence: 'low',
      },
    ]);
  });

  it('names the row and column of every problem, with Dutch hints, and returns nothing', async () => {
    const csv = [
      'code;naam;eenheid;eenheidsprijs;financier;betrouwbaarheid',
      'a;A;hour;10;zvw;high',
      'b;B;uur;veel;zvw;hoog',
      'c;;hour;-1;zvw;',
      'a;A again;hour;10;zvw;',
      'd;D;hour;1;zvw;;extra',
    ].join('\n');
    expect(await problemsOf(readPriceListFile(utf8(csv), 'csv'))).toEqual([
      'row 3, eenheid (unit): must be one of year, month, week, day, hour, contact, trajectory, once (got text "uur"); use "hour" for Dutch "uur"',
      'row 3, eenheidsprijs (unitPrice): must be a number (got text "veel")',
      'row 3, betrouwbaarheid (confidence): must be one of high, medium, low (got text "hoog"); use "high" for Dutch "hoog"',
      'row 4, naam (name): is required',
      'row 4, eenheidsprijs (unitPrice): must be 0 or more',
      'row 5, code: "a" is on row 2 too; each code once',
      'row 6, column 7: has a value but no column name in the header row',
    ]);
  });

  it('says which columns are unknown, repeated or missing', async () => {
    const csv = 'code,naam,name,prjs,financier\nx,X,X,1,zvw\n';
    const problems = await problemsOf(readPriceListFile(utf8(csv), 'csv'));
    expect(problems[0]).toBe('row 1, column 3: "name" names name, as "naam" does already');
    expect(problems[1]).toMatch(/^row 1, column 4: "prjs" is not a known column; use code, name/);
    expect(problems.slice(2)).toEqual([
      'row 1: the column unit (eenheid) is missing',
      'row 1: the column unitPrice (eenheidsprijs, prijs, prijs per eenheid, tarief, price) is missing',
    ]);
  });

  it('reads a Windows-1252 file as Excel writes it', async () => {
    const csv = Buffer.from('code;naam;eenheid;prijs;financier\nc;Cliënt;hour;1,5;zvw\n', 'latin1');
    expect(decodeText(csv)).toContain('Cliënt');
    expect((await readPriceListFile(csv, 'csv'))[0]?.name).toBe('Cliënt');
  });

  it('refuses more than the maximum number of rows', { timeout: 30_000 }, async () => {
    // Blank lines do not count as rows, and must not hide the rows after them.
    const row = 'x,X,hour,1,zvw\n\n';
    const csv = `code,name,unit,unitPrice,financier\n${row.repeat(MAX_PRICE_LIST_ROWS + 1)}`;
    const error = await readPriceListFile(utf8(csv), 'csv').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).message).toBe('the file has more than 100,000 rows');
  });

  it('reports an unreadable CSV without a stack trace', async () => {
    const problems = await problemsOf(readPriceListFile(utf8('code,name\n"x,y\n'), 'csv'));
    expect(problems[0]).toMatch(/quote/i);
  });
});

describe('reading XLSX', () => {
  it('reads the first sheet: numbers, Dutch headers, formulas by their result, rich text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Prijzen');
    sheet.addRow(['code', 'Naam', 'eenheid', 'Eenheidsprijs (€)', 'financier', 'prijsjaar']);
    sheet.addRow([101, 'Schuldhulp', 'trajectory', 2500, 'gemeente-schuldhulp', 2023]);
    sheet.addRow([]);
    sheet.addRow([
      'b',
      { richText: [{ text: 'Rijk ' }, { text: 'tekst', font: { bold: true } }] },
      'hour',
      { formula: 'E2/10', result: 250 },
      'zvw',
      '2024',
    ]);
    const content = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await readPriceListFile(content, 'xlsx')).toEqual([
      {
        code: '101',
        name: 'Schuldhulp',
        unit: 'trajectory',
        unitPrice: 2500,
        financier: 'gemeente-schuldhulp',
        priceYear: 2023,
      },
      {
        code: 'b',
        name: 'Rijk tekst',
        unit: 'hour',
        unitPrice: 250,
        financier: 'zvw',
        priceYear: 2024,
      },
    ]);
  });

  it('names the spreadsheet row of a problem', async () => {
    const content = await xlsxOf([
      ['code', 'name', 'unit', 'unitPrice', 'financier'],
      ['a', 'A', 'hour', 1, 'zvw'],
      ['b', 'B', 'hour', 'veel', 'zvw'],
    ]);
    expect(await problemsOf(readPriceListFile(content, 'xlsx'))).toEqual([
      'row 3, unitPrice: must be a number (got text "veel")',
    ]);
  });

  it('refuses a file that is not a workbook', async () => {
    expect(await problemsOf(readPriceListFile(utf8('code,name\n'), 'xlsx'))).toEqual([
      'the file is not a ZIP archive, so not an XLSX file',
    ]);
  });
});

/** A ZIP of stored or deflated entries whose declared sizes may lie. */
function zipOf(entries: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const compressed = deflateRawSync(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(entry.declaredSize ?? entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(entry.declaredSize ?? entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    directory.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

describe('checkZipLimits', () => {
  const limits = { maxEntries: 3, maxUncompressedBytes: 1_000_000 };

  it('lets a small archive through', () => {
    expect(() =>
      checkZipLimits(zipOf([{ name: 'a.xml', data: Buffer.alloc(1000, 'a') }]), limits),
    ).not.toThrow();
  });

  it('refuses too many entries', () => {
    const entries = ['a', 'b', 'c', 'd'].map((name) => ({ name, data: Buffer.from(name) }));
    expect(() => checkZipLimits(zipOf(entries), limits)).toThrow(/4 parts; .* at most 3/);
  });

  it('refuses a bomb that declares its size honestly', () => {
    const bomb = zipOf([{ name: 'x.xml', data: Buffer.alloc(2_000_000) }]);
    expect(bomb.length).toBeLessThan(5000);
    expect(() => checkZipLimits(bomb, limits)).toThrow(ZipLimitError);
  });

  it('refuses a bomb that lies about its size, by unpacking it with a cap', () => {
    const liar = zipOf([{ name: 'x.xml', data: Buffer.alloc(2_000_000), declaredSize: 10 }]);
    expect(() => checkZipLimits(liar, limits)).toThrow(/unpacks to more than 1 MiB/);
  });

  it('counts the sizes of all entries together', () => {
    const entries = ['a', 'b', 'c'].map((name) => ({ name, data: Buffer.alloc(400_000) }));
    expect(() => checkZipLimits(zipOf(entries), limits)).toThrow(/more than 1 MiB/);
  });
});

describe('writing', () => {
  const tricky: PriceItem[] = [
    {
      code: '=cmd',
      name: '=HYPERLINK("http://evil.example","klik")',
      nameEn: '+SUM(1,2)',
      unit: 'hour',
      unitPrice: 0.1 + 0.2,
      financier: '@zvw',
      category: '-min',
      source: '\tTAB en "quotes"; en een\nregel',
      priceYear: 2024,
      confidence: 'low',
      transfer: false,
    },
    { code: "'=al", name: "'t Huis", unit: 'day', unitPrice: 1234567.891, financier: 'wlz' },
  ];

  it('escapes every cell that a spreadsheet would run as a formula', async () => {
    const csv = writePriceListCsv(tricky);
    const cells = csv.split(/[\r\n,]+/).map((cell) => cell.replace(/^"/, ''));
    const dangerous = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(dangerous).toEqual([]);
    expect(csv).toContain(`'=HYPERLINK(""http://evil.example"",""klik"")`);
    expect(csv).toContain("'+SUM(1,2)");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writePriceListXlsx(tricky)) as unknown as ExcelJS.Buffer);
    const values: unknown[] = [];
    workbook.worksheets[0]?.eachRow((row) => {
      row.eachCell((cell) => {
        values.push(cell.value);
        expect(cell.formula).toBeFalsy();
      });
    });
    expect(values).toContain(`'=HYPERLINK("http://evil.example","klik")`);
    expect(
      values.filter((value) => typeof value === 'string' && /^[=+\-@\t\r]/.test(value)),
    ).toEqual([]);
  });

  it.each([
    ['CSV', (items: PriceItem[]) => utf8(writePriceListCsv(items)), 'csv'],
    ['CSV with ";"', (items: PriceItem[]) => utf8(writePriceListCsv(items, ';')), 'csv'],
    ['XLSX', (items: PriceItem[]) => writePriceListXlsx(items), 'xlsx'],
  ] as const)('writes %s that reads back to the same items', async (_label, write, format) => {
    for (const items of [tricky, referenceItems]) {
      const content = await write(items);
      expect(await readPriceListFile(content, format)).toEqual(items);
    }
  });
});
