/*
 * What parsePeriod, formatPeriod and the period schemas say about refused input: which end of a
 * range is wrong, a period object too long to quote whole, an object JSON cannot write, null, and
 * the issue code of the schemas. Also a fiscal half written with a leading zero.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { formatPeriod, parsePeriod, periodCodeSchema, periodSchema } from '../../src/index.js';
import { expectFailure } from './helpers.js';

describe('parsePeriod names the wrong end of a range', () => {
  it('quotes an unknown start as its start', () => {
    expectFailure(() => parsePeriod('2024-X1/2025'), 'invalid-period', /^invalid period code "2024-X1\/2025" \(its start "2024-X1"\): expected a code such as 2024,/);
  });

  it('quotes an unknown end as its end, with the text of the end', () => {
    expectFailure(() => parsePeriod('2024/xyz'), 'invalid-period', /^invalid period code "2024\/xyz" \(its end "xyz"\): expected/);
  });

  it('reads a fiscal half with a leading zero', () => {
    expect(parsePeriod('2024-FY04-S01')).toEqual({ type: 'fiscal-half', year: 2024, startMonth: 4, half: 1 });
    expect(formatPeriod('2024-fy4-h02')).toBe('2024-FY04-S2');
  });
});

describe('formatPeriod quotes a refused period object', () => {
  it('quotes a short object whole', () => {
    // 60 characters of JSON and 60 more make exactly the 120 quoted whole.
    const object = { type: 'year', year: 99999, note: 'x'.repeat(120 - JSON.stringify({ type: 'year', year: 99999, note: '' }).length) };
    const json = JSON.stringify(object);
    expect(json).toHaveLength(120);
    expectFailure(() => formatPeriod(object as never), 'invalid-period', `invalid period ${json}: year must be an integer from 1000 to 9999; got 99999`);
  });

  it('cuts a longer object to its first 120 characters and gives its length', () => {
    const object = { type: 'year', year: 99999, note: 'y'.repeat(200) };
    const json = JSON.stringify(object);
    expectFailure(
      () => formatPeriod(object as never),
      'invalid-period',
      `invalid period ${json.slice(0, 120)}… (${String(json.length)} characters): year must be an integer from 1000 to 9999; got 99999`,
    );
  });

  it('calls an object that JSON cannot write an object', () => {
    expectFailure(() => formatPeriod({ type: 'year', year: 10n } as never), 'invalid-period', /^invalid period object: year must be an integer/);
  });
});

describe('the period schemas', () => {
  it('refuses null as neither a code nor an object', () => {
    const result = z.safeParse(periodSchema, null);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'expected a period code such as "2024-Q3" or a period object such as { type: "quarter", year: 2024, quarter: 3 }',
    ]);
  });

  it('reports a refused code or object as a custom issue', () => {
    expect(z.safeParse(periodSchema, '2024-Q5').error?.issues.map((issue) => issue.code)).toEqual(['custom']);
    expect(z.safeParse(periodSchema, { type: 'quarter', year: 2024, quarter: 5 }).error?.issues.map((issue) => issue.code)).toEqual(['custom']);
    expect(z.safeParse(periodCodeSchema, '2024-Q5').error?.issues.map((issue) => issue.code)).toEqual(['custom']);
  });
});
