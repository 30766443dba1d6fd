import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, PlanningError, deflate, deflateSeries, growthRate, linkConstantPriceSeries, round } from '../../src/index.js';

describe('deflating to constant prices', () => {
  it('divides by the price index and multiplies by 100', () => {
    expect(round(deflate(23246, '125.3'), 2).toString()).toBe('18552.27');
    expect(deflate(231, 105).toString()).toBe('220');
  });

  it('deflates a series year by year and says which years it could not', () => {
    const rows = deflateSeries(
      [
        { year: 2020, value: 200 },
        { year: 2021, value: 231 },
        { year: 2022, value: null },
        { year: 2023, value: 260 },
        { year: 2024, value: 270 },
      ],
      [
        { year: 2020, value: 100 },
        { year: 2021, value: 105 },
        { year: 2022, value: 110 },
        { year: 2024, value: 0 },
      ],
    );
    expect(rows.map((row) => [row.year, row.value?.toString() ?? null, row.reason])).toEqual([
      [2020, '200', null],
      [2021, '220', null],
      [2022, null, 'missing-value'],
      [2023, null, 'missing-price-index'],
      [2024, null, 'zero-base'],
    ]);
  });

  it('refuses a zero index and bad input', () => {
    expect(() => deflate(5, 0)).toThrow('deflating needs a non-zero price index; got 0 for the value 5');
    expect(() => deflate(5, '1,2')).toThrow(PlanningError);
    expect(() => deflateSeries([{ year: 2020, value: 1 }], [{ year: 2020.5, value: 100 }])).toThrow(
      'priceIndex[0].year: year must be an integer such as 2024; got 2020.5',
    );
  });
});

describe('linking constant-price series across base years', () => {
  const at2010 = [
    { year: 2018, value: 80 },
    { year: 2019, value: 90 },
    { year: 2020, value: 100 },
  ];
  const at2020 = [
    { year: 2020, value: 150 },
    { year: 2021, value: 159 },
  ];

  it('scales the old series by new / old in the overlap year and keeps the new values', () => {
    const linked = linkConstantPriceSeries(at2010, at2020);
    expect(linked.overlapYear).toBe(2020);
    expect(linked.factor?.toString()).toBe('1.5');
    expect(linked.values.map((row) => [row.year, row.value?.toString(), row.source])).toEqual([
      [2018, '120', 'linked'],
      [2019, '135', 'linked'],
      [2020, '150', 'new'],
      [2021, '159', 'new'],
    ]);
    expect(linked.reason).toBeNull();
  });

  it('links through a chosen overlap year and fills a gap of the new series from the old one', () => {
    const linked = linkConstantPriceSeries(
      [...at2010, { year: 2021, value: 106 }],
      [{ year: 2019, value: 180 }, { year: 2020, value: null }, { year: 2021, value: 212 }],
      { overlapYear: 2019 },
    );
    expect(linked.factor?.toString()).toBe('2');
    expect(linked.values.map((row) => [row.year, row.value?.toString(), row.source])).toEqual([
      [2018, '160', 'linked'],
      [2019, '180', 'new'],
      [2020, '200', 'linked'],
      [2021, '212', 'new'],
    ]);
  });

  it('says why it could not link: no common year, or a zero old value there', () => {
    expect(linkConstantPriceSeries([{ year: 2010, value: 1 }], [{ year: 2020, value: 1 }])).toEqual({
      overlapYear: null,
      factor: null,
      values: [],
      reason: 'missing-overlap',
    });
    expect(linkConstantPriceSeries(at2010, at2020, { overlapYear: 2021 }).reason).toBe('missing-overlap');
    expect(linkConstantPriceSeries([{ year: 2020, value: 0 }], at2020).reason).toBe('zero-base');
    expect(() => linkConstantPriceSeries(at2010, at2020, { overlapYear: 2020.5 })).toThrow(
      'overlapYear must be an integer year such as 2025; got 2020.5',
    );
  });

  it('links through the latest year that both series have, skipping years where either is missing', () => {
    // 2021 has no old value and 2020 no new one: the latest common year with both is 2019
    const linked = linkConstantPriceSeries(
      [{ year: 2021, value: null }, { year: 2018, value: 80 }, { year: 2019, value: 90 }, { year: 2020, value: 100 }],
      [{ year: 2021, value: 220 }, { year: 2020, value: null }, { year: 2019, value: 180 }],
    );
    expect(linked).toMatchObject({ overlapYear: 2019, reason: null });
    expect(linked.factor?.toString()).toBe('2');
    expect(linked.values.map((row) => [row.year, row.value?.toString(), row.source])).toEqual([
      [2018, '160', 'linked'],
      [2019, '180', 'new'],
      [2020, '200', 'linked'],
      [2021, '220', 'new'],
    ]);
  });

  it('gives a year that neither series has a value for as missing, and an overlap year without a new value no link', () => {
    const linked = linkConstantPriceSeries(
      [{ year: 2018, value: null }, { year: 2020, value: 100 }],
      [{ year: 2020, value: 150 }],
    );
    expect(linked.values).toEqual([
      { year: 2018, value: null, source: null },
      { year: 2020, value: new Decimal(150), source: 'new' },
    ]);
    expect(linkConstantPriceSeries(at2010, [{ year: 2020, value: null }, { year: 2021, value: 159 }], { overlapYear: 2020 })).toEqual({
      overlapYear: 2020,
      factor: null,
      values: [],
      reason: 'missing-overlap',
    });
    expect(linkConstantPriceSeries([{ year: 2020, value: 0 }], at2020)).toEqual({ overlapYear: 2020, factor: null, values: [], reason: 'zero-base' });
  });

  it('names the series it refuses', () => {
    expect(() => linkConstantPriceSeries([{ year: 2020, value: 'x' }], at2020)).toThrow('oldSeries');
    expect(() => linkConstantPriceSeries(at2010, [{ year: 2020, value: 'x' }])).toThrow('newSeries');
    expect(() => deflateSeries([{ year: 2020, value: 'x' }], [])).toThrow(/^invalid series/);
  });

  it('law: linking keeps the growth rates of the old series', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 2, maxLength: 10 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (old, newAtOverlap) => {
          const overlapYear = 2000 + old.length - 1;
          const linked = linkConstantPriceSeries(
            old.map((value, index) => ({ year: 2000 + index, value })),
            [{ year: overlapYear, value: newAtOverlap }],
          );
          const values = linked.values.map((row) => row.value ?? new Decimal(0));
          for (let index = 1; index < old.length; index += 1) {
            const expected = growthRate(old[index] ?? 1, old[index - 1] ?? 1);
            const actual = growthRate(values[index] ?? 1, values[index - 1] ?? 1);
            expect(actual.minus(expected).abs().lessThanOrEqualTo(expected.abs().plus(1).times('1e-36'))).toBe(true);
          }
        },
      ),
    );
  });
});
