import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  analyseCaseFile,
  type Case,
  type CaseFile,
  DEFAULT_REFERENCE_PRICE_LIST_CODE,
  REFERENCE_PRICE_LISTS,
  validateCaseFile,
} from '@kassabon/engine';
import { and, count, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from './audit-repository.ts';
import {
  deleteCase,
  exportCaseFile,
  findCaseByCode,
  importCaseFile,
  listCases,
} from './case-file-repository.ts';
import type { Database, Db } from './create-database.ts';
import { CaseCodeConflictError, findDatabaseError, MixedPriceListsError } from './errors.ts';
import { createOrganisation } from './organisation-repository.ts';
import { withOrganisation } from './organisation-scope.ts';
import {
  auditLog,
  cases,
  interviews,
  lines,
  meetingAttendees,
  meetings,
  participants,
  priceItems,
  priceLists,
  ratings,
  scenarios,
  wellbeing,
} from './schema.ts';
import { createTestDatabase } from './test-database.ts';

const BLIKVELD = JSON.parse(
  readFileSync(new URL('../../../examples/blikveld360-2020.json', import.meta.url), 'utf8'),
) as unknown;

const referenceItem = REFERENCE_PRICE_LISTS[DEFAULT_REFERENCE_PRICE_LIST_CODE]?.items[0];
if (!referenceItem) throw new Error('the default reference list has no items');

/** Uses every field of the format, optional ones absent and present, priced and free lines. */
const PRICED: CaseFile = {
  version: 1,
  priceList: {
    name: 'Prijslijst Oss',
    year: 2024,
    items: [
      {
        code: 'oss-coach',
        name: 'Coach',
        unit: 'hour',
        unitPrice: 85.5,
        financier: 'gemeente-wmo',
        category: 'begeleiding',
        source: 'offerte 2024, "bijlage" {B}\\3',
        priceYear: 2024,
        confidence: 'medium',
      },
      {
        code: 'oss-rent',
        name: 'Huurtoeslag',
        nameEn: 'Rent allowance',
        unit: 'month',
        unitPrice: 250,
        financier: 'rijk-toeslagen',
        transfer: true,
      },
    ],
  },
  referencePriceList: DEFAULT_REFERENCE_PRICE_LIST_CODE,
  cases: [
    {
      code: 'OSS-1',
      title: 'Huishouden met schulden',
      kind: 'household',
      scenarios: [
        {
          kind: 'before',
          date: '2023-01-15',
          statedTotal: 12345.67,
          lines: [
            {
              item: 'oss-coach',
              quantity: 40,
              oneOff: false,
              probability: 0.5,
              confidence: 'low',
              note: '',
            },
            { item: referenceItem.code, quantity: 1.25, label: 'uit de referentielijst' },
            { item: 'oss-rent', quantity: 12, label: 'NULL' },
            {
              label: '{"a",b}',
              amount: 0.1 + 0.2,
              financier: 'overig',
              note: 'aanhalingsteken " backslash \\ accolades {a,b} komma, NULL\nregel 2 é ü 🙂',
            },
          ],
        },
        {
          kind: 'with',
          lines: [
            {
              label: 'Verhuizing',
              amount: 1500,
              financier: 'woningcorporatie',
              oneOff: true,
              investment: false,
              transfer: false,
            },
            {
              label: 'MDO',
              amount: 1000 / 3,
              financier: 'gemeente-overig',
              investment: true,
              note: 'drie uur',
            },
          ],
        },
        {
          kind: 'without',
          lines: [{ label: 'Correctie', amount: -120.5, financier: 'zvw', probability: 0.4 }],
        },
        { kind: 'followup', date: '2024-06-30', lines: [] },
        { kind: 'followup', lines: [{ item: 'oss-coach', quantity: 2 }] },
      ],
      ratings: [
        { role: 'resident', score: 8, participant: 'R1' },
        { role: 'professional', score: 7.5 },
      ],
      wellbeing: [
        { participant: 'R1', moment: 'before', score: 3.5 },
        { participant: 'R1', moment: 'after', score: 8.3 },
      ],
      assumptions: {
        horizonYears: 5,
        dropOff: 0.1,
        attribution: 0.2,
        discountRate: 0.0225,
        discountFirstYear: true,
      },
    },
    { code: 'OSS-2', scenarios: [], assumptions: { attribution: 0.5 } },
  ],
};

/** A case with everything a case record may hold. */
const WHOLE_CASE: Case = {
  code: 'OSS-3',
  title: 'Jongvolwassene zonder inkomen',
  kind: 'individual',
  status: 'closed',
  team: 'Oss-Zuid',
  startedOn: '2024-02-01',
  endedOn: '2024-11-30',
  lifeDomains: ['finances', 'housing', 'substance-use'],
  referral: 'aangemeld door tante',
  referredBy: 'Sociom',
  approachUse: 'breakthrough',
  narrative: { situation: 'Geen adres, geen inkomen.', outcome: 'Een plan dat hij zelf wil.' },
  plan: { wants: 'een eigen plek', can: '', needs: 'bewindvoering' },
  participants: [
    { code: 'R1', role: 'resident', interviewed: false, notInterviewedReason: 'declined' },
    { code: 'P1', role: 'professional', organisation: 'Mooiland', interviewed: true },
    { code: 'P2', role: 'professional' },
  ],
  meetings: [
    { date: '2024-02-10', hours: 1.5, hourlyRate: 80, attendees: ['P2', 'P1', 'R1'] },
    { hours: 1, note: 'evaluatie' },
  ],
  interviews: [
    {
      participant: 'P1',
      date: '2024-12-05',
      rating: 7.5,
      roleBefore: 'huurcontract',
      roleAfter: 'meedenker',
      experience: 'Korte lijntjes.',
      quotes: [
        { text: 'Schotten zijn weg.', consent: true },
        { text: 'Niet citeren.', consent: false },
      ],
      improvementPoints: ['Meer mandaat', 'Duidelijke regie'],
    },
    { participant: 'P2' },
  ],
  barriers: [{ kind: 'cost-sharing-norm', description: 'kostendelersnorm' }, { kind: 'other' }],
  effects: [{ effect: 'trust-in-help', achieved: true, note: 'na twee jaar' }, { effect: 'rust' }],
  scenarios: [{ kind: 'with', lines: [{ item: 'oss-coach', quantity: 10, investment: true }] }],
  ratings: [{ role: 'professional', score: 9, participant: 'P2' }],
};

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await database?.close();
});

async function newOrganisation(): Promise<string> {
  return (await createOrganisation(database.db, `org ${randomUUID()}`)).id;
}

function valid(data: unknown): CaseFile {
  const result = validateCaseFile(data);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.file;
}

/** Reads as the organisation's app does (migration 0003: row-level security). */
function asOrganisation<T>(organisationId: string, run: (db: Db) => Promise<T>): Promise<T> {
  return withOrganisation(database.db, organisationId, run);
}

async function rowsOf(table: PgTable & { organisationId: PgColumn }, organisationId: string) {
  const [row] = await asOrganisation(organisationId, (db) =>
    db.select({ n: count() }).from(table).where(eq(table.organisationId, organisationId)),
  );
  return row?.n ?? 0;
}

async function allRowsOf(organisationId: string) {
  return {
    cases: await rowsOf(cases, organisationId),
    scenarios: await rowsOf(scenarios, organisationId),
    lines: await rowsOf(lines, organisationId),
    ratings: await rowsOf(ratings, organisationId),
    wellbeing: await rowsOf(wellbeing, organisationId),
    priceLists: await rowsOf(priceLists, organisationId),
    priceItems: await rowsOf(priceItems, organisationId),
    audit: await rowsOf(auditLog, organisationId),
  };
}

function copy<T>(value: T): T {
  return structuredClone(value);
}

describe('importCaseFile and exportCaseFile', { timeout: 60_000 }, () => {
  it('round-trips the Blikveld360 example: the same file and the same analysis', async () => {
    const organisationId = await newOrganisation();
    const original = valid(BLIKVELD);
    const codes = await importCaseFile(database.db, {
      organisationId,
      caseFile: original,
      mode: 'create',
      actor: 'test',
    });
    expect(codes).toEqual(original.cases.map((caseRecord) => caseRecord.code));

    const exported = await exportCaseFile(database.db, { organisationId });
    const revalidated = valid(exported);
    expect(revalidated).toEqual(original);
    expect(JSON.stringify(revalidated)).toBe(JSON.stringify(original));
    expect(JSON.stringify(analyseCaseFile(revalidated))).toBe(
      JSON.stringify(analyseCaseFile(original)),
    );
  });

  it('round-trips a file with its own price list, reference items and every field', async () => {
    const organisationId = await newOrganisation();
    const original = valid({ ...PRICED, cases: [...PRICED.cases, WHOLE_CASE] });
    await importCaseFile(database.db, {
      organisationId,
      caseFile: original,
      mode: 'create',
      actor: 'test',
    });
    const exported = valid(await exportCaseFile(database.db, { organisationId }));
    expect(JSON.stringify(exported)).toBe(JSON.stringify(original));
    expect(JSON.stringify(analyseCaseFile(exported))).toBe(
      JSON.stringify(analyseCaseFile(original)),
    );

    const [list] = await asOrganisation(organisationId, (db) =>
      db.select().from(priceLists).where(eq(priceLists.organisationId, organisationId)),
    );
    expect(list).toMatchObject({ name: 'Prijslijst Oss', year: 2024, version: 1, active: false });
  });

  it('exports only the listed codes, and only the price items their lines use', async () => {
    const organisationId = await newOrganisation();
    const file = copy(PRICED);
    file.priceList?.items.push({
      code: 'oss-unused',
      name: 'Niet gebruikt',
      unit: 'once',
      unitPrice: 1,
      financier: 'overig',
    });
    const second = copy(PRICED.cases[0]);
    if (!second) throw new Error('fixture');
    second.code = 'OSS-3';
    second.scenarios = [{ kind: 'with', lines: [{ item: 'oss-rent', quantity: 1 }] }];
    file.cases.push(second);
    await importCaseFile(database.db, {
      organisationId,
      caseFile: valid(file),
      mode: 'create',
      actor: 'test',
    });

    const exported = await exportCaseFile(database.db, {
      organisationId,
      codes: ['OSS-3', 'nope'],
    });
    expect(exported.cases.map((caseRecord) => caseRecord.code)).toEqual(['OSS-3']);
    expect(exported.priceList?.items.map((item) => item.code)).toEqual(['oss-rent']);
    expect(exported.referencePriceList).toBe(DEFAULT_REFERENCE_PRICE_LIST_CODE);
    const all = await exportCaseFile(database.db, { organisationId });
    // The reference item is not copied: the file names the reference list.
    expect(all.priceList?.items.map((item) => item.code)).toEqual(['oss-coach', 'oss-rent']);
    expect(await exportCaseFile(database.db, { organisationId, codes: [] })).toEqual({
      version: 1,
      cases: [],
    });
  });

  it('exports cases of several files as one file that analyses the same', async () => {
    const organisationId = await newOrganisation();
    const own: CaseFile = {
      version: 1,
      priceList: {
        year: 2023,
        items: [{ code: 'x', name: 'X', unit: 'year', unitPrice: 100, financier: 'zvw' }],
      },
      cases: [{ code: 'A', scenarios: [{ kind: 'with', lines: [{ item: 'x', quantity: 2 }] }] }],
    };
    const reference: CaseFile = {
      version: 1,
      cases: [
        {
          code: 'B',
          scenarios: [{ kind: 'with', lines: [{ item: referenceItem.code, quantity: 3 }] }],
        },
      ],
    };
    for (const caseFile of [own, reference])
      await importCaseFile(database.db, { organisationId, caseFile, mode: 'create', actor: 't' });

    const exported = valid(await exportCaseFile(database.db, { organisationId }));
    // One own list (unnamed: no name) plus the default reference list, named explicitly.
    expect(exported.priceList).toEqual(own.priceList);
    expect(exported.referencePriceList).toBe(DEFAULT_REFERENCE_PRICE_LIST_CODE);
    expect(analyseCaseFile(exported).cases).toEqual([
      ...analyseCaseFile(own).cases,
      ...analyseCaseFile(reference).cases,
    ]);

    // Only reference items: no priceList, and the default reference list goes unnamed.
    expect(await exportCaseFile(database.db, { organisationId, codes: ['B'] })).toEqual(reference);
  });

  it('refuses to export cases that price one item code differently', async () => {
    const organisationId = await newOrganisation();
    const priced = (code: string, unitPrice: number): CaseFile => ({
      version: 1,
      priceList: {
        name: 'lokaal',
        year: 2024,
        items: [{ code: 'x', name: 'X', unit: 'year', unitPrice, financier: 'zvw' }],
      },
      cases: [{ code, scenarios: [{ kind: 'with', lines: [{ item: 'x', quantity: 1 }] }] }],
    });
    await importCaseFile(database.db, {
      organisationId,
      caseFile: priced('A', 100),
      mode: 'create',
      actor: 't',
    });
    await importCaseFile(database.db, {
      organisationId,
      caseFile: priced('B', 200),
      mode: 'create',
      actor: 't',
    });

    const error = await exportCaseFile(database.db, { organisationId }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MixedPriceListsError);
    expect(error).toMatchObject({
      code: 'mixed-price-lists',
      itemCode: 'x',
      caseCodes: ['A', 'B'],
    });
    // Each on its own exports fine, with its own version of the list.
    const b = await exportCaseFile(database.db, { organisationId, codes: ['B'] });
    expect(b.priceList?.items[0]?.unitPrice).toBe(200);
    const versions = await asOrganisation(organisationId, (db) =>
      db
        .select({ version: priceLists.version })
        .from(priceLists)
        .where(and(eq(priceLists.organisationId, organisationId), eq(priceLists.name, 'lokaal')))
        .orderBy(priceLists.version),
    );
    expect(versions.map((row) => row.version)).toEqual([1, 2]);
  });

  it('round-trips a file of many cases (where the import refreshes statistics)', async () => {
    const organisationId = await newOrganisation();
    const many: CaseFile = {
      version: 1,
      cases: Array.from({ length: 150 }, (_, index) => ({
        code: `M-${String(index).padStart(3, '0')}`,
        scenarios: (['before', 'with', 'without'] as const).map((kind, position) => ({
          kind,
          lines: Array.from({ length: 5 }, (_, line) => ({
            label: `regel ${line}`,
            amount: index * 100 + position * 10 + line,
            financier: 'gemeente-wmo',
          })),
        })),
        ratings: [{ role: 'resident', score: (index % 10) + 1 }],
      })),
    };
    await importCaseFile(database.db, {
      organisationId,
      caseFile: many,
      mode: 'create',
      actor: 't',
    });
    expect(await exportCaseFile(database.db, { organisationId })).toEqual(many);
  });

  it('writes one audit entry per imported case', async () => {
    const organisationId = await newOrganisation();
    await importCaseFile(database.db, {
      organisationId,
      caseFile: valid(PRICED),
      mode: 'create',
      actor: 'user:42',
    });
    const entries = await listAudit(database.db, { organisationId, limit: 10 });
    expect(entries.map((entry) => entry.entityId).sort()).toEqual(['OSS-1', 'OSS-2']);
    for (const entry of entries)
      expect(entry).toMatchObject({ actor: 'user:42', action: 'import', entity: 'case' });
  });
});

describe('import is all or nothing', { timeout: 60_000 }, () => {
  it('refuses existing codes in mode "create", naming them, and writes nothing', async () => {
    const organisationId = await newOrganisation();
    await importCaseFile(database.db, {
      organisationId,
      caseFile: valid(PRICED),
      mode: 'create',
      actor: 't',
    });
    const before = await allRowsOf(organisationId);

    const file = copy(PRICED);
    file.cases.unshift({ code: 'NEW-1', scenarios: [] });
    const error = await importCaseFile(database.db, {
      organisationId,
      caseFile: valid(file),
      mode: 'create',
      actor: 't',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaseCodeConflictError);
    expect(error).toMatchObject({ code: 'case-code-conflict', codes: ['OSS-1', 'OSS-2'] });
    expect(await allRowsOf(organisationId)).toEqual(before);
    expect(await findCaseByCode(database.db, { organisationId, code: 'NEW-1' })).toBeUndefined();
  });

  it('leaves no rows when a later case breaks a database rule', async () => {
    const organisationId = await newOrganisation();
    const file = copy(PRICED);
    // Valid to the type, but a case has at most one "with" scenario.
    file.cases.push({
      code: 'OSS-9',
      scenarios: [
        { kind: 'with', lines: [] },
        { kind: 'with', lines: [] },
      ],
    });
    const error = await importCaseFile(database.db, {
      organisationId,
      caseFile: file,
      mode: 'create',
      actor: 't',
    }).catch((e: unknown) => e);
    // The cases went in; their scenarios failed: the transaction took the cases back out.
    expect(findDatabaseError(error)?.constraint).toBe('scenarios_case_kind');
    expect(await allRowsOf(organisationId)).toEqual({
      cases: 0,
      scenarios: 0,
      lines: 0,
      ratings: 0,
      wellbeing: 0,
      priceLists: 0,
      priceItems: 0,
      audit: 0,
    });
  });

  it('replaces existing cases in mode "replace"', async () => {
    const organisationId = await newOrganisation();
    await importCaseFile(database.db, {
      organisationId,
      caseFile: valid(PRICED),
      mode: 'create',
      actor: 't',
    });
    const replacement: CaseFile = {
      version: 1,
      cases: [
        {
          code: 'OSS-1',
          title: 'Nieuwe titel',
          scenarios: [{ kind: 'with', lines: [{ label: 'MDO', amount: 10, financier: 'zvw' }] }],
        },
      ],
    };
    const codes = await importCaseFile(database.db, {
      organisationId,
      caseFile: replacement,
      mode: 'replace',
      actor: 't',
    });
    expect(codes).toEqual(['OSS-1']);

    const exported = await exportCaseFile(database.db, { organisationId, codes: ['OSS-1'] });
    expect(exported).toEqual(replacement);
    const rows = await allRowsOf(organisationId);
    // OSS-2 stays; OSS-1's old scenarios, lines, ratings and wellbeing are gone.
    expect(rows).toMatchObject({ cases: 2, scenarios: 1, lines: 1, ratings: 0, wellbeing: 0 });
    const [latest] = await listAudit(database.db, { organisationId, limit: 1 });
    expect(latest).toMatchObject({
      action: 'import',
      entityId: 'OSS-1',
      changes: { mode: 'replace', replaced: true },
    });
  });
});

describe('cases of an organisation', { timeout: 60_000 }, () => {
  it('lists with search, filters and paging', async () => {
    const organisationId = await newOrganisation();
    const file: CaseFile = {
      version: 1,
      cases: [
        { code: 'C-1', title: 'Schulden en werk', kind: 'individual', scenarios: [] },
        { code: 'C-2', title: '100% schuldhulp_traject', kind: 'household', scenarios: [] },
        { code: 'C-3', scenarios: [] },
      ],
    };
    await importCaseFile(database.db, {
      organisationId,
      caseFile: file,
      mode: 'create',
      actor: 't',
    });

    const page = await listCases(database.db, { organisationId, limit: 2, offset: 0 });
    expect(page.total).toBe(3);
    expect(page.items.map((item) => item.code)).toEqual(['C-1', 'C-2']);
    expect(page.items[0]).toMatchObject({
      title: 'Schulden en werk',
      kind: 'individual',
      status: 'open',
      version: 1,
    });
    expect(page.items[0]?.updatedAt).toBeInstanceOf(Date);

    const search = (q: string) =>
      listCases(database.db, { organisationId, q, limit: 10, offset: 0 }).then((result) =>
        result.items.map((item) => item.code),
      );
    expect(await search('SCHULD')).toEqual(['C-1', 'C-2']);
    expect(await search('c-3')).toEqual(['C-3']);
    expect(await search('%')).toEqual(['C-2']);
    expect(await search('_')).toEqual(['C-2']);
    const households = await listCases(database.db, {
      organisationId,
      kind: 'household',
      status: 'open',
      limit: 10,
      offset: 0,
    });
    expect(households).toMatchObject({ total: 1, items: [{ code: 'C-2' }] });
    expect(
      await listCases(database.db, { organisationId, status: 'closed', limit: 10, offset: 0 }),
    ).toEqual({ items: [], total: 0 });
  });

  it('deletes a case with everything in it, and audits the deletion', async () => {
    const organisationId = await newOrganisation();
    await importCaseFile(database.db, {
      organisationId,
      caseFile: valid(PRICED),
      mode: 'create',
      actor: 't',
    });
    const found = await findCaseByCode(database.db, { organisationId, code: 'OSS-1' });
    if (!found) throw new Error('imported case not found');
    const caseId = found.id;
    const participantId = randomUUID();
    const meetingId = randomUUID();
    await asOrganisation(organisationId, async (db) => {
      await db
        .insert(participants)
        .values({ organisationId, caseId, id: participantId, code: 'R1', role: 'resident' });
      await db
        .insert(meetings)
        .values({ organisationId, caseId, id: meetingId, hours: 1.5, hourlyRate: 90 });
      await db.insert(meetingAttendees).values({ organisationId, meetingId, participantId });
      await db.insert(interviews).values({
        organisationId,
        caseId,
        participantId,
        role: 'resident',
        rating: 8,
        quotes: [{ text: 'Eindelijk één plan.', consent: true }],
        improvementPoints: ['sneller beginnen'],
      });
    });

    expect(await deleteCase(database.db, { organisationId, code: 'OSS-1', actor: 'user:7' })).toBe(
      true,
    );
    expect(await findCaseByCode(database.db, { organisationId, code: 'OSS-1' })).toBeUndefined();
    expect(await rowsOf(participants, organisationId)).toBe(0);
    expect(await rowsOf(meetings, organisationId)).toBe(0);
    expect(await rowsOf(meetingAttendees, organisationId)).toBe(0);
    expect(await rowsOf(interviews, organisationId)).toBe(0);
    expect(await allRowsOf(organisationId)).toMatchObject({ cases: 1, scenarios: 0, lines: 0 });
    const [latest] = await listAudit(database.db, { organisationId, limit: 1 });
    expect(latest).toMatchObject({
      actor: 'user:7',
      action: 'delete',
      entity: 'case',
      entityId: 'OSS-1',
    });
    expect(await deleteCase(database.db, { organisationId, code: 'OSS-1', actor: 't' })).toBe(
      false,
    );
  });

  it('keeps organisations apart: another cannot list, find, export or delete them', async () => {
    const owner = await newOrganisation();
    const other = await newOrganisation();
    await importCaseFile(database.db, {
      organisationId: owner,
      caseFile: valid(PRICED),
      mode: 'create',
      actor: 't',
    });

    expect(await listCases(database.db, { organisationId: other, limit: 10, offset: 0 })).toEqual({
      items: [],
      total: 0,
    });
    expect(await findCaseByCode(database.db, { organisationId: other, code: 'OSS-1' })).toBe(
      undefined,
    );
    expect(await exportCaseFile(database.db, { organisationId: other })).toEqual({
      version: 1,
      cases: [],
    });
    expect(await exportCaseFile(database.db, { organisationId: other, codes: ['OSS-1'] })).toEqual({
      version: 1,
      cases: [],
    });
    expect(
      await deleteCase(database.db, { organisationId: other, code: 'OSS-1', actor: 't' }),
    ).toBe(false);
    expect(
      (await listCases(database.db, { organisationId: owner, limit: 10, offset: 0 })).total,
    ).toBe(2);

    // The same codes are free in the other organisation, and stay apart.
    await importCaseFile(database.db, {
      organisationId: other,
      caseFile: { version: 1, cases: [{ code: 'OSS-1', title: 'van de ander', scenarios: [] }] },
      mode: 'create',
      actor: 't',
    });
    const mine = await exportCaseFile(database.db, { organisationId: owner, codes: ['OSS-1'] });
    expect(mine.cases[0]?.title).toBe('Huishouden met schulden');
    expect(await listAudit(database.db, { organisationId: other, limit: 10 })).toHaveLength(1);
  });
});
