import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type RoundingRule,
  formatIndex,
  formatNumber,
  formatPercent,
  formatPercentagePoints,
  languageSchema,
  languages,
  numberSeparators,
  round,
} from '../../src/index.js';
import * as z from 'zod/mini';
import { decimals, expectFailure, languagesArbitrary } from './helpers.js';

describe('formatNumber', () => {
  it('writes Vietnamese numbers with a dot between thousands and a comma before decimals', () => {
    expect(formatNumber('1234567.89', { lang: 'vi' })).toBe('1.234.567,89');
    expect(formatNumber(1234, { lang: 'vi' })).toBe('1.234');
    expect(formatNumber(123, { lang: 'vi' })).toBe('123');
    expect(formatNumber('0.5', { lang: 'vi' })).toBe('0,5');
  });

  it('writes English numbers with a comma between thousands and a point before decimals', () => {
    expect(formatNumber('1234567.89', { lang: 'en' })).toBe('1,234,567.89');
    expect(formatNumber(12345, { lang: 'en' })).toBe('12,345');
    expect(formatNumber(-1000, { lang: 'en' })).toBe('-1,000');
  });

  it('keeps every digit of amounts that a JavaScript number cannot hold', () => {
    expect(formatNumber('15000000000000.123456', { lang: 'vi' })).toBe('15.000.000.000.000,123456');
    expect(formatNumber('12345678901234567890.123456789', { lang: 'en' })).toBe('12,345,678,901,234,567,890.123456789');
  });

  it('writes the value exactly when no digits are asked, without padding or exponent', () => {
    expect(formatNumber('5.60', { lang: 'vi' })).toBe('5,6');
    expect(formatNumber('1e-7', { lang: 'en' })).toBe('0.0000001');
    expect(formatNumber('1e21', { lang: 'en' })).toBe('1,000,000,000,000,000,000,000');
  });

  it('rounds half away from zero by default, as official reports do', () => {
    expect(formatNumber('2.25', { lang: 'vi', digits: 1 })).toBe('2,3');
    expect(formatNumber('-2.25', { lang: 'vi', digits: 1 })).toBe('-2,3');
    expect(formatNumber('1.005', { lang: 'en', digits: 2 })).toBe('1.01');
  });

  it('rounds under the rule asked', () => {
    const rules: [RoundingRule, string][] = [
      ['half-even', '2,2'],
      ['half-up', '2,3'],
      ['toward-zero', '2,2'],
      ['away-from-zero', '2,3'],
      ['floor', '2,2'],
      ['ceiling', '2,3'],
    ];
    for (const [rule, expected] of rules) expect(formatNumber('2.25', { lang: 'vi', digits: 1, rounding: rule })).toBe(expected);
  });

  it('pads to the digits asked, unless fewer are allowed', () => {
    expect(formatNumber('38.1', { lang: 'vi', digits: 2 })).toBe('38,10');
    expect(formatNumber('38.1', { lang: 'vi', digits: 2, minimumDigits: 0 })).toBe('38,1');
    expect(formatNumber('79', { lang: 'en', digits: 1 })).toBe('79.0');
    expect(formatNumber('5.6', { lang: 'en', minimumDigits: 2 })).toBe('5.60');
  });

  it('rounds to thousands with negative digits', () => {
    expect(formatNumber('1234567', { lang: 'vi', digits: -3 })).toBe('1.235.000');
  });

  it('never writes a minus before a value that rounds to zero', () => {
    expect(formatNumber('-0.04', { lang: 'vi', digits: 1 })).toBe('0,0');
    expect(formatNumber('-0.04', { lang: 'vi', digits: 1, sign: 'always' })).toBe('+0,0');
    expect(formatNumber('-0.04', { lang: 'vi', digits: 1, sign: 'except-zero' })).toBe('0,0');
  });

  it('writes a plus sign when asked, and the ASCII hyphen-minus for negatives', () => {
    expect(formatNumber('1.5', { lang: 'vi', sign: 'always' })).toBe('+1,5');
    expect(formatNumber('1.5', { lang: 'vi', sign: 'except-zero' })).toBe('+1,5');
    expect(formatNumber('-1.5', { lang: 'vi', sign: 'always' })).toBe('-1,5');
    expect(formatNumber('-1.5', { lang: 'en' }).charCodeAt(0)).toBe(0x2d);
  });

  it('leaves the digits ungrouped when asked', () => {
    expect(formatNumber('1234567.5', { lang: 'vi', grouping: false })).toBe('1234567,5');
  });

  it('uses only digits, the two separators and a sign: no ICU spaces', () => {
    fc.assert(
      fc.property(decimals, languagesArbitrary, (value, lang) => {
        expect(formatNumber(value, { lang })).toMatch(/^-?[0-9.,]+$/);
      }),
    );
  });

  it('writes the same digits in both languages, with the separators swapped', () => {
    fc.assert(
      fc.property(decimals, fc.integer({ min: 0, max: 6 }), (value, digits) => {
        const vi = formatNumber(value, { lang: 'vi', digits });
        const en = formatNumber(value, { lang: 'en', digits });
        expect(vi.replace(/[.,]/g, (separator) => (separator === '.' ? ',' : '.'))).toBe(en);
      }),
    );
  });

  it('writes the rounded value: removing the group separators gives round(value, digits)', () => {
    fc.assert(
      fc.property(decimals, fc.integer({ min: 0, max: 8 }), (value, digits) => {
        const text = formatNumber(value, { lang: 'en', digits });
        const rounded = round(value, digits);
        // decimal.js writes a negative zero as "-0.0"; the formatter writes "0.0".
        expect(text.replaceAll(',', '')).toBe((rounded.isZero() ? rounded.abs() : rounded).toFixed(digits));
      }),
    );
  });

  it('refuses an unknown language, bad digits and an unknown sign, naming the function', () => {
    expectFailure(() => formatNumber(1, { lang: 'fr' as 'vi' }), 'invalid-argument', `formatNumber: lang must be 'vi' (Vietnamese) or 'en' (English); got "fr"`);
    expectFailure(() => formatNumber(1, { lang: 'vi', digits: 1.5 }), 'invalid-argument', 'formatNumber: digits must be an integer from -20 to 100');
    expectFailure(() => formatNumber(1, { lang: 'vi', digits: 1000 }), 'invalid-argument', 'got 1000');
    expectFailure(() => formatNumber(1, { lang: 'vi', digits: 1, minimumDigits: 2 }), 'invalid-argument', 'minimumDigits must be an integer from 0 to 1 (digits); got 2');
    expectFailure(() => formatNumber(1, { lang: 'vi', minimumDigits: -1 }), 'invalid-argument', 'minimumDigits');
    expectFailure(() => formatNumber(1, { lang: 'vi', sign: 'never' as 'auto' }), 'invalid-argument', `sign must be 'auto', 'always' or 'except-zero'; got "never"`);
    expectFailure(() => formatNumber(1, { lang: 'vi', digits: 1, rounding: 'bankers' as RoundingRule }), 'invalid-argument', 'unknown rounding rule "bankers"');
  });

  it('refuses a value that is not a finite number', () => {
    expectFailure(() => formatNumber(Number.NaN, { lang: 'vi' }), 'invalid-number', 'formatNumber value must be a finite number; got NaN');
    expectFailure(() => formatNumber('1.234,5', { lang: 'vi' }), 'invalid-number', 'formatNumber value must be a decimal number');
  });
});

describe('languages and separators', () => {
  it('lists the two languages with their separators', () => {
    expect(languages).toEqual(['vi', 'en']);
    expect(numberSeparators).toEqual({ vi: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } });
    expect(z.safeParse(languageSchema, 'vi').success).toBe(true);
    expect(z.safeParse(languageSchema, 'fr').success).toBe(false);
  });
});

describe('formatPercent', () => {
  it('writes a value already in percent, with no space before %', () => {
    expect(formatPercent('5.6', { lang: 'vi' })).toBe('5,6%');
    expect(formatPercent('5.6', { lang: 'en' })).toBe('5.6%');
    expect(formatPercent('104.888', { lang: 'vi', digits: 1 })).toBe('104,9%');
    expect(formatPercent('1234.5', { lang: 'vi' })).toBe('1.234,5%');
  });

  it('refuses a bad value with the function in the message', () => {
    expectFailure(() => formatPercent('abc', { lang: 'vi' }), 'invalid-number', 'formatPercent value');
  });
});

describe('formatPercentagePoints', () => {
  it('writes points as "điểm %" in Vietnamese and "pp" in English, after a plain space', () => {
    expect(formatPercentagePoints('1.5', { lang: 'vi' })).toBe('1,5\u0020điểm %');
    expect(formatPercentagePoints('1.5', { lang: 'en' })).toBe('1.5 pp');
  });

  it('writes the long words when asked, and a sign for contributions', () => {
    expect(formatPercentagePoints('1.17', { lang: 'vi', style: 'long' })).toBe('1,17 điểm phần trăm');
    expect(formatPercentagePoints('1.17', { lang: 'en', style: 'long' })).toBe('1.17 percentage points');
    expect(formatPercentagePoints('0.49', { lang: 'vi', sign: 'always' })).toBe('+0,49 điểm %');
  });

  it('refuses a bad value', () => {
    expectFailure(() => formatPercentagePoints(Number.POSITIVE_INFINITY, { lang: 'en' }), 'invalid-number', 'formatPercentagePoints value');
  });
});

describe('formatIndex', () => {
  it("writes Điện Biên's GRDP index for the first half of 2024, 113,68 (same period last year = 100)", () => {
    expect(formatIndex('113.6812', { lang: 'vi', digits: 2 })).toBe('113,68');
    expect(formatIndex('113.6812', { lang: 'en', digits: 2 })).toBe('113.68');
  });

  it('refuses a bad value', () => {
    expectFailure(() => formatIndex('', { lang: 'vi' }), 'invalid-number', 'formatIndex value');
  });
});
