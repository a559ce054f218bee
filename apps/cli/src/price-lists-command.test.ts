import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { main } from './main.ts';

const folder = mkdtempSync(join(tmpdir(), 'kassabon-prices-'));
const dataDir = join(folder, 'data');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main([...argv, '--data-dir', dataDir], {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

function write(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

it('imports, lists and exports price lists with the same use cases as the API', {
  timeout: 120_000,
}, async () => {
  expect((await run('admin', 'create-org', '--name', 'Gemeente')).code).toBe(0);
  const csv = write(
    'lijst.csv',
    '\uFEFFcode;naam;eenheid;prijs;financier\r\nb;B;hour;1,5;zvw\r\na;A;day;12;wlz\r\n',
  );
  const imported = await run(
    'price-lists',
    'import',
    csv,
    '--org',
    'Gemeente',
    '--name',
    'Lokaal',
    '--year',
    '2025',
  );
  expect(imported.stderr).toBe('');
  expect(imported.code).toBe(0);
  expect(imported.stdout).toMatch(/^imported 2 items as "Lokaal" version 1 \(([0-9a-f-]{36})\)\n$/);
  const id = /\(([0-9a-f-]{36})\)/.exec(imported.stdout)?.[1] ?? '';

  const listed = await run('price-lists', 'list', '--org', 'Gemeente');
  expect(listed.stdout).toContain(`${id}  Lokaal  v1  2025  2 items\n`);
  expect(listed.stdout).toMatch(
    /nl-sociaal-domein-2025 .* shipped {2}2025 {2}117 items {2}\(active\)/,
  );

  const exported = await run('price-lists', 'export', id, '--org', 'Gemeente');
  expect(exported.code).toBe(0);
  expect(exported.stdout).toBe(
    '\uFEFFcode,name,nameEn,unit,unitPrice,financier,category,source,priceYear,confidence,transfer\r\n' +
      'a,A,,day,12,wlz,,,,,\r\nb,B,,hour,1.5,zvw,,,,,\r\n',
  );

  const workbook = join(folder, 'lijst.xlsx');
  const toXlsx = await run(
    'price-lists',
    'export',
    id,
    '--org',
    'Gemeente',
    '--format',
    'xlsx',
    '--out',
    workbook,
  );
  expect(toXlsx.code).toBe(0);
  expect(readFileSync(workbook).subarray(0, 2).toString()).toBe('PK');
  const again = await run(
    'price-lists',
    'import',
    workbook,
    '--org',
    'Gemeente',
    '--name',
    'Lokaal',
    '--year',
    '2026',
  );
  expect(again.stdout).toContain('as "Lokaal" version 2');

  const bad = write('fout.csv', 'code,name,unit,unitPrice,financier\nx,X,uur,veel,zvw\n');
  const refused = await run(
    'price-lists',
    'import',
    bad,
    '--org',
    'Gemeente',
    '--name',
    'Fout',
    '--year',
    '2025',
  );
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain('row 2, unitPrice: must be a number (got text "veel")');
  expect((await run('price-lists', 'list', '--org', 'Gemeente')).stdout).not.toContain('Fout');

  expect(
    (await run('price-lists', 'export', id, '--org', 'Gemeente', '--format', 'xlsx')).code,
  ).toBe(2);
  expect((await run('price-lists', 'import', csv, '--org', 'Gemeente', '--name', 'X')).code).toBe(
    2,
  );
});
