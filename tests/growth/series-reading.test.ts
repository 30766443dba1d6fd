import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal, linkConstantPriceSeries, parseYearSeries, rollingGrowthRates } from '../../src/index.js';
import { caught, issueLines } from '../helpers.js';

/* How a series argument is read: missing values, foreign Decimals, repeated years in any order. */
describe('reading a year series', () => {
  it('treats a row without a value as missing, like null', () => {
    const rows = rollingGrowthRates([{ year: 2020, value: 100 }, { year: 2021 } as never, { year: 2022, value: 121 }]);
    expect(rows.map((row) => [row.year, row.value?.toString() ?? null, row.reason])).toEqual([
      [2021, null, 'missing-value'],
      [2022, null, 'missing-value'],
    ]);
  });

  it("computes with the library's own Decimal when given another decimal.js Decimal", () => {
    const rows = rollingGrowthRates([
      { year: 2020, value: new DecimalJs(100) },
      { year: 2021, value: new DecimalJs(110) },
    ]);
    expect(rows[0]?.value?.toString()).toBe('10');
    expect(rows[0]?.value?.constructor).toBe(Decimal);
  });

  it('refuses a year given twice even when the rows are in order', () => {
    const error = caught(() =>
      rollingGrowthRates([
        { year: 2020, value: 1 },
        { year: 2020, value: 2 },
        { year: 2021, value: 3 },
      ]),
    );
    expect(error.code).toBe('invalid-input');
    expect(issueLines(error.issues)).toEqual(['series[1].year: year 2020 is already given at index 0; give each year once']);
  });

  it("refuses a library Decimal outside the value domain, as toDecimal does, naming the row", () => {
    const error = caught(() => rollingGrowthRates([{ year: 2020, value: new Decimal(100) }, { year: 2021, value: new Decimal('1e2000') }]));
    expect(error.code).toBe('invalid-input');
    expect(issueLines(error.issues)).toEqual(['series[1].value: value must have an exponent from -1000 to 1000; got the Decimal 1.000e+2000']);
  });

  it('reads rows out of order into ascending years', () => {
    const rows = rollingGrowthRates([
      { year: 2022, value: 121 },
      { year: 2020, value: 100 },
      { year: 2021, value: 110 },
    ]);
    expect(rows.map((row) => [row.year, row.value?.toString()])).toEqual([
      [2021, '10'],
      [2022, '10'],
    ]);
  });
});

describe('parseYearSeries', () => {
  it('reports a fractional year once, not also as a repeated year', () => {
    const error = caught(() =>
      parseYearSeries([
        { year: 2023.5, value: 1 },
        { year: 2023.5, value: 2 },
      ]),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      [0, 'year'],
      [1, 'year'],
    ]);
    expect(error.message).toMatch(/^invalid year series: 2 problems\n/);
  });

  it('reports a row that is null or not an object as a problem of its row, not as a TypeError', () => {
    const error = caught(() => parseYearSeries([null, 2024, { year: 2024, value: 1 }]));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.path)).toEqual([[0], [1]]);
  });

  it('lets an error that is not a PlanningError through unchanged', () => {
    const failure = new Error('the getter failed');
    const row = {
      year: 2024,
      get value(): number {
        throw failure;
      },
    };
    expect(() => parseYearSeries([row] as unknown)).toThrow(failure);
  });
});

describe('linkConstantPriceSeries: the overlap and the order of years', () => {
  it('links through the latest year both series have, not an earlier one', () => {
    const linked = linkConstantPriceSeries(
      [
        { year: 2019, value: 90 },
        { year: 2020, value: 100 },
      ],
      [
        { year: 2019, value: 130 },
        { year: 2020, value: 150 },
      ],
    );
    expect(linked.overlapYear).toBe(2020);
    expect(linked.factor?.toString()).toBe('1.5');
  });

  it('gives the years of both series in ascending order', () => {
    const linked = linkConstantPriceSeries(
      [
        { year: 2017, value: 80 },
        { year: 2019, value: 90 },
        { year: 2021, value: 100 },
      ],
      [
        { year: 2018, value: 140 },
        { year: 2021, value: 150 },
      ],
    );
    expect(linked.values.map((row) => [row.year, row.value?.toString(), row.source])).toEqual([
      [2017, '120', 'linked'],
      [2018, '140', 'new'],
      [2019, '135', 'linked'],
      [2021, '150', 'new'],
    ]);
  });
});
