import { Decimal, type DecimalInput, type Issue, PlanningError, formatIssues, toDecimal, describeValue } from '../numeric/index.js';
import { compoundObstacle } from './compound.js';
import type { GrowthReason } from './reasons.js';
import { compoundRate } from './roots.js';
import { type YearSeries, checkYear, readYearSeries } from './series.js';

/**
 * The direction of progress an indicator wants: `increase` (higher is better, Open SDG
 * `positive`) or `decrease` (lower is better, Open SDG `negative`).
 *
 * @example
 * // The poverty rate should go down:
 * const direction: ProgressDirection = 'decrease';
 * direction;
 * //=> 'decrease'
 */
export type ProgressDirection = 'increase' | 'decrease';

/**
 * A progress class of the Statistics Canada / Open SDG progress measure, best first, plus
 * `not-assessable`. The default labels are in {@link openSdgProgressLabels}.
 *
 * - `target-achieved`: the latest value meets the target.
 * - `substantial-progress`: on track (with a target, observed growth at least 95% of the required).
 * - `moderate-progress`: progress made but acceleration needed.
 * - `limited-progress`: little progress.
 * - `deterioration`: moving away from the desired direction.
 * - `not-assessable`: the data do not allow an assessment (too few years, opposite signs...).
 *
 * @example
 * // Switch on the class, not on its label:
 * const progressClass: ProgressClass = 'moderate-progress';
 * openSdgProgressLabels[progressClass];
 * //=> 'Progress made but acceleration needed'
 */
export type ProgressClass =
  | 'target-achieved'
  | 'substantial-progress'
  | 'moderate-progress'
  | 'limited-progress'
  | 'deterioration'
  | 'not-assessable';

/**
 * The English labels of the progress classes used by Statistics Canada and Open SDG ("On track",
 * "Progress made but acceleration needed"...). Give your own, in any language, through
 * {@link ProgressOptions.labels}.
 *
 * Source: Open SDG, *Progress Measurement Methodology* (docs/progress-methodology.md), category tables.
 *
 * @example
 * // The label of the best class short of achieving the target:
 * openSdgProgressLabels['substantial-progress'];
 * //=> 'On track'
 */
export const openSdgProgressLabels: Readonly<Record<ProgressClass, string>> = Object.freeze({
  'target-achieved': 'Target achieved',
  'substantial-progress': 'On track',
  'moderate-progress': 'Progress made but acceleration needed',
  'limited-progress': 'Limited progress',
  deterioration: 'Deterioration',
  'not-assessable': 'Unable to assess',
});

/**
 * The five cut points of a progress value. The three inner ones classify: a value of at least
 * `high` is substantial progress, at least `medium` moderate, at least `low` limited, below `low`
 * deterioration. The score runs linearly through `floor` (-5), `low` (-2.5), `medium` (0), `high`
 * (2.5) and `ceiling` (5), and stays at -5 below `floor` and at 5 from `ceiling` up. They must
 * rise: `floor < low <= medium <= high < ceiling`.
 */
export interface ProgressThresholds {
  /** The progress value scored -5; lower values are scored -5 too. */
  readonly floor: DecimalInput;
  /** The lowest value of limited progress (score -2.5); below it is deterioration. */
  readonly low: DecimalInput;
  /** The lowest value of moderate progress (score 0). */
  readonly medium: DecimalInput;
  /** The lowest value of substantial progress, on track (score 2.5). */
  readonly high: DecimalInput;
  /** The progress value scored 5; higher values are scored 5 too. */
  readonly ceiling: DecimalInput;
}

/**
 * Open SDG thresholds with a quantitative target, on the ratio R of observed to required growth
 * (a plain ratio: 0.95 is 95%): on track from 0.95, acceleration needed from 0.60, limited progress
 * from 0; score -5 at -0.60 and 5 at 1.30.
 *
 * Source: Open SDG, *Progress Measurement Methodology*, "Indicators with quantitative targets" and
 * Figure 2; `sdg-build` `sdg/ProgressMeasure.py` (`high 0.95, med 0.6, low 0`).
 *
 * @example
 * // The on-track threshold:
 * openSdgThresholdsWithTarget.high;
 * //=> '0.95'
 */
export const openSdgThresholdsWithTarget: Readonly<ProgressThresholds> = Object.freeze({
  floor: '-0.6',
  low: '0',
  medium: '0.6',
  high: '0.95',
  ceiling: '1.3',
});

/**
 * Open SDG thresholds without a target, on the observed compound growth in the desired direction,
 * in percent a year: on track from 1.5%, acceleration needed from 0.5%, limited progress from 0%;
 * score -5 at -2% and 5 at 2%. Positive thresholds are scaled by the natural-limit factor C when a
 * limit is given.
 *
 * Source: Open SDG, *Progress Measurement Methodology*, "Indicators without quantitative targets"
 * and Figure 1; `sdg-build` `sdg/ProgressMeasure.py` (`high 0.015, med 0.005, low 0`, as fractions).
 *
 * @example
 * // The on-track growth, percent a year:
 * openSdgThresholdsWithoutTarget.high;
 * //=> '1.5'
 */
export const openSdgThresholdsWithoutTarget: Readonly<ProgressThresholds> = Object.freeze({
  floor: '-2',
  low: '0',
  medium: '0.5',
  high: '1.5',
  ceiling: '2',
});

/** A value in a given year, as {@link classifyProgress} takes its base, latest value and target. */
export interface DatedValue {
  /** The calendar year. */
  readonly year: number;
  /** The value in that year. */
  readonly value: DecimalInput;
}

/** What {@link classifyProgress} assesses: a base, the latest value, the direction and maybe a target. */
export interface ProgressInput {
  /** The base year and its value (Open SDG's default base year is 2015; a plan's is the year before it). */
  readonly base: DatedValue;
  /** The latest year with a value, and that value. */
  readonly current: DatedValue;
  /** The quantitative target and its year; without it the method without target applies. */
  readonly target?: DatedValue;
  /** Whether the indicator should go up or down. */
  readonly direction: ProgressDirection;
  /**
   * A natural limit of the indicator (100 for a percentage that cannot exceed 100, or a floor such as
   * 0), in the indicator's unit. Used only without a target, to scale the thresholds near the limit.
   */
  readonly limit?: DecimalInput;
}

/** Settings of {@link classifyProgress}; every default is Open SDG's. */
export interface ProgressOptions {
  /** Thresholds on the ratio R when there is a target; missing ones are {@link openSdgThresholdsWithTarget}'s. */
  readonly thresholdsWithTarget?: Partial<ProgressThresholds>;
  /** Thresholds on growth in percent a year without a target; missing ones are {@link openSdgThresholdsWithoutTarget}'s. */
  readonly thresholdsWithoutTarget?: Partial<ProgressThresholds>;
  /** Labels for the classes; missing ones are {@link openSdgProgressLabels}'. */
  readonly labels?: Partial<Record<ProgressClass, string>>;
  /**
   * The value put in place of a base or target of zero, which an exponential model cannot use.
   * Default 0.001, as Open SDG; pick a value that suits the indicator's unit.
   */
  readonly zeroReplacement?: DecimalInput;
  /** The exponent a of the natural-limit factor C. Default 4.44, as Open SDG. */
  readonly limitExponent?: DecimalInput;
}

/** A change Open SDG makes to the inputs before it measures, recorded in the assessment. */
export type ProgressAdjustment = 'base-zero-replaced' | 'target-zero-replaced';

/** The thresholds applied to one assessment, after any natural-limit scaling. */
export interface AppliedThresholds {
  /** The progress value scored -5. */
  readonly floor: Decimal;
  /** The lowest value of limited progress. */
  readonly low: Decimal;
  /** The lowest value of moderate progress. */
  readonly medium: Decimal;
  /** The lowest value of substantial progress. */
  readonly high: Decimal;
  /** The progress value scored 5. */
  readonly ceiling: Decimal;
}

/** A progress assessment with every component of its calculation, for audit. */
export interface ProgressAssessment {
  /** The class of progress. */
  readonly progressClass: ProgressClass;
  /** The class's label. */
  readonly label: string;
  /** The score from -5 to 5 (5 when the target is achieved), or null when not assessable. */
  readonly score: Decimal | null;
  /** `with-target` (ratio of observed to required growth) or `without-target` (observed growth). */
  readonly method: 'with-target' | 'without-target';
  /** The desired direction. */
  readonly direction: ProgressDirection;
  /** The base year used, or null when a series had no usable base. */
  readonly baseYear: number | null;
  /** The base value used (after any zero replacement), or null. */
  readonly baseValue: Decimal | null;
  /** The latest year used, or null. */
  readonly currentYear: number | null;
  /** The latest value used, or null. */
  readonly currentValue: Decimal | null;
  /** The target year, or null without a target. */
  readonly targetYear: number | null;
  /** The target value used (after any zero replacement), or null without a target. */
  readonly targetValue: Decimal | null;
  /** Replacements made to the inputs. */
  readonly adjustments: readonly ProgressAdjustment[];
  /** -1 when the base value is negative (the desired direction is then flipped), else 1. */
  readonly sign: 1 | -1;
  /** Observed compound growth from base to latest, in percent a year, or null. */
  readonly observedGrowth: Decimal | null;
  /** Growth from base to target needed to reach it on time, in percent a year, or null. */
  readonly requiredGrowth: Decimal | null;
  /**
   * What was classified: with a target the ratio R = sign x d x observed / |required| (a plain ratio);
   * without one the growth in the desired direction sign x d x observed, in percent a year. Null
   * when not computable.
   */
  readonly progressValue: Decimal | null;
  /** The thresholds applied, after natural-limit scaling. */
  readonly thresholds: AppliedThresholds;
  /** The natural-limit factor C (from 0 to 1), or null when no limit applied. */
  readonly scalingFactor: Decimal | null;
  /** Whether the latest value meets the target. */
  readonly targetAchieved: boolean;
  /** Why the progress is not assessable, or null. */
  readonly reason: GrowthReason | null;
}

const SCORE_FLOOR = new Decimal(-5);
const SCORE_LOW = new Decimal('-2.5');
const SCORE_MEDIUM = new Decimal(0);
const SCORE_HIGH = new Decimal('2.5');
const SCORE_CEILING = new Decimal(5);
const SCORE_STEP = new Decimal('2.5');
/** Open SDG's replacement for a zero base or target; the batch form (batch.ts) reads it too. */
export const DEFAULT_ZERO_REPLACEMENT = new Decimal('0.001');
const DEFAULT_LIMIT_EXPONENT = new Decimal('4.44');
const ONE = new Decimal(1);
const TWO = new Decimal(2);

const thresholdNames = ['floor', 'low', 'medium', 'high', 'ceiling'] as const;

function resolveThresholds(given: Partial<ProgressThresholds> | undefined, defaults: Readonly<ProgressThresholds>, what: string): AppliedThresholds {
  const values = thresholdNames.map((name) => toDecimal(given?.[name] ?? defaults[name], `${what}.${name}`));
  const [floor, low, medium, high, ceiling] = values as [Decimal, Decimal, Decimal, Decimal, Decimal];
  const issues: Issue[] = [];
  if (!floor.lessThan(low)) issues.push({ path: [what, 'floor'], message: `floor must be below low; got floor ${floor.toString()} and low ${low.toString()}` });
  if (low.greaterThan(medium)) issues.push({ path: [what, 'low'], message: `low must not exceed medium; got low ${low.toString()} and medium ${medium.toString()}` });
  if (medium.greaterThan(high)) issues.push({ path: [what, 'medium'], message: `medium must not exceed high; got medium ${medium.toString()} and high ${high.toString()}` });
  if (!high.lessThan(ceiling)) issues.push({ path: [what, 'ceiling'], message: `ceiling must be above high; got high ${high.toString()} and ceiling ${ceiling.toString()}` });
  if (issues.length > 0) {
    throw new PlanningError('invalid-argument', `progress thresholds must rise from floor to ceiling:\n${formatIssues(issues)}`, { issues });
  }
  return { floor, low, medium, high, ceiling };
}

const defaultWithTarget = resolveThresholds(undefined, openSdgThresholdsWithTarget, 'thresholdsWithTarget');
const defaultWithoutTarget = resolveThresholds(undefined, openSdgThresholdsWithoutTarget, 'thresholdsWithoutTarget');

/** The thresholds of the method in use, the defaults resolved once for the common case. */
export function thresholdsFor(withTarget: boolean, options: ProgressOptions): AppliedThresholds {
  if (withTarget) {
    return options.thresholdsWithTarget === undefined
      ? defaultWithTarget
      : resolveThresholds(options.thresholdsWithTarget, openSdgThresholdsWithTarget, 'thresholdsWithTarget');
  }
  return options.thresholdsWithoutTarget === undefined
    ? defaultWithoutTarget
    : resolveThresholds(options.thresholdsWithoutTarget, openSdgThresholdsWithoutTarget, 'thresholdsWithoutTarget');
}

/**
 * The natural-limit factor C of the Open SDG progress measure: a number from 0 to 1 that shrinks
 * the positive thresholds of the method without a target when the base value is near a natural
 * limit (a maximum such as 100% or a minimum), so that "on track" stays reachable. With b = |base|
 * and L = |limit|: C = 1 when b >= 2L; C = 1 - (b / L)^a when b <= L; otherwise
 * C = 1 - ((2L - b) / L)^a; a = 4.44.
 *
 * Source: Open SDG, *Progress Measurement Methodology*, "Indicators without quantitative targets"
 * (scaling factor); `sdg-build` `sdg/ProgressMeasure.py`, `get_progress_thresholds`.
 *
 * @param base - the base value
 * @param limit - the natural limit, in the same unit
 * @param exponent - the exponent a; default 4.44
 * @returns the factor C, from 0 to 1
 * @throws {@link PlanningError} `invalid-number` when an argument is not a finite number
 *
 * @example
 * // A coverage rate of 90% against its maximum of 100%:
 * round(naturalLimitFactor(90, 100), 4).toString();
 * //=> '0.3736'
 */
export function naturalLimitFactor(base: DecimalInput, limit: DecimalInput, exponent: DecimalInput = DEFAULT_LIMIT_EXPONENT): Decimal {
  const b = toDecimal(base, 'base').abs();
  const bound = toDecimal(limit, 'limit').abs();
  const a = toDecimal(exponent, 'exponent');
  // test b >= 2L first: it gives C = 1 when base and limit are both zero, as Open SDG does
  if (b.greaterThanOrEqualTo(bound.times(TWO))) return ONE;
  const distance = b.lessThanOrEqualTo(bound) ? b : bound.times(TWO).minus(b);
  return ONE.minus(distance.div(bound).pow(a));
}

function scoreOf(value: Decimal, thresholds: AppliedThresholds): Decimal {
  const { floor, low, medium, high, ceiling } = thresholds;
  // each band is [from, to) with value inside it, so to - from > 0 and the division is safe
  if (value.greaterThanOrEqualTo(ceiling)) return SCORE_CEILING;
  if (value.greaterThanOrEqualTo(high)) return interpolate(value, high, ceiling, SCORE_HIGH);
  if (value.greaterThanOrEqualTo(medium)) return interpolate(value, medium, high, SCORE_MEDIUM);
  if (value.greaterThanOrEqualTo(low)) return interpolate(value, low, medium, SCORE_LOW);
  if (value.greaterThanOrEqualTo(floor)) return interpolate(value, floor, low, SCORE_FLOOR);
  return SCORE_FLOOR;
}

function interpolate(value: Decimal, from: Decimal, to: Decimal, scoreFrom: Decimal): Decimal {
  return scoreFrom.plus(value.minus(from).times(SCORE_STEP).div(to.minus(from)));
}

function classOf(value: Decimal, thresholds: AppliedThresholds): ProgressClass {
  if (value.greaterThanOrEqualTo(thresholds.high)) return 'substantial-progress';
  if (value.greaterThanOrEqualTo(thresholds.medium)) return 'moderate-progress';
  if (value.greaterThanOrEqualTo(thresholds.low)) return 'limited-progress';
  return 'deterioration';
}

function scaleThresholds(thresholds: AppliedThresholds, factor: Decimal): AppliedThresholds {
  // only thresholds above zero are scaled: those at or below zero mark movement the wrong way
  const scale = (value: Decimal): Decimal => (value.isPositive() && !value.isZero() ? value.times(factor) : value);
  return {
    floor: scale(thresholds.floor),
    low: scale(thresholds.low),
    medium: scale(thresholds.medium),
    high: scale(thresholds.high),
    ceiling: scale(thresholds.ceiling),
  };
}

function checkDirection(direction: unknown): asserts direction is ProgressDirection {
  if (direction !== 'increase' && direction !== 'decrease') {
    throw new PlanningError('invalid-argument', `direction must be 'increase' or 'decrease'; got ${describeValue(direction)}`);
  }
}

/** Refuses a target given as something other than an object, which would otherwise fail on reading its year. */
function checkTarget(target: unknown): void {
  if (target !== undefined && (typeof target !== 'object' || target === null)) {
    throw new PlanningError('invalid-argument', `target must be an object { year, value }; got ${describeValue(target)}`);
  }
}

function labelOf(progressClass: ProgressClass, options: ProgressOptions): string {
  return options.labels?.[progressClass] ?? openSdgProgressLabels[progressClass];
}

/**
 * Classifies progress from a base year toward a target, by the Statistics Canada / Open SDG
 * progress measure, and returns every component for audit.
 *
 * - Observed growth: `CAGR_o = (current / base)^(1 / (t_current - t_base)) - 1`.
 * - With a target: the required growth `CAGR_r = (target / base)^(1 / (t_target - t_base)) - 1`
 *   and the ratio `R = sign(base) x d x CAGR_o / |CAGR_r|` (d = 1 to increase, -1 to decrease),
 *   classified on track from 0.95, acceleration needed from 0.60, limited progress from 0, else
 *   deterioration. The target counts as achieved first, whatever the trend, when the latest value
 *   meets it (score 5).
 * - Without a target: `v = sign(base) x d x CAGR_o` in percent a year, classified on track from
 *   1.5, acceleration needed from 0.5, limited progress from 0; near a natural limit the positive
 *   thresholds are multiplied by {@link naturalLimitFactor}.
 * - The score runs linearly from -5 to 5 through the thresholds (see {@link ProgressThresholds});
 *   the published cut-offs are reproduced exactly (R = 0.6 scores 0, 0.95 scores 2.5, 1.3 scores 5).
 *   Open SDG's code rounds the slopes to 7.1429 and 4.1667; this uses the exact lines of the
 *   published figures, which differ from it by less than 0.0001.
 * - A base or target of zero is replaced by 0.001 (recorded in `adjustments`); base and latest
 *   values of opposite signs, or a latest year not after the base year, are not assessable.
 *
 * Growth rates in the result are in percent a year (our convention); R is a plain ratio.
 *
 * Source: Statistics Canada / Open SDG, *Progress Measurement Methodology*
 * (https://github.com/open-sdg/open-sdg/blob/master/docs/progress-methodology.md), "inspired by the
 * progress methodology used by Eurostat"; `open-sdg/sdg-build`, `sdg/ProgressMeasure.py`.
 *
 * @param input - the base, the latest value, the direction, and the target or natural limit if any
 * @param options - thresholds, labels, zero replacement and limit exponent; Open SDG's by default
 * @returns the class, its label, the score and every component used
 * @throws {@link PlanningError} `invalid-argument` for an unknown direction, years that are not
 * integers or thresholds that do not rise; `invalid-number` for a value that is not a number
 *
 * @example
 * // Income per person 30 in 2020, 38 in 2023; the plan wants 45 by 2025.
 * const assessment = classifyProgress({
 *   base: { year: 2020, value: 30 },
 *   current: { year: 2023, value: 38 },
 *   target: { year: 2025, value: 45 },
 *   direction: 'increase',
 * });
 * [assessment.progressClass, assessment.label, round(assessment.progressValue ?? 0, 3).toString()];
 * //=> ['substantial-progress', 'On track', '0.971']
 */
export function classifyProgress(input: ProgressInput, options: ProgressOptions = {}): ProgressAssessment {
  const { direction } = input;
  checkDirection(direction);
  checkYear(input.base.year, 'base.year');
  checkYear(input.current.year, 'current.year');
  const rawBase = toDecimal(input.base.value, 'base.value');
  const current = toDecimal(input.current.value, 'current.value');
  const replacement = options.zeroReplacement === undefined ? DEFAULT_ZERO_REPLACEMENT : toDecimal(options.zeroReplacement, 'zeroReplacement');
  const adjustments: ProgressAdjustment[] = [];
  let targetValue: Decimal | null = null;
  checkTarget(input.target);
  if (input.target !== undefined) {
    checkYear(input.target.year, 'target.year');
    targetValue = toDecimal(input.target.value, 'target.value');
    if (targetValue.isZero()) {
      targetValue = replacement;
      adjustments.push('target-zero-replaced');
    }
  }
  const withTarget = targetValue !== null;
  let thresholds = thresholdsFor(withTarget, options);
  // Open SDG computes the sign and the limit factor from the base before replacing a zero base
  const sign: 1 | -1 = rawBase.isNegative() && !rawBase.isZero() ? -1 : 1;
  let scalingFactor: Decimal | null = null;
  if (!withTarget && input.limit !== undefined) {
    scalingFactor = naturalLimitFactor(rawBase, input.limit, options.limitExponent ?? DEFAULT_LIMIT_EXPONENT);
    thresholds = scaleThresholds(thresholds, scalingFactor);
  }
  let base = rawBase;
  if (base.isZero()) {
    base = replacement;
    adjustments.push('base-zero-replaced');
  }
  const desired = direction === 'increase' ? 1 : -1;
  const targetAchieved =
    targetValue !== null && (desired === 1 ? current.greaterThanOrEqualTo(targetValue) : current.lessThanOrEqualTo(targetValue));
  const measured = measure(input, base, current, targetValue, sign * desired);
  let progressClass: ProgressClass;
  let score: Decimal | null;
  if (targetAchieved) {
    progressClass = 'target-achieved';
    score = SCORE_CEILING;
  } else if (measured.progressValue === null) {
    progressClass = 'not-assessable';
    score = null;
  } else {
    progressClass = classOf(measured.progressValue, thresholds);
    score = scoreOf(measured.progressValue, thresholds);
  }
  return {
    progressClass,
    label: labelOf(progressClass, options),
    score,
    method: withTarget ? 'with-target' : 'without-target',
    direction,
    baseYear: input.base.year,
    baseValue: base,
    currentYear: input.current.year,
    currentValue: current,
    targetYear: input.target?.year ?? null,
    targetValue,
    adjustments,
    sign,
    ...measured,
    thresholds,
    scalingFactor,
    targetAchieved,
    reason: targetAchieved ? null : measured.reason,
  };
}

interface Measured {
  readonly observedGrowth: Decimal | null;
  readonly requiredGrowth: Decimal | null;
  readonly progressValue: Decimal | null;
  readonly reason: GrowthReason | null;
}

function measure(input: ProgressInput, base: Decimal, current: Decimal, target: Decimal | null, orientation: number): Measured {
  const none = { observedGrowth: null, requiredGrowth: null, progressValue: null };
  if (compoundObstacle(base, current) === 'opposite-signs') return { ...none, reason: 'opposite-signs' };
  const years = input.current.year - input.base.year;
  if (years < 1) return { ...none, reason: 'too-few-points' };
  const observed = compoundRate(base, current, years);
  const oriented = orientation === 1 ? observed : observed.negated();
  if (target === null || input.target === undefined) {
    return { observedGrowth: observed, requiredGrowth: null, progressValue: oriented, reason: null };
  }
  const targetYears = input.target.year - input.base.year;
  if (targetYears < 1) return { ...none, observedGrowth: observed, reason: 'target-year-passed' };
  if (compoundObstacle(base, target) === 'opposite-signs') return { ...none, observedGrowth: observed, reason: 'opposite-signs' };
  const required = compoundRate(base, target, targetYears);
  if (required.isZero()) return { ...none, observedGrowth: observed, requiredGrowth: required, reason: 'zero-required-growth' };
  return { observedGrowth: observed, requiredGrowth: required, progressValue: oriented.div(required.abs()), reason: null };
}

/** Settings of {@link classifyProgressFromSeries}: the base year, direction and target of the assessment. */
export interface SeriesProgressSettings {
  /** The base year; when it has no value the first later year with one is used, as Open SDG does. */
  readonly baseYear: number;
  /** Whether the indicator should go up or down. */
  readonly direction: ProgressDirection;
  /** The quantitative target and its year, if any. */
  readonly target?: DatedValue;
  /** A natural limit, used only without a target. */
  readonly limit?: DecimalInput;
}

/**
 * Classifies the progress of a year-indexed series with {@link classifyProgress}: the base is the
 * base year's value, or the first later year with a value; the latest value is that of the last
 * year with one. A series with no usable base or no later value is not assessable
 * (`too-few-points`), and the assessment says which years were used.
 *
 * Source: as {@link classifyProgress}; the choice of base and latest year follows `sdg-build`
 * `sdg/ProgressMeasure.py` (`SeriesProgress`).
 *
 * @param series - the values by year; absent years and `null` values are missing
 * @param settings - the base year, the direction, and the target or limit if any
 * @param options - thresholds, labels, zero replacement and limit exponent; Open SDG's by default
 * @returns the assessment, with the base and latest years used
 * @throws {@link PlanningError} `invalid-input` when the series is malformed; as
 * {@link classifyProgress} for bad settings
 *
 * @example
 * // Poverty rate falling from 8.2% (2020) to 5.1% (2023), no target:
 * const series = [{ year: 2020, value: '8.2' }, { year: 2021, value: 7 }, { year: 2023, value: '5.1' }];
 * classifyProgressFromSeries(series, { baseYear: 2020, direction: 'decrease' }).progressClass;
 * //=> 'substantial-progress'
 */
export function classifyProgressFromSeries(
  series: YearSeries,
  settings: SeriesProgressSettings,
  options: ProgressOptions = {},
): ProgressAssessment {
  checkYear(settings.baseYear, 'baseYear');
  checkDirection(settings.direction);
  const { years, values } = readYearSeries(series);
  let baseIndex = 0;
  while (baseIndex < years.length && ((years[baseIndex] ?? 0) < settings.baseYear || values[baseIndex] === null)) baseIndex += 1;
  let latestIndex = years.length - 1;
  while (latestIndex >= 0 && values[latestIndex] === null) latestIndex -= 1;
  const base = values[baseIndex] ?? null;
  const latest = values[latestIndex] ?? null;
  if (base === null || latest === null || latestIndex < baseIndex) return withoutData(settings, options);
  // one usable year: classifyProgress still tells an achieved target from too few points
  return classifyProgress(
    {
      base: { year: years[baseIndex] ?? 0, value: base },
      current: { year: years[latestIndex] ?? 0, value: latest },
      direction: settings.direction,
      ...(settings.target === undefined ? {} : { target: settings.target }),
      ...(settings.limit === undefined ? {} : { limit: settings.limit }),
    },
    options,
  );
}

function withoutData(settings: SeriesProgressSettings, options: ProgressOptions): ProgressAssessment {
  const withTarget = settings.target !== undefined;
  checkTarget(settings.target);
  if (settings.target !== undefined) checkYear(settings.target.year, 'target.year');
  return {
    progressClass: 'not-assessable',
    label: labelOf('not-assessable', options),
    score: null,
    method: withTarget ? 'with-target' : 'without-target',
    direction: settings.direction,
    baseYear: null,
    baseValue: null,
    currentYear: null,
    currentValue: null,
    targetYear: settings.target?.year ?? null,
    targetValue: settings.target === undefined ? null : toDecimal(settings.target.value, 'target.value'),
    adjustments: [],
    sign: 1,
    observedGrowth: null,
    requiredGrowth: null,
    progressValue: null,
    thresholds: thresholdsFor(withTarget, options),
    scalingFactor: null,
    targetAchieved: false,
    reason: 'too-few-points',
  };
}

/**
 * The progress class of a score from -5 to 5, by Open SDG's bands: [2.5, 5] on track, [0, 2.5)
 * acceleration needed, [-2.5, 0) limited progress, [-5, -2.5) deterioration. Used for the mean
 * score of several series; `targetAchieved` wins over the score.
 *
 * Source: `sdg-build` `sdg/ProgressMeasure.py`, `get_progress_status_from_score`; Open SDG,
 * *Progress Measurement Methodology*, "Aggregated progress status".
 *
 * @param score - a score from -5 to 5
 * @param targetAchieved - whether every series has achieved its target; default false
 * @returns the class
 * @throws {@link PlanningError} `invalid-argument` when the score is outside -5 to 5;
 * `invalid-number` when it is not a number
 *
 * @example
 * // An indicator whose series score 1 on average:
 * progressClassFromScore(1);
 * //=> 'moderate-progress'
 */
export function progressClassFromScore(score: DecimalInput, targetAchieved = false): ProgressClass {
  const value = toDecimal(score, 'score');
  if (value.lessThan(SCORE_FLOOR) || value.greaterThan(SCORE_CEILING)) {
    throw new PlanningError('invalid-argument', `a progress score runs from -5 to 5; got ${value.toString()}`);
  }
  if (targetAchieved) return 'target-achieved';
  if (value.greaterThanOrEqualTo(SCORE_HIGH)) return 'substantial-progress';
  if (value.greaterThanOrEqualTo(SCORE_MEDIUM)) return 'moderate-progress';
  if (value.greaterThanOrEqualTo(SCORE_LOW)) return 'limited-progress';
  return 'deterioration';
}

/** The progress of an indicator made of several series: {@link combineProgress}'s result. */
export interface CombinedProgress {
  /** The class from the mean score; `target-achieved` only when every assessed series achieved its target. */
  readonly progressClass: ProgressClass;
  /** The class's label. */
  readonly label: string;
  /** The mean of the series' scores, or null when none was assessable. */
  readonly score: Decimal | null;
  /** How many series had a score. */
  readonly seriesAssessed: number;
}

/**
 * Combines the assessments of several series of one indicator, as Open SDG does: the mean of the
 * scores of the assessable series, classified by {@link progressClassFromScore}; the target is
 * achieved only when every assessed series achieved it.
 *
 * Source: Open SDG, *Progress Measurement Methodology*, "Aggregated progress status"; `sdg-build`
 * `sdg/ProgressMeasure.py`, `IndicatorProgress.get_indicator_progress`.
 *
 * @param assessments - the series' assessments
 * @param options - labels for the classes
 * @returns the combined class, label and mean score
 *
 * @example
 * // Two series of one indicator: one on track (score 4.8), one flat (score -2.5):
 * const on = classifyProgress({ base: { year: 2020, value: 100 }, current: { year: 2023, value: 106 }, direction: 'increase' });
 * const off = classifyProgress({ base: { year: 2020, value: 100 }, current: { year: 2023, value: 100 }, direction: 'increase' });
 * combineProgress([on, off]).progressClass;
 * //=> 'moderate-progress'
 */
export function combineProgress(
  assessments: readonly ProgressAssessment[],
  options: Pick<ProgressOptions, 'labels'> = {},
): CombinedProgress {
  const scored = assessments.filter((assessment) => assessment.score !== null);
  if (scored.length === 0) {
    return { progressClass: 'not-assessable', label: labelOf('not-assessable', options), score: null, seriesAssessed: 0 };
  }
  let total = new Decimal(0);
  for (const assessment of scored) total = total.plus(assessment.score ?? 0);
  const score = total.div(scored.length);
  const progressClass = progressClassFromScore(score, scored.every((assessment) => assessment.targetAchieved));
  return { progressClass, label: labelOf(progressClass, options), score, seriesAssessed: scored.length };
}
