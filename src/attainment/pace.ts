import { Decimal, type DecimalInput, PlanningError, toDecimal } from '../numeric/index.js';
import { type IsoDate, type SimplePeriodType, formatPeriod, parsePeriod, periodElapsedShare, periodEnd } from '../period/index.js';
import type { Indicator } from '../indicator/index.js';
import { type Dataset } from '../observation/index.js';
import { type Target } from '../target/index.js';
import { requiredAverageGrowth } from '../growth/index.js';
import {
  type AssessOptions,
  type NotAssessableDetail,
  type TargetAssessment,
  type ValueUsed,
  assessThrough,
  boundsOf,
  decideStatus,
  lookUpTargetValue,
  targetDirection,
} from './assess.js';
import { type TargetShape, basePeriodOf, targetShape, yearSpan } from './shape.js';
import { Exact } from './exact.js';

/**
 * Whether the value to date is ahead of, on, or behind the pace the annual target needs.
 *
 * @example
 * // 60% of the annual target done after six months:
 * const status: PaceStatus = 'ahead';
 * status;
 * //=> 'ahead'
 */
export type PaceStatus = 'ahead' | 'on-pace' | 'behind';

/**
 * How the expected share of the year (or of any target period) is found:
 *
 * - `{ method: 'days', asOf }`: elapsed days / days in the period;
 * - `{ method: 'sub-periods', asOf, subType }`: completed months or quarters / all of them;
 * - `{ method: 'seasonal', history }`: from earlier years, Σ value to date / Σ annual value (a ratio of
 *   sums, so a large year weighs as much as its size);
 * - `{ method: 'given', share }`: a share you state.
 *
 * @example
 * // Six whole months of twelve are done:
 * const expected: ExpectedShare = { method: 'sub-periods', asOf: '2024-06-30', subType: 'month' };
 * expected.method;
 * //=> 'sub-periods'
 */
export type ExpectedShare =
  | {
      /** Elapsed days over days in the period. */
      readonly method: 'days';
      /** The last day counted as elapsed. */
      readonly asOf: IsoDate;
    }
  | {
      /** Completed sub-periods over all sub-periods. */
      readonly method: 'sub-periods';
      /** The last day counted as elapsed. */
      readonly asOf: IsoDate;
      /** The sub-period type: `month`, `quarter`... */
      readonly subType: SimplePeriodType;
    }
  | {
      /** A seasonal profile from earlier years. */
      readonly method: 'seasonal';
      /** Each earlier year's value to date and its value for the whole period. */
      readonly history: readonly SeasonalYear[];
    }
  | {
      /** A share you state. */
      readonly method: 'given';
      /** The expected share, between 0 and 1. */
      readonly share: DecimalInput;
    };

/**
 * One earlier year of a seasonal profile: its value to the same point of the year, and its total.
 *
 * @example
 * // 2023: 420 tỷ by mid-year, 1,000 tỷ for the year:
 * const year: SeasonalYear = { toDate: 420, total: 1000 };
 * year.total;
 * //=> 1000
 */
export interface SeasonalYear {
  /** The value to the same point of that year. */
  readonly toDate: DecimalInput;
  /** The value for that whole year. */
  readonly total: DecimalInput;
}

/**
 * The expected share of a period's target that should be done by now, by one of the
 * {@link ExpectedShare} methods.
 *
 * @param period - the target period (a code or a period)
 * @param expected - the method and its inputs
 * @returns a share between 0 and 1 (the seasonal and given methods may lie outside if their inputs do)
 * @throws {@link PlanningError} `insufficient-data` for a seasonal profile with no history or a zero total;
 *   errors of the period functions for bad dates
 *
 * @example
 * // Half of 2024's months are done at the end of June:
 * expectedShare('2024', { method: 'sub-periods', asOf: '2024-06-30', subType: 'month' }).toString();
 * //=> '0.5'
 *
 * @example
 * // In earlier years, the first half brought in 420 of 1,000 and 450 of 1,100:
 * expectedShare('2024', { method: 'seasonal', history: [{ toDate: 420, total: 1000 }, { toDate: 450, total: 1100 }] }).toFixed(4);
 * //=> '0.4143'
 */
export function expectedShare(period: string, expected: ExpectedShare): Decimal {
  switch (expected.method) {
    case 'days':
      return periodElapsedShare(parsePeriod(period), expected.asOf, { by: 'days' });
    case 'sub-periods':
      return periodElapsedShare(parsePeriod(period), expected.asOf, { by: 'sub-periods', subType: expected.subType });
    case 'seasonal': {
      if (expected.history.length === 0) {
        throw new PlanningError('insufficient-data', 'a seasonal profile needs at least one earlier year');
      }
      let toDate = new Decimal(0);
      let total = new Decimal(0);
      for (const [index, year] of expected.history.entries()) {
        toDate = toDate.plus(toDecimal(year.toDate, `history[${String(index)}].toDate`));
        total = total.plus(toDecimal(year.total, `history[${String(index)}].total`));
      }
      if (total.isZero()) throw new PlanningError('insufficient-data', 'a seasonal profile needs a non-zero annual total');
      return toDate.div(total);
    }
    case 'given':
      return toDecimal(expected.share, 'share');
  }
}

/**
 * The pace of a value to date against a target for the whole period.
 *
 * @example
 * // Read a pace result:
 * const pace: Pace = paceAgainstTarget({ toDate: 520, target: 1000, expectedShare: 0.5 });
 * pace.status;
 * //=> 'ahead'
 */
export interface Pace {
  /** toDate / target: the share of the target done. */
  readonly share: Decimal;
  /** The share that should be done by now. */
  readonly expectedShare: Decimal;
  /** share / expectedShare (1 = exactly on pace); null when the expected share is zero. */
  readonly paceRatio: Decimal | null;
  /** Ahead, on pace or behind. */
  readonly status: PaceStatus;
}

/**
 * Compares a value to date with the share of a target that should be done by now ("6 tháng đạt 52%
 * kế hoạch năm"): ahead when the share done exceeds the expected share by more than `tolerance`,
 * behind when it falls short by more than `tolerance`, on pace otherwise. For a lower-is-better
 * target (a ceiling on accidents), being ahead means having used less of it.
 *
 * @param input - `toDate`, `target` (for the whole period), `expectedShare`, optional `tolerance` in
 *   share points (0 unless given: on pace only when exactly on it) and `direction` (`increasing` unless given)
 * @returns the share done, the expected share, their ratio and the status
 * @throws {@link PlanningError} `division-by-zero` for a zero target
 *
 * @example
 * // 520 tỷ of investment by mid-year against 1,000 for the year, half the year gone:
 * paceAgainstTarget({ toDate: 520, target: 1000, expectedShare: 0.5, tolerance: 0.01 }).status;
 * //=> 'ahead'
 */
export function paceAgainstTarget(input: {
  readonly toDate: DecimalInput;
  readonly target: DecimalInput;
  readonly expectedShare: DecimalInput;
  readonly tolerance?: DecimalInput;
  readonly direction?: 'increasing' | 'decreasing';
}): Pace {
  const target = toDecimal(input.target, 'target');
  if (target.isZero()) throw new PlanningError('division-by-zero', 'pace needs a non-zero target for the whole period');
  const share = toDecimal(input.toDate, 'toDate').div(target);
  const expected = toDecimal(input.expectedShare, 'expectedShare');
  const tolerance = toDecimal(input.tolerance ?? 0, 'tolerance');
  const lead = input.direction === 'decreasing' ? expected.minus(share) : share.minus(expected);
  const status: PaceStatus = lead.greaterThan(tolerance) ? 'ahead' : lead.lessThan(tolerance.negated()) ? 'behind' : 'on-pace';
  return { share, expectedShare: expected, paceRatio: expected.isZero() ? null : share.div(expected), status };
}

/**
 * What the rest of a target's period needs, from where a pace or review stands:
 *
 * - `average-growth`: the average annual growth the remaining years need to reach the level that
 *   the target rate implies (B × (1 + T/100)^n), in percent a year ({@link requiredAverageGrowth});
 * - `sum`: what the remaining periods must add to reach a cumulative target;
 * - `change`: the change still to be made;
 * - `level`: the distance from the latest value to the target level.
 *
 * `perYear` divides a sum or change over the whole years left of a range of years.
 *
 * @example
 * // 2 of 5 years left and 1,800 tỷ of a 5,000 tỷ five-year investment target still to come:
 * const remaining: RemainingRequirement = { kind: 'sum', value: toDecimal(1800), years: 2, perYear: toDecimal(900) };
 * remaining.perYear?.toString();
 * //=> '900'
 */
export interface RemainingRequirement {
  /** What the value is: a required average growth, a remaining sum, a remaining change or a distance to a level. */
  readonly kind: 'average-growth' | 'sum' | 'change' | 'level';
  /** The value: percent a year for `average-growth`, else in the target's quantity unit. */
  readonly value: Decimal;
  /** Whole years left of a range of years after the point reached; null for a single period. */
  readonly years: number | null;
  /** For a sum or a change over a range of years with more than one year left: the value per remaining year. */
  readonly perYear: Decimal | null;
}

/**
 * The pace of one target at a point within its period.
 *
 * @example
 * // Read the pace of the investment target after six months:
 * const pace: TargetPace = assessTargetPace(nhuXuanPlan2024.targets[7]!, nhuXuanDataset2024, {
 *   catalog: vnDistrictIndicatorCatalog, toDate: '2024-S1',
 *   expected: { method: 'sub-periods', asOf: '2024-06-30', subType: 'month' },
 * });
 * pace.status;
 * //=> 'ahead'
 */
export interface TargetPace {
  /** The target. */
  readonly target: Target;
  /** The period done so far, such as `2024-S1`, `2024-M01/2024-M09` or `2021/2023`. */
  readonly toDate: string;
  /** Ahead, on pace, behind, or not assessable. */
  readonly status: PaceStatus | 'not-assessable';
  /** Why the pace could not be assessed. */
  readonly reason: NotAssessableDetail | null;
  /** The latest value to date that was used (for a sum, the last part). */
  readonly actual: ValueUsed | null;
  /** For the shapes measured as a share (a flow's level, a change, a sum, a path from a base): the share done against the expected share. */
  readonly pace: Pace | null;
  /** For a growth target: the growth to date on the same part of the base period; for an average growth: the average growth of the years so far; in percent. */
  readonly growthToDate: Decimal | null;
  /** How the target is paced ({@link TargetShape}). */
  readonly shape: TargetShape | null;
  /** The target's quantity to date: a value, change, sum or growth rate, in the unit of the target's quantity. */
  readonly quantity: Decimal | null;
  /** What the target's path expects by now: T × share, B + share × (T − B), or T for rates; null for a banded target. */
  readonly expected: Decimal | null;
  /** The share of the target's period that should be done by now. */
  readonly expectedShare: Decimal | null;
  /** The base value the path starts from, when one is used. */
  readonly base: ValueUsed | null;
  /** What the rest of the period needs to reach the target; null when there is nothing to say (a one-period growth, a banded target). */
  readonly remaining: RemainingRequirement | null;
  /** The assessment of the part done so far, with its working. */
  readonly partial: TargetAssessment | null;
}

/**
 * Options of {@link assessTargetPace}.
 *
 * @example
 * // Pace after nine months, by elapsed days:
 * const options: PaceOptions = {
 *   catalog: vnDistrictIndicatorCatalog, toDate: '2024-M01/2024-M09', expected: { method: 'days', asOf: '2024-09-30' },
 * };
 * options.toDate;
 * //=> '2024-M01/2024-M09'
 */
export interface PaceOptions extends AssessOptions {
  /** The period done so far (a code): `2024-S1`, `2024-Q1`, `2024-M01/2024-M09`, or `2021/2023` within a plan 2021–2025. */
  readonly toDate: string;
  /** How to find the share of the target's period that should be done by now; whole months to the end of `toDate` unless given. */
  readonly expected?: ExpectedShare | undefined;
  /**
   * How far from the expected value still counts as on pace: in share points of the target (of the
   * planned change from the base for a level on a path), or in percentage points for growth; 0
   * unless given.
   */
  readonly tolerance?: DecimalInput;
}

/** An assessment status read as a pace status. */
const paceOfStatus = { exceeded: 'ahead', met: 'on-pace', 'not-met': 'behind' } as const;


/** The point of the straight path from `base` to `value` at `share`, B + s (T − B), rounded once. */
function along(base: Decimal, value: Decimal, share: Decimal): Decimal {
  if (share.equals(1)) return value;
  return new Decimal(new Exact(value).minus(base).times(share).plus(base).toSignificantDigits(Decimal.precision));
}

function scaledBy(value: Decimal | null, share: Decimal): Decimal | null {
  return value === null ? null : share.equals(1) ? value : value.times(share);
}

/** The latest-value candidates of a state at a point: the period itself, then shorter periods ending on its last day. */
function latestCandidates(toDate: string): string[] {
  const period = parsePeriod(toDate);
  const end = periodEnd(period);
  const [year, month] = [end.slice(0, 4), end.slice(5, 7)];
  const candidates = [formatPeriod(period)];
  if (period.type === 'range') candidates.push(formatPeriod(period.end));
  if (end.slice(5) === `${month}-${String(new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate())}`) {
    if (Number(month) % 3 === 0) candidates.push(`${year}-Q${String(Number(month) / 3)}`);
    candidates.push(`${year}-M${month}`);
  }
  return [...new Set(candidates)];
}

function notAssessablePace(
  target: Target,
  toDate: string,
  shape: TargetShape | null,
  reason: NotAssessableDetail | null,
  partial: TargetAssessment | null,
): TargetPace {
  return {
    target,
    toDate,
    status: 'not-assessable',
    reason,
    actual: partial?.actual ?? null,
    pace: null,
    growthToDate: null,
    shape,
    quantity: null,
    expected: null,
    expectedShare: null,
    base: null,
    remaining: null,
    partial,
  };
}

function remainingOf(
  target: Target,
  shape: TargetShape,
  partial: TargetAssessment,
  quantity: Decimal,
  t: Decimal | null,
  toDate: string,
): RemainingRequirement | null {
  if (t === null || target.comparator === 'between' || target.comparator === 'approximately') return null;
  const span = yearSpan(target.period);
  const reached = Number(periodEnd(parsePeriod(toDate)).slice(0, 4)) - (periodEnd(parsePeriod(toDate)).endsWith('-12-31') ? 0 : 1);
  const years = span === null ? null : Math.max(0, span.last - reached);
  // A share per year says something only when more than one year is left.
  const per = (value: Decimal) => (years === null || years <= 1 ? null : value.div(years));
  switch (shape) {
    case 'growth':
      return null;
    case 'average-growth': {
      const base = partial.base;
      const actual = partial.actual;
      if (span === null || base === null || actual === null) return null;
      const lastYear = Number(actual.period);
      const left = span.last - lastYear;
      if (left <= 0) return null;
      const n = span.last - Number(base.period);
      const level = base.value.times(t.plus(100).div(100).pow(n));
      try {
        return { kind: 'average-growth', value: requiredAverageGrowth(actual.value, level, left), years: left, perYear: null };
      } catch (error) {
        if (error instanceof PlanningError) return null;
        throw error;
      }
    }
    case 'cumulative': {
      const value = t.minus(quantity);
      return { kind: 'sum', value, years, perYear: per(value) };
    }
    case 'change': {
      const value = t.minus(quantity);
      return { kind: 'change', value, years, perYear: per(value) };
    }
    case 'flow-level':
      return { kind: 'sum', value: t.minus(quantity), years: null, perYear: null };
    case 'state-level':
      return { kind: 'level', value: t.minus(quantity), years, perYear: null };
  }
}

/**
 * The pace of a target within its period, from the part of it done so far ({@link TargetShape}):
 *
 * - a flow's level for one period (investment 1,000 tỷ for the year): the value to date as a share of
 *   the target, against the expected share ({@link paceAgainstTarget}), under every comparator:
 *   a maintained flow ("duy trì") expects T × s too, and without T, the base period's value × s;
 * - a stock's, rate's or count's level, or a level at the end of a range of years (urbanisation 15%,
 *   income 60 triệu in 2025): the latest value to date against the straight path from the base value
 *   B to the target, B + s × (T − B), never pro-rated; against T itself where there is no base or
 *   the level is maintained (it must hold all along);
 * - a change (2 more communes): the change achieved to date over the planned change, against the
 *   expected share;
 * - a growth over one period (production value up 5.6%): the growth to date against the same part
 *   of the base period ("6 tháng tăng 6,2% so với cùng kỳ"), against the target rate;
 * - a sum over a range (5,000 tỷ over 2021–2025): the sum to date over the target, against the share
 *   of the range elapsed;
 * - an average growth over a range of years (7% a year over 2021–2025): the average growth of the
 *   years so far against the target rate, with the average growth the remaining years need
 *   (`remaining`).
 *
 * The status compares the quantity to date with what the path expects by now under the target's own
 * comparator (ahead, on pace, behind for exceeded, met, not met), so that a pace taken up to the end
 * of the target's period agrees with {@link assessTarget}. `remaining` says what the rest of the
 * period needs. Like {@link assessTarget}, it never throws for a data problem.
 *
 * @param target - the target
 * @param dataset - the observations
 * @param options - the catalog, the period done so far, the expected-share method, and a tolerance
 * @returns the pace
 *
 * @example
 * // Investment after six months of 2024, on the bundled illustrative data:
 * const result = assessTargetPace(nhuXuanPlan2024.targets[7]!, nhuXuanDataset2024, {
 *   catalog: vnDistrictIndicatorCatalog, toDate: '2024-S1',
 *   expected: { method: 'sub-periods', asOf: '2024-06-30', subType: 'month' },
 * });
 * result.pace?.share.toString();
 * //=> '0.52'
 *
 * @example
 * // "2 more communes" with 10 in 2023 and 11 after nine months: half the change, three quarters of the year:
 * const dataset = buildDataset(parseObservations([
 *   { indicator: 'NTM_COMMUNES', area: '402', period: '2023', value: 10, status: 'official' },
 *   { indicator: 'NTM_COMMUNES', area: '402', period: '2024-M09', value: 11, status: 'estimate' },
 * ]));
 * const target = nhuXuanPlan2024.targets.find((candidate) => candidate.indicator === 'NTM_COMMUNES')!;
 * const pace = assessTargetPace(target, dataset, { catalog: vnDistrictIndicatorCatalog, toDate: '2024-M01/2024-M09' });
 * [pace.status, pace.pace?.share.toString(), pace.expectedShare?.toString()];
 * //=> ['behind', '0.5', '0.75']
 */
export function assessTargetPace(target: Target, dataset: Dataset, options: PaceOptions): TargetPace {
  const toDate = formatPeriod(parsePeriod(options.toDate));
  const tolerance = toDecimal(options.tolerance ?? 0, 'tolerance');
  const indicator = options.catalog.indicators.get(target.indicator);
  if (indicator === undefined) {
    return notAssessablePace(target, toDate, null, { code: 'unknown-indicator', message: `indicator ${target.indicator} is not in the catalog` }, null);
  }
  const shape = targetShape(target, indicator);
  const { milestones: _milestones, ...single } = target;
  let partial = assessThrough(single, indicator, toDate, dataset, options);
  const isState = shape === 'state-level' || (shape === 'change' && indicator.measure !== 'flow');
  if (isState && partial.reason?.code === 'missing-actual') {
    for (const candidate of latestCandidates(toDate).slice(1)) {
      const retry = assessThrough(single, indicator, candidate, dataset, options);
      if (retry.reason?.code !== 'missing-actual') {
        partial = retry;
        break;
      }
    }
  }
  if (partial.status === 'not-assessable' || partial.quantity === null) {
    return notAssessablePace(target, toDate, shape, partial.reason, partial);
  }
  const expected = options.expected ?? { method: 'sub-periods', asOf: periodEnd(parsePeriod(toDate)), subType: 'month' };
  let share: Decimal;
  try {
    share = expectedShare(target.period, expected);
  } catch (error) {
    if (error instanceof PlanningError) return notAssessablePace(target, toDate, shape, { code: 'outside-period', message: error.message }, partial);
    throw error;
  }
  return paceFrom(target, indicator, shape, partial, share, tolerance, toDate, dataset, options);
}

function paceFrom(
  target: Target,
  indicator: Indicator,
  shape: TargetShape,
  partial: TargetAssessment,
  share: Decimal,
  tolerance: Decimal,
  toDate: string,
  dataset: Dataset,
  options: AssessOptions,
): TargetPace {
  const quantity = partial.quantity ?? new Decimal(0);
  const direction = targetDirection(target, indicator);
  const reference = target.comparator === 'maintain' && target.value === undefined ? (partial.base?.value ?? null) : null;
  const full = boundsOf(target, indicator, reference);
  let base: ValueUsed | null = null;
  let bounds = full;
  let scale: Decimal | null = null;
  switch (shape) {
    case 'flow-level':
    case 'change':
    case 'cumulative':
      // Every comparator, maintain too: a flow, change or sum to date is a part of the period's.
      bounds = { t: scaledBy(full.t, share), lower: scaledBy(full.lower, share), upper: scaledBy(full.upper, share), tolerance: scaledBy(full.tolerance, share) };
      scale = full.t ?? full.upper;
      break;
    case 'state-level': {
      const found = target.comparator === 'maintain' ? null : lookUpTargetValue(target, indicator, basePeriodOf(target), dataset, options, 'missing-base');
      if (found !== null && 'value' in found) {
        base = found;
        const path = (value: Decimal | null) => (value === null ? null : along(found.value, value, share));
        bounds = { t: path(full.t), lower: path(full.lower), upper: path(full.upper), tolerance: full.tolerance };
        scale = full.t === null ? null : full.t.minus(found.value);
      } else {
        scale = full.t;
      }
      break;
    }
    case 'growth':
    case 'average-growth':
      break;
  }
  let { status } = decideStatus(target.comparator, direction, quantity, bounds);
  const aim = bounds.t;
  if (!tolerance.isZero() && aim !== null) {
    // A growth (either shape) has no scale: its tolerance is in points, as its target is.
    const room = scale === null ? tolerance : tolerance.times(scale.abs());
    if (quantity.minus(aim).abs().lessThanOrEqualTo(room)) status = 'met';
  }
  const paceStatus = paceOfStatus[status];
  const shareDone =
    // A growth (either shape) has no scale, hence no share done.
    scale === null || scale.isZero()
      ? null
      : (base === null ? quantity : quantity.minus(base.value)).div(scale);
  return {
    target,
    toDate,
    status: paceStatus,
    reason: null,
    actual: partial.actual,
    pace:
      shareDone === null
        ? null
        : { share: shareDone, expectedShare: share, paceRatio: share.isZero() ? null : shareDone.div(share), status: paceStatus },
    growthToDate: shape === 'growth' || shape === 'average-growth' ? quantity : null,
    shape,
    quantity,
    expected: target.comparator === 'between' ? null : aim,
    expectedShare: share,
    base,
    remaining: remainingOf(target, shape, partial, quantity, full.t, toDate),
    partial,
  };
}
