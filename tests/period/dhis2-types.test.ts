/*
 * The DHIS2 period types beyond the calendar ones, checked against dhis2-core's own numbers: the
 * dates and ISO strings asserted in dhis-2/dhis-api/src/test/java/org/hisp/dhis/period/*Test.java
 * (BiMonthlyPeriodTypeTest, BiWeeklyPeriodTypeTest, SixMonthlyAprilPeriodTypeTest,
 * SixMonthlyNovemberPeriodTest, WeeklyPeriodTypeTest, Financial*PeriodTypeTest), commit 3f8c14a.
 * dhis2-core's createPeriod(date) is enclosingPeriod(date, type) here, getNextPeriod and
 * getPreviousPeriod are nextPeriod and previousPeriod, and getIsoDate is toDhis2PeriodId.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Period,
  type PeriodInput,
  type PeriodTypeOptions,
  type SimplePeriodType,
  enclosingPeriod,
  formatPeriod,
  fromDhis2PeriodId,
  nextPeriod,
  parsePeriod,
  periodElapsedShare,
  periodEnd,
  periodStart,
  previousPeriod,
  splitPeriod,
  toDhis2PeriodId,
} from '../../src/index.js';
import { simpleArbitraries } from './arbitraries.js';
import { expectFailure } from './helpers.js';

const dates = (period: PeriodInput): [string, string] => [periodStart(period), periodEnd(period)];

/** dhis2-core's createPeriod(date): the period of the type that holds the day. */
function holding(day: string, type: SimplePeriodType, options: PeriodTypeOptions = {}): Period {
  return enclosingPeriod(day, type, options);
}

describe('DHIS2 BiMonthly (yyyyMMB)', () => {
  it('finds the bi-month of a day (BiMonthlyPeriodTypeTest.testCreatePeriod)', () => {
    expect(dates(holding('2009-08-15', 'bimonth'))).toEqual(['2009-07-01', '2009-08-31']);
    expect(dates(holding('2009-03-15', 'bimonth'))).toEqual(['2009-03-01', '2009-04-30']);
  });

  it('moves to the next and previous bi-month (testGetNextPeriod, testGetPreviousPeriod)', () => {
    const period = holding('2009-08-15', 'bimonth');
    expect(dates(nextPeriod(period))).toEqual(['2009-09-01', '2009-10-31']);
    expect(dates(previousPeriod(period))).toEqual(['2009-05-01', '2009-06-30']);
  });

  it('splits a year into six bi-months (testGeneratePeriods)', () => {
    expect(splitPeriod('2009', 'bimonth').map(periodStart)).toEqual([
      '2009-01-01',
      '2009-03-01',
      '2009-05-01',
      '2009-07-01',
      '2009-09-01',
      '2009-11-01',
    ]);
  });

  it('numbers bi-months 01 to 06 in the ID, not by their first month (BiMonthlyPeriodType.getIsoDate)', () => {
    expect(toDhis2PeriodId(holding('2009-08-15', 'bimonth'))).toBe('200904B');
    expect(formatPeriod(fromDhis2PeriodId('202401B'))).toBe('2024-B1');
    expect(dates(fromDhis2PeriodId('202406B'))).toEqual(['2024-11-01', '2024-12-31']);
  });

  it('refuses bi-month 07 and a dashed bi-month, saying what is allowed', () => {
    expectFailure(() => fromDhis2PeriodId('202407B'), 'invalid-period', /bimonth must be an integer from 1 to 6 \(bi-month 1 is January and February\); got 7/);
    expectFailure(() => fromDhis2PeriodId('2024-01B'), 'invalid-period', 'invalid DHIS2 period ID "2024-01B": a bi-month is yyyyMMB, such as 202401B');
    expectFailure(() => parsePeriod('2024-B0'), 'invalid-period', /bimonth must be an integer from 1 to 6/);
  });
});

describe('DHIS2 BiWeekly (yyyyBiWn)', () => {
  it('finds the bi-week of a day (BiWeeklyPeriodTypeTest.testCreatePeriod)', () => {
    expect(dates(holding('2018-01-08', 'biweek'))).toEqual(['2018-01-01', '2018-01-14']);
    expect(dates(holding('2017-12-29', 'biweek'))).toEqual(['2017-12-18', '2017-12-31']);
  });

  it('moves to the next and previous bi-week (testGetNextPeriod, testGetPreviousPeriod)', () => {
    expect(dates(nextPeriod(holding('2018-01-03', 'biweek')))).toEqual(['2018-01-15', '2018-01-28']);
    expect(dates(previousPeriod(holding('2018-01-04', 'biweek')))).toEqual(['2017-12-18', '2017-12-31']);
  });

  it('names bi-weeks as dhis2-core does, with a 27th in a 53-week year (testToIsoDate)', () => {
    const table: [string, string][] = [
      ['2017-01-16', '2017BiW2'],
      ['2018-01-01', '2018BiW1'],
      ['2018-01-15', '2018BiW2'],
      ['2019-01-01', '2019BiW1'],
      ['2010-01-01', '2009BiW27'],
      ['2020-01-01', '2020BiW1'],
    ];
    for (const [day, id] of table) expect([day, toDhis2PeriodId(holding(day, 'biweek'))]).toEqual([day, id]);
  });

  it('reads a bi-week as ISO weeks 2n-1 and 2n (DateUnitPeriodTypeParser)', () => {
    expect(dates(fromDhis2PeriodId('2018BiW1'))).toEqual(['2018-01-01', '2018-01-14']);
    expect(dates(fromDhis2PeriodId('2009BiW27'))).toEqual(['2009-12-28', '2010-01-10']);
    expect(formatPeriod(fromDhis2PeriodId('2024BiW3'))).toBe('2024-BiW03');
  });

  it('refuses bi-week 27 of a 52-week year and cannot split across the overlap', () => {
    expectFailure(() => fromDhis2PeriodId('2025BiW27'), 'invalid-period', /ISO week-year 2025 has 52 weeks, so 26 bi-weeks: biweek must be 1 to 26; got 27/);
    expectFailure(() => splitPeriod('2009-12-14/2010-01-17', 'biweek'), 'unsupported-conversion', /2009-BiW27 runs to 2010-01-10, into 2010-BiW01 which starts on 2010-01-04/);
  });
});

describe('DHIS2 SixMonthlyApril (yyyyAprilSn) and SixMonthlyNov (yyyyNovSn)', () => {
  const april: PeriodTypeOptions = { fiscalYearStartMonth: 4 };
  const november: PeriodTypeOptions = { fiscalYearStartMonth: 11 };

  it('finds the April half of a day (SixMonthlyAprilPeriodTypeTest.testCreatePeriod)', () => {
    const table: [string, string, string][] = [
      ['2009-08-15', '2009-04-01', '2009-09-30'],
      ['2009-12-15', '2009-10-01', '2010-03-31'],
      ['2009-07-15', '2009-04-01', '2009-09-30'],
      ['2015-02-01', '2014-10-01', '2015-03-31'],
      ['2014-03-31', '2013-10-01', '2014-03-31'],
    ];
    for (const [day, start, end] of table) expect([day, ...dates(holding(day, 'fiscal-half', april))]).toEqual([day, start, end]);
  });

  it('reads April halves by the year in which they start (testCreatePeriodFromIsoDate)', () => {
    expect(dates(fromDhis2PeriodId('2015AprilS1'))).toEqual(['2015-04-01', '2015-09-30']);
    expect(dates(fromDhis2PeriodId('2015AprilS2'))).toEqual(['2015-10-01', '2016-03-31']);
    expect(formatPeriod(fromDhis2PeriodId('2015AprilS2'))).toBe('2015-FY04-S2');
  });

  it('moves April halves (testGetNextPeriod, testGetPreviousPeriod)', () => {
    expect(dates(nextPeriod(holding('2009-08-15', 'fiscal-half', april)))).toEqual(['2009-10-01', '2010-03-31']);
    expect(dates(nextPeriod(holding('2009-12-15', 'fiscal-half', april)))).toEqual(['2010-04-01', '2010-09-30']);
    expect(dates(previousPeriod(holding('2009-08-15', 'fiscal-half', april)))).toEqual(['2008-10-01', '2009-03-31']);
    expect(dates(previousPeriod(holding('2009-12-15', 'fiscal-half', april)))).toEqual(['2009-04-01', '2009-09-30']);
  });

  it('finds the November half of a day (SixMonthlyNovemberPeriodTest.testCreatePeriod)', () => {
    const table: [string, string, string][] = [
      ['2009-08-15', '2009-05-01', '2009-10-31'],
      ['2009-12-15', '2009-11-01', '2010-04-30'],
      ['2009-07-15', '2009-05-01', '2009-10-31'],
      ['2015-02-01', '2014-11-01', '2015-04-30'],
      ['2014-03-31', '2013-11-01', '2014-04-30'],
    ];
    for (const [day, start, end] of table) expect([day, ...dates(holding(day, 'fiscal-half', november))]).toEqual([day, start, end]);
  });

  it('reads November halves by the year in which their fiscal year ends (testCreatePeriodFromIsoDate)', () => {
    expect(dates(fromDhis2PeriodId('2015NovS1'))).toEqual(['2014-11-01', '2015-04-30']);
    expect(dates(fromDhis2PeriodId('2015NovS2'))).toEqual(['2015-05-01', '2015-10-31']);
    expect(formatPeriod(fromDhis2PeriodId('2015NovS1'))).toBe('2014-FY11-S1');
    // SixMonthlyNovemberPeriodType.getIsoDate: year + 1 for the half starting in November.
    expect(toDhis2PeriodId('2014-FY11-S1')).toBe('2015NovS1');
    expect(toDhis2PeriodId('2015-FY11-S2')).toBe('2016NovS2');
    expect(dates('2015-FY11-S2')).toEqual(['2016-05-01', '2016-10-31']);
  });

  it('moves November halves (testGetNextPeriod, testGetPreviousPeriod)', () => {
    expect(dates(nextPeriod(holding('2009-08-15', 'fiscal-half', november)))).toEqual(['2009-11-01', '2010-04-30']);
    expect(dates(nextPeriod(holding('2009-12-15', 'fiscal-half', november)))).toEqual(['2010-05-01', '2010-10-31']);
    expect(dates(previousPeriod(holding('2009-08-15', 'fiscal-half', november)))).toEqual(['2008-11-01', '2009-04-30']);
    expect(dates(previousPeriod(holding('2009-12-15', 'fiscal-half', november)))).toEqual(['2009-05-01', '2009-10-31']);
  });

  it('splits a fiscal year into its two halves, and refuses six-monthly types DHIS2 lacks', () => {
    expect(splitPeriod('2024-FY04', 'fiscal-half').map(formatPeriod)).toEqual(['2024-FY04-S1', '2024-FY04-S2']);
    expectFailure(
      () => toDhis2PeriodId('2024-FY07-S1'),
      'unsupported-conversion',
      '2024-FY07-S1 has no DHIS2 period ID: DHIS2 has six-monthly periods starting in January (2024-S1), April and November only',
    );
    expectFailure(() => fromDhis2PeriodId('2024AprilS3'), 'invalid-period', /half must be an integer from 1 to 2; got 3/);
    expectFailure(() => splitPeriod('2024', 'fiscal-half'), 'invalid-argument', /splitPeriod\(2024, 'fiscal-half'\) needs options.fiscalYearStartMonth/);
  });
});

describe('DHIS2 financial years from April, July, October and November', () => {
  // [type options, day, start, end] from Financial{April,July,October,November}PeriodTypeTest.testCreatePeriod.
  const created: [number, string, string, string][] = [
    [4, '2009-02-15', '2008-04-01', '2009-03-31'],
    [4, '2009-09-12', '2009-04-01', '2010-03-31'],
    [7, '2009-02-15', '2008-07-01', '2009-06-30'],
    [7, '2009-09-12', '2009-07-01', '2010-06-30'],
    [10, '2009-02-15', '2008-10-01', '2009-09-30'],
    [10, '2009-11-12', '2009-10-01', '2010-09-30'],
    [11, '2009-02-15', '2008-11-01', '2009-10-31'],
    [11, '2009-11-12', '2009-11-01', '2010-10-31'],
  ];

  it('finds the financial year of a day (Financial*PeriodTypeTest.testCreatePeriod)', () => {
    for (const [month, day, start, end] of created) {
      expect([month, day, ...dates(holding(day, 'fiscal-year', { fiscalYearStartMonth: month }))]).toEqual([month, day, start, end]);
    }
  });

  it('moves financial years (testGetNextPeriod, testGetPreviousPeriod)', () => {
    const moved: [number, string, string, string, string][] = [
      [4, '2009-04-01', '2010-03-31', '2007-04-01', '2008-03-31'],
      [7, '2009-07-01', '2010-06-30', '2007-07-01', '2008-06-30'],
      [10, '2009-10-01', '2010-09-30', '2007-10-01', '2008-09-30'],
      [11, '2009-11-01', '2010-10-31', '2007-11-01', '2008-10-31'],
    ];
    for (const [month, nextStart, nextEnd, previousStart, previousEnd] of moved) {
      const period = holding('2009-02-15', 'fiscal-year', { fiscalYearStartMonth: month });
      expect([month, ...dates(nextPeriod(period)), ...dates(previousPeriod(period))]).toEqual([month, nextStart, nextEnd, previousStart, previousEnd]);
    }
  });

  it('writes the IDs with the labels of dhis2-core: start year, except November by its end year (getIsoDate)', () => {
    const ids: [number, string][] = [
      [4, '2008April'],
      [7, '2008July'],
      [10, '2008Oct'],
      [11, '2009Nov'],
    ];
    for (const [month, id] of ids) {
      const period = holding('2009-02-15', 'fiscal-year', { fiscalYearStartMonth: month });
      expect([month, toDhis2PeriodId(period), formatPeriod(fromDhis2PeriodId(id))]).toEqual([month, id, formatPeriod(period)]);
    }
  });
});

describe('DHIS2 weeks starting on Wednesday, Thursday, Saturday and Sunday (yyyyWedWn ...)', () => {
  // [weekStart, day, ID] from WeeklyPeriodTypeTest.testWeekly{Wednesday,Thursday,Saturday,Sunday}.
  const table: ['wednesday' | 'thursday' | 'saturday' | 'sunday', string, string][] = [
    ['wednesday', '2017-05-04', '2017WedW18'],
    ['wednesday', '2017-05-03', '2017WedW18'],
    ['wednesday', '2017-05-02', '2017WedW17'],
    ['wednesday', '2017-05-01', '2017WedW17'],
    ['thursday', '2017-05-07', '2017ThuW19'],
    ['thursday', '2017-05-04', '2017ThuW19'],
    ['thursday', '2017-05-03', '2017ThuW18'],
    ['thursday', '2017-05-01', '2017ThuW18'],
    ['saturday', '2017-05-07', '2017SatW19'],
    ['saturday', '2017-05-06', '2017SatW19'],
    ['saturday', '2017-05-05', '2017SatW18'],
    ['saturday', '2017-05-01', '2017SatW18'],
    ['sunday', '2017-05-07', '2017SunW19'],
    ['sunday', '2017-05-06', '2017SunW18'],
    ['sunday', '2017-05-01', '2017SunW18'],
    ['sunday', '2017-01-08', '2017SunW2'],
    ['sunday', '2017-01-01', '2017SunW1'],
  ];

  it('numbers the week of a day as dhis2-core does', () => {
    for (const [weekStart, day, id] of table) {
      expect([weekStart, day, toDhis2PeriodId(holding(day, 'week', { weekStart }))]).toEqual([weekStart, day, id]);
    }
  });

  it('reads the IDs back to weeks that start on their day and hold those days', () => {
    for (const [weekStart, day, id] of table) {
      const week = fromDhis2PeriodId(id);
      expect([id, week.type === 'week' ? week.weekStart : undefined]).toEqual([id, weekStart]);
      const [start, end] = dates(week);
      expect([id, start <= day && day <= end, toDhis2PeriodId(week)]).toEqual([id, true, id]);
    }
    expect(dates(fromDhis2PeriodId('2017WedW18'))).toEqual(['2017-05-03', '2017-05-09']);
  });

  it('makes week 1 the week that holds 4 January, as WeekFields.of(day, 4) does', () => {
    expect(dates('2024-SunW01')).toEqual(['2023-12-31', '2024-01-06']);
    expect(dates('2024-SatW01')).toEqual(['2023-12-30', '2024-01-05']);
    expect(dates('2021-WedW01')).toEqual(['2020-12-30', '2021-01-05']);
    expect(dates('2021-ThuW01')).toEqual(['2020-12-31', '2021-01-06']);
    fc.assert(
      fc.property(simpleArbitraries.week, (week) => {
        fc.pre(week.type === 'week' && week.week === 1);
        const [start, end] = dates(week);
        const fourth = `${String(week.year)}-01-04`;
        expect(start <= fourth && fourth <= end).toBe(true);
      }),
    );
  });

  it('refuses week 53 where the week-year has 52, a Monday weekStart and Tuesday weeks in DHIS2', () => {
    expectFailure(() => parsePeriod('2017-WedW53'), 'invalid-period', /week-year 2017 of weeks starting on wednesday has 52 weeks, so week must be 1 to 52; got 53/);
    expectFailure(
      () => formatPeriod({ type: 'week', year: 2024, week: 1, weekStart: 'monday' as 'tuesday' }),
      'invalid-period',
      /weekStart must be one of tuesday, wednesday, thursday, friday, saturday, sunday \(weeks that start on Monday are ISO weeks: leave weekStart out\); got "monday"/,
    );
    expectFailure(() => toDhis2PeriodId('2024-TueW01'), 'unsupported-conversion', /DHIS2 has weeks starting on Monday, Wednesday, Thursday, Friday, Saturday and Sunday only/);
    expectFailure(() => parsePeriod('2024-WedW01/2024-ThuW02'), 'invalid-period', 'invalid period code "2024-WedW01/2024-ThuW02": a range of weeks needs one start day at both ends; got 2024-WedW01 and 2024-ThuW02');
  });
});

describe('the elapsed share by weeks that start on another day', () => {
  it('counts completed Wednesday weeks of a range of days', () => {
    expect(periodElapsedShare('2017-05-03/2017-05-16', '2017-05-09', { by: 'sub-periods', subType: 'week', weekStart: 'wednesday' }).toString()).toBe('0.5');
    expectFailure(
      () => periodElapsedShare('2017-05-03/2017-05-16', '2017-05-09', { by: 'sub-periods', subType: 'week', weekStart: 'monday' as 'sunday' }),
      'invalid-argument',
      /options.weekStart must be one of tuesday, wednesday, thursday, friday, saturday, sunday, or absent for ISO weeks \(Monday\); got "monday"/,
    );
  });
});

describe('round trips of the new period types', () => {
  it('reads back every code it writes, and every DHIS2 ID it writes', () => {
    for (const type of ['fiscal-half', 'bimonth', 'biweek', 'week'] as const) {
      fc.assert(
        fc.property(simpleArbitraries[type], (period) => {
          expect(parsePeriod(formatPeriod(period))).toEqual(period);
          const dhis2 = period.type === 'fiscal-half' ? [4, 11].includes(period.startMonth) : period.type !== 'week' || period.weekStart !== 'tuesday';
          if (dhis2) expect(fromDhis2PeriodId(toDhis2PeriodId(period))).toEqual(period);
        }),
        { numRuns: 200 },
      );
    }
  });

  it('reads the codes case-insensitively and without the zero', () => {
    expect(formatPeriod('2024-biw3')).toBe('2024-BiW03');
    expect(formatPeriod('2024-wedw5')).toBe('2024-WedW05');
    expect(formatPeriod('2024-MonW5')).toBe('2024-W05');
    expect(formatPeriod('2024-fy4-h2')).toBe('2024-FY04-S2');
    expect(formatPeriod('2024-b2')).toBe('2024-B2');
  });
});

describe('DHIS2 period types with no period type here, at the edges of their patterns', () => {
  it('names Tuesday weeks of two digits, and reads IDs around QuarterlyNov as invalid', () => {
    expectFailure(() => fromDhis2PeriodId('2024TueW12'), 'unsupported-conversion', 'cannot read DHIS2 period ID "2024TueW12": DHIS2 weeks that start on Tuesday have no period type here');
    for (const id of ['12016NovQ1', '2016NovQ12']) {
      expectFailure(() => fromDhis2PeriodId(id), 'invalid-period', /^invalid DHIS2 period ID .*: expected yyyy, yyyySn/);
    }
  });
});
