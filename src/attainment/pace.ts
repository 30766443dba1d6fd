import { Decimal, type DecimalInput, PlanningError, toDecimal } from '../numeric/index.js';
import { type IsoDate, type SimplePeriodType, parsePeriod, periodElapsedShare } from '../period/index.js';
import { type Dataset } from '../observation/index.js';
import { formatPeriod, samePeriodLastYear } from '../period/index.js';
import { type Target } from '../target/index.js';
import { type AssessOptions, type NotAssessableDetail, type ValueUsed, assessTarget } from './assess.js';

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
  /** The period done so far, such as `2024-S1` or `2024-M01/2024-M09`. */
  readonly toDate: string;
  /** Ahead, on pace, behind, or not assessable. */
  readonly status: PaceStatus | 'not-assessable';
  /** Why the pace could not be assessed. */
  readonly reason: NotAssessableDetail | null;
  /** The value to date that was used. */
  readonly actual: ValueUsed | null;
  /** For a level or cumulative target: the pace against the target for the whole period. */
  readonly pace: Pace | null;
  /** For a growth target: the growth to date against the same period a year earlier, in percent. */
  readonly growthToDate: Decimal | null;
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
  /** The period done so far (a code): `2024-S1`, `2024-Q1`, `2024-M01/2024-M09`. */
  readonly toDate: string;
  /** How to find the share that should be done by now (level and cumulative targets). */
  readonly expected: ExpectedShare;
  /** Tolerance in share points (level targets) or percentage points (growth targets); 0 unless given. */
  readonly tolerance?: DecimalInput;
}

/**
 * The pace of a target within its period, from the value of the part done so far:
 *
 * - a level or cumulative target on a flow (investment 1,000 tỷ for the year): the value to date as a
 *   share of the target, against the expected share ({@link paceAgainstTarget});
 * - a growth target (production value up 5.6%): the growth to date against the same period of the
 *   previous year ("6 tháng tăng 6,2% so với cùng kỳ"), against the target rate.
 *
 * Like {@link assessTarget}, it never throws for a data problem.
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
 */
export function assessTargetPace(target: Target, dataset: Dataset, options: PaceOptions): TargetPace {
  const toDate = formatPeriod(parsePeriod(options.toDate));
  const base = { target, toDate, growthToDate: null, pace: null } as const;
  const tolerance = toDecimal(options.tolerance ?? 0, 'tolerance');
  if (target.basis === 'growth') {
    const partial = assessTarget(
      { ...target, period: toDate, basePeriod: formatPeriod(samePeriodLastYear(toDate)) },
      dataset,
      options,
    );
    if (partial.status === 'not-assessable' || partial.quantity === null || partial.targetValue === null) {
      return { ...base, status: 'not-assessable', reason: partial.reason, actual: partial.actual };
    }
    const lead = partial.quantity.minus(partial.targetValue);
    const status: PaceStatus = lead.greaterThan(tolerance) ? 'ahead' : lead.lessThan(tolerance.negated()) ? 'behind' : 'on-pace';
    return { ...base, status, reason: null, actual: partial.actual, growthToDate: partial.quantity };
  }
  const { basePeriod: _basePeriod, ...levelTarget } = target;
  const partial = assessTarget({ ...levelTarget, basis: 'level', comparator: 'at-least', period: toDate }, dataset, options);
  if (partial.quantity === null || partial.actual === null) {
    return { ...base, status: 'not-assessable', reason: partial.reason, actual: null };
  }
  const annual = partial.targetValue;
  if (annual === null || annual.isZero()) {
    return {
      ...base,
      status: 'not-assessable',
      reason: { code: 'missing-actual', message: `target ${target.id} has no non-zero value to measure the pace against` },
      actual: partial.actual,
    };
  }
  const pace = paceAgainstTarget({
    toDate: partial.quantity,
    target: annual,
    expectedShare: expectedShare(target.period, options.expected),
    tolerance,
    direction: target.comparator === 'at-most' || target.comparator === 'less-than' ? 'decreasing' : 'increasing',
  });
  return { ...base, status: pace.status, reason: null, actual: partial.actual, pace };
}
