/**
 * Ranking: 10,000 units in 700 groups (emulation clusters).
 *
 * rank-groups: `rankWithinGroups` on one exact value per unit (one decimal digit, so that ties occur;
 * 1% missing, unranked), standard competition ranks (1224), against a plain sort of each group's
 * indexes on a Float64Array of the same values. Goal (issue 15): at most 2×.
 * rank-groups-pandas: the same ranking against pandas `groupby('group')['value'].rank(method='min',
 * ascending=False)`, both given the values as numbers and returning ranks alone: the library through
 * `rankWithinGroupsBatch(...).ranks()`. Goal (issue 15): faster than pandas (ratio below 1).
 * rank-composite: the ranks of every unit from `rankByCompositeBatch` over 10 indicators (min-max
 * normalisation, weighted mean, at most 20% of components missing, ranked within groups; the exact
 * scores are left to be computed when read) against the same pipeline on plain numbers, which computes
 * its float scores. Both read the same objects, whose values are numbers (as JSON gives them); the
 * library reads each as its shortest decimal, exactly. Goal (issue 15): at most 3×.
 * rank-composite-decimals: the same ranking with the values given as Decimal objects (made once,
 * outside the timing): no goal; the price of reading a Decimal object per value.
 * rank-composite-scores: `rankByComposite` on the numbers, every unit's record with its exact 40-digit
 * score, against the same baseline (no goal in the issue; the price of computing every score).
 */
import { type Decimal, type DecimalInput, rankByComposite, rankByCompositeBatch, rankWithinGroups, rankWithinGroupsBatch, toDecimal } from '../src/index.js';
import { type Benchmark, type BenchmarkContext, type BenchRow, type Random, type Skipped, agreement, compare, createRandom, randomInt, scaled } from './harness.js';
import { findPandas, startPandas } from './pandas.js';

const GROUPS = 700;
const INDICATORS = 10;

/** A ranked item as the baseline returns it: what rankWithinGroups returns, on numbers. */
interface PlainRanked<T> {
  readonly key: string;
  readonly item: T;
  readonly group: string;
  readonly value: number | null;
  readonly rank: number | null;
  readonly tieSize: number;
  readonly outOf: number;
}

/**
 * Standard competition ranks (1224) within groups, largest value first, missing values unranked: each
 * group's indexes sorted on a Float64Array of the values.
 */
function plainRankWithinGroups<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  groupOf: (item: T) => string,
  valueOf: (item: T, index: number) => number | null,
): PlainRanked<T>[] {
  const count = items.length;
  const values = new Float64Array(count);
  const present = new Uint8Array(count);
  const members = new Map<string, number[]>();
  for (let index = 0; index < count; index += 1) {
    const item = items[index] as T;
    const value = valueOf(item, index);
    if (value === null) continue;
    values[index] = value;
    present[index] = 1;
    const group = groupOf(item);
    const list = members.get(group);
    if (list === undefined) members.set(group, [index]);
    else list.push(index);
  }
  const ranks = new Int32Array(count);
  const tieSizes = new Int32Array(count);
  const outOf = new Int32Array(count);
  for (const list of members.values()) {
    list.sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0));
    let start = 0;
    while (start < list.length) {
      const value = values[list[start] ?? 0];
      let end = start + 1;
      while (end < list.length && values[list[end] ?? 0] === value) end += 1;
      for (let position = start; position < end; position += 1) {
        const index = list[position] ?? 0;
        ranks[index] = start + 1;
        tieSizes[index] = end - start;
        outOf[index] = list.length;
      }
      start = end;
    }
  }
  return items.map((item, index) => ({
    key: keyOf(item),
    item,
    group: groupOf(item),
    value: present[index] === 1 ? (values[index] ?? 0) : null,
    rank: present[index] === 1 ? (ranks[index] ?? null) : null,
    tieSize: tieSizes[index] ?? 0,
    outOf: outOf[index] ?? 0,
  }));
}

function unitCode(index: number): string {
  return `U${String(index).padStart(5, '0')}`;
}

function groupCode(random: Random): string {
  return `G${String(randomInt(random, GROUPS)).padStart(3, '0')}`;
}

interface ScoredUnit<V> {
  readonly code: string;
  readonly group: string;
  readonly value: V | null;
}

interface GroupData {
  readonly plain: readonly ScoredUnit<number>[];
  readonly exact: readonly ScoredUnit<Decimal>[];
}

function groupData(context: BenchmarkContext): GroupData {
  const count = scaled(10_000, context, 100);
  const random = createRandom(15_003);
  const plain: ScoredUnit<number>[] = Array.from({ length: count }, (_, index) => ({
    code: unitCode(index),
    group: groupCode(random),
    value: random() < 0.01 ? null : randomInt(random, 1000) / 10,
  }));
  const exact = plain.map((unit) => ({ ...unit, value: unit.value === null ? null : toDecimal(unit.value) }));
  return { plain, exact };
}

/** The options of both group rankings: each unit's value, the largest first, ties sharing the better place. */
function groupOptions<V extends DecimalInput>() {
  return {
    key: (unit: ScoredUnit<V>) => unit.code,
    group: (unit: ScoredUnit<V>) => unit.group,
    value: (unit: ScoredUnit<V>) => unit.value,
    direction: 'descending',
    ties: 'standard',
    missing: 'unranked',
  } as const;
}

function rankExact(units: readonly ScoredUnit<Decimal>[]) {
  return rankWithinGroups(units, groupOptions<Decimal>());
}

function rankPlain(units: readonly ScoredUnit<number>[]) {
  return plainRankWithinGroups(
    units,
    (unit) => unit.code,
    (unit) => unit.group,
    (unit) => unit.value,
  );
}

function describeData(data: GroupData): string {
  const groups = new Set(data.plain.map((unit) => unit.group)).size;
  const values = new Set(data.plain.map((unit) => unit.value)).size;
  return `${String(data.plain.length)} units (${String(new Set(data.plain.map((unit) => unit.code)).size)} distinct) in ${String(groups)} groups, ${String(values)} distinct values`;
}

async function runGroups(context: BenchmarkContext): Promise<BenchRow> {
  const data = groupData(context);
  const libraryRanks = rankExact(data.exact).map((result) => result.rank);
  const plainRanks = rankPlain(data.plain).map((result) => result.rank);
  return compare({
    name: 'rank-groups',
    goal: { kind: 'ratio', atMost: 2 },
    baseline: 'plain sort of each group',
    library: () => rankExact(data.exact),
    against: () => rankPlain(data.plain),
    rounds: context.rounds ?? 21,
    scale: context.scale,
    notes: [describeData(data), agreement('ranks', libraryRanks, plainRanks)],
  });
}

async function runGroupsAgainstPandas(context: BenchmarkContext): Promise<BenchRow | Skipped> {
  const found = findPandas();
  if ('missing' in found) return { skipped: found.missing };
  const data = groupData(context);
  // pandas is given the numbers and returns ranks: so is the library, through its batch form.
  const numberOptions = groupOptions<number>();
  const rankNumbers = () => rankWithinGroupsBatch(data.plain, numberOptions).ranks();
  const batchRanks = rankNumbers();
  const recordRanks = rankExact(data.exact).map((result) => result.rank);
  if (JSON.stringify(batchRanks) !== JSON.stringify(recordRanks)) throw new Error('rankWithinGroupsBatch on numbers ranks differently from rankWithinGroups on their Decimals');
  const libraryRanks = batchRanks.flatMap((rank) => (rank === null ? [] : [rank]));
  const worker = await startPandas(found.python, 'rank-groups', {
    groups: data.plain.map((unit) => unit.group),
    values: data.plain.map((unit) => unit.value),
  });
  try {
    const expected = { ranked: libraryRanks.length, rank_sum: libraryRanks.reduce((sum, rank) => sum + rank, 0) };
    if (JSON.stringify(worker.check) !== JSON.stringify(expected)) {
      throw new Error(`pandas ranks differently from the library: ${JSON.stringify(worker.check)} against ${JSON.stringify(expected)}`);
    }
    return await compare({
      name: 'rank-groups-pandas',
      goal: { kind: 'ratio', atMost: 1, strict: true },
      baseline: `pandas ${worker.version} groupby().rank('min')`,
      library: rankNumbers,
      against: { external: worker.run },
      rounds: context.rounds ?? 21,
      scale: context.scale,
      notes: [
        describeData(data),
        `pandas via ${found.python}; its time is measured inside python around the ranking alone`,
        'both are given the numbers and return the ranks: the library through rankWithinGroupsBatch(...).ranks(), each number read exactly as its shortest decimal',
        `pandas ranks the same: ${String(expected.ranked)} ranked, rank sum ${String(expected.rank_sum)}`,
      ],
    });
  } finally {
    worker.close();
  }
}

interface IndicatorBounds {
  readonly worst: number;
  readonly best: number;
  readonly weight: number;
}

interface CompositeUnit<V> {
  readonly code: string;
  readonly group: string;
  readonly values: readonly (V | null)[];
}

function compositeData(context: BenchmarkContext) {
  const count = scaled(10_000, context, 100);
  const random = createRandom(15_004);
  const indicators: IndicatorBounds[] = Array.from({ length: INDICATORS }, (_, index) => {
    const low = randomInt(random, 51);
    const high = low + 50 + randomInt(random, 101);
    // Every other indicator is lower-is-better: its best value is its low bound.
    return index % 2 === 0 ? { worst: low, best: high, weight: 1 + (index % 3) } : { worst: high, best: low, weight: 1 + (index % 3) };
  });
  const plain: CompositeUnit<number>[] = Array.from({ length: count }, (_, index) => ({
    code: unitCode(index),
    group: groupCode(random),
    values: indicators.map((indicator) => {
      if (random() < 0.01) return null;
      // Values run 10 beyond each bound, so that clamping happens.
      const low = Math.min(indicator.worst, indicator.best) - 10;
      const span = Math.abs(indicator.best - indicator.worst) + 20;
      return Math.round((low + random() * span) * 10) / 10;
    }),
  }));
  const exact: CompositeUnit<Decimal>[] = plain.map((unit) => ({
    ...unit,
    values: unit.values.map((value) => (value === null ? null : toDecimal(value))),
  }));
  return { indicators, plain, exact };
}

const MAX_MISSING_SHARE = 0.2;

function plainComposites(units: readonly CompositeUnit<number>[], indicators: readonly IndicatorBounds[]): Float64Array {
  const scores = new Float64Array(units.length);
  units.forEach((unit, row) => {
    let sum = 0;
    let total = 0;
    let missing = 0;
    for (let index = 0; index < indicators.length; index += 1) {
      const value = unit.values[index] ?? null;
      const indicator = indicators[index] ?? { worst: 0, best: 1, weight: 0 };
      if (value === null) {
        missing += 1;
        continue;
      }
      sum += Math.min(1, Math.max(0, (value - indicator.worst) / (indicator.best - indicator.worst))) * indicator.weight;
      total += indicator.weight;
    }
    scores[row] = missing / indicators.length > MAX_MISSING_SHARE || total === 0 ? Number.NaN : sum / total;
  });
  return scores;
}

/** What a composite row gives the library: its values as numbers (the baseline's own objects) or as Decimals, and what it returns. */
type CompositeRun = 'ranks' | 'ranks-decimals' | 'scores';

function compositeOptions<V extends DecimalInput>(indicators: readonly IndicatorBounds[]) {
  const components = indicators.map((indicator, index) => ({
    key: `i${String(index)}`,
    value: (unit: CompositeUnit<V>) => unit.values[index] ?? null,
    worst: toDecimal(indicator.worst),
    best: toDecimal(indicator.best),
    weight: toDecimal(indicator.weight),
  }));
  return {
    key: (unit: CompositeUnit<V>) => unit.code,
    group: (unit: CompositeUnit<V>) => unit.group,
    components,
    maxMissingShare: toDecimal(MAX_MISSING_SHARE),
    ties: 'standard',
    missing: 'unranked',
  } as const;
}

async function runComposite(context: BenchmarkContext, run: CompositeRun): Promise<BenchRow> {
  const { indicators, plain, exact } = compositeData(context);
  const numberOptions = compositeOptions<number>(indicators);
  const decimalOptions = compositeOptions<Decimal>(indicators);
  // What a user gets: the ranks of every unit (the batch), or every record with its score.
  const runLibrary =
    run === 'ranks'
      ? () => rankByCompositeBatch(plain, numberOptions).ranks()
      : run === 'ranks-decimals'
        ? () => rankByCompositeBatch(exact, decimalOptions).ranks()
        : () => rankByComposite(plain, numberOptions);
  const runPlain = () => {
    const scores = plainComposites(plain, indicators);
    return plainRankWithinGroups(
      plain,
      (unit) => unit.code,
      (unit) => unit.group,
      (_, index) => {
        const score = scores[index] ?? Number.NaN;
        return Number.isNaN(score) ? null : score;
      },
    );
  };
  const libraryRanks = rankByCompositeBatch(plain, numberOptions).ranks();
  const recordRanks = rankByComposite(exact, decimalOptions).map((result) => result.rank);
  if (JSON.stringify(libraryRanks) !== JSON.stringify(recordRanks)) throw new Error('rankByCompositeBatch on numbers ranks differently from rankByComposite on their Decimals');
  if (JSON.stringify(rankByCompositeBatch(exact, decimalOptions).ranks()) !== JSON.stringify(libraryRanks)) {
    throw new Error('rankByCompositeBatch ranks the Decimals differently from the numbers they were made from');
  }
  const plainRanks = runPlain().map((result) => result.rank);
  const returns = {
    ranks: 'the library reads the numbers the baseline reads (as JSON gives them: each one exactly, as its shortest decimal) and returns the ranks of every unit (rankByCompositeBatch(...).ranks()); its exact scores are computed only when read (score(i), one BigInt division each), while the baseline computes its float scores',
    'ranks-decimals': 'the same ranking, the values given as 100,000 Decimal objects (made once, outside the timing) instead of numbers: the price of reading a Decimal object per value',
    scores: 'the library reads the same numbers and returns every record with its exact 40-digit score (rankByComposite)',
  } as const;
  return compare({
    name: run === 'ranks' ? 'rank-composite' : run === 'ranks-decimals' ? 'rank-composite-decimals' : 'rank-composite-scores',
    goal: run === 'ranks' ? { kind: 'ratio', atMost: 3 } : { kind: 'none' },
    baseline: 'the same pipeline on plain numbers',
    library: runLibrary,
    against: runPlain,
    rounds: context.rounds ?? 11,
    scale: context.scale,
    notes: [
      `${String(plain.length)} units, ${String(INDICATORS)} indicators, ${String(new Set(plain.map((unit) => unit.group)).size)} groups`,
      returns[run],
      // Float composites can split or join a tie that the exact composites do not.
      agreement('ranks', libraryRanks, plainRanks, 0.01),
    ],
  });
}

/** The benchmarks of this file. */
export const benchmarks: readonly Benchmark[] = [
  { name: 'rank-groups', title: 'rank 10,000 units within 700 groups (rankWithinGroups) against a plain sort', run: runGroups },
  { name: 'rank-groups-pandas', title: "the same against pandas groupby().rank('min')", run: runGroupsAgainstPandas },
  { name: 'rank-composite', title: 'ranks from rankByCompositeBatch over 10 indicators against a plain pipeline', run: (context) => runComposite(context, 'ranks') },
  { name: 'rank-composite-decimals', title: 'the same ranking with the values given as Decimals', run: (context) => runComposite(context, 'ranks-decimals') },
  { name: 'rank-composite-scores', title: 'rankByComposite (every record with its score) against the same pipeline', run: (context) => runComposite(context, 'scores') },
];
