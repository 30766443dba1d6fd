/**
 * attainment: assess a synthetic national plan, 10,000 communes × 40 targets (400,000 assessments over
 * 800,000 observations: a base in 2023 and an actual in 2024 for each), with the batch API
 * (`assessMany` over a columnar dataset read from the plain rows, values as JSON gives them), against
 * plain numbers over the same data shape: dense ids for indicators, areas and periods, found from the
 * strings the targets hold, a table of cells by id and the values in a Float64Array. Both sides decide every status; the
 * baseline also computes a float ratio and gap, which the library keeps as exact values to read on
 * demand (`assessment(i)`, timed on its own in the notes). Goal (issue 15): at most 3× the baseline
 * and under 500 MB peak RSS, where the peak is read after the library's inputs are built and
 * assessed once, before the baseline's index exists.
 */
import {
  type AssessmentBatch,
  Decimal,
  type IndicatorInput,
  type Target,
  assessMany,
  buildCatalog,
  buildColumnarDataset,
} from '../src/index.js';
import { performance } from 'node:perf_hooks';
import { type Benchmark, type BenchmarkContext, type BenchRow, agreement, compare, createRandom, peakRssMb, scaled } from './harness.js';

const INDICATORS = 40;

interface PlainTarget {
  readonly indicator: string;
  readonly area: string;
  readonly period: string;
  readonly basePeriod: string;
  readonly basis: 'level' | 'growth' | 'change';
  readonly value: number;
}

interface PlainAssessment {
  readonly status: 'exceeded' | 'met' | 'not-met' | 'not-assessable';
  readonly quantity: number;
  readonly ratio: number;
  readonly gap: number;
}

interface PlainObservation {
  readonly indicator: string;
  readonly area: string;
  readonly period: string;
  readonly value: number;
  readonly status: 'official' | 'estimate';
}

/**
 * The same data shape as the library's columnar dataset, holding numbers: dense ids for indicators,
 * areas and periods (maps from the codes), a table of cells by id, and the values in a Float64Array.
 */
interface PlainColumns {
  readonly indicatorIds: Map<string, number>;
  readonly areaIds: Map<string, number>;
  readonly periodIds: Map<string, number>;
  readonly cells: Int32Array;
  readonly values: Float64Array;
}

function idFor(ids: Map<string, number>, code: string): number {
  let id = ids.get(code);
  if (id === undefined) {
    id = ids.size;
    ids.set(code, id);
  }
  return id;
}

function plainColumns(observations: readonly PlainObservation[], values: Float64Array): PlainColumns {
  const indicatorIds = new Map<string, number>();
  const areaIds = new Map<string, number>();
  const periodIds = new Map<string, number>();
  const rows = observations.map((observation) => [idFor(indicatorIds, observation.indicator), idFor(areaIds, observation.area), idFor(periodIds, observation.period)] as const);
  const cells = new Int32Array(indicatorIds.size * areaIds.size * periodIds.size).fill(-1);
  rows.forEach(([indicator, area, period], row) => {
    cells[(indicator * areaIds.size + area) * periodIds.size + period] = row;
  });
  return { indicatorIds, areaIds, periodIds, cells, values };
}

function cellValue(columns: PlainColumns, indicator: number, area: number, period: string): number | undefined {
  const periodId = columns.periodIds.get(period);
  if (periodId === undefined) return undefined;
  const row = columns.cells[(indicator * columns.areaIds.size + area) * columns.periodIds.size + periodId] ?? -1;
  return row < 0 ? undefined : columns.values[row];
}

/** The same formulas as assessTarget for an at-least target on a higher-is-better indicator. */
function assessPlain(targets: readonly PlainTarget[], columns: PlainColumns): PlainAssessment[] {
  const results = new Array<PlainAssessment>(targets.length);
  for (let index = 0; index < targets.length; index += 1) {
    const target = targets[index];
    if (target === undefined) continue;
    const indicator = columns.indicatorIds.get(target.indicator);
    const area = columns.areaIds.get(target.area);
    const actual = indicator === undefined || area === undefined ? undefined : cellValue(columns, indicator, area, target.period);
    const base = target.basis === 'level' ? 0 : indicator === undefined || area === undefined ? undefined : cellValue(columns, indicator, area, target.basePeriod);
    if (actual === undefined || base === undefined || (target.basis === 'growth' && base === 0)) {
      results[index] = { status: 'not-assessable', quantity: 0, ratio: 0, gap: 0 };
      continue;
    }
    const t = target.value;
    const quantity = target.basis === 'level' ? actual : target.basis === 'change' ? actual - base : ((actual - base) / base) * 100;
    const ratio = target.basis === 'growth' ? (100 + quantity) / (100 + t) : (quantity - t + Math.abs(t)) / Math.abs(t);
    results[index] = { status: quantity > t ? 'exceeded' : quantity === t ? 'met' : 'not-met', quantity, ratio, gap: quantity - t };
  }
  return results;
}

async function run(context: BenchmarkContext): Promise<BenchRow> {
  const communes = scaled(10_000, context, 10);
  const random = createRandom(15_001);
  const catalog = buildCatalog(
    Array.from(
      { length: INDICATORS },
      (_, index): IndicatorInput => ({
        code: `I${String(index)}`,
        labels: { vi: `Chỉ tiêu ${String(index)}` },
        unit: { unit: 'VND', power: 6 },
        measure: 'flow',
        polarity: 'higher-is-better',
        precision: 1,
        aggregation: { overUnits: 'sum', overTime: 'sum' },
      }),
    ),
  );
  const document = { kind: 'annual-plan' } as const;
  const observations: PlainObservation[] = [];
  const values = new Float64Array(communes * INDICATORS * 2);
  const targets: Target[] = [];
  const plainTargets: PlainTarget[] = [];
  for (let commune = 0; commune < communes; commune += 1) {
    const area = String(20_000 + commune);
    for (let index = 0; index < INDICATORS; index += 1) {
      const indicator = `I${String(index)}`;
      const base = Math.round(1000 + random() * 9000) / 10;
      const actual = Math.round(base * (0.9 + random() * 0.25) * 10) / 10;
      values[observations.length] = base;
      values[observations.length + 1] = actual;
      observations.push(
        { indicator, area, period: '2023', value: base, status: 'official' },
        { indicator, area, period: '2024', value: actual, status: 'estimate' },
      );
      const kind = index % 8;
      const basis = kind < 5 ? 'level' : kind < 7 ? 'growth' : 'change';
      const value = basis === 'level' ? Math.round(base * 1.05) : basis === 'growth' ? 5.6 : 20;
      const id = `T${String(commune)}-${String(index)}`;
      targets.push(
        basis === 'level'
          ? { id, indicator, area, period: '2024', basis, comparator: 'at-least', value: new Decimal(value), document }
          : { id, indicator, area, period: '2024', basis, basePeriod: '2023', comparator: 'at-least', value: new Decimal(value), document },
      );
      plainTargets.push({ indicator, area, period: '2024', basePeriod: '2023', basis, value });
    }
  }
  const buildStart = performance.now();
  const dataset = buildColumnarDataset(observations);
  const buildMs = performance.now() - buildStart;
  const inputsRss = process.memoryUsage().rss / 2 ** 20;

  const runLibrary = (): AssessmentBatch => assessMany(targets, dataset, { catalog });
  const batch = runLibrary();
  const libraryStatuses = targets.map((_, index) => batch.status(index));
  // Reading whole assessments (Decimal values, ratio, gap, working) costs a step assessment each.
  const readCount = Math.min(targets.length, 20_000);
  const readStart = performance.now();
  for (let index = 0; index < readCount; index += 1) batch.assessment(index);
  const readUs = ((performance.now() - readStart) * 1000) / readCount;
  // The library's peak: its inputs and one whole assessment, before the baseline's data exists.
  const libraryPeak = peakRssMb();

  const columns = plainColumns(observations, values);
  const runBaseline = (): PlainAssessment[] => assessPlain(plainTargets, columns);
  const baselineStatuses = runBaseline().map((assessment) => assessment.status);

  return compare({
    name: 'attainment',
    goal: { kind: 'ratio', atMost: 3, rssBelowMb: 500 },
    baseline: 'plain numbers over the same columnar shape (dense ids, a cell table, a Float64Array)',
    library: runLibrary,
    against: runBaseline,
    rounds: context.rounds ?? 5,
    scale: context.scale,
    peakRssMb: libraryPeak,
    notes: [
      `${String(targets.length)} assessments over ${String(observations.length)} observations (${String(communes)} communes × ${String(INDICATORS)} targets)`,
      // Exact and float growth rates can fall on opposite sides of a target that the data hit exactly.
      agreement('statuses', libraryStatuses, baselineStatuses, 0.001),
      `RSS with the inputs built (plain observation rows, targets, columnar dataset): ${inputsRss.toFixed(0)} MB; buildColumnarDataset took ${buildMs.toFixed(0)} ms (validation included, not timed in the rounds, as the baseline's index is not)`,
      `library: assessMany over the columnar dataset, ${String(batch.fastCount)} of ${String(targets.length)} statuses decided by the integer path; reading a whole assessment (batch.assessment(i)) costs ${readUs.toFixed(1)} µs`,
    ],
  });
}

/** The benchmarks of this file. */
export const benchmarks: readonly Benchmark[] = [
  { name: 'attainment', title: 'assess 400,000 targets over 800,000 observations', run },
];
