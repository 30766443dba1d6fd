import { type Decimal, type DecimalInput, Decimal as DecimalClass, PlanningError, toDecimal, quoteText, quoteList } from '../numeric/index.js';
import { checkChoice, checkGroupFunction, describeValue, isList } from './choices.js';
import { approximateDecimal, compareDecimals, isOwnDecimalInDomain, orderByKeys, roundedDecimal } from './compare.js';

/**
 * Which values come first in a ranking.
 *
 * - `descending`: the largest value gets rank 1 (income, points, coverage: higher is better).
 * - `ascending`: the smallest value gets rank 1 (poverty rate, infant mortality: lower is better).
 *
 * @example
 * // Rank communes on their poverty rate, the lowest first:
 * const direction: RankDirection = 'ascending';
 * direction;
 * //=> 'ascending'
 */
export type RankDirection = 'descending' | 'ascending';

/**
 * Every {@link RankDirection}.
 *
 * @example
 * // Offer the directions in a form:
 * rankDirections.join(' | ');
 * //=> 'descending | ascending'
 */
export const rankDirections: readonly RankDirection[] = Object.freeze(['descending', 'ascending']);

/**
 * How equal values are ranked. With A ahead of B, B equal to C, and C ahead of D:
 *
 * | method | A | B | C | D | also known as |
 * |---|---|---|---|---|---|
 * | `standard` | 1 | 2 | 2 | 4 | standard competition, "1224"; pandas `min` |
 * | `modified` | 1 | 3 | 3 | 4 | modified competition, "1334"; pandas `max` |
 * | `dense` | 1 | 2 | 2 | 3 | dense, "1223"; pandas `dense` |
 * | `ordinal` | 1 | 2 | 3 | 4 | ordinal, "1234", ties broken by a stated key or input order; pandas `first` |
 * | `fractional` | 1 | 2.5 | 2.5 | 4 | fractional, "1 2.5 2.5 4", the mean of the places; pandas `average` |
 *
 * Source: the standard names of ranking strategies (Wikipedia, "Ranking", section "Strategies for
 * handling ties"); the pandas equivalents from `DataFrame.rank` (pandas documentation).
 *
 * @example
 * // Official emulation rankings share a place between tied units:
 * const ties: TieMethod = 'standard';
 * ties;
 * //=> 'standard'
 */
export type TieMethod = 'standard' | 'modified' | 'dense' | 'ordinal' | 'fractional';

/**
 * Every {@link TieMethod}, in the order of the table of {@link TieMethod}.
 *
 * @example
 * // Rank the textbook case with every method:
 * const scores = [9, 7, 7, 5].map((score, index) => ({ id: 'ABCD'.charAt(index), score }));
 * tieMethods.map((ties) => rank(scores, { key: (s) => s.id, value: (s) => s.score, direction: 'descending', ties, missing: 'last' }).map((r) => r.rank));
 * //=> [[1, 2, 2, 4], [1, 3, 3, 4], [1, 2, 2, 3], [1, 2, 3, 4], [1, 2.5, 2.5, 4]]
 */
export const tieMethods: readonly TieMethod[] = Object.freeze(['standard', 'modified', 'dense', 'ordinal', 'fractional']);

/**
 * Where units without a value go, whatever the direction.
 *
 * - `last`: after every unit with a value; the missing ones are tied with each other.
 * - `first`: before every unit with a value; the missing ones are tied with each other.
 * - `unranked`: they get no rank (`rank: null`) and do not count in `outOf`.
 *
 * These are pandas' `na_option` `bottom`, `top` and `keep`.
 *
 * @example
 * // A commune that sent no report is not ranked at all:
 * const missing: MissingRule = 'unranked';
 * missing;
 * //=> 'unranked'
 */
export type MissingRule = 'last' | 'first' | 'unranked';

/**
 * Every {@link MissingRule}.
 *
 * @example
 * // Offer the rules in a form:
 * missingRules.join(' | ');
 * //=> 'last | first | unranked'
 */
export const missingRules: readonly MissingRule[] = Object.freeze(['last', 'first', 'unranked']);

/**
 * How `ordinal` ranks break ties: `input-order` (the first in the input ranks first), `key` (by the
 * unit key, compared code unit by code unit, so the order does not depend on the locale or on the
 * input order), or a comparator of two items (negative when the first should rank first); what the
 * comparator leaves tied stays in input order.
 *
 * @example
 * // Break ties between communes by their code, so the result never depends on input order:
 * const tieBreak: TieBreak<{ code: string }> = 'key';
 * tieBreak;
 * //=> 'key'
 */
export type TieBreak<T> = 'input-order' | 'key' | ((first: T, second: T) => number);

/**
 * The value of an item to rank on: a number, a decimal string or a Decimal, or `null`/`undefined`
 * when the item has no value.
 *
 * @example
 * // Three items, one without a value:
 * const values: MaybeDecimalInput[] = [12.5, '7', null];
 * values.length;
 * //=> 3
 */
export type MaybeDecimalInput = DecimalInput | null | undefined;

/**
 * Options of {@link rank} and {@link percentileRank}. Direction, tie method and missing rule have no
 * defaults: an official ranking states them.
 *
 * @example
 * // Rank communes on income, highest first, ties sharing the better place, missing ones unranked:
 * const options: RankOptions<{ code: string; income: number | null }> = {
 *   key: (commune) => commune.code,
 *   value: (commune) => commune.income,
 *   direction: 'descending',
 *   ties: 'standard',
 *   missing: 'unranked',
 * };
 * options.ties;
 * //=> 'standard'
 */
export interface RankOptions<T> {
  /** The unit key of an item (a unit code); keys must be unique within one ranking. */
  readonly key: (item: T) => string;
  /** The value to rank an item on; `null` or `undefined` when it has none. Called once per item. */
  readonly value: (item: T) => MaybeDecimalInput;
  /** Whether the largest (`descending`) or the smallest (`ascending`) value ranks first. */
  readonly direction: RankDirection;
  /** How equal values are ranked. */
  readonly ties: TieMethod;
  /** Where items without a value go. */
  readonly missing: MissingRule;
  /** How `ordinal` ranks break ties; `input-order` when not given. Only allowed with `ties: 'ordinal'`. */
  readonly tieBreak?: TieBreak<T>;
}

/**
 * Options of {@link rankWithinGroups}: those of {@link rank} plus the group of each item.
 *
 * @example
 * // Rank communes within their emulation cluster:
 * const options: GroupRankOptions<{ code: string; cluster: string; points: number }> = {
 *   key: (commune) => commune.code,
 *   group: (commune) => commune.cluster,
 *   value: (commune) => commune.points,
 *   direction: 'descending',
 *   ties: 'standard',
 *   missing: 'unranked',
 * };
 * options.direction;
 * //=> 'descending'
 */
export interface GroupRankOptions<T> extends RankOptions<T> {
  /** The group (for example the emulation cluster) of an item; each group is ranked on its own. */
  readonly group: (item: T) => string;
}

/**
 * One criterion of a lexicographic ranking: a value and its direction.
 *
 * @example
 * // Points first, highest first:
 * const criterion: RankCriterion<{ points: number }> = { value: (unit) => unit.points, direction: 'descending' };
 * criterion.direction;
 * //=> 'descending'
 */
export interface RankCriterion<T> {
  /** The value of an item on this criterion; `null` or `undefined` when it has none. */
  readonly value: (item: T) => MaybeDecimalInput;
  /** Whether the largest or the smallest value on this criterion ranks first. */
  readonly direction: RankDirection;
  /** A name for the criterion, used in error messages; `criteria[i]` when not given. */
  readonly name?: string;
}

/**
 * Options of {@link rankLexicographic}.
 *
 * @example
 * // Total points, then economic points, highest first; a tie on both shares the place:
 * const options: LexicographicRankOptions<{ code: string; total: number; economy: number }> = {
 *   key: (unit) => unit.code,
 *   criteria: [
 *     { value: (unit) => unit.total, direction: 'descending' },
 *     { value: (unit) => unit.economy, direction: 'descending' },
 *   ],
 *   ties: 'standard',
 *   missing: 'last',
 * };
 * options.criteria.length;
 * //=> 2
 */
export interface LexicographicRankOptions<T> {
  /** The unit key of an item; keys must be unique within one ranking. */
  readonly key: (item: T) => string;
  /** The criteria, most important first: a later criterion only orders items equal on all earlier ones. */
  readonly criteria: readonly RankCriterion<T>[];
  /** How items equal on every criterion are ranked. */
  readonly ties: TieMethod;
  /**
   * Where a missing value goes on each criterion (`last` or `first`: after or before every present
   * value of that criterion); `unranked` leaves an item with any missing value without a rank.
   */
  readonly missing: MissingRule;
  /** How `ordinal` ranks break ties; `input-order` when not given. Only allowed with `ties: 'ordinal'`. */
  readonly tieBreak?: TieBreak<T>;
  /** The group of an item, to rank each group on its own; one ranking of all items when not given. */
  readonly group?: (item: T) => string;
}

/**
 * The rank of one item, with what it was ranked on, so that a report can show its working.
 *
 * @example
 * // The second of three communes:
 * const [result] = rank([{ code: 'B', points: 90 }, { code: 'A', points: 95 }, { code: 'C', points: 80 }], {
 *   key: (unit) => unit.code, value: (unit) => unit.points,
 *   direction: 'descending', ties: 'standard', missing: 'unranked',
 * });
 * [result?.key, result?.value?.toString(), result?.rank, result?.outOf];
 * //=> ['B', '90', 2, 3]
 */
export interface RankedItem<T> {
  /** The unit key of the item. */
  readonly key: string;
  /** The item itself, as given. */
  readonly item: T;
  /** The value it was ranked on, or `null` when it had none. */
  readonly value: Decimal | null;
  /**
   * Its rank: a whole number, or a multiple of one half for `fractional` ties (exact in binary);
   * `null` when it is unranked.
   */
  readonly rank: number | null;
  /**
   * How many ranked items share its value, itself included (1 when it is not tied). Items without a
   * value count as tied with each other. For an unranked item, the number of unranked items.
   */
  readonly tieSize: number;
  /** How many items were ranked in its ranking (its group for group rankings); unranked items do not count. */
  readonly outOf: number;
}

/**
 * The rank of one item within its group.
 *
 * @example
 * // A commune ranked first of two in cluster 1:
 * const [result] = rankWithinGroups(
 *   [{ code: 'A', cluster: '1', points: 95 }, { code: 'B', cluster: '1', points: 90 }],
 *   { key: (u) => u.code, group: (u) => u.cluster, value: (u) => u.points,
 *     direction: 'descending', ties: 'standard', missing: 'unranked' },
 * );
 * [result?.group, result?.rank, result?.outOf];
 * //=> ['1', 1, 2]
 */
export interface GroupRankedItem<T> extends RankedItem<T> {
  /** The group the item was ranked in. */
  readonly group: string;
}

/**
 * The rank of one item on several criteria.
 *
 * @example
 * // Two units equal on total points, separated by the second criterion:
 * const results = rankLexicographic(
 *   [{ code: 'A', total: 95, economy: 30 }, { code: 'B', total: 95, economy: 35 }],
 *   { key: (u) => u.code, ties: 'standard', missing: 'last', criteria: [
 *     { value: (u) => u.total, direction: 'descending' },
 *     { value: (u) => u.economy, direction: 'descending' },
 *   ] },
 * );
 * results.map((result) => [result.key, result.rank, result.values.map(String)]);
 * //=> [['A', 2, ['95', '30']], ['B', 1, ['95', '35']]]
 */
export interface LexicographicRankedItem<T> {
  /** The unit key of the item. */
  readonly key: string;
  /** The item itself, as given. */
  readonly item: T;
  /** Its value on each criterion, in the order of the criteria; `null` where it had none. */
  readonly values: readonly (Decimal | null)[];
  /** Its rank (see {@link RankedItem.rank}), or `null` when it is unranked. */
  readonly rank: number | null;
  /** How many ranked items are equal to it on every criterion, itself included. */
  readonly tieSize: number;
  /** How many items were ranked in its ranking (its group, when grouped). */
  readonly outOf: number;
  /** The group it was ranked in, or `null` when the ranking was not grouped. */
  readonly group: string | null;
}

/**
 * A rank with its percentile rank.
 *
 * @example
 * // Ranked ascending, the largest of four has percentile rank 1 (4/4) and the smallest 0.25 (1/4):
 * const results = percentileRank([4, 2, 8, 1].map((value, index) => ({ id: String(index), value })), {
 *   key: (item) => item.id, value: (item) => item.value,
 *   direction: 'ascending', ties: 'standard', missing: 'unranked',
 * });
 * results.map((result) => result.percentile?.toString());
 * //=> ['0.75', '0.5', '1', '0.25']
 */
export interface PercentileRankedItem<T> extends RankedItem<T> {
  /**
   * The rank divided by the number of ranked items (by the number of distinct ranks for `dense`), as
   * pandas `rank(pct=True)` computes it; `null` when unranked.
   */
  readonly percentile: Decimal | null;
}

/**
 * What a ranking read from its items, by item index (input order): the items, their unit keys and
 * their groups (`null` when the ranking is not grouped). Parallel arrays rather than a record per
 * item: a ranking of 10,000 items then makes a few arrays instead of 10,000 objects.
 */
export interface ItemColumns<T> {
  readonly items: readonly T[];
  readonly keys: readonly string[];
  readonly groups: readonly string[] | null;
}

/** The ranking of each item, by item index. */
export interface RankColumns {
  /** The rank; NaN for an unranked item. */
  readonly ranks: Float64Array;
  readonly tieSizes: Int32Array;
  readonly outOf: Int32Array;
  /** The number of distinct ranks in the item's ranking, for dense percentiles. */
  readonly distinct: Int32Array;
}

/** Orders two items by their indexes; 0 means equal for ranking purposes. */
export type IndexComparator = (first: number, second: number) => number;

/** Orders two possibly missing values in a direction, missing values going where the rule says. */
type ValueComparator = (first: Decimal | null, second: Decimal | null) => number;

function valueComparator(direction: RankDirection, missing: MissingRule): ValueComparator {
  const sign = direction === 'descending' ? -1 : 1;
  const missingSign = missing === 'first' ? -1 : 1;
  return (first, second) => {
    if (first === null) return second === null ? 0 : missingSign;
    if (second === null) return -missingSign;
    return sign * compareDecimals(first, second);
  };
}

/** Groups up to this size are sorted in place by insertion; larger ones by the engine's sort. */
const insertionSortLimit = 24;

/**
 * Sorts `order[start..end)` stably with `compare`: by insertion for a small group (no array and no
 * call from the engine's sort per comparison; emulation clusters hold ten to twenty units), else by
 * `Array.prototype.sort`, which is stable too.
 */
function sortSegment(order: Int32Array, start: number, end: number, compare: IndexComparator): void {
  // Stryker disable next-line ArithmeticOperator: end + start is never below end - start, so the mutant only sorts more groups by the engine's sort, stable like the insertion sort: the same order
  if (end - start <= insertionSortLimit) {
    // Stryker disable next-line ArithmeticOperator: from start - 1 the first two passes move nothing (no member before start is compared), so the same insertion sort follows
    for (let position = start + 1; position < end; position += 1) {
      const moving = order[position] ?? 0;
      let at = position - 1;
      // Strictly greater only, so that equal members keep their input order.
      while (at >= start && compare(order[at] ?? 0, moving) > 0) {
        order[at + 1] = order[at] ?? 0;
        at -= 1;
      }
      order[at + 1] = moving;
    }
    return;
  }
  const sorted = Array.from(order.subarray(start, end)).sort(compare);
  order.set(sorted, start);
}

/**
 * Keys that decide a ranking's order: item a goes before item b when `keys[a] < keys[b]`; items with
 * equal keys are ordered by `onEqualKeys` (0 when they are equal values), or are equal when it is
 * null. No key is NaN.
 */
export interface OrderKeys {
  readonly keys: Float64Array;
  readonly onEqualKeys: IndexComparator | null;
}

/**
 * Sorts `order[start..end)` of a small group stably by insertion on its keys, reading them inline:
 * a comparator called per comparison cost most of a ranking of 10,000 items in 700 groups once the
 * engine saw more than one comparator at the call.
 */
function insertByKeys(order: Int32Array, start: number, end: number, keyed: OrderKeys): void {
  const { keys, onEqualKeys } = keyed;
  for (let position = start + 1; position < end; position += 1) {
    const moving = order[position] ?? 0;
    const key = keys[moving] ?? 0;
    let at = position - 1;
    while (at >= start) {
      const other = order[at] ?? 0;
      const otherKey = keys[other] ?? 0;
      // Strictly after only, so that equal members keep their input order.
      if (otherKey < key || (otherKey === key && (onEqualKeys === null || onEqualKeys(other, moving) <= 0))) break;
      order[at + 1] = other;
      at -= 1;
    }
    order[at + 1] = moving;
  }
}

/**
 * Ranks the members of one ranking (`order[start..end)`, indexes of items, all ranked, in input
 * order) and writes their columns. The sort is stable, so members the comparators leave equal stay
 * in input order. With `keyed` (and no tie break), small groups are sorted and their ties found on
 * the keys themselves; `compare` must order as the keys do.
 */
function rankMembers(
  order: Int32Array,
  start: number,
  end: number,
  compare: IndexComparator,
  breakTie: IndexComparator | null,
  ties: TieMethod,
  columns: RankColumns,
  keyed: OrderKeys | null,
): void {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: the size only chooses between the keyed insertion and the comparator sort, which give the same stable order
  const small = end - start <= insertionSortLimit;
  const byKeys = keyed !== null && breakTie === null && small;
  if (byKeys) insertByKeys(order, start, end, keyed);
  else sortSegment(order, start, end, breakTie === null ? compare : (a, b) => compare(a, b) || breakTie(a, b));
  const count = end - start;
  const { ranks, tieSizes, outOf, distinct } = columns;
  const keys = byKeys ? keyed.keys : null;
  const onEqualKeys = byKeys ? keyed.onEqualKeys : null;
  let dense = 0;
  // A tie group is a run of neighbours equal to its first member, walked by position.
  let first = start;
  while (first < end) {
    const head = order[first] ?? 0;
    let last = first + 1;
    if (keys === null) while (last < end && compare(head, order[last] ?? 0) === 0) last += 1;
    else {
      const headKey = keys[head] ?? 0;
      while (last < end && keys[order[last] ?? 0] === headKey && (onEqualKeys === null || onEqualKeys(head, order[last] ?? 0) === 0)) last += 1;
    }
    dense += 1;
    const size = last - first;
    for (let position = first; position < last; position += 1) {
      const index = order[position] ?? 0;
      ranks[index] = placeRank(ties, first - start + 1, size, position - first, dense);
      tieSizes[index] = size;
      outOf[index] = count;
    }
    first = last;
  }
  for (let position = start; position < end; position += 1) distinct[order[position] ?? 0] = dense;
}

function placeRank(ties: TieMethod, first: number, size: number, offset: number, dense: number): number {
  switch (ties) {
    case 'standard':
      return first;
    case 'modified':
      return first + size - 1;
    case 'dense':
      return dense;
    case 'ordinal':
      return first + offset;
    case 'fractional':
      // The mean of the places first..first+size-1; a multiple of 0.5, exact in binary.
      return first + (size - 1) / 2;
  }
}

/**
 * Reads each item's key, group and value(s), one item after another (so that the first bad item is
 * the one reported), and checks that keys are strings and unique; throws `conflict` listing every
 * duplicate key. `readValues` stores what the ranking needs of the item at its index.
 */
export function readItems<T>(
  items: readonly T[],
  key: (item: T) => string,
  group: ((item: T) => string) | null,
  readValues: (item: T, key: string, index: number) => void,
): ItemColumns<T> {
  const count = items.length;
  // Stryker disable next-line ArrayDeclaration: an array made empty is filled by index to the same keys
  const keys = new Array<string>(count);
  // Stryker disable next-line ArrayDeclaration: an array made empty is filled by index to the same groups
  const groups = group === null ? null : new Array<string>(count);
  for (let index = 0; index < count; index += 1) {
    const item = items[index] as T;
    const itemKey = readText(key, item, index, 'key', 'a unit code');
    keys[index] = itemKey;
    // Stryker disable next-line LogicalOperator: groups is null exactly when group is, so || and && agree
    if (groups !== null && group !== null) groups[index] = readText(group, item, index, 'group', 'a group code');
    readValues(item, itemKey, index);
  }
  const duplicates = findDuplicates(keys);
  if (duplicates.size > 0) {
    throw new PlanningError('conflict', `each item of a ranking needs its own key; these keys occur more than once: ${quoteList(duplicates)}`);
  }
  return { items, keys, groups };
}

/**
 * The keys that occur more than once, in the order of their second occurrence. An open-addressing
 * table of indexes on an FNV-1a hash of the text: a third of the time of a `Set` of 10,000 keys, which
 * grows by rehashing. Keys that collide too often (more probes than eight per key) go to a `Set`.
 */
export function findDuplicates(keys: readonly string[]): Set<string> {
  const duplicates = new Set<string>();
  const count = keys.length;
  let size = 16;
  while (size < count * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size);
  let probes = 0;
  for (let index = 0; index < count; index += 1) {
    // Stryker disable next-line StringLiteral: index < count, so keys[index] is always a string
    const key = keys[index] ?? '';
    let hash = 0x811c9dc5;
    // Stryker disable next-line ConditionalExpression: hashing no character gives every key one slot; the probes then pass the limit and the Set below finds the same duplicates
    for (let position = 0; position < key.length; position += 1) hash = Math.imul(hash ^ key.charCodeAt(position), 0x01000193);
    // Stryker disable next-line ArithmeticOperator: probing backwards visits every slot too, and the table always has a free one (at least twice the keys)
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const slot = slots[at] ?? 0;
      if (slot === 0) {
        slots[at] = index + 1;
        break;
      }
      if (keys[slot - 1] === key) {
        duplicates.add(key);
        break;
      }
      // Stryker disable next-line AssignmentOperator: without the count the Set fallback is never taken, and the table (at least twice the keys) finds the same duplicates
      probes += 1;
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: the limit only chooses between the table and the Set, which find the same duplicates in the same order
    if (probes > 8 * count + 64) {
      const seen = new Set<string>();
      duplicates.clear();
      for (const text of keys) {
        // One hash look-up per key: the set grows unless the key was there already.
        const known = seen.size;
        if (seen.add(text).size === known) duplicates.add(text);
      }
      return duplicates;
    }
  }
  return duplicates;
}

function readText<T>(read: (item: T) => string, item: T, index: number, what: string, meaning: string): string {
  if (typeof read !== 'function') {
    throw new PlanningError('invalid-argument', `${what} must be a function that returns ${meaning} for an item; got ${describeValue(read)}`);
  }
  const text: unknown = read(item);
  if (typeof text !== 'string') {
    throw new PlanningError('invalid-argument', `${what} must return a string (${meaning}); got ${describeValue(text)} for the item at index ${index}`);
  }
  return text;
}

/** A value as {@link toDecimal} reads it, with the message naming the item only when it is refused. */
export function readDecimal(raw: DecimalInput, key: string, what: string): Decimal {
  // The library's own Decimals in the domain (the usual input) are taken as they are, as toDecimal does.
  if (isOwnDecimalInDomain(raw)) return raw;
  // Building the message for every item cost as much as a ranking's sort.
  try {
    return toDecimal(raw);
  } catch {
    return toDecimal(raw, `${what} of ${quoteText(key)}`);
  }
}

function readValue<T>(value: (item: T) => MaybeDecimalInput, item: T, key: string, what: string): Decimal | null {
  const raw = value(item);
  return raw === null || raw === undefined ? null : readDecimal(raw, key, what);
}

export function checkItems(items: unknown, what: string): void {
  if (!isList(items)) {
    throw new PlanningError('invalid-argument', `${what} needs an array of items; got ${describeValue(items)}`);
  }
}

export function checkTieBreak(tieBreak: unknown, ties: TieMethod): void {
  if (tieBreak === undefined) return;
  if (ties !== 'ordinal') {
    throw new PlanningError(
      'invalid-argument',
      `tieBreak only applies to ordinal ranks, where tied items get different ranks; ties is '${ties}', so remove tieBreak or use ties: 'ordinal'`,
    );
  }
  if (tieBreak !== 'input-order' && tieBreak !== 'key' && typeof tieBreak !== 'function') {
    throw new PlanningError(
      'invalid-argument',
      `tieBreak must be 'input-order', 'key' or a comparator function; got ${describeValue(tieBreak)}`,
    );
  }
}

export function tieBreakComparator<T>(tieBreak: TieBreak<T> | undefined, columns: ItemColumns<T>): IndexComparator | null {
  if (tieBreak === undefined || tieBreak === 'input-order') return null;
  const { items, keys } = columns;
  if (tieBreak === 'key') {
    return (a, b) => {
      // Stryker disable next-line StringLiteral: a is an index of the ranking, so keys[a] is always a string
      const first = keys[a] ?? '';
      // Stryker disable next-line StringLiteral: b is an index of the ranking, so keys[b] is always a string
      const second = keys[b] ?? '';
      return first < second ? -1 : first > second ? 1 : 0;
    };
  }
  return (a, b) => {
    const result = tieBreak(items[a] as T, items[b] as T);
    if (!Number.isFinite(result)) {
      throw new PlanningError(
        'invalid-argument',
        `tieBreak must return a finite number; got ${String(result)} for ${quoteText(keys[a] ?? '')} and ${quoteText(keys[b] ?? '')}`,
      );
    }
    return result;
  };
}

/**
 * Ranks the items of each group on its own (one ranking of all when `groups` is null), leaving out
 * the unranked ones (`unranked[index]` is 1), whose tie size and ranking size it records. With
 * `keyed`, small groups are sorted on the keys (see {@link OrderKeys}), which must order as `compare`
 * does. Members are
 * lists of indexes in input order, so the stable sort keeps input order among equals.
 */
export function rankIndexes(
  count: number,
  groups: readonly string[] | null,
  unranked: Uint8Array | null,
  compare: IndexComparator,
  breakTie: IndexComparator | null,
  ties: TieMethod,
  keyed: OrderKeys | null = null,
): RankColumns {
  const columns: RankColumns = {
    ranks: new Float64Array(count).fill(Number.NaN),
    tieSizes: new Int32Array(count),
    outOf: new Int32Array(count),
    distinct: new Int32Array(count),
  };
  // Dense group ids, then the ranked members of each group side by side in one array, in input order
  // (a counting sort): no list and no map entry per group beyond the ids.
  const groupIds = new Int32Array(count);
  let groupCount = count > 0 ? 1 : 0;
  if (groups !== null) {
    groupCount = 0;
    const ids = new Map<string, number>();
    for (let index = 0; index < count; index += 1) {
      // Stryker disable next-line StringLiteral: index < count, so groups[index] is always a string
      const group = groups[index] ?? '';
      let id = ids.get(group);
      if (id === undefined) {
        id = groupCount;
        groupCount += 1;
        ids.set(group, id);
      }
      groupIds[index] = id;
    }
  }
  const rankedSizes = new Int32Array(groupCount);
  const leftSizes = new Int32Array(groupCount);
  for (let index = 0; index < count; index += 1) {
    const id = groupIds[index] ?? 0;
    if (unranked !== null && unranked[index] === 1) leftSizes[id] = (leftSizes[id] ?? 0) + 1;
    else rankedSizes[id] = (rankedSizes[id] ?? 0) + 1;
  }
  const starts = new Int32Array(groupCount + 1);
  for (let id = 0; id < groupCount; id += 1) starts[id + 1] = (starts[id] ?? 0) + (rankedSizes[id] ?? 0);
  const order = new Int32Array(starts[groupCount] ?? 0);
  const next = starts.slice(0, groupCount);
  for (let index = 0; index < count; index += 1) {
    const id = groupIds[index] ?? 0;
    if (unranked !== null && unranked[index] === 1) {
      columns.tieSizes[index] = leftSizes[id] ?? 0;
      columns.outOf[index] = rankedSizes[id] ?? 0;
      continue;
    }
    const at = next[id] ?? 0;
    order[at] = index;
    next[id] = at + 1;
  }
  for (let id = 0; id < groupCount; id += 1) {
    const start = starts[id] ?? 0;
    const end = starts[id + 1] ?? 0;
    if (end > start) rankMembers(order, start, end, compare, breakTie, ties, columns, keyed);
  }
  return columns;
}

/** The rank of an item from the columns: `null` for an unranked one. */
export function rankAt(columns: RankColumns, index: number): number | null {
  const value = columns.ranks[index] ?? Number.NaN;
  return Number.isNaN(value) ? null : value;
}

/** A ranking on one value: the items' columns, their values and their ranks. */
export interface OneValueRanking<T> {
  readonly read: ItemColumns<T>;
  /**
   * The value of item `index`, or `null` when it has none: the Decimal read, or for a value given as a
   * number, the Decimal that {@link toDecimal} makes of it, made when first asked for and kept.
   */
  readonly valueAt: (index: number) => Decimal | null;
  readonly ranked: RankColumns;
}

/** How an item's value is held in a ranking on one value. */
const MISSING_VALUE = 0;
/** A number, held in its sort key alone (the key is the number itself, or its negation). */
const NUMBER_VALUE = 1;
const DECIMAL_VALUE = 2;

/**
 * Whether a number is one that a ranking can hold as its own sort key: zero, or a finite number of a
 * size from 1e-90 to below 1e90. Every such number lies in the domain (its shortest decimal, which
 * toDecimal reads, has an exponent from -90 to 89), and the order of such numbers is the order of
 * their shortest decimals, equal numbers having equal decimals (two doubles never share one). Others
 * go through toDecimal, which says what is wrong with them.
 */
function isPlainNumber(value: number): boolean {
  const size = value < 0 ? -value : value;
  return value === 0 || (size >= 1e-90 && size < 1e90);
}

/**
 * Reads the items and ranks them on one value. A value given as a number (in the usual range) is
 * kept as its double alone, its Decimal made only when a result or an exact comparison asks for it.
 */
export function rankOnOneValue<T>(items: readonly T[], options: RankOptions<T>, group: ((item: T) => string) | null): OneValueRanking<T> {
  const direction = checkChoice(options.direction, rankDirections, 'direction');
  const ties = checkChoice(options.ties, tieMethods, 'ties');
  const missing = checkChoice(options.missing, missingRules, 'missing');
  checkTieBreak(options.tieBreak, ties);
  const value = options.value;
  if (typeof value !== 'function') throw new PlanningError('invalid-argument', `value must be a function that returns the value of an item; got ${describeValue(value)}`);
  const count = items.length;
  // Stryker disable next-line ArrayDeclaration: an array made empty is filled by index to the same values
  const values = new Array<Decimal | null>(count);
  const kinds = new Uint8Array(count);
  // One double per item, in ranking order (negated for descending; a missing value beyond every
  // value on the side the rule puts it), so that most comparisons in the sort are one subtraction.
  const sortKeys = new Float64Array(count);
  const sign = direction === 'descending' ? -1 : 1;
  const missingKey = missing === 'first' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  // Set while reading (a callback, so kept in an object the compiler does not narrow).
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: allRounded false or unset only takes the approximate-key comparator, which orders the same; anyMissing true only makes an unranked mask with no item in it; anyNumber or anyDecimal true only takes the comparison that asks of each pair whether both are numbers, which orders the same
  const seen = { allRounded: true, anyMissing: false, anyNumber: false, anyDecimal: false };
  const read = readItems(items, options.key, group, (item, key, index) => {
    const raw = value(item);
    if (raw === null || raw === undefined) {
      values[index] = null;
      seen.anyMissing = true;
      sortKeys[index] = missingKey;
      return;
    }
    // A number is its own correctly rounded key: the double nearest to its shortest decimal.
    if (typeof raw === 'number' && isPlainNumber(raw)) {
      kinds[index] = NUMBER_VALUE;
      seen.anyNumber = true;
      sortKeys[index] = sign * raw;
      return;
    }
    const decimal = readDecimal(raw, key, 'value');
    values[index] = decimal;
    kinds[index] = DECIMAL_VALUE;
    seen.anyDecimal = true;
    let sortKey = roundedDecimal(decimal);
    // Stryker disable next-line ConditionalExpression,BlockStatement: an approximate key for every value takes the approximate-key comparator, which orders the same; a NaN key left in place makes the difference of keys NaN, so the exact comparison decides
    if (Number.isNaN(sortKey)) {
      seen.allRounded = false;
      sortKey = approximateDecimal(decimal);
    }
    sortKeys[index] = sign * sortKey;
  });
  const valueAt = (index: number): Decimal | null => {
    const known = values[index];
    if (known !== undefined) return known;
    // sign × (sign × number) is the number again, exactly.
    const decimal = toDecimal(sign * (sortKeys[index] ?? 0));
    values[index] = decimal;
    return decimal;
  };
  const exactValues = valueComparator(direction, missing);
  // Two numbers are in the order of their keys (the numbers themselves); anything else is compared as Decimals.
  const exact: IndexComparator = (a, b) => {
    if (kinds[a] === NUMBER_VALUE && kinds[b] === NUMBER_VALUE) {
      const gap = (sortKeys[a] ?? 0) - (sortKeys[b] ?? 0);
      return gap < 0 ? -1 : gap > 0 ? 1 : 0;
    }
    return exactValues(valueAt(a), valueAt(b));
  };
  // Correctly rounded keys that differ order their values for certain (rounding keeps order); equal
  // keys, and approximate keys too close to tell, are decided by the exact comparison alone. Where
  // every value is a number, equal keys are equal values (two missing ones give NaN, also equal); where
  // none is, the values are compared as they were read, with no question of numbers.
  const onEqualKeys: IndexComparator | null = !seen.anyDecimal ? null : !seen.anyNumber ? (a, b) => exactValues(values[a] ?? null, values[b] ?? null) : exact;
  const compare: IndexComparator = seen.allRounded
    ? (a, b) => (sortKeys[a] ?? 0) - (sortKeys[b] ?? 0) || (onEqualKeys === null ? 0 : onEqualKeys(a, b))
    : (a, b) => orderByKeys(sortKeys[a] ?? 0, sortKeys[b] ?? 0) || exact(a, b);
  let unranked: Uint8Array | null = null;
  if (missing === 'unranked' && seen.anyMissing) {
    unranked = new Uint8Array(count);
    for (let index = 0; index < count; index += 1) if (kinds[index] === MISSING_VALUE) unranked[index] = 1;
  }
  // Approximate keys may hide an order opposite to theirs: only correctly rounded ones sort on their own.
  const keyed = seen.allRounded ? { keys: sortKeys, onEqualKeys } : null;
  const ranked = rankIndexes(count, read.groups, unranked, compare, tieBreakComparator(options.tieBreak, read), ties, keyed);
  return { read, valueAt, ranked };
}

function toRankedItem<T>(ranking: OneValueRanking<T>, item: T, index: number): RankedItem<T> {
  const { read, valueAt, ranked } = ranking;
  return {
    // Stryker disable next-line StringLiteral: index is an item's index, so read.keys[index] is always a string
    key: read.keys[index] ?? '',
    item,
    value: valueAt(index),
    rank: rankAt(ranked, index),
    tieSize: ranked.tieSizes[index] ?? 0,
    outOf: ranked.outOf[index] ?? 0,
  };
}

/**
 * Ranks items on one value, in either direction, with an explicit tie method and an explicit rule
 * for items without a value. Equality is exact decimal equality (`1.5` equals `'1.50'`).
 *
 * Permuting the input never changes any item's rank, except for `ordinal` ranks broken by input order
 * (state `tieBreak: 'key'` to make those independent of it too). The value of each item is read once.
 *
 * @param items - the items to rank (plain records); not changed
 * @param options - key, value, direction, tie method, missing rule and ordinal tie break
 * @returns one result per item, in input order, with its value, rank, tie size and ranking size
 * @throws {@link PlanningError} `conflict` when two items share a key; `invalid-number` when a value is
 * not a finite number; `invalid-argument` for an unknown direction, tie method or missing rule, or a
 * `tieBreak` given with a tie method other than `ordinal`
 *
 * @example
 * // The textbook case: A ahead of B, B equal to C, C ahead of D, in standard competition ranking:
 * const scores = [{ id: 'A', score: 9 }, { id: 'B', score: 7 }, { id: 'C', score: 7 }, { id: 'D', score: 5 }];
 * rank(scores, { key: (s) => s.id, value: (s) => s.score, direction: 'descending', ties: 'standard', missing: 'last' })
 *   .map((result) => result.rank);
 * //=> [1, 2, 2, 4]
 *
 * @example
 * // The same case with fractional ranks (the mean of the shared places):
 * const scores = [{ id: 'A', score: 9 }, { id: 'B', score: 7 }, { id: 'C', score: 7 }, { id: 'D', score: 5 }];
 * rank(scores, { key: (s) => s.id, value: (s) => s.score, direction: 'descending', ties: 'fractional', missing: 'last' })
 *   .map((result) => result.rank);
 * //=> [1, 2.5, 2.5, 4]
 */
export function rank<T>(items: readonly T[], options: RankOptions<T>): RankedItem<T>[] {
  checkItems(items, 'rank');
  const ranking = rankOnOneValue(items, options, null);
  return items.map((item, index) => toRankedItem(ranking, item, index));
}

/**
 * Ranks items within groups, each group on its own: communes within their emulation cluster
 * (*cụm thi đua*), districts within their province. Options and rules are those of {@link rank};
 * keys must be unique across all groups (a unit belongs to one group of a grouping).
 *
 * @param items - the items to rank; not changed
 * @param options - the options of {@link rank} plus `group`
 * @returns one result per item, in input order, with its group and its rank within the group
 * @throws {@link PlanningError} as {@link rank} does; `invalid-argument` when `group` is not a function or does not return a string
 *
 * @example
 * // Two clusters, each ranked on its own:
 * const communes = [
 *   { code: '16174', cluster: 'A', points: 92 },
 *   { code: '16177', cluster: 'B', points: 88 },
 *   { code: '16180', cluster: 'A', points: 95 },
 *   { code: '16183', cluster: 'B', points: 90 },
 * ];
 * rankWithinGroups(communes, {
 *   key: (c) => c.code, group: (c) => c.cluster, value: (c) => c.points,
 *   direction: 'descending', ties: 'standard', missing: 'unranked',
 * }).map((result) => `${result.group}:${result.key}#${String(result.rank)}`);
 * //=> ['A:16174#2', 'B:16177#2', 'A:16180#1', 'B:16183#1']
 */
export function rankWithinGroups<T>(items: readonly T[], options: GroupRankOptions<T>): GroupRankedItem<T>[] {
  checkItems(items, 'rankWithinGroups');
  // Checked here, not by readItems alone: null would mean no grouping there, and a list without items is read by nothing.
  checkGroupFunction(options.group);
  const ranking = rankOnOneValue(items, options, options.group);
  return items.map((item, index) => toGroupRankedItem(ranking, item, index));
}

/** The result of item `index` of a grouped ranking. */
export function toGroupRankedItem<T>(ranking: OneValueRanking<T>, item: T, index: number): GroupRankedItem<T> {
  const { read, valueAt, ranked } = ranking;
  return {
    // Stryker disable next-line StringLiteral: index is an item's index, so read.keys[index] is always a string
    key: read.keys[index] ?? '',
    item,
    value: valueAt(index),
    rank: rankAt(ranked, index),
    tieSize: ranked.tieSizes[index] ?? 0,
    outOf: ranked.outOf[index] ?? 0,
    // Stryker disable next-line OptionalChaining,StringLiteral: a grouped ranking reads a group for every item, so groups is a list of strings
    group: read.groups?.[index] ?? '',
  };
}

/**
 * Ranks items with their percentile rank: the rank divided by the number of ranked items, or by the
 * number of distinct ranks for `dense` ties. This is pandas' `rank(pct=True)`; with `ascending`
 * direction the largest value gets percentile rank 1.
 *
 * @param items - the items to rank; not changed
 * @param options - the options of {@link rank}
 * @returns one result per item, in input order, with `percentile` beside the rank
 * @throws {@link PlanningError} as {@link rank} does
 *
 * @example
 * // pandas' documented case, legs of cat, penguin, dog, spider and snake, fractional ties:
 * const legs = [4, 2, 4, 8, null].map((value, index) => ({ id: String(index), value }));
 * percentileRank(legs, { key: (a) => a.id, value: (a) => a.value, direction: 'ascending', ties: 'fractional', missing: 'unranked' })
 *   .map((result) => result.percentile?.toString() ?? null);
 * //=> ['0.625', '0.25', '0.625', '1', null]
 */
export function percentileRank<T>(items: readonly T[], options: RankOptions<T>): PercentileRankedItem<T>[] {
  checkItems(items, 'percentileRank');
  const dense = options.ties === 'dense';
  const ranking = rankOnOneValue(items, options, null);
  const { ranked } = ranking;
  return items.map((item, index) => {
    const result = toRankedItem(ranking, item, index);
    const places = (dense ? ranked.distinct[index] : ranked.outOf[index]) ?? 1;
    return { ...result, percentile: result.rank === null ? null : new DecimalClass(result.rank).div(places) };
  });
}

/**
 * Ranks items on several criteria in lexicographic order: by the first criterion, then, among items
 * equal on it, by the second, and so on. Items equal on every criterion are tied and ranked by the
 * tie method. Each criterion has its own direction; a missing value goes last or first on its
 * criterion, or leaves the item unranked. Optionally ranks each group on its own.
 *
 * A typical use is an emulation ranking on total points with a stated order of tie-breaking criteria.
 *
 * @param items - the items to rank; not changed
 * @param options - key, criteria (most important first), tie method, missing rule, tie break and group
 * @returns one result per item, in input order, with its values on every criterion and its rank
 * @throws {@link PlanningError} `invalid-argument` when there are no criteria, and as {@link rank} does
 *
 * @example
 * // Highest total first; on equal totals, the lower penalty count first:
 * const units = [
 *   { code: 'X', total: 96, penalties: 1 },
 *   { code: 'Y', total: 96, penalties: 0 },
 *   { code: 'Z', total: 97, penalties: 3 },
 * ];
 * rankLexicographic(units, {
 *   key: (u) => u.code, ties: 'standard', missing: 'last',
 *   criteria: [
 *     { value: (u) => u.total, direction: 'descending' },
 *     { value: (u) => u.penalties, direction: 'ascending' },
 *   ],
 * }).map((result) => result.rank);
 * //=> [3, 2, 1]
 */
export function rankLexicographic<T>(items: readonly T[], options: LexicographicRankOptions<T>): LexicographicRankedItem<T>[] {
  checkItems(items, 'rankLexicographic');
  const ties = checkChoice(options.ties, tieMethods, 'ties');
  const missing = checkChoice(options.missing, missingRules, 'missing');
  checkTieBreak(options.tieBreak, ties);
  const criteria = checkCriteria(options.criteria);
  // Stryker disable next-line ArrayDeclaration: an array made empty is filled by index to the same lists
  const valueLists = new Array<(Decimal | null)[]>(items.length);
  const read = readItems(items, options.key, options.group ?? null, (item, key, index) => {
    valueLists[index] = criteria.map((criterion, position) => readValue(criterion.value, item, key, criterion.name ?? `criteria[${position}]`));
  });
  const comparators = criteria.map((criterion) => valueComparator(criterion.direction, missing));
  const compare: IndexComparator = (a, b) => {
    // Stryker disable next-line ArrayDeclaration: a is an item's index, so valueLists[a] is always a list
    const first = valueLists[a] ?? [];
    // Stryker disable next-line ArrayDeclaration: b is an item's index, so valueLists[b] is always a list
    const second = valueLists[b] ?? [];
    for (const [position, comparator] of comparators.entries()) {
      const result = comparator(first[position] ?? null, second[position] ?? null);
      if (result !== 0) return result;
    }
    return 0;
  };
  const unranked = missing === 'unranked' ? new Uint8Array(items.length) : null;
  if (unranked !== null) valueLists.forEach((list, index) => (unranked[index] = list.includes(null) ? 1 : 0));
  const ranked = rankIndexes(items.length, read.groups, unranked, compare, tieBreakComparator(options.tieBreak, read), ties);
  return items.map((item, index) => ({
    // Stryker disable next-line StringLiteral: index is an item's index, so read.keys[index] is always a string
    key: read.keys[index] ?? '',
    item,
    // Stryker disable next-line ArrayDeclaration: index is an item's index, so valueLists[index] is always a list
    values: valueLists[index] ?? [],
    rank: rankAt(ranked, index),
    tieSize: ranked.tieSizes[index] ?? 0,
    outOf: ranked.outOf[index] ?? 0,
    group: read.groups?.[index] ?? null,
  }));
}

function checkCriteria<T>(criteria: readonly RankCriterion<T>[]): readonly RankCriterion<T>[] {
  if (!isList(criteria) || criteria.length === 0) {
    throw new PlanningError('invalid-argument', 'criteria must list at least one criterion ({ value, direction }), the most important first');
  }
  criteria.forEach((criterion, position) => {
    checkChoice(criterion.direction, rankDirections, `criteria[${position}].direction`);
    if (typeof criterion.value !== 'function') {
      throw new PlanningError('invalid-argument', `criteria[${position}].value must be a function that returns the value of an item`);
    }
  });
  return criteria;
}
