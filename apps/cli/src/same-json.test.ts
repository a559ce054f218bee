import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from '@kassabon/api';
import { createTestDatabase } from '@kassabon/db';
import { analyseCaseFile, parseCaseFile, validateCaseFile } from '@kassabon/engine';
import { createApiToken, createOrganisation } from '@kassabon/services';
import { expect, it } from 'vitest';
import { main } from './main.ts';

/**
 * The promise of PRODUCT.md section 6: one case file gives the same analysis through the
 * engine, the command line and the API.
 */
it('gives the same JSON through the engine, the CLI and the API', { timeout: 60_000 }, async () => {
  const path = fileURLToPath(new URL('../../../examples/blikveld360-2020.json', import.meta.url));
  const text = readFileSync(path, 'utf8');

  const parsed = parseCaseFile(text, path);
  const validated = parsed.ok ? validateCaseFile(parsed.data) : undefined;
  if (!validated?.ok) throw new Error('the example is not valid');
  const fromEngine = JSON.parse(JSON.stringify(analyseCaseFile(validated.file)));

  let printed = '';
  const code = await main(['analyse', path, '--json'], {
    out: (chunk) => {
      printed += chunk;
    },
    err: () => {},
  });
  expect(code).toBe(0);

  const database = await createTestDatabase();
  const app = await buildApp({ database });
  try {
    await createOrganisation(database, 'Gemeente');
    const { token } = await createApiToken(database, {
      organisation: 'Gemeente',
      role: 'analyst',
      name: 'test',
    });
    const headers = { authorization: `Bearer ${token}` };
    const imported = await app.inject({
      method: 'POST',
      url: '/api/v1/import',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: text,
    });
    expect(imported.statusCode).toBe(201);
    const fromApi = await app.inject({ method: 'GET', url: '/api/v1/analysis', headers });

    expect(JSON.parse(printed)).toEqual(fromEngine);
    expect(fromApi.json()).toEqual(fromEngine);
    // Not only equal values: the same text, key order included.
    expect(fromApi.body).toBe(JSON.stringify(fromEngine));
  } finally {
    await app.close();
    await database.close();
  }
});
