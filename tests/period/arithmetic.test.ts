import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Period,
  PlanningError,
  formatPeriod,
  nextPeriod,
  periodDays,
  periodEnd,
  periodStart,
  previousPeriod,
  samePeriodLastYear,
  shiftPeriod,
} from '../../src/index.js';
import { periodArbitrary, simpleArbitraries, simplePeriodArbitrary } from './arbitraries.js';

const code = (period: Period): string => formatPeriod(period);

describe('shifting periods', () => {
  it('moves each type by its own unit', () => {
    const table: [string, number, string][] = [
      ['2024', 1, '2025'],
      ['2024-FY04', -2, '2022-FY04'],
      ['2024-S2', 1, '2025-S1'],
      ['2024-Q3', 2, '2025-Q1'],
      ['2024-M12', 1, '2025-M01'],
      ['2024-M01', -13, '2022-M12'],
      ['2020-W53', 1, '2021-W01'],
      ['2021-W01', -1, '2020-W53'],
      ['2024-W52', 1, '2025-W01'],
      ['2026-W52', 1, '2026-W53'],
      ['2024-02-28', 1, '2024-02-29'],
      ['2024-12-31', 1, '2025-01-01'],
      ['2021/2025', 1, '2022/2026'],
      ['2021/2025', 5, '2026/2030'],
      ['2024-M01/2024-M09', 12, '2025-M01/2025-M09'],
    ];
    for (const [period, steps, expected] of table) expect([period, steps, code(shiftPeriod(period, steps))]).toEqual([period, steps, expected]);
  });

  it('gives the neighbours of a period', () => {
    expect(code(nextPeriod('2026-W53'))).toBe('2027-W01');
    expect(code(previousPeriod('2024-03-01'))).toBe('2024-02-29');
    expect(code(nextPeriod('2024-Q4'))).toBe('2025-Q1');
    expect(code(previousPeriod('2024-S1'))).toBe('2023-S2');
  });

  it('undoes itself: previousPeriod(nextPeriod(p)) is p', () => {
    fc.assert(
      fc.property(periodArbitrary, (period) => {
        expect(code(previousPeriod(nextPeriod(period)))).toBe(code(period));
        expect(code(nextPeriod(previousPeriod(period)))).toBe(code(period));
      }),
    );
  });

  it('undoes itself: shifting by n then by -n gives p back, and shifts compose', () => {
    fc.assert(
      fc.property(periodArbitrary, fc.integer({ min: -60, max: 60 }), fc.integer({ min: -60, max: 60 }), (period, n, m) => {
        expect(code(shiftPeriod(shiftPeriod(period, n), -n))).toBe(code(period));
        expect(code(shiftPeriod(shiftPeriod(period, n), m))).toBe(code(shiftPeriod(period, n + m)));
      }),
    );
  });

  it('moves to the adjacent period: the next one starts the day after this one ends', () => {
    fc.assert(
      fc.property(simplePeriodArbitrary, (period) => {
        const following = nextPeriod(period);
        expect(following.type).toBe(period.type);
        // The 27th bi-week of a 53-week year is the one period that runs into the next (see below).
        if (period.type === 'biweek' && period.biweek === 27) return;
        expect(periodStart(following) > periodEnd(period)).toBe(true);
        expect(periodDays(`${periodEnd(period)}/${periodStart(following)}`)).toBe(2);
      }),
    );
  });

  it('follows bi-week 27 of a 53-week year with the next year\'s first, which it overlaps (DHIS2: 2009BiW27)', () => {
    expect(code(nextPeriod('2009-BiW26'))).toBe('2009-BiW27');
    expect(code(nextPeriod('2009-BiW27'))).toBe('2010-BiW01');
    expect(code(previousPeriod('2010-BiW01'))).toBe('2009-BiW27');
    expect(code(shiftPeriod('2009-BiW26', 3))).toBe('2010-BiW02');
    expect(code(shiftPeriod('2010-BiW02', -3))).toBe('2009-BiW26');
    expect([periodStart('2009-BiW27'), periodEnd('2009-BiW27'), periodStart('2010-BiW01')]).toEqual(['2009-12-28', '2010-01-10', '2010-01-04']);
  });

  it('refuses a step count that is not an integer', () => {
    for (const steps of [1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const run = (): Period => shiftPeriod('2024', steps);
      expect(run).toThrow(PlanningError);
      expect(run).toThrow(`steps must be an integer number of periods; got ${String(steps)}`);
    }
  });

  it('refuses to leave the supported years, with invalid-period', () => {
    expect(() => nextPeriod('9999')).toThrow(
      'cannot shift 9999 by 1: the result falls outside the supported dates 1000-01-01 to 9999-12-31',
    );
    expect(() => previousPeriod('1000-01-01')).toThrow(/cannot shift 1000-01-01 by -1/);
    expect(() => shiftPeriod('2024-01-01', Number.MAX_SAFE_INTEGER)).toThrow(/cannot shift 2024-01-01/);
    expect(() => nextPeriod('9999-W51')).toThrow(/cannot shift 9999-W51 by 1/);
    expect(() => shiftPeriod('2024-Q5', 1)).toThrow(/invalid period code "2024-Q5"/);
  });
});

describe('the same period last year (cùng kỳ năm trước)', () => {
  it('moves every type back one year', () => {
    const table: [string, string][] = [
      ['2024', '2023'],
      ['2024-FY04', '2023-FY04'],
      ['2024-S1', '2023-S1'],
      ['2024-Q3', '2023-Q3'],
      ['2024-M09', '2023-M09'],
      ['2021-W52', '2020-W52'],
      ['2024-W10', '2023-W10'],
      ['2024-01-15', '2023-01-15'],
      ['2024-M01/2024-M09', '2023-M01/2023-M09'],
      ['2021/2025', '2020/2024'],
    ];
    for (const [period, expected] of table) expect([period, code(samePeriodLastYear(period))]).toEqual([period, expected]);
  });

  it('compares 29 February with 28 February of the previous year', () => {
    expect(code(samePeriodLastYear('2024-02-29'))).toBe('2023-02-28');
    expect(code(samePeriodLastYear('2024-02-28'))).toBe('2023-02-28');
    expect(code(samePeriodLastYear('2024-02-29/2024-03-01'))).toBe('2023-02-28/2023-03-01');
  });

  it('refuses week 53, since the previous ISO week-year never has 53 weeks too', () => {
    for (const week53 of ['2015-W53', '2020-W53', '2026-W53', '2032-W53']) {
      expect(() => samePeriodLastYear(week53)).toThrow(/has no same period last year/);
    }
    const run = (): Period => samePeriodLastYear('2026-W53');
    expect(run).toThrow(PlanningError);
    expect(run).toThrow(
      '2026-W53 has no same period last year: ISO week-year 2025 has 52 weeks, so 2025-W53 does not exist; compare with 2025-W52 or with the same days (a day range)',
    );
    expect(() => samePeriodLastYear('2026-W50/2026-W53')).toThrow(/2026-W50\/2026-W53 has no same period last year/);
    expect(() => samePeriodLastYear('1000')).toThrow(/1000 has no same period last year within the supported years 1000 to 9999/);
    expect(() => samePeriodLastYear('2024-M13')).toThrow(/invalid period code/);
  });

  it('keeps the type and lands about a year earlier', () => {
    const noLeapDays = fc.oneof(
      ...Object.values(simpleArbitraries).filter(
        (arbitrary) => arbitrary !== simpleArbitraries.week && arbitrary !== simpleArbitraries.biweek && arbitrary !== simpleArbitraries.day,
      ),
    );
    fc.assert(
      fc.property(noLeapDays, (period) => {
        const earlier = samePeriodLastYear(period);
        expect(earlier.type).toBe(period.type);
        expect(code(shiftPeriod(earlier, 0))).toBe(code(earlier));
        expect(Number(periodStart(earlier).slice(0, 4))).toBe(Number(periodStart(period).slice(0, 4)) - 1);
        expect(periodStart(earlier).slice(4)).toBe(periodStart(period).slice(4));
      }),
    );
  });
});
