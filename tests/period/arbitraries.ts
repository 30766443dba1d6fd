/*
 * fast-check arbitraries for every period type, shared by the period tests. Years stay away from the
 * supported edges (1000 and 9999) so that shifting by a few dozen periods stays valid; the edges have
 * their own example tests.
 */
import { getISOWeeksInYear } from 'date-fns';
import fc from 'fast-check';
import { type Period, type SimplePeriod, type SimplePeriodType, shiftPeriod } from '../../src/index.js';

const year = fc.integer({ min: 1200, max: 9800 });

export const yearArbitrary: fc.Arbitrary<SimplePeriod> = year.map((value) => ({ type: 'year', year: value }));

export const fiscalYearArbitrary: fc.Arbitrary<SimplePeriod> = fc
  .record({ year, startMonth: fc.integer({ min: 2, max: 12 }) })
  .map(({ year: value, startMonth }) => ({ type: 'fiscal-year', year: value, startMonth }));

export const halfArbitrary: fc.Arbitrary<SimplePeriod> = fc
  .record({ year, half: fc.integer({ min: 1, max: 2 }) })
  .map(({ year: value, half }) => ({ type: 'half', year: value, half }));

export const quarterArbitrary: fc.Arbitrary<SimplePeriod> = fc
  .record({ year, quarter: fc.integer({ min: 1, max: 4 }) })
  .map(({ year: value, quarter }) => ({ type: 'quarter', year: value, quarter }));

export const monthArbitrary: fc.Arbitrary<SimplePeriod> = fc
  .record({ year, month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year: value, month }) => ({ type: 'month', year: value, month }));

// Week 53 only where the ISO week-year has one; the last weeks are drawn more often on purpose.
export const weekArbitrary: fc.Arbitrary<SimplePeriod> = year.chain((value) => {
  const weeks = getISOWeeksInYear(new Date(value, 0, 4));
  return fc
    .oneof(fc.integer({ min: 1, max: weeks }), fc.constantFrom(1, weeks - 1, weeks))
    .map((week): SimplePeriod => ({ type: 'week', year: value, week }));
});

export const dayArbitrary: fc.Arbitrary<SimplePeriod> = fc
  .date({ min: new Date(1200, 0, 1), max: new Date(9800, 11, 31), noInvalidDate: true })
  .map((date) => ({ type: 'day', year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() }));

export const simpleArbitraries: Readonly<Record<SimplePeriodType, fc.Arbitrary<SimplePeriod>>> = {
  year: yearArbitrary,
  'fiscal-year': fiscalYearArbitrary,
  half: halfArbitrary,
  quarter: quarterArbitrary,
  month: monthArbitrary,
  week: weekArbitrary,
  day: dayArbitrary,
};

export const simplePeriodArbitrary: fc.Arbitrary<SimplePeriod> = fc.oneof(...Object.values(simpleArbitraries));

/** A range from a simple period to the same or a later one of its type (0 to 30 steps on). */
export const rangeArbitrary: fc.Arbitrary<Period> = fc
  .record({ start: simplePeriodArbitrary, steps: fc.integer({ min: 0, max: 30 }) })
  .map(({ start, steps }) => {
    const end = shiftPeriod(start, steps);
    if (end.type === 'range') throw new Error('shifting a simple period gave a range');
    return { type: 'range', start, end };
  });

export const periodArbitrary: fc.Arbitrary<Period> = fc.oneof(simplePeriodArbitrary, rangeArbitrary);
