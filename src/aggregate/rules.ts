import { Decimal, PlanningError, quoteText } from '../numeric/index.js';
import { type ScaledUnit, convertScale } from '../measure/index.js';
import {
  type AggregationRule,
  type Catalog,
  type Indicator,
  aggregationRuleProblem,
  aggregationRules,
  evaluateFormula,
  getIndicator,
  ratioFactorOf,
} from '../indicator/index.js';
import {
  type BestValueOptions,
  type Dataset,
  type Observation,
  type ObservationStatus,
  bestObservation,
  observationStatuses,
} from '../observation/index.js';
import type { AggregatePart, AggregateResult, Completeness, UnitChange } from './result.js';

/** Which dimension an aggregation runs over. */
export type Dimension = 'overUnits' | 'overTime';

const dimensionName: Readonly<Record<Dimension, string>> = { overUnits: 'over units', overTime: 'over time' };

/**
 * The two inputs of a derived indicator whose formula is a quotient (per-capita, ratio, share), or
 * `undefined` for an observed indicator, a growth formula, or an indicator that names its own
 * numerator and denominator (those take precedence).
 */
export function formulaInputs(indicator: Indicator): { readonly numerator: string; readonly denominator: string } | undefined {
  const formula = indicator.formula;
  if (formula === undefined || (indicator.numerator !== undefined && indicator.denominator !== undefined)) return undefined;
  switch (formula.kind) {
    case 'per-capita':
      return { numerator: formula.numerator, denominator: formula.population };
    case 'ratio':
      return { numerator: formula.numerator, denominator: formula.denominator };
    case 'share':
      return { numerator: formula.part, denominator: formula.total };
    case 'growth':
      return undefined;
  }
}

/**
 * The indicator and rule of an aggregation, checked: the rule in options or, when absent, the
 * indicator's own rule for the dimension; refused when it is `none`, when it adds or averages a rate,
 * when it is `ratio-of-sums` without numerator and denominator indicators, or `last` over units.
 *
 * Over units, a derived indicator whose formula is a quotient (per-capita, ratio, share) is rolled up
 * as its formula over the summed inputs (`ratio-of-sums`, whatever rule the catalog gives it: a sum
 * or average of per-capita values is never right), unless another rule is asked in options.
 */
export function resolveRule(
  catalog: Catalog,
  code: string,
  dimension: Dimension,
  override: AggregationRule | undefined,
): { readonly indicator: Indicator; readonly rule: AggregationRule } {
  const indicator = getIndicator(catalog, code);
  if (dimension === 'overUnits' && (override === undefined || override === 'ratio-of-sums') && formulaInputs(indicator) !== undefined) {
    return { indicator, rule: 'ratio-of-sums' };
  }
  const rule = override ?? indicator.aggregation[dimension];
  const where = `cannot aggregate ${indicator.code} ${dimensionName[dimension]}`;
  if (!aggregationRules.includes(rule)) {
    const given: unknown = rule;
    throw new PlanningError('invalid-argument', `${where}: unknown rule ${typeof given === 'string' ? quoteText(given) : String(given)}; expected one of ${aggregationRules.join(', ')}`);
  }
  if (rule === 'none') {
    const source = override === undefined ? `the catalog gives it the rule none ${dimensionName[dimension]}` : 'the rule none was asked';
    throw new PlanningError('invalid-argument', `${where}: ${source}, so its values do not combine; report them one by one`);
  }
  // The catalog's own check, so that a rule passed in options can never do what the catalog refuses.
  const problem = aggregationRuleProblem(indicator, rule);
  if (problem !== undefined) throw new PlanningError('invalid-argument', `${where} by ${rule}: ${problem}`);
  if (rule === 'last' && dimension === 'overUnits') {
    throw new PlanningError('invalid-argument', `${where} by last: last picks the latest period, and units have no order; over units use sum, average, min, max, count or ratio-of-sums`);
  }
  return { indicator, rule };
}

/** The indicators a ratio of sums reads its numerators and denominators from, and how it divides them. */
interface RatioInputs {
  readonly numerator: Indicator;
  readonly denominator: Indicator;
  /** Whether the inputs are those of the indicator's formula rather than its numerator and denominator fields. */
  readonly derived: boolean;
  /** Σnumerator / Σdenominator (each in its indicator's unit) as a value in the indicator's unit; `undefined` for a zero denominator. */
  readonly divide: (numerator: Decimal, denominator: Decimal) => Decimal | undefined;
}

/** Everything the per-cell lookup needs, prepared once per aggregation. */
export interface Lookup {
  readonly dataset: Dataset;
  readonly indicator: Indicator;
  readonly rule: AggregationRule;
  readonly ratio: RatioInputs | undefined;
  readonly options: BestValueOptions;
  readonly dimensions: Readonly<Record<string, string>> | undefined;
}

/**
 * Whether the values being combined add up over time, so that a unit that existed for part of a
 * period counts for that part: the indicator's rule over time is `sum` (a flow or a count), or, for a
 * ratio of sums, the rules over time of both its inputs are. Otherwise the aggregate is a level taken
 * at the end of the period.
 */
export function addsUpOverTime(lookup: Lookup): boolean {
  const { ratio, indicator } = lookup;
  if (ratio !== undefined) return ratio.numerator.aggregation.overTime === 'sum' && ratio.denominator.aggregation.overTime === 'sum';
  return indicator.aggregation.overTime === 'sum';
}

/**
 * Prepares the lookup of one aggregation.
 */
export function prepareLookup(
  catalog: Catalog,
  dataset: Dataset,
  indicator: Indicator,
  rule: AggregationRule,
  options: BestValueOptions & { readonly dimensions?: Readonly<Record<string, string>> | undefined },
): Lookup {
  let ratio: RatioInputs | undefined;
  const formula = formulaInputs(indicator);
  if (rule === 'ratio-of-sums' && indicator.numerator !== undefined && indicator.denominator !== undefined) {
    const numerator = getIndicator(catalog, indicator.numerator);
    const denominator = getIndicator(catalog, indicator.denominator);
    const scale = ratioScale(indicator, numerator, denominator);
    ratio = { numerator, denominator, derived: false, divide: (top, bottom) => (bottom.isZero() ? undefined : top.div(bottom).times(scale)) };
  } else if (rule === 'ratio-of-sums' && formula !== undefined) {
    const numerator = getIndicator(catalog, formula.numerator);
    const denominator = getIndicator(catalog, formula.denominator);
    // The catalog's own evaluation of the formula, so that a roll-up and a single unit agree to the digit.
    const divide = (top: Decimal, bottom: Decimal): Decimal | undefined =>
      bottom.isZero() ? undefined : evaluateFormula(catalog, indicator.code, (code) => (code === numerator.code ? top : bottom));
    ratio = { numerator, denominator, derived: true, divide };
  }
  return {
    dataset,
    indicator,
    rule,
    ratio,
    options: { asOf: options.asOf, precedence: options.precedence },
    dimensions: options.dimensions,
  };
}

function inUnitOf(observation: Observation, indicator: Indicator): Decimal {
  const from: ScaledUnit | undefined = observation.unit;
  if (from === undefined) return observation.value;
  return convertScale(observation.value, from, indicator.unit);
}

/** The least final status among observations or parts. */
export function leastFinal(items: readonly { readonly status: ObservationStatus }[]): ObservationStatus {
  let rank = observationStatuses.length;
  for (const item of items) rank = Math.min(rank, observationStatuses.indexOf(item.status));
  return observationStatuses[rank] ?? 'official';
}

/** The latest publication date among observations or parts. */
export function latestPublished(items: readonly { readonly published?: string | undefined }[]): string | undefined {
  let latest: string | undefined;
  for (const item of items) {
    if (item.published !== undefined && (latest === undefined || item.published > latest)) latest = item.published;
  }
  return latest;
}

const ten = new Decimal(10);

/**
 * The factor that turns Σnumerator / Σdenominator (each in its own indicator's scale) into a value in
 * the indicator's unit: the ratio factor (100 for a percentage; 1 when the indicator has none, as a
 * per-capita amount) times the powers of ten of the three scales.
 */
function ratioScale(indicator: Indicator, numerator: Indicator, denominator: Indicator): Decimal {
  const factor = new Decimal(ratioFactorOf(indicator) ?? 1);
  return factor.times(ten.pow(numerator.unit.power - denominator.unit.power - indicator.unit.power));
}

/**
 * The usable value of one cell (area and period), or a reason why there is none: `undefined` with
 * no note when nothing was observed; a note when something was observed but cannot be used.
 */
export function lookUpPart(lookup: Lookup, area: string, period: string): { readonly part?: AggregatePart; readonly note?: string } {
  const { dataset, indicator, ratio, options, dimensions } = lookup;
  const key = dimensions === undefined ? { indicator: indicator.code, area, period } : { indicator: indicator.code, area, period, dimensions };
  const own = bestObservation(dataset, key, options);
  if (ratio === undefined) {
    if (own === undefined) return {};
    return {
      part: {
        area,
        period,
        value: inUnitOf(own, indicator),
        numerator: null,
        denominator: null,
        status: own.status,
        published: own.published,
        computed: false,
      },
    };
  }
  let numerator: Decimal;
  let denominator: Decimal;
  let used: Observation[];
  if (own?.numerator !== undefined && own.denominator !== undefined) {
    numerator = own.numerator;
    denominator = own.denominator;
    used = [own];
  } else {
    const top = bestObservation(dataset, { ...key, indicator: ratio.numerator.code }, options);
    const bottom = bestObservation(dataset, { ...key, indicator: ratio.denominator.code }, options);
    if (top === undefined || bottom === undefined) {
      if (own === undefined && top === undefined && bottom === undefined) return {};
      const lacking = [top === undefined ? ratio.numerator.code : undefined, bottom === undefined ? ratio.denominator.code : undefined]
        .filter((code) => code !== undefined)
        .join(' and ');
      const has = own === undefined ? '' : ` has a value of ${indicator.code} (${own.value.toString()}) but`;
      return {
        note: `${area} ${period}${has} has no numerator and denominator on the observation and no value of ${lacking}; a ratio of sums cannot use it`,
      };
    }
    numerator = inUnitOf(top, ratio.numerator);
    denominator = inUnitOf(bottom, ratio.denominator);
    used = own === undefined ? [top, bottom] : [own, top, bottom];
  }
  const computed = own === undefined;
  const value = computed ? (ratio.divide(numerator, denominator) ?? null) : inUnitOf(own, indicator);
  const part: AggregatePart = { area, period, value, numerator, denominator, status: leastFinal(used), published: latestPublished(used), computed };
  if (!computed || value === null) return { part };
  const how = ratio.derived ? `by its formula (${indicator.formula?.kind ?? ''})` : 'as their ratio';
  return {
    part,
    note: `${area} ${period} has no value of ${indicator.code} of its own; it is computed from ${ratio.numerator.code} (${numerator.toString()}) and ${ratio.denominator.code} (${denominator.toString()}) ${how}`,
  };
}

/**
 * The aggregate value of the parts under a rule, with the sums of a ratio and any note. A part in
 * `rolledUp` is itself a roll-up of several values (a district in a province's roll-up): under
 * `average` it brings its sum and number of values, and under `count` its count, so that averages and
 * counts over several levels equal those over the leaves.
 */
export function combine(
  lookup: Lookup,
  parts: readonly AggregatePart[],
  rolledUp: ReadonlySet<AggregatePart> = new Set(),
): { readonly value: Decimal | null; readonly numerator: Decimal | null; readonly denominator: Decimal | null; readonly note?: string } {
  const { rule, ratio } = lookup;
  if (rule === 'ratio-of-sums' && ratio !== undefined) {
    if (parts.length === 0) return { value: null, numerator: null, denominator: null };
    let numerator = new Decimal(0);
    let denominator = new Decimal(0);
    for (const part of parts) {
      numerator = numerator.plus(part.numerator ?? 0);
      denominator = denominator.plus(part.denominator ?? 0);
    }
    const value = ratio.divide(numerator, denominator);
    if (value === undefined) {
      return { value: null, numerator, denominator, note: `the denominators (${ratio.denominator.code}) sum to zero, so the ratio of sums is undefined` };
    }
    return { value, numerator, denominator };
  }
  // One pass, no spread: datasets can hold many thousands of units, more than a call's arguments allow.
  let count = 0;
  let total = new Decimal(0);
  let weight = new Decimal(0);
  let least: Decimal | undefined;
  let most: Decimal | undefined;
  let latest: Decimal | undefined;
  for (const part of parts) {
    const value = part.value;
    if (value === null) continue;
    count += 1;
    const carried = rolledUp.has(part);
    if (rule === 'average' && carried && part.numerator !== null && part.denominator !== null) {
      total = total.plus(part.numerator);
      weight = weight.plus(part.denominator);
    } else {
      total = total.plus(rule === 'count' && !carried ? 1 : value);
      weight = weight.plus(1);
    }
    if (least === undefined || value.lt(least)) least = value;
    if (most === undefined || value.gt(most)) most = value;
    // Parts come in period order (over time), so the last value seen is the latest period's.
    latest = value;
  }
  if (count === 0) return { value: null, numerator: null, denominator: null };
  let value: Decimal | undefined;
  switch (rule) {
    case 'sum':
      value = total;
      break;
    case 'average':
      return { value: total.div(weight), numerator: total, denominator: weight };
    case 'min':
      value = least;
      break;
    case 'max':
      value = most;
      break;
    case 'count':
      value = total;
      break;
    default:
      value = latest;
  }
  return { value: value ?? null, numerator: null, denominator: null };
}

/** The completeness of an aggregate from the expected codes, the codes found and the units that changed. */
export function completenessOf(expected: readonly string[], found: ReadonlySet<string>, changes: readonly UnitChange[] = []): Completeness {
  const missing = expected.filter((code) => !found.has(code));
  const share = expected.length === 0 ? new Decimal(1) : new Decimal(expected.length - missing.length).div(expected.length);
  return { expected: expected.length, found: expected.length - missing.length, missing, share, changes };
}

/** What a result is built from besides its lookup: the parts found, the codes expected, and the working so far. */
export interface Assembly {
  readonly head: Pick<AggregateResult, 'over' | 'area' | 'period'>;
  readonly parts: readonly AggregatePart[];
  readonly expected: readonly string[];
  readonly found: ReadonlySet<string>;
  readonly notes: readonly string[];
  readonly changes?: readonly UnitChange[] | undefined;
  /** Parts that are roll-ups of several values (see combine). */
  readonly rolledUp?: ReadonlySet<AggregatePart> | undefined;
}

/** Combines the parts and builds the result with its completeness and notes. */
export function assemble(lookup: Lookup, assembly: Assembly): AggregateResult {
  const { head, parts } = assembly;
  const notes = [...assembly.notes];
  if (parts.length === 0) {
    notes.push(`no ${head.over === 'units' ? 'unit' : 'period'} has a usable value of ${lookup.indicator.code}, so there is no aggregate`);
  }
  const combined = combine(lookup, parts, assembly.rolledUp);
  if (combined.note !== undefined) notes.push(combined.note);
  return {
    indicator: lookup.indicator.code,
    over: head.over,
    rule: lookup.rule,
    area: head.area,
    period: head.period,
    value: combined.value,
    numerator: combined.numerator,
    denominator: combined.denominator,
    parts,
    completeness: completenessOf(assembly.expected, assembly.found, assembly.changes),
    notes,
  };
}

/** The sentence that says a derived indicator was rolled up by its formula, or `undefined`. */
export function derivedNote(lookup: Lookup): string | undefined {
  const { ratio, indicator } = lookup;
  if (ratio?.derived !== true) return undefined;
  return (
    `${indicator.code} is derived (${indicator.formula?.kind ?? ''} of ${ratio.numerator.code} and ${ratio.denominator.code}), so it is rolled up ` +
    `as its formula over the summed inputs, Σ ${ratio.numerator.code} and Σ ${ratio.denominator.code}, never as a sum or average of the units' values`
  );
}

/** Looks up every expected cell and combines the parts into a result. */
export function aggregateCells(
  lookup: Lookup,
  cells: readonly { readonly code: string; readonly area: string; readonly period: string }[],
  head: Pick<AggregateResult, 'over' | 'area' | 'period'>,
  working: { readonly notes?: readonly string[]; readonly changes?: readonly UnitChange[] } = {},
): AggregateResult {
  const parts: AggregatePart[] = [];
  const notes: string[] = [...(working.notes ?? [])];
  const derived = derivedNote(lookup);
  if (derived !== undefined) notes.unshift(derived);
  const found = new Set<string>();
  for (const cell of cells) {
    const { part, note } = lookUpPart(lookup, cell.area, cell.period);
    if (note !== undefined) notes.push(note);
    if (part === undefined) continue;
    parts.push(part);
    found.add(cell.code);
  }
  return assemble(lookup, { head, parts, expected: cells.map((cell) => cell.code), found, notes, changes: working.changes });
}
