import { describe, expect, it } from 'vitest';
import { maxNumberTextLength, parseLocalizedNumber, parseMoney, parseScaledNumber, scaledUnit, units } from '../../src/index.js';
import { failure } from '../period/helpers.js';
import { expectFailure } from './helpers.js';

const vi = { lang: 'vi' } as const;
const en = { lang: 'en' } as const;

describe('the number parsers refuse options that are not an object, naming the function', () => {
  const parsers = [
    ['parseLocalizedNumber', (options: unknown) => parseLocalizedNumber('1', options as typeof vi)],
    ['parseScaledNumber', (options: unknown) => parseScaledNumber('1', options as typeof vi)],
    ['parseMoney', (options: unknown) => parseMoney('1', options as typeof vi)],
  ] as const;

  it.each(parsers)('%s refuses missing, null and text options with invalid-argument', (name, parse) => {
    expectFailure(() => parse(undefined), 'invalid-argument', `${name}: options must be an object with lang 'vi' or 'en', as in { lang: 'vi' }; got undefined`);
    expectFailure(() => parse(null), 'invalid-argument', `${name}: options must be an object with lang 'vi' or 'en', as in { lang: 'vi' }; got null`);
    expectFailure(() => parse('vi'), 'invalid-argument', `${name}: options must be an object`);
  });
});

describe('parseLocalizedNumber, edges of its messages', () => {
  it('points to the scaled parsers for a letter, but not for another stray character', () => {
    expectFailure(() => parseLocalizedNumber('1e5', en), 'invalid-number', /contains "e", which is neither a digit nor a separator; to read a scale word or a unit \(45 triệu đồng\), use parseScaledNumber or parseMoney$/);
    expectFailure(() => parseLocalizedNumber('1*2', vi), 'invalid-number', /contains "\*", which is neither a digit nor a separator$/);
    expectFailure(() => parseLocalizedNumber('5%', vi), 'invalid-number', 'use parseScaledNumber or parseMoney');
  });

  it('names the text once when it is the whole input, and the whole input when it is part of it', () => {
    expect(failure(() => parseLocalizedNumber('1.5', vi)).message).toMatch(/^cannot read "1\.5" as a Vietnamese-formatted number/);
    expect(failure(() => parseScaledNumber('1.5 tỷ', vi)).message).toMatch(/^in "1\.5 tỷ": cannot read "1\.5" as a Vietnamese-formatted number/);
  });

  it('gives an example in the language of the text when it refuses a separator', () => {
    expectFailure(() => parseLocalizedNumber('.000', vi), 'invalid-number', 'the first group of thousands has 1 to 3 digits, as in 1.234.567,89');
    expectFailure(() => parseLocalizedNumber(',000', en), 'invalid-number', 'starts with a comma; the first group of thousands has 1 to 3 digits, as in 1,234,567.89');
  });

  it('refuses a number outside the value domain, saying so in the message', () => {
    expectFailure(
      () => parseLocalizedNumber(`1${'0'.repeat(150)}`, vi),
      'invalid-number',
      'as a Vietnamese-formatted number: it is outside the value domain: the number must have an exponent from -100 to 100',
    );
    expectFailure(() => parseLocalizedNumber(`0.${'0'.repeat(150)}1`, en), 'invalid-number', 'it is outside the value domain: the number must have');
  });

  it(`reads a text of ${String(maxNumberTextLength)} characters, white space included, and refuses a longer one`, () => {
    const padded = `7${' '.repeat(maxNumberTextLength - 1)}`;
    expect(padded).toHaveLength(maxNumberTextLength);
    expect(parseLocalizedNumber(padded, vi).toString()).toBe('7');
    expectFailure(
      () => parseLocalizedNumber(`${padded} `, vi),
      'invalid-number',
      `parseLocalizedNumber reads a number text of at most ${String(maxNumberTextLength)} characters; got "7`,
    );
    expectFailure(() => parseMoney(`${padded} `, vi), 'invalid-number', 'parseScaledNumber reads a number text of at most 1000 characters');
  });
});

describe('parseScaledNumber, edges', () => {
  it('refuses a text whose number is not at its start, with an example in the language of the text', () => {
    expectFailure(() => parseScaledNumber('khoảng 45 triệu', vi), 'invalid-number', '"khoảng 45 triệu" does not start with a number', 'such as "45 triệu đồng"');
    expectFailure(() => parseScaledNumber('about 45 million', en), 'invalid-number', '"about 45 million" does not start with a number', 'such as "45 million VND"');
  });

  it('reads the scale words across several spaces', () => {
    expect(parseScaledNumber('3 triệu   tỷ  đồng', vi)).toMatchObject({ power: 15, unitText: 'đồng' });
    expect(parseScaledNumber('3 thousand\u00a0 VND', en)).toMatchObject({ power: 3, unitText: 'VND' });
  });

  it('takes "units" after an English number as its unit, not as a scale word of power 0', () => {
    expect(parseScaledNumber('45 units', en)).toMatchObject({ power: 0, unitText: 'units' });
  });

  it('lists the English scale words when it refuses a combination', () => {
    expectFailure(
      () => parseScaledNumber('2 thousand billion', en),
      'invalid-number',
      /"thousand billion" is not a scale; write one of thousand, million, billion, trillion, quadrillion$/,
    );
  });
});

describe('parseMoney, edges', () => {
  it('quotes the amount trimmed when it refuses its unit', () => {
    expectFailure(() => parseMoney('  45 triệu USD\t', vi), 'unit-mismatch', /^parseMoney: in "45 triệu USD" the unit "USD" is not đồng \(VND\)/);
  });

  it('accepts the unit in any case and in either normalisation form', () => {
    expect(parseMoney('45 triệu ĐỒNG', vi).toString()).toBe('45000000');
    expect(parseMoney('45 triệu vnđ', vi).toString()).toBe('45000000');
    expect(parseMoney('45 triệu đồng'.normalize('NFD'), vi).toString()).toBe('45000000');
    expect(parseMoney('5,7 triệu usd', { lang: 'vi', into: scaledUnit(units.USD, 6) }).toString()).toBe('5.7');
  });
});
