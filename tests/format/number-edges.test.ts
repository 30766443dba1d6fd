import { describe, expect, it } from 'vitest';
import { formatIndex, formatNumber, formatPercent, formatPercentagePoints } from '../../src/index.js';
import { failure } from '../period/helpers.js';
import { expectFailure } from './helpers.js';

describe('formatNumber, bounds of its options', () => {
  it('rounds to digits from -20 to 100 and refuses one beyond either end', () => {
    expect(formatNumber('123456789012345678901', { lang: 'vi', digits: -20 })).toBe('100.000.000.000.000.000.000');
    expect(formatNumber('0.5', { lang: 'en', digits: 100 })).toBe(`0.5${'0'.repeat(99)}`);
    expectFailure(() => formatNumber(1, { lang: 'vi', digits: -21 }), 'invalid-argument', 'formatNumber: digits must be an integer from -20 to 100 (decimal places to round to); got -21');
    expectFailure(() => formatNumber(1, { lang: 'vi', digits: 101 }), 'invalid-argument', 'formatNumber: digits must be an integer from -20 to 100 (decimal places to round to); got 101');
  });

  it('pads to at most 100 decimals without digits, and says so without naming digits', () => {
    expect(formatNumber('0.5', { lang: 'vi', minimumDigits: 100 })).toBe(`0,5${'0'.repeat(99)}`);
    expect(failure(() => formatNumber(1, { lang: 'vi', minimumDigits: 101 })).message).toBe(
      'formatNumber: minimumDigits must be an integer from 0 to 100; got 101',
    );
    expect(failure(() => formatNumber(1, { lang: 'vi', minimumDigits: 0.5 })).message).toBe(
      'formatNumber: minimumDigits must be an integer from 0 to 100; got 0.5',
    );
  });

  it('allows no padding when rounding to tens or more, naming digits as the bound', () => {
    expect(formatNumber('1234.5', { lang: 'vi', digits: -2 })).toBe('1.200');
    expect(failure(() => formatNumber(1, { lang: 'vi', digits: -2, minimumDigits: 1 })).message).toBe(
      'formatNumber: minimumDigits must be an integer from 0 to 0 (digits); got 1',
    );
  });

  it('groups from four integer digits on, whatever their number', () => {
    const grouped = ['1', '12', '123', '1.234', '12.345', '123.456', '1.234.567'];
    expect(grouped.map((text) => formatNumber(text.replaceAll('.', ''), { lang: 'vi' }))).toEqual(grouped);
  });
});

describe('the other number formatters name themselves in their refusals', () => {
  it.each([
    ['formatPercent', formatPercent],
    ['formatPercentagePoints', formatPercentagePoints],
    ['formatIndex', formatIndex],
  ] as const)('%s refuses an unknown language and bad digits under its own name', (name, format) => {
    expectFailure(() => format('1', { lang: 'de' as 'vi' }), 'invalid-argument', `${name}: lang must be 'vi' (Vietnamese) or 'en' (English); got "de"`);
    expectFailure(() => format('1', { lang: 'vi', digits: 0.5 }), 'invalid-argument', `${name}: digits must be an integer`);
  });
});
