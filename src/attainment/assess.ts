import { Decimal, PlanningError } from '../numeric/index.js';
import { convertScale, type ScaledUnit } from '../measure/index.js';
import { type IsoDate, enumeratePeriods, formatPeriod, parsePeriod, samePeriodLastYear } from '../period/index.js';
import { type Catalog, type Indicator } from '../indicator/index.js';
import { type BestValueOptions, type Dataset, type ObservationStatus, bestObservation } from '../observation/index.js';
import { type Comparator, type Plan, type Target } from '../target/index.js';
import { growthRate } from '../growth/index.js';
import { type Direction, type RatioBounds, attainmentRatio, capRatio } from './ratios.js';

/**
 * The verdict on a target:
 *
 * - `exceeded` (vượt kế hoạch): the comparator holds and the quantity is strictly beyond the target
 *   value in the good direction;
 * - `met` (đạt): the comparator holds, exactly at the target or within its bounds or tolerance;
 * - `not-met` (không đạt, chưa đạt): the comparator does not hold;
 * - `not-assessable`: the data cannot say (see {@link NotAssessableReason}).
 *
 * @example
 * // Growth of 6.1% against "5.6% or more":
 * const status: AssessmentStatus = 'exceeded';
 * status;
 * //=> 'exceeded'
 */
export type AssessmentStatus = 'exceeded' | 'met' | 'not-met' | 'not-assessable';

/** Every {@link AssessmentStatus}, best first. */
export const assessmentStatuses: readonly AssessmentStatus[] = ['exceeded', 'met', 'not-met', 'not-assessable'];

/**
 * Why a target could not be assessed:
 *
 * - `unknown-indicator`: the target's indicator is not in the catalog;
 * - `missing-actual`: no acceptable value for the target period (or for some period of a cumulative range);
 * - `missing-base`: no acceptable value for the base period;
 * - `zero-base`: a growth from a base of zero;
 * - `opposite-signs`: a growth between values of opposite signs has no meaning;
 * - `unit-mismatch`: an observation or the target is written in a unit that cannot be converted to the indicator's.
 *
 * @example
 * // A 2024 target with no 2024 figure yet:
 * const reason: NotAssessableReason = 'missing-actual';
 * reason;
 * //=> 'missing-actual'
 */
export type NotAssessableReason =
  | 'unknown-indicator'
  | 'missing-actual'
  | 'missing-base'
  | 'zero-base'
  | 'opposite-signs'
  | 'unit-mismatch';

/**
 * Why a target could not be assessed: a stable code and a sentence for people.
 *
 * @example
 * // A reason as an assessment carries it:
 * const detail: NotAssessableDetail = { code: 'missing-base', message: 'no base value of X for area 402 in 2023' };
 * detail.code;
 * //=> 'missing-base'
 */
export interface NotAssessableDetail {
  /** The reason, from {@link NotAssessableReason}. */
  readonly code: NotAssessableReason;
  /** What is missing or wrong, naming the indicator, area and period. */
  readonly message: string;
}

/**
 * A value that an assessment used, with where it came from.
 *
 * @example
 * // The 2024 actual of a target, as used:
 * const used: ValueUsed = { period: '2024', value: toDecimal(47.2), status: 'estimate', published: '2024-12-20' };
 * used.status;
 * //=> 'estimate'
 */
export interface ValueUsed {
  /** The period of the value. */
  readonly period: string;
  /** The value, converted to the indicator's unit. */
  readonly value: Decimal;
  /** The status of the observation it came from. */
  readonly status: ObservationStatus;
  /** The publication date of that observation, if known. */
  readonly published?: IsoDate | undefined;
}

/**
 * The assessment of one target: the verdict, the numbers, and the working behind them.
 *
 * @example
 * // Read an assessment:
 * const [first] = assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog }).assessments;
 * [first?.target.id, first?.status];
 * //=> ['T1', 'exceeded']
 */
export interface TargetAssessment {
  /** The target assessed. */
  readonly target: Target;
  /** The verdict. */
  readonly status: AssessmentStatus;
  /** Why the target could not be assessed, with a sentence that says what is missing. */
  readonly reason: NotAssessableDetail | null;
  /** The assessed quantity q: a level, a change, a growth rate (%), a point change (pp) or a sum. */
  readonly quantity: Decimal | null;
  /** The target value T in the quantity's unit (for `between`, null: see lower and upper). */
  readonly targetValue: Decimal | null;
  /** The lower bound of a `between` target, in the quantity's unit. */
  readonly lower: Decimal | null;
  /** The upper bound of a `between` target, in the quantity's unit. */
  readonly upper: Decimal | null;
  /** The attainment ratio (1 = 100%), see `formula`. */
  readonly ratio: Decimal | null;
  /** q − T (for `between`, the distance to the nearer bound; 0 inside), in the quantity's unit. */
  readonly gap: Decimal | null;
  /** The unit of q, T and the gap: the indicator's, or percent for growth, or percentage points. */
  readonly quantityUnit: 'indicator' | 'percent' | 'percentage-points';
  /** The actual value used (for a cumulative target, the last period's). */
  readonly actual: ValueUsed | null;
  /** The base value used, for change, growth, point-change and maintain. */
  readonly base: ValueUsed | null;
  /** For a cumulative target: every period's value that was summed. */
  readonly parts: readonly ValueUsed[];
  /** How q and the ratio were computed, in symbols. */
  readonly formula: string;
  /** The comparison rule that decided the status, in symbols. */
  readonly rule: string;
}

/**
 * Options of {@link assessTarget} and {@link assessPlan}.
 *
 * @example
 * // Assess with what was known at the year-end review:
 * const options: AssessOptions = { catalog: vnDistrictIndicatorCatalog, asOf: '2024-12-31' };
 * options.asOf;
 * //=> '2024-12-31'
 */
export interface AssessOptions extends BestValueOptions {
  /** The catalog that defines the targets' indicators. */
  readonly catalog: Catalog;
  /** Bounds applied to every attainment ratio (for example `{ max: 1 }`); none when absent. */
  readonly cap?: RatioBounds | undefined;
}

const hundred = new Decimal(100);

function directionOf(comparator: Comparator, indicator: Indicator): Direction {
  if (comparator === 'at-least' || comparator === 'more-than') return 'increasing';
  if (comparator === 'at-most' || comparator === 'less-than') return 'decreasing';
  return indicator.polarity === 'lower-is-better' ? 'decreasing' : 'increasing';
}

class NotAssessable extends Error {
  constructor(
    readonly code: NotAssessableReason,
    message: string,
  ) {
    super(message);
  }
}

function toIndicatorUnit(value: Decimal, from: ScaledUnit | undefined, indicator: Indicator, what: string): Decimal {
  if (from === undefined) return value;
  try {
    return convertScale(value, from, indicator.unit);
  } catch (error) {
    if (error instanceof PlanningError && error.code === 'unit-mismatch') {
      throw new NotAssessable('unit-mismatch', `${what}: ${error.message}`);
    }
    throw error;
  }
}

function lookUp(
  dataset: Dataset,
  target: Target,
  indicator: Indicator,
  period: string,
  options: BestValueOptions,
  reason: 'missing-actual' | 'missing-base',
): ValueUsed {
  const observation = bestObservation(dataset, { indicator: target.indicator, area: target.area, period }, options);
  if (observation === undefined) {
    const which = reason === 'missing-base' ? 'base' : 'actual';
    throw new NotAssessable(reason, `no ${which} value of ${target.indicator} for area ${target.area} in ${period}`);
  }
  return {
    period,
    value: toIndicatorUnit(observation.value, observation.unit, indicator, `the ${period} value of ${target.indicator}`),
    status: observation.status,
    published: observation.published,
  };
}

interface Quantity {
  readonly quantity: Decimal;
  readonly unit: TargetAssessment['quantityUnit'];
  readonly actual: ValueUsed;
  readonly base: ValueUsed | null;
  readonly parts: readonly ValueUsed[];
  readonly formula: string;
}

function basePeriodOf(target: Target): string {
  return target.basePeriod ?? formatPeriod(samePeriodLastYear(target.period));
}

function deriveQuantity(target: Target, indicator: Indicator, dataset: Dataset, options: BestValueOptions): Quantity {
  switch (target.basis) {
    case 'level': {
      const actual = lookUp(dataset, target, indicator, target.period, options, 'missing-actual');
      const base =
        target.comparator === 'maintain' && target.value === undefined
          ? lookUp(dataset, target, indicator, basePeriodOf(target), options, 'missing-base')
          : null;
      return { quantity: actual.value, unit: 'indicator', actual, base, parts: [], formula: 'q = A' };
    }
    case 'change':
    case 'point-change': {
      const actual = lookUp(dataset, target, indicator, target.period, options, 'missing-actual');
      const base = lookUp(dataset, target, indicator, basePeriodOf(target), options, 'missing-base');
      const unit = target.basis === 'point-change' ? 'percentage-points' : 'indicator';
      return { quantity: actual.value.minus(base.value), unit, actual, base, parts: [], formula: 'q = A − B' };
    }
    case 'growth': {
      const actual = lookUp(dataset, target, indicator, target.period, options, 'missing-actual');
      const base = lookUp(dataset, target, indicator, basePeriodOf(target), options, 'missing-base');
      if (base.value.isZero()) {
        throw new NotAssessable('zero-base', `the base value of ${target.indicator} in ${base.period} is zero: growth is undefined`);
      }
      if (!actual.value.isZero() && actual.value.isNegative() !== base.value.isNegative()) {
        throw new NotAssessable(
          'opposite-signs',
          `the ${actual.period} and ${base.period} values of ${target.indicator} have opposite signs: growth has no meaning`,
        );
      }
      return {
        quantity: growthRate(actual.value, base.value),
        unit: 'percent',
        actual,
        base,
        parts: [],
        formula: 'q = (A − B) / B × 100',
      };
    }
    case 'cumulative': {
      const whole = bestObservation(dataset, { indicator: target.indicator, area: target.area, period: target.period }, options);
      if (whole !== undefined) {
        const actual = lookUp(dataset, target, indicator, target.period, options, 'missing-actual');
        return { quantity: actual.value, unit: 'indicator', actual, base: null, parts: [actual], formula: 'q = A (range)' };
      }
      const periods = enumeratePeriods(parsePeriod(target.period)).map(formatPeriod);
      const missing: string[] = [];
      const parts: ValueUsed[] = [];
      for (const period of periods) {
        try {
          parts.push(lookUp(dataset, target, indicator, period, options, 'missing-actual'));
        } catch (error) {
          if (error instanceof NotAssessable && error.code === 'missing-actual') missing.push(period);
          else throw error;
        }
      }
      if (missing.length > 0) {
        throw new NotAssessable(
          'missing-actual',
          `no value of ${target.indicator} for area ${target.area} in ${missing.join(', ')} (needed for the cumulative ${target.period})`,
        );
      }
      const quantity = parts.reduce((sum, part) => sum.plus(part.value), new Decimal(0));
      const last = parts[parts.length - 1];
      if (last === undefined) throw new NotAssessable('missing-actual', `the range ${target.period} has no periods`);
      return { quantity, unit: 'indicator', actual: last, base: null, parts, formula: 'q = Σ A_p over the range' };
    }
  }
}

function targetValueIn(value: Decimal | undefined, target: Target, indicator: Indicator): Decimal | null {
  if (value === undefined) return null;
  if (target.basis === 'growth' || target.basis === 'point-change') return value;
  return toIndicatorUnit(value, target.unit, indicator, `the value of target ${target.id}`);
}

function required(value: Decimal | null, comparator: Comparator): Decimal {
  if (value === null) throw new PlanningError('invalid-argument', `comparator ${comparator} needs a target value`);
  return value;
}

function better(a: Decimal, b: Decimal, direction: Direction): boolean {
  return direction === 'increasing' ? a.greaterThan(b) : a.lessThan(b);
}

function decide(
  comparator: Comparator,
  direction: Direction,
  q: Decimal,
  t: Decimal | null,
  lower: Decimal | null,
  upper: Decimal | null,
  tolerance: Decimal | null,
): { status: AssessmentStatus; rule: string } {
  switch (comparator) {
    case 'at-least': {
      const target = required(t, comparator);
      return { status: q.greaterThan(target) ? 'exceeded' : q.equals(target) ? 'met' : 'not-met', rule: 'q ≥ T' };
    }
    case 'more-than':
      return { status: q.greaterThan(required(t, comparator)) ? 'exceeded' : 'not-met', rule: 'q > T' };
    case 'at-most': {
      const target = required(t, comparator);
      return { status: q.lessThan(target) ? 'exceeded' : q.equals(target) ? 'met' : 'not-met', rule: 'q ≤ T' };
    }
    case 'less-than':
      return { status: q.lessThan(required(t, comparator)) ? 'exceeded' : 'not-met', rule: 'q < T' };
    case 'equal':
      return { status: q.equals(required(t, comparator)) ? 'met' : 'not-met', rule: 'q = T' };
    case 'approximately': {
      const within = q.minus(required(t, comparator)).abs().lessThanOrEqualTo(tolerance ?? 0);
      return { status: within ? 'met' : 'not-met', rule: 'abs(q − T) ≤ tolerance' };
    }
    case 'between': {
      const inside = q.greaterThanOrEqualTo(required(lower, comparator)) && q.lessThanOrEqualTo(required(upper, comparator));
      return { status: inside ? 'met' : 'not-met', rule: 'lower ≤ q ≤ upper' };
    }
    case 'maintain': {
      const reference = required(t, comparator);
      const status = better(q, reference, direction) ? 'exceeded' : q.equals(reference) ? 'met' : 'not-met';
      return { status, rule: direction === 'increasing' ? 'q ≥ T (maintained)' : 'q ≤ T (maintained)' };
    }
  }
}

function ratioFor(
  target: Target,
  direction: Direction,
  q: Decimal,
  t: Decimal | null,
  lower: Decimal | null,
  upper: Decimal | null,
): { ratio: Decimal | null; gap: Decimal | null; formula: string } {
  if (target.comparator === 'between') {
    if (lower === null || upper === null) return { ratio: null, gap: null, formula: '' };
    if (q.lessThan(lower)) return { ratio: attainmentRatio(q, lower, 'increasing'), gap: q.minus(lower), formula: 'ratio = q / lower' };
    if (q.greaterThan(upper)) {
      return { ratio: attainmentRatio(q, upper, 'decreasing'), gap: q.minus(upper), formula: 'ratio = 2 − q / upper' };
    }
    return { ratio: new Decimal(1), gap: new Decimal(0), formula: 'ratio = 1 inside the bounds' };
  }
  if (t === null) return { ratio: null, gap: null, formula: '' };
  if (target.basis === 'growth') {
    const ratio = attainmentRatio(q.plus(hundred), t.plus(hundred), direction);
    return {
      ratio,
      gap: q.minus(t),
      formula: direction === 'increasing' ? 'ratio = (100 + q) / (100 + T)' : 'ratio = 2 − (100 + q) / (100 + T)',
    };
  }
  const formula = t.isZero()
    ? direction === 'increasing'
      ? 'ratio = 1 + q'
      : 'ratio = 1 − q'
    : t.isPositive()
      ? direction === 'increasing'
        ? 'ratio = q / T'
        : 'ratio = 2 − q / T'
      : direction === 'increasing'
        ? 'ratio = (q − T + |T|) / |T|'
        : 'ratio = 1 − (q − T) / |T|';
  return { ratio: attainmentRatio(q, t, direction), gap: q.minus(t), formula };
}

function notAssessable(target: Target, code: NotAssessableReason, message: string): TargetAssessment {
  return {
    target,
    status: 'not-assessable',
    reason: { code, message },
    quantity: null,
    targetValue: null,
    lower: null,
    upper: null,
    ratio: null,
    gap: null,
    quantityUnit: target.basis === 'growth' ? 'percent' : target.basis === 'point-change' ? 'percentage-points' : 'indicator',
    actual: null,
    base: null,
    parts: [],
    formula: '',
    rule: '',
  };
}

/**
 * Assesses one target against a dataset. It derives the assessed quantity from the target's basis
 * (level A; change A − B; growth (A − B) / B × 100; point change A − B in points; cumulative Σ A),
 * takes the best observation of each period under the status precedence and as-of date, converts units
 * exactly, compares with the comparator, and returns the status, the attainment ratio, the gap, and the
 * values and formulas it used.
 *
 * Ratios: levels, changes and sums use the general attainment ratio ({@link attainmentRatio}, correct
 * for zero and negative targets), so a change target gives the share of the planned change achieved;
 * growth targets use the fulfilment of the development index, (100 + q) / (100 + T); `between` scores 1
 * inside the bounds. The base period is the target's `basePeriod`, or the same period a year earlier.
 *
 * It never throws for a data problem: a target it cannot assess has status `not-assessable` and a
 * reason (missing actual or base, zero base, opposite signs, unit mismatch, unknown indicator).
 *
 * @param target - the target
 * @param dataset - the observations
 * @param options - the catalog, as-of date, status precedence and optional cap on ratios
 * @returns the assessment
 *
 * @example
 * // "có thêm 2 xã đạt chuẩn nông thôn mới": 10 communes in 2023, 11 in 2024:
 * const dataset = buildDataset(parseObservations([
 *   { indicator: 'NTM_COMMUNES', area: '402', period: '2023', value: 10, status: 'official' },
 *   { indicator: 'NTM_COMMUNES', area: '402', period: '2024', value: 11, status: 'estimate' },
 * ]));
 * const target = nhuXuanPlan2024.targets.find((candidate) => candidate.indicator === 'NTM_COMMUNES')!;
 * const assessment = assessTarget(target, dataset, { catalog: vnDistrictIndicatorCatalog });
 * [assessment.status, assessment.quantity?.toString(), assessment.ratio?.toString()];
 * //=> ['not-met', '1', '0.5']
 */
export function assessTarget(target: Target, dataset: Dataset, options: AssessOptions): TargetAssessment {
  const indicator = options.catalog.indicators.get(target.indicator);
  if (indicator === undefined) {
    return notAssessable(target, 'unknown-indicator', `indicator ${target.indicator} is not in the catalog`);
  }
  try {
    const derived = deriveQuantity(target, indicator, dataset, options);
    const direction = directionOf(target.comparator, indicator);
    const reference =
      target.comparator === 'maintain' && target.value === undefined ? (derived.base?.value ?? null) : null;
    const t = reference ?? targetValueIn(target.value, target, indicator);
    const lower = targetValueIn(target.lower, target, indicator);
    const upper = targetValueIn(target.upper, target, indicator);
    const tolerance = targetValueIn(target.tolerance, target, indicator);
    const { status, rule } = decide(target.comparator, direction, derived.quantity, t, lower, upper, tolerance);
    const scored = ratioFor(target, direction, derived.quantity, t, lower, upper);
    const ratio = scored.ratio !== null && options.cap !== undefined ? capRatio(scored.ratio, options.cap) : scored.ratio;
    return {
      target,
      status,
      reason: null,
      quantity: derived.quantity,
      targetValue: target.comparator === 'between' ? null : t,
      lower,
      upper,
      ratio,
      gap: scored.gap,
      quantityUnit: derived.unit,
      actual: derived.actual,
      base: derived.base,
      parts: derived.parts,
      formula: scored.formula === '' ? derived.formula : `${derived.formula}; ${scored.formula}`,
      rule,
    };
  } catch (error) {
    if (error instanceof NotAssessable) return notAssessable(target, error.code, error.message);
    throw error;
  }
}

/**
 * Counts of assessments by status.
 *
 * @example
 * // Seven of eight targets met or exceeded:
 * const counts: StatusCounts = { total: 8, exceeded: 5, met: 2, notMet: 1, notAssessable: 0, metOrExceeded: 7 };
 * `${counts.metOrExceeded}/${counts.total}`;
 * //=> '7/8'
 */
export interface StatusCounts {
  /** All targets. */
  readonly total: number;
  /** Targets exceeded. */
  readonly exceeded: number;
  /** Targets met exactly or within bounds. */
  readonly met: number;
  /** Targets not met. */
  readonly notMet: number;
  /** Targets that could not be assessed. */
  readonly notAssessable: number;
  /** Targets met or exceeded ("X/Y chỉ tiêu đạt và vượt kế hoạch"). */
  readonly metOrExceeded: number;
}

/**
 * The assessment of a whole plan: one assessment per target, in the plan's order, and a summary by
 * status and by group.
 *
 * @example
 * // The headline of a year-end review:
 * const result = assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog });
 * `${result.summary.metOrExceeded} of ${result.summary.total}`;
 * //=> '7 of 8'
 */
export interface PlanAssessment {
  /** The plan assessed. */
  readonly plan: Plan;
  /** One assessment per target, in the plan's order. */
  readonly assessments: readonly TargetAssessment[];
  /** Counts over all targets. */
  readonly summary: StatusCounts;
  /** Counts per group (the target's group, else its indicator's group, else `other`), in order of first appearance. */
  readonly byGroup: ReadonlyMap<string, StatusCounts>;
}

function countStatuses(assessments: readonly TargetAssessment[]): StatusCounts {
  const count = (status: AssessmentStatus) => assessments.filter((assessment) => assessment.status === status).length;
  const exceeded = count('exceeded');
  const met = count('met');
  return {
    total: assessments.length,
    exceeded,
    met,
    notMet: count('not-met'),
    notAssessable: count('not-assessable'),
    metOrExceeded: exceeded + met,
  };
}

/**
 * Assesses every target of a plan ({@link assessTarget}) and summarises the result: how many targets
 * were exceeded, met, not met or not assessable, overall and per group. Never throws for a data
 * problem: each target carries its own verdict.
 *
 * @param plan - the plan
 * @param dataset - the observations
 * @param options - the catalog, as-of date, status precedence and optional cap on ratios
 * @returns the assessments and their summary
 *
 * @example
 * // How the Như Xuân 2024 plan went, on the bundled illustrative data:
 * const result = assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog });
 * [result.summary.exceeded, result.summary.met, result.summary.notMet];
 * //=> [5, 2, 1]
 */
export function assessPlan(plan: Plan, dataset: Dataset, options: AssessOptions): PlanAssessment {
  const assessments = plan.targets.map((target) => assessTarget(target, dataset, options));
  const groups = new Map<string, TargetAssessment[]>();
  for (const assessment of assessments) {
    const group =
      assessment.target.group ?? options.catalog.indicators.get(assessment.target.indicator)?.group ?? 'other';
    const members = groups.get(group);
    if (members === undefined) groups.set(group, [assessment]);
    else members.push(assessment);
  }
  return {
    plan,
    assessments,
    summary: countStatuses(assessments),
    byGroup: new Map([...groups].map(([group, members]) => [group, countStatuses(members)])),
  };
}
