import { PlanningError, quoteText, quoteList } from '../numeric/index.js';
import { describeValue, isList } from './choices.js';

/**
 * A unit's place in one ranking: its key and its rank (`null` when it was unranked). Every ranking
 * result of this module has this shape, and so does a rank table read from a report.
 *
 * @example
 * // Commune 16174 was third:
 * const position: RankPosition = { key: '16174', rank: 3 };
 * position.rank;
 * //=> 3
 */
export interface RankPosition {
  /** The unit key. */
  readonly key: string;
  /** Its rank, or `null` when it was unranked. */
  readonly rank: number | null;
}

/**
 * What happened to a unit's rank between two rankings.
 *
 * - `up`, `down`, `unchanged`: ranked in both; a better (smaller) rank is `up`.
 * - `entered`: in the current ranking only; `left`: in the previous ranking only.
 * - `not-comparable`: in both, but unranked in at least one.
 *
 * @example
 * // From 5th to 2nd:
 * const status: RankChangeStatus = 'up';
 * status;
 * //=> 'up'
 */
export type RankChangeStatus = 'up' | 'down' | 'unchanged' | 'entered' | 'left' | 'not-comparable';

/**
 * The change of one unit's rank between two rankings.
 *
 * @example
 * // From 5th to 2nd is three places up:
 * const [change] = rankChange([{ key: 'A', rank: 5 }], [{ key: 'A', rank: 2 }]);
 * [change?.change, change?.status];
 * //=> [3, 'up']
 */
export interface RankChange {
  /** The unit key. */
  readonly key: string;
  /** Its rank in the previous ranking; `null` when it was absent or unranked. */
  readonly previousRank: number | null;
  /** Its rank in the current ranking; `null` when it is absent or unranked. */
  readonly currentRank: number | null;
  /** Places gained: previous rank minus current rank (positive = moved up); `null` unless ranked in both. */
  readonly change: number | null;
  /** What happened, including whether the unit was absent from either ranking. */
  readonly status: RankChangeStatus;
}

function indexPositions(positions: readonly RankPosition[], what: string): Map<string, RankPosition> {
  if (!isList(positions)) {
    throw new PlanningError('invalid-argument', `${what} must be an array of { key, rank }; got ${describeValue(positions)}`);
  }
  const byKey = new Map<string, RankPosition>();
  const duplicates = new Set<string>();
  positions.forEach((position, index) => {
    const rankValue: unknown = position.rank;
    if (rankValue !== null && (typeof rankValue !== 'number' || !Number.isFinite(rankValue) || rankValue < 1)) {
      throw new PlanningError(
        'invalid-argument',
        `${what}[${index}].rank must be a rank of 1 or more, or null for unranked; got ${describeValue(rankValue)} for ${quoteText(position.key)}`,
      );
    }
    if (byKey.has(position.key)) duplicates.add(position.key);
    byKey.set(position.key, position);
  });
  if (duplicates.size > 0) {
    const list = quoteList(duplicates);
    throw new PlanningError('conflict', `${what} lists these keys more than once: ${list}; a unit has one place in a ranking`);
  }
  return byKey;
}

function describeChange(key: string, previous: RankPosition | undefined, current: RankPosition | undefined): RankChange {
  const previousRank = previous?.rank ?? null;
  const currentRank = current?.rank ?? null;
  if (previous === undefined) return { key, previousRank, currentRank, change: null, status: 'entered' };
  if (current === undefined) return { key, previousRank, currentRank, change: null, status: 'left' };
  if (previousRank === null || currentRank === null) return { key, previousRank, currentRank, change: null, status: 'not-comparable' };
  const change = previousRank - currentRank;
  return { key, previousRank, currentRank, change, status: change > 0 ? 'up' : change < 0 ? 'down' : 'unchanged' };
}

/**
 * Compares each unit's rank in two rankings, for example of two years: places gained (positive) or
 * lost (negative), and whether a unit entered, left or was unranked. Ranks of the two rankings should
 * use the same tie method and direction; units are matched by key.
 *
 * @param previous - the earlier ranking (any list of `{ key, rank }`, such as the results of {@link rank})
 * @param current - the later ranking
 * @returns one change per unit: those of the current ranking in its order, then those that left, in
 * the previous ranking's order
 * @throws {@link PlanningError} `conflict` when a ranking lists a key twice; `invalid-argument` when a
 * rank is not a number of 1 or more or null
 *
 * @example
 * // Year-on-year movement within a cluster:
 * rankChange(
 *   [{ key: 'A', rank: 1 }, { key: 'B', rank: 2 }, { key: 'C', rank: 3 }],
 *   [{ key: 'B', rank: 1 }, { key: 'A', rank: 2 }, { key: 'D', rank: 3 }],
 * ).map((change) => `${change.key} ${change.status} ${String(change.change)}`);
 * //=> ['B up 1', 'A down -1', 'D entered null', 'C left null']
 */
export function rankChange(previous: readonly RankPosition[], current: readonly RankPosition[]): RankChange[] {
  const before = indexPositions(previous, 'previous');
  const after = indexPositions(current, 'current');
  const changes: RankChange[] = [];
  for (const [key, position] of after) changes.push(describeChange(key, before.get(key), position));
  for (const [key, position] of before) if (!after.has(key)) changes.push(describeChange(key, position, undefined));
  return changes;
}
