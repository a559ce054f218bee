import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from './create-database.ts';
import { LOCK_FILE_NAME } from './data-dir-lock.ts';
import { DataDirLockedError } from './errors.ts';
import { migrate } from './migrate.ts';
import { createOrganisation, findOrganisationByName } from './organisation-repository.ts';

const parent = mkdtempSync(join(tmpdir(), 'kassabon-db-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('createDatabase on a data folder', { timeout: 120_000 }, () => {
  it('holds the folder for one database at a time, and keeps the data', async () => {
    const dataDir = join(parent, 'data');
    const first = await createDatabase({ dataDir });
    try {
      expect(first.kind).toBe('pglite');
      expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(true);
      await migrate(first);
      await createOrganisation(first.db, 'Gemeente Schijf');

      const second = await createDatabase({ dataDir }).catch((error: unknown) => error);
      expect(second).toBeInstanceOf(DataDirLockedError);
      expect((second as Error).message).toMatch(
        new RegExp(`in use by process ${process.pid} \\(is \`kassabon serve\` running\\?\\)`),
      );
    } finally {
      await first.close();
    }
    await first.close();
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);

    // A lock left by a process that died is taken over.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(join(dataDir, LOCK_FILE_NAME), JSON.stringify({ pid: dead, startedAt: '' }));
    const reopened = await createDatabase({ dataDir });
    try {
      await migrate(reopened);
      expect(await findOrganisationByName(reopened.db, 'Gemeente Schijf')).toBeDefined();
    } finally {
      await reopened.close();
    }
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
  });
});
