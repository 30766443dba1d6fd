import { addDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PlanningError,
  comparePeriods,
  enclosingPeriod,
  formatPeriod,
  isoDateToDate,
  periodContains,
  periodDays,
  periodEnd,
  periodStart,
  periodsEqual,
  periodsOverlap,
  sortPeriods,
  toIsoDate,
} from '../../src/index.js';
import { periodArbitrary } from './arbitraries.js';

describe('period dates', () => {
  it('gives the first and last day of every period type', () => {
    const table: [string, string, string, number][] = [
      ['2024', '2024-01-01', '2024-12-31', 366],
      ['2023', '2023-01-01', '2023-12-31', 365],
      ['2024-FY04', '2024-04-01', '2025-03-31', 365],
      ['2023-FY04', '2023-04-01', '2024-03-31', 366],
      ['2024-FY10', '2024-10-01', '2025-09-30', 365],
      ['2024-S1', '2024-01-01', '2024-06-30', 182],
      ['2024-S2', '2024-07-01', '2024-12-31', 184],
      ['2024-Q1', '2024-01-01', '2024-03-31', 91],
      ['2024-Q4', '2024-10-01', '2024-12-31', 92],
      ['2024-M02', '2024-02-01', '2024-02-29', 29],
      ['2025-M02', '2025-02-01', '2025-02-28', 28],
      ['2024-W05', '2024-01-29', '2024-02-04', 7],
      ['2024-01-15', '2024-01-15', '2024-01-15', 1],
      ['2021/2025', '2021-01-01', '2025-12-31', 1826],
      ['2024-M01/2024-M09', '2024-01-01', '2024-09-30', 274],
    ];
    for (const [code, start, end, days] of table) {
      expect([code, periodStart(code), periodEnd(code), periodDays(code)]).toEqual([code, start, end, days]);
    }
  });

  it('places the ISO week-year edges where ISO 8601 puts them', () => {
    // 1 January 2021 is a Friday: it belongs to the last week of 2020, which has 53 weeks.
    expect(formatPeriod(enclosingPeriod('2021-01-01', 'week'))).toBe('2020-W53');
    expect(formatPeriod(enclosingPeriod('2027-01-01', 'week'))).toBe('2026-W53');
    // 30 December 2024 is a Monday: it starts week 1 of 2025.
    expect(formatPeriod(enclosingPeriod('2024-12-30', 'week'))).toBe('2025-W01');
    expect(periodStart('2020-W53')).toBe('2020-12-28');
    expect(periodEnd('2020-W53')).toBe('2021-01-03');
    expect(periodStart('2026-W53')).toBe('2026-12-28');
    expect(periodStart('2025-W01')).toBe('2024-12-30');
  });

  it('counts days consistently with the first and last day', () => {
    fc.assert(
      fc.property(periodArbitrary, (period) => {
        const last = toIsoDate(addDays(isoDateToDate(periodStart(period)), periodDays(period) - 1));
        expect(last).toBe(periodEnd(period));
      }),
    );
  });

  it('refuses an invalid period in every date function', () => {
    for (const run of [() => periodStart('2024-Q5'), () => periodEnd('2024-Q5'), () => periodDays('2024-Q5')]) {
      expect(run).toThrow(PlanningError);
      expect(run).toThrow(/invalid period code "2024-Q5": quarter must be an integer from 1 to 4; got 5/);
    }
  });
});

describe('period relations', () => {
  it('tells containment and overlap by days', () => {
    expect(periodContains('2021/2025', '2024-M09')).toBe(true);
    expect(periodContains('2024', '2024')).toBe(true);
    expect(periodContains('2024-FY10', '2024-M09')).toBe(false);
    expect(periodContains('2024', '2025-W01')).toBe(false);
    expect(periodContains('2024-M09', '2024')).toBe(false);
    expect(periodsOverlap('2025-W01', '2024')).toBe(true);
    expect(periodsOverlap('2025-W02', '2024')).toBe(false);
    expect(periodsOverlap('2024-Q1', '2024-M03/2024-M05')).toBe(true);
    expect(periodsOverlap('2024-Q1', '2024-Q2')).toBe(false);
  });

  it('contains exactly what lies between its first and last day, and overlap is symmetric', () => {
    fc.assert(
      fc.property(periodArbitrary, periodArbitrary, (a, b) => {
        const inside = periodStart(a) <= periodStart(b) && periodEnd(b) <= periodEnd(a);
        expect(periodContains(a, b)).toBe(inside);
        expect(periodsOverlap(a, b)).toBe(periodsOverlap(b, a));
        if (periodContains(a, b)) expect(periodsOverlap(a, b)).toBe(true);
      }),
    );
  });

  it('orders by first day, then last day, then simple before range and coarser before finer', () => {
    expect(comparePeriods('2024-M01', '2024-Q1')).toBe(-1);
    expect(comparePeriods('2024', '2024-Q1')).toBe(1);
    expect(comparePeriods('2024-Q1', '2024-q1')).toBe(0);
    expect(comparePeriods('2023', '2024-01-01')).toBe(-1);
    expect(sortPeriods(['2024-M01/2024-M12', '2024-Q1/2024-Q4', '2024', '2024/2024'])).toEqual([
      '2024',
      '2024/2024',
      '2024-Q1/2024-Q4',
      '2024-M01/2024-M12',
    ]);
  });

  it('is a total order consistent with equal codes', () => {
    fc.assert(
      fc.property(periodArbitrary, periodArbitrary, periodArbitrary, (a, b, c) => {
        const ab = comparePeriods(a, b);
        expect(comparePeriods(b, a)).toBe(ab === 0 ? 0 : -ab);
        expect(ab === 0).toBe(formatPeriod(a) === formatPeriod(b));
        expect(periodsEqual(a, b)).toBe(ab === 0);
        if (ab <= 0 && comparePeriods(b, c) <= 0) expect(comparePeriods(a, c)).toBeLessThanOrEqual(0);
        if (periodStart(a) < periodStart(b)) expect(ab).toBe(-1);
      }),
    );
  });

  it('treats periods that cover the same days but have different codes as different', () => {
    expect(periodsEqual('2024-M09', { type: 'month', year: 2024, month: 9 })).toBe(true);
    expect(periodsEqual('2024', '2024/2024')).toBe(false);
    expect(periodsEqual('2024-Q1', '2024-M01/2024-M03')).toBe(false);
  });

  it('sorts into a new array of the same elements, leaving the input alone', () => {
    const input = Object.freeze(['2024', '2024-M09', '2023', '2024-Q1', { type: 'year', year: 2022 } as const]);
    const sorted = sortPeriods(input);
    // By first day: the year 2024 starts in January, before September.
    expect(sorted).toEqual([{ type: 'year', year: 2022 }, '2023', '2024-Q1', '2024', '2024-M09']);
    expect(sorted[0]).toBe(input[4]);
    expect(input[0]).toBe('2024');
    fc.assert(
      fc.property(fc.array(periodArbitrary, { maxLength: 12 }), (periods) => {
        const result = sortPeriods(periods);
        expect(result).toHaveLength(periods.length);
        for (let index = 1; index < result.length; index += 1) {
          expect(comparePeriods(result[index - 1] ?? '', result[index] ?? '')).toBeLessThanOrEqual(0);
        }
      }),
    );
  });

  it('refuses invalid periods in every relation', () => {
    for (const run of [
      () => comparePeriods('2024', '2024-M13'),
      () => sortPeriods(['2024', '2024-M13']),
      () => periodsEqual('2024-M13', '2024'),
      () => periodContains('2024', '2024-M13'),
      () => periodsOverlap('2024-M13', '2024'),
    ]) {
      expect(run).toThrow(/invalid period code "2024-M13": month must be an integer from 1 to 12; got 13/);
    }
  });
});
