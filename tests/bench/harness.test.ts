import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allBenchmarks } from '../../bench/benchmarks.js';
import {
  type BenchRow,
  type Goal,
  agreement,
  calibrate,
  createRandom,
  describeGoal,
  goalMet,
  interleave,
  median,
  mix32,
  randomInt,
  toRow,
  writeRows,
} from '../../bench/harness.js';
import { parseOptions } from '../../bench/options.js';

describe('the benchmark generator', () => {
  it('draws values in [0, 1) that do not repeat within a million draws', () => {
    const random = createRandom(42);
    const seen = new Set<number>();
    let outside = 0;
    for (let index = 0; index < 1_000_000; index += 1) {
      const value = random();
      if (!(value >= 0 && value < 1)) outside += 1;
      seen.add(value);
    }
    expect(outside).toBe(0);
    // The old generator cycled every 10,466 values; a Weyl counter through a bijection cannot repeat
    // before 2^32 draws.
    expect(seen.size).toBe(1_000_000);
  });

  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 5 }, () => random());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('maps distinct 32-bit integers to distinct integers, staying within 32 bits', () => {
    const inputs = [0, 1, 2, 0x7fffffff, 0x80000000, 0xffffffff, 0x9e3779b9, 123_456_789];
    const outputs = inputs.map(mix32);
    expect(new Set(outputs).size).toBe(inputs.length);
    for (const output of outputs) expect(Number.isInteger(output) && output >= 0 && output < 2 ** 32).toBe(true);
  });

  it('picks from a large set evenly enough to touch nearly every member', () => {
    // 1,000,000 look-ups among 110,763 codes: the old generator touched 14,724 of them; a uniform one
    // misses about 110,763 × e^-9 ≈ 14.
    const random = createRandom(15_005);
    const touched = new Set<number>();
    let outside = 0;
    for (let index = 0; index < 1_000_000; index += 1) {
      const pick = randomInt(random, 110_763);
      if (!(Number.isInteger(pick) && pick >= 0 && pick < 110_763)) outside += 1;
      touched.add(pick);
    }
    expect(outside).toBe(0);
    expect(touched.size).toBeGreaterThan(110_700);
  });

  it('refuses a seed that is not a safe integer', () => {
    expect(() => createRandom(0.5)).toThrow('a generator seed must be a safe integer; got 0.5');
  });
});

describe('interleaved rounds', () => {
  it('runs library and baseline in alternating order, round by round', async () => {
    const calls: string[] = [];
    const timings = await interleave(
      () => calls.push('library'),
      () => calls.push('baseline'),
      4,
    );
    expect(calls).toEqual(['library', 'baseline', 'baseline', 'library', 'library', 'baseline', 'baseline', 'library']);
    expect(timings.libraryMs).toHaveLength(4);
    expect(timings.baselineMs).toHaveLength(4);
  });

  it('times a sample of several runs and reports the time of one', async () => {
    const calls: string[] = [];
    const timings = await interleave(
      () => calls.push('library'),
      {
        external: () => {
          calls.push('baseline');
          return Promise.resolve(4);
        },
      },
      2,
      { library: 2, baseline: 3 },
    );
    expect(calls).toEqual(['library', 'library', 'baseline', 'baseline', 'baseline', 'baseline', 'baseline', 'baseline', 'library', 'library']);
    expect(timings.baselineMs).toEqual([4, 4]);
  });

  it('repeats a run enough times to fill a sample, within 1 to 1,000', async () => {
    expect(await calibrate({ external: () => Promise.resolve(10) }, 100)).toBe(10);
    // A preempted first run (40 ms) does not count: the fastest of four does.
    const times = [40, 12, 10, 11];
    expect(await calibrate({ external: () => Promise.resolve(times.shift() ?? 0) }, 100)).toBe(10);
    expect(await calibrate({ external: () => Promise.resolve(250) }, 100)).toBe(1);
    expect(await calibrate({ external: () => Promise.resolve(0) }, 100)).toBe(1000);
  });

  it('takes the time an external contender reports', async () => {
    const reported = [5, 7, 6];
    const timings = await interleave(
      () => 0,
      { external: () => Promise.resolve(reported.shift() ?? 0) },
      3,
    );
    expect(timings.baselineMs).toEqual([5, 7, 6]);
  });

  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow('the median of no values is undefined');
  });
});

describe('goals', () => {
  const figures = { libraryMs: 90, ratio: 2.9, peakRssMb: 480 };

  it('judges a ratio with a memory ceiling on both', () => {
    const goal: Goal = { kind: 'ratio', atMost: 3, rssBelowMb: 500 };
    expect(describeGoal(goal)).toBe('≤ 3× and < 500 MB');
    expect(goalMet(goal, figures)).toBe(true);
    expect(goalMet(goal, { ...figures, peakRssMb: 500 })).toBe(false);
    expect(goalMet(goal, { ...figures, ratio: 3.01 })).toBe(false);
  });

  it('judges "faster than" strictly', () => {
    const goal: Goal = { kind: 'ratio', atMost: 1, strict: true };
    expect(describeGoal(goal)).toBe('< 1×');
    expect(goalMet(goal, { ...figures, ratio: 1 })).toBe(false);
    expect(goalMet(goal, { ...figures, ratio: 0.99 })).toBe(true);
  });

  it('judges an absolute time, a rate, and no goal', () => {
    expect(goalMet({ kind: 'time', belowMs: 100 }, figures)).toBe(true);
    expect(goalMet({ kind: 'time', belowMs: 90 }, figures)).toBe(false);
    // 1,000,000 look-ups in 200 ms are 5 M/s; in 201 ms fewer.
    const rate: Goal = { kind: 'rate', atLeastPerSecond: 5_000_000, operations: 1_000_000 };
    expect(describeGoal(rate)).toBe('≥ 5 M/s');
    expect(goalMet(rate, { ...figures, libraryMs: 200 })).toBe(true);
    expect(goalMet(rate, { ...figures, libraryMs: 201 })).toBe(false);
    expect(goalMet({ kind: 'none' }, figures)).toBeNull();
  });
});

describe('rows', () => {
  const timings = { libraryMs: [10, 30, 20], baselineMs: [5, 10, 2] };

  it('report medians and the median of the per-round ratios', () => {
    const row = toRow({ name: 'growth', goal: { kind: 'ratio', atMost: 10 }, baseline: 'plain numbers', timings, peakRssMb: 123.456, scale: 1 });
    // per-round ratios 2, 3 and 10: the median is 3, not 20 / 5 = 4
    expect(row).toMatchObject({ name: 'growth', library_ms: 20, baseline_ms: 5, ratio: 3, peak_rss_mb: 123.5, goal_ratio: 10, met: true });
    expect(row.ratio_range).toEqual([2, 10]);
  });

  it('leave the goal unjudged below the issue data size', () => {
    const row = toRow({ name: 'hierarchy-build', goal: { kind: 'time', belowMs: 100 }, baseline: 'Map', timings, peakRssMb: 80, scale: 0.1 });
    expect(row.met).toBeNull();
    expect(row.goal_ratio).toBeNull();
  });

  it('note both rates for a row whose goal is not a rate, when told the operations of a run', () => {
    const row = toRow({ name: 'unit-lookup-map', goal: { kind: 'none' }, baseline: 'Map.get', timings, peakRssMb: 80, scale: 1, operations: 1e6 });
    // 1,000,000 look-ups in a median 20 ms (library) and 5 ms (baseline)
    expect(row.notes).toEqual(['library 50 M operations/s, baseline 200 M operations/s']);
    expect(row.met).toBeNull();
  });

  it('refuses timings that do not pair up', () => {
    expect(() => toRow({ name: 'x', goal: { kind: 'none' }, baseline: 'y', timings: { libraryMs: [1, 2], baselineMs: [1] }, peakRssMb: 1, scale: 1 })).toThrow(
      'a row needs as many library as baseline times, at least one; got 2 and 1',
    );
  });

  it('are written to a JSON file as a list with the fields issue 15 names', () => {
    const folder = mkdtempSync(join(tmpdir(), 'bench-test-'));
    try {
      const rows: BenchRow[] = [
        toRow({ name: 'rank-groups', goal: { kind: 'ratio', atMost: 2 }, baseline: 'plain sort', timings, peakRssMb: 70, scale: 1 }),
        toRow({ name: 'unit-lookup', goal: { kind: 'rate', atLeastPerSecond: 5e6, operations: 1e6 }, baseline: 'Map.get', timings, peakRssMb: 90, scale: 1 }),
      ];
      const file = join(folder, 'nested', 'rows.json');
      writeRows(file, rows);
      const written = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
      expect(written).toEqual(JSON.parse(JSON.stringify(rows)));
      for (const row of written) {
        expect(Object.keys(row)).toEqual(expect.arrayContaining(['name', 'library_ms', 'baseline_ms', 'ratio', 'peak_rss_mb', 'goal_ratio', 'met']));
      }
      // 1,000,000 look-ups in a median 20 ms
      expect(written[1]).toMatchObject({ goal_ratio: null, met: true, notes: ['50 M operations/s'] });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('agreement between library and baseline', () => {
  it('counts agreeing results and refuses a baseline that computes something else', () => {
    expect(agreement('ranks', [1, 2, 3], [1, 2, 3])).toBe('ranks: 3 of 3 agree with the baseline');
    expect(agreement('ranks', [1, 2, 3, 4], [1, 2, 3, 5], 0.25)).toBe('ranks: 3 of 4 agree with the baseline');
    expect(() => agreement('ranks', [1, 2, 3], [1, 2, 4])).toThrow(
      'ranks: 1 of 3 results differ between library and baseline; the baseline does not compute the same thing',
    );
  });
});

describe('the benchmark command line', () => {
  it('reads names, the JSON file, the scale and the rounds', () => {
    expect(parseOptions(['rank-groups', '--json', 'out.json', '--scale', '0.1', '--rounds', '3'])).toEqual({
      filters: ['rank-groups'],
      json: 'out.json',
      out: undefined,
      scale: 0.1,
      rounds: 3,
    });
    expect(parseOptions([])).toEqual({ filters: [], json: undefined, out: undefined, scale: 1, rounds: undefined });
  });

  it('refuses a bad option with what it takes', () => {
    expect(() => parseOptions(['--json'])).toThrow('--json needs a value');
    expect(() => parseOptions(['--scale', '2'])).toThrow('--scale takes a number above 0 and at most 1; got 2');
    expect(() => parseOptions(['--rounds', '0'])).toThrow('--rounds takes a whole number of at least 1; got 0');
    expect(() => parseOptions(['--fast'])).toThrow('unknown option --fast; the options are --json FILE, --scale F, --rounds N');
  });

  it('knows a benchmark for every row of issue 15 table', () => {
    const names = allBenchmarks.map((benchmark) => benchmark.name);
    for (const row of ['attainment', 'growth', 'rank-groups', 'rank-composite', 'hierarchy-build', 'unit-lookup']) expect(names).toContain(row);
    expect(new Set(names).size).toBe(names.length);
  });
});
