import { readFileSync } from 'node:fs';
import { createTestDatabase, type Database } from '@kassabon/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from './build-app.ts';
import { createTestOrganisation, type TestOrganisation } from './test-organisation.ts';

/**
 * Every route of the API, taken from its own OpenAPI document, tried by another
 * organisation with A's ids: nothing of A is read, changed or deleted. New routes are tried
 * without anyone having to add them here.
 */

const exampleFile = JSON.parse(
  readFileSync(new URL('../../../examples/blikveld360-2020.json', import.meta.url), 'utf8'),
);

/** Text that occurs only in organisation A's data, never in a request. */
const MARKER = 'GEHEIM-VAN-A';

let database: Database;
let app: App;
let a: TestOrganisation;
let b: TestOrganisation;
/** A's ids by the name of the path parameter that takes them. */
const idsOfA: Record<string, string> = { scenario: '0', index: '0' };

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp({ database });
  a = await createTestOrganisation(database);
  b = await createTestOrganisation(database);
  const imported = await app.inject({
    method: 'POST',
    url: '/api/v1/import',
    headers: { ...a.token.admin, 'content-type': 'application/json' },
    payload: JSON.stringify({
      ...exampleFile,
      cases: exampleFile.cases.map((caseRecord: object, index: number) =>
        index === 0 ? { ...caseRecord, code: 'A-1', title: MARKER } : caseRecord,
      ),
    }),
  });
  if (imported.statusCode !== 201) throw new Error(imported.body);
  idsOfA.code = 'A-1';
  const list = await app.inject({
    method: 'POST',
    url: '/api/v1/price-lists',
    headers: a.token.admin,
    payload: { name: MARKER, year: 2025 },
  });
  idsOfA.id = list.json().id;
  await app.inject({
    method: 'POST',
    url: `/api/v1/price-lists/${idsOfA.id}/items`,
    headers: a.token.admin,
    payload: { ...ITEM, code: 'A-1' },
  });
}, 120_000);
afterAll(async () => {
  await app.close();
  await database.close();
});

/** Everything of A that a route could change: its cases and its price list. */
async function exportOf(organisation: TestOrganisation) {
  const get = async (url: string) =>
    (await app.inject({ method: 'GET', url, headers: organisation.token.admin })).body;
  return [
    await get('/api/v1/export'),
    await get('/api/v1/price-lists'),
    await get(`/api/v1/price-lists/${idsOfA.id}/items`),
  ];
}

const ITEM = { code: 'x', name: 'Uur', unit: 'hour', unitPrice: 80, financier: 'zvw' };

/** A body that the route would accept if the ids were B's own. */
function bodyFor(method: string, path: string): unknown {
  if (method === 'GET' || method === 'DELETE') return undefined;
  if (path.endsWith('/items') || path.endsWith('/items/{code}')) return { ...ITEM, code: 'A-1' };
  if (path.endsWith('/index')) return { toYear: 2026, percentPerYear: 2 };
  if (path.startsWith('/api/v1/price-lists')) return { name: 'B', year: 2025 };
  if (path.endsWith('/lines') || path.endsWith('/lines/{index}'))
    return { label: 'x', amount: 1, financier: 'zvw' };
  if (path.includes('/cases/{code}/')) return { kind: 'other' };
  if (path.startsWith('/api/v1/cases')) return { code: 'B-1', scenarios: [], version: 1 };
  return {};
}

describe('tenant isolation', () => {
  it("answers another organisation's ids with 404 on every route, and changes nothing", {
    timeout: 60_000,
  }, async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const before = await exportOf(a);
    const tried: string[] = [];
    for (const [path, operations] of Object.entries<Record<string, unknown>>(document.paths)) {
      if (!path.startsWith('/api/v1/') || path.startsWith('/api/v1/session')) continue;
      if (path === '/api/v1/setup') continue;
      for (const method of Object.keys(operations).map((m) => m.toUpperCase())) {
        const parameters = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string);
        const url = path.replace(/\{(\w+)\}/g, (_whole, name: string) => {
          const value = idsOfA[name];
          if (value === undefined) throw new Error(`no id of A for {${name}} in ${path}`);
          return encodeURIComponent(value);
        });
        for (const role of ['admin', 'analyst', 'professional', 'viewer'] as const) {
          const body = bodyFor(method, path);
          const response = await app.inject({
            method: method as 'GET',
            url,
            headers: {
              ...b.token[role],
              ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            },
            ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
          });
          const what = `${role} ${method} ${url} → ${response.statusCode} ${response.body.slice(0, 200)}`;
          expect(response.statusCode, what).toBeLessThan(500);
          expect(response.body, what).not.toContain(MARKER);
          if (parameters.length > 0) expect([403, 404], what).toContain(response.statusCode);
        }
        tried.push(`${method} ${path}`);
      }
    }
    expect(tried.length).toBeGreaterThan(30);
    expect(await exportOf(a)).toEqual(before);
  });
});
