/**
 * A small benchmark harness: runs a case several times after a warm-up and reports the median time,
 * the peak resident memory seen, and the ratio against a plain-number baseline run in the same
 * process. Benchmarks report; they never fail a test run.
 */
import { performance } from 'node:perf_hooks';

export interface CaseResult {
  readonly name: string;
  readonly medianMs: number;
  readonly runs: number;
  readonly peakRssMb: number;
}

/** Runs `run` `runs` times after one warm-up and returns the median wall time. */
export function timeCase(name: string, run: () => unknown, runs = 5): CaseResult {
  let sink: unknown = run();
  const times: number[] = [];
  let peak = process.memoryUsage().rss;
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    sink = run();
    times.push(performance.now() - start);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  if (sink === Symbol.for('never')) console.log('');
  times.sort((a, b) => a - b);
  return { name, medianMs: times[Math.floor(times.length / 2)] ?? 0, runs, peakRssMb: peak / 2 ** 20 };
}

/** Prints a case against its baseline, with the ratio that the README quotes. */
export function report(title: string, library: CaseResult, baseline: CaseResult, extra: readonly string[] = []): void {
  const ratio = library.medianMs / Math.max(baseline.medianMs, 1e-6);
  console.log(`\n## ${title}`);
  console.log(`library  : ${library.medianMs.toFixed(1)} ms (median of ${library.runs})`);
  console.log(`baseline : ${baseline.medianMs.toFixed(1)} ms (plain numbers, same run)`);
  console.log(`ratio    : ${ratio.toFixed(1)}x`);
  console.log(`peak RSS : ${Math.max(library.peakRssMb, baseline.peakRssMb).toFixed(0)} MB`);
  for (const line of extra) console.log(line);
}
