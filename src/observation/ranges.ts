import { type Issue, PlanningError, formatIssues } from '../numeric/index.js';
import { convertScale } from '../measure/index.js';
import { type Catalog } from '../indicator/index.js';
import { type Observation } from './schema.js';

/** The range as text for messages: `from 0`, `from 0 to 100`, `whole numbers from 0`. */
function describeRange(min: number | undefined, max: number | undefined, integer: boolean): string {
  const bounds =
    min !== undefined && max !== undefined
      ? `from ${String(min)} to ${String(max)}`
      : min !== undefined
        ? `from ${String(min)} up`
        : max !== undefined
          ? `up to ${String(max)}`
          : 'of any size';
  return integer ? `whole numbers ${bounds}` : `values ${bounds}`;
}

/**
 * Every observation whose value lies outside the valid range its indicator states in the catalog
 * (`range`: bounds and whole numbers), one problem each with its path (`[index, 'value']`) and the
 * allowed range. An indicator without a range, or not in the catalog, accepts any value; a value
 * written in another scale of the indicator's unit is compared after conversion, and one in a unit
 * that does not convert is left to the checks that report unit mismatches.
 *
 * @example
 * // A negative population is refused, a negative net change accepted:
 * const catalog = buildCatalog([
 *   { code: 'POP', labels: { vi: 'Dân số' }, unit: { unit: 'persons', power: 0 }, measure: 'stock',
 *     polarity: 'higher-is-better', precision: 0, aggregation: { overUnits: 'sum', overTime: 'last' },
 *     range: { min: 0, integer: true } },
 *   { code: 'POP_CHANGE', labels: { vi: 'Tăng dân số' }, unit: { unit: 'persons', power: 0 }, measure: 'flow',
 *     polarity: 'higher-is-better', precision: 0, aggregation: { overUnits: 'sum', overTime: 'sum' },
 *     range: { integer: true } },
 * ]);
 * valueRangeProblems(catalog, parseObservations([
 *   { indicator: 'POP', area: '402', period: '2024', value: -1320, status: 'official' },
 *   { indicator: 'POP_CHANGE', area: '402', period: '2024', value: -1320, status: 'official' },
 * ])).map((issue) => issue.path.join('.'));
 * //=> ['0.value']
 */
export function valueRangeProblems(catalog: Catalog, observations: readonly Observation[]): Issue[] {
  const issues: Issue[] = [];
  observations.forEach((observation, index) => {
    const indicator = catalog.indicators.get(observation.indicator);
    const range = indicator?.range;
    if (indicator === undefined || range === undefined) return;
    let value = observation.value;
    if (observation.unit !== undefined) {
      try {
        value = convertScale(observation.value, observation.unit, indicator.unit);
      } catch (error) {
        if (error instanceof PlanningError) return;
        throw error;
      }
    }
    const integer = range.integer === true;
    const outside =
      (range.min !== undefined && value.lessThan(range.min)) ||
      (range.max !== undefined && value.greaterThan(range.max)) ||
      (integer && !value.isInteger());
    if (!outside) return;
    const { area, period } = observation;
    issues.push({
      path: [index, 'value'],
      message: `${observation.indicator}, area ${area}, ${period}: value ${observation.value.toString()} is outside the valid range of the indicator (${describeRange(range.min, range.max, integer)}); correct the value, or widen the indicator's range in the catalog if such values are valid`,
    });
  });
  return issues;
}

/**
 * Refuses observations whose values lie outside their indicators' valid ranges
 * (see {@link valueRangeProblems}), with one `invalid-input` error listing every problem; returns the
 * observations unchanged when all are in range.
 *
 * @example
 * // A share of 101% is refused:
 * const catalog = buildCatalog([
 *   { code: 'SHARE', labels: { vi: 'Tỷ lệ' }, unit: { unit: 'percent', power: 0 }, measure: 'ratio', ratioFactor: 100,
 *     polarity: 'higher-is-better', precision: 1, aggregation: { overUnits: 'none', overTime: 'last' },
 *     range: { min: 0, max: 100 } },
 * ]);
 * try {
 *   checkValueRanges(catalog, parseObservations([{ indicator: 'SHARE', area: '402', period: '2024', value: 101, status: 'official' }]));
 * } catch (error) {
 *   console.log((error as PlanningError).issues.map((issue) => issue.message));
 * }
 * //=> ['SHARE, area 402, 2024: value 101 is outside the valid range of the indicator (values from 0 to 100); correct the value, or widen the indicator\'s range in the catalog if such values are valid']
 */
export function checkValueRanges(catalog: Catalog, observations: readonly Observation[]): readonly Observation[] {
  const issues = valueRangeProblems(catalog, observations);
  if (issues.length === 0) return observations;
  const count = `${String(issues.length)} value${issues.length === 1 ? '' : 's'}`;
  throw new PlanningError('invalid-input', `${count} outside the valid range of their indicators:\n${formatIssues(issues)}`, { issues });
}
