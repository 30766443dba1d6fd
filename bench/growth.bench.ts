/**
 * Growth benchmark: 10,000 series of 20 years. For each series: the 19 year-on-year growth rates,
 * the end-point average annual growth, and the Open SDG progress class toward a 2030 target. The
 * library works on exact Decimals (the series are parsed once, before timing, as a dataset would
 * be); the baseline runs the same formulas on plain numbers in the same process.
 */
import {
  Decimal,
  type YearSeries,
  averageAnnualGrowth,
  classifyProgressFromSeries,
  rollingGrowthRates,
} from '../src/index.js';
import { report, timeCase } from './harness.js';

const SERIES = 10_000;
const YEARS = 20;
const FIRST_YEAR = 2005;
const TARGET_YEAR = 2030;

// A small deterministic generator, so that every run measures the same data.
let state = 20240101;
function random(): number {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  return state / 2_147_483_648;
}

interface Case {
  readonly numbers: readonly number[];
  readonly series: YearSeries;
  readonly target: number;
}

const cases: Case[] = Array.from({ length: SERIES }, () => {
  let value = 100 + random() * 9_900;
  const numbers: number[] = [];
  for (let year = 0; year < YEARS; year += 1) {
    numbers.push(Math.round(value * 100) / 100);
    value *= 0.97 + random() * 0.13;
  }
  const series = numbers.map((number, index) => ({ year: FIRST_YEAR + index, value: new Decimal(String(number)) }));
  const target = Math.round((numbers[0] ?? 1) * (1.5 + random() * 3) * 100) / 100;
  return { numbers, series, target };
});

function runLibrary(): number {
  let assessed = 0;
  for (const { series, target } of cases) {
    rollingGrowthRates(series);
    averageAnnualGrowth(series);
    const assessment = classifyProgressFromSeries(series, {
      baseYear: FIRST_YEAR,
      direction: 'increase',
      target: { year: TARGET_YEAR, value: target },
    });
    if (assessment.score !== null) assessed += 1;
  }
  return assessed;
}

function classOf(value: number, high: number, medium: number, low: number): string {
  if (value >= high) return 'substantial-progress';
  if (value >= medium) return 'moderate-progress';
  if (value >= low) return 'limited-progress';
  return 'deterioration';
}

function runBaseline(): number {
  let assessed = 0;
  for (const { numbers, target } of cases) {
    const rates: number[] = [];
    for (let index = 1; index < numbers.length; index += 1) {
      const previous = numbers[index - 1] ?? 1;
      rates.push((((numbers[index] ?? 0) - previous) * 100) / previous);
    }
    const first = numbers[0] ?? 1;
    const last = numbers[numbers.length - 1] ?? 1;
    const periods = numbers.length - 1;
    const observed = (Math.pow(last / first, 1 / periods) - 1) * 100;
    const required = (Math.pow(target / first, 1 / (TARGET_YEAR - FIRST_YEAR)) - 1) * 100;
    const achieved = last >= target;
    const ratio = observed / Math.abs(required);
    const score = achieved ? 5 : ratio >= 0.6 ? Math.min((50 / 7) * ratio - 30 / 7, 5) : Math.max((25 / 6) * ratio - 2.5, -5);
    const progressClass = achieved ? 'target-achieved' : classOf(ratio, 0.95, 0.6, 0);
    if (rates.length === periods && progressClass !== '' && Number.isFinite(score)) assessed += 1;
  }
  return assessed;
}

const library = timeCase('library', runLibrary);
const baseline = timeCase('baseline', runBaseline);
// Where the time goes: each part alone, over the same series.
function eachCase(run: (item: Case) => unknown): () => void {
  return () => {
    for (const item of cases) run(item);
  };
}
const parts = [
  timeCase('19 growth rates a series', eachCase(({ series }) => rollingGrowthRates(series)), 3),
  timeCase('end-point average growth', eachCase(({ series }) => averageAnnualGrowth(series)), 3),
  timeCase(
    'progress class',
    eachCase(({ series, target }) =>
      classifyProgressFromSeries(series, { baseYear: FIRST_YEAR, direction: 'increase', target: { year: TARGET_YEAR, value: target } }),
    ),
    3,
  ),
];
report('growth: 10,000 series x 20 years (growth rates, end-point average, progress class)', library, baseline, [
  ...parts.map((part) => `  ${part.name.padEnd(26)}: ${part.medianMs.toFixed(1)} ms`),
  `bar      : under 1000 ms for the library (${library.medianMs < 1000 ? 'met' : 'not met'})`,
]);
