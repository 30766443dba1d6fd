import { Decimal, type DecimalInput, PlanningError, toDecimal } from '../numeric/index.js';
import { formatPeriod, samePeriodLastYear } from '../period/index.js';
import { type BestValueOptions, type Dataset, type ObservationKey, bestObservation } from '../observation/index.js';
import { planFulfilmentRatio } from './ratios.js';

/**
 * How Vietnamese reports describe an actual value against its plan, as values:
 *
 * - `percentOfPlan`: "đạt X% kế hoạch" = actual / plan × 100;
 * - `exceeded`: "vượt kế hoạch" when the actual is above the plan (for a lower-is-better plan, below);
 * - `excessPercent`: "vượt X% kế hoạch" = percentOfPlan − 100 when exceeded, else 0
 *   ("vượt 52,8% dự toán" is 152.8% of the estimate);
 * - `shortfallPercent`: 100 − percentOfPlan when short, else 0.
 *
 * @example
 * // Read the excess:
 * const figures: PlanFulfilment = describePlanFulfilment('152.8', 100);
 * figures.excessPercent.toString();
 * //=> '52.8'
 */
export interface PlanFulfilment {
  /** actual / plan × 100 ("đạt X% kế hoạch"). */
  readonly percentOfPlan: Decimal;
  /** Whether the plan was exceeded ("vượt kế hoạch"). */
  readonly exceeded: boolean;
  /** The excess over the plan in percent of it ("vượt X%"), 0 when not exceeded. */
  readonly excessPercent: Decimal;
  /** The shortfall below the plan in percent of it, 0 when not short. */
  readonly shortfallPercent: Decimal;
}

/**
 * Describes an actual value against its plan the way Vietnamese reports do: "đạt X% kế hoạch",
 * "vượt kế hoạch", "vượt X%". Source: GSO usage, and the relative plan-fulfilment ratio of economic
 * statistics textbooks (số tương đối hoàn thành kế hoạch).
 *
 * @param actual - the actual value
 * @param plan - the planned value, in the same unit
 * @param direction - `increasing` (more is better) unless given
 * @returns the percent of plan, whether it was exceeded, and the excess or shortfall in percent
 * @throws {@link PlanningError} `division-by-zero` for a zero plan
 *
 * @example
 * // Budget revenue of 1,528 tỷ against a 1,000 tỷ estimate: "vượt 52,8% dự toán":
 * const result = describePlanFulfilment(1528, 1000);
 * [result.percentOfPlan.toString(), result.exceeded, result.excessPercent.toString()];
 * //=> ['152.8', true, '52.8']
 */
export function describePlanFulfilment(
  actual: DecimalInput,
  plan: DecimalInput,
  direction: 'increasing' | 'decreasing' = 'increasing',
): PlanFulfilment {
  const percentOfPlan = planFulfilmentRatio(actual, plan).times(100);
  const excess = percentOfPlan.minus(100);
  const exceeded = direction === 'increasing' ? excess.isPositive() && !excess.isZero() : excess.isNegative();
  const zero = new Decimal(0);
  return {
    percentOfPlan,
    exceeded,
    excessPercent: exceeded ? excess.abs() : zero,
    shortfallPercent: !exceeded && !excess.isZero() ? excess.abs() : zero,
  };
}

/**
 * "Bằng X% so với cùng kỳ": the current value as a percentage of the same period a year earlier (the
 * development index with the same period last year = 100). Growth is this minus 100 ("tăng 56%" is
 * "bằng 156%").
 *
 * @param current - the current value
 * @param samePeriodLastYear - the value of the same period a year earlier
 * @returns current / previous × 100
 * @throws {@link PlanningError} `division-by-zero` for a zero previous value
 *
 * @example
 * // Budget revenue in Q1/2024 was 156% of Q1/2023:
 * percentOfSamePeriod('498.3', '319.4').toFixed(0);
 * //=> '156'
 */
export function percentOfSamePeriod(current: DecimalInput, samePeriodLastYear: DecimalInput): Decimal {
  const previous = toDecimal(samePeriodLastYear, 'samePeriodLastYear');
  if (previous.isZero()) {
    throw new PlanningError('division-by-zero', 'the same period last year is zero: "bằng X% so với cùng kỳ" is undefined');
  }
  return toDecimal(current, 'current').div(previous).times(100);
}

/**
 * A value compared with the same period a year earlier ("so với cùng kỳ").
 *
 * @example
 * // Budget revenue of the first half of 2024 against the first half of 2023:
 * const comparison: SamePeriodComparison = compareWithSamePeriod(nhuXuanDataset2024, { indicator: 'BUDGET_REVENUE', area: '402', period: '2024-S1' });
 * comparison.previousPeriod;
 * //=> '2023-S1'
 */
export interface SamePeriodComparison {
  /** The current period. */
  readonly period: string;
  /** The same period a year earlier. */
  readonly previousPeriod: string;
  /** The current value, or null when there is none. */
  readonly current: Decimal | null;
  /** The earlier value, or null when there is none. */
  readonly previous: Decimal | null;
  /** current / previous × 100 ("bằng X% so với cùng kỳ"), or null when it cannot be computed. */
  readonly percent: Decimal | null;
}

/**
 * Looks up a cell and the same period a year earlier in a dataset and compares them: "bằng X% so với
 * cùng kỳ". Returns null values, not an error, when either value is missing or the earlier one is zero.
 *
 * @param dataset - the observations
 * @param key - indicator, area and period of the current value
 * @param options - the as-of date and the status precedence
 * @returns both periods, both values (or null), and the percent (or null)
 *
 * @example
 * // Compare 2024-Q1 with 2023-Q1:
 * const dataset = buildDataset(parseObservations([
 *   { indicator: 'X', area: '1', period: '2023-Q1', value: 200, status: 'official' },
 *   { indicator: 'X', area: '1', period: '2024-Q1', value: 312, status: 'estimate' },
 * ]));
 * compareWithSamePeriod(dataset, { indicator: 'X', area: '1', period: '2024-Q1' }).percent?.toString();
 * //=> '156'
 */
export function compareWithSamePeriod(
  dataset: Dataset,
  key: ObservationKey,
  options: BestValueOptions = {},
): SamePeriodComparison {
  const previousPeriod = formatPeriod(samePeriodLastYear(key.period));
  const current = bestObservation(dataset, key, options)?.value ?? null;
  const previous = bestObservation(dataset, { ...key, period: previousPeriod }, options)?.value ?? null;
  const percent = current !== null && previous !== null && !previous.isZero() ? current.div(previous).times(100) : null;
  return { period: key.period, previousPeriod, current, previous, percent };
}
