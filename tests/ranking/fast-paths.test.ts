/*
 * The batch paths of ranking (double sort keys with an exact fallback, composites kept as exact
 * fractions and rounded once) against definitions written step by step: every rank counted from the
 * exact comparison of each pair of items, every composite an exact fraction of BigInts, every score
 * one decimal.js division of that fraction. Every field of every result is compared.
 */
import fc from 'fast-check';
import { Decimal as ForeignDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  type MissingRule,
  type RankDirection,
  type TieMethod,
  percentileRank,
  rank,
  rankByComposite,
  rankWithinGroups,
  tieMethods,
  toDecimal,
} from '../../src/index.js';
import { isOwnDecimalInDomain, roundedDecimal } from '../../src/ranking/compare.js';
import { findDuplicates } from '../../src/ranking/rank.js';

type Raw = number | string | Decimal | null;

interface Unit {
  readonly id: string;
  readonly group: string;
  readonly score: Raw;
}

type TieBreakChoice = 'none' | 'input-order' | 'key' | 'reverse-key';

/** The exact order of two values in a ranking: negative when `a` ranks ahead of `b`. */
function ahead(a: Decimal | null, b: Decimal | null, direction: RankDirection, missing: MissingRule): number {
  if (a === null || b === null) {
    if (a === b) return 0;
    const missingSign = missing === 'first' ? -1 : 1;
    return a === null ? missingSign : -missingSign;
  }
  return (direction === 'descending' ? -1 : 1) * a.cmp(b);
}

interface Expected {
  readonly rank: number | null;
  readonly tieSize: number;
  readonly outOf: number;
  readonly distinct: number;
}

/**
 * Ranks by definition, counting for each member how many rank ahead of it and how many equal it;
 * `breakTie` orders equal members for ordinal ranks (input order after it).
 */
function referenceRanking(
  values: readonly (Decimal | null)[],
  ties: TieMethod,
  direction: RankDirection,
  missing: MissingRule,
  breakTie: (a: number, b: number) => number,
): Expected[] {
  const ranked = values.map((_, index) => index).filter((index) => !(missing === 'unranked' && values[index] === null));
  const unrankedCount = values.length - ranked.length;
  const order = (a: number, b: number) => ahead(values[a] ?? null, values[b] ?? null, direction, missing);
  const distinctValues: number[] = [];
  for (const index of ranked) if (!distinctValues.some((other) => order(other, index) === 0)) distinctValues.push(index);
  return values.map((_, index) => {
    if (!ranked.includes(index)) return { rank: null, tieSize: unrankedCount, outOf: ranked.length, distinct: 0 };
    const better = ranked.filter((other) => order(other, index) < 0).length;
    const equal = ranked.filter((other) => order(other, index) === 0);
    const placedBefore = equal.filter((other) => other !== index && (breakTie(other, index) || other - index) < 0).length;
    const denseBetter = distinctValues.filter((other) => order(other, index) < 0).length;
    const rankOf: Record<TieMethod, number> = {
      standard: better + 1,
      modified: better + equal.length,
      dense: denseBetter + 1,
      ordinal: better + placedBefore + 1,
      fractional: better + (equal.length + 1) / 2,
    };
    return { rank: rankOf[ties], tieSize: equal.length, outOf: ranked.length, distinct: distinctValues.length };
  });
}

/** A value as the tests hand it over: a number, a decimal string, or a Decimal of this or another copy. */
function shaped(text: string, drawnShape: number): Raw {
  // Beyond the data domain's exponents only a Decimal (a computed result) is accepted.
  const shape = Math.abs(new Decimal(text).e) > 100 ? drawnShape % 2 : drawnShape;
  if (shape === 0) return new Decimal(text);
  if (shape === 1) return new ForeignDecimal(text);
  // A number wherever the text is a number's own shortest form (1.5, -7.25, 7, 1e-25), as JSON would give it.
  if (shape === 2 && String(Number(text)) === text) return Number(text);
  return text;
}

/**
 * Values that keep the fast paths honest: short decimals that tie, the same value written several
 * ways, neighbours 1e-20 apart (equal as doubles), values of more than 21 digits (beyond a correctly
 * rounded key), exponents beyond 10^22 and beyond 10^280, zeros and negative zeros.
 */
const valueText: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: -30, max: 30 }).map((n) => String(n / 4)),
  fc.constantFrom('1.5', '1.50', '1.5000000', '15e-1', '0', '-0', '0.000', '7', '7.0000000000000000000000001', '6.9999999999999999999999999'),
  fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 9 })).map(([whole, last]) => `${String(whole)}.0000000000000000000${String(last)}`),
  fc.tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: -60, max: 30 })).map(([digits, exponent]) => `${digits.toString()}e${String(exponent)}`),
  fc.tuple(fc.integer({ min: -9, max: 9 }), fc.constantFrom(-300, -290, -25, -23, 22, 23, 290, 300)).map(([digit, exponent]) => `${String(digit)}e${String(exponent)}`),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 9_999_999 })).map(
    ([lead, middle, last]) => `${String(lead)}${String(middle).padStart(7, '0')}${String(last).padStart(7, '0')}.5`,
  ),
);

const unitsArbitrary: fc.Arbitrary<Unit[]> = fc
  .array(fc.tuple(fc.constantFrom('A', 'B', 'C'), fc.option(fc.tuple(valueText, fc.integer({ min: 0, max: 3 })), { freq: 6 })), { maxLength: 30 })
  .map((rows) => rows.map(([group, value], index) => ({ id: `u${String(index).padStart(2, '0')}`, group, score: value === null ? null : shaped(value[0], value[1]) })));

const options = {
  ties: fc.constantFrom(...tieMethods),
  direction: fc.constantFrom<RankDirection>('descending', 'ascending'),
  missing: fc.constantFrom<MissingRule>('last', 'first', 'unranked'),
  tieBreak: fc.constantFrom<TieBreakChoice>('none', 'input-order', 'key', 'reverse-key'),
};

function tieBreakOption<T>(choice: TieBreakChoice, ties: TieMethod, id: (item: T) => string) {
  if (ties !== 'ordinal' || choice === 'none') return {};
  if (choice === 'reverse-key') return { tieBreak: (a: T, b: T) => (id(a) < id(b) ? 1 : id(a) > id(b) ? -1 : 0) };
  return { tieBreak: choice };
}

function referenceTieBreak(units: readonly Unit[], choice: TieBreakChoice): (a: number, b: number) => number {
  const id = (index: number) => units[index]?.id ?? '';
  if (choice === 'key') return (a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);
  if (choice === 'reverse-key') return (a, b) => (id(a) < id(b) ? 1 : id(a) > id(b) ? -1 : 0);
  return () => 0;
}

describe('roundedDecimal and isOwnDecimalInDomain', () => {
  it('give the correctly rounded double (as Number reads the text) or NaN, never another double', () => {
    const decimal = fc.oneof(
      valueText.map((text) => new Decimal(text)),
      fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 22n }), fc.integer({ min: -30, max: 30 }), fc.boolean()).map(
        ([digits, exponent, negative]) => new Decimal(`${negative ? '-' : ''}${digits.toString()}e${String(exponent)}`),
      ),
    );
    let rounded = 0;
    fc.assert(
      fc.property(decimal, (value) => {
        const key = roundedDecimal(value);
        if (!Number.isNaN(key)) {
          rounded += 1;
          expect(key).toBe(Number(value.toString()) + 0);
        }
      }),
      { numRuns: 2000 },
    );
    // Many values have a correctly rounded key, so the check is not vacuous; the rest are left to the exact comparison.
    expect(rounded).toBeGreaterThan(400);
    expect([roundedDecimal(new Decimal('9007199254740993')), roundedDecimal(new Decimal('1e40')), roundedDecimal(new Decimal('123456789.123456789123456789'))]).toEqual([
      Number.NaN,
      Number.NaN,
      Number.NaN,
    ]);
    expect([roundedDecimal(new Decimal('9007199254740991')), roundedDecimal(new Decimal('-0.125')), roundedDecimal(new Decimal('1e22'))]).toEqual([9007199254740991, -0.125, 1e22]);
  });

  it('take as they are exactly the Decimals that toDecimal returns unchanged', () => {
    const candidates = [
      new Decimal('12.5'),
      new Decimal('0'),
      new Decimal('-0'),
      new Decimal('1e1000'),
      new Decimal('1e1001'),
      new Decimal('-1e-1000'),
      new Decimal('1e-1001'),
      new Decimal('1'.repeat(49)),
      new Decimal('1'.repeat(50)),
      new Decimal(Number.NaN),
      new Decimal(Number.POSITIVE_INFINITY),
      new ForeignDecimal('12.5'),
      '12.5',
      12.5,
      null,
      { d: [125], e: 1, s: 1 },
    ];
    expect(candidates.map((candidate) => isOwnDecimalInDomain(candidate))).toEqual([
      true, true, false, true, false, true, false, true, false, false, false, false, false, false, false, false,
    ]);
    for (const candidate of candidates) if (isOwnDecimalInDomain(candidate)) expect(toDecimal(candidate)).toBe(candidate);
  });
});

/** The keys that occur more than once, in the order of their second occurrence, by definition. */
function repeatedKeys(keys: readonly string[]): string[] {
  return [...new Set(keys.filter((key, index) => keys.indexOf(key) < index))];
}

describe('findDuplicates', () => {
  it('finds exactly the repeated keys, in the order of their second occurrence', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('', 'a', 'U00001', 'ký hiệu')), { maxLength: 200 }), (keys) => {
        expect([...findDuplicates(keys)]).toEqual(repeatedKeys(keys));
      }),
      { numRuns: 300 },
    );
  });

  it('finds them too when many keys fall on one slot of its table (the Set fallback)', () => {
    // 300 keys whose FNV-1a hashes agree in their last 10 bits, the slot in a table of 1,024.
    const colliding: string[] = [];
    for (let candidate = 0; colliding.length < 300; candidate += 1) {
      const key = `k${String(candidate)}`;
      let hash = 0x811c9dc5;
      for (let position = 0; position < key.length; position += 1) hash = Math.imul(hash ^ key.charCodeAt(position), 0x01000193);
      if ((hash & 1023) === 7) colliding.push(key);
    }
    const keys = [...colliding, colliding[5] ?? '', colliding[2] ?? '', colliding[5] ?? ''];
    expect([...findDuplicates(keys)]).toEqual([colliding[5], colliding[2]]);
    expect([...findDuplicates(colliding)]).toEqual([]);
  });
});

describe('rank, rankWithinGroups and percentileRank: the sort keys against the definition', () => {
  it('give every field of every result as the pairwise definition does, for every tie method, direction, missing rule and tie break', () => {
    fc.assert(
      fc.property(unitsArbitrary, options.ties, options.direction, options.missing, options.tieBreak, (units, ties, direction, missing, choice) => {
        const values = units.map((unit) => (unit.score === null ? null : toDecimal(unit.score)));
        const breakTie = referenceTieBreak(units, choice);
        const common = { key: (unit: Unit) => unit.id, value: (unit: Unit) => unit.score, direction, ties, missing, ...tieBreakOption(choice, ties, (unit: Unit) => unit.id) };

        const all = referenceRanking(values, ties, direction, missing, breakTie);
        const ranked = rank(units, common);
        const percentiles = percentileRank(units, common);
        units.forEach((unit, index) => {
          const want = all[index];
          expect(ranked[index]).toEqual({ key: unit.id, item: unit, value: values[index], rank: want?.rank, tieSize: want?.tieSize, outOf: want?.outOf });
          expect(ranked[index]?.item).toBe(unit);
          const places = ties === 'dense' ? want?.distinct : want?.outOf;
          const percentile = want?.rank === null || want === undefined ? null : new Decimal(want.rank).div(places ?? 1);
          expect(percentiles[index]).toEqual({ ...ranked[index], percentile });
        });

        const grouped = rankWithinGroups(units, { ...common, group: (unit) => unit.group });
        for (const group of ['A', 'B', 'C']) {
          const members = units.map((unit, index) => ({ unit, index })).filter((member) => member.unit.group === group);
          const memberUnits = members.map((member) => member.unit);
          const expected = referenceRanking(
            members.map((member) => values[member.index] ?? null),
            ties,
            direction,
            missing,
            referenceTieBreak(memberUnits, choice),
          );
          members.forEach((member, position) => {
            const want = expected[position];
            expect(grouped[member.index]).toEqual({
              key: member.unit.id,
              item: member.unit,
              value: values[member.index],
              rank: want?.rank,
              tieSize: want?.tieSize,
              outOf: want?.outOf,
              group,
            });
          });
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keep the Decimal given when it is the library’s own, and read every other input as toDecimal does', () => {
    const own = new Decimal('2.5');
    const units = [
      { id: 'own', group: 'A', score: own },
      { id: 'foreign', group: 'A', score: new ForeignDecimal('2.5') },
      { id: 'negative zero', group: 'A', score: new Decimal('-0') },
      { id: 'text', group: 'A', score: '2.50' },
    ];
    const results = rank(units, { key: (unit) => unit.id, value: (unit) => unit.score, direction: 'descending', ties: 'standard', missing: 'last' });
    expect(results[0]?.value).toBe(own);
    expect(results.map((result) => [result.value?.toString(), result.value?.isNegative(), result.value instanceof Decimal && result.value.constructor === Decimal])).toEqual([
      ['2.5', false, true],
      ['2.5', false, true],
      ['0', false, true],
      ['2.5', false, true],
    ]);
    expect(results.map((result) => result.rank)).toEqual([1, 1, 4, 1]);
  });
});

interface Indicator {
  readonly worst: string;
  readonly best: string;
  readonly weight: string;
  readonly clamp: boolean | undefined;
}

interface CompositeUnit {
  readonly code: string;
  readonly group: string;
  readonly values: readonly Raw[];
}

/** An exact rational number: numerator / denominator, the denominator positive. */
interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

function fraction(value: Decimal): Fraction {
  const [digits = '0', exponentText = '0'] = value.toExponential().split('e');
  const [whole = '0', part = ''] = digits.split('.');
  const exponent = Number(exponentText) - part.length;
  const integer = BigInt(`${whole}${part}`);
  return exponent >= 0 ? { numerator: integer * 10n ** BigInt(exponent), denominator: 1n } : { numerator: integer, denominator: 10n ** BigInt(-exponent) };
}

function add(a: Fraction, b: Fraction): Fraction {
  return { numerator: a.numerator * b.denominator + b.numerator * a.denominator, denominator: a.denominator * b.denominator };
}

function compareFractions(a: Fraction, b: Fraction): number {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left === right ? 0 : left < right ? -1 : 1;
}

interface ReferenceComposite {
  readonly score: Fraction | null;
  readonly missing: string[];
  readonly reason: string | null;
}

/**
 * The composite of one unit by definition: each present value normalised as the exact fraction
 * (x − worst) / (best − worst), clamped to 0–1 unless clamp is false, averaged with the weights of the
 * present components; none when more than floor(share × count) are missing or the present weights are 0.
 */
function referenceComposite(unit: CompositeUnit, indicators: readonly Indicator[], maxMissingShare: string): ReferenceComposite {
  let sum: Fraction = { numerator: 0n, denominator: 1n };
  let weights: Fraction = { numerator: 0n, denominator: 1n };
  const missing: string[] = [];
  indicators.forEach((indicator, index) => {
    const raw = unit.values[index] ?? null;
    if (raw === null) {
      missing.push(`c${String(index)}`);
      return;
    }
    const value = fraction(toDecimal(raw));
    const worst = fraction(new Decimal(indicator.worst));
    const span = add(fraction(new Decimal(indicator.best)), { numerator: -worst.numerator, denominator: worst.denominator });
    const offset = add(value, { numerator: -worst.numerator, denominator: worst.denominator });
    let normalised: Fraction = { numerator: offset.numerator * span.denominator, denominator: offset.denominator * span.numerator };
    if (normalised.denominator < 0n) normalised = { numerator: -normalised.numerator, denominator: -normalised.denominator };
    if (indicator.clamp !== false) {
      if (normalised.numerator < 0n) normalised = { numerator: 0n, denominator: 1n };
      if (normalised.numerator > normalised.denominator) normalised = { numerator: 1n, denominator: 1n };
    }
    const weight = fraction(new Decimal(indicator.weight));
    sum = add(sum, { numerator: normalised.numerator * weight.numerator, denominator: normalised.denominator * weight.denominator });
    weights = add(weights, weight);
  });
  const allowed = new Decimal(maxMissingShare).times(indicators.length).floor().toNumber();
  if (missing.length > allowed) {
    const share = new Decimal(missing.length).div(indicators.length).toSignificantDigits(4).toString();
    return { score: null, missing, reason: `${String(missing.length)} of ${String(indicators.length)} components missing (${share}), more than the ${new Decimal(maxMissingShare).toString()} allowed: ${missing.join(', ')}` };
  }
  if (weights.numerator === 0n) {
    return { score: null, missing, reason: missing.length === indicators.length ? 'every component is missing' : `every component present has weight 0 (missing: ${missing.join(', ')})` };
  }
  return { score: { numerator: sum.numerator * weights.denominator, denominator: sum.denominator * weights.numerator }, missing, reason: null };
}

/** A decimal text of the kinds a component sees: tenths, long decimals, large and tiny magnitudes. */
const componentValue: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.integer({ min: -300, max: 1300 }).map((tenths) => new Decimal(tenths).div(10).toString()), weight: 6 },
  { arbitrary: fc.tuple(fc.integer({ min: -5, max: 120 }), fc.integer({ min: 1, max: 9 })).map(([whole, last]) => `${String(whole)}.00000000000000000000${String(last)}`), weight: 2 },
  { arbitrary: fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }).map((digits) => `${digits.toString()}e-40`), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: 9 }).map((digit) => `${String(digit)}e30`), weight: 1 },
);

const indicatorArbitrary: fc.Arbitrary<Indicator> = fc
  .record({
    bounds: fc.oneof(
      fc.tuple(fc.constantFrom('0', '10', '-5', '100', '2.5', '1e25'), fc.constantFrom('1', '3', '7', '10', '12.5', '90', '-40', '-3', '1e31')),
      fc.constant(['0.000000000000000000001', '0.0000000000000000000003'] as const),
    ),
    weight: fc.constantFrom('0', '1', '2', '0.5', '1.25', '3', '0.333', '123456789012345678901'),
    clamp: fc.constantFrom(true, false, undefined),
  })
  .map((drawn) => ({ worst: drawn.bounds[0], best: new Decimal(drawn.bounds[0]).plus(drawn.bounds[1]).toString(), weight: drawn.weight, clamp: drawn.clamp }));

const compositeCase = fc
  .record({
    indicators: fc.array(indicatorArbitrary, { minLength: 1, maxLength: 5 }).filter((list) => list.some((indicator) => indicator.weight !== '0')),
    maxMissingShare: fc.constantFrom('0', '0.2', '0.34', '0.5', '1'),
    ties: options.ties,
    direction: options.direction,
    missing: options.missing,
    tieBreak: options.tieBreak,
    grouped: fc.boolean(),
  })
  .chain((drawn) => {
    const row = fc.tuple(...drawn.indicators.map(() => fc.option(fc.tuple(componentValue, fc.integer({ min: 0, max: 3 })), { freq: 6 })));
    // Some units copy another's values in another order of magnitude or form, so that exact ties occur.
    return fc.record({
      rows: fc.array(fc.tuple(fc.constantFrom('A', 'B'), row, fc.option(fc.nat(), { freq: 3 })), { maxLength: 25 }),
      drawn: fc.constant(drawn),
    });
  })
  .map(({ rows, drawn }) => {
    const units: CompositeUnit[] = [];
    rows.forEach(([group, values, copyOf], index) => {
      const source = copyOf === null || units.length === 0 ? null : units[copyOf % units.length];
      units.push({
        code: `k${String(index).padStart(2, '0')}`,
        group,
        values: source?.values ?? values.map((value) => (value === null ? null : shaped(value[0], value[1]))),
      });
    });
    return { ...drawn, units };
  });

describe('rankByComposite: double composites and one rounding against exact fractions', () => {
  it('gives the exact fraction rounded once for every score, and the ranks of the exact fractions, under every option', () => {
    fc.assert(
      fc.property(compositeCase, (data) => {
        const { indicators, units, ties, direction, missing } = data;
        const results = rankByComposite(units, {
          key: (unit) => unit.code,
          ...(data.grouped ? { group: (unit: CompositeUnit) => unit.group } : {}),
          components: indicators.map((indicator, index) => ({
            key: `c${String(index)}`,
            value: (unit: CompositeUnit) => unit.values[index] ?? null,
            worst: indicator.worst,
            best: indicator.best,
            weight: indicator.weight,
            ...(indicator.clamp === undefined ? {} : { clamp: indicator.clamp }),
          })),
          maxMissingShare: data.maxMissingShare,
          ties,
          direction,
          missing,
          ...tieBreakOption(data.tieBreak, ties, (unit: CompositeUnit) => unit.code),
        });
        const composites = units.map((unit) => referenceComposite(unit, indicators, data.maxMissingShare));
        const groups = data.grouped ? ['A', 'B'] : [null];
        for (const group of groups) {
          const members = units.map((unit, index) => ({ unit, index })).filter((member) => group === null || member.unit.group === group);
          const memberUnits = members.map((member) => ({ id: member.unit.code, group: member.unit.group, score: null }));
          const fractions = members.map((member) => composites[member.index]?.score ?? null);
          // Rank on the exact fractions: the reference ranking compares Decimals, so compare through an
          // order-preserving stand-in, the position of each fraction among the distinct ones.
          const distinct: Fraction[] = [];
          for (const value of fractions) if (value !== null && !distinct.some((other) => compareFractions(other, value) === 0)) distinct.push(value);
          distinct.sort(compareFractions);
          const positions = fractions.map((value) => (value === null ? null : new Decimal(distinct.findIndex((other) => compareFractions(other, value) === 0))));
          const expected = referenceRanking(positions, ties, direction, missing, referenceTieBreak(memberUnits, data.tieBreak));
          members.forEach((member, position) => {
            const composite = composites[member.index];
            const score = composite?.score ?? null;
            const present = indicators.length - (composite?.missing.length ?? 0);
            const want = expected[position];
            expect(results[member.index]).toEqual({
              key: member.unit.code,
              item: member.unit,
              group,
              score: score === null ? null : new Decimal(score.numerator.toString()).div(score.denominator.toString()),
              coverage: new Decimal(present).div(indicators.length),
              missing: composite?.missing,
              reason: composite?.reason,
              rank: want?.rank,
              tieSize: want?.tieSize,
              outOf: want?.outOf,
            });
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('orders composites that differ beyond a double’s precision, and ties equal ones reached through different values', () => {
    // Two components of span 1, equal weights: 0.5 + 0.5, 0.25 + 0.75 and 0.75 + 0.25 tie; 0.5 + 0.5 + 1e-30
    // and 0.5 + 0.5 − 1e-30 (each halved) are their neighbours, equal to them as doubles.
    const values = [
      ['0.5', '0.5'],
      ['0.25', '0.75'],
      ['0.500000000000000000000000000001', '0.5'],
      ['0.75', '0.25'],
      ['0.5', '0.499999999999999999999999999999'],
    ];
    const results = rankByComposite(values, {
      key: (pair) => pair.join('+'),
      components: [0, 1].map((index) => ({ key: `c${String(index)}`, value: (pair: string[]) => pair[index] ?? null, worst: 0, best: 1, weight: 1 })),
      maxMissingShare: 0,
      ties: 'standard',
      missing: 'last',
    });
    expect(results.map((result) => result.rank)).toEqual([2, 2, 1, 2, 5]);
    expect(results.map((result) => result.score?.toString())).toEqual(['0.5', '0.5', '0.5000000000000000000000000000005', '0.5', '0.4999999999999999999999999999995']);
  });

  it('ties composites whose doubles differ: 0.1 + 0.7 is 0.7999999999999999 in doubles, 0.2 + 0.6 is 0.8', () => {
    const pairs = [
      ['0.1', '0.7'],
      ['0.2', '0.6'],
      ['0.3', '0.5'],
      ['0.4', '0.4'],
      ['0.3', '0.4'],
    ];
    expect(0.1 + 0.7).not.toBe(0.2 + 0.6);
    const results = rankByComposite(pairs, {
      key: (pair) => pair.join('+'),
      components: [0, 1].map((index) => ({ key: `c${String(index)}`, value: (pair: string[]) => pair[index] ?? null, worst: 0, best: 1, weight: 1 })),
      maxMissingShare: 0,
      ties: 'dense',
      missing: 'last',
    });
    expect(results.map((result) => [result.score?.toString(), result.rank, result.tieSize])).toEqual([
      ['0.4', 1, 4],
      ['0.4', 1, 4],
      ['0.4', 1, 4],
      ['0.4', 1, 4],
      ['0.35', 2, 1],
    ]);
  });
});
