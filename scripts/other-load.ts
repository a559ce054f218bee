import { type CpuInfo, cpus } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Measurements on these two cores swing by half when anything else runs (a package install, a
 * test run, a browser): an engine run took 154 ms beside `apt-get install` and 94 ms right
 * after it. The measuring scripts therefore first watch the CPUs while they themselves sleep
 * and say how busy the rest of the machine kept them, so a figure taken on a busy machine is
 * recognised as such.
 */

/** Above this share of busy CPU time the figures are not comparable with a quiet run. */
export const BUSY_SHARE = 0.15;

/** The share of CPU time, over all CPUs, that was not idle between two samples of os.cpus(). */
export function busyShare(before: readonly CpuInfo[], after: readonly CpuInfo[]): number {
  let busy = 0;
  let all = 0;
  after.forEach((cpu, index) => {
    const earlier = before[index];
    if (!earlier) return;
    const spent = (times: CpuInfo['times']) =>
      times.user + times.nice + times.sys + times.irq + times.idle;
    const total = spent(cpu.times) - spent(earlier.times);
    all += total;
    busy += total - (cpu.times.idle - earlier.times.idle);
  });
  return all === 0 ? 0 : busy / all;
}

/** The line the scripts print: the share seen, and a warning above BUSY_SHARE. */
export function describeLoad(share: number): string {
  const percent = `${Math.round(share * 100)}%`;
  return share > BUSY_SHARE
    ? `WARNING: other processes kept the CPUs ${percent} busy before the run; ` +
        'figures taken now are not comparable with a quiet run'
    : `other load before the run: ${percent} of the CPUs`;
}

/** Samples the CPUs over `ms` while this process sleeps and describes the load seen. */
export async function checkOtherLoad(ms = 1000): Promise<string> {
  const before = cpus();
  await sleep(ms);
  return describeLoad(busyShare(before, cpus()));
}
