import type { Decimal } from '../numeric/index.js';
import { checkGroupFunction, checkItemIndex } from './choices.js';
import { type GroupRankOptions, type GroupRankedItem, checkItems, rankAt, rankOnOneValue, toGroupRankedItem } from './rank.js';

/**
 * The ranks of a {@link rankWithinGroupsBatch} ranking, read by item index, and each item's value and
 * result made only when read.
 *
 * @example
 * // Five communes in two clusters, the values as numbers; one result read in full:
 * const communes = [
 *   { code: 'A', cluster: '1', points: 92.5 },
 *   { code: 'B', cluster: '1', points: 95 },
 *   { code: 'C', cluster: '2', points: 88 },
 *   { code: 'D', cluster: '2', points: 88 },
 *   { code: 'E', cluster: '2', points: null },
 * ];
 * const batch: GroupRankingBatch<(typeof communes)[number]> = rankWithinGroupsBatch(communes, {
 *   key: (c) => c.code, group: (c) => c.cluster, value: (c) => c.points,
 *   direction: 'descending', ties: 'standard', missing: 'unranked',
 * });
 * [batch.ranks(), batch.tieSize(2), batch.outOf(4), batch.value(0)?.toString()];
 * //=> [[2, 1, 1, 1, null], 2, 2, '92.5']
 */
export interface GroupRankingBatch<T> {
  /** How many items. */
  readonly length: number;
  /**
   * The rank of item `index` within its group (see {@link RankedItem.rank}), or `null` when it is unranked.
   * @param index - the item's position in the list given
   */
  rank(index: number): number | null;
  /** The ranks of all items, in the order given (a new list each call). */
  ranks(): (number | null)[];
  /**
   * How many ranked items of its group share the value of item `index`, itself included (see {@link RankedItem.tieSize}).
   * @param index - the item's position in the list given
   */
  tieSize(index: number): number;
  /**
   * How many items of its group were ranked.
   * @param index - the item's position in the list given
   */
  outOf(index: number): number;
  /**
   * The value item `index` was ranked on, as a Decimal (made now for a value given as a number), or
   * `null` when it had none.
   * @param index - the item's position in the list given
   */
  value(index: number): Decimal | null;
  /**
   * The whole result of item `index`: equal to `rankWithinGroups(items, options)[index]`.
   * @param index - the item's position in the list given
   */
  result(index: number): GroupRankedItem<T>;
  /** Every result, in the order given: equal to `rankWithinGroups(items, options)`. */
  results(): GroupRankedItem<T>[];
}

/**
 * Ranks items within groups as {@link rankWithinGroups} does, and makes no record and no Decimal per
 * item: the batch form for rankings of thousands of items whose ranks are what is wanted (a national
 * table of communes within their provinces, ranks written to a column). Every rank, tie size,
 * ranking size, value and result is the one {@link rankWithinGroups} gives.
 *
 * Cost model: each key, group and value is read once. A value given as a number (as JSON gives it)
 * of a size from 1e-90 to below 1e90 is its own sort key: a number's order is the order of its
 * shortest decimal, the value {@link toDecimal} reads, so no Decimal is made for it unless `value(i)`
 * or `result(i)` asks, or it must be compared exactly with a value given otherwise that has the same
 * key. Other values are read as {@link rankWithinGroups} reads them. Ranking is one sort of each
 * group on the double keys, ties decided exactly.
 *
 * @param items - the items to rank; not changed
 * @param options - as {@link rankWithinGroups} takes them
 * @returns the batch: ranks at once, values and results when read
 * @throws {@link PlanningError} what {@link rankWithinGroups} throws, for the same inputs; and
 *   `invalid-argument` from a read method given an index that is not one of an item
 *
 * @example
 * // A cluster ranked on income, highest first; the ties share the better place:
 * const communes = [
 *   { code: '16174', cluster: 'A', income: 45.2 },
 *   { code: '16177', cluster: 'A', income: 51 },
 *   { code: '16180', cluster: 'A', income: 45.2 },
 *   { code: '16183', cluster: 'B', income: 38.75 },
 * ];
 * const batch = rankWithinGroupsBatch(communes, {
 *   key: (c) => c.code, group: (c) => c.cluster, value: (c) => c.income,
 *   direction: 'descending', ties: 'standard', missing: 'unranked',
 * });
 * [batch.ranks(), batch.result(3).group, batch.result(3).value?.toString()];
 * //=> [[2, 1, 2, 1], 'B', '38.75']
 */
export function rankWithinGroupsBatch<T>(items: readonly T[], options: GroupRankOptions<T>): GroupRankingBatch<T> {
  checkItems(items, 'rankWithinGroupsBatch');
  // Checked here, not by readItems alone: null would mean no grouping there, and a list without items is read by nothing.
  checkGroupFunction(options.group);
  const ranking = rankOnOneValue(items, options, options.group);
  const { ranked, valueAt } = ranking;
  const length = items.length;
  return Object.freeze({
    length,
    rank: (index: number) => {
      checkItemIndex(index, length);
      return rankAt(ranked, index);
    },
    ranks: () => {
      // Stryker disable next-line ArrayDeclaration: an array made empty is filled by index to the same ranks
      const ranks = new Array<number | null>(length);
      for (let index = 0; index < length; index += 1) ranks[index] = rankAt(ranked, index);
      return ranks;
    },
    tieSize: (index: number) => {
      checkItemIndex(index, length);
      return ranked.tieSizes[index] ?? 0;
    },
    outOf: (index: number) => {
      checkItemIndex(index, length);
      return ranked.outOf[index] ?? 0;
    },
    value: (index: number) => {
      checkItemIndex(index, length);
      return valueAt(index);
    },
    result: (index: number) => {
      checkItemIndex(index, length);
      return toGroupRankedItem(ranking, items[index] as T, index);
    },
    results: () => items.map((item, index) => toGroupRankedItem(ranking, item, index)),
  });
}
