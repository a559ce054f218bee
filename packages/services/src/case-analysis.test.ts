import { readFileSync } from 'node:fs';
import {
  createTestDatabase,
  type Database,
  type Db,
  forgetAnalysesOfPriceList,
  schema,
  withOrganisation,
} from '@kassabon/db';
import { analyseCaseFile, validateCaseFile } from '@kassabon/engine';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from './admin-service.ts';
import { analyseOrganisation } from './analysis-service.ts';
import { importCaseFileData } from './case-file-service.ts';
import type { Principal } from './principal.ts';

const example = JSON.parse(
  readFileSync(new URL('../../../examples/blikveld360-2020.json', import.meta.url), 'utf8'),
);
const validated = validateCaseFile(example);
if (!validated.ok) throw new Error('the example is not valid');
const expected = JSON.parse(JSON.stringify(analyseCaseFile(validated.file)));

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await database.close();
});

async function importedOrganisation(name: string): Promise<Principal> {
  const organisation = await createOrganisation(database, name);
  const principal: Principal = {
    organisationId: organisation.id,
    role: 'analyst',
    userId: null,
    actor: 'test',
  };
  await importCaseFileData(database, principal, example, 'create');
  return principal;
}

describe('stored analyses', { timeout: 60_000 }, () => {
  it('stores each case’s analysis with the import, equal to the engine’s', async () => {
    const principal = await importedOrganisation('stored');
    const rows = await withOrganisation(database.db, principal.organisationId, (db) =>
      db
        .select()
        .from(schema.caseAnalyses)
        .where(eq(schema.caseAnalyses.organisationId, principal.organisationId)),
    );
    expect(rows).toHaveLength(10);
    expect(await analyseOrganisation(database, principal)).toEqual(expected);
  });

  it('analyses again what is missing or of another engine version before it is read', async () => {
    const principal = await importedOrganisation('stale');
    const ofOrganisation = eq(schema.caseAnalyses.organisationId, principal.organisationId);
    const asOrganisation = <T>(run: (db: Db) => Promise<T>) =>
      withOrganisation(database.db, principal.organisationId, run);
    await asOrganisation((db) =>
      db.update(schema.caseAnalyses).set({ engineVersion: 0 }).where(ofOrganisation),
    );
    expect(await analyseOrganisation(database, principal)).toEqual(expected);
    const versions = await asOrganisation((db) =>
      db
        .select({ version: schema.caseAnalyses.engineVersion })
        .from(schema.caseAnalyses)
        .where(ofOrganisation),
    );
    expect(new Set(versions.map((row) => row.version))).toEqual(new Set([1]));

    await asOrganisation((db) => db.delete(schema.caseAnalyses).where(ofOrganisation));
    expect(await analyseOrganisation(database, principal)).toEqual(expected);
  });

  it('forgets the analyses of cases priced from a changed price list', async () => {
    const organisation = await createOrganisation(database, 'own list');
    const principal: Principal = {
      organisationId: organisation.id,
      role: 'admin',
      userId: null,
      actor: 'test',
    };
    await importCaseFileData(
      database,
      principal,
      {
        version: 1,
        priceList: {
          year: 2025,
          items: [{ code: 'uur', name: 'Uur', unit: 'hour', unitPrice: 100, financier: 'zvw' }],
        },
        cases: [
          { code: 'A', scenarios: [{ kind: 'with', lines: [{ item: 'uur', quantity: 3 }] }] },
        ],
      },
      'create',
    );
    const [list] = await withOrganisation(database.db, organisation.id, async (db) => {
      const lists = await db
        .select()
        .from(schema.priceLists)
        .where(eq(schema.priceLists.organisationId, organisation.id));
      const [own] = lists;
      if (own)
        await db
          .update(schema.priceItems)
          .set({ unitPrice: 120 })
          .where(eq(schema.priceItems.priceListId, own.id));
      return lists;
    });
    if (!list) throw new Error('no price list');
    expect((await analyseOrganisation(database, principal)).cases[0]?.totals.with).toBe(300);
    await forgetAnalysesOfPriceList(database.db, {
      organisationId: organisation.id,
      priceListId: list.id,
    });
    expect((await analyseOrganisation(database, principal)).cases[0]?.totals.with).toBe(360);
  });
});
