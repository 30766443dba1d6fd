/*
 * The helpers that every domain's messages and first passes rely on, tested in numeric itself:
 * quoteList and quoteText of a non-text, ownField, parseEach, and the digits a Decimal's message
 * quotes.
 */
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { Decimal, maxQuotedItems, ownField, parseEach, quoteList, quoteText, toDecimal } from '../../src/index.js';

describe('quoteList', () => {
  it('quotes up to ten texts, separated by commas', () => {
    expect(maxQuotedItems).toBe(10);
    expect(quoteList([])).toBe('');
    expect(quoteList(['a'])).toBe('"a"');
    const ten = Array.from({ length: 10 }, (_, index) => `c${String(index)}`);
    expect(quoteList(ten)).toBe(ten.map((text) => `"${text}"`).join(', '));
  });

  it('counts the texts beyond the tenth instead of quoting them', () => {
    const eleven = Array.from({ length: 11 }, (_, index) => `c${String(index)}`);
    expect(quoteList(eleven)).toBe(`${eleven.slice(0, 10).map((text) => `"${text}"`).join(', ')} and 1 more`);
    expect(quoteList(new Set(Array.from({ length: 25 }, (_, index) => String(index))))).toMatch(/^"0", "1", .*, "9" and 15 more$/);
  });

  it('cuts each long text as quoteText does', () => {
    expect(quoteList(['x'.repeat(61), 'y'])).toBe(`"${'x'.repeat(60)}"… (61 characters), "y"`);
  });
});

describe('quoteText of a value that is not a text', () => {
  it('describes the value instead of failing, for JavaScript callers', () => {
    expect(quoteText(42 as unknown as string)).toBe('the number 42');
    expect(quoteText(undefined as unknown as string)).toBe('undefined');
    expect(quoteList([null as unknown as string, 'a'])).toBe('null, "a"');
  });
});

describe('ownField', () => {
  it("reads a record's own field", () => {
    expect(ownField({ code: 'X', unit: 5 }, 'code')).toBe('X');
    expect(ownField({ code: null }, 'code')).toBeNull();
    expect(ownField(['a'], '0')).toBe('a');
  });

  it('gives undefined for an inherited field, a missing one and a value that is not an object', () => {
    expect(ownField(Object.create({ code: 'X' }), 'code')).toBeUndefined();
    expect(ownField({}, 'code')).toBeUndefined();
    expect(ownField([], 'constructor')).toBeUndefined();
    expect(ownField(null, 'code')).toBeUndefined();
    expect(ownField(undefined, 'code')).toBeUndefined();
    expect(ownField('code', 'length')).toBeUndefined();
    expect(ownField(7, 'toString')).toBeUndefined();
  });
});

describe('parseEach', () => {
  it('gives each valid element its value at its index and each problem its full path', () => {
    const result = parseEach(z.object({ code: z.string() }), [{ code: 'a' }, { code: 2 }, { code: 'c', extra: 1 }, 'd'], ['units']);
    expect(result.values).toEqual([{ code: 'a' }, undefined, { code: 'c' }, undefined]);
    expect(result.issues).toEqual([
      { path: ['units', 1, 'code'], message: 'expected text (a string); got the number 2' },
      { path: ['units', 3], message: 'expected an object; got "d"' },
    ]);
  });

  it('gives no problems and every value for a valid list, and none for an empty one', () => {
    expect(parseEach(z.number(), [1, 2])).toEqual({ values: [1, 2], issues: [] });
    expect(parseEach(z.number(), [])).toEqual({ values: [], issues: [] });
  });

  it('reports a value that is not a list as one problem at the list path', () => {
    expect(parseEach(z.number(), { 0: 1 }, ['codes'])).toEqual({ values: [], issues: [{ path: ['codes'], message: 'expected a list (an array); got an object' }] });
    expect(parseEach(z.number(), 'a')).toEqual({ values: [], issues: [{ path: [], message: 'expected a list (an array); got "a"' }] });
  });

  it('leaves its input as it was', () => {
    const input = [{ code: 'a' }, ['not a record']];
    parseEach(z.readonly(z.object({ code: z.string() })), input);
    expect(Object.isFrozen(input[0])).toBe(false);
    expect(Object.isFrozen(input[1])).toBe(false);
  });
});

describe('the message about a Decimal of too many digits', () => {
  it('quotes the digits of a library Decimal and of another clone', () => {
    const digits = `1.${'2'.repeat(50)}`;
    expect(() => toDecimal(new Decimal(digits))).toThrow(`value must have at most 50 significant digits; got 51 in ${digits.slice(0, 40)}…`);
    const Other = Decimal.clone({ precision: 60 });
    expect(() => toDecimal(new Other(`-${digits}`))).toThrow(`value must have at most 50 significant digits; got 51 in -${digits.slice(0, 39)}…`);
    expect(toDecimal(new Decimal(`1.${'2'.repeat(49)}`)).toString()).toBe(`1.${'2'.repeat(49)}`);
  });

  it('reads a decimal text that starts at its point, with several digits', () => {
    expect(toDecimal('.55').toString()).toBe('0.55');
    expect(toDecimal('-.125e2').toString()).toBe('-12.5');
  });
});
