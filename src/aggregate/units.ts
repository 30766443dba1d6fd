import { type DecimalInput, type Decimal, PlanningError, toDecimal } from '../numeric/index.js';
import { type PeriodInput, formatPeriod } from '../period/index.js';
import type { AggregationRule, Catalog } from '../indicator/index.js';
import type { BestValueOptions, Dataset } from '../observation/index.js';
import type { Comparator } from '../target/index.js';
import { type Lookup, aggregateCells, completenessOf, lookUpPart, prepareLookup, resolveRule } from './rules.js';
import { type Members, type UnitSelection, describe, expectedMembers } from './members.js';
import type { AggregatePart, AggregateResult, CountResult } from './result.js';


/**
 * Options of {@link aggregateOverUnits}.
 *
 * @example
 * // New-rural villages recognised in 2024 in the communes of Như Xuân:
 * const options: AggregateOverUnitsOptions = {
 *   indicator: 'NTM_VILLAGES_NEW', units: { hierarchy: nhuXuanHierarchy, parent: '402' }, period: '2024',
 * };
 * options.indicator;
 * //=> 'NTM_VILLAGES_NEW'
 */
export interface AggregateOverUnitsOptions extends BestValueOptions {
  /** The indicator's code. */
  readonly indicator: string;
  /** The units expected. */
  readonly units: UnitSelection;
  /** The period of the values (a code such as `'2024'` or a period object). */
  readonly period: PeriodInput;
  /** The rule; the indicator's `aggregation.overUnits` when absent. Checked as the catalog checks rules. */
  readonly rule?: AggregationRule | undefined;
  /** The breakdown of the series, when the values are broken down. */
  readonly dimensions?: Readonly<Record<string, string>> | undefined;
}

/**
 * The comparators a condition on a value may use: `at-least` (≥), `more-than` (>), `at-most` (≤),
 * `less-than` (<) and `equal` (=).
 *
 * @example
 * // Communes that meet all 19 criteria:
 * const comparator: ConditionComparator = 'at-least';
 * comparator;
 * //=> 'at-least'
 */
export type ConditionComparator = Extract<Comparator, 'at-least' | 'more-than' | 'at-most' | 'less-than' | 'equal'>;

const conditionComparators: readonly ConditionComparator[] = ['at-least', 'more-than', 'at-most', 'less-than', 'equal'];

/**
 * A condition on a unit's value: a threshold with its comparator, or a function of the value (in the
 * indicator's unit).
 *
 * @example
 * // A poverty rate under 10%:
 * const condition: UnitCondition = { comparator: 'less-than', value: 10 };
 * typeof condition;
 * //=> 'object'
 */
export type UnitCondition =
  | {
      /** How the value is compared with the threshold. */
      readonly comparator: ConditionComparator;
      /** The threshold, in the indicator's unit. */
      readonly value: DecimalInput;
    }
  | ((value: Decimal) => boolean);

/**
 * Options of {@link countUnitsMeeting}.
 *
 * @example
 * // Communes meeting all 19 new-rural criteria in 2024:
 * const options: CountUnitsOptions = {
 *   indicator: 'NTM_CRITERIA_MET', units: { hierarchy: nhuXuanHierarchy, parent: '402', type: 'commune' },
 *   period: '2024', condition: { comparator: 'at-least', value: 19 },
 * };
 * options.period;
 * //=> '2024'
 */
export interface CountUnitsOptions extends BestValueOptions {
  /** The indicator's code. */
  readonly indicator: string;
  /** The units expected. */
  readonly units: UnitSelection;
  /** The period of the values. */
  readonly period: PeriodInput;
  /** What a unit's value must satisfy to be counted. */
  readonly condition: UnitCondition;
  /** The breakdown of the series, when the values are broken down. */
  readonly dimensions?: Readonly<Record<string, string>> | undefined;
}

/** The expected units, refused when a hierarchy selection has none below its parent. */
function selectMembers(selection: UnitSelection, period: string, lookup: Lookup): Members {
  const members = expectedMembers(selection, period, lookup);
  if (members.parent !== null && members.codes.length === 0 && members.changes.length === 0) {
    throw new PlanningError('invalid-argument', `unit ${members.parent} has no ${members.described} ${members.days}; there is nothing to aggregate`);
  }
  return members;
}

/**
 * Aggregates one period's values of an indicator over administrative units, by the indicator's rule
 * over units (or the rule given): `sum` for flows, counts and stocks; `ratio-of-sums` for rates
 * (Σnumerator / Σdenominator × factor, never an average of rates); `average`, `min`, `max`; `count`
 * (units with a value). The expected units come from a list, a hierarchy (the children of a unit, or
 * its descendants of a level, during the period or on a date) or a group; each missing unit is
 * reported in `completeness`, never thrown.
 *
 * Units of a hierarchy taken over the period include those that closed or opened during it. A value
 * that adds up over time (the indicator's rule over time is `sum`, or both inputs' of a ratio are)
 * counts for every one of them, for the part of the period each existed; a level (a stock, a rate of
 * stocks, a per-capita value) is taken on the last day of the period, or of the parent if it closed
 * first, so a unit that closed before is not added (its successors hold what it had). Each such unit
 * is listed in `completeness.changes` and explained in `notes`; a code that names several units in
 * the period (reused after a merger) is read once, with a note.
 *
 * A derived indicator whose formula is a quotient (per-capita, ratio, share) is rolled up as its
 * formula over the summed inputs (evaluated by {@link evaluateFormula}), whatever rule the catalog
 * gives it, unless a rule is given; a unit with the inputs but no value of its own gets its value
 * computed, with a note.
 *
 * Values come from each cell's best observation ({@link BestValueOptions}: `asOf`, `precedence`) and
 * are converted to the indicator's scale (an observation in triệu đồng of an indicator in tỷ đồng).
 * For a ratio of sums, each unit's numerator and denominator are the observation's own `numerator` and
 * `denominator` when both are present (read in the units of the catalog's numerator and denominator
 * indicators), else the values of those two indicators for the same unit and period.
 *
 * Rules follow DHIS2's aggregation types (SUM, AVERAGE, MIN, MAX, COUNT; an indicator's numerator and
 * denominator are aggregated before they are divided): DHIS2 documentation, "Configure metadata:
 * aggregation type" and "Metadata: aggregate indicators".
 *
 * @param catalog - the catalog that defines the indicator (and its numerator and denominator)
 * @param dataset - the observations
 * @param options - indicator, units, period, and optionally rule, `asOf`, `precedence`, dimensions
 * @returns the aggregate with its rule, parts, completeness and notes
 * @throws {@link PlanningError} `not-found` for an unknown indicator, a parent unknown in the period
 * (or on the date) or an unknown group; `invalid-argument` for the rule `none`, a rule that adds or averages a rate,
 * `ratio-of-sums` without numerator and denominator indicators, `last` over units, or an empty or
 * repeating list of units; `invalid-period` for a bad period; `unit-mismatch` for a value in a unit of
 * another kind than the indicator's
 *
 * @example
 * // Villages recognised as new-rural in 2024, summed over Như Xuân's 16 commune-level units; one
 * // commune had not reported:
 * const result = aggregateOverUnits(vnDistrictIndicatorCatalog, nhuXuanCommuneDataset2024, {
 *   indicator: 'NTM_VILLAGES_NEW', units: { hierarchy: nhuXuanHierarchy, parent: '402' }, period: '2024',
 * });
 * [result.value?.toString(), result.completeness.found, result.completeness.expected, result.completeness.missing];
 * //=> ['11', 15, 16, ['16183']]
 *
 * @example
 * // The district's poverty rate is the ratio of the summed poor households and households, not the
 * // average of the communes' rates:
 * const poverty = aggregateOverUnits(vnDistrictIndicatorCatalog, nhuXuanCommuneDataset2024, {
 *   indicator: 'POVERTY_RATE', units: { hierarchy: nhuXuanHierarchy, parent: '402' }, period: '2024',
 * });
 * [poverty.rule, poverty.numerator?.toString(), poverty.denominator?.toString(), poverty.value?.toFixed(2)];
 * //=> ['ratio-of-sums', '1774', '18400', '9.64']
 *
 * @example
 * // In 2025 Xuân Hòa stood below the province until 30 June, then merged into Xuân Bình (16177).
 * // Its value of a flow counts; its population, a level taken at the end of the year, does not:
 * const dataset = buildDataset(parseObservations([
 *   { indicator: 'BUDGET_REVENUE', area: '16180', period: '2025', value: '1.5', status: 'estimate' },
 *   { indicator: 'POPULATION', area: '16180', period: '2025', value: 3100, status: 'estimate' },
 * ]));
 * const units = { hierarchy: nhuXuanHierarchy, parent: '38', level: 'commune' } as const;
 * const flow = aggregateOverUnits(vnDistrictIndicatorCatalog, dataset, { indicator: 'BUDGET_REVENUE', units, period: '2025' });
 * const level = aggregateOverUnits(vnDistrictIndicatorCatalog, dataset, { indicator: 'POPULATION', units, period: '2025' });
 * [flow.value?.toString(), level.value, level.completeness.changes.find((change) => change.code === '16180')?.counted];
 * //=> ['1.5', null, false]
 */
export function aggregateOverUnits(catalog: Catalog, dataset: Dataset, options: AggregateOverUnitsOptions): AggregateResult {
  const { indicator, rule } = resolveRule(catalog, options.indicator, 'overUnits', options.rule);
  const period = formatPeriod(options.period);
  const lookup = prepareLookup(catalog, dataset, indicator, rule, options);
  const { codes, parent, changes, notes } = selectMembers(options.units, period, lookup);
  return aggregateCells(
    lookup,
    codes.map((code) => ({ code, area: code, period })),
    { over: 'units', area: parent, period },
    { notes, changes },
  );
}

function conditionTest(condition: UnitCondition): (value: Decimal) => boolean {
  if (typeof condition === 'function') return condition;
  if (typeof condition !== 'object' || (condition as unknown) === null) {
    throw new PlanningError('invalid-argument', `condition must be { comparator, value } or a function of the value; got ${describe(condition)}`);
  }
  const { comparator } = condition;
  if (!conditionComparators.includes(comparator)) {
    throw new PlanningError(
      'invalid-argument',
      `condition.comparator must be one of ${conditionComparators.join(', ')}; got ${describe(comparator)}`,
    );
  }
  const threshold = toDecimal(condition.value, 'condition.value');
  switch (comparator) {
    case 'at-least':
      return (value) => value.gte(threshold);
    case 'more-than':
      return (value) => value.gt(threshold);
    case 'at-most':
      return (value) => value.lte(threshold);
    case 'less-than':
      return (value) => value.lt(threshold);
    case 'equal':
      return (value) => value.eq(threshold);
  }
}

/**
 * Counts the units whose value of an indicator meets a condition in a period: the communes that meet
 * the new-rural standard (all 19 criteria), the communes whose poverty rate is under a threshold. The
 * count is an aggregate like any other: its parts are every unit with a value, `meeting` lists the
 * units counted, and `completeness` the units without a value, which are counted neither way.
 *
 * This is DHIS2's count of organisation units meeting a condition (an indicator over `OUG{group}`
 * or a `subExpression` test evaluated per unit before aggregation).
 *
 * @param catalog - the catalog that defines the indicator
 * @param dataset - the observations
 * @param options - indicator, units, period, condition, and optionally `asOf`, `precedence`, dimensions
 * @returns the count (`null` when no unit has a value), the units meeting the condition, parts and completeness
 * @throws {@link PlanningError} `not-found` for an unknown indicator, parent or group; `invalid-argument`
 * for a malformed condition or an empty or repeating list of units; `invalid-number` for a threshold
 * that is not a number; `invalid-period` for a bad period; `unit-mismatch` for a value in a unit of
 * another kind
 *
 * @example
 * // How many of Như Xuân's 15 communes met all 19 new-rural criteria in 2024?
 * const result = countUnitsMeeting(nhuXuanCommuneCatalog, nhuXuanCommuneDataset2024, {
 *   indicator: 'NTM_CRITERIA_MET', units: { hierarchy: nhuXuanHierarchy, parent: '402', type: 'commune' },
 *   period: '2024', condition: { comparator: 'at-least', value: 19 },
 * });
 * [result.value?.toString(), result.completeness.expected, result.completeness.share.toString()];
 * //=> ['11', 15, '1']
 */
export function countUnitsMeeting(catalog: Catalog, dataset: Dataset, options: CountUnitsOptions): CountResult {
  const { indicator } = resolveRule(catalog, options.indicator, 'overUnits', 'count');
  const test = conditionTest(options.condition);
  const period = formatPeriod(options.period);
  const lookup = prepareLookup(catalog, dataset, indicator, 'count', options);
  const { codes, parent, changes, notes: working } = selectMembers(options.units, period, lookup);
  const parts: AggregatePart[] = [];
  const notes: string[] = [...working];
  const found = new Set<string>();
  const meeting: string[] = [];
  for (const code of codes) {
    const { part } = lookUpPart(lookup, code, period);
    if (part === undefined || part.value === null) continue;
    parts.push(part);
    found.add(code);
    if (test(part.value)) meeting.push(code);
  }
  if (parts.length === 0) notes.push(`no unit has a usable value of ${indicator.code} in ${period}, so nothing was counted`);
  return {
    indicator: indicator.code,
    over: 'units',
    rule: 'count',
    area: parent,
    period,
    value: parts.length === 0 ? null : toDecimal(meeting.length),
    numerator: null,
    denominator: null,
    parts,
    completeness: completenessOf(codes, found, changes),
    notes,
    meeting,
  };
}
