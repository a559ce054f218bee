import { describe, expect, it } from 'vitest';
import { busyShare, describeLoad, parseProcStat } from './other-load.ts';

describe('parseProcStat', () => {
  it('reads the first line, with stolen time as busy and waiting for I/O as idle', () => {
    const text = 'cpu  100 10 50 800 20 5 5 10 0 0\ncpu0 50 5 25 400 10 2 3 5 0 0\nintr 1\n';
    // busy: user 100 + nice 10 + system 50 + irq 5 + softirq 5 + steal 10.
    expect(parseProcStat(text)).toEqual({ busy: 180, total: 1000 });
  });

  it('gives nothing for a text that is not /proc/stat', () => {
    expect(parseProcStat('no cpu line here')).toBeUndefined();
    expect(parseProcStat('cpu 1 2 3')).toBeUndefined();
  });
});

describe('busyShare', () => {
  it('is the busy share of the time spent between the samples', () => {
    expect(busyShare({ busy: 100, total: 1000 }, { busy: 160, total: 1200 })).toBeCloseTo(0.3);
  });

  it('is 0 when no time passed', () => {
    expect(busyShare({ busy: 5, total: 10 }, { busy: 5, total: 10 })).toBe(0);
  });
});

describe('describeLoad', () => {
  it('warns above 15% and only states the share below it', () => {
    expect(describeLoad(0.4)).toMatch(/^WARNING: .* 40% busy/);
    expect(describeLoad(0.05)).toBe('other load before the run: 5% of the CPUs');
  });
});
