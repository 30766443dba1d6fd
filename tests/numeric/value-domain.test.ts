/*
 * Mutants of src/numeric that survive and are equivalent (no input can tell them apart):
 * - scaled.ts powerOfTen: the cache bounds (`exponent > cachedPowers` to true or >=, `next <= exponent`
 *   to false or <, `??` to `&&`) change only which powers are kept, never a power's value.
 * - scaled.ts roundedQuotient: the early return for a zero numerator, `< 0n` to `<= 0n` on the signs
 *   (zero is returned before, or divides by zero either way) and more extra digits (`+ String(top)
 *   .length`) give the same rounded quotient; decimalFromScaled's `text.length >= precision` cuts
 *   nothing from a text of exactly 40 digits.
 * - decimal.ts mantissa: without an exponent, dropping the last character of a zero cannot add a
 *   non-zero digit; an exponent at position 0 is not a decimal numeral.
 * - schema.ts: the decimalSchema message for an input that is not refused ('is not one') and the
 *   deepFreeze guard for primitives (Object.isFrozen is true for them) cannot be reached.
 */
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal, PlanningError, decimalFromScaled, formatIssues, isDecimalInput, maxListedIssues, powerOfTen, round, toDecimal } from '../../src/index.js';
import { expectFailure } from '../helpers.js';

const outOfDomain = 'must have an exponent from -100 to 100 (a size from 1e-100 to below 1e101); got';

/* The edges of the value domain that toDecimal guards, each with the message a user sees. */
describe('toDecimal at the edges of the value domain', () => {
  it('reads a string of 400 characters and refuses one of 401, quoting its first 40', () => {
    expect(toDecimal(`${'0'.repeat(399)}1`).toString()).toBe('1');
    expectFailure(
      () => toDecimal(`${'0'.repeat(400)}1`, 'population'),
      'invalid-number',
      `population must be a decimal number of at most 400 characters; got a string of 401 characters starting ${'0'.repeat(40)}…`,
    );
  });

  it('refuses an exponent that decimal.js would turn into zero or Infinity, and reads a zero of any exponent', () => {
    expectFailure(() => toDecimal('1e-9000000000000001'), 'invalid-number', `value ${outOfDomain} 1e-9000000000000001`);
    expectFailure(() => toDecimal('1e9000000000000001'), 'invalid-number', `value ${outOfDomain} 1e9000000000000001`);
    expect(toDecimal('0e-9000000000000001').toString()).toBe('0');
    expect(toDecimal('0e5').toString()).toBe('0');
    expect(toDecimal('0.000e-5').toString()).toBe('0');
  });

  it('quotes at most 40 characters of a value it refuses', () => {
    expectFailure(() => toDecimal(`${'1'.repeat(36)}e200`), 'invalid-number', `value ${outOfDomain} ${'1'.repeat(36)}e200`);
    expectFailure(() => toDecimal(`${'1'.repeat(40)}e200`), 'invalid-number', `value ${outOfDomain} ${'1'.repeat(40)}…`);
    expectFailure(() => toDecimal('1'.repeat(51)), 'invalid-number', `value must have at most 50 significant digits; got 51 in ${'1'.repeat(40)}…`);
  });

  it('reads negative zero as zero', () => {
    expect(toDecimal('-0').isNegative()).toBe(false);
    expect(toDecimal(-0).isNegative()).toBe(false);
    expect(toDecimal(new Decimal('-0')).isNegative()).toBe(false);
  });

  it('gives a computed Decimal the exponents from -1000 to 1000', () => {
    expect(toDecimal(new Decimal('1e1000')).toString()).toBe('1e+1000');
    expect(toDecimal(new Decimal('-1e-1000')).toString()).toBe('-1e-1000');
    expect(toDecimal(new Decimal(0)).toString()).toBe('0');
    expectFailure(() => toDecimal(new Decimal('1e1001'), 'total'), 'invalid-number', 'total must have an exponent from -1000 to 1000; got the Decimal 1.000e+1001');
    expectFailure(() => toDecimal(new Decimal('-1e-1001'), 'total'), 'invalid-number', 'total must have an exponent from -1000 to 1000; got the Decimal -1.000e-1001');
    expect([isDecimalInput(new Decimal('1e1000')), isDecimalInput(new Decimal('1e1001')), isDecimalInput(new Decimal('1e-1001'))]).toEqual([true, false, false]);
  });

  it("turns another decimal.js Decimal into the library's own", () => {
    const foreign = new DecimalJs('2.5');
    const own = toDecimal(foreign);
    expect(own.constructor).toBe(Decimal);
    expect(own).not.toBe(foreign);
    expect(own.toString()).toBe('2.5');
    const library = new Decimal('2.5');
    expect(toDecimal(library)).toBe(library);
  });
});

describe('round beyond 40 significant digits', () => {
  // The value domain allows 50 significant digits; rounding to a number of places is exact, where a
  // division by a power of ten would first round to the library's 40 digits.
  it('rounds a value of 46 digits to 45 places exactly', () => {
    expect(round(`1.${'0'.repeat(44)}49`, 45).toFixed()).toBe(`1.${'0'.repeat(44)}5`);
  });

  it('rounds a value of 46 digits to a whole number exactly', () => {
    expect(round('123456789012345678901234567890123456789012345.5', 0).toFixed()).toBe('123456789012345678901234567890123456789012346');
  });

  it('refuses a fractional number of digits or an unknown rule with invalid-argument', () => {
    expectFailure(() => round('1.5', 0.5), 'invalid-argument', 'digits must be an integer; got 0.5');
    expectFailure(() => round('1.5', 0, 'up' as never), 'invalid-argument', /^unknown rounding rule "up"; expected one of half-away-from-zero, /);
  });
});

describe('decimalFromScaled', () => {
  it('turns zero digits into a zero that is not negative', () => {
    expect(decimalFromScaled(0n, 3).isNegative()).toBe(false);
    expect(decimalFromScaled(0n, 0).toString()).toBe('0');
  });
});

describe('PlanningError and formatIssues', () => {
  it('has no cause unless given one', () => {
    expect(Object.hasOwn(new PlanningError('invalid-input', 'x'), 'cause')).toBe(false);
    expect(Object.hasOwn(new PlanningError('invalid-input', 'x', { cause: 0 }), 'cause')).toBe(true);
  });

  it('lists at most twenty issues and counts the rest, one or many', () => {
    const issues = Array.from({ length: 22 }, (_, index) => ({ path: [index], message: 'm' }));
    expect(maxListedIssues).toBe(20);
    const lines = formatIssues(issues).split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[19]).toBe('- (root)[19]: m');
    expect(lines[20]).toBe('- … and 2 more problems');
    expect(formatIssues(issues.slice(0, 21))).toMatch(/\n- … and 1 more problem$/);
    expect(formatIssues(issues.slice(0, 20)).split('\n')).toHaveLength(20);
    expect(formatIssues(issues.slice(0, 3), 2)).toBe('- (root)[0]: m\n- (root)[1]: m\n- … and 1 more problem');
  });
});

describe('powerOfTen', () => {
  it('makes a power far beyond the cached ones directly, without caching every power below it', () => {
    // 10^200000 has 200,001 digits; caching the powers up to it would take gigabytes and minutes.
    const power = powerOfTen(200_000);
    expect(String(power)).toHaveLength(200_001);
    expect(String(power).startsWith('10000')).toBe(true);
    expect(powerOfTen(400)).toBe(10n ** 400n);
    expect(powerOfTen(401)).toBe(10n ** 401n);
  });
});
