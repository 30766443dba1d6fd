/**
 * Ranking benchmark: 10,000 units in 700 groups (emulation clusters), each with 10 indicators, ranked
 * within their group on a composite (min-max normalised, weighted arithmetic mean, at most 20% of
 * components missing). The library runs on exact Decimals; the baseline runs the same algorithm on
 * plain numbers in the same process.
 *
 * Three cases: (1) ranking on composites computed beforehand, the ranking step itself; (2) the whole
 * pipeline step by step (normalizeMinMax, compositeScore, rankWithinGroups); (3) the same pipeline
 * in one exact batch (rankByComposite).
 */
import { report, timeCase } from './harness.js';
import { type Decimal, compositeScore, normalizeMinMax, rankByComposite, rankWithinGroups, toDecimal } from '../src/index.js';

const unitCount = 10_000;
const groupCount = 700;
const indicatorCount = 10;

// A small deterministic generator, so every run ranks the same data.
let seed = 20240103;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}

interface Indicator {
  readonly worst: number;
  readonly best: number;
  readonly weight: number;
}
const indicators: Indicator[] = Array.from({ length: indicatorCount }, (_, index) => {
  const low = Math.round(random() * 50);
  const high = low + 50 + Math.round(random() * 100);
  // Every other indicator is lower-is-better: its best value is its low bound.
  return index % 2 === 0 ? { worst: low, best: high, weight: 1 + (index % 3) } : { worst: high, best: low, weight: 1 + (index % 3) };
});

interface PlainUnit {
  readonly code: string;
  readonly group: string;
  readonly values: readonly (number | null)[];
}
const plainUnits: PlainUnit[] = Array.from({ length: unitCount }, (_, index) => ({
  code: `U${String(index).padStart(5, '0')}`,
  group: `G${String(Math.floor(random() * groupCount)).padStart(3, '0')}`,
  values: indicators.map((indicator) =>
    random() < 0.01 ? null : Math.round((Math.min(indicator.worst, indicator.best) - 10 + random() * (Math.abs(indicator.best - indicator.worst) + 20)) * 10) / 10,
  ),
}));

// The library's input: the same values as Decimals, parsed once as a data loader would.
interface DecimalUnit {
  readonly code: string;
  readonly group: string;
  readonly values: readonly (Decimal | null)[];
}
const decimalUnits: DecimalUnit[] = plainUnits.map((unit) => ({
  code: unit.code,
  group: unit.group,
  values: unit.values.map((value) => (value === null ? null : toDecimal(value))),
}));
const decimalBounds = indicators.map((indicator) => ({ worst: toDecimal(indicator.worst), best: toDecimal(indicator.best) }));
const decimalWeights = indicators.map((indicator) => toDecimal(indicator.weight));
const keys = indicators.map((_, index) => `i${index}`);
const compositeOptions = { aggregation: 'arithmetic', maxMissingShare: toDecimal('0.2') } as const;

function libraryComposites(): (Decimal | null)[] {
  return decimalUnits.map(
    (unit) =>
      compositeScore(
        unit.values.map((value, index) => ({
          key: keys[index] ?? '',
          value: value === null ? null : normalizeMinMax(value, decimalBounds[index] ?? { worst: 0, best: 1 }),
          weight: decimalWeights[index] ?? 0,
        })),
        compositeOptions,
      ).score,
  );
}

function libraryRank(composites: readonly (Decimal | null)[]) {
  const scored = decimalUnits.map((unit, index) => ({ unit, score: composites[index] ?? null }));
  return rankWithinGroups(scored, {
    key: (entry) => entry.unit.code,
    group: (entry) => entry.unit.group,
    value: (entry) => entry.score,
    direction: 'descending',
    ties: 'standard',
    missing: 'unranked',
  });
}

// The baseline: the same algorithm on numbers.
function plainComposites(): (number | null)[] {
  return plainUnits.map((unit) => {
    let sum = 0;
    let total = 0;
    let missing = 0;
    unit.values.forEach((value, index) => {
      const indicator = indicators[index] ?? { worst: 0, best: 1, weight: 0 };
      if (value === null) {
        missing += 1;
        return;
      }
      const score = Math.min(1, Math.max(0, (value - indicator.worst) / (indicator.best - indicator.worst)));
      sum += score * indicator.weight;
      total += indicator.weight;
    });
    return missing / unit.values.length > 0.2 || total === 0 ? null : sum / total;
  });
}

interface PlainRanked {
  readonly key: string;
  readonly item: PlainUnit;
  readonly value: number | null;
  readonly group: string;
  rank: number | null;
  tieSize: number;
  outOf: number;
}

function plainRank(composites: readonly (number | null)[]): PlainRanked[] {
  const results: PlainRanked[] = plainUnits.map((unit, index) => ({
    key: unit.code,
    item: unit,
    value: composites[index] ?? null,
    group: unit.group,
    rank: null,
    tieSize: 0,
    outOf: 0,
  }));
  const groups = new Map<string, PlainRanked[]>();
  for (const result of results) {
    if (result.value === null) continue;
    const members = groups.get(result.group);
    if (members === undefined) groups.set(result.group, [result]);
    else members.push(result);
  }
  for (const members of groups.values()) {
    members.sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
    let start = 0;
    while (start < members.length) {
      let end = start + 1;
      while (end < members.length && members[end]?.value === members[start]?.value) end += 1;
      for (let position = start; position < end; position += 1) {
        const member = members[position];
        if (member === undefined) continue;
        member.rank = start + 1;
        member.tieSize = end - start;
        member.outOf = members.length;
      }
      start = end;
    }
  }
  return results;
}

const decimalComposites = libraryComposites();
const numberComposites = plainComposites();

// Both sides must agree before their times mean anything.
const libraryRanks = libraryRank(decimalComposites);
const plainRanks = plainRank(numberComposites);
const disagreements = libraryRanks.filter((result, index) => result.rank !== plainRanks[index]?.rank).length;

const rankOnly = timeCase('library: rank within groups', () => libraryRank(decimalComposites));
const rankOnlyBaseline = timeCase('baseline: rank within groups', () => plainRank(numberComposites));
report('rank 10,000 units within 700 groups on precomputed composites', rankOnly, rankOnlyBaseline, [
  `ranks that differ from the baseline's: ${disagreements} of ${unitCount}`,
]);

const pipeline = timeCase('library: normalise, aggregate and rank', () => libraryRank(libraryComposites()), 3);
const pipelineBaseline = timeCase('baseline: normalise, aggregate and rank', () => plainRank(plainComposites()), 3);
report('normalise 10 indicators, aggregate and rank 10,000 units within 700 groups', pipeline, pipelineBaseline, [
  'the library side is dominated by exact decimal division in the normalisation (100,000 values)',
]);

const batchComponents = indicators.map((_, index) => ({
  key: keys[index] ?? '',
  value: (unit: DecimalUnit) => unit.values[index] ?? null,
  worst: decimalBounds[index]?.worst ?? 0,
  best: decimalBounds[index]?.best ?? 1,
  weight: decimalWeights[index] ?? 0,
}));
function libraryBatch() {
  return rankByComposite(decimalUnits, {
    key: (unit) => unit.code,
    group: (unit) => unit.group,
    components: batchComponents,
    maxMissingShare: compositeOptions.maxMissingShare,
    ties: 'standard',
    missing: 'unranked',
  });
}
const batchRanks = libraryBatch();
const batchDisagreements = batchRanks.filter((result, index) => result.rank !== libraryRanks[index]?.rank).length;
const batch = timeCase('library: rankByComposite', libraryBatch, 5);
const batchBaseline = timeCase('baseline: normalise, aggregate and rank', () => plainRank(plainComposites()), 5);
report('the same pipeline in one exact batch (rankByComposite)', batch, batchBaseline, [
  `ranks that differ from the step-by-step pipeline's: ${batchDisagreements} of ${unitCount}`,
]);
