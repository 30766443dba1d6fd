import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  PlanningError,
  type YearSeries,
  averageAnnualGrowth,
  compoundGrowthRate,
  leastSquaresGrowth,
  projectValue,
  requiredAverageGrowth,
  requiredGrowthToTarget,
  rollingGrowthRates,
} from '../../src/index.js';

/** A reference at 80 digits, through ln and exp, to check the library's 40. */
const Reference = DecimalJs.clone({ precision: 80 });

function referenceCompoundRate(first: Decimal, last: Decimal, periods: number): DecimalJs {
  const ratio = new Reference(last.toString()).div(first.toString());
  return ratio.pow(new Reference(1).div(periods)).minus(1).times(100);
}


/**
 * The documented accuracy of every compound rate (compoundGrowthRate's TSDoc): within
 * 1e-39 x max(100, |rate|) of the exact rate, on the scale of the index 100 + rate.
 */
function expectCompoundRate(actual: Decimal | null | undefined, exact: DecimalJs): void {
  expect(actual).not.toBeNull();
  const reference = new Reference(exact.toString());
  const bound = Reference.max(reference.abs(), 100).times('1e-39');
  const gap = new Reference((actual ?? 0).toString()).minus(reference).abs();
  expect(gap.lessThanOrEqualTo(bound), `|${String(actual)} - ${reference.toString()}| = ${gap.toString()} > ${bound.toString()}`).toBe(true);
}

/** Ordinary least squares of ln x on consecutive years at 80 digits: (e^b - 1) x 100. */
function referenceLeastSquaresRate(values: readonly Decimal[]): DecimalJs {
  const meanYear = (values.length - 1) / 2;
  let numerator = new Reference(0);
  let denominator = new Reference(0);
  values.forEach((value, index) => {
    numerator = numerator.plus(new Reference(value.toString()).ln().times(index - meanYear));
    denominator = denominator.plus((index - meanYear) ** 2);
  });
  return numerator.div(denominator).exp().minus(1).times(100);
}

const byYear = (values: readonly (number | string | null)[], from = 2020): YearSeries =>
  values.map((value, index) => ({ year: from + index, value }));

/** A positive decimal with up to two places, such as official data carry. */
const positiveValue = fc.integer({ min: 1, max: 99_999_999 }).map((cents) => new Decimal(cents).div(100));

describe('compound growth rate (end-point)', () => {
  it('gives 8% a year for 100 growing to 146.93280768 over five years', () => {
    expect(compoundGrowthRate(100, '146.93280768', 5).toString()).toBe('8');
  });

  it('gives -100% when the value falls to zero', () => {
    expect(compoundGrowthRate(100, 0, 3).toString()).toBe('-100');
  });

  it('gives the rate of the magnitude for two negative values', () => {
    expect(compoundGrowthRate(-100, -121, 2).toString()).toBe('10');
  });

  it('agrees with Decimal.pow at 80 digits within 1e-39 x max(100, |rate|)', () => {
    fc.assert(
      fc.property(positiveValue, positiveValue, fc.integer({ min: 1, max: 60 }), (first, last, periods) => {
        expectCompoundRate(compoundGrowthRate(first, last, periods), referenceCompoundRate(first, last, periods));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps 40 significant digits of a large rate, for ratios at the ends of the value domain', () => {
    const huge = new Decimal('1e100');
    const tiny = new Decimal('1e-100');
    expectCompoundRate(compoundGrowthRate(tiny, huge, 7), referenceCompoundRate(tiny, huge, 7));
    expectCompoundRate(compoundGrowthRate(huge, 3, 11), referenceCompoundRate(huge, new Decimal(3), 11));
  });

  it('keeps its accuracy for values of many digits and for long spans', () => {
    const digits = fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 40n }), fc.integer({ min: -30, max: 30 }));
    fc.assert(
      fc.property(digits, digits, fc.integer({ min: 2, max: 400 }), ([a, ea], [b, eb], periods) => {
        const first = new Decimal(`${String(a)}e${String(ea)}`);
        const last = new Decimal(`${String(b)}e${String(eb)}`);
        expectCompoundRate(compoundGrowthRate(first, last, periods), referenceCompoundRate(first, last, periods));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps its accuracy for rates near zero, where values of 40 digits differ in their last digits', () => {
    const digits = fc.bigInt({ min: 10n ** 39n, max: 10n ** 40n - 1n });
    fc.assert(
      fc.property(digits, fc.bigInt({ min: -(10n ** 32n), max: 10n ** 32n }), fc.integer({ min: 2, max: 400 }), (a, step, periods) => {
        const first = new Decimal(`${String(a)}e3`);
        const last = new Decimal(`${String(a + step)}e3`);
        expectCompoundRate(compoundGrowthRate(first, last, periods), referenceCompoundRate(first, last, periods));
      }),
      { numRuns: 60 },
    );
  });

  it('regression: a rate of 8e-10% over 330 periods is within 1e-37 points, not 40 digits of its own', () => {
    // A random seed once drew this case; the rate is near zero and the 50-digit root minus 1 cancels
    // its leading digits, so only about 38 of its own digits are right (the documented bound).
    const first = '9999999889505849336753340936378304798988e3';
    const last = '9999999915762737266635839668577243962764e3';
    const rate = compoundGrowthRate(first, last, 330);
    const exact = referenceCompoundRate(new Decimal(first), new Decimal(last), 330);
    expectCompoundRate(rate, exact);
    expect(rate.toFixed(30)).toBe(exact.toFixed(30));
    expect(exact.toPrecision(12)).toBe('7.95663278353e-10');
  });

  it('refuses a zero first value, values of opposite signs and a period count that is not whole', () => {
    expect(() => compoundGrowthRate(0, 5, 2)).toThrow('compound growth needs a non-zero first value; got first value 0 (last value 5)');
    expect(() => compoundGrowthRate(-1, 5, 2)).toThrow(
      'compound growth needs first value and last value of the same sign; got first value -1 and last value 5',
    );
    expect(() => compoundGrowthRate(1, 5, 0)).toThrow('periods must be a whole number of periods, 1 or more; got 0');
    expect(() => compoundGrowthRate(1, 5, 2.5)).toThrow(PlanningError);
    try {
      compoundGrowthRate(-1, 5, 2);
    } catch (error) {
      expect((error as PlanningError).code).toBe('opposite-signs');
    }
  });
});

describe('required growth and projection', () => {
  it('gives the growth the remaining years need: 365 to 500 in two years is 17.04% a year', () => {
    expect(requiredAverageGrowth(365, 500, 2).toFixed(2)).toBe('17.04');
  });

  it.each([
    ['the average growth applied n times returns the end value', compoundGrowthRate],
    ['the required growth applied to the latest actual reaches the target', requiredAverageGrowth],
  ])('law: %s', (_, rateOf) => {
    fc.assert(
      fc.property(positiveValue, positiveValue, fc.integer({ min: 1, max: 40 }), (start, end, periods) => {
        const rate = new Reference(rateOf(start, end, periods).toString());
        // The rate's documented error, 1e-39 x max(100, |rate|), is an error of 1e-41 x max(100, |rate|)
        // in the factor 1 + rate / 100, so a relative error d in it (large near -100%) and n d in
        // the projection, plus a rounding to 40 digits in each of the n + 2 products and sums.
        const factor = rate.div(100).plus(1);
        const relative = Reference.max(rate.abs(), 100).times('1e-41').div(factor);
        const bound = relative.plus('1e-39').times(periods + 2).times(end.toString());
        const gap = new Reference(projectValue(start, rate.toString(), periods).toString()).minus(end.toString()).abs();
        expect(gap.lessThanOrEqualTo(bound)).toBe(true);
      }),
    );
  });

  it('projects exactly with a whole-number power, and zero periods ahead is the value itself', () => {
    expect(projectValue(4000, '5.6', 2).toString()).toBe('4460.544');
    expect(projectValue(4000, '5.6', 0).toString()).toBe('4000');
  });

  it('refuses bad arguments with their names', () => {
    expect(() => requiredAverageGrowth(0, 5, 2)).toThrow('compound growth needs a non-zero latest value; got latest value 0 (target 5)');
    expect(() => requiredAverageGrowth(5, -5, 2)).toThrow('compound growth needs latest value and target of the same sign');
    expect(() => projectValue(1, 5, -1)).toThrow('periods must be a whole number of periods, 0 or more; got -1');
    expect(() => projectValue('x', 5, 1)).toThrow(`value must be a decimal number such as '12.5' or 12.5; got the string "x"`);
  });
});

describe('average annual growth over a plan range', () => {
  const output = byYear([100, 106, 112, 121, 133, '146.93280768']);

  it('takes the year before the range as its base: 2021-2025 starts from 2020', () => {
    const result = averageAnnualGrowth(output, { firstYear: 2021, lastYear: 2025 });
    expect(result.value?.toString()).toBe('8');
    expect(result).toMatchObject({ method: 'endpoint', baseYear: 2020, lastYear: 2025, yearsUsed: [2020, 2025] });
    expect(result).toMatchObject({ expectedCount: 6, missingCount: 0, reason: null });
  });

  it('uses the whole series by default, its first year as the base', () => {
    expect(averageAnnualGrowth(output).value?.toString()).toBe('8');
    expect(averageAnnualGrowth(output.slice(1)).yearsUsed).toEqual([2021, 2025]);
  });

  it('accepts the years in any order', () => {
    expect(averageAnnualGrowth([...output].reverse()).value?.toString()).toBe('8');
  });

  it('reproduces the World Bank example numbers: end-point 6.779%, least squares 6.625%', () => {
    const series = byYear([100, 105, 120, 118, 130]);
    expect(averageAnnualGrowth(series).value?.toFixed(3)).toBe('6.779');
    expect(leastSquaresGrowth(series).value?.toFixed(3)).toBe('6.625');
  });

  it('gives no rate when more than half of the observations are missing (World Bank, FAO)', () => {
    const sparse = byYear([100, null, null, null, 130]);
    const result = averageAnnualGrowth(sparse);
    expect(result).toMatchObject({ value: null, reason: 'too-many-missing', expectedCount: 5, missingCount: 3 });
    expect(leastSquaresGrowth(sparse).reason).toBe('too-many-missing');
    // exactly half missing is still allowed: 3 of 6
    expect(averageAnnualGrowth(byYear([100, null, null, null, 120, 130])).reason).toBe(null);
    // an absent year counts as missing too
    expect(averageAnnualGrowth([{ year: 2020, value: 100 }, { year: 2025, value: 130 }]).reason).toBe('too-many-missing');
    expect(averageAnnualGrowth(sparse, { maximumMissingPercent: 100 }).value?.toFixed(3)).toBe('6.779');
  });

  it('uses only the years of the range: the World Bank example inside a longer series gives the same rates', () => {
    // 2020-2024 is the World Bank example (end point 6.779%, least squares 6.625%); the years around it
    // are far off the trend and must not enter a rate over the plan range 2021-2024 (base 2020).
    const longer = byYear([1, 999, 100, 105, 120, 118, 130, 5, 7000], 2018);
    const range = { firstYear: 2021, lastYear: 2024 };
    const endpoint = averageAnnualGrowth(longer, range);
    expect(endpoint).toMatchObject({ baseYear: 2020, lastYear: 2024, yearsUsed: [2020, 2024], expectedCount: 5, missingCount: 0 });
    expect(endpoint.value?.toFixed(3)).toBe('6.779');
    const fitted = leastSquaresGrowth(longer, range);
    expect(fitted).toMatchObject({ yearsUsed: [2020, 2021, 2022, 2023, 2024], expectedCount: 5, missingCount: 0 });
    expect(fitted.value?.toFixed(3)).toBe('6.625');
    expect(fitted.value?.toString()).toBe(leastSquaresGrowth(byYear([100, 105, 120, 118, 130])).value?.toString());
    // a range that ends inside the series stops there, one that starts inside it starts there
    expect(leastSquaresGrowth(longer, { lastYear: 2024 }).yearsUsed).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(leastSquaresGrowth(longer, { firstYear: 2021 }).yearsUsed).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('with maximumMissingPercent 0 gives a rate only for a complete range', () => {
    const complete = byYear([100, 110, 121]);
    const gap = byYear([100, null, 121]);
    expect(averageAnnualGrowth(complete, { maximumMissingPercent: 0 }).value?.toString()).toBe('10');
    expect(leastSquaresGrowth(complete, { maximumMissingPercent: 0 }).value?.toString()).toBe('10');
    expect(averageAnnualGrowth(gap, { maximumMissingPercent: 0 })).toMatchObject({ value: null, reason: 'too-many-missing', missingCount: 1 });
    expect(leastSquaresGrowth(gap, { maximumMissingPercent: 0 })).toMatchObject({ value: null, reason: 'too-many-missing' });
    // the rule is on integers: 1 missing of 3 is 33.3%, refused at 33 and allowed at 34
    expect(averageAnnualGrowth(gap, { maximumMissingPercent: 33 }).reason).toBe('too-many-missing');
    expect(averageAnnualGrowth(gap, { maximumMissingPercent: 34 }).value?.toString()).toBe('10');
  });

  it('refuses a negative maximumMissingPercent, or one that is not a number', () => {
    for (const maximumMissingPercent of [-1, -0.5, Number.NaN]) {
      expect(() => averageAnnualGrowth(output, { maximumMissingPercent })).toThrow(
        `maximumMissingPercent must be a percentage from 0 to 100; got ${String(maximumMissingPercent)}`,
      );
      expect(() => leastSquaresGrowth(output, { maximumMissingPercent })).toThrow(PlanningError);
    }
    expect(averageAnnualGrowth(output, { maximumMissingPercent: 100 }).value?.toString()).toBe('8');
  });

  it('with both ends required, reports a base or last year that is absent or has no value', () => {
    const required = { requireEndpoints: true, firstYear: 2021, lastYear: 2024 } as const;
    const cases: [string, YearSeries][] = [
      ['base year absent', byYear([106, 112, 121, 133], 2021)],
      ['base year null', byYear([null, 106, 112, 121, 133])],
      ['last year absent', byYear([100, 106, 112, 121])],
      ['last year null', byYear([100, 106, 112, 121, null])],
    ];
    for (const [, series] of cases) {
      expect(averageAnnualGrowth(series, required)).toMatchObject({ value: null, reason: 'missing-endpoint', baseYear: 2020, lastYear: 2024 });
      // without the requirement the nearest observed years are used
      expect(averageAnnualGrowth(series, { firstYear: 2021, lastYear: 2024 }).value).not.toBeNull();
    }
    const both = averageAnnualGrowth(byYear([100, 106, 112, 121, '133.1']), required);
    expect(both).toMatchObject({ reason: null, yearsUsed: [2020, 2024] });
    expect(both.value?.toFixed(4)).toBe('7.4099'); // (133.1 / 100)^(1/4) = 1.074099...
  });

  it('uses the nearest observed years inside the range and says which, unless both ends are required', () => {
    const gap = byYear([null, 100, 110, 121]);
    const result = averageAnnualGrowth(gap);
    expect(result.yearsUsed).toEqual([2021, 2023]);
    expect(result.value?.toString()).toBe('10');
    expect(averageAnnualGrowth(gap, { requireEndpoints: true })).toMatchObject({ value: null, reason: 'missing-endpoint' });
  });

  it('says why it could not give a rate: too few points, zero base, opposite signs', () => {
    expect(averageAnnualGrowth([]).reason).toBe('too-few-points');
    expect(averageAnnualGrowth([]).baseYear).toBeNull();
    expect(averageAnnualGrowth(byYear([100])).reason).toBe('too-few-points');
    expect(averageAnnualGrowth(byYear([0, 10])).reason).toBe('zero-base');
    expect(averageAnnualGrowth(byYear([-10, 10])).reason).toBe('opposite-signs');
    expect(averageAnnualGrowth([], { firstYear: 2021, lastYear: 2025 })).toMatchObject({ reason: 'too-many-missing', missingCount: 6 });
  });

  it('throws for malformed input, listing every problem with its path', () => {
    const bad = [
      { year: 2020.5, value: 1 },
      { year: 2021, value: 'abc' },
    ];
    expect(() => averageAnnualGrowth(bad)).toThrow(PlanningError);
    try {
      averageAnnualGrowth(bad);
    } catch (error) {
      const planningError = error as PlanningError;
      expect(planningError.code).toBe('invalid-input');
      expect(planningError.issues.map((issue) => issue.path)).toEqual([
        ['series', 0, 'year'],
        ['series', 1, 'value'],
      ]);
      expect(planningError.message).toContain('series[0].year: year must be an integer such as 2024; got 2020.5');
    }
    expect(() => averageAnnualGrowth(byYear([1, 2]).concat({ year: 2020, value: 3 }))).toThrow(
      'series[2].year: year 2020 is already given at index 0; give each year once',
    );
    expect(() => averageAnnualGrowth(output, { firstYear: 2024, lastYear: 2022 })).toThrow(
      'the range must not end before it starts; got firstYear 2024 and lastYear 2022',
    );
    expect(() => averageAnnualGrowth(output, { firstYear: 2021.5 })).toThrow('firstYear must be an integer year such as 2025; got 2021.5');
    expect(() => averageAnnualGrowth(output, { maximumMissingPercent: 120 })).toThrow(
      'maximumMissingPercent must be a percentage from 0 to 100; got 120',
    );
  });
});

describe('the options and results of the series-level rates', () => {
  const code = (run: () => unknown): string | undefined => {
    try {
      run();
    } catch (error) {
      return error instanceof PlanningError ? error.code : 'not a PlanningError';
    }
    return undefined;
  };

  it('refuses a last year that is not a whole year, and every bad option with invalid-argument', () => {
    const output = byYear([100, 110, 121]);
    expect(() => averageAnnualGrowth(output, { lastYear: 2024.5 })).toThrow('lastYear must be an integer year such as 2025; got 2024.5');
    expect(code(() => leastSquaresGrowth(output, { lastYear: 2024.5 }))).toBe('invalid-argument');
    expect(code(() => averageAnnualGrowth(output, { maximumMissingPercent: 101 }))).toBe('invalid-argument');
    expect(code(() => averageAnnualGrowth(output, { firstYear: 2024, lastYear: 2022 }))).toBe('invalid-argument');
    expect(code(() => leastSquaresGrowth(output, { minimumPoints: 1 }))).toBe('invalid-argument');
    expect(code(() => rollingGrowthRates(output, { span: 1.5 }))).toBe('invalid-argument');
  });

  it('accepts a range given by its first year or its last year alone', () => {
    const output = byYear([100, 110, 121, '133.1']);
    expect(averageAnnualGrowth(output, { firstYear: 2022 })).toMatchObject({ baseYear: 2021, lastYear: 2023, yearsUsed: [2021, 2023] });
    expect(averageAnnualGrowth(output, { lastYear: 2022 })).toMatchObject({ baseYear: 2020, lastYear: 2022, yearsUsed: [2020, 2022] });
    expect(averageAnnualGrowth(output, { firstYear: 2022 }).value?.toString()).toBe('10');
  });

  it('gives an empty series with half a range no years at all, and no years used', () => {
    for (const range of [{ firstYear: 2021 }, { lastYear: 2025 }, {}]) {
      expect(averageAnnualGrowth([], range)).toEqual({
        value: null,
        method: 'endpoint',
        baseYear: null,
        lastYear: null,
        yearsUsed: [],
        expectedCount: 0,
        missingCount: 0,
        reason: 'too-few-points',
      });
      expect(leastSquaresGrowth([], range)).toMatchObject({ method: 'least-squares', baseYear: null, yearsUsed: [], reason: 'too-few-points' });
    }
  });

  it('names its method in every result, with or without a rate', () => {
    const endpoint = [byYear([100, null, null, null, 130]), byYear([null, 100, 110]), byYear([100]), byYear([0, 10]), byYear([100, 121])];
    for (const series of endpoint) {
      expect(averageAnnualGrowth(series, { requireEndpoints: series.length === 3 }).method).toBe('endpoint');
      expect(leastSquaresGrowth(series, { minimumPoints: 3 }).method).toBe('least-squares');
    }
    expect(averageAnnualGrowth(byYear([100, null, null, null, 130])).yearsUsed).toEqual([]);
    expect(leastSquaresGrowth(byYear([100, 0, 121])).method).toBe('least-squares');
    expect(leastSquaresGrowth(byYear([100, -1, 121])).method).toBe('least-squares');
    expect(leastSquaresGrowth(byYear([100, null, null, null, 130])).method).toBe('least-squares');
  });
});

describe('least-squares growth', () => {
  it('gives exactly 10% for a series growing exactly 10% a year', () => {
    expect(leastSquaresGrowth(byYear([100, 110, 121, '133.1', '146.41'])).value?.toString()).toBe('10');
  });

  it('fits the magnitude of a negative series and refuses zero and mixed signs', () => {
    expect(leastSquaresGrowth(byYear([-100, -110, -121])).value?.toString()).toBe('10');
    expect(leastSquaresGrowth(byYear([100, 0, 121])).reason).toBe('zero-value');
    expect(leastSquaresGrowth(byYear([100, -1, 121])).reason).toBe('opposite-signs');
  });

  it('asks for as many points as the caller wants (FAOSTAT asks for five)', () => {
    const four = byYear([100, 105, 120, 118]);
    expect(leastSquaresGrowth(four, { minimumPoints: 5 })).toMatchObject({ value: null, reason: 'too-few-points' });
    expect(leastSquaresGrowth(four).value).not.toBeNull();
    expect(() => leastSquaresGrowth(four, { minimumPoints: 1 })).toThrow('minimumPoints must be a whole number, 2 or more; got 1');
  });

  it('uses every observed year, skipping missing ones', () => {
    const result = leastSquaresGrowth(byYear([100, null, 121, '133.1']));
    expect(result.yearsUsed).toEqual([2020, 2022, 2023]);
    expect(result.value?.toString()).toBe('10');
  });

  it('agrees with an ordinary least-squares fit of logarithms at 80 digits', () => {
    fc.assert(
      fc.property(fc.array(positiveValue, { minLength: 2, maxLength: 25 }), (values) => {
        const series = values.map((value, index) => ({ year: 2000 + index, value }));
        expectCompoundRate(leastSquaresGrowth(series).value, referenceLeastSquaresRate(values));
      }),
      { numRuns: 40 },
    );
  });

  it('fits long series of large values', () => {
    const values = Array.from({ length: 60 }, (_, index) => new Decimal('1234567890123.45').times(new Decimal('1.0731').pow(index)).plus(index * 7919));
    const series = values.map((value, index) => ({ year: 1965 + index, value }));
    expectCompoundRate(leastSquaresGrowth(series).value, referenceLeastSquaresRate(values));
  });

  it('law: least squares and end point agree on an exactly geometric series', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 200 }), fc.integer({ min: 2, max: 8 }), (tenths, length) => {
        const factor = new Decimal(tenths).div(1000).plus(1);
        const values = Array.from({ length }, (_, index) => factor.pow(index).times(100));
        const series = values.map((value, index) => ({ year: 2010 + index, value }));
        const rate = new Decimal(tenths).div(10);
        expectCompoundRate(leastSquaresGrowth(series).value, rate);
        expectCompoundRate(averageAnnualGrowth(series).value, rate);
      }),
    );
  });
});

describe('rolling growth rates (FAOSTAT geogr)', () => {
  const rates = (values: readonly (number | null)[], span?: number): (string | undefined)[] =>
    rollingGrowthRates(byYear(values), span === undefined ? {} : { span }).map((row) => row.value?.toString());

  it('reproduces FAOSTAT test_geogr: 1, 2, 4, 8, 16 grows 100% each year', () => {
    expect(rates([1, 2, 4, 8, 16])).toEqual(['100', '100', '100', '100']);
  });

  it('reproduces FAOSTAT test_geogr: 1..5 grows 100%, 50%, 33.3%, 25%', () => {
    const expected = [1, 2, 3, 4].map((step) => new Decimal(100).div(step).toString());
    expect(rates([1, 2, 3, 4, 5])).toEqual(expected);
  });

  it('reproduces FAOSTAT test_geogr: a constant series grows 0%, and 1..10 has 5 five-year rates', () => {
    expect(rates([1, 1, 1, 1, 1])).toEqual(['0', '0', '0', '0']);
    expect(rates([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5)).toHaveLength(5);
    expect(rates([1])).toEqual([]);
  });

  it('averages over the span for longer spans', () => {
    const [first] = rollingGrowthRates(byYear([100, 110, 121]), { span: 2 });
    expect(first).toEqual({ year: 2022, baseYear: 2020, value: new Decimal(10), reason: null });
  });

  it('marks a year with a missing, zero or opposite comparison value', () => {
    const rows = rollingGrowthRates(byYear([100, null, 0, 5, -5]));
    expect(rows.map((row) => row.reason)).toEqual(['missing-value', 'missing-value', 'zero-base', null]);
    expect(rows[3]?.value?.toString()).toBe('-200');
    expect(rollingGrowthRates(byYear([5, 1, -5]), { span: 2 })[0]?.reason).toBe('opposite-signs');
    const gaps = rollingGrowthRates([
      { year: 2020, value: 100 },
      { year: 2022, value: 121 },
    ]);
    expect(gaps).toEqual([{ year: 2022, baseYear: 2021, value: null, reason: 'missing-value' }]);
  });

  it('refuses a span that is not a whole number of years', () => {
    expect(() => rollingGrowthRates(byYear([1, 2]), { span: 0 })).toThrow('span must be a whole number of years, 1 or more; got 0');
  });
});

describe('required growth to a target from a series', () => {
  it('starts from the latest year with a value', () => {
    const result = requiredGrowthToTarget(byYear([3800, 4000, 4125, null]), { year: 2025, value: 4600 });
    expect(result).toMatchObject({ latestYear: 2022, periods: 3, reason: null });
    expect(result.latestValue?.toString()).toBe('4125');
    expectCompoundRate(result.value, referenceCompoundRate(new Decimal(4125), new Decimal(4600), 3));
  });

  it('gives the plain one-year rate when the target is one year after the latest actual', () => {
    // the plan's "growth 5.6%": 4,000 in 2024, 4,224 wanted in 2025
    const result = requiredGrowthToTarget(byYear([3800, 4000], 2023), { year: 2025, value: 4224 });
    expect(result).toMatchObject({ latestYear: 2024, periods: 1, reason: null });
    expect(result.value?.toString()).toBe('5.6');
    expect(requiredGrowthToTarget(byYear([4000, null], 2024), { year: 2025, value: 4224 })).toMatchObject({ latestYear: 2024, periods: 1 });
  });

  it('says why there is no rate', () => {
    expect(requiredGrowthToTarget([], { year: 2025, value: 1 })).toMatchObject({ value: null, latestYear: null, reason: 'missing-value' });
    expect(requiredGrowthToTarget(byYear([null, null]), { year: 2025, value: 1 })).toMatchObject({ value: null, latestYear: null, periods: 0, reason: 'missing-value' });
    expect(requiredGrowthToTarget(byYear([1, 2]), { year: 2021, value: 5 })).toMatchObject({ latestYear: 2021, periods: 0 });
    expect(requiredGrowthToTarget(byYear([1, 2]), { year: 2021, value: 5 }).reason).toBe('target-year-passed');
    expect(requiredGrowthToTarget(byYear([0]), { year: 2025, value: 5 }).reason).toBe('zero-base');
    expect(requiredGrowthToTarget(byYear([-3]), { year: 2025, value: 5 }).reason).toBe('opposite-signs');
  });

  it('refuses a target that is not a year and a value', () => {
    expect(() => requiredGrowthToTarget(byYear([1]), { year: 2025.5, value: 5 })).toThrow(
      'target.year must be an integer year such as 2025; got 2025.5',
    );
    expect(() => requiredGrowthToTarget(byYear([1]), { year: 2025, value: 'lots' })).toThrow(
      `target.value must be a decimal number such as '12.5' or 12.5; got the string "lots"`,
    );
  });
});

describe('every series-level function', () => {
  const malformed = [{ year: 2020, value: 1 }, { year: 2021, value: Number.NaN }];
  it.each([
    ['averageAnnualGrowth', () => averageAnnualGrowth(malformed)],
    ['leastSquaresGrowth', () => leastSquaresGrowth(malformed)],
    ['rollingGrowthRates', () => rollingGrowthRates(malformed)],
    ['requiredGrowthToTarget', () => requiredGrowthToTarget(malformed, { year: 2025, value: 2 })],
  ])('%s refuses a malformed series with invalid-input and the path of the bad value', (_, run) => {
    expect(run).toThrow('invalid series: 1 problem\n- series[1].value: value must be a finite number; got NaN');
    try {
      run();
    } catch (error) {
      expect((error as PlanningError).code).toBe('invalid-input');
    }
  });

  it('refuses something that is not an array', () => {
    expect(() => averageAnnualGrowth('2020: 1' as unknown as YearSeries)).toThrow('series must be an array of { year, value }; got string');
  });
});
