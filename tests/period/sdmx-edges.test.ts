import { describe, expect, it } from 'vitest';
import { formatPeriod, fromSdmxTimePeriod, toSdmxTimePeriod } from '../../src/index.js';
import { expectFailure } from './helpers.js';

// The edges of the SDMX patterns: a code with text before or after a valid one, durations of several
// digits, offsets and date-times only where SDMX puts them.
const expected =
  'expected YYYY, YYYY-A1, YYYY-Ss, YYYY-Qq, YYYY-Mmm, YYYY-Www, YYYY-Dddd, YYYY-MM, YYYY-MM-DD, or a time range start/duration such as 2021-01-01/P5Y';

describe('fromSdmxTimePeriod at the edges of its patterns', () => {
  it('refuses a valid code with text before or after it, or with digits missing or extra', () => {
    for (const code of ['x2024-Q1', '2024-Q1x', '12024-Q1', '2024-T4', '2024-W1', '2024-D01', 'x2024', '2024x', '12024', '2024-1', '2024-01-1', '2024-01-011', 'Z2024', 'x2024-01-15T10:00']) {
      expectFailure(() => fromSdmxTimePeriod(code), 'invalid-period', `invalid SDMX TIME_PERIOD ${JSON.stringify(code)}: ${expected}`);
    }
  });

  it('refuses a duration with text before or after it', () => {
    for (const duration of ['XP1Y', 'P1Yx', 'P1Y1']) {
      expectFailure(
        () => fromSdmxTimePeriod(`2024-01-01/${duration}`),
        'invalid-period',
        `invalid SDMX TIME_PERIOD "2024-01-01/${duration}": the duration must read like P5Y, P9M or P10D; got "${duration}"`,
      );
    }
  });

  it('reads durations of several digits in years, months, weeks and days', () => {
    const table: [string, string][] = [
      ['2024-01-01/P10Y', '2024/2033'],
      ['2024-02-01/P10Y', '2024-FY02/2033-FY02'],
      ['2024-01-01/P10M', '2024-M01/2024-M10'],
      ['2024-01-01/P10W', '2024-01-01/2024-03-10'],
      ['2024-01-01/P10D', '2024-01-01/2024-01-10'],
      ['2024-01-01/P1W10D', '2024-01-01/2024-01-17'],
    ];
    for (const [code, period] of table) expect([code, formatPeriod(fromSdmxTimePeriod(code))]).toEqual([code, period]);
  });

  it('refuses times of day in a duration, a date-time and an offset written at the end', () => {
    const cases: [string, string][] = [
      ['2024-01-01/P1DT12H', 'durations in hours, minutes or seconds have no period here'],
      ['2024-01-01/P1YT', 'durations in hours, minutes or seconds have no period here'],
      ['2024-Q1-07:00', 'time-zone offsets are not supported; drop the offset'],
      ['2024Z', 'time-zone offsets are not supported; drop the offset'],
      ['2024-01-15T10', 'a date-time is an instant, not a period'],
    ];
    for (const [code, why] of cases) {
      expectFailure(() => fromSdmxTimePeriod(code), 'unsupported-conversion', `cannot read SDMX TIME_PERIOD ${JSON.stringify(code)}: ${why}`);
    }
  });
});

describe('SDMX time ranges, durations and fiscal halves', () => {
  it('writes a range of fiscal halves in months', () => {
    expect(toSdmxTimePeriod('2024-FY04-S1/2024-FY04-S2')).toBe('2024-04-01/P12M');
  });

  it('refuses a duration that mixes years and months with days, not as a zero duration', () => {
    for (const code of ['2024-01-01/P1Y1D', '2024-01-01/P1Y1M1D']) {
      expect(() => fromSdmxTimePeriod(code)).toThrow('a duration that mixes years or months with weeks or days is not a whole number of periods of one type');
    }
    expect(formatPeriod(fromSdmxTimePeriod('2024-01-01/P1Y1M'))).toBe('2024-M01/2025-M01');
  });

  it('refuses a duration in years or months too long for a date', () => {
    expect(() => fromSdmxTimePeriod('2024-01-01/P99999999999999999999Y')).toThrow('invalid SDMX TIME_PERIOD "2024-01-01/P99999999999999999999Y": the duration is too long');
  });
});
