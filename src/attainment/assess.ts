import { Decimal, PlanningError } from '../numeric/index.js';
import { convertScale, type ScaledUnit } from '../measure/index.js';
import { type IsoDate, formatPeriod, previousPeriod } from '../period/index.js';
import { type Catalog, type Formula, type Indicator, derivationOf, evaluateFormula } from '../indicator/index.js';
import {
  type BestValueOptions,
  type Dataset,
  type ObservationChoice,
  type ObservationKey,
  type ObservationStatus,
  chooseObservation,
  observationStatuses,
} from '../observation/index.js';
import { type Comparator, type Plan, type Target } from '../target/index.js';
import { averageGrowthFulfilmentRatio, compoundGrowthRate, growthRate } from '../growth/index.js';
import { type Direction, type RatioBounds, attainmentRatio, capRatio } from './ratios.js';
import { type TargetShape, basePeriodOf, cumulativeParts, endPeriodOf, targetShape, targetThrough, yearSpan } from './shape.js';

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
 * - `unit-mismatch`: an observation or the target is written in a unit that cannot be converted to the indicator's;
 * - `conflicting-values`: a value needed has conflicting duplicates (the same status and publication
 *   date, different values), and picking one would be a guess;
 * - `zero-denominator`: a derived indicator's denominator (population, total) is zero;
 * - `outside-period`: a pace or milestone asked for a point outside the target's period, or an
 *   average growth whose base year is not before the range's last year;
 * - `out-of-range`: a value used or computed lies outside the library's number domain.
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
  | 'unit-mismatch'
  | 'conflicting-values'
  | 'zero-denominator'
  | 'outside-period'
  | 'out-of-range';

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
  /**
   * For a value computed from other indicators because the indicator has no observation of its
   * own in that period: the formula and the input values used (its status is the least final of
   * theirs, its publication date the latest).
   */
  readonly derived?: DerivedValue | undefined;
}

/**
 * How a value of a derived indicator was computed from its inputs (see the indicator's `formula`).
 *
 * @example
 * // Income per person from total income and population:
 * const derived: DerivedValue = { formula: { kind: 'per-capita', numerator: 'INCOME', population: 'POPULATION' }, inputs: [] };
 * derived.formula.kind;
 * //=> 'per-capita'
 */
export interface DerivedValue {
  /** The indicator's formula. */
  readonly formula: Formula;
  /** The input values used, each with its indicator's code. */
  readonly inputs: readonly DerivedInput[];
}

/**
 * One input value of a derived value: a {@link ValueUsed} of another indicator.
 *
 * @example
 * // The population that income per person was divided by:
 * const input: DerivedInput = { indicator: 'POPULATION', period: '2024', value: toDecimal(71000), status: 'official' };
 * input.indicator;
 * //=> 'POPULATION'
 */
export interface DerivedInput extends ValueUsed {
  /** The input indicator's code. */
  readonly indicator: string;
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
  /** How the target is assessed and paced (see {@link TargetShape}). */
  readonly shape: TargetShape | null;
  /**
   * One assessment per milestone of the target, in its order: the part of the target up to the
   * milestone's period ({@link TargetShape}: the average growth so far, the sum so far, the level
   * or change by then) against the milestone's value, with the target's comparator.
   */
  readonly milestones: readonly TargetAssessment[];
  /** What a reader of the working should know: values derived from other indicators, and why. */
  readonly notes: readonly string[];
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
  /** How `between` and `approximately` targets score a value outside their band; `'nearer-bound'` unless given. */
  readonly bandRatio?: BandRatioRule | undefined;
}

/**
 * How the ratio of a banded target (`between` lower and upper, or `approximately` T ± tolerance)
 * scores a value q outside the band [L, U]; inside, the ratio is 1.
 *
 * | rule | below the band | above the band | source |
 * |---|---|---|---|
 * | `nearer-bound` | q / L | 2 − q / U (the ratio of a ceiling at U) | the attainment ratio ({@link attainmentRatio}) against the bound crossed |
 * | `camms` | q / L | (L − (q − U)) / L | CAMMS, "KPI performance calculations", range ("goal post") targets |
 *
 * Both score the distance outside the band, never the distance from the centre: 3,300,000 against
 * 3,000,000 ± 150,000 is 2 − 3.3 / 3.15 = 95.2% (`nearer-bound`) or 2.7 / 2.85 = 94.7% (`camms`),
 * not 110%. Bounds of zero or below use the general form of the attainment ratio.
 *
 * @example
 * // The published CAMMS rule:
 * const rule: BandRatioRule = 'camms';
 * rule;
 * //=> 'camms'
 */
export type BandRatioRule = 'nearer-bound' | 'camms';

/** Every {@link BandRatioRule}. */
export const bandRatioRules: readonly BandRatioRule[] = ['nearer-bound', 'camms'];


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

/** @internal Chooses the value of a cell and its rivals, as {@link chooseObservation} does on a dataset. */
export type CellChooser = (key: ObservationKey, options: BestValueOptions) => ObservationChoice;

/** What every value look-up of one assessment needs. */
interface Context {
  readonly dataset: Dataset | CellChooser;
  readonly catalog: Catalog;
  readonly area: string;
  readonly options: BestValueOptions;
  readonly notes: string[];
}

type LookupReason = 'missing-actual' | 'missing-base';

/** The observed value of an indicator in a period, or undefined; conflicting duplicates are refused. */
function observed(context: Context, indicator: Indicator, period: string): ValueUsed | undefined {
  const key = { indicator: indicator.code, area: context.area, period };
  const { dataset } = context;
  const { observation, rivals } = typeof dataset === 'function' ? dataset(key, context.options) : chooseObservation(dataset, key, context.options);
  if (observation === undefined) return undefined;
  if (rivals.length > 0) {
    const values = [observation, ...rivals].map((candidate) => candidate.value.toString()).join(', ');
    throw new NotAssessable(
      'conflicting-values',
      `${indicator.code} for area ${context.area} in ${period} has conflicting ${observation.status} values (${values})${observation.published === undefined ? ' without a publication date' : ` published on ${observation.published}`}; correct the data or give the revision a later publication date`,
    );
  }
  return {
    period,
    value: toIndicatorUnit(observation.value, observation.unit, indicator, `the ${period} value of ${indicator.code}`),
    status: observation.status,
    published: observation.published,
  };
}

function leastFinal(values: readonly ValueUsed[]): ObservationStatus {
  let rank = observationStatuses.length - 1;
  for (const value of values) rank = Math.min(rank, observationStatuses.indexOf(value.status));
  return observationStatuses[rank] ?? 'official';
}

/**
 * The value of an indicator in a period: its best observation, else, for a derived indicator, the
 * value of its formula over its inputs' values (noted in the working). Throws NotAssessable with
 * the reason given when there is neither.
 */
function valueOf(context: Context, indicator: Indicator, period: string, reason: LookupReason): ValueUsed {
  const found = observed(context, indicator, period);
  if (found !== undefined) return found;
  const which = reason === 'missing-base' ? 'base' : 'actual';
  const missing = `no ${which} value of ${indicator.code} for area ${context.area} in ${period}`;
  const formula = derivationOf(indicator);
  if (formula === undefined) throw new NotAssessable(reason, missing);
  const inputs: DerivedInput[] = [];
  let value: Decimal;
  try {
    value = evaluateFormula(context.catalog, indicator.code, (code, offset) => {
      const inputPeriod = offset === -1 ? formatPeriod(previousPeriod(period)) : period;
      const input = valueOf(context, context.catalog.indicators.get(code) ?? indicator, inputPeriod, reason);
      inputs.push({ ...input, indicator: code });
      return input.value;
    });
  } catch (error) {
    if (error instanceof NotAssessable) {
      throw new NotAssessable(error.code, `${missing}, and it cannot be derived from its formula (${formula.kind}): ${error.message}`);
    }
    if (error instanceof PlanningError && error.code === 'division-by-zero') {
      throw new NotAssessable('zero-denominator', `${missing}, and its formula (${formula.kind}) divides by zero: ${error.message}`);
    }
    throw error;
  }
  const published = inputs.reduce<IsoDate | undefined>(
    (latest, input) => (input.published !== undefined && (latest === undefined || input.published > latest) ? input.published : latest),
    undefined,
  );
  context.notes.push(
    `${indicator.code} ${period} is derived (${formula.kind}) from ${inputs.map((input) => `${input.indicator} ${input.period} = ${input.value.toString()}`).join(', ')}: it has no observation of its own`,
  );
  return { period, value, status: leastFinal(inputs), published, derived: { formula, inputs } };
}

interface Quantity {
  readonly quantity: Decimal;
  readonly unit: TargetAssessment['quantityUnit'];
  readonly actual: ValueUsed;
  readonly base: ValueUsed | null;
  readonly parts: readonly ValueUsed[];
  readonly formula: string;
  /** For growth: the periods from the base to the actual (1 for a one-period growth). */
  readonly periods: number | null;
}

function growthObstacle(target: Target, actual: ValueUsed, base: ValueUsed): void {
  if (base.value.isZero()) {
    throw new NotAssessable('zero-base', `the base value of ${target.indicator} in ${base.period} is zero: growth is undefined`);
  }
  if (!actual.value.isZero() && actual.value.isNegative() !== base.value.isNegative()) {
    throw new NotAssessable(
      'opposite-signs',
      `the ${actual.period} and ${base.period} values of ${target.indicator} have opposite signs: growth has no meaning`,
    );
  }
}

function deriveQuantity(target: Target, indicator: Indicator, context: Context, cumulative: readonly string[] | undefined): Quantity {
  switch (target.basis) {
    case 'level': {
      const actual = valueOf(context, indicator, endPeriodOf(target), 'missing-actual');
      const base =
        target.comparator === 'maintain' && target.value === undefined
          ? valueOf(context, indicator, basePeriodOf(target), 'missing-base')
          : null;
      const formula = actual.period === target.period ? 'q = A' : `q = A (${actual.period}, the last year of ${target.period})`;
      return { quantity: actual.value, unit: 'indicator', actual, base, parts: [], formula, periods: null };
    }
    case 'change':
    case 'point-change': {
      const actual = valueOf(context, indicator, endPeriodOf(target), 'missing-actual');
      const base = valueOf(context, indicator, basePeriodOf(target), 'missing-base');
      const unit = target.basis === 'point-change' ? 'percentage-points' : 'indicator';
      return { quantity: actual.value.minus(base.value), unit, actual, base, parts: [], formula: 'q = A − B', periods: null };
    }
    case 'growth': {
      const span = yearSpan(target.period);
      const actual = valueOf(context, indicator, endPeriodOf(target), 'missing-actual');
      const base = valueOf(context, indicator, basePeriodOf(target), 'missing-base');
      growthObstacle(target, actual, base);
      if (span === null) {
        return { quantity: growthRate(actual.value, base.value), unit: 'percent', actual, base, parts: [], formula: 'q = (A − B) / B × 100', periods: 1 };
      }
      const periods = span.last - Number(base.period);
      if (periods < 1) {
        // parsePlan refuses such a base; a target built from the schema alone can still carry one.
        throw new NotAssessable(
          'outside-period',
          `the average growth over ${target.period} needs a base year before ${String(span.last)}; got ${base.period}`,
        );
      }
      return {
        quantity: compoundGrowthRate(base.value, actual.value, periods),
        unit: 'percent',
        actual,
        base,
        parts: [],
        formula: `q = ((A / B)^(1/${String(periods)}) − 1) × 100, the average annual growth ${String(span.first)}–${String(span.last)} from ${base.period}`,
        periods,
      };
    }
    case 'cumulative': {
      const whole = cumulative === undefined ? observed(context, indicator, target.period) : undefined;
      if (whole !== undefined) {
        return { quantity: whole.value, unit: 'indicator', actual: whole, base: null, parts: [whole], formula: 'q = A (range)', periods: null };
      }
      const missing: string[] = [];
      const parts: ValueUsed[] = [];
      for (const period of cumulative ?? cumulativeParts(target.period)) {
        try {
          parts.push(valueOf(context, indicator, period, 'missing-actual'));
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
      return { quantity, unit: 'indicator', actual: last, base: null, parts, formula: 'q = Σ A_p over the range', periods: null };
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

/** The bounds of a target value: T itself, or a band. */
interface Bounds {
  readonly t: Decimal | null;
  readonly lower: Decimal | null;
  readonly upper: Decimal | null;
  readonly tolerance: Decimal | null;
}

/** The status a quantity earns against bounds under a comparator, and the rule in symbols. */
export function decideStatus(
  comparator: Comparator,
  direction: Direction,
  q: Decimal,
  bounds: Bounds,
): { status: Exclude<AssessmentStatus, 'not-assessable'>; rule: string } {
  const { t, lower, upper, tolerance } = bounds;
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

/** The band of a banded target: [lower, upper] of `between`, T ± tolerance of `approximately`. */
function bandOf(comparator: Comparator, bounds: Bounds): { readonly lower: Decimal; readonly upper: Decimal } | null {
  if (comparator === 'between') return bounds.lower === null || bounds.upper === null ? null : { lower: bounds.lower, upper: bounds.upper };
  if (comparator === 'approximately' && bounds.t !== null) {
    const tolerance = bounds.tolerance ?? new Decimal(0);
    return { lower: bounds.t.minus(tolerance), upper: bounds.t.plus(tolerance) };
  }
  return null;
}

function bandRatio(q: Decimal, band: { readonly lower: Decimal; readonly upper: Decimal }, rule: BandRatioRule): { ratio: Decimal; gap: Decimal; formula: string } {
  const { lower, upper } = band;
  if (q.lessThan(lower)) return { ratio: attainmentRatio(q, lower, 'increasing'), gap: q.minus(lower), formula: 'ratio = q / lower' };
  if (q.greaterThan(upper)) {
    if (rule === 'camms') {
      return { ratio: attainmentRatio(lower.minus(q.minus(upper)), lower, 'increasing'), gap: q.minus(upper), formula: 'ratio = (lower − (q − upper)) / lower (CAMMS)' };
    }
    return { ratio: attainmentRatio(q, upper, 'decreasing'), gap: q.minus(upper), formula: 'ratio = 2 − q / upper' };
  }
  return { ratio: new Decimal(1), gap: new Decimal(0), formula: 'ratio = 1 inside the band' };
}

function ratioFor(
  target: Target,
  direction: Direction,
  derived: Quantity,
  bounds: Bounds,
  rule: BandRatioRule,
): { ratio: Decimal | null; gap: Decimal | null; formula: string } {
  const q = derived.quantity;
  const band = bandOf(target.comparator, bounds);
  if (band !== null) {
    const scored = bandRatio(q, band, rule);
    // An approximate target's gap is its deviation from T, which the tolerance bounds.
    return target.comparator === 'approximately' && bounds.t !== null ? { ...scored, gap: q.minus(bounds.t) } : scored;
  }
  const { t } = bounds;
  if (t === null || target.comparator === 'between') return { ratio: null, gap: null, formula: '' };
  if (target.basis === 'growth' && derived.base !== null && derived.periods !== null) {
    // The development index's fulfilment from the two end values, one rounding (not from q rounded).
    const ratio = averageGrowthFulfilmentRatio(derived.base.value, derived.actual.value, derived.periods, t, direction);
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

/** The ratio, or none when the target leaves nothing to divide by (a growth target of −100%): the status still stands. */
function scoredRatio(
  target: Target,
  direction: Direction,
  derived: Quantity,
  bounds: Bounds,
  rule: BandRatioRule,
): { ratio: Decimal | null; gap: Decimal | null; formula: string } {
  try {
    return ratioFor(target, direction, derived, bounds, rule);
  } catch (error) {
    if (error instanceof PlanningError && error.code === 'division-by-zero') {
      return { ratio: null, gap: bounds.t === null ? null : derived.quantity.minus(bounds.t), formula: `no ratio: ${error.message}` };
    }
    throw error;
  }
}

function quantityUnitOf(target: Target): TargetAssessment['quantityUnit'] {
  return target.basis === 'growth' ? 'percent' : target.basis === 'point-change' ? 'percentage-points' : 'indicator';
}

function notAssessable(target: Target, shape: TargetShape | null, code: NotAssessableReason, message: string, notes: readonly string[] = []): TargetAssessment {
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
    quantityUnit: quantityUnitOf(target),
    actual: null,
    base: null,
    parts: [],
    formula: '',
    rule: '',
    shape,
    milestones: [],
    notes,
  };
}

/** The target's bounds in the quantity's unit; `reference` replaces T (a maintained base value). */
export function boundsOf(target: Target, indicator: Indicator, reference: Decimal | null): Bounds {
  return {
    t: reference ?? targetValueIn(target.value, target, indicator),
    lower: targetValueIn(target.lower, target, indicator),
    upper: targetValueIn(target.upper, target, indicator),
    tolerance: targetValueIn(target.tolerance, target, indicator),
  };
}

/** The direction in which the target's quantity is better. */
export function targetDirection(target: Target, indicator: Indicator): Direction {
  return directionOf(target.comparator, indicator);
}

/**
 * Assesses a target whose indicator is known, with `cumulative` the periods a cumulative part sums
 * (from {@link targetThrough}); milestones are not assessed here.
 */
function assessKnown(target: Target, indicator: Indicator, dataset: Dataset | CellChooser, options: AssessOptions, cumulative?: readonly string[]): TargetAssessment {
  const shape = targetShape(target, indicator);
  const context: Context = { dataset, catalog: options.catalog, area: target.area, options, notes: [] };
  try {
    const derived = deriveQuantity(target, indicator, context, cumulative);
    const direction = directionOf(target.comparator, indicator);
    const reference = target.comparator === 'maintain' && target.value === undefined ? (derived.base?.value ?? null) : null;
    const bounds = boundsOf(target, indicator, reference);
    const { status, rule } = decideStatus(target.comparator, direction, derived.quantity, bounds);
    const scored = scoredRatio(target, direction, derived, bounds, options.bandRatio ?? 'nearer-bound');
    const ratio = scored.ratio !== null && options.cap !== undefined ? capRatio(scored.ratio, options.cap) : scored.ratio;
    return {
      target,
      status,
      reason: null,
      quantity: derived.quantity,
      targetValue: target.comparator === 'between' ? null : bounds.t,
      lower: target.comparator === 'between' ? bounds.lower : null,
      upper: target.comparator === 'between' ? bounds.upper : null,
      ratio,
      gap: scored.gap,
      quantityUnit: derived.unit,
      actual: derived.actual,
      base: derived.base,
      parts: derived.parts,
      formula: scored.formula === '' ? derived.formula : `${derived.formula}; ${scored.formula}`,
      rule,
      shape,
      milestones: [],
      notes: context.notes,
    };
  } catch (error) {
    if (error instanceof NotAssessable) return notAssessable(target, shape, error.code, error.message, context.notes);
    // A value computed from data at the edge of the number domain (a growth from 1e-100 to 1e100)
    // can leave it: that row cannot be assessed, and the others still are.
    if (error instanceof PlanningError && error.code === 'invalid-number') {
      return notAssessable(target, shape, 'out-of-range', `a value of target ${target.id} lies outside the numbers the library holds: ${error.message}`, context.notes);
    }
    throw error;
  }
}

/**
 * The value of the target's indicator in its area in a period (observed, or derived from its
 * formula), or why there is none.
 */
export function lookUpTargetValue(
  target: Target,
  indicator: Indicator,
  period: string,
  dataset: Dataset | CellChooser,
  options: AssessOptions,
  reason: LookupReason,
): ValueUsed | NotAssessableDetail {
  try {
    return valueOf({ dataset, catalog: options.catalog, area: target.area, options, notes: [] }, indicator, period, reason);
  } catch (error) {
    if (error instanceof NotAssessable) return { code: error.code, message: error.message };
    throw error;
  }
}

/**
 * Assesses the part of a target up to a period within it ({@link targetThrough}) against a value,
 * for milestones and pace. A period outside the target's gives `outside-period`.
 */
export function assessThrough(
  target: Target,
  indicator: Indicator,
  through: string,
  dataset: Dataset | CellChooser,
  options: AssessOptions,
): TargetAssessment {
  let part: ReturnType<typeof targetThrough>;
  try {
    part = targetThrough(target, through, indicator);
  } catch (error) {
    if (error instanceof PlanningError && error.code === 'invalid-argument') {
      return notAssessable(target, targetShape(target, indicator), 'outside-period', error.message);
    }
    throw error;
  }
  return assessKnown(part.target, indicator, dataset, options, part.parts);
}

/**
 * Assesses one target against a dataset. It derives the assessed quantity from the target's basis,
 * period and indicator ({@link TargetShape}): a level A (for a range of years, the last year's);
 * a change A − B; a growth (A − B) / B × 100 over one period, or over a range of years the
 * average annual growth ((A / B)^(1/n) − 1) × 100 from the base year (the year before the range
 * unless given: 2020 for 2021–2025) to the last year, as the GSO measures "tốc độ tăng bình quân";
 * a point change A − B in points; a cumulative Σ A. It takes the best observation of each period
 * under the status precedence and as-of date (a derived indicator with no observation is computed
 * from its inputs, and the working says so), converts units exactly, compares with the comparator,
 * and returns the status, the attainment ratio, the gap, the values and formulas it used, and one
 * assessment per milestone.
 *
 * Ratios: levels, changes and sums use the general attainment ratio ({@link attainmentRatio}, correct
 * for zero and negative targets), so a change target gives the share of the planned change achieved;
 * growth targets use the fulfilment of the development index, (100 + q) / (100 + T), computed from
 * the end values with one rounding ({@link averageGrowthFulfilmentRatio}); banded targets (`between`,
 * `approximately`) score 1 inside the band and the distance outside it ({@link BandRatioRule}).
 *
 * It never throws for a data problem: a target it cannot assess has status `not-assessable` and a
 * reason (missing actual or base, zero base, opposite signs, unit mismatch, unknown indicator,
 * conflicting duplicate values, a derived value dividing by zero).
 *
 * @param target - the target
 * @param dataset - the observations
 * @param options - the catalog, as-of date, status precedence, optional cap on ratios and band rule
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
 *
 * @example
 * // "tốc độ tăng bình quân giai đoạn 2021–2024 đạt 7%/năm" on the illustrative Như Xuân data
 * // (4,050 tỷ in 2020, 5,436 tỷ in 2024):
 * const fiveYear = { ...nhuXuanPlan2024.targets[0]!, period: '2021/2024', basePeriod: '2020', value: new Decimal(7) };
 * const average = assessTarget(fiveYear, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog });
 * [average.status, average.shape, average.quantity?.toFixed(2)];
 * //=> ['exceeded', 'average-growth', '7.64']
 */
export function assessTarget(target: Target, dataset: Dataset, options: AssessOptions): TargetAssessment {
  return assessTargetIn(target, dataset, options);
}

/**
 * @internal Assesses one target as {@link assessTarget} does, reading each cell's value from a
 * dataset or from a function that chooses it (the columnar dataset's, for the batch path).
 */
export function assessTargetIn(target: Target, dataset: Dataset | CellChooser, options: AssessOptions): TargetAssessment {
  const indicator = options.catalog.indicators.get(target.indicator);
  if (indicator === undefined) {
    return notAssessable(target, null, 'unknown-indicator', `indicator ${target.indicator} is not in the catalog`);
  }
  const assessment = assessKnown(target, indicator, dataset, options);
  const milestones = (target.milestones ?? []).map((milestone) =>
    assessThrough({ ...target, value: milestone.value }, indicator, milestone.period, dataset, options),
  );
  return milestones.length === 0 ? assessment : { ...assessment, milestones };
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
