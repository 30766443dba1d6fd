import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Period,
  type SimplePeriod,
  formatPeriod,
  fromDhis2PeriodId,
  fromSdmxTimePeriod,
  periodEnd,
  periodStart,
  toDhis2PeriodId,
  toSdmxTimePeriod,
} from '../../src/index.js';
import { periodArbitrary, rangeArbitrary, simplePeriodArbitrary } from './arbitraries.js';
import { expectFailure, failure } from './helpers.js';

describe('SDMX TIME_PERIOD', () => {
  it('writes every period type in its SDMX form', () => {
    const table: [string, string][] = [
      ['2024', '2024'],
      ['2024-S1', '2024-S1'],
      ['2024-Q3', '2024-Q3'],
      ['2024-M09', '2024-M09'],
      ['2024-W05', '2024-W05'],
      ['2024-01-15', '2024-01-15'],
      ['2024-FY04', '2024-04-01/P1Y'],
      ['2021/2025', '2021-01-01/P5Y'],
      ['2023-FY07/2024-FY07', '2023-07-01/P2Y'],
      ['2024-M01/2024-M09', '2024-01-01/P9M'],
      ['2024-Q1/2024-Q3', '2024-01-01/P9M'],
      ['2024-S1/2025-S1', '2024-01-01/P18M'],
      ['2024-W01/2024-W02', '2024-01-01/P14D'],
      ['2024-01-01/2024-01-10', '2024-01-01/P10D'],
      ['2024-Q1/2024-Q1', '2024-Q1'],
      ['2024-FY04/2024-FY04', '2024-04-01/P1Y'],
    ];
    for (const [period, sdmx] of table) expect([period, toSdmxTimePeriod(period)]).toEqual([period, sdmx]);
  });

  it('reads every SDMX form', () => {
    const table: [string, string][] = [
      ['2024', '2024'],
      ['2024-A1', '2024'],
      ['2024-S2', '2024-S2'],
      ['2024-Q1', '2024-Q1'],
      ['2024-M01', '2024-M01'],
      ['2024-01', '2024-M01'],
      ['2020-W53', '2020-W53'],
      ['2024-01-15', '2024-01-15'],
      ['2024-D001', '2024-01-01'],
      ['2024-D060', '2024-02-29'],
      ['2024-D366', '2024-12-31'],
      ['2021-01-01/P5Y', '2021/2025'],
      ['2024-04-01/P1Y', '2024-FY04'],
      ['2024-01-01/P1Y', '2024'],
      ['2024-01-01/P12M', '2024-M01/2024-M12'],
      ['2024-01-01/P1Y6M', '2024-M01/2025-M06'],
      ['2024-03-01/P1M', '2024-M03'],
      ['2024-01-01/P2W', '2024-01-01/2024-01-14'],
      ['2024-02-28/P1W1D', '2024-02-28/2024-03-06'],
      ['2024-01-15/P1D', '2024-01-15'],
    ];
    for (const [sdmx, period] of table) expect([sdmx, formatPeriod(fromSdmxTimePeriod(sdmx))]).toEqual([sdmx, period]);
  });

  it('round-trips every period, covering the same days', () => {
    fc.assert(
      fc.property(periodArbitrary, (period) => {
        const back = fromSdmxTimePeriod(toSdmxTimePeriod(period));
        expect(periodStart(back)).toBe(periodStart(period));
        expect(periodEnd(back)).toBe(periodEnd(period));
        expect(toSdmxTimePeriod(back)).toBe(toSdmxTimePeriod(period));
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips to the very same period, except ranges of halves, quarters and weeks, one-period ranges and types SDMX lacks', () => {
    // Types with no SDMX reporting period are written as time ranges (see the next test).
    const withoutSdmxType = (period: SimplePeriod): boolean =>
      ['fiscal-half', 'bimonth', 'biweek'].includes(period.type) || (period.type === 'week' && period.weekStart !== undefined);
    const exact = (period: Period): boolean =>
      period.type === 'range'
        ? !['half', 'fiscal-half', 'quarter', 'bimonth', 'biweek', 'week'].includes(period.start.type) &&
          formatPeriod(period.start) !== formatPeriod(period.end)
        : !withoutSdmxType(period);
    fc.assert(
      fc.property(periodArbitrary, (period) => {
        fc.pre(exact(period));
        expect(fromSdmxTimePeriod(toSdmxTimePeriod(period))).toEqual(period);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(simplePeriodArbitrary, (period) => {
        fc.pre(!withoutSdmxType(period));
        expect(fromSdmxTimePeriod(toSdmxTimePeriod(period))).toEqual(period);
      }),
    );
  });

  it('writes fiscal halves, bi-months, bi-weeks and weeks from another day as time ranges of the same dates', () => {
    const table: [string, string, string][] = [
      ['2024-FY04-S2', '2024-10-01/P6M', '2024-M10/2025-M03'],
      ['2024-B2', '2024-03-01/P2M', '2024-M03/2024-M04'],
      ['2018-BiW01', '2018-01-01/P14D', '2018-01-01/2018-01-14'],
      ['2017-WedW18', '2017-05-03/P7D', '2017-05-03/2017-05-09'],
      ['2024-B1/2024-B3', '2024-01-01/P6M', '2024-M01/2024-M06'],
      ['2024-SunW01/2024-SunW02', '2023-12-31/P14D', '2023-12-31/2024-01-13'],
    ];
    for (const [code, sdmx, back] of table) {
      expect([code, toSdmxTimePeriod(code), formatPeriod(fromSdmxTimePeriod(sdmx))]).toEqual([code, sdmx, back]);
    }
    fc.assert(
      fc.property(periodArbitrary, (period) => {
        const back = fromSdmxTimePeriod(toSdmxTimePeriod(period));
        expect([periodStart(back), periodEnd(back)]).toEqual([periodStart(period), periodEnd(period)]);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what is not SDMX, with invalid-period and the expected forms', () => {
    const cases: [string, RegExp][] = [
      ['2024-M9', /^invalid SDMX TIME_PERIOD "2024-M9": expected YYYY, YYYY-A1, YYYY-Ss, YYYY-Qq, YYYY-Mmm, YYYY-Www, YYYY-Dddd, YYYY-MM, YYYY-MM-DD, or a time range start\/duration such as 2021-01-01\/P5Y$/],
      ['2024-A2', /invalid SDMX TIME_PERIOD "2024-A2": expected YYYY/],
      ['2024-Q5', /invalid SDMX TIME_PERIOD "2024-Q5": expected/],
      ['2024-M13', /^invalid SDMX TIME_PERIOD "2024-M13": month must be an integer from 1 to 12; got 13$/],
      ['2025-W53', /ISO week-year 2025 has 52 weeks/],
      ['2025-D366', /^invalid SDMX TIME_PERIOD "2025-D366": day of the year must be 001 to 365; got 366$/],
      ['2024-D000', /day of the year must be 001 to 366; got 000/],
      ['2025-02-29', /2025-02 has 28 days/],
      ['2024/P1Y', /a time range starts with a calendar date YYYY-MM-DD/],
      ['2024-01-01/5Y', /the duration must read like P5Y, P9M or P10D; got "5Y"/],
      ['2024-01-01/P', /the duration must read like P5Y, P9M or P10D; got "P"/],
      ['2024-01-01/P0Y', /the duration must be positive/],
      ['2024-01-01/P9000Y', /end: year must be an integer from 1000 to 9999; got 11023/],
      ['2024-01-01/P99999999999999999999D', /the duration is too long/],
    ];
    for (const [code, message] of cases) {
      expectFailure(() => fromSdmxTimePeriod(code), 'invalid-period', message);
    }
    expect(() => fromSdmxTimePeriod(2024 as unknown as string)).toThrow('an SDMX TIME_PERIOD must be a string such as "2024-Q3"; got number');
  });

  it('refuses SDMX forms that have no period type here, with unsupported-conversion', () => {
    const cases: [string, string][] = [
      ['2024-T1', 'SDMX reporting trimesters (four months) have no period type here'],
      ['2024-01-15T10:00:00', 'a date-time is an instant, not a period'],
      ['2024-Q1+07:00', 'time-zone offsets are not supported; drop the offset'],
      ['2024-01-01T00:00:00/P1D', 'a time range that starts at a time of day has no period here; start it on a date (YYYY-MM-DD)'],
      ['2024-01-01/PT12H', 'durations in hours, minutes or seconds have no period here'],
      ['2024-01-01/P1M2D', 'a duration that mixes years or months with weeks or days is not a whole number of periods of one type'],
      ['2024-04-15/P1Y', 'a time range in years or months must start on the first day of a month'],
    ];
    for (const [code, why] of cases) {
      expectFailure(() => fromSdmxTimePeriod(code), 'unsupported-conversion', `cannot read SDMX TIME_PERIOD ${JSON.stringify(code)}: ${why}`);
    }
  });

  it('refuses an invalid period to write', () => {
    expect(() => toSdmxTimePeriod('2024-Q5')).toThrow(/invalid period code "2024-Q5"/);
  });
});

describe('DHIS2 period IDs', () => {
  it('writes every calendar type and the financial years in DHIS2 form', () => {
    const table: [string, string][] = [
      ['2024', '2024'],
      ['2024-S1', '2024S1'],
      ['2024-Q1', '2024Q1'],
      ['2024-M01', '202401'],
      ['2024-M12', '202412'],
      ['2024-W05', '2024W5'],
      ['2024-W12', '2024W12'],
      ['2024-01-15', '20240115'],
      ['2024-FY02', '2024Feb'],
      ['2024-FY04', '2024April'],
      ['2024-FY07', '2024July'],
      ['2024-FY08', '2024Aug'],
      ['2024-FY09', '2024Sep'],
      ['2024-FY10', '2024Oct'],
      ['2023-FY11', '2024Nov'],
    ];
    for (const [period, id] of table) expect([period, toDhis2PeriodId(period)]).toEqual([period, id]);
  });

  it('follows the DHIS2 label years: April, July and October by start year, November by end year', () => {
    // Published examples: dhis2-docs "Date and period format"; dhis2-core FinancialNovemberPeriodType.
    const table: [string, string, string][] = [
      ['2004April', '2004-04-01', '2005-03-31'],
      ['2004July', '2004-07-01', '2005-06-30'],
      ['2004Oct', '2004-10-01', '2005-09-30'],
      ['2024Nov', '2023-11-01', '2024-10-31'],
      ['2024S1', '2024-01-01', '2024-06-30'],
      ['202401', '2024-01-01', '2024-01-31'],
      ['2024W1', '2024-01-01', '2024-01-07'],
      ['2021W1', '2021-01-04', '2021-01-10'],
    ];
    for (const [id, start, end] of table) {
      const period = fromDhis2PeriodId(id);
      expect([id, periodStart(period), periodEnd(period)]).toEqual([id, start, end]);
    }
  });

  it('reads the dashed and zero-padded forms that dhis2-core also accepts', () => {
    expect(formatPeriod(fromDhis2PeriodId('2024-01'))).toBe('2024-M01');
    expect(formatPeriod(fromDhis2PeriodId('2024-01-15'))).toBe('2024-01-15');
    expect(formatPeriod(fromDhis2PeriodId('2024W05'))).toBe('2024-W05');
  });

  it('round-trips every simple period that DHIS2 can name', () => {
    fc.assert(
      fc.property(simplePeriodArbitrary, (period) => {
        fc.pre(period.type !== 'fiscal-year' || [2, 4, 7, 8, 9, 10, 11].includes(period.startMonth));
        fc.pre(period.type !== 'fiscal-half' || [4, 11].includes(period.startMonth));
        fc.pre(period.type !== 'week' || period.weekStart !== 'tuesday');
        expect(fromDhis2PeriodId(toDhis2PeriodId(period))).toEqual(period);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses ranges and fiscal years DHIS2 has no type for, with unsupported-conversion', () => {
    fc.assert(
      fc.property(rangeArbitrary, (range) => {
        expect(failure(() => toDhis2PeriodId(range)).code).toBe('unsupported-conversion');
      }),
      { numRuns: 20 },
    );
    expect(() => toDhis2PeriodId('2021/2025')).toThrow(
      "2021/2025 has no DHIS2 period ID: a DHIS2 period ID names one period; list the range's periods with enumeratePeriods and convert each",
    );
    for (const month of ['03', '05', '06', '12']) {
      expectFailure(
        () => toDhis2PeriodId(`2024-FY${month}`),
        'unsupported-conversion',
        `2024-FY${month} has no DHIS2 period ID: DHIS2 has financial years starting in February, April, July, August, September, October and November only`,
      );
    }
  });

  it('refuses DHIS2 period types that have no period type here, with unsupported-conversion', () => {
    const cases: [string, string][] = [
      ['2016NovQ1', 'QuarterlyNov periods (quarters from November)'],
      ['2024TueW1', 'weeks that start on Tuesday'],
    ];
    for (const [id, kind] of cases) {
      expectFailure(() => fromDhis2PeriodId(id), 'unsupported-conversion', `cannot read DHIS2 period ID ${JSON.stringify(id)}: DHIS2 ${kind} have no period type here`);
    }
  });

  it('refuses what is not a DHIS2 period ID, with invalid-period', () => {
    const cases: [string, RegExp][] = [
      ['2024Q5', /^invalid DHIS2 period ID "2024Q5": quarter must be an integer from 1 to 4; got 5$/],
      ['2024S3', /half must be an integer from 1 to 2; got 3/],
      ['202413', /month must be an integer from 1 to 12; got 13/],
      ['2025W53', /ISO week-year 2025 has 52 weeks, so week must be 1 to 52; got 53/],
      ['20250229', /2025-02 has 28 days/],
      ['2024-0115', /^invalid DHIS2 period ID "2024-0115": a day is yyyyMMdd or yyyy-MM-dd$/],
      ['2024april', /^invalid DHIS2 period ID "2024april": expected yyyy, yyyySn, yyyyAprilSn, yyyyNovSn, yyyyQn, yyyyMMB, yyyyMM, yyyyBiWn, yyyyWn, yyyyWedWn \(also Thu, Fri, Sat, Sun\), yyyyMMdd or a financial year such as 2024April, 2024July, 2024Oct, 2024Nov$/],
      ['2024-Q1', /expected yyyy, yyyySn/],
    ];
    for (const [id, message] of cases) {
      expectFailure(() => fromDhis2PeriodId(id), 'invalid-period', message);
    }
    expect(() => fromDhis2PeriodId(202401 as unknown as string)).toThrow('a DHIS2 period ID must be a string such as "202401"; got number');
    expect(() => toDhis2PeriodId('2024-M13')).toThrow(/invalid period code "2024-M13"/);
  });
});
