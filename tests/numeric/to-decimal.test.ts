import DecimalJs from 'decimal.js';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { Decimal, type RoundingRule, isDecimalInput, parseWithSchema, round, toDecimal } from '../../src/index.js';
import { expectFailure } from '../helpers.js';

/* What toDecimal refuses, with the name it is given and the kind of thing it got. */
describe('toDecimal and isDecimalInput on what is not a number', () => {
  it.each<[unknown, string]>([
    [null, 'null'],
    [[1, 2], 'an array'],
    [true, 'the boolean true'],
    [false, 'the boolean false'],
    [12n, 'the bigint 12'],
    [undefined, 'undefined'],
    [{ value: 1 }, 'an object'],
    [Symbol('x'), 'a value of type symbol'],
    [() => 1, 'a value of type function'],
  ])('refuses %s, describing it as %s', (value, described) => {
    expectFailure(() => toDecimal(value as never, 'income'), 'invalid-number', `income must be a number, a decimal string or a Decimal; got ${described}`);
    expect(isDecimalInput(value)).toBe(false);
  });

  it("names the value 'value' unless told, and gives every refusal the code invalid-number", () => {
    expectFailure(() => toDecimal('abc'), 'invalid-number', `value must be a decimal number such as '12.5' or 12.5; got the string "abc"`);
    expectFailure(() => toDecimal(new Decimal(Number.NaN), 'rate'), 'invalid-number', 'rate must be finite; got the Decimal NaN');
    expectFailure(() => toDecimal(new Decimal(Infinity)), 'invalid-number', 'value must be finite; got the Decimal Infinity');
    expectFailure(() => toDecimal(Number.NEGATIVE_INFINITY), 'invalid-number', 'value must be a finite number; got -Infinity');
  });

  it("reads a Decimal of another decimal.js clone as the library's own, with every digit", () => {
    // 50 significant digits, the most the value domain holds (more than the library's 40).
    const Foreign = DecimalJs.clone({ precision: 80 });
    const read = toDecimal(new Foreign('1.0000000000000000000000000000000000000000000000001'));
    expect(read).toBeInstanceOf(Decimal);
    expect(read.toString()).toBe('1.0000000000000000000000000000000000000000000000001');
    expectFailure(() => toDecimal(new Foreign('1.00000000000000000000000000000000000000000000000001')), 'invalid-number', /at most 50 significant digits; got 51/);
    const own = new Decimal('2.5');
    expect(toDecimal(own)).toBe(own);
  });

  it('accepts text with spaces around it, as toDecimal does, and refuses text it would refuse', () => {
    expect(isDecimalInput(' 12.5 ')).toBe(true);
    expect(toDecimal(' 12.5 ').toString()).toBe('12.5');
    expect(isDecimalInput('12,5')).toBe(false);
    expect(isDecimalInput(new Decimal(Number.NaN))).toBe(false);
    expect(isDecimalInput(new Decimal('1e-5'))).toBe(true);
    expect(isDecimalInput(Number.POSITIVE_INFINITY)).toBe(false);
  });
});

describe('round and parseWithSchema on refused input', () => {
  it('refuses digits that are not an integer and an unknown rule with invalid-argument', () => {
    expectFailure(() => round('1.25', 1.5), 'invalid-argument', 'digits must be an integer; got 1.5');
    expectFailure(() => round('1.25', 1, 'bankers' as RoundingRule), 'invalid-argument', /^unknown rounding rule "bankers"; expected one of /);
  });

  it('counts the problems of a parse in words: 1 problem, 2 problems', () => {
    const pair = z.object({ a: z.number(), b: z.number() });
    expectFailure(() => parseWithSchema(pair, { a: 1, b: 'x' }, 'pair'), 'invalid-input', /^invalid pair: 1 problem\n/);
    expectFailure(() => parseWithSchema(pair, { a: 'x', b: 'y' }, 'pair'), 'invalid-input', /^invalid pair: 2 problems\n/);
  });

  it('freezes what it returns, through nested objects and arrays, nulls included', () => {
    const nested = z.object({ list: z.array(z.object({ note: z.nullable(z.string()) })) });
    const parsed = parseWithSchema(nested, { list: [{ note: null }, { note: 'x' }] }, 'nested');
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(Object.isFrozen(parsed.list)).toBe(true);
    expect(Object.isFrozen(parsed.list[0])).toBe(true);
  });
});
