import {
  comparePriceItemCodes,
  DEFAULT_REFERENCE_PRICE_LIST_CODE,
  matchesPriceItemSearch,
  type PriceItem,
  priceItemCategories,
  REFERENCE_PRICE_LISTS,
} from '@kassabon/engine';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importCaseFile } from './case-file-repository.ts';
import type { Database } from './create-database.ts';
import { ConflictError, findDatabaseError } from './errors.ts';
import { createOrganisation } from './organisation-repository.ts';
import { withOrganisation } from './organisation-scope.ts';
import {
  activatePriceList,
  createPriceList,
  deletePriceItem,
  deletePriceList,
  findCasesUsingPriceItem,
  findCasesUsingPriceList,
  findPriceItem,
  findPriceList,
  insertPriceItem,
  listAllPriceItems,
  listPriceItemCategories,
  listPriceItems,
  listPriceLists,
  replacePriceItem,
  updatePriceList,
} from './price-list-repository.ts';
import { priceLists } from './schema.ts';
import { createTestDatabase } from './test-database.ts';

const reference = REFERENCE_PRICE_LISTS[DEFAULT_REFERENCE_PRICE_LIST_CODE];
if (!reference) throw new Error('no reference list');

let database: Database;
let organisationCount = 0;
let org: string;

beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await database?.close();
});
beforeEach(async () => {
  org = (await createOrganisation(database.db, `price-lists-${++organisationCount}`)).id;
});

const item = (code: string, fields: Partial<PriceItem> = {}): PriceItem => ({
  code,
  name: `Item ${code}`,
  unit: 'hour',
  unitPrice: 10,
  financier: 'gemeente-wmo',
  ...fields,
});

async function newList(name = 'Lokaal', items: PriceItem[] = [item('a'), item('b')]) {
  return createPriceList(database.db, { organisationId: org, name, year: 2025, items });
}

describe('price lists', () => {
  it('numbers the versions of a name, counts items and lists by name, newest first', async () => {
    const first = await newList();
    const second = await newList('Lokaal', [item('x')]);
    const other = await newList('Ander', []);
    expect([first.version, second.version, other.version]).toEqual([1, 2, 1]);
    expect(first).toMatchObject({ name: 'Lokaal', year: 2025, active: false, itemCount: 2 });
    const listed = await listPriceLists(database.db, org);
    expect(listed.map((list) => [list.name, list.version, list.itemCount])).toEqual([
      ['Ander', 1, 0],
      ['Lokaal', 2, 1],
      ['Lokaal', 1, 2],
    ]);
  });

  it('copies every item of another list exactly, absent fields staying absent', async () => {
    const source = await newList('Bron', reference.items);
    const copy = await createPriceList(database.db, {
      organisationId: org,
      name: 'Kopie',
      year: 2026,
      copyOf: source.id,
    });
    expect(copy.itemCount).toBe(reference.items.length);
    expect(await listAllPriceItems(database.db, org, copy.id)).toEqual(
      [...reference.items].sort(comparePriceItemCodes),
    );
  });

  it('renames a list into the next version of its new name, and changes its year', async () => {
    await newList('Doel');
    const list = await newList('Bron');
    const renamed = await updatePriceList(database.db, {
      organisationId: org,
      id: list.id,
      name: 'Doel',
      year: 2027,
    });
    expect(renamed).toMatchObject({ name: 'Doel', version: 2, year: 2027 });
    const sameName = await updatePriceList(database.db, {
      organisationId: org,
      id: list.id,
      name: 'Doel',
    });
    expect(sameName?.version).toBe(2);
  });

  it('keeps one active list: activation switches, null leaves none active', async () => {
    const a = await newList('A');
    const b = await newList('B');
    expect(await activatePriceList(database.db, org, a.id)).toEqual([a.id]);
    expect((await activatePriceList(database.db, org, b.id))?.sort()).toEqual([a.id, b.id].sort());
    const active = async () =>
      (await listPriceLists(database.db, org)).filter((l) => l.active).map((l) => l.id);
    expect(await active()).toEqual([b.id]);
    expect(await activatePriceList(database.db, org, b.id)).toEqual([]);
    expect(await activatePriceList(database.db, org, null)).toEqual([b.id]);
    expect(await active()).toEqual([]);
  });

  it('ends concurrent activations with exactly one active list', async () => {
    const lists = await Promise.all(['P', 'Q', 'R', 'S'].map((name) => newList(name)));
    await Promise.all(lists.map((list) => activatePriceList(database.db, org, list.id)));
    const active = (await listPriceLists(database.db, org)).filter((list) => list.active);
    expect(active).toHaveLength(1);
  });

  it('has a partial unique index that refuses a second active list', async () => {
    const a = await newList('A');
    const b = await newList('B');
    await activatePriceList(database.db, org, a.id);
    const error = await withOrganisation(database.db, org, (db) =>
      db
        .update(priceLists)
        .set({ active: true })
        .where(and(eq(priceLists.organisationId, org), eq(priceLists.id, b.id))),
    )
      .then(() => undefined)
      .catch((caught: unknown) => caught);
    expect(findDatabaseError(error)).toMatchObject({
      code: '23505',
      constraint: 'price_lists_one_active',
    });
  });

  it('finds the cases priced from a list and those whose lines use an item', async () => {
    await importCaseFile(database.db, {
      organisationId: org,
      actor: 'test',
      mode: 'create',
      caseFile: {
        version: 1,
        priceList: { name: 'Uit bestand', year: 2024, items: [item('a'), item('b')] },
        cases: [
          { code: 'C2', scenarios: [{ kind: 'with', lines: [{ item: 'a', quantity: 1 }] }] },
          { code: 'C1', scenarios: [{ kind: 'with', lines: [{ item: 'a', quantity: 2 }] }] },
          { code: 'C3', scenarios: [] },
        ],
      },
    });
    const [list] = await listPriceLists(database.db, org);
    if (!list) throw new Error('no list');
    expect(await findCasesUsingPriceList(database.db, org, list.id)).toEqual(['C1', 'C2', 'C3']);
    expect(await findCasesUsingPriceItem(database.db, org, list.id, 'a')).toEqual(['C1', 'C2']);
    expect(await findCasesUsingPriceItem(database.db, org, list.id, 'b')).toEqual([]);
    const unused = await newList('Los');
    expect(await findCasesUsingPriceList(database.db, org, unused.id)).toEqual([]);
  });

  it('deletes a list with its items', async () => {
    const list = await newList();
    expect(await deletePriceList(database.db, org, list.id)).toBe(true);
    expect(await findPriceList(database.db, org, list.id)).toBeUndefined();
    expect(await listAllPriceItems(database.db, org, list.id)).toEqual([]);
    expect(await deletePriceList(database.db, org, list.id)).toBe(false);
  });
});

describe('price items', () => {
  it('adds, replaces and deletes an item; a second item with one code is a conflict', async () => {
    const list = await newList();
    await insertPriceItem(database.db, org, list.id, item('c', { source: 'bron', transfer: true }));
    await expect(insertPriceItem(database.db, org, list.id, item('c'))).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await findPriceItem(database.db, org, list.id, 'c')).toEqual(
      item('c', { source: 'bron', transfer: true }),
    );
    expect(
      await replacePriceItem(database.db, org, list.id, 'c', item('c', { unitPrice: 12.5 })),
    ).toBe(true);
    expect(await findPriceItem(database.db, org, list.id, 'c')).toEqual(
      item('c', { unitPrice: 12.5 }),
    );
    expect(await replacePriceItem(database.db, org, list.id, 'nope', item('nope'))).toBe(false);
    expect(await deletePriceItem(database.db, org, list.id, 'c')).toBe(true);
    expect(await deletePriceItem(database.db, org, list.id, 'c')).toBe(false);
  });

  it('leaves a surrounding transaction usable after a refused duplicate', async () => {
    const list = await newList();
    await database.db.transaction(async (tx) => {
      await expect(insertPriceItem(tx, org, list.id, item('a'))).rejects.toThrow(/code "a"/);
      await insertPriceItem(tx, org, list.id, item('z'));
    });
    expect(await findPriceItem(database.db, org, list.id, 'z')).toBeDefined();
  });

  it('searches in SQL exactly as the engine searches the shipped list in memory', async () => {
    const list = await newList('Referentie', reference.items);
    const searches = [
      { q: 'ggz' },
      { q: 'GGZ uur' },
      { q: 'bijstand' },
      { q: 'per dag' },
      { q: 'wmo_' },
      { q: '%' },
      { q: 'mental health' },
      { category: 'wmo' },
      { category: 'WMO', q: 'begeleiding' },
      { q: 'cliënt' },
      { q: 'JUSTITIËLE' },
      {},
    ];
    let matched = 0;
    for (const search of searches) {
      const inMemory = reference.items
        .filter((candidate) => matchesPriceItemSearch(candidate, search))
        .sort(comparePriceItemCodes)
        .map((candidate) => candidate.code);
      const page = await listPriceItems(database.db, {
        organisationId: org,
        priceListId: list.id,
        ...search,
        limit: 500,
        offset: 0,
      });
      expect(
        page.items.map((found) => found.code),
        JSON.stringify(search),
      ).toEqual(inMemory);
      expect(page.total).toBe(inMemory.length);
      if (inMemory.length > 0 && inMemory.length < reference.items.length) matched++;
    }
    // The searches must discriminate, or the comparison proves nothing.
    expect(matched).toBeGreaterThanOrEqual(6);
  });

  it('lists the categories as the engine does: each once as written, in code-point order', async () => {
    const items = [
      ...reference.items,
      item('x1', { category: 'Wmo' }),
      item('x2', { category: 'Ä-extra' }),
      item('x3'),
    ];
    const list = await newList('Categorieën', items);
    const categories = await listPriceItemCategories(database.db, org, list.id);
    expect(categories).toEqual(priceItemCategories(items));
    expect(categories).toContain('Wmo');
    expect(categories).toContain('wmo');
    expect(await listPriceItemCategories(database.db, org, 'not-a-uuid')).toEqual([]);
  });

  it('pages the matches and counts them all', async () => {
    const list = await newList(
      'Veel',
      Array.from({ length: 25 }, (_, index) => item(`k${String(index).padStart(2, '0')}`)),
    );
    const page = await listPriceItems(database.db, {
      organisationId: org,
      priceListId: list.id,
      limit: 10,
      offset: 20,
    });
    expect(page.total).toBe(25);
    expect(page.items.map((found) => found.code)).toEqual(['k20', 'k21', 'k22', 'k23', 'k24']);
  });
});

describe('organisations are isolated', () => {
  it("answers nothing for another organisation's list, and for ids that are not UUIDs", async () => {
    const list = await newList();
    const other = (await createOrganisation(database.db, `other-${organisationCount}`)).id;
    expect(await findPriceList(database.db, other, list.id)).toBeUndefined();
    expect(await listPriceLists(database.db, other)).toEqual([]);
    expect(await listAllPriceItems(database.db, other, list.id)).toEqual([]);
    expect(
      (
        await listPriceItems(database.db, {
          organisationId: other,
          priceListId: list.id,
          limit: 10,
          offset: 0,
        })
      ).total,
    ).toBe(0);
    expect(await findPriceItem(database.db, other, list.id, 'a')).toBeUndefined();
    expect(await replacePriceItem(database.db, other, list.id, 'a', item('a'))).toBe(false);
    expect(await deletePriceItem(database.db, other, list.id, 'a')).toBe(false);
    expect(await activatePriceList(database.db, other, list.id)).toBeUndefined();
    expect(
      await updatePriceList(database.db, { organisationId: other, id: list.id, year: 1999 }),
    ).toBeUndefined();
    expect(await deletePriceList(database.db, other, list.id)).toBe(false);
    const copy = await createPriceList(database.db, {
      organisationId: other,
      name: 'Gestolen',
      year: 2025,
      copyOf: list.id,
    });
    expect(copy.itemCount).toBe(0);
    expect(await findPriceList(database.db, org, list.id)).toMatchObject({ year: 2025 });
    expect(await findPriceList(database.db, org, 'not-a-uuid')).toBeUndefined();
    expect(await deletePriceList(database.db, org, "'; drop table cases; --")).toBe(false);
  });
});
