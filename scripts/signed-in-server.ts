import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startServer, stopServer } from '../e2e/server.ts';

/**
 * A fresh Kassabon with its demo data, and the session cookie of its admin (the password set
 * through the one-time link the first start prints): for tools that look at the pages as a
 * signed-in user (screenshots, Lighthouse). Call stop() when done.
 */
export async function startSignedInServer(): Promise<{
  baseUrl: string;
  cookie: { name: string; value: string };
  stop: () => Promise<void>;
}> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kassabon-tool-'));
  const port = await freePort();
  const server = await startServer(port, dataDir, { firstStart: true });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopServer(server);
    await rm(dataDir, { recursive: true, force: true });
  };
  const token = server.output().match(/\/setup#(\S+)/)?.[1];
  if (!token) {
    await stop();
    throw new Error(`no setup link in:\n${server.output()}`);
  }
  const response = await fetch(`${baseUrl}/api/v1/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, password: 'een lang en goed wachtwoord' }),
  });
  const session = response.headers.get('set-cookie')?.match(/kassabon_session=([^;]+)/)?.[1];
  if (!session) {
    await stop();
    throw new Error(`setup failed: ${response.status} ${await response.text()}`);
  }
  return { baseUrl, cookie: { name: 'kassabon_session', value: session }, stop };
}
