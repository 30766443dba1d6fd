/*
 * fast-check arbitraries for every period type, shared by the period tests. Years stay away from the
 * supported edges (1000 and 9999) so that shifting by a few dozen periods stays valid; the edges have
 * their own example tests.
 */
import { differenceInCalendarDays, getISOWeeksInYear, startOfWeek } from 'date-fns';
import fc from 'fast-check';
import { type Period, type SimplePeriod, type SimplePeriodType, type WeekStart, shiftPeriod, weekStarts } from '../../src/index.js';

const year = fc.integer({ min: 1200, max: 9800 });

export const yearArbitrary: fc.Arbitrary<SimplePeriod> = year.map((value) => ({ type: 'year', year: value }));

export const fiscalYearArbitrary: fc.Arbitrary<SimplePeriod> = fc
  .record({ year, startMonth: fc.integer({ min: 2, max: 12 }) })
  .map(({ year: value, startMonth }) => ({ type: 'fiscal-year', year: value, startMonth }));

export const halfArbitrary: fc.Arbitrary<SimplePeriod> = fc
  .record({ year, half: fc.integer({ min: 1, max: 2 }) })
  .map(({ year: value, half }) => ({ type: 'half', year: value, half }));

export const fiscalHalfArbitrary: fc.Arbitrary<SimplePeriod> = fc
  .record({ year, startMonth: fc.integer({ min: 2, max: 12 }), half: fc.integer({ min: 1, max: 2 }) })
  .map(({ year: value, startMonth, half }) => ({ type: 'fiscal-half', year: value, startMonth, half }));

export const bimonthArbitrary: fc.Arbitrary<SimplePeriod> = fc
  .record({ year, bimonth: fc.integer({ min: 1, max: 6 }) })
  .map(({ year: value, bimonth }) => ({ type: 'bimonth', year: value, bimonth }));

// Bi-week 27 only where the ISO week-year has 53 weeks; the last ones are drawn more often on purpose.
export const biweekArbitrary: fc.Arbitrary<SimplePeriod> = year.chain((value) => {
  const biweeks = Math.ceil(getISOWeeksInYear(new Date(value, 0, 4)) / 2);
  return fc
    .oneof(fc.integer({ min: 1, max: biweeks }), fc.constantFrom(1, biweeks - 1, biweeks))
    .map((biweek): SimplePeriod => ({ type: 'biweek', year: value, biweek }));
});

/** The weeks of a week-year whose weeks start on a given day: week 1 holds 4 January (test oracle by date-fns). */
function weeksInYear(value: number, weekStart: WeekStart | undefined): number {
  if (weekStart === undefined) return getISOWeeksInYear(new Date(value, 0, 4));
  const weekStartsOn = ((weekStarts.indexOf(weekStart) + 2) % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6;
  const first = startOfWeek(new Date(value, 0, 4), { weekStartsOn });
  const next = startOfWeek(new Date(value + 1, 0, 4), { weekStartsOn });
  return differenceInCalendarDays(next, first) / 7;
}

export const quarterArbitrary: fc.Arbitrary<SimplePeriod> = fc
  .record({ year, quarter: fc.integer({ min: 1, max: 4 }) })
  .map(({ year: value, quarter }) => ({ type: 'quarter', year: value, quarter }));

export const monthArbitrary: fc.Arbitrary<SimplePeriod> = fc
  .record({ year, month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year: value, month }) => ({ type: 'month', year: value, month }));

// Week 53 only where the week-year has one; the last weeks are drawn more often on purpose. Half of
// the weeks are ISO weeks, the others start on another day.
export const weekArbitrary: fc.Arbitrary<SimplePeriod> = fc
  .record({ value: year, weekStart: fc.oneof(fc.constant(undefined), fc.constantFrom(...weekStarts)) })
  .chain(({ value, weekStart }) => {
    const weeks = weeksInYear(value, weekStart);
    return fc
      .oneof(fc.integer({ min: 1, max: weeks }), fc.constantFrom(1, weeks - 1, weeks))
      .map((week): SimplePeriod => (weekStart === undefined ? { type: 'week', year: value, week } : { type: 'week', year: value, week, weekStart }));
  });

export const dayArbitrary: fc.Arbitrary<SimplePeriod> = fc
  .date({ min: new Date(1200, 0, 1), max: new Date(9800, 11, 31), noInvalidDate: true })
  .map((date) => ({ type: 'day', year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() }));

export const simpleArbitraries: Readonly<Record<SimplePeriodType, fc.Arbitrary<SimplePeriod>>> = {
  year: yearArbitrary,
  'fiscal-year': fiscalYearArbitrary,
  half: halfArbitrary,
  'fiscal-half': fiscalHalfArbitrary,
  quarter: quarterArbitrary,
  bimonth: bimonthArbitrary,
  month: monthArbitrary,
  biweek: biweekArbitrary,
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
