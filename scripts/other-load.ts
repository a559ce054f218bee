import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Measurements on these two cores swing by half when anything else runs (a package install, a
 * test run, a browser): the engine's median run took 154 ms beside `apt-get install` and
 * 89–103 ms once it had finished. The measuring scripts therefore first watch the CPUs while
 * they themselves sleep and say how busy the rest of the machine kept them, so a figure taken
 * on a busy machine is recognised as such.
 */

/** Above this share of busy CPU time the figures are not comparable with a quiet run. */
export const BUSY_SHARE = 0.15;

/** CPU time summed over all CPUs since boot, in the kernel's ticks. */
export type CpuTimes = { busy: number; total: number };

/**
 * The times of /proc/stat's first line (user nice system idle iowait irq softirq steal). Time
 * stolen by the hypervisor counts as busy: on a shared virtual machine, that is how the load
 * of other tenants shows, and os.cpus() leaves it out.
 */
export function parseProcStat(text: string): CpuTimes | undefined {
  const fields = text
    .match(/^cpu\s+(.*)$/m)?.[1]
    ?.trim()
    .split(/\s+/)
    .slice(0, 8)
    .map(Number);
  if (!fields || fields.length < 8 || fields.some(Number.isNaN)) return undefined;
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/** The share of CPU time that was busy between two samples. */
export function busyShare(before: CpuTimes, after: CpuTimes): number {
  const total = after.total - before.total;
  return total <= 0 ? 0 : (after.busy - before.busy) / total;
}

/** The line the scripts print: the share seen, and a warning above BUSY_SHARE. */
export function describeLoad(share: number): string {
  const percent = `${(share * 100).toFixed(0)}%`;
  return share > BUSY_SHARE
    ? `WARNING: other processes kept the CPUs ${percent} busy before the run; ` +
        'figures taken now are not comparable with a quiet run'
    : `other load before the run: ${percent} of the CPUs`;
}

/** /proc/stat where there is one (Linux), else what os.cpus() tells (no stolen time). */
async function sampleCpuTimes(): Promise<CpuTimes> {
  const fromKernel = await readFile('/proc/stat', 'utf8').then(parseProcStat, () => undefined);
  if (fromKernel) return fromKernel;
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    busy += times.user + times.nice + times.sys + times.irq;
    total += times.user + times.nice + times.sys + times.irq + times.idle;
  }
  return { busy, total };
}

/** Samples the CPUs over `ms` while this process sleeps and describes the load seen. */
export async function checkOtherLoad(ms = 2000): Promise<string> {
  const before = await sampleCpuTimes();
  await sleep(ms);
  return describeLoad(busyShare(before, await sampleCpuTimes()));
}
