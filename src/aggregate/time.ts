import { PlanningError, quoteText } from '../numeric/index.js';
import { type PeriodInput, type PeriodTypeOptions, type SimplePeriodType, type WeekStart, enumeratePeriods, formatPeriod, parsePeriod, splitPeriod } from '../period/index.js';
import type { AggregationRule, Catalog } from '../indicator/index.js';
import type { BestValueOptions, Dataset } from '../observation/index.js';
import { aggregateCells, prepareLookup, resolveRule } from './rules.js';
import type { AggregateResult } from './result.js';

/**
 * Options of {@link aggregateOverTime}.
 *
 * @example
 * // Budget revenue of Như Xuân in 2024 from its quarters:
 * const options: AggregateOverTimeOptions = { indicator: 'BUDGET_REVENUE', area: '402', period: '2024', subType: 'quarter' };
 * options.subType;
 * //=> 'quarter'
 */
export interface AggregateOverTimeOptions extends BestValueOptions {
  /** The indicator's code. */
  readonly indicator: string;
  /** The area's code. */
  readonly area: string;
  /** The period to fill: a coarser period (`'2024'`) or a range (`'2021/2025'`). */
  readonly period: PeriodInput;
  /**
   * The type of the sub-periods whose values are combined (`'quarter'`, `'month'`). When absent, a
   * range is taken as its own periods (`'2021/2025'` as five years); a simple period needs it.
   */
  readonly subType?: SimplePeriodType | undefined;
  /** The first month (2 to 12) of the fiscal years, when `subType` is `'fiscal-year'` and the period does not say. */
  readonly fiscalYearStartMonth?: number | undefined;
  /** The start day of the weeks, when `subType` is `'week'` and the weeks are not ISO weeks (Monday). */
  readonly weekStart?: WeekStart | undefined;
  /** The rule; the indicator's `aggregation.overTime` when absent. Checked as the catalog checks rules. */
  readonly rule?: AggregationRule | undefined;
  /** The breakdown of the series, when the values are broken down. */
  readonly dimensions?: Readonly<Record<string, string>> | undefined;
}

function subPeriodsOf(options: AggregateOverTimeOptions): readonly string[] {
  const period = parsePeriod(formatPeriod(options.period));
  if (options.subType === undefined) {
    if (period.type !== 'range') {
      throw new PlanningError(
        'invalid-argument',
        `aggregating ${formatPeriod(period)} over time needs subType, the type of its sub-periods (such as 'quarter' or 'month'); only a range splits into its own periods`,
      );
    }
    return enumeratePeriods(period).map(formatPeriod);
  }
  const typeOptions: PeriodTypeOptions = {
    ...(options.fiscalYearStartMonth === undefined ? {} : { fiscalYearStartMonth: options.fiscalYearStartMonth }),
    ...(options.weekStart === undefined ? {} : { weekStart: options.weekStart }),
  };
  return splitPeriod(period, options.subType, typeOptions).map(formatPeriod);
}

/**
 * Aggregates one area's values of an indicator over the sub-periods of a period, by the indicator's
 * rule over time (or the rule given): `sum` for flows and counts (quarters add up to the year);
 * `last` for stocks (the latest sub-period with a value: the population at the end of the year);
 * `ratio-of-sums` for rates of flows; `average`, `min`, `max`; `count` (periods with a value). Each
 * missing sub-period is reported in `completeness`, never thrown; so is a value for the whole period,
 * which is not used (the aggregate is built from the sub-periods only).
 *
 * The sub-periods are the period split into `subType` (`splitPeriod`), or the periods of a range.
 * Values come from each period's best observation and are converted to the indicator's scale. Rules
 * follow DHIS2's aggregation types over time (SUM, AVERAGE, LAST, MIN, MAX, COUNT): DHIS2
 * documentation, "Configure metadata: aggregation type".
 *
 * @param catalog - the catalog that defines the indicator
 * @param dataset - the observations
 * @param options - indicator, area, period, sub-period type, and optionally rule, `asOf`, `precedence`, dimensions
 * @returns the aggregate with its rule, parts (in period order), completeness and notes
 * @throws {@link PlanningError} `not-found` for an unknown indicator; `invalid-argument` for the rule
 * `none`, a rule that adds or averages a rate, `ratio-of-sums` without numerator and denominator
 * indicators, or a simple period without `subType`; `unsupported-conversion` when the period is not a
 * whole number of sub-periods (a month into ISO weeks); `invalid-period` for a bad period;
 * `unit-mismatch` for a value in a unit of another kind
 *
 * @example
 * // Quarterly budget revenue adds up to the year; the fourth quarter is not in yet:
 * const dataset = buildDataset(parseObservations(['150.5', '170', '166.3'].map((value, index) => ({
 *   indicator: 'BUDGET_REVENUE', area: '402', period: `2024-Q${String(index + 1)}`, value, status: 'estimate',
 * }))));
 * const result = aggregateOverTime(vnDistrictIndicatorCatalog, dataset, {
 *   indicator: 'BUDGET_REVENUE', area: '402', period: '2024', subType: 'quarter',
 * });
 * [result.rule, result.value?.toString(), result.completeness.missing];
 * //=> ['sum', '486.8', ['2024-Q4']]
 *
 * @example
 * // A stock takes its latest value: the population at the end of the five-year plan so far:
 * const result = aggregateOverTime(vnDistrictIndicatorCatalog, nhuXuanDataset2024, {
 *   indicator: 'POPULATION', area: '402', period: '2021/2025',
 * });
 * [result.rule, result.value?.toString(), result.completeness.missing];
 * //=> ['last', '72000', ['2021', '2022', '2025']]
 */
export function aggregateOverTime(catalog: Catalog, dataset: Dataset, options: AggregateOverTimeOptions): AggregateResult {
  const { indicator, rule } = resolveRule(catalog, options.indicator, 'overTime', options.rule);
  if (typeof options.area !== 'string' || options.area === '') {
    throw new PlanningError('invalid-argument', `area must be an area code such as "402"; got ${quoteText(options.area)}`);
  }
  const period = formatPeriod(options.period);
  const periods = subPeriodsOf(options);
  const lookup = prepareLookup(catalog, dataset, indicator, rule, options);
  return aggregateCells(
    lookup,
    periods.map((code) => ({ code, area: options.area, period: code })),
    { over: 'time', area: options.area, period },
  );
}
