import { type Decimal, type DecimalInput, Decimal as DecimalClass, PlanningError, type ScaledColumn, powerOfTen, toDecimal, quoteText, writeScaled } from '../numeric/index.js';
import { checkChoice, checkGroupFunction, checkItemIndex, describeValue, isList } from './choices.js';
import { compareDecimals } from './compare.js';
import type { CompositeScore } from './composite.js';
import { lastDigitExponent, readWhole, scaledInteger } from './exact.js';
import {
  type IndexComparator,
  type MaybeDecimalInput,
  type MissingRule,
  type RankDirection,
  type TieBreak,
  type TieMethod,
  type ItemColumns,
  checkItems,
  checkTieBreak,
  missingRules,
  rankAt,
  rankDirections,
  rankIndexes,
  readDecimal,
  readItems,
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

/** 10⁰ to 10²², the powers of ten that are exact in binary floating point. */
const exactPowersOfTen: readonly number[] = Array.from({ length: 23 }, (_, exponent) => Number(`1e${String(exponent)}`));
const zero = new DecimalClass(0);
/** How a value is held (see {@link CompositeInput.states}). */
const MISSING = 0;
const WHOLE = 1;
const LONG = 2;
const noComposite: CompositeScore = { score: null, coverage: zero, missing: [], reason: null };
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
  // Stryker disable next-line UnaryOperator: every caller passes numbers of 0 or more (sizes are absolute values, multiples positive), so the negation is never reached
  let a = first < 0n ? -first : first;
  // Stryker disable next-line UnaryOperator: every caller passes numbers of 0 or more (sizes are absolute values, multiples positive), so the negation is never reached
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
 * The components as whole numbers, each at its power of ten: worst, span (best − worst, signed) and
 * weight, the common denominator (the least common multiple of the spans' sizes, so that each
 * normalised value wᵢ (x − worst) / span becomes multiplier × (x − worst) over it), and the same as
 * plain numbers where they are safe integers, for the per-value work.
 */
interface Terms {
  /** The power of ten of each component's whole numbers. */
  readonly exponents: readonly number[];
  readonly worsts: readonly bigint[];
  readonly spans: readonly bigint[];
  readonly weights: readonly bigint[];
  readonly commonDenominator: bigint;
  readonly multipliers: readonly bigint[];
  /** weight × commonDenominator: the term of a value clamped to 1. */
  readonly fullTerms: readonly bigint[];
  readonly worstNumbers: readonly number[];
  readonly spanNumbers: readonly number[];
  readonly weightNumbers: readonly number[];
  /** 1 where worst and span are safe integers. */
  readonly small: Uint8Array;
  /** Whether every weight, and their sum, is a safe integer, so that sums of weights are exact doubles. */
  readonly floatable: boolean;
  /**
   * Blocks of components whose spans have a small least common multiple Lb: within a block the terms
   * are whole numbers over Lb, summed exactly in doubles, and a block adds one BigInt product (its
   * sum × L / Lb) to the numerator instead of one per component. The block of each component (−1 for
   * none), its multiplier weight × Lb / span and its full term weight × Lb, and each block's L / Lb.
   */
  readonly blockOf: Int32Array;
  readonly blockMultipliers: Float64Array;
  readonly blockFullTerms: Float64Array;
  readonly blockFactors: readonly bigint[];
}

/** The largest Lb × (sum of the block's weights): offsets up to 2^12 then keep a block's sum safe. */
const blockLimit = 2n ** 40n;

function prepareBlocks(spans: readonly bigint[], weights: readonly bigint[], small: Uint8Array, commonDenominator: bigint) {
  const count = spans.length;
  const blockOf = new Int32Array(count).fill(-1);
  const blockMultipliers = new Float64Array(count);
  const blockFullTerms = new Float64Array(count);
  // Stryker disable next-line ArrayDeclaration: an extra first factor only numbers the blocks from 1; its sum stays 0 and is never multiplied
  const blockFactors: bigint[] = [];
  // Stryker disable next-line ArrayDeclaration: a member that is no column weighs 0 and takes no block; the real members' block is the same
  let members: number[] = [];
  let multiple = 1n;
  let weightSum = 0n;
  // Stryker disable next-line BlockStatement: with no block every term goes the exact BigInt way; blocks only choose which terms are summed in doubles: a term joins its block's sum only when the product and the sum are safe integers (exact), otherwise it goes the exact BigInt way
  const close = (): void => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: closing no block, or an empty one (a factor that no column uses), leaves every term exact; blocks only choose which terms are summed in doubles: a term joins its block's sum only when the product and the sum are safe integers (exact), otherwise it goes the exact BigInt way
    if (members.length === 0) return;
    // Stryker disable next-line BlockStatement: with no column in a block every term goes the exact BigInt way
    for (const column of members) {
      const weight = weights[column] ?? 0n;
      blockOf[column] = blockFactors.length;
      blockMultipliers[column] = Number((weight * multiple) / (spans[column] ?? 1n));
      blockFullTerms[column] = Number(weight * multiple);
    }
    blockFactors.push(commonDenominator / multiple);
    // Stryker disable next-line ArrayDeclaration: a member that is no column weighs 0 and takes no block; the real members' block is the same
    members = [];
    multiple = 1n;
    weightSum = 0n;
  };
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: no column in a block, or one past the last (not small, so skipped), sends the terms the exact BigInt way
  for (let column = 0; column < count; column += 1) {
    // Stryker disable next-line LogicalOperator: a weight of 0 here only loosens the block limit; blocks only choose which terms are summed in doubles: a term joins its block's sum only when the product and the sum are safe integers (exact), otherwise it goes the exact BigInt way
    const weight = weights[column] ?? 0n;
    const span = spans[column] ?? 1n;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a negative size makes a block's multiple negative, which cancels between its multipliers and its factor L / multiple; otherwise it only loosens the block limit
    const size = span < 0n ? -span : span;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: which columns join a block is a path choice; a column that is not small never takes its block (its offset stays NaN), and blocks only choose which terms are summed in doubles: a term joins its block's sum only when the product and the sum are safe integers (exact), otherwise it goes the exact BigInt way
    if (small[column] !== 1 || size * weight > blockLimit) continue;
    let next = (multiple / greatestCommonDivisor(multiple, size)) * size;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: where a block closes only sets the block sizes; blocks only choose which terms are summed in doubles: a term joins its block's sum only when the product and the sum are safe integers (exact), otherwise it goes the exact BigInt way
    if (next * (weightSum + weight) > blockLimit) {
      close();
      next = size;
    }
    members.push(column);
    multiple = next;
    // Stryker disable next-line AssignmentOperator: the weight sum only feeds the block limit; blocks only choose which terms are summed in doubles: a term joins its block's sum only when the product and the sum are safe integers (exact), otherwise it goes the exact BigInt way
    weightSum += weight;
  }
  close();
  return { blockOf, blockMultipliers, blockFullTerms, blockFactors };
}

function prepareTerms<T>(components: readonly PreparedComponent<T>[], exponents: readonly number[]): Terms {
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
  const worstNumbers = worsts.map(Number);
  const spanNumbers = spans.map(Number);
  const weightNumbers = weights.map(Number);
  const total = weights.reduce((sum, weight) => sum + weight, 0n);
  const small = Uint8Array.from(components, (_, column) => (Number.isSafeInteger(worstNumbers[column]) && Number.isSafeInteger(spanNumbers[column]) ? 1 : 0));
  return {
    ...prepareBlocks(spans, weights, small, commonDenominator),
    exponents,
    worsts,
    spans,
    weights,
    commonDenominator,
    multipliers: weights.map((weight, column) => (weight * commonDenominator) / (spans[column] ?? 1n)),
    fullTerms: weights.map((weight) => weight * commonDenominator),
    worstNumbers,
    spanNumbers,
    weightNumbers,
    small,
    floatable: Number.isSafeInteger(Number(total)) && weightNumbers.every((weight) => Number.isSafeInteger(weight)),
  };
}

/** The library's 40 significant digits. */
const precision = DecimalClass.precision;

/**
 * `numerator / denominator` (the denominator positive, of `digits` digits) rounded once to the
 * library's 40 significant digits, half away from zero: the value of the numeric domain's
 * `roundedQuotient`, for a ranking's thousands of scores. The denominator's digits are counted once
 * per ranking, the numerator's read from its double (at most one too few, which only adds a digit),
 * and the rounding is done on the text instead of through another BigInt.
 */
function roundedScore(numerator: bigint, denominator: bigint, digits: number): Decimal {
  if (numerator === 0n) return new DecimalClass(0);
  const negative = numerator < 0n;
  const top = negative ? -numerator : numerator;
  const size = Number(top);
  const topDigits = Number.isFinite(size) ? Math.floor(Math.log10(size)) : String(top).length;
  // Enough digits that the truncated quotient has one beyond the 40 kept, which decides the rounding.
  const extra = Math.max(0, precision + 1 + digits - topDigits);
  const text = String((top * powerOfTen(extra)) / denominator);
  let kept = text.slice(0, precision);
  if (text.charCodeAt(precision) >= 53) {
    // Add one to the last kept digit, carrying through trailing nines.
    let last = precision - 1;
    while (last >= 0 && kept.charCodeAt(last) === 57) last -= 1;
    kept = last < 0 ? `1${'0'.repeat(precision)}` : `${kept.slice(0, last)}${String.fromCharCode(kept.charCodeAt(last) + 1)}${'0'.repeat(precision - 1 - last)}`;
  }
  return new DecimalClass(`${negative ? '-' : ''}${kept}e${String(text.length - precision - extra)}`);
}

/** What a composite ranking read from its items and options, before any composite is computed. */
interface CompositeInput<T> {
  readonly read: ItemColumns<T>;
  readonly components: readonly PreparedComponent<T>[];
  readonly direction: RankDirection;
  readonly ties: TieMethod;
  readonly missingRule: MissingRule;
  readonly share: Decimal;
  readonly allowed: number;
  /**
   * How each value is held, by item and component (`item × components + component`): {@link MISSING},
   * {@link WHOLE} (in `wholes`) or {@link LONG} (in `longValues`). No list of 100,000 Decimals: the
   * values are read once, and what is kept of them is what the composites need.
   */
  readonly states: Uint8Array;
  /**
   * The values whose digits are a safe integer (any number given as a number whose shortest decimal
   * has at most 15 digits, or a whole number, and any Decimal of at most 14 digits) as signed whole
   * numbers (NaN for the long ones), and their powers of ten.
   */
  readonly wholes: Float64Array;
  readonly wholeExponents: Int16Array;
  /** The values of more than 14 digits. */
  readonly longValues: ReadonlyMap<number, Decimal>;
  readonly terms: Terms;
  /** The share of components present, by count, for each number present (0 to the count of components). */
  readonly coverages: readonly Decimal[];
}

/**
 * Checks the options and reads every value once (the key first, so that an error names the item),
 * keeping the Decimals, their digits as small whole numbers where they fit, and the finest power of
 * ten each component needs; then the components' terms at those powers.
 */
function readCompositeInput<T>(items: readonly T[], options: CompositeRankOptions<T>, what: string): CompositeInput<T> {
  checkItems(items, what);
  const direction = checkChoice(options.direction ?? 'descending', rankDirections, 'direction');
  const ties = checkChoice(options.ties, tieMethods, 'ties');
  const missingRule = checkChoice(options.missing, missingRules, 'missing');
  checkTieBreak(options.tieBreak, ties);
  const components = prepareComponents(options.components);
  const count = components.length;
  const { share, allowed } = allowedMissing(options.maxMissingShare, count);
  const group = options.group;
  if (group !== undefined) checkGroupFunction(group);
  const size = items.length * count;
  const states = new Uint8Array(size);
  const longValues = new Map<number, Decimal>();
  const wholes = new Float64Array(size);
  const wholeExponents = new Int16Array(size);
  // The same arrays as a scaled column, so that a number is written into them by its shortest decimal
  // (as toDecimal reads it) without a Decimal being made: the usual input of a batch read from JSON.
  const numberColumn: ScaledColumn = { digits: wholes, exponents: wholeExponents, wide: new Map() };
  const exponents = components.map((component) => Math.min(lastDigitExponent(component.worst), lastDigitExponent(component.best)));
  const readers = components.map((component) => component.read);
  const names = components.map((component) => `value of component ${quoteText(component.key)}`);
  const read = readItems(items, options.key, group ?? null, (item, key, index) => {
    const base = index * count;
    for (let column = 0; column < count; column += 1) {
      const reader = readers[column];
      if (reader === undefined) continue;
      const raw = reader(item);
      const at = base + column;
      if (raw === null || raw === undefined) continue;
      // A number of at most 15 digits (or a safe integer) is written as it stands; a longer one, or one
      // outside the domain, goes the Decimal way below (which says what is wrong with it).
      if (typeof raw === 'number' && writeScaled(numberColumn, at, raw) && !Number.isNaN(wholes[at])) {
        states[at] = WHOLE;
        const exponent = wholeExponents[at] ?? 0;
        if (exponent < (exponents[column] ?? 0)) exponents[column] = exponent;
        continue;
      }
      // Stryker disable next-line StringLiteral: every column has its name
      const value = readDecimal(raw, key, names[column] ?? '');
      const whole = readWhole(value, wholeExponents, at);
      let exponent: number;
      // NaN stays in `wholes` for a long value, so that the double paths, which read `wholes` only, leave it to BigInt.
      wholes[at] = whole;
      if (Number.isNaN(whole)) {
        states[at] = LONG;
        longValues.set(at, value);
        exponent = lastDigitExponent(value);
      } else {
        states[at] = WHOLE;
        exponent = wholeExponents[at] ?? 0;
      }
      if (exponent < (exponents[column] ?? 0)) exponents[column] = exponent;
    }
  });
  // The digits of a number too long for a safe integer were written as a BigInt too; the Decimal way kept it.
  numberColumn.wide.clear();
  const terms = prepareTerms(components, exponents);
  const coverages = Array.from({ length: count + 1 }, (_, present) => new DecimalClass(present).div(count));
  return { read, components, direction, ties, missingRule, share, allowed, states, wholes, wholeExponents, longValues, terms, coverages };
}

/** Value `at` of the input as a whole number of units of 10^exponent, exactly (the exponent at most its last digit's). */
function exactScaled(input: Pick<CompositeInput<unknown>, 'longValues' | 'wholes' | 'wholeExponents'>, at: number, exponent: number): bigint {
  const long = input.longValues.get(at);
  if (long !== undefined) return scaledInteger(long, exponent);
  const whole = BigInt(input.wholes[at] ?? 0);
  const shift = (input.wholeExponents[at] ?? 0) - exponent;
  return shift === 0 ? whole : whole * powerOfTen(shift);
}

/** Why an item has no composite under the coverage rule, or null when it has one. */
function noScoreReason(missingCount: number, count: number, allowed: number, share: Decimal, missingList: readonly string[], anyWeight: boolean): string | null {
  if (missingCount > allowed) {
    const missingShare = new DecimalClass(missingCount).div(count).toSignificantDigits(4);
    return `${missingCount} of ${count} components missing (${missingShare.toString()}), more than the ${share.toString()} allowed: ${missingList.join(', ')}`;
  }
  if (!anyWeight) return missingCount === count ? 'every component is missing' : `every component present has weight 0 (missing: ${missingList.join(', ')})`;
  return null;
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
  const input = readCompositeInput(items, options, 'rankByComposite');
  const { read, components, direction, ties, missingRule, share, allowed, states, wholes, wholeExponents, terms, coverages } = input;
  const count = components.length;
  const exponents = terms.exponents;
  const { commonDenominator, weights, multipliers, fullTerms, worsts, spans } = terms;
  // The denominator of a composite, commonDenominator × (sum of the present weights), and its number
  // of digits: one per distinct sum of weights, of which a ranking has few.
  const denominators = new Map<bigint, { readonly value: bigint; readonly digits: number }>();
  // A composite's double, from exact whole numbers where they are safe integers: each term one
  // division and one product, so that the double errs by less than (count + 4) ε of the terms' size.
  const errorPerSize = (count + 4) * Number.EPSILON;
  const sign = direction === 'descending' ? -1 : 1;
  const noScoreKey = missingRule === 'first' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  const rows = items.length;
  const sortKeys = new Float64Array(rows);
  const margins = new Float64Array(rows);
  // Stryker disable next-line ArrayDeclaration: an empty array filled by index reads the same as one made with its length
  const numerators = new Array<bigint>(rows);
  // Stryker disable next-line ArrayDeclaration: an empty array filled by index reads the same as one made with its length
  const presentWeights = new Array<bigint>(rows);
  // Stryker disable next-line ArrayDeclaration: an empty array filled by index reads the same as one made with its length
  const composites = new Array<CompositeScore>(rows);
  const unranked = missingRule === 'unranked' ? new Uint8Array(rows) : null;

  const { blockOf, blockMultipliers, blockFullTerms, blockFactors } = terms;
  const blockSums = new Float64Array(blockFactors.length);
  for (let row = 0; row < rows; row += 1) {
    const base = row * count;
    blockSums.fill(0);
    let numerator = 0n;
    let presentWeight = 0n;
    let approximate = 0;
    let magnitude = 0;
    let floatable = terms.floatable;
    let missing: string[] | null = null;
    for (let column = 0; column < count; column += 1) {
      const at = base + column;
      const component = components[column];
      if (component === undefined) continue;
      if (states[at] === MISSING) {
        (missing ??= []).push(component.key);
        continue;
      }
      const weight = weights[column] ?? 0n;
      presentWeight += weight;
      let offset = Number.NaN;
      // Stryker disable next-line BlockStatement: an empty block leaves the offset NaN, which sends the term the exact BigInt way
      if (terms.small[column] === 1) {
        const shift = (wholeExponents[at] ?? 0) - (exponents[column] ?? 0);
        // Stryker disable next-line LogicalOperator: `&&` reads NaN for every value but 0, which only sends the term to the exact BigInt path
        const whole = wholes[at] ?? Number.NaN;
        // Stryker disable next-line ArithmeticOperator,LogicalOperator: a whole has no trailing zero, so whole / 10^shift is never a whole number; that and NaN only send the term to the exact BigInt path
        const scaled = shift === 0 ? whole : whole * (exactPowersOfTen[shift] ?? Number.NaN);
        // Safe integers subtract exactly; a result that is not safe goes the BigInt way.
        // Stryker disable next-line ConditionalExpression: false sends every term to the exact BigInt path; true subtracts an unsafe scaled value, whose difference is either unsafe (BigInt path) or exact (below 2^54 a scaled value, whole × 10^shift with shift ≥ 1, is even and held exactly)
        if (Number.isSafeInteger(scaled)) offset = scaled - (terms.worstNumbers[column] ?? 0);
      }
      // Stryker disable next-line BlockStatement: an empty block sends the term the exact BigInt way below (and the row's key to its exact fraction)
      if (Number.isSafeInteger(offset)) {
        const span = terms.spanNumbers[column] ?? 1;
        const toward = span < 0 ? -offset : offset;
        const reach = span < 0 ? -span : span;
        const floatWeight = terms.weightNumbers[column] ?? 0;
        if (component.clamp && toward <= 0) continue;
        const full = component.clamp && toward >= reach;
        // Stryker disable next-line LogicalOperator,UnaryOperator: blockOf has an entry for every column, so -1 is never read; `&&` only sends the terms of blocks other than 0 the exact BigInt way
        const block = blockOf[column] ?? -1;
        // Exact while the product and the sum stay safe integers; otherwise the term goes the BigInt way.
        const added = block < 0 ? Number.NaN : full ? (blockFullTerms[column] ?? 0) : (blockMultipliers[column] ?? 0) * offset;
        const sum = (blockSums[block] ?? 0) + added;
        if (Number.isSafeInteger(added) && Number.isSafeInteger(sum)) blockSums[block] = sum;
        else numerator += full ? (fullTerms[column] ?? 0n) : (multipliers[column] ?? 0n) * BigInt(offset);
        if (full) {
          approximate += floatWeight;
          magnitude += floatWeight;
          continue;
        }
        const term = floatWeight * (toward / reach);
        approximate += term;
        magnitude += term < 0 ? -term : term;
        continue;
      }
      floatable = false;
      const exactOffset = exactScaled(input, at, exponents[column] ?? 0) - (worsts[column] ?? 0n);
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
    for (let block = 0; block < blockSums.length; block += 1) {
      const sum = blockSums[block] ?? 0;
      if (sum !== 0) numerator += BigInt(sum) * (blockFactors[block] ?? 1n);
    }
    const missingCount = missing === null ? 0 : missing.length;
    const missingList = missing ?? [];
    const reason = noScoreReason(missingCount, count, allowed, share, missingList, presentWeight !== 0n);
    let score: Decimal | null = null;
    if (reason === null) {
      let denominator = denominators.get(presentWeight);
      if (denominator === undefined) {
        const value = commonDenominator * presentWeight;
        denominator = { value, digits: String(value).length };
        denominators.set(presentWeight, denominator);
      }
      score = roundedScore(numerator, denominator.value, denominator.digits);
      numerators[row] = numerator;
      presentWeights[row] = presentWeight;
      if (floatable) {
        const weightSum = Number(presentWeight);
        sortKeys[row] = (sign * approximate) / weightSum;
        margins[row] = (errorPerSize * magnitude) / weightSum;
      } else {
        // Three roundings of exact whole numbers; NaN or infinite beyond a double's range, and then
        // every comparison is exact.
        const estimate = Number(numerator) / Number(denominator.value);
        sortKeys[row] = sign * estimate;
        margins[row] = Number.isFinite(estimate) ? errorPerSize * Math.abs(estimate) : Number.POSITIVE_INFINITY;
      }
    } else {
      sortKeys[row] = noScoreKey;
      if (unranked !== null) unranked[row] = 1;
    }
    composites[row] = { score, coverage: coverages[count - missingCount] ?? zero, missing: missingList, reason };
  }

  const missingSign = missingRule === 'first' ? -1 : 1;
  const exact: IndexComparator = (a, b) => {
    const first = numerators[a];
    const second = numerators[b];
    if (first === undefined) return second === undefined ? 0 : missingSign;
    if (second === undefined) return -missingSign;
    const firstWeight = presentWeights[a] ?? 1n;
    const secondWeight = presentWeights[b] ?? 1n;
    // Cross-multiplied: first / (D × firstWeight) against second / (D × secondWeight).
    const left = firstWeight === secondWeight ? first : first * secondWeight;
    const right = firstWeight === secondWeight ? second : second * firstWeight;
    return left === right ? 0 : left < right ? -sign : sign;
  };
  // Keys further apart than both their error bounds order the composites for certain; closer ones,
  // equal ones and those without a double are decided by the exact comparison.
  const compare: IndexComparator = (a, b) => {
    const gap = (sortKeys[a] ?? 0) - (sortKeys[b] ?? 0);
    const margin = (margins[a] ?? 0) + (margins[b] ?? 0);
    // Stryker disable next-line LogicalOperator,UnaryOperator: `&&` and `+gap` only leave more pairs to the exact comparison, which gives the same order
    return gap > margin || -gap > margin ? gap : exact(a, b);
  };
  const ranked = rankIndexes(rows, read.groups, unranked, compare, tieBreakComparator(options.tieBreak, read), ties);
  const { keys, groups } = read;
  return items.map((item, index) => {
    const composite = composites[index] ?? noComposite;
    return {
      // Stryker disable next-line StringLiteral: readItems reads a key for every item
      key: keys[index] ?? '',
      item,
      // Stryker disable next-line StringLiteral: every item has a group when groups are read
      group: groups === null ? null : (groups[index] ?? ''),
      score: composite.score,
      coverage: composite.coverage,
      missing: composite.missing,
      reason: composite.reason,
      rank: rankAt(ranked, index),
      tieSize: ranked.tieSizes[index] ?? 0,
      outOf: ranked.outOf[index] ?? 0,
    };
  });
}

/**
 * The ranks of many items on a composite ({@link rankByCompositeBatch}), with each composite's score
 * kept as an exact fraction and divided, to the library's 40 digits, only when read. Every rank,
 * score and result is the one {@link rankByComposite} gives for the same items and options.
 *
 * Cost model: {@link rankByCompositeBatch} reads each value once (a whole number at its component's
 * power of ten, as {@link rankByComposite} does) and orders the composites on doubles whose error is
 * bounded (each normalised term is one division and one product of exact whole numbers): only
 * composites whose doubles lie within their bounds of each other, exact ties included, are compared
 * exactly, by cross-multiplying their fractions (BigInt numerators, computed then and kept). It keeps
 * about 13 bytes a value (a state, a double and a power of ten; the rare value of more than 14 digits
 * as its Decimal) and 40 bytes an item. `rank(i)`, `tieSize(i)` and `outOf(i)` are
 * look-ups; `score(i)` and `result(i)` cost one BigInt numerator and one BigInt division each (about
 * 4 µs), and are not kept.
 *
 * @example
 * // Three communes on two indicators; the ranks at once, a score when it is read:
 * const batch: CompositeRankingBatch<{ code: string; income: number; poverty: number }> = rankByCompositeBatch(
 *   [{ code: 'A', income: 45, poverty: 30 }, { code: 'B', income: 80, poverty: 10 }, { code: 'C', income: 10, poverty: 60 }],
 *   {
 *     key: (c) => c.code,
 *     components: [
 *       { key: 'income', value: (c) => c.income, worst: 10, best: 80, weight: 1 },
 *       { key: 'poverty', value: (c) => c.poverty, worst: 60, best: 0, weight: 1 },
 *     ],
 *     maxMissingShare: 0, ties: 'standard', missing: 'unranked',
 *   },
 * );
 * [batch.ranks(), batch.score(1)?.toFixed(4)];
 * //=> [[2, 1, 3], '0.9167']
 */
export interface CompositeRankingBatch<T> {
  /** How many items. */
  readonly length: number;
  /**
   * The rank of item `index` (see {@link RankedItem.rank}), or `null` when it is unranked.
   * @param index - the item's position in the list given
   */
  rank(index: number): number | null;
  /** The ranks of all items, in the order given (a new list each call). */
  ranks(): (number | null)[];
  /**
   * How many ranked items share the exact composite of item `index`, itself included (see {@link RankedItem.tieSize}).
   * @param index - the item's position in the list given
   */
  tieSize(index: number): number;
  /**
   * How many items were ranked in the ranking of item `index` (its group, when grouped).
   * @param index - the item's position in the list given
   */
  outOf(index: number): number;
  /**
   * The composite score of item `index`, computed now (one BigInt division); `null` when the coverage
   * rule refused it. Equal to `rankByComposite(items, options)[index].score`.
   * @param index - the item's position in the list given
   */
  score(index: number): Decimal | null;
  /**
   * The whole result of item `index`, computed now: equal to `rankByComposite(items, options)[index]`.
   * @param index - the item's position in the list given
   */
  result(index: number): CompositeRankedItem<T>;
  /** Every result, in the order given: equal to `rankByComposite(items, options)` (a score division per item). */
  results(): CompositeRankedItem<T>[];
}

/** A composite as an exact fraction: numerator / (common denominator × present weight). */
interface ExactComposite {
  readonly numerator: bigint;
  readonly presentWeight: bigint;
}

/**
 * Ranks items on a composite of min-max normalised indicators, as {@link rankByComposite} does, and
 * leaves each score to be computed when it is read: the batch form of {@link rankByComposite} for
 * rankings whose scores are read for a few items (a report's top ten, one commune's sheet) or not at
 * all. Ranks are decided exactly: composites are ordered on doubles with a proven error bound, and
 * those too close for it to tell (exact ties among them) by cross-multiplying their exact fractions.
 * Every rank, tie size, ranking size, score and result is the one {@link rankByComposite} gives.
 *
 * Values are best given as they come: numbers (as JSON gives them) are read as their shortest
 * decimal, exactly as {@link toDecimal} reads them, straight into whole numbers with no Decimal made;
 * Decimals are read from their digits. Reading 100,000 Decimal objects costs more than ranking them.
 *
 * @param items - the items to rank; not changed
 * @param options - as {@link rankByComposite} takes them
 * @returns the batch: ranks at once, scores and results when read
 * @throws {@link PlanningError} what {@link rankByComposite} throws, for the same inputs; and
 *   `invalid-argument` from a read method given an index that is not one of an item
 *
 * @example
 * // Two clusters; who ranks first in each, and the winner's score read alone:
 * const communes = [
 *   { code: 'A', cluster: '1', income: 45, poverty: 30 },
 *   { code: 'B', cluster: '1', income: 80, poverty: 60 },
 *   { code: 'C', cluster: '2', income: 10, poverty: 0 },
 *   { code: 'D', cluster: '2', income: 62.5, poverty: 15 },
 * ];
 * const batch = rankByCompositeBatch(communes, {
 *   key: (c) => c.code, group: (c) => c.cluster,
 *   components: [
 *     { key: 'income', value: (c) => c.income, worst: 10, best: 80, weight: 1 },
 *     { key: 'poverty', value: (c) => c.poverty, worst: 60, best: 0, weight: 1 },
 *   ],
 *   maxMissingShare: 0, ties: 'standard', missing: 'unranked',
 * });
 * [batch.ranks(), batch.score(3)?.toString()];
 * //=> [[1, 1, 2, 1], '0.75']
 */
export function rankByCompositeBatch<T>(items: readonly T[], options: CompositeRankOptions<T>): CompositeRankingBatch<T> {
  const input = readCompositeInput(items, options, 'rankByCompositeBatch');
  const { read, components, direction, ties, missingRule, share, allowed, states, wholes, wholeExponents, terms, coverages } = input;
  const count = components.length;
  const { exponents, worstNumbers, spanNumbers, weightNumbers, small } = terms;
  const rows = items.length;
  const clamps = Uint8Array.from(components, (component) => (component.clamp ? 1 : 0));
  const errorPerSize = (count + 4) * Number.EPSILON;
  const sign = direction === 'descending' ? -1 : 1;
  const noScoreKey = missingRule === 'first' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  const sortKeys = new Float64Array(rows);
  const margins = new Float64Array(rows);
  const missingCounts = new Int32Array(rows);
  // 1 where an item has a composite, 0 where the coverage rule refused one.
  const scored = new Uint8Array(rows);
  const exactComposites = new Map<number, ExactComposite>();

  /** The exact fraction of item `row`'s composite, in BigInt, computed once. */
  const exactOf = (row: number): ExactComposite => {
    const known = exactComposites.get(row);
    if (known !== undefined) return known;
    const base = row * count;
    let numerator = 0n;
    let presentWeight = 0n;
    for (let column = 0; column < count; column += 1) {
      if (states[base + column] === MISSING) continue;
      presentWeight += terms.weights[column] ?? 0n;
      const offset = exactScaled(input, base + column, exponents[column] ?? 0) - (terms.worsts[column] ?? 0n);
      if (clamps[column] === 1) {
        const span = terms.spans[column] ?? 1n;
        const toward = span < 0n ? -offset : offset;
        if (toward <= 0n) continue;
        if (toward >= (span < 0n ? -span : span)) {
          numerator += terms.fullTerms[column] ?? 0n;
          continue;
        }
      }
      numerator += (terms.multipliers[column] ?? 0n) * offset;
    }
    const exact = { numerator, presentWeight };
    exactComposites.set(row, exact);
    return exact;
  };

  const unranked = missingRule === 'unranked' ? new Uint8Array(rows) : null;
  for (let row = 0; row < rows; row += 1) {
    const base = row * count;
    let approximate = 0;
    let magnitude = 0;
    let weightSum = 0;
    let missingCount = 0;
    let anyWeight = false;
    let floatable = terms.floatable;
    for (let column = 0; column < count; column += 1) {
      const at = base + column;
      if (states[at] === MISSING) {
        missingCount += 1;
        continue;
      }
      const floatWeight = weightNumbers[column] ?? 0;
      if (floatWeight > 0) anyWeight = true;
      weightSum += floatWeight;
      // Stryker disable next-line BooleanLiteral,ConditionalExpression: each leaves every row of a ranking either with no double (exact fraction) or with the key 0 and margin 0 (every comparison exact), the same ranks
      if (!floatable) continue;
      let offset = Number.NaN;
      // Stryker disable next-line BlockStatement: an empty block leaves the offset NaN, which leaves the row to its exact fraction
      if (small[column] === 1) {
        const shift = (wholeExponents[at] ?? 0) - (exponents[column] ?? 0);
        // Stryker disable next-line LogicalOperator: `&&` reads NaN for every value but 0, which only leaves the row to its exact fraction
        const whole = wholes[at] ?? Number.NaN;
        // Stryker disable next-line ArithmeticOperator,LogicalOperator: a whole has no trailing zero, so whole / 10^shift is never a whole number; that and NaN only leave the row to its exact fraction
        const scaled = shift === 0 ? whole : whole * (exactPowersOfTen[shift] ?? Number.NaN);
        // Stryker disable next-line ConditionalExpression: false leaves every row to its exact fraction; true subtracts an unsafe scaled value, whose difference is either unsafe (exact fraction) or exact (below 2^54 a scaled value, whole × 10^shift with shift ≥ 1, is even and held exactly)
        if (Number.isSafeInteger(scaled)) offset = scaled - (worstNumbers[column] ?? 0);
      }
      // A value that is no safe integer at its power of ten leaves the row to its exact fraction.
      // Stryker disable next-line BooleanLiteral,ConditionalExpression,BlockStatement: each leaves a row either to its exact fraction or with a NaN key, which every comparison leaves to the exact fractions
      if (!Number.isSafeInteger(offset)) {
        floatable = false;
        continue;
      }
      const span = spanNumbers[column] ?? 1;
      const toward = span < 0 ? -offset : offset;
      const reach = span < 0 ? -span : span;
      if (clamps[column] === 1) {
        if (toward <= 0) continue;
        if (toward >= reach) {
          approximate += floatWeight;
          magnitude += floatWeight;
          continue;
        }
      }
      const term = floatWeight * (toward / reach);
      approximate += term;
      magnitude += term < 0 ? -term : term;
    }
    missingCounts[row] = missingCount;
    if (missingCount > allowed || !anyWeight) {
      sortKeys[row] = noScoreKey;
      if (unranked !== null) unranked[row] = 1;
      continue;
    }
    scored[row] = 1;
    if (floatable) {
      // As in rankByComposite: each term errs by two roundings, the sum by one per term, the quotient by one.
      sortKeys[row] = (sign * approximate) / weightSum;
      margins[row] = (errorPerSize * magnitude) / weightSum;
    } else {
      const { numerator, presentWeight } = exactOf(row);
      const estimate = Number(numerator) / Number(terms.commonDenominator * presentWeight);
      sortKeys[row] = sign * estimate;
      margins[row] = Number.isFinite(estimate) ? errorPerSize * Math.abs(estimate) : Number.POSITIVE_INFINITY;
    }
  }

  const missingSign = missingRule === 'first' ? -1 : 1;
  const exact: IndexComparator = (a, b) => {
    const firstScored = scored[a] === 1;
    const secondScored = scored[b] === 1;
    if (!firstScored) return secondScored ? missingSign : 0;
    if (!secondScored) return -missingSign;
    const first = exactOf(a);
    const second = exactOf(b);
    // Cross-multiplied: first / (D × its weight) against second / (D × its weight).
    const same = first.presentWeight === second.presentWeight;
    const left = same ? first.numerator : first.numerator * second.presentWeight;
    const right = same ? second.numerator : second.numerator * first.presentWeight;
    return left === right ? 0 : left < right ? -sign : sign;
  };
  const compare: IndexComparator = (a, b) => {
    const gap = (sortKeys[a] ?? 0) - (sortKeys[b] ?? 0);
    const margin = (margins[a] ?? 0) + (margins[b] ?? 0);
    // Stryker disable next-line LogicalOperator,UnaryOperator: `&&` and `+gap` only leave more pairs to the exact comparison, which gives the same order
    return gap > margin || -gap > margin ? gap : exact(a, b);
  };
  const ranked = rankIndexes(rows, read.groups, unranked, compare, tieBreakComparator(options.tieBreak, read), ties);

  const denominators = new Map<bigint, { readonly value: bigint; readonly digits: number }>();
  const scoreOf = (row: number): Decimal | null => {
    if (scored[row] !== 1) return null;
    const { numerator, presentWeight } = exactOf(row);
    // Not kept: a score read once should not hold its fraction for the life of the batch.
    exactComposites.delete(row);
    let denominator = denominators.get(presentWeight);
    if (denominator === undefined) {
      const value = terms.commonDenominator * presentWeight;
      denominator = { value, digits: String(value).length };
      denominators.set(presentWeight, denominator);
    }
    return roundedScore(numerator, denominator.value, denominator.digits);
  };
  const resultOf = (row: number): CompositeRankedItem<T> => {
    const missingCount = missingCounts[row] ?? 0;
    const missing: string[] = [];
    if (missingCount > 0) {
      const base = row * count;
      // Stryker disable next-line OptionalChaining,StringLiteral: every column has its component
      for (let column = 0; column < count; column += 1) if (states[base + column] === MISSING) missing.push(components[column]?.key ?? '');
    }
    const score = scoreOf(row);
    return {
      // Stryker disable next-line StringLiteral: readItems reads a key for every item
      key: read.keys[row] ?? '',
      item: items[row] as T,
      // Stryker disable next-line StringLiteral: every item has a group when groups are read
      group: read.groups === null ? null : (read.groups[row] ?? ''),
      score,
      coverage: coverages[count - missingCount] ?? zero,
      missing,
      // No score within the coverage rule means that no component present weighs more than 0.
      reason: score === null ? noScoreReason(missingCount, count, allowed, share, missing, false) : null,
      rank: rankAt(ranked, row),
      tieSize: ranked.tieSizes[row] ?? 0,
      outOf: ranked.outOf[row] ?? 0,
    };
  };
  return Object.freeze({
    length: rows,
    rank: (index: number) => {
      checkItemIndex(index, rows);
      return rankAt(ranked, index);
    },
    ranks: () => {
      // Stryker disable next-line ArrayDeclaration: an array made empty is filled by index to the same ranks
      const ranks = new Array<number | null>(rows);
      for (let index = 0; index < rows; index += 1) ranks[index] = rankAt(ranked, index);
      return ranks;
    },
    tieSize: (index: number) => {
      checkItemIndex(index, rows);
      return ranked.tieSizes[index] ?? 0;
    },
    outOf: (index: number) => {
      checkItemIndex(index, rows);
      return ranked.outOf[index] ?? 0;
    },
    score: (index: number) => {
      checkItemIndex(index, rows);
      return scoreOf(index);
    },
    result: (index: number) => {
      checkItemIndex(index, rows);
      return resultOf(index);
    },
    results: () => Array.from({ length: rows }, (_, index) => resultOf(index)),
  });
}
