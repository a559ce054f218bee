import type { CpuInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { busyShare, describeLoad } from './other-load.ts';

const cpu = (user: number, idle: number, sys = 0): CpuInfo => ({
  model: 'test',
  speed: 0,
  times: { user, nice: 0, sys, idle, irq: 0 },
});

describe('busyShare', () => {
  it('is the non-idle share of the time spent between the samples, over all CPUs', () => {
    const before = [cpu(100, 1000), cpu(100, 1000)];
    // CPU 0: 60 busy (50 user + 10 sys) of 100; CPU 1: 0 busy of 100.
    const after = [cpu(150, 1040, 10), cpu(100, 1100)];
    expect(busyShare(before, after)).toBeCloseTo(60 / 200);
  });

  it('is 0 when no time passed', () => {
    const same = [cpu(5, 5)];
    expect(busyShare(same, same)).toBe(0);
  });
});

describe('describeLoad', () => {
  it('warns above 15% and only states the share below it', () => {
    expect(describeLoad(0.4)).toMatch(/^WARNING: .* 40% busy/);
    expect(describeLoad(0.05)).toBe('other load before the run: 5% of the CPUs');
  });
});
