import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type Database } from '@kassabon/db';
import { analyseCaseFile, parseCaseFile, validateCaseFile } from '@kassabon/engine';
import { createApiToken, createOrganisation, type Role } from '@kassabon/services';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type App, buildApp } from './build-app.ts';

const examplePath = fileURLToPath(
  new URL('../../../examples/blikveld360-2020.json', import.meta.url),
);
const exampleText = readFileSync(examplePath, 'utf8');

function engineAnalysis(text: string) {
  const parsed = parseCaseFile(text, 'x.json');
  if (!parsed.ok) throw new Error('does not parse');
  const validated = validateCaseFile(parsed.data);
  if (!validated.ok) throw new Error('not valid');
  return JSON.parse(JSON.stringify(analyseCaseFile(validated.file)));
}

let database: Database;
let app: App;
const tokens: Record<string, string> = {};
let organisationCount = 0;

/** A fresh organisation per test, with a token for each role: tests share no state. */
async function freshOrganisation(): Promise<Record<Role, string>> {
  const name = `org-${++organisationCount}`;
  await createOrganisation(database, name);
  const result = {} as Record<Role, string>;
  for (const role of ['admin', 'analyst', 'professional', 'viewer'] as const)
    result[role] = (await createApiToken(database, { organisation: name, role, name: role })).token;
  return result;
}

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp({ database });
});
afterAll(async () => {
  await app.close();
  await database.close();
});

let org: Record<Role, string>;
beforeEach(async () => {
  org = await freshOrganisation();
  Object.assign(tokens, org);
});

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

async function importExample(token: string, query = '') {
  return app.inject({
    method: 'POST',
    url: `/api/v1/import${query}`,
    headers: { ...auth(token), 'content-type': 'application/json' },
    payload: exampleText,
  });
}

describe('POST /api/v1/import', () => {
  it('imports a case file whole and answers 201 with the codes', async () => {
    const response = await importExample(org.analyst);
    expect(response.statusCode).toBe(201);
    expect(response.json().imported).toHaveLength(10);
    expect(response.json().imported[0]).toBe('B360-01');
  });

  it('answers 409 when a case code exists, and replaces with ?mode=replace', async () => {
    await importExample(org.admin);
    const again = await importExample(org.admin);
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.json().title).toContain('B360-01');
    expect(again.json().codes).toHaveLength(10);
    const replaced = await importExample(org.admin, '?mode=replace');
    expect(replaced.statusCode).toBe(201);
  });

  it('answers 422 listing every problem with its path, and stores nothing', async () => {
    const bad = JSON.parse(exampleText);
    bad.cases[0].scenarios[0].kind = 'voor';
    bad.cases[2].scenarios[1].lines[0].amount = 'veel';
    bad.cases[3].code = 'B360-01';
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/import',
      headers: { ...auth(org.analyst), 'content-type': 'application/json' },
      payload: JSON.stringify(bad),
    });
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'cases[0].scenarios[0].kind',
      'cases[2].scenarios[1].lines[0].amount',
      'cases[3].code',
    ]);
    const exported = await app.inject({
      method: 'GET',
      url: '/api/v1/export',
      headers: auth(org.analyst),
    });
    expect(exported.json().cases).toEqual([]);
  });

  it('accepts YAML and a byte-order mark, and reports syntax errors with line and column', async () => {
    const yaml =
      'version: 1\ncases:\n  - code: Y1\n    scenarios:\n      - kind: with\n        lines: []\n';
    const fromYaml = await app.inject({
      method: 'POST',
      url: '/api/v1/import',
      headers: { ...auth(org.analyst), 'content-type': 'application/yaml' },
      payload: yaml,
    });
    expect(fromYaml.statusCode).toBe(201);
    const withBom = await app.inject({
      method: 'POST',
      url: '/api/v1/import',
      headers: { ...auth(org.analyst), 'content-type': 'application/json' },
      payload: `\uFEFF{"version": 1, "cases": [{"code": "B1", "scenarios": []}]}`,
    });
    expect(withBom.statusCode).toBe(201);
    const broken = await app.inject({
      method: 'POST',
      url: '/api/v1/import',
      headers: { ...auth(org.analyst), 'content-type': 'application/json' },
      payload: '{"version": 1,\n "cases": [,]}',
    });
    expect(broken.statusCode).toBe(422);
    expect(broken.json().errors[0].message).toMatch(/^not valid JSON at line 2, column 12/);
  });

  it('refuses unknown query parameters and modes', async () => {
    const response = await importExample(org.admin, '?mode=merge');
    expect(response.statusCode).toBe(422);
    expect((await importExample(org.admin, '?force=1')).statusCode).toBe(422);
  });
});

describe('export and analysis', () => {
  it('exports what was imported, and importing the export gives the same analysis', async () => {
    await importExample(org.analyst);
    const exported = await app.inject({
      method: 'GET',
      url: '/api/v1/export',
      headers: auth(org.analyst),
    });
    expect(exported.statusCode).toBe(200);
    const other = await freshOrganisation();
    const reimported = await app.inject({
      method: 'POST',
      url: '/api/v1/import',
      headers: { ...auth(other.analyst), 'content-type': 'application/json' },
      payload: exported.body,
    });
    expect(reimported.statusCode).toBe(201);
    const analysis = await app.inject({
      method: 'GET',
      url: '/api/v1/analysis',
      headers: auth(other.analyst),
    });
    expect(analysis.json()).toEqual(engineAnalysis(exampleText));
  });

  it('gives the same JSON as the engine (and so the CLI) for the whole file and one case', async () => {
    await importExample(org.analyst);
    const expected = engineAnalysis(exampleText);
    const all = await app.inject({
      method: 'GET',
      url: '/api/v1/analysis',
      headers: auth(org.analyst),
    });
    expect(all.statusCode).toBe(200);
    expect(all.json()).toEqual(expected);
    const one = await app.inject({
      method: 'GET',
      url: '/api/v1/cases/B360-04/analysis',
      headers: auth(org.analyst),
    });
    expect(one.json()).toEqual(expected.cases[3]);
    expect(one.json().warnings[0].code).toBe('stated-total-mismatch');
  });

  it('answers 404 for a case that does not exist', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/cases/NOPE/analysis',
      headers: auth(org.analyst),
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('access', () => {
  it('answers 401 without a token or with an unknown one', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/analysis' })).statusCode).toBe(401);
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/v1/analysis',
      headers: auth('kb_token_not-a-real-token'),
    });
    expect(unknown.statusCode).toBe(401);
  });

  it("isolates organisations: another organisation's case is 404 and never exported", async () => {
    await importExample(org.admin);
    const other = await freshOrganisation();
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/cases/B360-01/analysis',
      headers: auth(other.admin),
    });
    expect(response.statusCode).toBe(404);
    const exported = await app.inject({
      method: 'GET',
      url: '/api/v1/export',
      headers: auth(other.admin),
    });
    expect(exported.json().cases).toEqual([]);
    const analysis = await app.inject({
      method: 'GET',
      url: '/api/v1/analysis',
      headers: auth(other.admin),
    });
    expect(analysis.json().portfolio.cases).toBe(0);
  });

  it('lets a viewer see the portfolio only, and not over fewer than 5 cases', async () => {
    const tooFew = await app.inject({
      method: 'GET',
      url: '/api/v1/analysis',
      headers: auth(org.viewer),
    });
    expect(tooFew.statusCode).toBe(403);
    expect(tooFew.json()).toMatchObject({ minimumCases: 5, cases: 0 });
    await importExample(org.admin);
    const analysis = await app.inject({
      method: 'GET',
      url: '/api/v1/analysis',
      headers: auth(org.viewer),
    });
    expect(analysis.statusCode).toBe(200);
    expect(analysis.json().cases).toEqual([]);
    expect(analysis.json().portfolio.cases).toBe(10);
    const oneCase = await app.inject({
      method: 'GET',
      url: '/api/v1/cases/B360-01/analysis',
      headers: auth(org.viewer),
    });
    expect(oneCase.statusCode).toBe(403);
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/export', headers: auth(org.viewer) }))
        .statusCode,
    ).toBe(403);
    expect((await importExample(org.viewer)).statusCode).toBe(403);
  });

  it('does not let a professional import', async () => {
    expect((await importExample(org.professional)).statusCode).toBe(403);
  });
});

describe('documentation and errors', () => {
  it('serves the OpenAPI document with the routes', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/import',
        '/api/v1/export',
        '/api/v1/analysis',
        '/api/v1/cases/{code}/analysis',
      ]),
    );
    const docs = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(docs.statusCode).toBeLessThan(400);
  });

  it('answers an unknown route with a problem document', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ status: 404, title: 'Not found' });
  });
});
