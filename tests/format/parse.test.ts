import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  formatMoney,
  formatNumber,
  parseLocalizedNumber,
  parseMoney,
  parseScaledNumber,
  round,
  scaledUnit,
  units,
} from '../../src/index.js';
import { decimals, expectFailure, languagesArbitrary } from './helpers.js';

const vi = { lang: 'vi' } as const;
const en = { lang: 'en' } as const;

function readVi(text: string): string {
  return parseLocalizedNumber(text, vi).toString();
}

describe('parseLocalizedNumber', () => {
  it('reads Vietnamese numbers: a dot before three digits groups thousands, a comma starts the decimals', () => {
    expect(readVi('1.000')).toBe('1000');
    expect(readVi('5,6')).toBe('5.6');
    expect(readVi('1.234.567,89')).toBe('1234567.89');
    expect(readVi('94,797')).toBe('94.797');
    expect(readVi('1234,5')).toBe('1234.5');
    expect(readVi('0,05')).toBe('0.05');
  });

  it('reads English numbers', () => {
    expect(parseLocalizedNumber('1,000', en).toString()).toBe('1000');
    expect(parseLocalizedNumber('5.6', en).toString()).toBe('5.6');
    expect(parseLocalizedNumber('1,234,567.89', en).toString()).toBe('1234567.89');
    expect(parseLocalizedNumber('1.000', en).toString()).toBe('1');
  });

  it('reads signs, including the Unicode minus, and ignores surrounding white space with no-break spaces', () => {
    expect(readVi('-0,5')).toBe('-0.5');
    expect(readVi('+12')).toBe('12');
    expect(readVi('\u22123')).toBe('-3');
    expect(readVi('\u00a0 1.000\t')).toBe('1000');
  });

  it('reads exactly, beyond the digits of a JavaScript number', () => {
    expect(readVi('15.000.000.000.000,000000000001')).toBe('15000000000000.000000000001');
  });

  it('refuses, as ambiguous, an English decimal point in a Vietnamese text, giving both readings', () => {
    expectFailure(
      () => parseLocalizedNumber('1.5', vi),
      'ambiguous',
      'cannot read "1.5" as a Vietnamese-formatted number: it has a group of 1 digit ("5") after a dot; a dot separates groups of exactly 3 digits (1.000 is one thousand)',
      'It reads as 1.5 in English formatting',
      'write it as "1,5", or parse with lang \'en\'',
    );
    expectFailure(() => parseLocalizedNumber('1,234.56', vi), 'ambiguous', 'has a dot after the decimal comma', 'write it as "1.234,56"');
    expectFailure(() => parseLocalizedNumber('0.500', vi), 'ambiguous', 'starts with 0', 'It reads as 0.5 in English formatting');
    expectFailure(() => parseLocalizedNumber('1000.000', vi), 'ambiguous', 'has 4 digits before the first dot');
  });

  it('refuses, as ambiguous, a Vietnamese decimal comma in an English text', () => {
    expectFailure(
      () => parseLocalizedNumber('1,5', en),
      'ambiguous',
      'cannot read "1,5" as an English-formatted number: it has a group of 1 digit ("5") after a comma',
      'It reads as 1.5 in Vietnamese formatting',
      'write it as "1.5"',
    );
  });

  it('refuses misplaced or repeated separators as invalid in both conventions', () => {
    expectFailure(() => parseLocalizedNumber('1.00.0', vi), 'invalid-number', 'has a group of 2 digits ("00") after a dot');
    expectFailure(() => parseLocalizedNumber('1,2,3', vi), 'invalid-number', 'has 2 decimal commas; a number has at most one');
    expectFailure(() => parseLocalizedNumber('1..000', vi), 'invalid-number', 'two dots in a row');
    expectFailure(() => parseLocalizedNumber('.000', vi), 'invalid-number', 'starts with a dot');
    expectFailure(() => parseLocalizedNumber(',5', vi), 'invalid-number', 'has no digit before the decimal comma; write 0 before it, as in 0,5');
    expectFailure(() => parseLocalizedNumber('5,', vi), 'invalid-number', 'ends with the decimal comma');
    expectFailure(() => parseLocalizedNumber('1.2.3', en), 'invalid-number', 'has 2 decimal points');
  });

  it('refuses text that is not a number, pointing to the scaled parsers for words', () => {
    expectFailure(() => parseLocalizedNumber('45 triệu', vi), 'invalid-number', 'contains " "', 'use parseScaledNumber or parseMoney');
    expectFailure(() => parseLocalizedNumber('1e5', en), 'invalid-number', 'contains "e"');
    expectFailure(() => parseLocalizedNumber('-', vi), 'invalid-number', 'has no digits');
    expectFailure(() => parseLocalizedNumber('   ', vi), 'invalid-number', 'parseLocalizedNumber cannot read an empty text');
    expectFailure(() => parseLocalizedNumber(42 as unknown as string, vi), 'invalid-number', 'parseLocalizedNumber reads a text; got the number 42');
  });

  it('refuses an unknown language', () => {
    expectFailure(() => parseLocalizedNumber('1', { lang: 'fr' as 'vi' }), 'invalid-argument', 'parseLocalizedNumber: lang must be');
  });

  it('gives back every Decimal it formats, in both languages, grouped or not (round trip)', () => {
    fc.assert(
      fc.property(decimals, languagesArbitrary, fc.boolean(), (value, lang, grouping) => {
        const read = parseLocalizedNumber(formatNumber(value, { lang, grouping }), { lang });
        expect(read.equals(value)).toBe(true);
      }),
    );
  });

  it('gives back the rounded value of a number formatted with digits', () => {
    fc.assert(
      fc.property(decimals, languagesArbitrary, fc.integer({ min: -3, max: 6 }), (value, lang, digits) => {
        const read = parseLocalizedNumber(formatNumber(value, { lang, digits }), { lang });
        expect(read.equals(round(value, digits))).toBe(true);
      }),
    );
  });

  it('never reads one text as two different numbers: a text valid in both languages is a plain integer or has one separator before three digits', () => {
    fc.assert(
      fc.property(decimals, languagesArbitrary, (value, lang) => {
        const text = formatNumber(value, { lang });
        const other = lang === 'vi' ? 'en' : 'vi';
        let otherReading: Decimal | undefined;
        try {
          otherReading = parseLocalizedNumber(text, { lang: other });
        } catch {
          otherReading = undefined;
        }
        if (otherReading !== undefined && !otherReading.equals(value)) {
          expect(text).toMatch(/^-?\d{1,3}[.,]\d{3}$/);
        }
      }),
    );
  });
});

describe('parseScaledNumber', () => {
  it('reads the number, the scale word and the unit that follows', () => {
    expect(parseScaledNumber('1.000 tỷ đồng', vi)).toEqual({ value: new Decimal(1000), power: 9, unitText: 'đồng' });
    expect(parseScaledNumber('45 triệu', vi)).toEqual({ value: new Decimal(45), power: 6, unitText: '' });
    expect(parseScaledNumber('15 nghìn tỷ đồng', vi)).toEqual({ value: new Decimal(15), power: 12, unitText: 'đồng' });
    expect(parseScaledNumber('5,6%', vi)).toEqual({ value: new Decimal('5.6'), power: 0, unitText: '%' });
    expect(parseScaledNumber('27.890 tấn', vi)).toEqual({ value: new Decimal(27890), power: 0, unitText: 'tấn' });
  });

  it('reads the non-standard spellings ngàn and tỉ, any case, any normalisation form, any space', () => {
    expect(parseScaledNumber('2 ngàn', vi).power).toBe(3);
    expect(parseScaledNumber('1,5 tỉ đồng', vi).power).toBe(9);
    expect(parseScaledNumber('2 ngàn tỉ', vi).power).toBe(12);
    expect(parseScaledNumber('3 TRIỆU TỶ', vi).power).toBe(15);
    expect(parseScaledNumber('45\u00a0triệu'.normalize('NFD'), vi).power).toBe(6);
    expect(parseScaledNumber('45triệu', vi).power).toBe(6);
  });

  it('reads English scale words', () => {
    expect(parseScaledNumber('45 million VND', en)).toEqual({ value: new Decimal(45), power: 6, unitText: 'VND' });
    expect(parseScaledNumber('1,000 Billion', en).power).toBe(9);
    expect(parseScaledNumber('15 trillion VND', en).power).toBe(12);
  });

  it('refuses an unknown combination of scale words', () => {
    expectFailure(
      () => parseScaledNumber('2 triệu triệu', vi),
      'invalid-number',
      'in "2 triệu triệu": "triệu triệu" is not a scale; write one of nghìn, triệu, tỷ, nghìn tỷ, triệu tỷ (ngàn and tỉ are read as nghìn and tỷ)',
    );
    expectFailure(() => parseScaledNumber('2 thousand billion', en), 'invalid-number', '"thousand billion" is not a scale');
  });

  it('refuses a text that does not start with a number, and a badly written number, naming the whole text', () => {
    expectFailure(() => parseScaledNumber('triệu đồng', vi), 'invalid-number', '"triệu đồng" does not start with a number', '"45 triệu đồng"');
    expectFailure(() => parseScaledNumber('1.5 tỷ', vi), 'ambiguous', 'in "1.5 tỷ": cannot read "1.5"');
    expectFailure(() => parseScaledNumber('', en), 'invalid-number', 'parseScaledNumber cannot read an empty text');
    expectFailure(() => parseScaledNumber('1', { lang: 'xx' as 'vi' }), 'invalid-argument', 'parseScaledNumber: lang');
  });
});

describe('parseMoney', () => {
  it('reads amounts in đồng', () => {
    expect(parseMoney('45 triệu', vi).toString()).toBe('45000000');
    expect(parseMoney('1.000 tỷ đồng', vi).toString()).toBe('1000000000000');
    expect(parseMoney('15 nghìn tỷ đồng', vi).toString()).toBe('15000000000000');
    expect(parseMoney('45.000đ', vi).toString()).toBe('45000');
    expect(parseMoney('45.000 VNĐ', vi).toString()).toBe('45000');
    expect(parseMoney('45.000 ₫', vi).toString()).toBe('45000');
  });

  it('returns the amount in the scale asked', () => {
    expect(parseMoney('1,5 nghìn tỷ đồng', { lang: 'vi', into: 9 }).toString()).toBe('1500');
    expect(parseMoney('1.5 billion VND', { lang: 'en', into: 6 }).toString()).toBe('1500');
    expect(parseMoney('5,7 triệu USD', { lang: 'vi', into: scaledUnit(units.USD, 6) }).toString()).toBe('5.7');
    expect(parseMoney('45,3 triệu đồng/người/năm', { lang: 'vi', into: scaledUnit(units.VNDPerPersonPerYear, 6) }).toString()).toBe('45.3');
  });

  it('refuses an amount in another unit, listing the names it accepts', () => {
    expectFailure(
      () => parseMoney('45 triệu USD', vi),
      'unit-mismatch',
      'parseMoney: in "45 triệu USD" the unit "USD" is not đồng (VND); expected one of đồng, VND, ₫, đ, VNĐ, dong, or no unit',
    );
    expectFailure(() => parseMoney('45 tấn', { lang: 'vi', into: scaledUnit(units.tonnes) }), 'unit-mismatch', 'parseMoney handles amounts of money');
    // "đ", "VNĐ" and "dong" are ways of writing đồng only, not of any money unit
    const usd = { lang: 'vi', into: scaledUnit(units.USD, 6) } as const;
    for (const written of ['đ', 'VNĐ', 'dong']) {
      expectFailure(() => parseMoney(`5,7 triệu ${written}`, usd), 'unit-mismatch', `the unit "${written}" is not`);
    }
    expect(parseMoney('5,7 triệu đ', vi).toString()).toBe('5700000');
    expect(parseMoney('5,7 triệu dong', vi).toString()).toBe('5700000');
    expectFailure(() => parseMoney('45', { lang: 'vi', into: 7 }), 'not-found', 'no scale multiplier for 10^7');
    expectFailure(() => parseMoney('45', { lang: 'ru' as 'vi' }), 'invalid-argument', 'parseMoney: lang');
  });

  it('gives back every amount it formats, with any scale, in both languages (round trip)', () => {
    fc.assert(
      fc.property(
        decimals,
        languagesArbitrary,
        fc.constantFrom(0, 3, 6, 9, 12),
        fc.constantFrom<'auto' | number | undefined>(undefined, 'auto', 0, 6, 9, 12),
        (value, lang, power, scale) => {
          const text = formatMoney(value, power, { lang, scale });
          expect(parseMoney(text, { lang, into: power }).equals(value)).toBe(true);
        },
      ),
    );
  });
});
