/**
 * Validation of large inputs: does checking dominate? (issue 15: "validation that does not
 * dominate: a fast first pass over large inputs, with zod kept for the schema's single source of
 * truth and for error messages with paths").
 *
 * plan-parse: `parsePlan` of a plan of 100,000 targets (10,000 communes × 10 indicators of the
 * Vietnamese district catalog, every basis and comparator form of a plain JSON plan: levels,
 * changes, growth and point-change targets with base periods, `between` bounds, document references
 * and Vietnamese wording), every check included (the schema, the cross-checks against the catalog,
 * the deep freeze), against zod's own parse of the same input by the same schema
 * (`z.safeParse(planSchema, input)`), which does less: no cross-check, no freeze. Goal (set here: the
 * issue gives no number): the whole parse costs at most what zod's parse alone costs, so that zod's
 * parse is not the floor of the library's validation.
 * catalog-parse: `buildCatalog` of 10,000 indicators (250 copies of the Vietnamese district catalog,
 * references renamed per copy) against `z.safeParse` of the same list by the indicator schema; the
 * same goal.
 */
import * as z from 'zod/mini';
import { type IndicatorInput, type PlanInput, type TargetInput, buildCatalog, indicatorSchema, parsePlan, planSchema } from '../src/index.js';
import { vnDistrictIndicatorCatalog, vnDistrictIndicators } from '../src/datasets/vietnam/index.js';
import { type Benchmark, type BenchmarkContext, type BenchRow, compare, createRandom, randomInt, scaled } from './harness.js';

const PLAN_INDICATORS = [
  'PRODUCTION_VALUE',
  'INCOME_PER_CAPITA',
  'BUDGET_REVENUE',
  'GRAIN_OUTPUT',
  'NTM_COMMUNES',
  'POVERTY_RATE',
  'HEALTH_INSURANCE_COVERAGE',
  'FOREST_COVER',
  'JOBS_CREATED',
  'PROCEDURES_ON_TIME',
] as const;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** A valid plan of 10,000 communes × 10 indicators (scaled). */
export function syntheticPlan(context: BenchmarkContext): PlanInput {
  const communes = scaled(10_000, context, 10);
  const random = createRandom(15_007);
  const targets: TargetInput[] = [];
  for (let commune = 1; commune <= communes; commune += 1) {
    const area = pad(commune, 5);
    for (const indicator of PLAN_INDICATORS) {
      const id = `${indicator}.${area}`;
      const document = { kind: 'council-resolution', reference: `Nghị quyết số ${String(randomInt(random, 200) + 1)}/NQ-HĐND` } as const;
      const level = Math.round((10 + random() * 900) * 100) / 100;
      const measure = vnDistrictIndicatorCatalog.indicators.get(indicator)?.measure;
      const isRate = measure === 'ratio' || measure === 'growth-rate';
      switch (randomInt(random, 4)) {
        case 0:
          targets.push({ id, indicator, area, period: '2024', basis: 'level', comparator: 'at-least', value: level, document });
          break;
        case 1:
          targets.push(
            isRate
              ? { id, indicator, area, period: '2024', basis: 'point-change', basePeriod: '2023', comparator: 'at-least', value: String(Math.round(random() * 300) / 100), document }
              : { id, indicator, area, period: '2024', basis: 'growth', basePeriod: '2023', comparator: 'at-least', value: String(Math.round(random() * 1500) / 100), document, text: { vi: `${indicator} tăng trưởng` } },
          );
          break;
        case 2:
          targets.push({ id, indicator, area, period: '2024', basis: 'level', comparator: 'between', lower: level, upper: level + 10, document, group: 'xã' });
          break;
        default:
          targets.push({ id, indicator, area, period: '2024', basis: 'change', basePeriod: '2023', comparator: isRate ? 'at-most' : 'at-least', value: Math.round(random() * 50), document });
      }
    }
  }
  return {
    id: 'PROVINCE-2024',
    title: { vi: 'Kế hoạch phát triển kinh tế - xã hội năm 2024 của các xã', en: 'Socio-economic plan 2024 of the communes' },
    area: '38',
    period: '2024',
    document: { kind: 'council-resolution', reference: 'Nghị quyết số 1/NQ-HĐND', date: '2023-12-10' },
    targets,
    illustrative: true,
  };
}

const REFERENCE_FIELDS = ['numerator', 'denominator', 'population', 'part', 'total', 'of'] as const;

/** The codes an indicator names, renamed with a suffix, so that every copy of the catalog refers to itself. */
function renamed(indicator: IndicatorInput, suffix: string): IndicatorInput {
  const copy = { ...indicator, code: `${String(indicator.code)}${suffix}` } as Record<string, unknown>;
  for (const field of ['numerator', 'denominator'] as const) {
    const code: unknown = indicator[field];
    if (typeof code === 'string') copy[field] = `${code}${suffix}`;
  }
  if (indicator.formula !== undefined) {
    const formula = { ...indicator.formula } as Record<string, unknown>;
    for (const field of REFERENCE_FIELDS) {
      const code: unknown = formula[field];
      if (typeof code === 'string') formula[field] = `${code}${suffix}`;
    }
    copy.formula = formula;
  }
  return copy as unknown as IndicatorInput;
}

/** A valid catalog of 10,000 indicators (scaled). */
export function syntheticCatalog(context: BenchmarkContext): IndicatorInput[] {
  const wanted = scaled(10_000, context, vnDistrictIndicators.length);
  const copies = Math.ceil(wanted / vnDistrictIndicators.length);
  const list: IndicatorInput[] = [];
  for (let copy = 0; copy < copies; copy += 1) for (const indicator of vnDistrictIndicators) list.push(renamed(indicator, `_${String(copy)}`));
  return list.slice(0, copies * vnDistrictIndicators.length);
}

const indicatorListSchema = z.array(indicatorSchema);

async function runPlan(context: BenchmarkContext): Promise<BenchRow> {
  const input = syntheticPlan(context);
  const planContext = { catalog: vnDistrictIndicatorCatalog };
  const parsed = parsePlan(input, planContext);
  const checked = z.safeParse(planSchema, input);
  if (!checked.success || parsed.targets.length !== input.targets.length) throw new Error('the synthetic plan must be valid for both sides');
  return compare({
    name: 'plan-parse',
    goal: { kind: 'ratio', atMost: 1 },
    baseline: 'zod alone: z.safeParse(planSchema)',
    library: () => parsePlan(input, planContext),
    against: () => z.safeParse(planSchema, input),
    rounds: context.rounds ?? 7,
    scale: context.scale,
    notes: [
      `${String(input.targets.length)} targets of ${String(PLAN_INDICATORS.length)} indicators in ${String(input.targets.length / PLAN_INDICATORS.length)} communes; the library also checks every target against the catalog and freezes the plan`,
    ],
  });
}

async function runCatalog(context: BenchmarkContext): Promise<BenchRow> {
  const input = syntheticCatalog(context);
  const catalog = buildCatalog(input);
  const checked = z.safeParse(indicatorListSchema, input);
  if (!checked.success || catalog.list.length !== input.length) throw new Error('the synthetic catalog must be valid for both sides');
  return compare({
    name: 'catalog-parse',
    goal: { kind: 'ratio', atMost: 1 },
    baseline: 'zod alone: z.safeParse(z.array(indicatorSchema))',
    library: () => buildCatalog(input),
    against: () => z.safeParse(indicatorListSchema, input),
    rounds: context.rounds ?? 7,
    scale: context.scale,
    notes: [`${String(input.length)} indicators (copies of the ${String(vnDistrictIndicators.length)} of the district catalog); the library also checks references, aggregation, formula units and cycles, and indexes and freezes the catalog`],
  });
}

/** The benchmarks of this file. */
export const benchmarks: readonly Benchmark[] = [
  { name: 'plan-parse', title: 'parsePlan of 100,000 targets against zod alone', run: runPlan },
  { name: 'catalog-parse', title: 'buildCatalog of 10,000 indicators against zod alone', run: runCatalog },
];
