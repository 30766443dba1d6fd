/**
 * The benchmark harness: a deterministic 32-bit generator for the data, library and baseline timed in
 * interleaved rounds (medians reported), the goal of each row of issue 15's table, and the JSON list
 * that `npm run bench -- --json FILE` writes. Benchmarks report; they never fail a test run.
 *
 * Each benchmark runs in its own child process (see run.ts), so `peakRssMb()` is the peak of that
 * benchmark alone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

const WEYL_INCREMENT = 0x9e3779b9;
const TWO_TO_32 = 2 ** 32;

/**
 * A bijection of the 32-bit integers with good avalanche (Chris Wellons' "lowbias32" hash): each step
 * (xor with a right shift, multiplication by an odd constant modulo 2^32) can be undone, so distinct
 * inputs give distinct outputs. `Math.imul` and `>>> 0` keep every intermediate a 32-bit integer, so
 * nothing is ever rounded the way `seed * 1103515245` was past 2^53.
 */
export function mix32(value: number): number {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * A deterministic generator: a Weyl counter (state + an odd constant, modulo 2^32, which visits all
 * 2^32 states before it repeats) passed through {@link mix32}. Because the mix is a bijection, the
 * first 2^32 draws are all different: the data never cycles the way the old generator did (every
 * 10,466 values).
 */
export function createRandom(seed: number): Random {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`a generator seed must be a safe integer; got ${String(seed)}`);
  let state = seed >>> 0;
  return () => {
    state = (state + WEYL_INCREMENT) >>> 0;
    return mix32(state) / TWO_TO_32;
  };
}

/** A whole number from 0 to `below - 1`, drawn from `random`. */
export function randomInt(random: Random, below: number): number {
  return Math.floor(random() * below);
}

/** The peak resident memory of this process so far, in MB (the kernel's high-water mark, not a sample). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * One side of a comparison: a function timed here, or a run in another process (pandas) that reports
 * its own time in milliseconds.
 */
export type Contender = (() => unknown) | { readonly external: () => Promise<number> };

/** The times of interleaved rounds. */
export interface Timings {
  readonly libraryMs: readonly number[];
  readonly baselineMs: readonly number[];
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('the median of no values is undefined');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

// Results are kept here so that the engine cannot drop a run whose result is unused.
let sink: unknown;
/** The last result a timed run returned (only so that no run is optimised away). */
export function lastResult(): unknown {
  return sink;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** How many runs make one timed sample of each side. */
export interface Repeats {
  readonly library: number;
  readonly baseline: number;
}

/**
 * The time of one run, from a sample of `repeat` runs back to back: a sample of 100 ms or more spans
 * many scheduler time slices, so that one preemption on a loaded machine does not decide a round.
 */
async function timeSample(contender: Contender, repeat: number): Promise<number> {
  // Each sample starts on a collected heap, so neither side pays for the other's garbage.
  collectGarbage?.();
  if (typeof contender !== 'function') {
    let total = 0;
    for (let run = 0; run < repeat; run += 1) total += await contender.external();
    return total / repeat;
  }
  const start = performance.now();
  for (let run = 0; run < repeat; run += 1) sink = contender();
  return (performance.now() - start) / repeat;
}

/**
 * The runs per sample that make a sample last about `sampleMs` (1 to 1,000). A run shorter than the
 * sample is timed four times and the fastest counts, so that a preempted run does not leave the short
 * side with too few runs per sample; a long run is timed once.
 */
export async function calibrate(contender: Contender, sampleMs: number): Promise<number> {
  let fastest = await timeSample(contender, 1);
  for (let run = 1; run < 4 && fastest < sampleMs; run += 1) fastest = Math.min(fastest, await timeSample(contender, 1));
  return Math.min(1000, Math.max(1, Math.ceil(sampleMs / Math.max(fastest, 0.001))));
}

/**
 * Times library and baseline in `rounds` rounds, each round timing a sample of each back to back (the
 * order alternating from round to round), so that a change of machine load hits both sides alike.
 * The caller has already run each side once (warm-up and agreement check).
 */
export async function interleave(
  library: Contender,
  baseline: Contender,
  rounds: number,
  repeats: Repeats = { library: 1, baseline: 1 },
): Promise<Timings> {
  if (!Number.isInteger(rounds) || rounds < 1) throw new RangeError(`rounds must be a whole number of at least 1; got ${String(rounds)}`);
  const libraryMs: number[] = [];
  const baselineMs: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    if (round % 2 === 0) {
      libraryMs.push(await timeSample(library, repeats.library));
      baselineMs.push(await timeSample(baseline, repeats.baseline));
    } else {
      baselineMs.push(await timeSample(baseline, repeats.baseline));
      libraryMs.push(await timeSample(library, repeats.library));
    }
  }
  return { libraryMs, baselineMs };
}

/**
 * What a row must reach, from issue 15's table: a ratio to the baseline (and a memory ceiling), an
 * absolute time, a rate, or nothing (a row kept for information).
 */
export type Goal =
  | { readonly kind: 'ratio'; readonly atMost: number; readonly strict?: boolean; readonly rssBelowMb?: number }
  | { readonly kind: 'time'; readonly belowMs: number }
  | { readonly kind: 'rate'; readonly atLeastPerSecond: number; readonly operations: number }
  | { readonly kind: 'none' };

/** One row of the results, as written to the JSON file (snake case: the field names). */
export interface BenchRow {
  readonly name: string;
  /** Median library time of the interleaved rounds, ms. */
  readonly library_ms: number;
  /** Median baseline time of the interleaved rounds, ms. */
  readonly baseline_ms: number;
  /** Median of the per-round ratios library / baseline (each round's pair ran back to back). */
  readonly ratio: number;
  /** Peak resident memory of the benchmark's own process, MB. */
  readonly peak_rss_mb: number;
  /** The largest ratio the goal allows, or null for a goal that is not a ratio. */
  readonly goal_ratio: number | null;
  /** Whether the goal is met, or null for a row without a goal. */
  readonly met: boolean | null;
  /** The goal in words. */
  readonly goal: string;
  /** What the library is compared with. */
  readonly baseline: string;
  readonly rounds: number;
  /** The data size as a share of the (1 = the sizes); goals are judged only at 1. */
  readonly scale: number;
  /** The smallest and largest per-round ratio. */
  readonly ratio_range: readonly [number, number];
  readonly notes: readonly string[];
}

/** The goal in words, as the README and the console print it. */
export function describeGoal(goal: Goal): string {
  switch (goal.kind) {
    case 'ratio': {
      const ratio = goal.strict === true ? `< ${String(goal.atMost)}×` : `≤ ${String(goal.atMost)}×`;
      return goal.rssBelowMb === undefined ? ratio : `${ratio} and < ${String(goal.rssBelowMb)} MB`;
    }
    case 'time':
      return `< ${String(goal.belowMs)} ms`;
    case 'rate':
      return `≥ ${formatRate(goal.atLeastPerSecond)}/s`;
    case 'none':
      return 'none (for information)';
  }
}

function formatRate(perSecond: number): string {
  return perSecond >= 1e6 ? `${String(Math.round(perSecond / 1e4) / 100)} M` : Math.round(perSecond).toLocaleString('en-US');
}

/** Whether measured figures reach a goal (null when there is no goal). */
export function goalMet(goal: Goal, figures: { readonly libraryMs: number; readonly ratio: number; readonly peakRssMb: number }): boolean | null {
  switch (goal.kind) {
    case 'ratio': {
      const ratioMet = goal.strict === true ? figures.ratio < goal.atMost : figures.ratio <= goal.atMost;
      return ratioMet && (goal.rssBelowMb === undefined || figures.peakRssMb < goal.rssBelowMb);
    }
    case 'time':
      return figures.libraryMs < goal.belowMs;
    case 'rate':
      return (goal.operations / figures.libraryMs) * 1000 >= goal.atLeastPerSecond;
    case 'none':
      return null;
  }
}

function rounded(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** What a finished comparison is made into a row from. */
export interface RowInput {
  readonly name: string;
  readonly goal: Goal;
  readonly baseline: string;
  readonly timings: Timings;
  readonly peakRssMb: number;
  /** The data size as a share of the issue's; a goal is judged only at 1. */
  readonly scale: number;
  readonly notes?: readonly string[];
  /** The operations one run does, for a row whose goal is not a rate: both rates are then noted. */
  readonly operations?: number;
}

/**
 * Makes a row from interleaved timings: medians, the median per-round ratio, and the goal's verdict
 * (null below the data size, where the goal says nothing).
 */
export function toRow(input: RowInput): BenchRow {
  const { libraryMs, baselineMs } = input.timings;
  if (libraryMs.length === 0 || libraryMs.length !== baselineMs.length) {
    throw new RangeError(`a row needs as many library as baseline times, at least one; got ${String(libraryMs.length)} and ${String(baselineMs.length)}`);
  }
  const ratios = libraryMs.map((ms, index) => ms / Math.max(baselineMs[index] ?? 0, 1e-6));
  const library = median(libraryMs);
  const ratio = median(ratios);
  const notes = [...(input.notes ?? [])];
  if (input.goal.kind === 'rate') notes.push(`${formatRate((input.goal.operations / library) * 1000)} operations/s`);
  else if (input.operations !== undefined) {
    const baseline = median(baselineMs);
    notes.push(`library ${formatRate((input.operations / library) * 1000)} operations/s, baseline ${formatRate((input.operations / baseline) * 1000)} operations/s`);
  }
  return {
    name: input.name,
    library_ms: rounded(library, 3),
    baseline_ms: rounded(median(baselineMs), 3),
    ratio: rounded(ratio, 3),
    peak_rss_mb: rounded(input.peakRssMb, 1),
    goal_ratio: input.goal.kind === 'ratio' ? input.goal.atMost : null,
    met: input.scale === 1 ? goalMet(input.goal, { libraryMs: library, ratio, peakRssMb: input.peakRssMb }) : null,
    goal: describeGoal(input.goal),
    baseline: input.baseline,
    rounds: libraryMs.length,
    scale: input.scale,
    ratio_range: [rounded(Math.min(...ratios), 3), rounded(Math.max(...ratios), 3)],
    notes,
  };
}

/** What a benchmark hands to {@link compare}. */
export interface Comparison {
  readonly name: string;
  readonly goal: Goal;
  /** What the library is compared with, in words. */
  readonly baseline: string;
  readonly library: Contender;
  readonly against: Contender;
  readonly rounds: number;
  /** The data size as a share of the (the context's scale). */
  readonly scale: number;
  /** How long one timed sample should last, in ms (default 100): short runs are repeated to fill it. */
  readonly sampleMs?: number;
  /** The peak RSS to report, read where the benchmark chose (by default after the rounds). */
  readonly peakRssMb?: number;
  readonly notes?: readonly string[];
  /** The operations one run does, for a row whose goal is not a rate (see {@link RowInput}). */
  readonly operations?: number;
}

/** Times a comparison in interleaved rounds and prints its row. */
export async function compare(comparison: Comparison): Promise<BenchRow> {
  const sampleMs = comparison.sampleMs ?? 100;
  const repeats = { library: await calibrate(comparison.library, sampleMs), baseline: await calibrate(comparison.against, sampleMs) };
  const timings = await interleave(comparison.library, comparison.against, comparison.rounds, repeats);
  const sampling = `a sample is ${String(repeats.library)} library run${repeats.library === 1 ? '' : 's'} and ${String(repeats.baseline)} baseline run${repeats.baseline === 1 ? '' : 's'}; times are per run`;
  const row = toRow({
    name: comparison.name,
    goal: comparison.goal,
    baseline: comparison.baseline,
    timings,
    peakRssMb: comparison.peakRssMb ?? peakRssMb(),
    scale: comparison.scale,
    notes: [...(comparison.notes ?? []), sampling],
    ...(comparison.operations === undefined ? {} : { operations: comparison.operations }),
  });
  printRow(row);
  return row;
}

function verdict(row: BenchRow): string {
  if (row.met !== null) return row.met ? 'met' : 'NOT met';
  return row.scale === 1 ? '(no goal)' : `(not judged at scale ${String(row.scale)})`;
}

/** Prints one row for a reader. */
export function printRow(row: BenchRow): void {
  console.log(`\n## ${row.name}`);
  console.log(`library  : ${row.library_ms.toFixed(1)} ms (median of ${String(row.rounds)} interleaved rounds)`);
  console.log(`baseline : ${row.baseline_ms.toFixed(1)} ms (${row.baseline})`);
  console.log(`ratio    : ${row.ratio.toFixed(2)}× (per-round ratios ${row.ratio_range[0].toFixed(2)}–${row.ratio_range[1].toFixed(2)})`);
  console.log(`peak RSS : ${row.peak_rss_mb.toFixed(0)} MB`);
  console.log(`goal     : ${row.goal}: ${verdict(row)}`);
  for (const note of row.notes) console.log(`note     : ${note}`);
}

/** The rows as a table for a reader (and for the README). */
export function formatTable(rows: readonly BenchRow[]): string {
  const lines = ['| name | library | baseline | ratio | peak RSS | goal | met |', '|---|---|---|---|---|---|---|'];
  for (const row of rows) {
    lines.push(
      `| ${row.name} | ${row.library_ms.toFixed(1)} ms | ${row.baseline_ms.toFixed(1)} ms (${row.baseline}) | ${row.ratio.toFixed(2)}× | ${row.peak_rss_mb.toFixed(0)} MB | ${row.goal} | ${verdict(row)} |`,
    );
  }
  return lines.join('\n');
}

/** Writes the rows to `file` as a JSON list (the format of `npm run bench -- --json FILE`). */
export function writeRows(file: string, rows: readonly BenchRow[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(rows, null, 2)}\n`);
}

/**
 * Counts the positions where two equally long lists of results disagree, and refuses to go on when
 * the baseline computes something else than the library (more than `tolerance` of the items differ):
 * a ratio between two different computations means nothing.
 */
export function agreement<T>(what: string, library: readonly T[], baseline: readonly T[], tolerance = 0): string {
  if (library.length !== baseline.length) {
    throw new Error(`${what}: the library gave ${String(library.length)} results and the baseline ${String(baseline.length)}`);
  }
  let differ = 0;
  for (let index = 0; index < library.length; index += 1) if (library[index] !== baseline[index]) differ += 1;
  if (differ > tolerance * library.length) {
    throw new Error(`${what}: ${String(differ)} of ${String(library.length)} results differ between library and baseline; the baseline does not compute the same thing`);
  }
  return `${what}: ${String(library.length - differ)} of ${String(library.length)} agree with the baseline`;
}

/** Settings that the runner passes to every benchmark. */
export interface BenchmarkContext {
  /** Multiplies the data size (1 = the sizes); smaller values make a quick check. */
  readonly scale: number;
  /** Interleaved rounds, or undefined for the benchmark's default. */
  readonly rounds: number | undefined;
}

/** A benchmark that was not run, and why (pandas not installed). */
export interface Skipped {
  readonly skipped: string;
}

/** One benchmark: a row of the results, run in a process of its own. */
export interface Benchmark {
  /** The row's name; the rows start with attainment, growth, rank-groups, rank-composite, hierarchy-build, unit-lookup. */
  readonly name: string;
  /** What it measures, in one line. */
  readonly title: string;
  readonly run: (context: BenchmarkContext) => Promise<BenchRow | Skipped>;
}

/** A size scaled for a quick run, never below `minimum`. */
export function scaled(size: number, context: BenchmarkContext, minimum = 1): number {
  return Math.max(minimum, Math.round(size * context.scale));
}
