import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ADMIN,
  ANALYST,
  CASE_ANALYST,
  CASE_ORGANISATION,
  PROFESSIONAL,
  SECOND_ORGANISATION,
  VIEWER,
} from './accounts.ts';
import { freePort, kassabon, startServer, stopServer } from './server.ts';

/**
 * A fresh Kassabon for the journeys: the first start seeds the demo organisation and prints
 * the admin's one-time setup link; with the server stopped (the embedded database allows one
 * process) the CLI adds a viewer and an analyst, a second organisation, and an organisation for
 * the case journeys with an analyst and a professional; then the server runs for the tests.
 */
export default async function globalSetup() {
  const dataDir = await mkdtemp(join(tmpdir(), 'kassabon-e2e-'));
  const port = await freePort();

  const firstStart = await startServer(port, dataDir, { firstStart: true });
  const setupUrl = firstStart.output().match(/http:\/\/\S+\/setup#\S+/)?.[0];
  await stopServer(firstStart);
  if (!setupUrl) throw new Error(`no setup link in:\n${firstStart.output()}`);

  const data = ['--data-dir', dataDir];
  for (const [account, role] of [
    [VIEWER, 'viewer'],
    [ANALYST, 'analyst'],
  ] as const)
    await kassabon(
      [
        'admin',
        'create-user',
        '--org',
        'Demo',
        '--email',
        account.email,
        '--role',
        role,
        '--password-stdin',
        ...data,
      ],
      `${account.password}\n`,
    );
  await kassabon(['admin', 'create-org', '--name', SECOND_ORGANISATION, ...data]);
  await kassabon([
    'admin',
    'create-user',
    '--org',
    SECOND_ORGANISATION,
    '--email',
    ADMIN.email,
    '--role',
    'analyst',
    ...data,
  ]);

  await kassabon(['admin', 'create-org', '--name', CASE_ORGANISATION, ...data]);
  for (const [account, role] of [
    [CASE_ANALYST, 'analyst'],
    [PROFESSIONAL, 'professional'],
  ] as const)
    await kassabon(
      [
        'admin',
        'create-user',
        '--org',
        CASE_ORGANISATION,
        '--email',
        account.email,
        '--role',
        role,
        '--password-stdin',
        ...data,
      ],
      `${account.password}\n`,
    );

  const server = await startServer(port, dataDir, { firstStart: false });
  process.env.E2E_BASE_URL = `http://127.0.0.1:${port}`;
  process.env.E2E_SETUP_URL = setupUrl;
  return async () => {
    await stopServer(server);
    await rm(dataDir, { recursive: true, force: true });
  };
}
