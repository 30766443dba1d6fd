import { type Decimal, type DecimalInput, Decimal as DecimalClass, PlanningError, toDecimal, quoteText } from '../numeric/index.js';
import { checkChoice, describeValue, isList } from './choices.js';
import { compareDecimals } from './compare.js';
import type { MaybeDecimalInput } from './rank.js';

/**
 * A wider copy of the library's Decimal for logarithms and exponentials: twenty guard digits, so that
 * a geometric mean rounded back to 40 digits is correctly rounded in practice and exact results stay
 * exact (the geometric mean of 4 and 9 is 6, not 5.999…).
 */
const WideDecimal = DecimalClass.clone({ precision: 60 });
const significantDigits = DecimalClass.precision;
const zero = new DecimalClass(0);
const one = new DecimalClass(1);

/** Shares present/count already computed: a few distinct ones recur across thousands of units. */
const shares = new Map<string, Decimal>();
function shareOf(part: number, whole: number): Decimal {
  const key = `${part}/${whole}`;
  let share = shares.get(key);
  if (share === undefined) {
    share = new DecimalClass(part).div(whole);
    if (shares.size < 1024) shares.set(key, share);
  }
  return share;
}

/**
 * How a composite aggregates its components.
 *
 * - `arithmetic`: the weighted arithmetic mean, `Σ wᵢxᵢ / Σ wᵢ`; fully compensatory (SDSN SDG Index).
 * - `geometric`: the weighted geometric mean, `(Π xᵢ^wᵢ)^(1 / Σ wᵢ)`; partly compensatory, needs
 *   values of 0 or more (UNDP HDI since 2010).
 *
 * @example
 * // The HDI aggregates its three dimension indices geometrically:
 * const aggregation: Aggregation = 'geometric';
 * aggregation;
 * //=> 'geometric'
 */
export type Aggregation = 'arithmetic' | 'geometric';

/**
 * Every {@link Aggregation}.
 *
 * @example
 * // Offer the aggregations in a form:
 * aggregations.join(' | ');
 * //=> 'arithmetic | geometric'
 */
export const aggregations: readonly Aggregation[] = Object.freeze(['arithmetic', 'geometric']);

function readWeights(weights: readonly DecimalInput[], count: number): { weights: Decimal[]; total: Decimal } {
  if (!isList(weights)) {
    throw new PlanningError('invalid-argument', `weights must be an array with one weight per value; got ${describeValue(weights)}`);
  }
  if (weights.length !== count) {
    throw new PlanningError('invalid-argument', `weights must give one weight per value; got ${weights.length} weights for ${count} values`);
  }
  const decimals: Decimal[] = new Array<Decimal>(count);
  let total = new DecimalClass(0);
  weights.forEach((input, index) => {
    const weight = toDecimal(input, `weights[${index}]`);
    if (weight.isNegative() && !weight.isZero()) {
      throw new PlanningError('invalid-argument', `weights must be 0 or more; weights[${index}] is ${weight.toString()}`);
    }
    decimals[index] = weight;
    total = total.plus(weight);
  });
  if (total.isZero()) {
    throw new PlanningError('invalid-argument', `weights must not all be 0; ${count === 0 ? 'there are no values' : 'every weight is 0'}`);
  }
  return { weights: decimals, total };
}

function readValueList(values: readonly DecimalInput[]): Decimal[] {
  if (!isList(values)) throw new PlanningError('invalid-argument', `values must be an array; got ${describeValue(values)}`);
  return values.map((value, index) => toDecimal(value, `values[${index}]`));
}

function arithmeticMean(values: readonly Decimal[], weights: readonly Decimal[], total: Decimal): Decimal {
  let sum = new DecimalClass(0);
  values.forEach((value, index) => {
    sum = sum.plus(value.times(weights[index] ?? zero));
  });
  return sum.div(total);
}

function geometricMean(values: readonly Decimal[], weights: readonly Decimal[], total: Decimal): Decimal {
  let logSum = new WideDecimal(0);
  for (const [index, value] of values.entries()) {
    const weight = weights[index] ?? zero;
    if (value.isNegative() && !value.isZero()) {
      throw new PlanningError(
        'invalid-argument',
        `a geometric mean needs values of 0 or more; values[${index}] is ${value.toString()} (normalise the values first)`,
      );
    }
    if (weight.isZero()) continue;
    // A zero with a positive weight makes the product zero (the HDI form is not compensatory there).
    if (value.isZero()) return new DecimalClass(0);
    logSum = logSum.plus(new WideDecimal(value).ln().times(weight.toString()));
  }
  const mean = logSum.div(total.toString()).exp().toSignificantDigits(significantDigits);
  return new DecimalClass(mean.toString());
}

/**
 * The weighted arithmetic mean `Σ wᵢxᵢ / Σ wᵢ`. Weights need not add up to 1 (they are divided by
 * their sum), must be 0 or more, and must not all be 0. Exact except for the one final division.
 * Source: OECD/JRC, *Handbook on Constructing Composite Indicators* (2008), section 6, "Additive
 * aggregation methods"; SDSN, *SDG Index and Dashboards – Detailed Methodological paper* (2018), Eq. 5.
 *
 * @param values - the values to average
 * @param weights - one weight per value
 * @returns the weighted mean
 * @throws {@link PlanningError} `invalid-argument` when the weights are not one per value, negative or
 * all 0; `invalid-number` for a value or weight that is not a finite number
 *
 * @example
 * // The HDI education index of Norway: mean of the expected (17.5/18) and mean (12.6/15) schooling indices:
 * weightedArithmeticMean([normalizeMinMax(17.5, { worst: 0, best: 18 }), normalizeMinMax(12.6, { worst: 0, best: 15 })], [1, 1]).toFixed(4);
 * //=> '0.9061'
 *
 * @example
 * // Twice the weight on the first value:
 * weightedArithmeticMean([90, 60], [2, 1]).toString();
 * //=> '80'
 */
export function weightedArithmeticMean(values: readonly DecimalInput[], weights: readonly DecimalInput[]): Decimal {
  const decimals = readValueList(values);
  const { weights: weightList, total } = readWeights(weights, decimals.length);
  return arithmeticMean(decimals, weightList, total);
}

/**
 * The weighted geometric mean `(Π xᵢ^wᵢ)^(1 / Σ wᵢ)`, the aggregation of the UNDP Human Development
 * Index (the geometric mean of the three dimension indices; UNDP, *Human Development Report,
 * Technical notes*, "Technical note 1. Human Development Index", step 2). Values must be 0 or more; a 0
 * with a positive weight gives 0. Computed with 20 guard digits and rounded to the library's 40
 * significant digits, so that exact results (the mean of 4 and 9 is 6) come out exact.
 *
 * @param values - the values to average, each 0 or more
 * @param weights - one weight per value, 0 or more, not all 0
 * @returns the weighted geometric mean
 * @throws {@link PlanningError} `invalid-argument` for a negative value, or weights that are not one
 * per value, negative or all 0; `invalid-number` for a value or weight that is not a finite number
 *
 * @example
 * // The HDI of Norway (HDR 2015) from its dimension indices (health, education, income):
 * weightedGeometricMean(['0.9477', '0.9061', '0.9784'], [1, 1, 1]).toFixed(3);
 * //=> '0.944'
 *
 * @example
 * // Exact where the answer is exact:
 * weightedGeometricMean([4, 9], [1, 1]).toString();
 * //=> '6'
 */
export function weightedGeometricMean(values: readonly DecimalInput[], weights: readonly DecimalInput[]): Decimal {
  const decimals = readValueList(values);
  const { weights: weightList, total } = readWeights(weights, decimals.length);
  return geometricMean(decimals, weightList, total);
}

/**
 * One component of a composite score: its key (an indicator code), its normalised value (missing as
 * `null` or `undefined`) and its weight.
 *
 * @example
 * // The income component, normalised to 0.72, with weight 2:
 * const component: CompositeComponent = { key: 'income', value: '0.72', weight: 2 };
 * component.key;
 * //=> 'income'
 */
export interface CompositeComponent {
  /** The component's key (an indicator or dimension code), unique within one composite. */
  readonly key: string;
  /** The normalised value; `null` or `undefined` when missing. */
  readonly value: MaybeDecimalInput;
  /** The weight, 0 or more. */
  readonly weight: DecimalInput;
}

/**
 * Options of {@link compositeScore}.
 *
 * @example
 * // SDSN's rule: no score when more than 20% of the components are missing:
 * const options: CompositeOptions = { aggregation: 'arithmetic', maxMissingShare: '0.2' };
 * options.maxMissingShare;
 * //=> '0.2'
 */
export interface CompositeOptions {
  /** Arithmetic or geometric weighted mean. */
  readonly aggregation: Aggregation;
  /**
   * The largest share of components (by count, 0–1) that may be missing; with more missing there is
   * no score. `0` requires every component.
   */
  readonly maxMissingShare: DecimalInput;
}

/**
 * A composite score with its coverage.
 *
 * @example
 * // Two of three components present, one missing:
 * const result = compositeScore(
 *   [{ key: 'a', value: '0.5', weight: 1 }, { key: 'b', value: '0.7', weight: 1 }, { key: 'c', value: null, weight: 1 }],
 *   { aggregation: 'arithmetic', maxMissingShare: '0.5' },
 * );
 * [result.score?.toString(), result.coverage.toFixed(3), result.missing];
 * //=> ['0.6', '0.667', ['c']]
 */
export interface CompositeScore {
  /** The weighted mean of the components present, their weights rescaled; `null` when the coverage rule refused a score. */
  readonly score: Decimal | null;
  /** The share of components present, by count (0–1). */
  readonly coverage: Decimal;
  /** The keys of the missing components, in input order. */
  readonly missing: readonly string[];
  /** Why there is no score, or `null` when there is one. */
  readonly reason: string | null;
}

/**
 * Aggregates normalised components into one composite score, with a coverage rule: when more than
 * `maxMissingShare` of the components (by count) are missing there is no score, and the result says
 * why; otherwise the present components are averaged with their weights rescaled to the present ones.
 * This is how the SDSN SDG Index treats missing data (no index value when more than 20% of the data
 * are missing; SDSN, *Sustainable Development Report*, methodology) and the OECD/JRC Handbook's
 * "available-case" aggregation.
 *
 * @param components - the components, each with key, normalised value (or missing) and weight
 * @param options - aggregation and the largest share of missing components allowed
 * @returns the score (or `null` and a reason), the coverage and the missing keys
 * @throws {@link PlanningError} `conflict` for a key given twice; `invalid-argument` for weights that are
 * negative or all 0, a negative value in a geometric mean, or a `maxMissingShare` outside 0–1
 *
 * @example
 * // A commune's composite of three indicators, one missing, a third may be missing:
 * const result = compositeScore(
 *   [
 *     { key: 'income', value: '0.8', weight: 2 },
 *     { key: 'poverty', value: '0.5', weight: 1 },
 *     { key: 'forest', value: null, weight: 1 },
 *   ],
 *   { aggregation: 'arithmetic', maxMissingShare: '0.34' },
 * );
 * [result.score?.toString(), result.missing];
 * //=> ['0.7', ['forest']]
 *
 * @example
 * // With too many missing, no score, and the reason:
 * compositeScore([{ key: 'a', value: 1, weight: 1 }, { key: 'b', value: null, weight: 1 }], { aggregation: 'arithmetic', maxMissingShare: '0.2' }).reason;
 * //=> '1 of 2 components missing (0.5), more than the 0.2 allowed: b'
 */
export function compositeScore(components: readonly CompositeComponent[], options: CompositeOptions): CompositeScore {
  const aggregation = checkChoice(options.aggregation, aggregations, 'aggregation');
  const maxMissingShare = toDecimal(options.maxMissingShare, 'maxMissingShare');
  if ((maxMissingShare.isNegative() && !maxMissingShare.isZero()) || compareDecimals(maxMissingShare, one) > 0) {
    throw new PlanningError('invalid-argument', `maxMissingShare must be a share from 0 to 1; got ${maxMissingShare.toString()}`);
  }
  if (!isList(components) || components.length === 0) {
    throw new PlanningError('invalid-argument', 'a composite score needs at least one component ({ key, value, weight })');
  }
  const count = components.length;
  const keys = new Set<string>();
  const values: (Decimal | null)[] = new Array<Decimal | null>(count);
  const missing: string[] = [];
  const allWeights: DecimalInput[] = new Array<DecimalInput>(count);
  for (const [index, component] of components.entries()) {
    if (keys.has(component.key)) {
      throw new PlanningError('conflict', `component key ${quoteText(component.key)} is given twice; each component needs its own key`);
    }
    keys.add(component.key);
    allWeights[index] = component.weight;
    const value = component.value;
    if (value === null || value === undefined) missing.push(component.key);
    values[index] = value === null || value === undefined ? null : toDecimal(value, `value of component ${quoteText(component.key)}`);
  }
  // Weights are checked over all components, so a bad weight is reported even where the value is missing.
  const { weights: weightList } = readWeights(allWeights, count);
  const present = count - missing.length;
  const coverage = shareOf(present, count);
  // missing / count > maxMissingShare, without a division: missing > maxMissingShare × count.
  if (compareDecimals(new DecimalClass(missing.length), maxMissingShare.times(count)) > 0) {
    const missingShare = shareOf(missing.length, count);
    const reason = `${missing.length} of ${count} components missing (${missingShare.toSignificantDigits(4).toString()}), more than the ${maxMissingShare.toString()} allowed: ${missing.join(', ')}`;
    return { score: null, coverage, missing, reason };
  }
  const presentValues: Decimal[] = [];
  const presentWeights: Decimal[] = [];
  let total = new DecimalClass(0);
  for (const [index, value] of values.entries()) {
    if (value === null) continue;
    const weight = weightList[index] ?? zero;
    presentValues.push(value);
    presentWeights.push(weight);
    total = total.plus(weight);
  }
  if (total.isZero()) {
    const reason = present === 0 ? 'every component is missing' : `every component present has weight 0 (missing: ${missing.join(', ')})`;
    return { score: null, coverage, missing, reason };
  }
  const score = aggregation === 'arithmetic' ? arithmeticMean(presentValues, presentWeights, total) : geometricMean(presentValues, presentWeights, total);
  return { score, coverage, missing, reason: null };
}
