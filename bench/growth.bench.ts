/**
 * growth: 10,000 series of 20 years. For each series the 19 year-on-year rates (`rollingGrowthRates`),
 * the end-point average annual growth (`averageAnnualGrowth`) and the Open SDG progress class toward a
 * 2030 target (`classifyProgressFromSeries`), all from the batch API: `growthProgressBatch` reads each
 * series once for both the rates and the classes. It keeps every rate as an exact fraction of scaled
 * integers, divided when read (as `growthRatesBatch`), and decides every class on float roots with a
 * proven error margin (the step path on close calls) from the base and latest values that the rates
 * pass marked (as `progressBatch`); an average (a 40-digit root) is computed only when it is read, as
 * the rates are divided only when read. The library reads exact Decimals and per-series settings
 * (made before timing, as a dataset would hold them).
 *
 * growth: against the same formulas on plain numbers, the series in one Float64Array and the results
 * written to typed arrays. Goal (issue 15): at most 10×.
 * growth-pandas: against pandas on a wide frame (a row per series): `pct_change(axis=1)`, the
 * end-point average and the classes with numpy. No goal in the issue; kept for information.
 */
import { Decimal, type ProgressClass, type SeriesProgressSettings, type YearSeries, growthProgressBatch } from '../src/index.js';
import { type Benchmark, type BenchmarkContext, type BenchRow, type Skipped, agreement, compare, createRandom, scaled } from './harness.js';
import { findPandas, startPandas } from './pandas.js';

const YEARS = 20;
const FIRST_YEAR = 2005;
const TARGET_YEAR = 2030;

// Open SDG's thresholds with a target (observed / required growth) and the score of each band.
const THRESHOLDS = { floor: -0.6, low: 0, medium: 0.6, high: 0.95, ceiling: 1.3 } as const;
const CLASSES: readonly ProgressClass[] = ['target-achieved', 'substantial-progress', 'moderate-progress', 'limited-progress', 'deterioration'];

interface GrowthData {
  readonly count: number;
  /** Series after series, YEARS values each. */
  readonly values: Float64Array;
  readonly targets: Float64Array;
  readonly series: readonly YearSeries[];
  /** The base year, direction and target of each series, as progressBatch takes them. */
  readonly settings: readonly SeriesProgressSettings[];
}

function growthData(context: BenchmarkContext): GrowthData {
  const count = scaled(10_000, context, 10);
  const random = createRandom(15_002);
  const values = new Float64Array(count * YEARS);
  const targets = new Float64Array(count);
  const series: YearSeries[] = [];
  for (let index = 0; index < count; index += 1) {
    let value = 100 + random() * 9_900;
    const points: { year: number; value: Decimal }[] = [];
    for (let year = 0; year < YEARS; year += 1) {
      const cents = Math.round(value * 100) / 100;
      values[index * YEARS + year] = cents;
      points.push({ year: FIRST_YEAR + year, value: new Decimal(String(cents)) });
      value *= 0.97 + random() * 0.13;
    }
    series.push(points);
    targets[index] = Math.round((values[index * YEARS] ?? 1) * (1.5 + random() * 3) * 100) / 100;
  }
  const settings = [...targets].map((value) => ({ baseYear: FIRST_YEAR, direction: 'increase' as const, target: { year: TARGET_YEAR, value } }));
  return { count, values, targets, series, settings };
}

interface LibraryResult {
  readonly classes: ProgressClass[];
  readonly results: unknown[];
}

function runLibrary(data: GrowthData): LibraryResult {
  const { rates, progress } = growthProgressBatch(data.series, data.settings);
  return { classes: progress.classes(), results: [rates, progress] };
}

function scoreOf(progress: number): number {
  const { floor, low, medium, high, ceiling } = THRESHOLDS;
  if (progress >= ceiling) return 5;
  if (progress >= high) return 2.5 + ((progress - high) * 2.5) / (ceiling - high);
  if (progress >= medium) return ((progress - medium) * 2.5) / (high - medium);
  if (progress >= low) return -2.5 + ((progress - low) * 2.5) / (medium - low);
  if (progress >= floor) return -5 + ((progress - floor) * 2.5) / (low - floor);
  return -5;
}

interface PlainResult {
  readonly rates: Float64Array;
  readonly averages: Float64Array;
  readonly scores: Float64Array;
  /** Index into CLASSES. */
  readonly classes: Uint8Array;
}

function runPlain(data: GrowthData): PlainResult {
  const { count, values, targets } = data;
  const rates = new Float64Array(count * (YEARS - 1));
  const averages = new Float64Array(count);
  const scores = new Float64Array(count);
  const classes = new Uint8Array(count);
  const periods = YEARS - 1;
  const targetYears = TARGET_YEAR - FIRST_YEAR;
  for (let index = 0; index < count; index += 1) {
    const offset = index * YEARS;
    for (let year = 1; year < YEARS; year += 1) {
      const previous = values[offset + year - 1] ?? 1;
      rates[index * periods + year - 1] = (((values[offset + year] ?? 0) - previous) * 100) / previous;
    }
    const first = values[offset] ?? 1;
    const last = values[offset + periods] ?? 1;
    const target = targets[index] ?? 1;
    const observed = (Math.pow(last / first, 1 / periods) - 1) * 100;
    averages[index] = observed;
    const required = (Math.pow(target / first, 1 / targetYears) - 1) * 100;
    const progress = observed / Math.abs(required);
    const achieved = last >= target;
    scores[index] = achieved ? 5 : scoreOf(progress);
    classes[index] = achieved ? 0 : progress >= THRESHOLDS.high ? 1 : progress >= THRESHOLDS.medium ? 2 : progress >= THRESHOLDS.low ? 3 : 4;
  }
  return { rates, averages, scores, classes };
}

function countClasses(classes: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of classes) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}

async function runAgainstPlain(context: BenchmarkContext): Promise<BenchRow> {
  const data = growthData(context);
  const libraryClasses = runLibrary(data).classes;
  const plainClasses = [...runPlain(data).classes].map((index) => CLASSES[index] ?? 'deterioration');
  return compare({
    name: 'growth',
    goal: { kind: 'ratio', atMost: 10 },
    baseline: 'plain numbers, typed arrays',
    library: () => runLibrary(data),
    against: () => runPlain(data),
    rounds: context.rounds ?? 7,
    scale: context.scale,
    notes: [
      `${String(data.count)} series × ${String(YEARS)} years: ${String(data.count * (YEARS - 1))} year-on-year rates and ${String(data.count)} progress classes; the baseline also computes ${String(data.count)} averages, which the library computes only when read (not timed here)`,
      agreement('progress classes', libraryClasses, plainClasses, 0.001),
      'library: growthProgressBatch, one read of each series for the rates (exact fractions, divided when read, as growthRatesBatch) and the classes (float roots with a proven margin from the base and latest values the rates pass marked, the step path on close calls, as progressBatch); the averages (a 40-digit root each) are computed when read',
      `close calls left to classifyProgressFromSeries: ${String(growthProgressBatch(data.series, data.settings).progress.stepDecided)} of ${String(data.count)}`,
    ],
  });
}

async function runAgainstPandas(context: BenchmarkContext): Promise<BenchRow | Skipped> {
  const found = findPandas();
  if ('missing' in found) return { skipped: found.missing };
  const data = growthData(context);
  const libraryClasses = runLibrary(data).classes;
  const worker = await startPandas(found.python, 'growth', {
    years: YEARS,
    first_year: FIRST_YEAR,
    target_year: TARGET_YEAR,
    values: [...data.values],
    targets: [...data.targets],
  });
  try {
    const expected = countClasses(libraryClasses);
    const counted = worker.check as Record<string, number>;
    const differ = CLASSES.reduce((sum, name) => sum + Math.abs((expected[name] ?? 0) - (counted[name] ?? 0)), 0);
    if (differ > 0.001 * data.count) {
      throw new Error(`pandas classifies differently from the library: ${JSON.stringify(counted)} against ${JSON.stringify(expected)}`);
    }
    return await compare({
      name: 'growth-pandas',
      goal: { kind: 'none' },
      baseline: `pandas ${worker.version}, wide frame`,
      library: () => runLibrary(data),
      against: { external: worker.run },
      rounds: context.rounds ?? 7,
      scale: context.scale,
      notes: [
        `pandas via ${found.python}; its time is measured inside python around the pandas work alone`,
        `class counts: ${String(differ)} series differ from the library's`,
      ],
    });
  } finally {
    worker.close();
  }
}

/** The benchmarks of this file. */
export const benchmarks: readonly Benchmark[] = [
  { name: 'growth', title: '10,000 series × 20 years: year-on-year rates, end-point average, progress class', run: runAgainstPlain },
  { name: 'growth-pandas', title: 'the same against pandas', run: runAgainstPandas },
];
