/**
 * Assess a synthetic national plan: 10,000 communes × 40 targets (400,000 assessments), each with a
 * base (2023) and an actual (2024) value, against a plain-number implementation of the same formulas
 * over the same kind of index, in the same run. Issue bar: under 2 s and 1 GB, within 50× the baseline.
 */
import {
  Decimal,
  type Observation,
  type Target,
  assessTarget,
  buildCatalog,
  buildDataset,
  type IndicatorInput,
} from '../src/index.js';
import { performance } from 'node:perf_hooks';
import { report, timeCase } from './harness.js';

const communes = Number(process.env.BENCH_COMMUNES ?? 10_000);
const indicatorsPerCommune = 40;

const indicatorInputs: IndicatorInput[] = Array.from({ length: indicatorsPerCommune }, (_, index) => ({
  code: `I${String(index)}`,
  labels: { vi: `Chỉ tiêu ${String(index)}` },
  unit: { unit: 'VND', power: 6 },
  measure: 'flow',
  polarity: 'higher-is-better',
  precision: 1,
  aggregation: { overUnits: 'sum', overTime: 'sum' },
}));
const catalog = buildCatalog(indicatorInputs);

// A small deterministic generator, so that every run assesses the same plan.
let seed = 42;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}

const observations: Observation[] = [];
const targets: Target[] = [];
// The baseline indexes cells the same way as the library: one map keyed by indicator, area and period.
const plainCells = new Map<string, number>();
const document = { kind: 'annual-plan' } as const;
for (let commune = 0; commune < communes; commune += 1) {
  const area = String(20_000 + commune);
  for (let index = 0; index < indicatorsPerCommune; index += 1) {
    const indicator = `I${String(index)}`;
    const base = Math.round(1000 + random() * 9000) / 10;
    const actual = Math.round(base * (0.9 + random() * 0.25) * 10) / 10;
    observations.push(
      { indicator, area, period: '2023', value: new Decimal(base), status: 'official' },
      { indicator, area, period: '2024', value: new Decimal(actual), status: 'estimate' },
    );
    plainCells.set(`${indicator}\u0000${area}\u0000\u00002023`, base);
    plainCells.set(`${indicator}\u0000${area}\u0000\u00002024`, actual);
    const kind = index % 8;
    targets.push(
      kind < 5
        ? { id: `T${String(index)}`, indicator, area, period: '2024', basis: 'level', comparator: 'at-least', value: new Decimal(Math.round(base * 1.05)), document }
        : kind < 7
          ? { id: `T${String(index)}`, indicator, area, period: '2024', basis: 'growth', basePeriod: '2023', comparator: 'at-least', value: new Decimal('5.6'), document }
          : { id: `T${String(index)}`, indicator, area, period: '2024', basis: 'change', basePeriod: '2023', comparator: 'at-least', value: new Decimal(20), document },
    );
  }
}

const buildStart = performance.now();
const dataset = buildDataset(observations);
console.log(`dataset of ${String(observations.length)} observations indexed in ${(performance.now() - buildStart).toFixed(0)} ms`);

interface PlainAssessment {
  status: string;
  ratio: number;
  gap: number;
  quantity: number;
}

const plainTargets = targets.map((target) => ({
  indicator: target.indicator,
  area: target.area,
  basis: target.basis,
  value: target.value?.toNumber() ?? 0,
}));

const baseline = timeCase('plain numbers', () => {
  let met = 0;
  for (const target of plainTargets) {
    const actual = plainCells.get(`${target.indicator}\u0000${target.area}\u0000\u00002024`);
    const base = plainCells.get(`${target.indicator}\u0000${target.area}\u0000\u00002023`);
    if (actual === undefined || base === undefined) continue;
    let quantity = actual;
    if (target.basis === 'growth') quantity = ((actual - base) / base) * 100;
    else if (target.basis === 'change') quantity = actual - base;
    const t = target.value;
    const ratio = target.basis === 'growth' ? (100 + quantity) / (100 + t) : (quantity - t + Math.abs(t)) / Math.abs(t);
    const result: PlainAssessment = {
      status: quantity > t ? 'exceeded' : quantity === t ? 'met' : 'not-met',
      ratio,
      gap: quantity - t,
      quantity,
    };
    if (result.status !== 'not-met') met += 1;
  }
  return met;
}, 3);

const library = timeCase('assess 400,000 targets', () => {
  let met = 0;
  for (const target of targets) {
    const assessment = assessTarget(target, dataset, { catalog });
    if (assessment.status === 'met' || assessment.status === 'exceeded') met += 1;
  }
  return met;
}, 3);

report(`assess a national plan (${String(communes)} communes × 40 targets = ${String(targets.length)} assessments)`, library, baseline, [
  `bar      : under 2000 ms and 1 GB, within 50x of the baseline`,
]);
