import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME, lockDataDir, readLockOwner } from './data-dir-lock.ts';
import { DataDirLockedError } from './errors.ts';

let folder: string;
let lockPath: string;
const children: ChildProcess[] = [];
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'kassabon-lock-'));
  lockPath = join(folder, LOCK_FILE_NAME);
});
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
  rmSync(folder, { recursive: true, force: true });
});

/** The pid of a process that has exited. */
function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', '0']);
  if (result.pid === undefined) throw new Error('could not start node');
  return result.pid;
}

/** A process that runs until the test ends. */
function livePid(): number {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], {
    stdio: 'ignore',
  });
  children.push(child);
  if (child.pid === undefined) throw new Error('could not start node');
  return child.pid;
}

function startTicksOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

describe('lockDataDir', () => {
  it('creates the folder, writes pid and start time, and removes the file on release', () => {
    const nested = join(folder, 'data', 'kassabon');
    const lock = lockDataDir(nested);
    const owner = readLockOwner(join(nested, LOCK_FILE_NAME));
    expect(owner?.pid).toBe(process.pid);
    expect(Date.parse(owner?.startedAt ?? '')).toBeLessThanOrEqual(Date.now());
    lock.release();
    lock.release();
    expect(existsSync(join(nested, LOCK_FILE_NAME))).toBe(false);
  });

  it('refuses a folder this process holds, until it is released', () => {
    const lock = lockDataDir(folder);
    expect(() => lockDataDir(folder)).toThrow(DataDirLockedError);
    lock.release();
    lockDataDir(folder).release();
  });

  it('refuses a folder another live process holds, naming the folder and the pid', () => {
    const pid = livePid();
    const startTicks = startTicksOf(pid);
    writeFileSync(
      lockPath,
      JSON.stringify({ pid, startedAt: new Date().toISOString(), startTicks }),
    );
    const error = (() => {
      try {
        lockDataDir(folder);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect(error).toMatchObject({ code: 'data-dir-locked', pid, dataDir: folder });
    expect((error as Error).message).toContain(
      `${folder} is in use by process ${pid} (is \`kassabon serve\` running?)`,
    );
    expect(readLockOwner(lockPath)?.pid).toBe(pid);
  });

  it('takes over a stale lock: a dead pid, a reused pid, its own old pid, or garbage', () => {
    const stale = [
      { pid: deadPid(), startedAt: '2026-01-01T00:00:00.000Z' },
      { pid: livePid(), startedAt: '2026-01-01T00:00:00.000Z', startTicks: '1' },
      { pid: process.pid, startedAt: '2026-01-01T00:00:00.000Z' },
      'not json',
    ];
    for (const content of stale) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(lockPath, typeof content === 'string' ? content : JSON.stringify(content));
      const lock = lockDataDir(folder);
      expect(readLockOwner(lockPath)?.pid).toBe(process.pid);
      lock.release();
    }
  });
});
