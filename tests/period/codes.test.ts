import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  type Period,
  formatPeriod,
  isPeriodCode,
  parsePeriod,
  parseWithSchema,
  periodCodeSchema,
  periodSchema,
  periodTypes,
  periodValueSchema,
  simplePeriodTypes,
} from '../../src/index.js';
import { periodArbitrary } from './arbitraries.js';
import { expectFailure, failure } from './helpers.js';

describe('period codes', () => {
  it('reads every canonical code into its period object', () => {
    expect(parsePeriod('2024')).toEqual({ type: 'year', year: 2024 });
    expect(parsePeriod('2024-FY04')).toEqual({ type: 'fiscal-year', year: 2024, startMonth: 4 });
    expect(parsePeriod('2024-S1')).toEqual({ type: 'half', year: 2024, half: 1 });
    expect(parsePeriod('2024-Q3')).toEqual({ type: 'quarter', year: 2024, quarter: 3 });
    expect(parsePeriod('2024-M09')).toEqual({ type: 'month', year: 2024, month: 9 });
    expect(parsePeriod('2024-W05')).toEqual({ type: 'week', year: 2024, week: 5 });
    expect(parsePeriod('2024-01-15')).toEqual({ type: 'day', year: 2024, month: 1, day: 15 });
    expect(parsePeriod('2021/2025')).toEqual({
      type: 'range',
      start: { type: 'year', year: 2021 },
      end: { type: 'year', year: 2025 },
    });
    expect(parsePeriod('2024-M01/2024-M09')).toEqual({
      type: 'range',
      start: { type: 'month', year: 2024, month: 1 },
      end: { type: 'month', year: 2024, month: 9 },
    });
  });

  it('round-trips every period through its code: parsePeriod(formatPeriod(p)) is p', () => {
    fc.assert(
      fc.property(periodArbitrary, (period) => {
        expect(parsePeriod(formatPeriod(period))).toEqual(period);
      }),
      { numRuns: 500 },
    );
  });

  it('writes a canonical code that reads back to itself: formatPeriod(parsePeriod(code)) is code', () => {
    fc.assert(
      fc.property(periodArbitrary, (period) => {
        const code = formatPeriod(period);
        expect(formatPeriod(parsePeriod(code))).toBe(code);
        expect(isPeriodCode(code)).toBe(true);
      }),
    );
  });

  it('reads relaxed spellings and writes them back in canonical form', () => {
    const relaxed: [string, string][] = [
      ['2024-q3', '2024-Q3'],
      ['2024-h2', '2024-S2'],
      ['2024-H1', '2024-S1'],
      ['2024-M9', '2024-M09'],
      ['2024-m09', '2024-M09'],
      ['2024-09', '2024-M09'],
      ['2024-w5', '2024-W05'],
      ['2024-fy4', '2024-FY04'],
      ['2024-m1/2024-m9', '2024-M01/2024-M09'],
    ];
    for (const [code, canonical] of relaxed) expect(formatPeriod(code)).toBe(canonical);
  });

  it('returns frozen periods', () => {
    const range = parsePeriod('2021/2025');
    expect(Object.isFrozen(range)).toBe(true);
    if (range.type !== 'range') throw new Error('expected a range');
    expect(Object.isFrozen(range.start)).toBe(true);
    expect(Object.isFrozen(range.end)).toBe(true);
  });

  it('knows 53-week ISO years: 2020-W53 and 2026-W53 exist, 2025-W53 does not', () => {
    expect(isPeriodCode('2020-W53')).toBe(true);
    expect(isPeriodCode('2026-W53')).toBe(true);
    expect(isPeriodCode('2025-W53')).toBe(false);
    expect(isPeriodCode('2024-W53')).toBe(false);
  });

  describe('bad codes', () => {
    const cases: [string, RegExp][] = [
      ['2024-Q5', /^invalid period code "2024-Q5": quarter must be an integer from 1 to 4; got 5$/],
      ['2024-Q0', /quarter must be an integer from 1 to 4; got 0/],
      ['2024-S3', /half must be an integer from 1 to 2; got 3/],
      ['2024-M13', /^invalid period code "2024-M13": month must be an integer from 1 to 12; got 13$/],
      ['2024-M00', /month must be an integer from 1 to 12; got 0/],
      ['2024-W54', /week must be an integer from 1 to 53; got 54/],
      ['2024-W00', /week must be an integer from 1 to 53; got 0/],
      ['2025-W53', /^invalid period code "2025-W53": ISO week-year 2025 has 52 weeks, so week must be 1 to 52; got 53$/],
      ['2025-02-29', /^invalid period code "2025-02-29": 2025-02 has 28 days, so day must be 1 to 28; got 29$/],
      ['2024-04-31', /2024-04 has 30 days, so day must be 1 to 30; got 31/],
      ['2024-13-01', /month must be an integer from 1 to 12; got 13/],
      ['2024-FY01', /startMonth must be an integer from 2 to 12 \(a fiscal year starting in January is the calendar year: use type "year"\); got 1/],
      ['2024-FY13', /startMonth must be an integer from 2 to 12/],
      ['0999', /year must be an integer from 1000 to 9999; got 999/],
      ['1000-W01', /1000-W01 runs outside the supported dates 1000-01-01 to 9999-12-31/],
      ['9999-FY04', /9999-FY04 runs outside the supported dates/],
      ['2025/2021', /^invalid period code "2025\/2021": the range runs backwards: its start 2025 comes after its end 2021; write 2021\/2025$/],
      ['2024-M10/2024-M09', /the range runs backwards: its start 2024-M10 comes after its end 2024-M09/],
      ['2024/2024-Q1', /a range needs one period type at both ends; got a year \(2024\) at the start and a quarter \(2024-Q1\) at the end/],
      ['2024-FY04/2025-FY07', /a range of fiscal years needs one start month at both ends; got 2024-FY04 and 2025-FY07/],
      ['2024-M01/2025-M13', /^invalid period code "2024-M01\/2025-M13": end: month must be an integer from 1 to 12; got 13$/],
      ['2021/2023/2025', /a range has exactly one "\/" between its start and its end/],
      ['2024/', /invalid period code "2024\/" \(its end ""\): expected a code such as 2024, 2024-FY04, 2024-S1/],
      ['24-Q1', /invalid period code "24-Q1": expected a code such as 2024, 2024-FY04, 2024-S1, 2024-FY04-S1, 2024-Q3, 2024-B2, 2024-M09, 2024-BiW03, 2024-W05, 2024-WedW05, 2024-01-15, or a range/],
      ['', /invalid period code "": expected a code/],
      [' 2024', /invalid period code " 2024": expected a code/],
      ['2024-X1', /expected a code/],
    ];
    for (const [code, message] of cases) {
      it(`refuses ${JSON.stringify(code)} with invalid-period and the reason`, () => {
        expectFailure(() => parsePeriod(code), 'invalid-period', message);
        expect(isPeriodCode(code)).toBe(false);
      });
    }

    it('refuses a value that is not a string', () => {
      expectFailure(() => parsePeriod(2024 as unknown as string), 'invalid-period', 'a period code must be a string such as "2024-Q3"; got number');
      expect(isPeriodCode(2024)).toBe(false);
    });
  });

  describe('period objects given to functions', () => {
    it('are checked by the same rules as codes', () => {
      const run = (): string => formatPeriod({ type: 'month', year: 2024, month: 13 });
      expectFailure(run, 'invalid-period', 'invalid period {"type":"month","year":2024,"month":13}: month must be an integer from 1 to 12; got 13');
      const error = failure(run);
      expect(error.issues).toEqual([{ path: ['month'], message: 'month must be an integer from 1 to 12; got 13' }]);
    });

    it('report every problem of a range at once, with paths', () => {
      const bad = {
        type: 'range',
        start: { type: 'quarter', year: 2024, quarter: 7 },
        end: { type: 'week', year: 2025.5, week: 1 },
      } as unknown as Period;
      const error = failure(() => formatPeriod(bad));
      expect(error.issues.map((issue) => issue.path)).toEqual([['start', 'quarter'], ['end', 'year']]);
      expect(error.message).toMatch(/start: quarter must be an integer from 1 to 4; got 7; end: year must be an integer from 1000 to 9999; got 2025.5/);
    });

    it('refuse unknown types and nested ranges', () => {
      expect(failure(() => formatPeriod({ type: 'decade', year: 2020 } as unknown as Period)).message).toMatch(
        /type must be one of year, fiscal-year, half, fiscal-half, quarter, bimonth, month, biweek, week, day, range; got "decade"/,
      );
      const nested = { type: 'range', start: parsePeriod('2021/2022'), end: { type: 'year', year: 2025 } } as unknown as Period;
      expect(failure(() => formatPeriod(nested)).message).toMatch(
        /start: type must be one of year, fiscal-year, half, fiscal-half, quarter, bimonth, month, biweek, week, day \(the ends of a range are simple periods\); got "range"/,
      );
      expect(failure(() => formatPeriod(null as unknown as Period)).message).toMatch(/expected a period object/);
    });
  });
});

describe('period schemas', () => {
  it('periodSchema accepts a code or an object and outputs the period object', () => {
    expect(z.parse(periodSchema, '2024-Q3')).toEqual({ type: 'quarter', year: 2024, quarter: 3 });
    expect(z.parse(periodSchema, { type: 'year', year: 2024 })).toEqual({ type: 'year', year: 2024 });
    expect(Object.isFrozen(z.parse(periodSchema, { type: 'year', year: 2024 }))).toBe(true);
  });

  it('periodSchema reports every problem with its path inside a model', () => {
    const model = z.object({
      plan: periodSchema,
      months: z.array(periodSchema),
    });
    const error = failure(() =>
      parseWithSchema(
        model,
        {
          plan: '2025/2021',
          months: [
            '2024-M01',
            { type: 'range', start: { type: 'month', year: 2024, month: 13 }, end: { type: 'week', year: 2025, week: 53 } },
            42,
          ],
        },
        'report',
      ),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([
      { path: ['plan'], message: expect.stringMatching(/the range runs backwards/) as unknown },
      { path: ['months', 1, 'start', 'month'], message: 'month must be an integer from 1 to 12; got 13' },
      { path: ['months', 1, 'end', 'week'], message: 'ISO week-year 2025 has 52 weeks, so week must be 1 to 52; got 53' },
      {
        path: ['months', 2],
        message: 'expected a period code such as "2024-Q3" or a period object such as { type: "quarter", year: 2024, quarter: 3 }',
      },
    ]);
  });

  it('periodValueSchema checks shapes and types as well as values', () => {
    const result = z.safeParse(periodValueSchema, {
      type: 'range',
      start: { type: 'range' },
      end: { type: 'year', year: '2024' },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['start', 'type'], 'expected a simple period (year, fiscal-year, half, fiscal-half, quarter, bimonth, month, biweek, week or day): a range cannot be nested'],
      [['end', 'year'], 'year must be an integer number'],
    ]);
    expect(z.safeParse(periodValueSchema, { type: 'decade' }).error?.issues[0]?.message).toBe(
      'expected a period object whose type is one of year, fiscal-year, half, fiscal-half, quarter, bimonth, month, biweek, week, day, range',
    );
  });

  it('periodCodeSchema outputs the canonical code, so equal periods give equal keys', () => {
    expect(z.parse(periodCodeSchema, '2024-m9')).toBe('2024-M09');
    expect(z.parse(periodCodeSchema, '2024-q3/2024-Q4')).toBe('2024-Q3/2024-Q4');
    const result = z.safeParse(z.object({ period: periodCodeSchema }), { period: '2024-W54' });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['period'],
        message: 'invalid period code "2024-W54": week must be an integer from 1 to 53; got 54',
      }),
    ]);
    expect(z.safeParse(periodCodeSchema, 2024).error?.issues[0]?.message).toBe('expected a period code such as "2024-Q3"');
  });

  it('lists its period types', () => {
    expect(periodTypes).toEqual(['year', 'fiscal-year', 'half', 'fiscal-half', 'quarter', 'bimonth', 'month', 'biweek', 'week', 'day', 'range']);
    expect(simplePeriodTypes).not.toContain('range');
  });
});
