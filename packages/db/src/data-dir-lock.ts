import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataDirLockedError } from './errors.ts';

export const LOCK_FILE_NAME = 'kassabon.lock';

/** What the lock file holds: who has the folder, and since when. */
export type LockOwner = {
  pid: number;
  /** When the owning process started, ISO 8601. */
  startedAt: string;
  /** Linux only: the process's start time in clock ticks since boot, to detect a reused pid. */
  startTicks?: string;
};

export type DataDirLock = { path: string; release(): void };

/**
 * The folders this process holds, shared through globalThis so that two copies of this
 * module in one process (test isolation, bundling) still see each other's locks.
 */
const heldKey = Symbol.for('kassabon.db.heldDataDirs');
function heldDataDirs(): Set<string> {
  const global = globalThis as { [heldKey]?: Set<string> };
  global[heldKey] ??= new Set<string>();
  return global[heldKey];
}

/**
 * Takes the lock file `kassabon.lock` in `dataDir` (creating the folder), because PGlite
 * allows one process per data folder and a second one would corrupt it. Throws
 * DataDirLockedError when another live process, or this one, holds it. A lock left by a
 * process that is gone (crashed, killed) is taken over, also when its pid has since been
 * reused by an unrelated process (Linux: the start times differ) or by this process (a
 * container restarted with the same pid).
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const folder = resolve(dataDir);
  const held = heldDataDirs();
  const path = join(folder, LOCK_FILE_NAME);
  if (held.has(folder)) throw new DataDirLockedError(folder, process.pid);
  mkdirSync(folder, { recursive: true });

  const owner = describeThisProcess();
  for (let attempt = 0; attempt < 3; attempt++) {
    let descriptor: number;
    try {
      descriptor = openSync(path, 'wx', 0o600);
    } catch (error) {
      if (!isErrorCode(error, 'EEXIST')) throw error;
      const existing = readLockOwner(path);
      if (existing && isAlive(existing)) throw new DataDirLockedError(folder, existing.pid);
      // Stale (or unreadable: a crash while writing it). Remove and try again; if another
      // process takes it in between, the next attempt sees that process as the owner.
      rmSync(path, { force: true });
      continue;
    }
    try {
      writeSync(descriptor, `${JSON.stringify(owner)}\n`);
    } finally {
      closeSync(descriptor);
    }
    held.add(folder);
    let released = false;
    return {
      path,
      release() {
        if (released) return;
        released = true;
        held.delete(folder);
        // Only remove the file if it is still ours.
        if (readLockOwner(path)?.pid === process.pid) rmSync(path, { force: true });
      },
    };
  }
  throw new Error(`could not take the lock file ${path}: other processes keep taking it`);
}

export function readLockOwner(path: string): LockOwner | undefined {
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof data !== 'object' || data === null) return undefined;
    const { pid, startedAt, startTicks } = data as Record<string, unknown>;
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return undefined;
    return {
      pid,
      startedAt: typeof startedAt === 'string' ? startedAt : '',
      ...(typeof startTicks === 'string' ? { startTicks } : {}),
    };
  } catch {
    return undefined;
  }
}

function describeThisProcess(): LockOwner {
  const startTicks = readStartTicks(process.pid);
  return {
    pid: process.pid,
    startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString(),
    ...(startTicks !== undefined ? { startTicks } : {}),
  };
}

/** Whether the process that wrote the lock still runs (and holds it, if it is this one). */
function isAlive(owner: LockOwner): boolean {
  // This process holds no lock on the folder (checked before), so a lock with our pid was
  // left by an earlier process that had the same pid.
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    if (!isErrorCode(error, 'EPERM')) return false;
  }
  if (owner.startTicks === undefined) return true;
  const ticks = readStartTicks(owner.pid);
  return ticks === undefined || ticks === owner.startTicks;
}

/** Field 22 of /proc/<pid>/stat (after the command name, which may hold spaces). */
function readStartTicks(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19];
  } catch {
    return undefined;
  }
}

function isErrorCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
