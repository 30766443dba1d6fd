import { Decimal, type DecimalInput, PlanningError } from '../numeric/index.js';
import { formatPeriod, parsePeriod, periodEnd, periodStart, samePeriodLastYear } from '../period/index.js';
import { type Catalog, getIndicator } from '../indicator/index.js';
import { type BestValueOptions, type Dataset, type SeriesKey, bestObservation } from '../observation/index.js';
import type { Plan, Target } from '../target/index.js';
import { projectValue, requiredAverageGrowth } from '../growth/index.js';
import { type AssessOptions, type ValueUsed, lookUpTargetValue } from './assess.js';
import { type ExpectedShare, type PaceStatus, type TargetPace, assessTargetPace } from './pace.js';
import { type TargetShape, basePeriodOf, targetShape, yearSpan } from './shape.js';
import { Exact } from './exact.js';

/**
 * Options of {@link reviewPlan}.
 *
 * @example
 * // The mid-term review of a five-year plan after three years:
 * const options: ReviewOptions = { catalog: vnDistrictIndicatorCatalog, through: '2021/2023' };
 * options.through;
 * //=> '2021/2023'
 */
export interface ReviewOptions extends AssessOptions {
  /** The point reached (a code): a year (`2023`), a range of years (`2021/2023`) or a part of a year (`2024-M01/2024-M09`). */
  readonly through: string;
  /** How to find the share of each target's period that should be done by now; whole months to the end of `through` unless given. */
  readonly expected?: ExpectedShare | undefined;
  /** On-pace tolerance, as for {@link assessTargetPace}. */
  readonly tolerance?: DecimalInput;
}

/**
 * Counts of paces by status.
 *
 * @example
 * // Three targets ahead, one behind:
 * const counts: PaceCounts = { total: 4, ahead: 3, onPace: 0, behind: 1, notAssessable: 0 };
 * counts.behind;
 * //=> 1
 */
export interface PaceCounts {
  /** All targets reviewed. */
  readonly total: number;
  /** Ahead of their path. */
  readonly ahead: number;
  /** Exactly on it (or within the tolerance). */
  readonly onPace: number;
  /** Behind it. */
  readonly behind: number;
  /** Without the data to say. */
  readonly notAssessable: number;
}

/**
 * The review of a plan at a point within its period ("đánh giá giữa kỳ"): for each target, where it
 * stands (the average growth so far, the sum so far, the change so far, the latest level), its
 * pace, and what the remaining years need (`remaining` of each {@link TargetPace}).
 *
 * @example
 * // Read a review:
 * const review: PlanReview = reviewPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog, through: '2024-S1' });
 * review.paces.length;
 * //=> 8
 */
export interface PlanReview {
  /** The plan reviewed. */
  readonly plan: Plan;
  /** The point reached, as a canonical code. */
  readonly through: string;
  /** One pace per target, in the plan's order. */
  readonly paces: readonly TargetPace[];
  /** Counts by pace status. */
  readonly summary: PaceCounts;
}

function countPaces(paces: readonly TargetPace[]): PaceCounts {
  const count = (status: PaceStatus | 'not-assessable') => paces.filter((pace) => pace.status === status).length;
  return { total: paces.length, ahead: count('ahead'), onPace: count('on-pace'), behind: count('behind'), notAssessable: count('not-assessable') };
}

/**
 * Reviews a plan at a point within its period: the mid-term review of a five-year plan after two
 * or three years, or the nine-month review of a yearly plan. Each target is paced with
 * {@link assessTargetPace} up to `through`, which reads it by its shape: an average growth target by
 * the average growth of the years so far and the average growth the remaining years need; a sum by
 * the sum so far against the share of the range elapsed and what the remaining years must add; a
 * change by the change so far; a level by the latest value against the straight path from the base.
 * A target whose period does not contain `through` is `not-assessable` (`outside-period`). Never
 * throws for a data problem.
 *
 * @param plan - the plan
 * @param dataset - the observations
 * @param options - the catalog, the point reached, the expected-share method, the tolerance, as-of date and precedence
 * @returns one pace per target and their counts
 *
 * @example
 * // The Như Xuân 2024 plan at mid-year, on the bundled illustrative data:
 * const review = reviewPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog, through: '2024-S1' });
 * [review.summary.ahead, review.summary.behind];
 * //=> [2, 1]
 */
export function reviewPlan(plan: Plan, dataset: Dataset, options: ReviewOptions): PlanReview {
  const through = formatPeriod(parsePeriod(options.through));
  const paces = plan.targets.map((target) => assessTargetPace(target, dataset, { ...options, toDate: through }));
  return { plan, through, paces, summary: countPaces(paces) };
}

/**
 * A proposed yearly target derived from a multi-year target: what next year's plan must ask for to
 * stay on the path to the five-year target, from the latest actuals.
 *
 * @example
 * // Read a proposal:
 * const proposal: YearTargetProposal = { source: nhuXuanPlan2024.targets[0]!, shape: 'growth', proposed: null, latest: null, reason: 'not a multi-year target', method: '' };
 * proposal.proposed;
 * //=> null
 */
export interface YearTargetProposal {
  /** The multi-year target it comes from. */
  readonly source: Target;
  /** The shape of the source target. */
  readonly shape: TargetShape | null;
  /** The proposed target for the year, or null when none can be derived (see `reason`). */
  readonly proposed: Target | null;
  /** The latest actual value the proposal starts from: that of the year before (the base value when the base is that year). */
  readonly latest: ValueUsed | null;
  /** Why there is no proposal. */
  readonly reason: string | null;
  /** How the value was derived, in symbols. */
  readonly method: string;
}

/**
 * Options of {@link proposeYearTargets}.
 *
 * @example
 * // Next year's targets from the five-year plan, as known at the end of 2024:
 * const options: ProposeOptions = { catalog: vnDistrictIndicatorCatalog, year: 2025, asOf: '2024-12-31' };
 * options.year;
 * //=> 2025
 */
export interface ProposeOptions extends BestValueOptions {
  /** The catalog that defines the indicators. */
  readonly catalog: Catalog;
  /** The year to propose targets for. */
  readonly year: number;
}

function proposal(source: Target, shape: TargetShape | null, latest: ValueUsed | null, reason: string): YearTargetProposal {
  return { source, shape, proposed: null, latest, reason, method: '' };
}

/**
 * Next year's targets from a five-year plan ("xây dựng chỉ tiêu kế hoạch năm từ kế hoạch 5 năm"):
 * for each target over a range of years that contains `year`, the yearly target that keeps the
 * district on the path to it from the latest actual (the value of `year − 1`, which is the base
 * value in the range's first year when the base is the year before the range), with r = the years
 * left including `year`:
 *
 * - average growth T over the range: a growth target for `year` equal to the average growth the r
 *   remaining years need to reach B × (1 + T/100)^n ({@link requiredAverageGrowth});
 * - a sum over the range: a level target for `year` of (T − the sum so far) / r;
 * - a change over the range: a change target for `year` of (T − the change so far) / r;
 * - a level at the end of the range: for flows and indices the constant-growth path
 *   A × (T / A)^(1/r); for stocks, rates and counts the straight path A + (T − A) / r.
 *
 * A target of the plan for `year` itself is proposed as it stands. Values stay exact; round them
 * under the indicator's precision when the draft plan is written. Other targets that are not over a
 * range of years, or whose range does not contain `year`, get no proposal and a reason.
 *
 * @param plan - the multi-year plan
 * @param dataset - the observations
 * @param options - the catalog, the year, as-of date and precedence
 * @returns one proposal per target, in the plan's order
 * @throws {@link PlanningError} `invalid-argument` for a year that is not a whole number
 *
 * @example
 * // Gross output must grow 7% a year over 2021–2025 from 4,050 tỷ in 2020; 2024 brought 5,436 tỷ:
 * const plan = { ...nhuXuanPlan2024, period: '2021/2025', targets: [{ ...nhuXuanPlan2024.targets[0]!, period: '2021/2025', basePeriod: '2020', value: new Decimal(7) }] };
 * const [next] = proposeYearTargets(plan, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog, year: 2025 });
 * [next?.proposed?.period, next?.proposed?.basePeriod, round(next!.proposed!.value!, 2).toString()];
 * //=> ['2025', '2024', '4.49']
 */
export function proposeYearTargets(plan: Plan, dataset: Dataset, options: ProposeOptions): YearTargetProposal[] {
  if (!Number.isSafeInteger(options.year)) {
    throw new PlanningError('invalid-argument', `year must be a whole number such as 2025; got ${String(options.year)}`);
  }
  const year = options.year;
  return plan.targets.map((source) => {
    const indicator = options.catalog.indicators.get(source.indicator);
    if (indicator === undefined) return proposal(source, null, null, `indicator ${source.indicator} is not in the catalog`);
    const shape = targetShape(source, indicator);
    const span = yearSpan(source.period);
    if (span === null && source.period === String(year)) {
      const { milestones: _milestones, ...own } = source;
      return { source, shape, proposed: { ...own, document: { kind: 'annual-plan' } }, latest: null, reason: null, method: `T (the plan's own target for ${String(year)})` };
    }
    if (span === null) return proposal(source, shape, null, `target ${source.id} is for ${source.period}, not for a range of years`);
    if (year < span.first || year > span.last) return proposal(source, shape, null, `${String(year)} is outside ${source.period}`);
    const t = source.value;
    if (t === undefined || source.comparator === 'between' || source.comparator === 'approximately' || source.comparator === 'maintain') {
      return proposal(source, shape, null, `a target with comparator ${source.comparator} has no single value to spread over the years`);
    }
    const left = span.last - year + 1;
    const id = `${source.id}-${String(year)}`;
    const base = lookUpTargetValue(source, indicator, basePeriodOf(source), dataset, options, 'missing-base');
    // The latest value before the year: the base value itself when the base is the year before
    // (a range's first year with the usual base), else the actual of the year before.
    const previous = basePeriodOf(source) === String(year - 1) ? base : lookUpTargetValue(source, indicator, String(year - 1), dataset, options, 'missing-actual');
    if (!('value' in previous)) return proposal(source, shape, null, previous.message);
    const { milestones: _milestones, basePeriod: _basePeriod, ...rest } = source;
    const draft = (fields: Partial<Target>, method: string): YearTargetProposal => ({
      source,
      shape,
      proposed: { ...rest, id, period: String(year), document: { kind: 'annual-plan' }, ...fields },
      latest: previous,
      reason: null,
      method,
    });
    try {
      switch (shape) {
        case 'average-growth': {
          if (!('value' in base)) return proposal(source, shape, previous, base.message);
          const level = base.value.times(t.plus(100).div(100).pow(span.last - Number(base.period)));
          const rate = requiredAverageGrowth(previous.value, level, left);
          return draft(
            { basis: 'growth', basePeriod: String(year - 1), value: rate },
            `T_${String(year)} = ((B × (1 + T/100)^${String(span.last - Number(base.period))} / A_${previous.period})^(1/${String(left)}) − 1) × 100`,
          );
        }
        case 'cumulative': {
          let done = new Decimal(0);
          for (let past = span.first; past < year; past += 1) {
            const value = lookUpTargetValue(source, indicator, String(past), dataset, options, 'missing-actual');
            if (!('value' in value)) return proposal(source, shape, previous, value.message);
            done = done.plus(value.value);
          }
          return draft({ basis: 'level', value: t.minus(done).div(left) }, `T_${String(year)} = (T − Σ A ${String(span.first)}–${String(year - 1)}) / ${String(left)}`);
        }
        case 'change': {
          if (!('value' in base)) return proposal(source, shape, previous, base.message);
          const change = t.minus(previous.value.minus(base.value)).div(left);
          return draft(
            { basis: source.basis, basePeriod: String(year - 1), value: change },
            `T_${String(year)} = (T − (A_${previous.period} − B)) / ${String(left)}`,
          );
        }
        case 'state-level':
        case 'flow-level': {
          const geometric = indicator.measure === 'flow' || indicator.measure === 'index';
          const value = left === 1 ? t : geometric
            ? projectValue(previous.value, requiredAverageGrowth(previous.value, t, left), 1)
            : previous.value.plus(t.minus(previous.value).div(left));
          return draft(
            { basis: 'level', value },
            geometric ? `T_${String(year)} = A × (T / A)^(1/${String(left)})` : `T_${String(year)} = A + (T − A) / ${String(left)}`,
          );
        }
        case 'growth':
          return proposal(source, shape, previous, `target ${source.id} is a growth over one period`);
      }
    } catch (error) {
      if (error instanceof PlanningError) return proposal(source, shape, previous, error.message);
      throw error;
    }
  });
}

/**
 * One earlier year of a year-end estimate: its value over the same part of the year and over the
 * whole year.
 *
 * @example
 * // 2023: 420 by 30 June, 1,000 for the year:
 * const year: EstimateYear = { year: 2023, toDate: toDecimal(420), total: toDecimal(1000) };
 * year.total.toString();
 * //=> '1000'
 */
export interface EstimateYear {
  /** The year. */
  readonly year: number;
  /** Its value over the same part of the year. */
  readonly toDate: Decimal;
  /** Its value for the whole year. */
  readonly total: Decimal;
}

/**
 * A year-end estimate ("ước thực hiện cả năm") from the value to date and the seasonal profile of
 * earlier years.
 *
 * @example
 * // Read an estimate:
 * const estimate: YearEndEstimate = estimateYearEnd(nhuXuanDataset2024, { indicator: 'INVESTMENT', area: '402' }, { catalog: vnDistrictIndicatorCatalog, toDate: '2024-S1' });
 * estimate.years.length > 0;
 * //=> true
 */
export interface YearEndEstimate {
  /** The part of the year done, as a canonical code. */
  readonly toDate: string;
  /** The value to date. */
  readonly value: Decimal;
  /** The earlier years used, most recent first. */
  readonly years: readonly EstimateYear[];
  /** The share of a year's total that the same part of the earlier years brought: Σ to date / Σ total. */
  readonly share: Decimal;
  /** The estimate for the whole year: value / share. */
  readonly estimate: Decimal;
  /** How it was computed, in symbols. */
  readonly method: string;
}

/**
 * Options of {@link estimateYearEnd}.
 *
 * @example
 * // Nine months done, at most three earlier years:
 * const options: EstimateOptions = { catalog: vnDistrictIndicatorCatalog, toDate: '2024-M01/2024-M09', years: 3 };
 * options.years;
 * //=> 3
 */
export interface EstimateOptions extends BestValueOptions {
  /** The catalog that defines the indicator (it must be a flow, which adds up over the year). */
  readonly catalog: Catalog;
  /** The part of the year done: a period that starts on 1 January (`2024-S1`, `2024-Q1`, `2024-M01/2024-M09`). */
  readonly toDate: string;
  /** How many earlier years to use at most (those with both values); 3 unless given. */
  readonly years?: number | undefined;
}

/**
 * Estimates a flow's value for the whole year from its value to date and the seasonal profile of
 * earlier years, as a district's year-end report estimates "ước thực hiện cả năm": the earlier
 * years' share of the year done by the same point, taken as a ratio of sums (Σ to date / Σ year, so
 * that a large year weighs as much as its size, as {@link expectedShare} does with `seasonal`), and
 * estimate = value to date / share. Only years with both values count, most recent first.
 *
 * @param dataset - the observations
 * @param key - the indicator and area (and dimensions, if any)
 * @param options - the catalog, the part of the year done, how many earlier years, as-of date and precedence
 * @returns the estimate with its working
 * @throws {@link PlanningError} `invalid-argument` for an indicator that is not a flow, a part of a
 * year that does not start on 1 January or ends on 31 December, or a bad count of years;
 * `insufficient-data` when the value to date or every earlier year is missing, or the earlier years
 * brought nothing by that point; `not-found` for an unknown indicator
 *
 * @example
 * // Investment after six months of 2024 on the bundled illustrative data:
 * const estimate = estimateYearEnd(nhuXuanDataset2024, { indicator: 'INVESTMENT', area: '402' }, {
 *   catalog: vnDistrictIndicatorCatalog, toDate: '2024-S1',
 * });
 * [estimate.value.toString(), estimate.years.map((year) => year.year)];
 * //=> ['520', [2023]]
 */
export function estimateYearEnd(dataset: Dataset, key: SeriesKey, options: EstimateOptions): YearEndEstimate {
  const indicator = getIndicator(options.catalog, key.indicator);
  if (indicator.measure !== 'flow') {
    throw new PlanningError(
      'invalid-argument',
      `a year-end estimate scales a flow by its seasonal share; ${indicator.code} is a ${indicator.measure}, whose latest value is its own estimate`,
    );
  }
  const part = parsePeriod(options.toDate);
  const toDate = formatPeriod(part);
  const start = periodStart(part);
  const end = periodEnd(part);
  if (start.slice(5) !== '01-01' || end.slice(0, 4) !== start.slice(0, 4) || end.slice(5) === '12-31') {
    throw new PlanningError(
      'invalid-argument',
      `toDate must be a part of one year from 1 January, such as 2024-S1 or 2024-M01/2024-M09; got ${toDate} (${start} to ${end})`,
    );
  }
  const most = options.years ?? 3;
  if (!Number.isSafeInteger(most) || most < 1) throw new PlanningError('invalid-argument', `years must be a whole number, 1 or more; got ${String(most)}`);
  const value = bestObservation(dataset, { ...key, period: toDate }, options)?.value;
  if (value === undefined) throw new PlanningError('insufficient-data', `no value of ${key.indicator} for area ${key.area} in ${toDate}`);
  const year = Number(start.slice(0, 4));
  const years: EstimateYear[] = [];
  let earlier = part;
  for (let back = 1; back <= most; back += 1) {
    earlier = samePeriodLastYear(earlier);
    const partValue = bestObservation(dataset, { ...key, period: formatPeriod(earlier) }, options)?.value;
    const total = bestObservation(dataset, { ...key, period: String(year - back) }, options)?.value;
    if (partValue !== undefined && total !== undefined) years.push({ year: year - back, toDate: partValue, total });
  }
  if (years.length === 0) {
    throw new PlanningError(
      'insufficient-data',
      `a year-end estimate of ${key.indicator} needs earlier years with values for both the same part of the year and the whole year; none of ${String(year - most)}–${String(year - 1)} has both`,
    );
  }
  const parts = years.reduce((sum, entry) => sum.plus(entry.toDate), new Decimal(0));
  const totals = years.reduce((sum, entry) => sum.plus(entry.total), new Decimal(0));
  if (parts.isZero()) throw new PlanningError('insufficient-data', `the earlier years brought no ${key.indicator} by the same point of the year, so their profile cannot scale it`);
  return {
    toDate,
    value,
    years,
    share: parts.div(totals),
    estimate: new Decimal(new Exact(value).times(totals)).div(parts),
    method: `estimate = A_${toDate} × Σ year / Σ same part (${years.map((entry) => String(entry.year)).join(', ')})`,
  };
}
