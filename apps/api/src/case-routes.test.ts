import { readFileSync } from 'node:fs';
import { createTestDatabase, type Database, listAudit } from '@kassabon/db';
import { analyseCaseFile, validateCaseFile } from '@kassabon/engine';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type App, buildApp } from './build-app.ts';
import { createTestOrganisation, type TestOrganisation } from './test-organisation.ts';

const example = readFileSync(
  new URL('../../../examples/blikveld360-2020.json', import.meta.url),
  'utf8',
);

let database: Database;
let app: App;
let org: TestOrganisation;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp({ database });
}, 120_000);
afterAll(async () => {
  await app.close();
  await database.close();
});
beforeEach(async () => {
  org = await createTestOrganisation(database);
});

/** A case as an analyst types it in: a story, people, an MDO and three receipts. */
function newCase(code = 'K-1') {
  return {
    code,
    title: 'Inwoner met schulden',
    kind: 'individual',
    team: 'Noord',
    startedOn: '2025-01-10',
    lifeDomains: ['finances', 'mental-health'],
    approachUse: 'breakthrough',
    narrative: { situation: 'Schulden, geen werk.' },
    plan: { wants: 'werken', needs: 'rust' },
    participants: [
      { code: 'R1', role: 'resident', interviewed: true },
      { code: 'P1', role: 'professional', organisation: 'GGZ' },
    ],
    meetings: [{ date: '2025-01-20', hours: 2, hourlyRate: 80, attendees: ['R1', 'P1'] }],
    interviews: [
      {
        participant: 'R1',
        rating: 8,
        quotes: [{ text: 'Eindelijk één plan.', consent: true }],
        improvementPoints: ['Meer mandaat'],
      },
    ],
    barriers: [{ kind: 'not-purchased' }],
    effects: [{ effect: 'self-reliance', achieved: true }],
    scenarios: [
      {
        kind: 'before',
        lines: [{ label: 'Bijstand', amount: 13000, financier: 'gemeente-participatiewet' }],
      },
      {
        kind: 'with',
        lines: [
          { label: 'MDO', amount: 320, financier: 'gemeente-overig', investment: true },
          { label: 'Bijstand', amount: 3250, financier: 'gemeente-participatiewet' },
        ],
      },
      {
        kind: 'without',
        lines: [
          { label: 'Bijstand', amount: 13000, financier: 'gemeente-participatiewet' },
          { label: 'Opname', amount: 9570, financier: 'zvw', probability: 0.5 },
        ],
      },
    ],
  };
}

async function send(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  headers: Record<string, string>,
  payload?: unknown,
  extra: Record<string, string> = {},
) {
  return app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...headers, ...extra },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

describe('a case, one at a time', () => {
  it('creates a case, answers it whole with its version, and analyses it', async () => {
    const created = await send('POST', '/cases', org.token.analyst, newCase());
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.headers.location).toBe('/api/v1/cases/K-1');
    expect(created.json()).toMatchObject({
      code: 'K-1',
      version: 1,
      pricing: { priceListId: null, referencePriceList: 'nl-sociaal-domein-2025' },
      participants: [{ code: 'R1', userId: null }, { code: 'P1' }],
      interviews: [{ participant: 'R1', rating: 8 }],
    });

    const read = await send('GET', '/cases/K-1', org.token.analyst);
    expect(read.json()).toEqual(created.json());
    const analysis = await send('GET', '/cases/K-1/analysis', org.token.analyst);
    expect(analysis.json().savings.vsWithout).toBeCloseTo(13000 + 9570 * 0.5 - 3570, 6);
    expect(analysis.json().savings.vsBefore).toBeCloseTo(13000 - 3570, 6);
  });

  it('refuses a bad case with every problem and its path, and stores nothing', async () => {
    const bad = newCase();
    Object.assign(bad, { naam: 'Jan' });
    bad.interviews[0] = { ...bad.interviews[0], participant: 'X1' } as never;
    bad.scenarios[1]?.lines.push({ label: 'Te veel', amount: 'veel', financier: 'zvw' } as never);
    const response = await send('POST', '/cases', org.token.analyst, bad);
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().errors.map((error: { path: string }) => error.path)).toEqual(['naam']);

    delete (bad as Record<string, unknown>).naam;
    const again = await send('POST', '/cases', org.token.analyst, bad);
    expect(again.json().errors).toEqual([
      {
        path: 'interviews[0].participant',
        message: 'unknown participant "X1" (the case\'s participants: "R1", "P1")',
      },
      { path: 'scenarios[1].lines[2].amount', message: 'must be a number (got text "veel")' },
    ]);
    expect((await send('GET', '/cases', org.token.analyst)).json().total).toBe(0);
  });

  it('replaces a case with the version it read, and refuses a stale write', async () => {
    await send('POST', '/cases', org.token.analyst, newCase());
    const changed = { ...newCase(), title: 'Nieuwe titel', version: 1 };
    const first = await send('PUT', '/cases/K-1', org.token.analyst, changed);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ title: 'Nieuwe titel', version: 2 });

    const stale = await send('PUT', '/cases/K-1', org.token.admin, { ...changed, title: 'Oud' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().title).toMatch(
      /changed since you read it \(you read version 1, it is now at 2\)/,
    );
    expect(stale.json()).toMatchObject({
      conflict: 'stale-version',
      readVersion: 1,
      currentVersion: 2,
    });
    expect((await send('GET', '/cases/K-1', org.token.analyst)).json().title).toBe('Nieuwe titel');

    const noVersion = await send('PUT', '/cases/K-1', org.token.analyst, newCase());
    expect(noVersion.statusCode).toBe(422);
    expect(noVersion.json().errors).toEqual([
      { path: 'version', message: 'is required: the version you read' },
    ]);
  });

  it('renames a case with PUT, and refuses a code that is taken', async () => {
    await send('POST', '/cases', org.token.analyst, newCase('K-1'));
    await send('POST', '/cases', org.token.analyst, newCase('K-2'));
    const taken = await send('PUT', '/cases/K-2', org.token.analyst, {
      ...newCase('K-1'),
      version: 1,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({
      conflict: 'code-taken',
      errors: [{ path: 'code', message: 'a case with code "K-1" exists already' }],
    });
    const created = await send('POST', '/cases', org.token.analyst, newCase('K-2'));
    expect(created.statusCode).toBe(409);
    expect(created.json().conflict).toBe('code-taken');
    const renamed = await send('PUT', '/cases/K-2', org.token.analyst, {
      ...newCase('K-3'),
      version: 1,
    });
    expect(renamed.json()).toMatchObject({ code: 'K-3', version: 2 });
    expect((await send('GET', '/cases/K-2', org.token.analyst)).statusCode).toBe(404);
  });

  it('patches part of a case with a merge patch', async () => {
    await send('POST', '/cases', org.token.analyst, newCase());
    const patched = await send(
      'PATCH',
      '/cases/K-1',
      org.token.analyst,
      JSON.stringify({
        version: 1,
        status: 'closed',
        plan: { can: 'afspraken nakomen', needs: null },
      }),
      { 'content-type': 'application/merge-patch+json' },
    );
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      status: 'closed',
      plan: { wants: 'werken', can: 'afspraken nakomen' },
      version: 2,
    });
    expect(patched.json().plan.needs).toBeUndefined();
    expect(patched.json().scenarios).toHaveLength(3);
  });

  it('deletes a case with everything in it, and audits changes by path only', async () => {
    await send('POST', '/cases', org.token.analyst, newCase());
    await send('PUT', '/cases/K-1', org.token.analyst, {
      ...newCase(),
      narrative: { situation: 'Een naam die niet in het logboek mag.' },
      version: 1,
    });
    expect((await send('DELETE', '/cases/K-1', org.token.professional)).statusCode).toBe(403);
    expect((await send('DELETE', '/cases/K-1', org.token.analyst)).statusCode).toBe(204);
    expect((await send('GET', '/cases/K-1', org.token.analyst)).statusCode).toBe(404);
    expect((await send('DELETE', '/cases/K-1', org.token.analyst)).statusCode).toBe(404);
    const audit = await listAudit(database.db, { organisationId: org.id, limit: 10 });
    expect(audit.map((entry) => entry.action)).toEqual(['delete', 'update', 'create']);
    expect(audit[1]?.changes).toEqual({ version: 2, fields: ['narrative.situation'] });
    expect(JSON.stringify(audit)).not.toContain('niet in het logboek');
  });
});

describe('the lists inside a case', () => {
  it('adds, reads, replaces and removes a line, and the analysis follows', async () => {
    await send('POST', '/cases', org.token.analyst, newCase());
    const added = await send('POST', '/cases/K-1/scenarios/1/lines', org.token.analyst, {
      item: 'pw_alleenstaand_mnd_2025',
      quantity: 3,
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ index: 2, version: 2 });
    const withLine = (await send('GET', '/cases/K-1/analysis', org.token.analyst)).json();

    const line = await send('GET', '/cases/K-1/scenarios/1/lines/2', org.token.analyst);
    expect(line.json()).toEqual({ item: 'pw_alleenstaand_mnd_2025', quantity: 3 });
    expect(line.headers.etag).toBe('"2"');

    const replaced = await send(
      'PUT',
      '/cases/K-1/scenarios/1/lines/2',
      org.token.analyst,
      { item: 'pw_alleenstaand_mnd_2025', quantity: 6 },
      { 'if-match': '"2"' },
    );
    expect(replaced.json()).toMatchObject({ index: 2, version: 3, item: { quantity: 6 } });
    const doubled = (await send('GET', '/cases/K-1/analysis', org.token.analyst)).json();
    const monthly = withLine.totals.with - 3570;
    expect(doubled.totals.with - 3570).toBeCloseTo(monthly * 2, 6);

    const stale = await send(
      'DELETE',
      '/cases/K-1/scenarios/1/lines/2',
      org.token.analyst,
      undefined,
      {
        'if-match': '"2"',
      },
    );
    expect(stale.statusCode).toBe(409);
    const removed = await send('DELETE', '/cases/K-1/scenarios/1/lines/2', org.token.analyst);
    expect(removed.statusCode).toBe(204);
    expect(removed.headers.etag).toBe('"4"');
    expect(
      (await send('GET', '/cases/K-1/scenarios/1/lines', org.token.analyst)).json().items,
    ).toHaveLength(2);
    expect(
      (await send('GET', '/cases/K-1/scenarios/1/lines/2', org.token.analyst)).statusCode,
    ).toBe(404);
    expect((await send('GET', '/cases/K-1/scenarios/9/lines', org.token.analyst)).statusCode).toBe(
      404,
    );
  });

  it('checks an entry against the whole case: a second "with" or an unknown attendee', async () => {
    await send('POST', '/cases', org.token.analyst, newCase());
    const second = await send('POST', '/cases/K-1/scenarios', org.token.analyst, {
      kind: 'with',
      lines: [],
    });
    expect(second.statusCode).toBe(422);
    expect(second.json().errors[0]).toEqual({
      path: 'scenarios[3].kind',
      message: 'a case has at most one "with" scenario (also scenarios[1])',
    });
    const meeting = await send('POST', '/cases/K-1/meetings', org.token.analyst, {
      hours: 1,
      attendees: ['P9'],
    });
    expect(meeting.json().errors[0].path).toBe('meetings[1].attendees[0]');
    const barrier = await send('POST', '/cases/K-1/barriers', org.token.analyst, {
      kind: 'urgency-rules',
      description: 'geen urgentie',
    });
    expect(barrier.statusCode).toBe(201);
    expect((await send('GET', '/cases/K-1/barriers', org.token.analyst)).json().items).toEqual([
      { kind: 'not-purchased' },
      { kind: 'urgency-rules', description: 'geen urgentie' },
    ]);
  });
});

describe('the case list', () => {
  it('filters, pages and sorts by savings as the engine computes them', async () => {
    await app.inject({
      method: 'POST',
      url: '/api/v1/import',
      headers: { ...org.token.analyst, 'content-type': 'application/json' },
      payload: example,
    });
    const parsed = validateCaseFile(JSON.parse(example));
    if (!parsed.ok) throw new Error('the example is not valid');
    const expected = analyseCaseFile(parsed.file)
      .cases.filter((analysis) => analysis.savings.vsWithout !== null)
      .sort((a, b) => (b.savings.vsWithout ?? 0) - (a.savings.vsWithout ?? 0));

    const bySavings = (await send('GET', '/cases?sort=savings&limit=3', org.token.analyst)).json();
    expect(bySavings.total).toBe(10);
    expect(bySavings.items.map((item: { code: string }) => item.code)).toEqual(
      expected.slice(0, 3).map((analysis) => analysis.code),
    );
    expect(bySavings.items[0].savingsVsWithout).toBeCloseTo(expected[0]?.savings.vsWithout ?? 0, 6);

    const page = (await send('GET', '/cases?limit=4&offset=8', org.token.analyst)).json();
    expect(page.items.map((item: { code: string }) => item.code)).toEqual(['B360-09', 'B360-10']);
    const search = (await send('GET', '/cases?q=b360-0', org.token.analyst)).json();
    expect(search.total).toBe(9);
    const bad = await send('GET', '/cases?sort=name', org.token.analyst);
    expect(bad.statusCode).toBe(422);
  });

  it('filters on team, use of the approach and period', async () => {
    await send('POST', '/cases', org.token.analyst, newCase('A'));
    await send('POST', '/cases', org.token.analyst, {
      ...newCase('B'),
      team: 'Zuid',
      approachUse: 'preventive',
      startedOn: '2023-03-01',
      endedOn: '2023-12-31',
    });
    const codes = async (query: string) =>
      (await send('GET', `/cases?${query}`, org.token.analyst))
        .json()
        .items.map((item: { code: string }) => item.code);
    expect(await codes('team=Zuid')).toEqual(['B']);
    expect(await codes('approachUse=breakthrough')).toEqual(['A']);
    expect(await codes('from=2024-01-01&to=2025-12-31')).toEqual(['A']);
    expect(await codes('from=2023-06-01&to=2023-06-30')).toEqual(['B']);
    expect((await send('GET', '/teams', org.token.analyst)).json().teams).toEqual([
      'Noord',
      'Zuid',
    ]);
  });
});

describe('who may do what with cases', () => {
  it('shows a professional only the cases they take part in, and lets them edit those', async () => {
    const professional = await org.signIn('professional');
    const members = (await send('GET', '/members', org.token.admin)).json().members;
    expect(members.map((member: { userId: string }) => member.userId)).toContain(
      professional.userId,
    );
    const theirs = newCase('THEIRS');
    theirs.participants[1] = { ...theirs.participants[1], userId: professional.userId } as never;
    await send('POST', '/cases', org.token.analyst, theirs);
    await send('POST', '/cases', org.token.analyst, newCase('OTHER'));

    const list = (await send('GET', '/cases', professional.headers)).json();
    expect(list.items.map((item: { code: string }) => item.code)).toEqual(['THEIRS']);
    expect((await send('GET', '/cases/OTHER', professional.headers)).statusCode).toBe(404);
    expect((await send('GET', '/cases/OTHER/analysis', professional.headers)).statusCode).toBe(404);
    expect((await send('GET', '/analysis', professional.headers)).json().portfolio.cases).toBe(1);
    const exported = (await send('GET', '/export', professional.headers)).json();
    expect(exported.cases.map((c: { code: string }) => c.code)).toEqual(['THEIRS']);

    const edited = await send('PATCH', '/cases/THEIRS', professional.headers, {
      version: 1,
      title: 'Door de professional',
    });
    expect(edited.statusCode).toBe(200);
    expect(
      (await send('PATCH', '/cases/OTHER', professional.headers, { version: 1 })).statusCode,
    ).toBe(404);

    const created = await send('POST', '/cases', professional.headers, newCase('NEW'));
    expect(created.json().participants.at(-1)).toEqual({
      code: 'P2',
      role: 'professional',
      userId: professional.userId,
    });
    expect((await send('GET', '/cases/NEW', professional.headers)).statusCode).toBe(200);
  });

  it('lets only admins and analysts link a participant to a user account', async () => {
    const professional = await org.signIn('professional');
    const colleague = await org.signIn('professional');
    const theirs = newCase('THEIRS');
    theirs.participants[1] = { ...theirs.participants[1], userId: professional.userId } as never;
    await send('POST', '/cases', org.token.analyst, theirs);
    const read = (await send('GET', '/cases/THEIRS', professional.headers)).json();
    const { updatedAt: _updatedAt, ...document } = read;

    const linking = {
      ...document,
      participants: [
        ...read.participants,
        { code: 'P9', role: 'professional', userId: colleague.userId },
      ],
    };
    const refused = await send('PUT', '/cases/THEIRS', professional.headers, linking);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([
      {
        path: 'participants[2].userId',
        message: 'only admins and analysts link a participant to a user account',
      },
    ]);
    const created = await send('POST', '/cases', professional.headers, {
      ...newCase('NEW'),
      participants: [{ code: 'P1', role: 'professional', userId: colleague.userId }],
    });
    expect(created.statusCode).toBe(422);

    // Keeping their own link while renaming the participant is an edit like any other.
    const renamed = {
      ...document,
      participants: read.participants.map((participant: { code: string }) =>
        participant.code === 'P1' ? { ...participant, code: 'P7' } : participant,
      ),
      meetings: [{ date: '2025-01-20', hours: 2, hourlyRate: 80, attendees: ['R1', 'P7'] }],
    };
    expect((await send('PUT', '/cases/THEIRS', professional.headers, renamed)).statusCode).toBe(
      200,
    );
    const byAnalyst = await send('PUT', '/cases/THEIRS', org.token.analyst, {
      ...linking,
      version: 2,
      meetings: renamed.meetings,
      participants: [
        ...renamed.participants,
        { code: 'P9', role: 'professional', userId: colleague.userId },
      ],
    });
    expect(byAnalyst.statusCode).toBe(200);
  });

  it('refuses to link a participant to someone outside the organisation', async () => {
    const outsider = await (await createTestOrganisation(database)).signIn('professional');
    const linked = newCase();
    linked.participants[1] = { ...linked.participants[1], userId: outsider.userId } as never;
    const response = await send('POST', '/cases', org.token.analyst, linked);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      { path: 'participants[1].userId', message: 'is not a member of this organisation' },
    ]);
  });

  it('keeps viewers to the portfolio, and a professional token without an account to nothing', async () => {
    await send('POST', '/cases', org.token.analyst, newCase());
    expect((await send('GET', '/cases', org.token.viewer)).statusCode).toBe(403);
    expect((await send('GET', '/cases/K-1', org.token.viewer)).statusCode).toBe(403);
    expect((await send('POST', '/cases', org.token.viewer, newCase('V'))).statusCode).toBe(403);
    expect((await send('GET', '/members', org.token.viewer)).statusCode).toBe(403);
    expect((await send('GET', '/cases', org.token.professional)).json().total).toBe(0);
    expect((await send('GET', '/cases/K-1', org.token.professional)).statusCode).toBe(404);
  });
});

describe('the portfolio monitor', () => {
  it('adds up what the cases have in common, filtered, and keeps quotes from viewers', async () => {
    for (const code of ['M-1', 'M-2', 'M-3', 'M-4', 'M-5'])
      await send('POST', '/cases', org.token.analyst, newCase(code));
    await send('POST', '/cases', org.token.analyst, { ...newCase('Z-1'), team: 'Zuid' });

    const all = (await send('GET', '/portfolio', org.token.analyst)).json();
    expect(all.portfolio.cases).toBe(6);
    expect(all.monitor.barriers).toEqual([{ kind: 'not-purchased', cases: 6 }]);
    expect(all.monitor.improvementPoints).toEqual([{ text: 'Meer mandaat', count: 6 }]);
    expect(all.monitor.avoidedLines[0]).toMatchObject({ label: 'Bijstand', cases: 6 });
    expect(all.monitor.avoidedLines[0].amount).toBeCloseTo(6 * (13000 - 3250), 6);
    expect(all.monitor.quotes).toHaveLength(6);
    expect(all.monitor.savingsDistribution.bins).toEqual([expect.objectContaining({ cases: 6 })]);

    const north = (await send('GET', '/portfolio?team=Noord', org.token.analyst)).json();
    expect(north.portfolio.cases).toBe(5);
    const viewer = await send('GET', '/portfolio?team=Noord', org.token.viewer);
    expect(viewer.statusCode).toBe(200);
    expect(viewer.json().monitor.quotes).toEqual([]);
    expect(viewer.json().monitor.barriers).toEqual([{ kind: 'not-purchased', cases: 5 }]);
    expect((await send('GET', '/portfolio?team=Zuid', org.token.viewer)).statusCode).toBe(403);
  });
});

describe('cases priced from an own price list', () => {
  it('are analysed again when an item of their list changes price', async () => {
    const list = await send('POST', '/price-lists', org.token.analyst, {
      name: 'Eigen lijst',
      year: 2025,
    });
    expect(list.statusCode).toBe(201);
    const listId = list.json().id;
    const item = {
      code: 'coach-uur',
      name: 'Coach',
      unit: 'hour',
      unitPrice: 80,
      financier: 'gemeente-wmo',
    };
    await send('POST', `/price-lists/${listId}/items`, org.token.analyst, item);
    await send('POST', `/price-lists/${listId}/activate`, org.token.admin);
    const created = await send('POST', '/cases', org.token.analyst, {
      code: 'EIGEN',
      scenarios: [{ kind: 'with', lines: [{ item: 'coach-uur', quantity: 10 }] }],
    });
    expect(created.json().pricing.priceListId).toBe(listId);
    expect((await send('GET', '/cases/EIGEN/analysis', org.token.analyst)).json().totals.with).toBe(
      800,
    );
    await send('PUT', `/price-lists/${listId}/items/coach-uur`, org.token.analyst, {
      ...item,
      unitPrice: 90,
    });
    expect((await send('GET', '/cases/EIGEN/analysis', org.token.analyst)).json().totals.with).toBe(
      900,
    );
    const unknown = await send('POST', '/cases/EIGEN/scenarios/0/lines', org.token.analyst, {
      item: 'bestaat-niet',
      quantity: 1,
    });
    expect(unknown.json().errors[0]).toEqual({
      path: 'scenarios[0].lines[1].item',
      message: 'unknown price-list item "bestaat-niet"',
    });
  });
});
