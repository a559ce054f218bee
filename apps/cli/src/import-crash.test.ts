import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { generateCaseFile } from '../../../bench/generate-cases.ts';

const bin = fileURLToPath(new URL('../bin/kassabon.js', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'kassabon-crash-'));
const file = join(folder, 'cases.json');
const CASES = 1500;
writeFileSync(
  file,
  JSON.stringify(generateCaseFile({ cases: CASES, linesPerScenario: 10, seed: 11 })),
);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const run = (args: string[]) =>
  promisify(execFile)(process.execPath, [bin, ...args], { maxBuffer: 64 * 1024 * 1024 });

async function countCases(dataDir: string): Promise<number> {
  const { stdout } = await run(['export', '--org', 'K', '--data-dir', dataDir]);
  return JSON.parse(stdout).cases.length;
}

/** Starts an import into a fresh data folder and kills it with SIGKILL after `ms` (or lets it end). */
async function importKilledAfter(dataDir: string, ms: number): Promise<void> {
  await run(['admin', 'create-org', '--name', 'K', '--data-dir', dataDir]);
  const child = spawn(
    process.execPath,
    [bin, 'import', file, '--org', 'K', '--data-dir', dataDir],
    { stdio: 'ignore' },
  );
  const ended = new Promise((resolve) => child.on('exit', resolve));
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  await ended;
  clearTimeout(timer);
}

it('keeps all of an import or none of it when the process is killed', {
  timeout: 180_000,
}, async () => {
  const complete = join(folder, 'complete');
  const started = Date.now();
  await importKilledAfter(complete, 120_000);
  const duration = Date.now() - started;
  expect(await countCases(complete)).toBe(CASES);

  for (const share of [0.6, 0.85, 0.95]) {
    const dataDir = join(folder, `killed-${share}`);
    await importKilledAfter(dataDir, Math.round(duration * share));
    // The next process takes over the stale lock of the killed one and finds a whole import or none.
    expect([0, CASES]).toContain(await countCases(dataDir));
  }
});
