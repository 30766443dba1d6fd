import { addDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  type Period,
  PlanningError,
  type SimplePeriod,
  type SimplePeriodType,
  enclosingPeriod,
  enumeratePeriods,
  formatPeriod,
  isoDateToDate,
  periodContains,
  periodDays,
  periodElapsedShare,
  periodEnd,
  periodStart,
  shiftPeriod,
  simplePeriodTypes,
  splitPeriod,
  toIsoDate,
  yearToDate,
} from '../../src/index.js';
import { dayArbitrary, periodArbitrary, simpleArbitraries } from './arbitraries.js';
import { expectFailure } from './helpers.js';

const codes = (periods: readonly Period[]): string[] => periods.map((period) => formatPeriod(period));
const dayAfter = (date: string): string => toIsoDate(addDays(isoDateToDate(date), 1));

/** The parts partition the parent: no gap, no overlap, same first and last day. */
function expectPartition(parent: Period, parts: readonly SimplePeriod[], type: SimplePeriodType): void {
  expect(parts.length).toBeGreaterThan(0);
  expect(periodStart(parts[0] ?? parent)).toBe(periodStart(parent));
  expect(periodEnd(parts[parts.length - 1] ?? parent)).toBe(periodEnd(parent));
  for (let index = 1; index < parts.length; index += 1) {
    expect(periodStart(parts[index] ?? parent)).toBe(dayAfter(periodEnd(parts[index - 1] ?? parent)));
  }
  for (const part of parts) expect(part.type).toBe(type);
  expect(parts.reduce((total, part) => total + periodDays(part), 0)).toBe(periodDays(parent));
}

// Parent types and the finer types that always divide them exactly.
const alwaysFits: readonly (readonly [SimplePeriodType, readonly SimplePeriodType[]])[] = [
  ['year', ['year', 'half', 'quarter', 'month']],
  ['fiscal-year', ['fiscal-year', 'month']],
  ['half', ['half', 'quarter', 'month']],
  ['quarter', ['quarter', 'month']],
  ['month', ['month', 'day']],
  ['week', ['week', 'day']],
  ['day', ['day']],
];

describe('splitting a period', () => {
  it('splits into the finer periods that make it up', () => {
    expect(codes(splitPeriod('2024-S1', 'month'))).toEqual(['2024-M01', '2024-M02', '2024-M03', '2024-M04', '2024-M05', '2024-M06']);
    expect(codes(splitPeriod('2024', 'quarter'))).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect(codes(splitPeriod('2024-FY04', 'quarter'))).toEqual(['2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1']);
    expect(codes(splitPeriod('2024-M01/2024-M09', 'quarter'))).toEqual(['2024-Q1', '2024-Q2', '2024-Q3']);
    expect(codes(splitPeriod('2021/2025', 'year'))).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(codes(splitPeriod('2024-W01', 'day'))[6]).toBe('2024-01-07');
    expect(codes(splitPeriod('2024-M04/2026-M03', 'fiscal-year', { fiscalYearStartMonth: 4 }))).toEqual(['2024-FY04', '2025-FY04']);
    expect(splitPeriod('2024', 'day')).toHaveLength(366);
    // ISO week-year 2020 has 53 weeks, and 2025-01-01 is a Wednesday: these split whole.
    expect(splitPeriod('2019-12-30/2021-01-03', 'week')).toHaveLength(53);
  });

  it('partitions its parent exactly for every type that always fits', () => {
    for (const [parentType, finerTypes] of alwaysFits) {
      fc.assert(
        fc.property(simpleArbitraries[parentType], fc.constantFrom(...finerTypes), (parent, type) => {
          expectPartition(parent, splitPeriod(parent, type), type);
        }),
        { numRuns: 40 },
      );
    }
  });

  it('either partitions any period exactly or says it does not fit', () => {
    fc.assert(
      fc.property(periodArbitrary, fc.constantFrom(...simplePeriodTypes), fc.integer({ min: 2, max: 12 }), (parent, type, month) => {
        const days = periodDays(parent);
        fc.pre(type !== 'day' || days <= 800);
        try {
          expectPartition(parent, splitPeriod(parent, type, { fiscalYearStartMonth: month }), type);
        } catch (error) {
          if (!(error instanceof PlanningError)) throw error;
          expect(error.code).toBe('unsupported-conversion');
          expect(error.message).toMatch(/^cannot split /);
        }
      }),
    );
  });

  it('says why a period does not split into a type', () => {
    const cases: [string, SimplePeriodType, string][] = [
      ['2024-M01', 'week', 'cannot split 2024-M01 into ISO weeks: 2024-W05 runs from 2024-01-29 to 2024-02-04, past the end of 2024-M01 on 2024-01-31'],
      ['2024', 'week', 'cannot split 2024 into ISO weeks: 2025-W01 runs from 2024-12-30 to 2025-01-05, past the end of 2024 on 2024-12-31'],
      ['2024-M02', 'week', 'cannot split 2024-M02 into ISO weeks: it starts on 2024-02-01, inside 2024-W05 which starts on 2024-01-29'],
      ['2024-M01', 'quarter', 'cannot split 2024-M01 into quarters: 2024-Q1 runs from 2024-01-01 to 2024-03-31, past the end of 2024-M01 on 2024-01-31'],
      ['2024-FY02', 'quarter', 'cannot split 2024-FY02 into quarters: it starts on 2024-02-01, inside 2024-Q1 which starts on 2024-01-01'],
    ];
    for (const [period, type, message] of cases) {
      expectFailure(() => splitPeriod(period, type), 'unsupported-conversion', message);
    }
  });

  it('needs a known type and, for fiscal years, their start month', () => {
    expect(() => splitPeriod('2024', 'range' as SimplePeriodType)).toThrow(
      'the type to split into must be one of year, fiscal-year, half, fiscal-half, quarter, bimonth, month, biweek, week, day; got "range"',
    );
    expectFailure(
      () => splitPeriod('2024-M04/2026-M03', 'fiscal-year'),
      'invalid-argument',
      "splitPeriod(2024-M04/2026-M03, 'fiscal-year') needs options.fiscalYearStartMonth (2 to 12), the month in which the fiscal years start",
    );
    expect(() => splitPeriod('2024', 'fiscal-year', { fiscalYearStartMonth: 13 })).toThrow(
      'options.fiscalYearStartMonth must be an integer from 2 to 12; got 13',
    );
    expect(() => splitPeriod('2024-Q5', 'month')).toThrow(/invalid period code "2024-Q5"/);
  });
});

describe('the enclosing period', () => {
  it('finds the coarser period that holds a period', () => {
    expect(formatPeriod(enclosingPeriod('2024-M09', 'quarter'))).toBe('2024-Q3');
    expect(formatPeriod(enclosingPeriod('2024-Q3', 'half'))).toBe('2024-S2');
    expect(formatPeriod(enclosingPeriod('2024-M09', 'fiscal-year', { fiscalYearStartMonth: 4 }))).toBe('2024-FY04');
    expect(formatPeriod(enclosingPeriod('2024-M03', 'fiscal-year', { fiscalYearStartMonth: 4 }))).toBe('2023-FY04');
    expect(formatPeriod(enclosingPeriod('2024-M01/2024-M03', 'quarter'))).toBe('2024-Q1');
    expect(formatPeriod(enclosingPeriod('2024-W10', 'month'))).toBe('2024-M03');
    expect(formatPeriod(enclosingPeriod('2024-Q3', 'quarter'))).toBe('2024-Q3');
  });

  it('finds every period that holds a day', () => {
    const day = '2024-02-29';
    const expected: Record<SimplePeriodType, string> = {
      year: '2024',
      'fiscal-year': '2023-FY07',
      half: '2024-S1',
      'fiscal-half': '2023-FY07-S2',
      quarter: '2024-Q1',
      bimonth: '2024-B1',
      month: '2024-M02',
      biweek: '2024-BiW05',
      week: '2024-W09',
      day: '2024-02-29',
    };
    for (const type of simplePeriodTypes) {
      expect([type, formatPeriod(enclosingPeriod(day, type, { fiscalYearStartMonth: 7 }))]).toEqual([type, expected[type]]);
    }
    fc.assert(
      fc.property(dayArbitrary, fc.constantFrom(...simplePeriodTypes), fc.integer({ min: 2, max: 12 }), (date, type, month) => {
        const holder = enclosingPeriod(date, type, { fiscalYearStartMonth: month });
        expect(holder.type).toBe(type);
        expect(periodContains(holder, date)).toBe(true);
      }),
    );
  });

  it('either contains the period or says it straddles', () => {
    fc.assert(
      fc.property(periodArbitrary, fc.constantFrom(...simplePeriodTypes), (period, type) => {
        try {
          const holder = enclosingPeriod(period, type, { fiscalYearStartMonth: 4 });
          expect(periodContains(holder, period)).toBe(true);
          expect(codes(splitPeriod(holder, type, { fiscalYearStartMonth: 4 }))).toEqual([formatPeriod(holder)]);
        } catch (error) {
          if (!(error instanceof PlanningError)) throw error;
          expect(error.code).toBe('unsupported-conversion');
          expect(error.message).toMatch(/is not within a single/);
        }
      }),
    );
  });

  it('refuses a period that straddles two periods of the type', () => {
    expectFailure(() => enclosingPeriod('2020-W53', 'year'), 'unsupported-conversion', '2020-W53 is not within a single year: it runs from 2020-12-28 (in 2020) to 2021-01-03 (in 2021)');
    expect(() => enclosingPeriod('2024-W05', 'month')).toThrow(
      '2024-W05 is not within a single month: it runs from 2024-01-29 (in 2024-M01) to 2024-02-04 (in 2024-M02)',
    );
    expect(() => enclosingPeriod('2024', 'month')).toThrow(/2024 is not within a single month/);
    expect(() => enclosingPeriod('2024-M09', 'fiscal-year')).toThrow(/needs options.fiscalYearStartMonth/);
    expect(() => enclosingPeriod('1000-01-01', 'week')).toThrow(
      'no supported ISO week holds 1000-01-01: 1000-W01 runs outside the supported dates 1000-01-01 to 9999-12-31',
    );
  });
});

describe('enumerating a range', () => {
  it('lists the periods of a range in order', () => {
    expect(codes(enumeratePeriods('2021/2025'))).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(codes(enumeratePeriods('2020-W52/2021-W02'))).toEqual(['2020-W52', '2020-W53', '2021-W01', '2021-W02']);
    expect(codes(enumeratePeriods('2024-Q3'))).toEqual(['2024-Q3']);
    expect(codes(enumeratePeriods('2024/2024'))).toEqual(['2024']);
  });

  it('lists consecutive periods from the start to the end', () => {
    fc.assert(
      fc.property(periodArbitrary, (period) => {
        const periods = enumeratePeriods(period);
        const first = periods[0];
        const last = periods[periods.length - 1];
        if (first === undefined || last === undefined) throw new Error('expected at least one period');
        expect(periodStart(first)).toBe(periodStart(period));
        expect(periodEnd(last)).toBe(periodEnd(period));
        periods.forEach((each, index) => {
          expect(formatPeriod(each)).toBe(formatPeriod(shiftPeriod(first, index)));
        });
      }),
    );
  });

  it('refuses an invalid range', () => {
    expect(() => enumeratePeriods('2025/2021')).toThrow(/the range runs backwards/);
  });
});

describe('year to date (X tháng đầu năm)', () => {
  it('runs from the first period of the year to the period', () => {
    const table: [string, string][] = [
      ['2024-M09', '2024-M01/2024-M09'],
      ['2024-Q2', '2024-Q1/2024-Q2'],
      ['2024-S2', '2024-S1/2024-S2'],
      ['2024-S1', '2024-S1'],
      ['2024-Q1', '2024-Q1'],
      ['2024-M01', '2024-M01'],
      ['2024', '2024'],
      ['2024-FY04', '2024-FY04'],
      ['2024-W10', '2024-W01/2024-W10'],
      ['2024-03-15', '2024-01-01/2024-03-15'],
      ['2024-M04/2024-M06', '2024-M01/2024-M06'],
    ];
    for (const [period, expected] of table) expect([period, formatPeriod(yearToDate(period))]).toEqual([period, expected]);
  });

  it('ends with the period and starts on the first day of its year', () => {
    fc.assert(
      fc.property(fc.oneof(simpleArbitraries.half, simpleArbitraries.quarter, simpleArbitraries.month, simpleArbitraries.day), (period) => {
        const toDate = yearToDate(period);
        expect(periodEnd(toDate)).toBe(periodEnd(period));
        expect(periodStart(toDate)).toBe(`${periodStart(period).slice(0, 4)}-01-01`);
      }),
    );
  });

  it('refuses an invalid period', () => {
    expect(() => yearToDate('2024-M13')).toThrow(/month must be an integer from 1 to 12; got 13/);
  });
});

describe('the elapsed share of a period', () => {
  it('measures 2024 at the end of 30 June: 182/366 by days, 1/2 by months', () => {
    expect(periodElapsedShare('2024', '2024-06-30', { by: 'days' }).equals(new Decimal(182).div(366))).toBe(true);
    expect(periodElapsedShare('2024', '2024-06-30', { by: 'days' }).times(366).toDecimalPlaces(30).toString()).toBe('182');
    expect(periodElapsedShare('2024', '2024-06-30', { by: 'sub-periods', subType: 'month' }).toString()).toBe('0.5');
    expect(periodElapsedShare('2024', '2024-06-29', { by: 'sub-periods', subType: 'month' }).toString()).toBe(
      periodElapsedShare('2024', '2024-05-31', { by: 'sub-periods', subType: 'month' }).toString(),
    );
    expect(periodElapsedShare('2024', '2024-08-15', { by: 'sub-periods', subType: 'quarter' }).toString()).toBe('0.5');
    expect(periodElapsedShare('2024-FY04', '2024-09-30', { by: 'sub-periods', subType: 'month' }).toString()).toBe('0.5');
    expect(periodElapsedShare('2024-M01/2024-M09', '2024-03-31', { by: 'sub-periods', subType: 'quarter' }).toString()).toBe(
      periodElapsedShare('2024-Q1/2024-Q3', '2024-03-31', { by: 'sub-periods', subType: 'quarter' }).toString(),
    );
  });

  it('is 0 before the period, 1 after it, and grows in between', () => {
    expect(periodElapsedShare('2024', '2023-12-31', { by: 'days' }).toString()).toBe('0');
    expect(periodElapsedShare('2024', '2024-01-01', { by: 'days' }).equals(new Decimal(1).div(366))).toBe(true);
    expect(periodElapsedShare('2024', '2024-12-31', { by: 'days' }).toString()).toBe('1');
    expect(periodElapsedShare('2024', '2030-01-01', { by: 'sub-periods', subType: 'quarter' }).toString()).toBe('1');
    fc.assert(
      fc.property(periodArbitrary, dayArbitrary, fc.integer({ min: 1, max: 400 }), (period, day, later) => {
        const asOf = periodStart(day);
        const afterwards = toIsoDate(addDays(isoDateToDate(asOf), later));
        const share = periodElapsedShare(period, asOf, { by: 'days' });
        expect(share.gte(0) && share.lte(1)).toBe(true);
        expect(periodElapsedShare(period, afterwards, { by: 'days' }).gte(share)).toBe(true);
        const bySelf = periodElapsedShare(period, asOf, { by: 'sub-periods', subType: 'day' });
        if (periodDays(period) <= 800) expect(bySelf.equals(share)).toBe(true);
      }),
    );
  });

  it('refuses a bad date, bad options and a sub-type that does not fit', () => {
    expectFailure(() => periodElapsedShare('2024', '2024-02-30', { by: 'days' }), 'invalid-argument', 'asOf must be a calendar date written YYYY-MM-DD, such as \'2025-07-01\'; got "2024-02-30"');
    expectFailure(() => periodElapsedShare('2024', '2024-06-30', { by: 'weeks' } as unknown as { by: 'days' }), 'invalid-argument', "options.by must be 'days' or 'sub-periods' (with a subType such as 'month'); got \"weeks\"");
    expectFailure(
      () => periodElapsedShare('2024', '2024-06-30', { by: 'sub-periods', subType: 'week' }),
      'unsupported-conversion',
      /^cannot split 2024 into ISO weeks/,
    );
    expect(() => periodElapsedShare('2024-Q5', '2024-06-30', { by: 'days' })).toThrow(/invalid period code "2024-Q5"/);
  });
});
