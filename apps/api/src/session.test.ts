import { createTestDatabase, type Database } from '@kassabon/db';
import { createOrganisation, createUser } from '@kassabon/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from './build-app.ts';

let database: Database;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp({ database });
  await createOrganisation(database, 'Gemeente A');
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const PASSWORD = 'een lang en goed wachtwoord';

function sessionCookie(response: { cookies: { name: string; value: string }[] }): string {
  const cookie = response.cookies.find((c) => c.name === 'kassabon_session');
  if (!cookie) throw new Error('no session cookie');
  return `kassabon_session=${cookie.value}`;
}

// Memory-hard password hashing is slow on purpose, slower still beside other test files.
describe('setup link, sign-in and the session cookie', { timeout: 30_000 }, () => {
  it('sets a password once with the setup link, then signs in with it', async () => {
    const { setupToken } = await createUser(database, {
      organisation: 'Gemeente A',
      email: 'Ana@Example.org',
      role: 'analyst',
    });
    expect(setupToken).toBeTruthy();
    const weak = await app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { token: setupToken, password: 'kort' },
    });
    expect(weak.statusCode).toBe(422);
    const setup = await app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { token: setupToken, password: PASSWORD },
    });
    expect(setup.statusCode).toBe(201);
    expect(setup.json()).toMatchObject({ email: 'ana@example.org', role: 'analyst' });
    const cookie = setup.cookies.find((c) => c.name === 'kassabon_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const reused = await app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { token: setupToken, password: PASSWORD },
    });
    expect(reused.statusCode).toBe(404);

    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'ana@example.org', password: PASSWORD },
    });
    expect(signIn.statusCode).toBe(201);
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/session',
      headers: { cookie: sessionCookie(signIn) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().organisations).toEqual([
      expect.objectContaining({ name: 'Gemeente A', role: 'analyst' }),
    ]);
  });

  it('refuses a write with the cookie but without the CSRF header', async () => {
    const { setupToken } = await createUser(database, {
      organisation: 'Gemeente A',
      email: 'bo@example.org',
      role: 'admin',
    });
    const setup = await app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { token: setupToken, password: PASSWORD },
    });
    const cookie = sessionCookie(setup);
    const payload = JSON.stringify({ version: 1, cases: [{ code: 'CSRF-1', scenarios: [] }] });
    const withoutHeader = await app.inject({
      method: 'POST',
      url: '/api/v1/import',
      headers: { cookie, 'content-type': 'application/json' },
      payload,
    });
    expect(withoutHeader.statusCode).toBe(403);
    const withHeader = await app.inject({
      method: 'POST',
      url: '/api/v1/import',
      headers: {
        cookie,
        'content-type': 'application/json',
        'x-csrf-token': setup.json().csrfToken,
      },
      payload,
    });
    expect(withHeader.statusCode).toBe(201);
  });

  it('signs out: the cookie no longer works', async () => {
    const { setupToken } = await createUser(database, {
      organisation: 'Gemeente A',
      email: 'cy@example.org',
      role: 'viewer',
    });
    const setup = await app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { token: setupToken, password: PASSWORD },
    });
    const cookie = sessionCookie(setup);
    const out = await app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie, 'x-csrf-token': setup.json().csrfToken },
    });
    expect(out.statusCode).toBe(204);
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } })).statusCode,
    ).toBe(401);
  });

  it('gives the same answer for an unknown address and a wrong password, and throttles guessing', async () => {
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'nobody@example.org', password: PASSWORD },
    });
    expect(unknown.statusCode).toBe(401);
    const attempts: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/session',
        remoteAddress: '10.0.0.9',
        payload: { email: 'ana@example.org', password: `wrong password ${i}` },
      });
      attempts.push(response.statusCode);
    }
    expect(attempts).toEqual([401, 401, 401, 401, 401, 429]);
    expect(unknown.json().title).toBe('the e-mail address or password is not right');
  });

  it('switches organisation: a new cookie and CSRF token, the old session ends', async () => {
    await createOrganisation(database, 'Gemeente B');
    const { setupToken } = await createUser(database, {
      organisation: 'Gemeente A',
      email: 'di@example.org',
      role: 'admin',
    });
    await createUser(database, {
      organisation: 'Gemeente B',
      email: 'di@example.org',
      role: 'viewer',
    });
    const setup = await app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { token: setupToken, password: PASSWORD },
    });
    const cookie = sessionCookie(setup);
    const gemeenteB = setup
      .json()
      .organisations.find((o: { name: string }) => o.name === 'Gemeente B');
    const switchTo = (organisationId: string, headers: Record<string, string>) =>
      app.inject({
        method: 'PUT',
        url: '/api/v1/session/organisation',
        headers,
        payload: { organisationId },
      });

    expect((await switchTo(gemeenteB.id, { cookie })).statusCode).toBe(403);
    const switched = await switchTo(gemeenteB.id, {
      cookie,
      'x-csrf-token': setup.json().csrfToken,
    });
    expect(switched.statusCode).toBe(200);
    expect(switched.json()).toMatchObject({ organisationId: gemeenteB.id, role: 'viewer' });
    expect(switched.json().csrfToken).not.toBe(setup.json().csrfToken);
    const newCookie = sessionCookie(switched);
    expect(newCookie).not.toBe(cookie);
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } })).statusCode,
    ).toBe(401);
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/session',
      headers: { cookie: newCookie },
    });
    expect(me.json()).toMatchObject({ organisationId: gemeenteB.id, role: 'viewer' });

    const stranger = await createOrganisation(database, 'Gemeente C');
    const refused = await switchTo(stranger.id, {
      cookie: newCookie,
      'x-csrf-token': switched.json().csrfToken,
    });
    expect(refused.statusCode).toBe(403);
  });
});
