import { type Decimal, type DecimalInput, Decimal as DecimalClass, PlanningError, toDecimal, quoteText } from '../numeric/index.js';
import { checkChoice, describeValue, isList } from './choices.js';
import { compareDecimals } from './compare.js';
import type { CompositeScore } from './composite.js';
import { lastDigitExponent, readWhole, roundedQuotient, scaledInteger } from './exact.js';
import {
  type Entry,
  type MaybeDecimalInput,
  type MissingRule,
  type RankDirection,
  type TieBreak,
  type TieMethod,
  checkItems,
  checkTieBreak,
  makeEntries,
  missingRules,
  rankDirections,
  rankGroups,
  tieBreakComparator,
  tieMethods,
} from './rank.js';

/**
 * One indicator of a composite ranked by {@link rankByComposite}: how to read its raw value from an
 * item, its min-max bounds (as {@link normalizeMinMax} takes them, linear only) and its weight.
 *
 * @example
 * // Poverty rate, lower is better: 0% scores 1, 60% scores 0; weight 2:
 * const component: CompositeRankComponent<{ poverty: number | null }> = {
 *   key: 'poverty', value: (unit) => unit.poverty, worst: 60, best: 0, weight: 2,
 * };
 * component.key;
 * //=> 'poverty'
 */
export interface CompositeRankComponent<T> {
  /** The component's key (an indicator code), unique within the composite; missing ones are listed by it. */
  readonly key: string;
  /** The raw (not normalised) value of an item; `null` or `undefined` when missing. Called once per item. */
  readonly value: (item: T) => MaybeDecimalInput;
  /** The value that scores 0 (see {@link MinMaxBounds.worst}). */
  readonly worst: DecimalInput;
  /** The value that scores 1 (see {@link MinMaxBounds.best}); below `worst` for lower-is-better indicators. */
  readonly best: DecimalInput;
  /** The weight, 0 or more; the weights must not all be 0. */
  readonly weight: DecimalInput;
  /** Whether values beyond the bounds score 0 or 1 (true, the default, as in {@link normalizeMinMax}) or beyond. */
  readonly clamp?: boolean;
}

/**
 * Options of {@link rankByComposite}.
 *
 * @example
 * // Communes within their cluster on two indicators, at most one in five missing:
 * const options: CompositeRankOptions<{ code: string; cluster: string; income: number; poverty: number }> = {
 *   key: (unit) => unit.code,
 *   group: (unit) => unit.cluster,
 *   components: [
 *     { key: 'income', value: (unit) => unit.income, worst: 10, best: 80, weight: 1 },
 *     { key: 'poverty', value: (unit) => unit.poverty, worst: 60, best: 0, weight: 1 },
 *   ],
 *   maxMissingShare: '0.2',
 *   ties: 'standard',
 *   missing: 'unranked',
 * };
 * options.components.length;
 * //=> 2
 */
export interface CompositeRankOptions<T> {
  /** The unit key of an item; keys must be unique across all items. */
  readonly key: (item: T) => string;
  /** The group of an item, to rank each group on its own; one ranking of all items when not given. */
  readonly group?: (item: T) => string;
  /** The indicators of the composite, each min-max normalised and weighted. */
  readonly components: readonly CompositeRankComponent<T>[];
  /** The largest share of components (by count, 0–1) that may be missing, as in {@link CompositeOptions.maxMissingShare}. */
  readonly maxMissingShare: DecimalInput;
  /** How equal composites are ranked. */
  readonly ties: TieMethod;
  /** Where items without a composite (refused by the coverage rule) go. */
  readonly missing: MissingRule;
  /** `descending` (the default: the highest composite ranks first) or `ascending`. */
  readonly direction?: RankDirection;
  /** How `ordinal` ranks break ties; `input-order` when not given. Only allowed with `ties: 'ordinal'`. */
  readonly tieBreak?: TieBreak<T>;
}

/**
 * The rank of one item on its composite, with the composite it was ranked on (score, coverage,
 * missing components and why there is no score, as {@link compositeScore} reports them).
 *
 * @example
 * // One commune, ranked alone:
 * const [result] = rankByComposite([{ code: 'A', income: 45 }], {
 *   key: (unit) => unit.code,
 *   components: [{ key: 'income', value: (unit) => unit.income, worst: 10, best: 80, weight: 1 }],
 *   maxMissingShare: 0, ties: 'standard', missing: 'unranked',
 * });
 * [result?.score?.toString(), result?.rank, result?.outOf];
 * //=> ['0.5', 1, 1]
 */
export interface CompositeRankedItem<T> extends CompositeScore {
  /** The unit key of the item. */
  readonly key: string;
  /** The item itself, as given. */
  readonly item: T;
  /** The group it was ranked in, or `null` when the ranking was not grouped. */
  readonly group: string | null;
  /** Its rank (see {@link RankedItem.rank}), or `null` when it is unranked. */
  readonly rank: number | null;
  /** How many ranked items share its exact composite, itself included (see {@link RankedItem.tieSize}). */
  readonly tieSize: number;
  /** How many items were ranked in its ranking (its group, when grouped). */
  readonly outOf: number;
}

/** A component read and checked once: its bounds and weight as whole numbers at fixed powers of ten. */
interface PreparedComponent<T> {
  readonly key: string;
  readonly read: (item: T) => MaybeDecimalInput;
  readonly worst: Decimal;
  readonly best: Decimal;
  readonly weight: Decimal;
  readonly clamp: boolean;
}

/**
 * The exact composite of an item: `numerator / (commonDenominator × presentWeight)`, with the
 * rounded Decimal beside it. `presentWeight` is the sum of the present weights as a whole number.
 */
interface ExactScore {
  readonly composite: CompositeScore;
  readonly score: Decimal | null;
  readonly numerator: bigint;
  readonly presentWeight: bigint;
}

/** 10⁰ to 10²², the powers of ten that are exact in binary floating point. */
const exactPowersOfTen: readonly number[] = Array.from({ length: 23 }, (_, exponent) => Number(`1e${String(exponent)}`));
const zero = new DecimalClass(0);
const one = new DecimalClass(1);

function prepareComponents<T>(components: readonly CompositeRankComponent<T>[]): PreparedComponent<T>[] {
  if (!isList(components) || components.length === 0) {
    throw new PlanningError('invalid-argument', 'rankByComposite needs at least one component ({ key, value, worst, best, weight })');
  }
  const keys = new Set<string>();
  let total = zero;
  const prepared = components.map((component, index): PreparedComponent<T> => {
    const where = `components[${index}]`;
    if (typeof component.key !== 'string') throw new PlanningError('invalid-argument', `${where}.key must be a string (an indicator code); got ${describeValue(component.key)}`);
    if (keys.has(component.key)) {
      throw new PlanningError('conflict', `component key ${quoteText(component.key)} is given twice; each component needs its own key`);
    }
    keys.add(component.key);
    if (typeof component.value !== 'function') {
      throw new PlanningError('invalid-argument', `${where}.value must be a function that returns the raw value of an item; got ${describeValue(component.value)}`);
    }
    const worst = toDecimal(component.worst, `${where}.worst`);
    const best = toDecimal(component.best, `${where}.best`);
    if (compareDecimals(worst, best) === 0) {
      throw new PlanningError(
        'invalid-argument',
        `min-max normalisation needs different worst and best values; both are ${worst.toString()} in ${where} (${quoteText(component.key)})`,
      );
    }
    const weight = toDecimal(component.weight, `${where}.weight`);
    if (weight.isNegative() && !weight.isZero()) {
      throw new PlanningError('invalid-argument', `weights must be 0 or more; ${where}.weight is ${weight.toString()}`);
    }
    total = total.plus(weight);
    return { key: component.key, read: component.value, worst, best, weight, clamp: component.clamp !== false };
  });
  if (total.isZero()) throw new PlanningError('invalid-argument', 'weights must not all be 0; every component has weight 0');
  return prepared;
}

function greatestCommonDivisor(first: bigint, second: bigint): bigint {
  let a = first < 0n ? -first : first;
  let b = second < 0n ? -second : second;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** The largest number of missing components the coverage rule allows: missing > share × count refuses. */
function allowedMissing(maxMissingShare: DecimalInput, count: number): { share: Decimal; allowed: number } {
  const share = toDecimal(maxMissingShare, 'maxMissingShare');
  if ((share.isNegative() && !share.isZero()) || compareDecimals(share, one) > 0) {
    throw new PlanningError('invalid-argument', `maxMissingShare must be a share from 0 to 1; got ${share.toString()}`);
  }
  return { share, allowed: share.times(count).floor().toNumber() };
}

/**
 * Normalises indicators with min-max bounds, aggregates them into a weighted arithmetic mean with a
 * coverage rule, and ranks the items on it (within groups when `group` is given): the pipeline of
 * {@link normalizeMinMax}, {@link compositeScore} (`aggregation: 'arithmetic'`) and
 * {@link rankWithinGroups}, in one pass and without a decimal division per value.
 *
 * Every composite `Σ wᵢ (xᵢ − worstᵢ) / (bestᵢ − worstᵢ) / Σ wᵢ` (over the components present, each
 * normalised value clamped to 0–1 unless `clamp` is false) is a rational number. It is computed
 * exactly in whole numbers over a common denominator, items are ordered exactly (equal composites tie
 * exactly, however they were reached), and each score is rounded once to 40 significant digits at the
 * end. The step-by-step functions round each normalised value, so their scores may differ in the last
 * digits and, rarely, split a tie that only rounding made uneven; the ranks here are those of the exact
 * composites. The coverage rule is {@link compositeScore}'s: no score when more than `maxMissingShare`
 * of the components (by count) are missing, or when every component present has weight 0.
 *
 * Methods: min-max normalisation (UNDP, *Human Development Report, Technical notes*, technical note 1;
 * SDSN, *SDG Index and Dashboards – Detailed Methodological paper*, 2018, Eq. S1) and additive
 * aggregation (OECD/JRC, *Handbook on Constructing Composite Indicators*, 2008, section 6).
 *
 * @param items - the items to rank; not changed
 * @param options - key, group, components (value, bounds, weight, clamp), coverage rule, tie method,
 * missing rule, direction and ordinal tie break
 * @returns one result per item, in input order, with its composite, coverage, missing components and rank
 * @throws {@link PlanningError} `invalid-argument` for no components, a component whose worst and best
 * are equal, weights that are negative or all 0, a `maxMissingShare` outside 0–1, or options that
 * {@link rankWithinGroups} refuses; `conflict` for a component key or an item key given twice;
 * `invalid-number` for a value, bound or weight that is not a finite number
 *
 * @example
 * // Four communes in two clusters; income (higher is better) and poverty (lower is better), equal weights:
 * const communes = [
 *   { code: 'A', cluster: '1', income: 45, poverty: 30 },
 *   { code: 'B', cluster: '1', income: 80, poverty: 60 },
 *   { code: 'C', cluster: '2', income: 10, poverty: 0 },
 *   { code: 'D', cluster: '2', income: 62.5, poverty: null },
 * ];
 * rankByComposite(communes, {
 *   key: (c) => c.code, group: (c) => c.cluster,
 *   components: [
 *     { key: 'income', value: (c) => c.income, worst: 10, best: 80, weight: 1 },
 *     { key: 'poverty', value: (c) => c.poverty, worst: 60, best: 0, weight: 1 },
 *   ],
 *   maxMissingShare: '0.5', ties: 'standard', missing: 'unranked',
 * }).map((r) => `${r.key}: ${String(r.score)} #${String(r.rank)}`);
 * //=> ['A: 0.5 #1', 'B: 0.5 #1', 'C: 0.5 #2', 'D: 0.75 #1']
 */
export function rankByComposite<T>(items: readonly T[], options: CompositeRankOptions<T>): CompositeRankedItem<T>[] {
  checkItems(items, 'rankByComposite');
  const direction = checkChoice(options.direction ?? 'descending', rankDirections, 'direction');
  const ties = checkChoice(options.ties, tieMethods, 'ties');
  const missingRule = checkChoice(options.missing, missingRules, 'missing');
  checkTieBreak(options.tieBreak, ties);
  const components = prepareComponents(options.components);
  const count = components.length;
  const { share, allowed } = allowedMissing(options.maxMissingShare, count);
  const group = options.group;
  if (group !== undefined && typeof group !== 'function') {
    throw new PlanningError('invalid-argument', `group must be a function that returns a group code for an item; got ${describeValue(group)}`);
  }

  // Read every value once (the key first, so that an error names the item), keeping the Decimals,
  // their digits as small whole numbers where they fit, and the finest power of ten each component needs.
  const values: (Decimal | null)[] = new Array<Decimal | null>(items.length * count);
  const wholes = new Float64Array(items.length * count);
  const wholeExponents = new Int32Array(items.length * count);
  const exponents = components.map((component) => Math.min(lastDigitExponent(component.worst), lastDigitExponent(component.best)));
  let row = 0;
  const entries = makeEntries(items, options.key, group ?? null, (item, key): number => {
    const base = row * count;
    row += 1;
    for (let column = 0; column < count; column += 1) {
      const component = components[column];
      if (component === undefined) continue;
      const raw = component.read(item);
      const at = base + column;
      if (raw === null || raw === undefined) {
        values[at] = null;
        continue;
      }
      const value = toDecimal(raw, `value of component ${quoteText(component.key)} of ${quoteText(key)}`);
      values[at] = value;
      const whole = readWhole(value, wholeExponents, at);
      wholes[at] = whole;
      const exponent = Number.isNaN(whole) ? lastDigitExponent(value) : (wholeExponents[at] ?? 0);
      if (exponent < (exponents[column] ?? 0)) exponents[column] = exponent;
    }
    return base / count;
  });

  // Per component, at its power of ten: worst, span (best − worst, signed) and its size, as whole
  // numbers. The common denominator is the least common multiple of the spans' sizes, so that each
  // normalised value wᵢ (x − worst) / span becomes multiplier × (x − worst) over it.
  const worsts: bigint[] = [];
  const spans: bigint[] = [];
  let commonDenominator = 1n;
  components.forEach((component, column) => {
    const exponent = exponents[column] ?? 0;
    const worst = scaledInteger(component.worst, exponent);
    const span = scaledInteger(component.best, exponent) - worst;
    worsts.push(worst);
    spans.push(span);
    const size = span < 0n ? -span : span;
    commonDenominator = (commonDenominator / greatestCommonDivisor(commonDenominator, size)) * size;
  });
  // Weights as whole numbers at one power of ten, which cancels out of Σ wᵢ nᵢ / Σ wᵢ.
  // A loop, not Math.min(...list): a spread of a long list of components overflows the stack.
  let weightExponent = Number.POSITIVE_INFINITY;
  for (const component of components) weightExponent = Math.min(weightExponent, lastDigitExponent(component.weight));
  const weights = components.map((component) => scaledInteger(component.weight, weightExponent));
  const multipliers = components.map((_, column) => ((weights[column] ?? 0n) * commonDenominator) / (spans[column] ?? 1n));
  const fullTerms = components.map((_, column) => (weights[column] ?? 0n) * commonDenominator);
  // The same as plain numbers where they are exact (safe integers), for the per-value work.
  const worstNumbers = worsts.map((worst) => Number(worst));
  const spanNumbers = spans.map((span) => Number(span));
  const smallColumns = components.map((_, column) => Number.isSafeInteger(worstNumbers[column]) && Number.isSafeInteger(spanNumbers[column]));
  const coverages = Array.from({ length: count + 1 }, (_, present) => new DecimalClass(present).div(count));

  const scored: Entry<T, ExactScore>[] = entries.map((entry) => {
    const base = entry.value * count;
    let numerator = 0n;
    let presentWeight = 0n;
    const missing: string[] = [];
    for (let column = 0; column < count; column += 1) {
      const value = values[base + column] ?? null;
      const component = components[column];
      if (component === undefined) continue;
      if (value === null) {
        missing.push(component.key);
        continue;
      }
      presentWeight += weights[column] ?? 0n;
      const at = base + column;
      const exponent = exponents[column] ?? 0;
      let offset: bigint | number = Number.NaN;
      if (smallColumns[column] === true) {
        const whole = wholes[at] ?? Number.NaN;
        const shift = (wholeExponents[at] ?? 0) - exponent;
        const scaled = shift === 0 ? whole : whole * (exactPowersOfTen[shift] ?? Number.NaN);
        // Safe integers subtract exactly; a result that is not safe goes the BigInt way.
        if (Number.isSafeInteger(scaled)) offset = scaled - (worstNumbers[column] ?? 0);
      }
      if (typeof offset === 'number' && Number.isSafeInteger(offset)) {
        const span = spanNumbers[column] ?? 1;
        if (component.clamp) {
          // Clamp without dividing: (x − worst) / span below 0 or above 1, read from signs and sizes.
          const toward = span < 0 ? -offset : offset;
          if (toward <= 0) continue;
          if (toward >= Math.abs(span)) {
            numerator += fullTerms[column] ?? 0n;
            continue;
          }
        }
        numerator += (multipliers[column] ?? 0n) * BigInt(offset);
        continue;
      }
      const exactOffset = scaledInteger(value, exponent) - (worsts[column] ?? 0n);
      if (component.clamp) {
        const span = spans[column] ?? 1n;
        const toward = span < 0n ? -exactOffset : exactOffset;
        if (toward <= 0n) continue;
        if (toward >= (span < 0n ? -span : span)) {
          numerator += fullTerms[column] ?? 0n;
          continue;
        }
      }
      numerator += (multipliers[column] ?? 0n) * exactOffset;
    }
    const coverage = coverages[count - missing.length] ?? zero;
    let reason: string | null = null;
    if (missing.length > allowed) {
      const missingShare = new DecimalClass(missing.length).div(count).toSignificantDigits(4);
      reason = `${missing.length} of ${count} components missing (${missingShare.toString()}), more than the ${share.toString()} allowed: ${missing.join(', ')}`;
    } else if (presentWeight === 0n) {
      reason = missing.length === count ? 'every component is missing' : `every component present has weight 0 (missing: ${missing.join(', ')})`;
    }
    const score = reason === null ? roundedQuotient(numerator, commonDenominator * presentWeight) : null;
    const composite: CompositeScore = { score, coverage, missing, reason };
    return { ...entry, value: { composite, score, numerator, presentWeight } };
  });

  const sign = direction === 'descending' ? -1 : 1;
  const missingSign = missingRule === 'first' ? -1 : 1;
  rankGroups(
    scored,
    missingRule === 'unranked' ? (entry) => entry.value.score === null : () => false,
    (a, b) => {
      const first = a.value;
      const second = b.value;
      if (first.score === null) return second.score === null ? 0 : missingSign;
      if (second.score === null) return -missingSign;
      // Rounding keeps order, so different rounded scores order the exact ones; only equal rounded
      // scores need the exact comparison, by cross-multiplying the two fractions.
      const rounded = compareDecimals(first.score, second.score);
      if (rounded !== 0) return sign * rounded;
      if (first.presentWeight === second.presentWeight) return first.numerator === second.numerator ? 0 : sign * (first.numerator < second.numerator ? -1 : 1);
      const left = first.numerator * second.presentWeight;
      const right = second.numerator * first.presentWeight;
      return left === right ? 0 : sign * (left < right ? -1 : 1);
    },
    tieBreakComparator(options.tieBreak),
    ties,
  );
  // rankGroups sorts its own lists of each group, so these entries are still in input order.
  return scored.map((entry) => ({
    key: entry.key,
    item: entry.item,
    group: group === undefined ? null : entry.group,
    ...entry.value.composite,
    rank: entry.rank,
    tieSize: entry.tieSize,
    outOf: entry.outOf,
  }));
}
