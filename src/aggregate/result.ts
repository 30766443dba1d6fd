import type { Decimal } from '../numeric/index.js';
import type { IsoDate } from '../period/index.js';
import type { AggregationRule } from '../indicator/index.js';
import type { ObservationStatus } from '../observation/index.js';

/**
 * One value that went into an aggregate: the area and period it belongs to, the value in the
 * indicator's unit and, for a ratio combined as a ratio of sums, the numerator and denominator it
 * contributed. In a {@link rollUp}, a part of a unit above the leaves is the roll-up of the units
 * below it.
 *
 * @example
 * // The parts of a district sum are its communes' values:
 * const result = aggregateOverUnits(vnDistrictIndicatorCatalog, nhuXuanCommuneDataset2024, {
 *   indicator: 'NTM_VILLAGES_NEW', units: ['16177', '16180'], period: '2024',
 * });
 * result.parts.map((part) => [part.area, part.value?.toString(), part.status]);
 * //=> [['16177', '1', 'estimate'], ['16180', '1', 'estimate']]
 */
export interface AggregatePart {
  /** The area's code. */
  readonly area: string;
  /** The canonical code of the period. */
  readonly period: string;
  /**
   * The value in the indicator's unit and scale. For a ratio combined as a ratio of sums with no
   * value of its own, the ratio of its numerator and denominator; `null` only when that denominator is zero.
   */
  readonly value: Decimal | null;
  /**
   * For `ratio-of-sums`: the numerator, in the unit of the indicator's numerator indicator; for a
   * unit rolled up by `average` in {@link rollUp}: the sum of its values; otherwise `null`.
   */
  readonly numerator: Decimal | null;
  /**
   * For `ratio-of-sums`: the denominator, in the unit of the indicator's denominator indicator; for a
   * unit rolled up by `average` in {@link rollUp}: the number of its values; otherwise `null`.
   */
  readonly denominator: Decimal | null;
  /** The status of the value; when several observations were used, the least final of them. */
  readonly status: ObservationStatus;
  /** The publication date of the value; when several observations were used, the latest. */
  readonly published: IsoDate | undefined;
  /**
   * `true` when the area had no value of the indicator itself and its value was computed from the
   * indicator's inputs (its numerator and denominator, or the inputs of its formula); `false` when
   * the area's own value was used, or when the part is a roll-up of the units below it.
   */
  readonly computed: boolean;
}

/**
 * A unit that stood below the aggregated unit for only part of the period: it closed (ended, merged,
 * was divided or moved away) or opened (was formed or moved in) during it. Roll-ups over a period
 * never drop such a unit silently: each one is listed in {@link Completeness.changes}, with whether
 * its value was counted and a note saying why.
 *
 * A value that adds up over time (a flow or a count, whose rule over time is `sum`, or a ratio of two
 * such) counts for the part of the period the unit existed. A level (a stock, a rate of stocks, a
 * per-capita value) is taken at the end of the period, or on the parent's last day if the parent
 * closed first: a unit that closed before that day is not counted, since its successors hold what
 * it had, and a unit that opened during the period is.
 *
 * @example
 * // Xuân Hòa stood below Như Xuân district until 30 June 2025, then merged into Xuân Bình (16177):
 * const result = aggregateOverUnits(vnDistrictIndicatorCatalog, nhuXuanCommuneDataset2024, {
 *   indicator: 'NTM_VILLAGES_NEW', units: { hierarchy: nhuXuanHierarchy, parent: '38', level: 'commune' }, period: '2025',
 * });
 * const change = result.completeness.changes.find((item) => item.name === 'Xuân Hòa');
 * [change?.to, change?.closed, change?.successors, change?.counted];
 * //=> ['2025-06-30', true, ['16177'], true]
 */
export interface UnitChange {
  /** The unit's code. */
  readonly code: string;
  /** The unit's name. */
  readonly name: string;
  /** The first day of the period on which it stood below the aggregated unit. */
  readonly from: IsoDate;
  /** The last day of the period on which it stood below the aggregated unit. */
  readonly to: IsoDate;
  /** Whether it came below the aggregated unit after the period (or the parent's time in it) began. */
  readonly opened: boolean;
  /** Whether it stopped standing below the aggregated unit before the period (or the parent's time in it) ended. */
  readonly closed: boolean;
  /** For a unit that opened: the codes of the units it was formed from, if the hierarchy records them. */
  readonly predecessors: readonly string[];
  /** For a unit that closed: the codes of the units it became, if the hierarchy records them. */
  readonly successors: readonly string[];
  /** Whether its value went into the aggregate (when it has one). */
  readonly counted: boolean;
}

/**
 * How complete an aggregate is: how many units or periods were expected, how many had a usable
 * value, which ones did not, and the share found. This is DHIS2's reporting rate (actual reports over
 * expected reports) applied to the values behind one aggregate.
 *
 * @example
 * // One commune of two has no value:
 * const result = aggregateOverUnits(vnDistrictIndicatorCatalog, nhuXuanCommuneDataset2024, {
 *   indicator: 'NTM_VILLAGES_NEW', units: ['16180', '16183'], period: '2024',
 * });
 * [result.completeness.expected, result.completeness.found, result.completeness.missing, result.completeness.share.toString()];
 * //=> [2, 1, ['16183'], '0.5']
 */
export interface Completeness {
  /** The number of units (over units) or sub-periods (over time) expected. */
  readonly expected: number;
  /** The number of them that had a usable value. */
  readonly found: number;
  /** The codes of the units or sub-periods without a usable value, in the expected order. */
  readonly missing: readonly string[];
  /** `found / expected`, from 0 to 1; exactly 1 when nothing is missing. */
  readonly share: Decimal;
  /**
   * Over units of a hierarchy taken over the period: the units that closed or opened during it, in
   * the hierarchy's order, each with whether its value was counted. Empty over time, for a list of
   * codes or a group, and for units taken on one day.
   */
  readonly changes: readonly UnitChange[];
}

/**
 * The result of an aggregation, with its working: the value, the rule applied, every part used and
 * the completeness. Missing data never throws; it shows in `completeness` and, when a value exists but
 * cannot be used (a rate with no numerator and denominator), in `notes`, which also tell the rest of
 * the working (units that closed or opened during the period, values computed from inputs).
 *
 * @example
 * // New-rural villages recognised in 2024 in two communes:
 * const result = aggregateOverUnits(vnDistrictIndicatorCatalog, nhuXuanCommuneDataset2024, {
 *   indicator: 'NTM_VILLAGES_NEW', units: ['16177', '16180'], period: '2024',
 * });
 * [result.rule, result.value?.toString(), result.completeness.share.toString()];
 * //=> ['sum', '2', '1']
 */
export interface AggregateResult {
  /** The indicator's code. */
  readonly indicator: string;
  /** Whether units (of one period) or sub-periods (of one area) were combined. */
  readonly over: 'units' | 'time';
  /** The rule applied. */
  readonly rule: AggregationRule;
  /** Over time: the area. Over units: the parent of a hierarchy selection, or `null` for a list or a group. */
  readonly area: string | null;
  /** The canonical code of the period aggregated (over units) or split (over time). */
  readonly period: string;
  /** The aggregate in the indicator's unit and scale, or `null` when no part has a usable value. */
  readonly value: Decimal | null;
  /**
   * For `ratio-of-sums`: the sum of the numerators, in the numerator indicator's unit; for `average`:
   * the sum of the values averaged; otherwise `null`.
   */
  readonly numerator: Decimal | null;
  /**
   * For `ratio-of-sums`: the sum of the denominators, in the denominator indicator's unit; for
   * `average`: the number of values averaged; otherwise `null`.
   */
  readonly denominator: Decimal | null;
  /** The values used, in the expected order of units or periods. */
  readonly parts: readonly AggregatePart[];
  /** Which expected units or periods had a usable value. */
  readonly completeness: Completeness;
  /**
   * The working in sentences, one each: why a value could not be used or the aggregate has no value,
   * a unit that closed or opened during the period and whether it counted, a value computed from the
   * indicator's inputs, a derived indicator rolled up by its formula.
   */
  readonly notes: readonly string[];
}

/**
 * The result of {@link countUnitsMeeting}: an aggregate with rule `count` whose value is the number of
 * units whose value meets the condition, and the codes of those units.
 *
 * @example
 * // Two communes, both with all 19 new-rural criteria met:
 * const result = countUnitsMeeting(nhuXuanCommuneCatalog, nhuXuanCommuneDataset2024, {
 *   indicator: 'NTM_CRITERIA_MET', units: ['16195', '16198'], period: '2024',
 *   condition: { comparator: 'at-least', value: 19 },
 * });
 * [result.value?.toString(), result.meeting];
 * //=> ['2', ['16195', '16198']]
 */
export interface CountResult extends AggregateResult {
  /** The codes of the units whose value meets the condition, in the expected order. */
  readonly meeting: readonly string[];
}
