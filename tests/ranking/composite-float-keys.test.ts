import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompositeRankOptions, Decimal, type RankDirection, rankByComposite, rankByCompositeBatch } from '../../src/index.js';

/*
 * rankByComposite and rankByCompositeBatch order composites of short values on doubles with an error
 * bound, and leave to the exact fractions only the pairs too close for the bound to tell apart. These
 * tests pin the ranks where the doubles and the exact fractions could part: exact ties reached
 * through values whose doubles differ, sums whose doubles err by far more than a composite's size, a
 * bound beyond 2^53 that a double cannot hold, and composites too large for any double.
 */

interface Row {
  readonly code: string;
  readonly group: string;
  readonly values: readonly (string | null)[];
}

interface Indicator {
  readonly worst: string;
  readonly best: string;
  readonly weight: string;
  readonly clamp: boolean;
}

/** Both functions, each giving every item's rank and tie size. */
const both = [
  {
    name: 'rankByComposite',
    ranks: <T>(items: readonly T[], options: CompositeRankOptions<T>) => rankByComposite(items, options).map((result) => [result.rank, result.tieSize]),
  },
  {
    name: 'rankByCompositeBatch',
    ranks: <T>(items: readonly T[], options: CompositeRankOptions<T>) => {
      const batch = rankByCompositeBatch(items, options);
      return items.map((_, index) => [batch.rank(index), batch.tieSize(index)]);
    },
  },
] as const;

function optionsOf(indicators: readonly Indicator[], extra: Partial<CompositeRankOptions<Row>> = {}): CompositeRankOptions<Row> {
  return {
    key: (row) => row.code,
    components: indicators.map((indicator, index) => ({
      key: `c${String(index)}`,
      value: (row: Row) => row.values[index] ?? null,
      worst: indicator.worst,
      best: indicator.best,
      weight: indicator.weight,
      clamp: indicator.clamp,
    })),
    maxMissingShare: 0,
    ties: 'standard',
    missing: 'last',
    ...extra,
  };
}

/** A decimal text as an exact fraction of whole numbers, the denominator a power of ten. */
function fractionOf(text: string): { numerator: bigint; denominator: bigint } {
  const [whole = '0', part = ''] = text.replace('-', '').split('.');
  const magnitude = BigInt(`${whole}${part}`);
  return { numerator: text.startsWith('-') ? -magnitude : magnitude, denominator: 10n ** BigInt(part.length) };
}

/**
 * The composite of a row by definition, as an exact fraction: Σ wᵢ nᵢ / Σ wᵢ over every component, each
 * nᵢ = (x − worst) / (best − worst) clamped to 0–1 when asked. Every value is present in these rows.
 */
function exactComposite(row: Row, indicators: readonly Indicator[]): { numerator: bigint; denominator: bigint } {
  let numerator = 0n;
  let denominator = 1n;
  let weights = 0n;
  let weightDenominator = 1n;
  indicators.forEach((indicator, index) => {
    const value = fractionOf(row.values[index] ?? '0');
    const worst = fractionOf(indicator.worst);
    const best = fractionOf(indicator.best);
    const weight = fractionOf(indicator.weight);
    // (x − worst) / (best − worst), each over the product of the three powers of ten.
    const scale = value.denominator * worst.denominator * best.denominator;
    const offset = (value.numerator * scale) / value.denominator - (worst.numerator * scale) / worst.denominator;
    const span = (best.numerator * scale) / best.denominator - (worst.numerator * scale) / worst.denominator;
    let top = span < 0n ? -offset : offset;
    let bottom = span < 0n ? -span : span;
    if (indicator.clamp && top < 0n) top = 0n;
    if (indicator.clamp && top > bottom) [top, bottom] = [1n, 1n];
    numerator = numerator * bottom * weight.denominator + top * weight.numerator * denominator;
    denominator = denominator * bottom * weight.denominator;
    weights = weights * weight.denominator + weight.numerator * weightDenominator;
    weightDenominator *= weight.denominator;
  });
  return { numerator: numerator * weightDenominator, denominator: denominator * weights };
}

/** Standard competition ranks and tie sizes of exact fractions within each group. */
function referenceRanks(rows: readonly Row[], indicators: readonly Indicator[], grouped: boolean, direction: RankDirection): number[][] {
  const composites = rows.map((row) => exactComposite(row, indicators));
  const order = (a: number, b: number): number => {
    const first = composites[a] ?? { numerator: 0n, denominator: 1n };
    const second = composites[b] ?? { numerator: 0n, denominator: 1n };
    const left = first.numerator * second.denominator;
    const right = second.numerator * first.denominator;
    const ascending = left === right ? 0 : left < right ? -1 : 1;
    return direction === 'descending' ? -ascending : ascending;
  };
  return rows.map((row, index) => {
    const peers = rows.map((_, other) => other).filter((other) => !grouped || rows[other]?.group === row.group);
    return [1 + peers.filter((other) => order(other, index) < 0).length, peers.filter((other) => order(other, index) === 0).length];
  });
}

/**
 * Random rankings of short values only (tenths of a span from half a span below the worst bound to
 * half a span beyond the best), which every row orders on doubles: many composites tie exactly
 * through different values (0.1 + 0.7 against 0.2 + 0.6), and unclamped ones sum terms of both signs.
 */
const shortCases = fc
  .record({
    indicators: fc.array(
      fc.record({
        worst: fc.constantFrom('-5', '0', '2.5', '10'),
        span: fc.constantFrom('1', '-1', '3', '-4', '0.5', '12.5', '7'),
        weight: fc.constantFrom('1', '2', '3', '0.5', '0'),
        clamp: fc.boolean(),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    grouped: fc.boolean(),
    direction: fc.constantFrom<RankDirection>('descending', 'ascending'),
  })
  .filter((drawn) => drawn.indicators.some((indicator) => indicator.weight !== '0'))
  .chain((drawn) => {
    const indicators: Indicator[] = drawn.indicators.map((indicator) => {
      const [worst, span] = [fractionOf(indicator.worst), fractionOf(indicator.span)];
      // Both as tenths (every worst and span here has at most one decimal).
      const best = (worst.numerator * 10n) / worst.denominator + (span.numerator * 10n) / span.denominator;
      return { worst: indicator.worst, best: tenths(best), weight: indicator.weight, clamp: indicator.clamp };
    });
    const value = (indicator: Indicator) =>
      fc.integer({ min: -5, max: 15 }).map((level) => {
        const worst = (fractionOf(indicator.worst).numerator * 100n) / fractionOf(indicator.worst).denominator;
        const best = (fractionOf(indicator.best).numerator * 100n) / fractionOf(indicator.best).denominator;
        // worst + level / 10 × span, in hundredths.
        return hundredths(worst + ((best - worst) * BigInt(level)) / 10n);
      });
    const row = fc.record({ group: fc.constantFrom('A', 'B'), values: fc.tuple(...indicators.map(value)) });
    return fc.array(row, { minLength: 2, maxLength: 12 }).map((rows) => ({
      ...drawn,
      indicators,
      rows: rows.map((drawnRow, index) => ({ code: `r${String(index)}`, group: drawnRow.group, values: drawnRow.values })),
    }));
  });

function tenths(value: bigint): string {
  const negative = value < 0n;
  const size = negative ? -value : value;
  return `${negative ? '-' : ''}${String(size / 10n)}.${String(size % 10n)}`;
}

function hundredths(value: bigint): string {
  const negative = value < 0n;
  const size = negative ? -value : value;
  return `${negative ? '-' : ''}${String(size / 100n)}.${String(size % 100n).padStart(2, '0')}`;
}

describe.each(both)('$name: composites of short values ordered on doubles', ({ ranks }) => {
  it('gives the ranks and tie sizes of the exact composites, on random short values full of near ties', () => {
    fc.assert(
      fc.property(shortCases, ({ indicators, rows, grouped, direction }) => {
        const options = optionsOf(indicators, { direction, ...(grouped ? { group: (row: Row) => row.group } : {}) });
        expect(ranks(rows, options)).toEqual(referenceRanks(rows, indicators, grouped, direction));
      }),
      { numRuns: 150 },
    );
  });

  it('ties a composite whose double sum errs by a thousand times its own error bound with one that errs little', () => {
    // Unclamped, 100 + (−99.2) is 0.7999999999999972 in doubles and 0.2 + 0.6 is 0.8: both composites are
    // exactly 0.4. The first sum's terms are large, so its error bound is wide; the second's is narrow,
    // narrower than the gap between the two doubles.
    const indicators: Indicator[] = [0, 1].map(() => ({ worst: '0', best: '1', weight: '1', clamp: false }));
    const rows: Row[] = [
      { code: 'wide', group: '', values: ['100', '-99.2'] },
      { code: 'narrow', group: '', values: ['0.2', '0.6'] },
      { code: 'wide-reversed', group: '', values: ['-99.2', '100'] },
      { code: 'above', group: '', values: ['0.3', '0.6'] },
      { code: 'narrow-reversed', group: '', values: ['0.6', '0.2'] },
      { code: 'below', group: '', values: ['0.1', '0.6'] },
    ];
    expect(100 + -99.2).not.toBe(0.2 + 0.6);
    // In both input orders, so that each of the two is compared first with the other.
    for (const direction of ['descending', 'ascending'] as const) {
      const expected = direction === 'descending' ? [[2, 4], [2, 4], [2, 4], [1, 1], [2, 4], [6, 1]] : [[2, 4], [2, 4], [2, 4], [6, 1], [2, 4], [1, 1]];
      expect(ranks(rows, optionsOf(indicators, { direction }))).toEqual(expected);
      expect(ranks([...rows].reverse(), optionsOf(indicators, { direction }))).toEqual([...expected].reverse());
    }
  });

  it('ties equal composites beyond the span whose doubles, from exact fractions, differ in the last bit', () => {
    // A value of 1e-20 puts every value at that power of ten, beyond safe integers: each composite's
    // double is its exact fraction divided in doubles. 50.74 alone (weight 1) and 50.74 twice (weights
    // 1 and 2) are both 50.74; their fractions, x / D and 3x / 3D, give doubles one bit apart.
    const indicators: Indicator[] = [
      { worst: '0', best: '1', weight: '1', clamp: false },
      { worst: '0', best: '1', weight: '2', clamp: false },
    ];
    const rows: Row[] = [
      { code: 'one', group: '', values: ['50.74', null] },
      { code: 'two', group: '', values: ['50.74', '50.74'] },
      { code: 'tiny', group: '', values: ['0.00000000000000000001', '0.00000000000000000001'] },
      { code: 'above', group: '', values: ['50.75', null] },
    ];
    expect(Number(5074n * 10n ** 18n) / 1e20).not.toBe(Number(3n * 5074n * 10n ** 18n) / Number(3n * 10n ** 20n));
    const options = optionsOf(indicators, { maxMissingShare: '0.5' });
    expect(ranks(rows, options)).toEqual([[2, 2], [2, 2], [4, 1], [1, 1]]);
    expect(ranks([...rows].reverse(), options)).toEqual([[1, 1], [4, 1], [2, 2], [2, 2]]);
  });

  it('orders on exact fractions a composite whose fraction no double can hold, before or after items without one', () => {
    // Spans of 10^100 − 1, − 3, − 7 and − 9 units of 1e-100, pairwise coprime: their common denominator
    // is about 10^400, beyond a double, so no composite has a double to be ordered on.
    const indicators: Indicator[] = ['1', '3', '7', '9'].map((digit) => ({ worst: `${digit}e-100`, best: '1', weight: '1', clamp: true }));
    const rows: Row[] = [
      { code: 'high', group: '', values: ['0.9', '0.9', '0.9', '0.9'] },
      { code: 'none', group: '', values: ['0.5', null, null, '0.5'] },
      { code: 'low', group: '', values: ['0.1', '0.1', '0.1', '0.2'] },
    ];
    const expected = {
      'first descending': [[2, 1], [1, 1], [3, 1]],
      'first ascending': [[3, 1], [1, 1], [2, 1]],
      'last descending': [[1, 1], [3, 1], [2, 1]],
      'last ascending': [[2, 1], [3, 1], [1, 1]],
    };
    for (const missing of ['first', 'last'] as const) {
      for (const direction of ['descending', 'ascending'] as const) {
        const options = optionsOf(indicators, { maxMissingShare: '0.25', missing, direction });
        expect([missing, direction, ranks(rows, options)]).toEqual([missing, direction, expected[`${missing} ${direction}`]]);
      }
    }
    // Each score is the fraction rounded once: 0.9 − (0.1 × d) × 1e-100 averaged is 0.9 to 40 digits.
    const options = optionsOf(indicators, { maxMissingShare: '0.25' });
    expect(rankByComposite(rows, options).map((result) => result.score?.toString() ?? null)).toEqual(['0.9', null, '0.125']);
    const batch = rankByCompositeBatch(rows, options);
    expect(rows.map((_, index) => batch.score(index)?.toString() ?? null)).toEqual(['0.9', null, '0.125']);
  });

  it('orders composites so small that their doubles, from exact fractions, are all 0', () => {
    // The spans of the test above give a common denominator of about 10^400, beyond a double; a value
    // one or two units of 1e-100 above its worst bound gives a numerator of about 10^300, which a double
    // holds, so every composite's double is 0 (numerator / infinity) with an error bound of 0. They are
    // still ordered on their fractions: 2 units over the span 10^100 − 1, 1 unit over 10^100 − 3,
    // 1 unit over 10^100 − 1 (twice, a tie), and nothing over the worst bounds.
    const indicators: Indicator[] = ['1', '3', '7', '9'].map((digit) => ({ worst: `${digit}e-100`, best: '1', weight: '1', clamp: true }));
    const rows: Row[] = [
      { code: 'one-unit', group: '', values: ['2e-100', '3e-100', '7e-100', '9e-100'] },
      { code: 'at-worst', group: '', values: ['1e-100', '3e-100', '7e-100', '9e-100'] },
      { code: 'one-unit-narrower', group: '', values: ['1e-100', '4e-100', '7e-100', '9e-100'] },
      { code: 'two-units', group: '', values: ['3e-100', '3e-100', '7e-100', '9e-100'] },
      { code: 'one-unit-again', group: '', values: ['2e-100', '3e-100', '7e-100', '9e-100'] },
    ];
    for (const direction of ['descending', 'ascending'] as const) {
      const options = optionsOf(indicators, { direction });
      const expected = direction === 'descending' ? [[3, 2], [5, 1], [2, 1], [1, 1], [3, 2]] : [[2, 2], [1, 1], [4, 1], [5, 1], [2, 2]];
      expect([direction, ranks(rows, options)]).toEqual([direction, expected]);
      expect([direction, ranks([...rows].reverse(), options)]).toEqual([direction, [...expected].reverse()]);
    }
    // Rounded to 40 digits, three of the four scores are the same: the ranks are those of the fractions.
    const options = optionsOf(indicators);
    const batch = rankByCompositeBatch(rows, options);
    const scores = ['2.5e-101', '0', '2.5e-101', '5e-101', '2.5e-101'];
    expect(rankByComposite(rows, options).map((result) => result.score?.toString())).toEqual(scores);
    expect(rows.map((_, index) => batch.score(index)?.toString())).toEqual(scores);
  });

  it('reads a bound beyond 2^53 exactly, where a double would be off by one', () => {
    // 9007199254740993 is 2^53 + 1; as a double it is 2^53. The first component's values are short (two
    // words of seven digits), the second's (weight 0) is long for one row only, so the rows are ordered
    // both on doubles and exactly: 'short' and 'long' are equal, (2^53 + 1 − 9007199200000000) / 254740993.
    const indicators: Indicator[] = [
      { worst: '9007199254740993', best: '9007199000000000', weight: '1', clamp: true },
      { worst: '0', best: '1', weight: '0', clamp: true },
    ];
    const rows: Row[] = [
      { code: 'short', group: '', values: ['9007199200000000', null] },
      { code: 'long', group: '', values: ['9007199200000000', '0.1000000000000001'] },
      { code: 'next', group: '', values: ['9007199100000000', null] },
    ];
    expect(Number('9007199254740993')).toBe(2 ** 53);
    const options = optionsOf(indicators, { maxMissingShare: '0.5' });
    expect(ranks(rows, options)).toEqual([[2, 2], [2, 2], [1, 1]]);
    expect(rankByComposite(rows, options).map((result) => result.score?.toString())).toEqual([
      new Decimal(54740993).div(254740993).toString(),
      new Decimal(54740993).div(254740993).toString(),
      new Decimal(154740993).div(254740993).toString(),
    ]);
  });
});

describe('rankByComposite and rankByCompositeBatch: a score rounded up through nines', () => {
  it('carries into the first digit when every kept digit after it is a nine', () => {
    const indicators: Indicator[] = [{ worst: '0', best: '1', weight: '1', clamp: true }];
    const rows: Row[] = [
      { code: 'carry', group: '', values: ['0.19999999999999999999999999999999999999995'] },
      { code: 'keep', group: '', values: ['0.19999999999999999999999999999999999999994'] },
    ];
    const options = optionsOf(indicators);
    const batch = rankByCompositeBatch(rows, options);
    for (const scores of [rankByComposite(rows, options).map((result) => result.score?.toString()), rows.map((_, index) => batch.score(index)?.toString())]) {
      expect(scores).toEqual(['0.2', '0.1999999999999999999999999999999999999999']);
    }
  });
});

/**
 * Rankings whose spans and weights put the blocks of rankByComposite on both sides of their limit
 * (2^40 for the least common multiple of a block's spans times its weights): spans that are primes
 * or 2^20, weights up to 2^20 + 1, and whole values from half a span below the worst bound to half a
 * span beyond the best, so that each term is summed in its block's doubles, starts a new block, or
 * (a product or sum beyond 2^53) goes the BigInt way.
 */
const blockCases = fc
  .record({
    indicators: fc.array(
      fc.record({
        worst: fc.constantFrom(0n, -37n, 250n),
        span: fc.constantFrom(1021n, 4093n, 8191n, 16381n, 65521n, 999983n, 1048576n),
        lowerIsBetter: fc.boolean(),
        weight: fc.constantFrom('1', '7', '1000', '1048575', '1048576', '1048577'),
        clamp: fc.boolean(),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    direction: fc.constantFrom<RankDirection>('descending', 'ascending'),
  })
  .chain((drawn) => {
    const spans = drawn.indicators.map((indicator) => (indicator.lowerIsBetter ? -indicator.span : indicator.span));
    const indicators: Indicator[] = drawn.indicators.map((indicator, index) => ({
      worst: String(indicator.worst),
      best: String(indicator.worst + (spans[index] ?? 1n)),
      weight: indicator.weight,
      clamp: indicator.clamp,
    }));
    const values = fc.tuple(
      ...drawn.indicators.map((indicator, index) =>
        fc.integer({ min: -5, max: 15 }).map((level) => String(indicator.worst + ((spans[index] ?? 1n) * BigInt(level)) / 10n)),
      ),
    );
    return fc.array(values, { minLength: 1, maxLength: 8 }).map((drawnRows) => ({
      indicators,
      direction: drawn.direction,
      rows: drawnRows.map((row, index): Row => ({ code: `r${String(index)}`, group: '', values: row })),
    }));
  });

describe('rankByComposite: whole-number terms summed in blocks of components, around the block limit', () => {
  it('gives the exact fraction rounded once and the exact ranks, as the batch (which has no blocks) does', () => {
    fc.assert(
      fc.property(blockCases, ({ indicators, rows, direction }) => {
        const options = optionsOf(indicators, { direction });
        const expected = rows.map((row) => {
          const { numerator, denominator } = exactComposite(row, indicators);
          return new Decimal(String(numerator)).div(String(denominator)).toString();
        });
        const results = rankByComposite(rows, options);
        expect(results.map((result) => result.score?.toString())).toEqual(expected);
        expect(results.map((result) => [result.rank, result.tieSize])).toEqual(referenceRanks(rows, indicators, false, direction));
        const batch = rankByCompositeBatch(rows, options);
        expect(rows.map((_, index) => batch.score(index)?.toString())).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
