import { describe, expect, it } from 'vitest';
import { describeValue, maxQuotedLength, ownValue, quoteText } from '../../src/index.js';

describe('quoteText', () => {
  it('quotes a text of up to sixty characters whole, as JSON would', () => {
    expect(maxQuotedLength).toBe(60);
    expect(quoteText('2024-Q5')).toBe('"2024-Q5"');
    expect(quoteText('a "b"\n')).toBe('"a \\"b\\"\\n"');
    expect(quoteText('x'.repeat(60))).toBe(`"${'x'.repeat(60)}"`);
  });

  it('cuts a longer text to sixty characters and gives its length', () => {
    expect(quoteText('x'.repeat(61))).toBe(`"${'x'.repeat(60)}"… (61 characters)`);
    expect(quoteText('y'.repeat(10_000_000))).toBe(`"${'y'.repeat(60)}"… (10000000 characters)`);
  });
});

describe('describeValue', () => {
  it.each<[unknown, string]>([
    ['up', '"up"'],
    [-1, 'the number -1'],
    [true, 'the boolean true'],
    [12n, 'the bigint 12'],
    [undefined, 'undefined'],
    [() => 1, 'a function'],
    [null, 'null'],
    [[1], 'an array'],
    [{ lang: 'vi' }, 'an object'],
    [Object.create(null), 'an object'],
    [Symbol('x'), 'a value of type symbol'],
  ])('describes %s as %s', (value, described) => {
    expect(describeValue(value)).toBe(described);
  });

  it('quotes a long text bounded', () => {
    expect(describeValue('z'.repeat(100))).toBe(`"${'z'.repeat(60)}"… (100 characters)`);
  });
});

describe('ownValue', () => {
  it("finds a record's own keys only, never what it inherits", () => {
    const statuses = { A: 'official' };
    expect([ownValue(statuses, 'A'), ownValue(statuses, 'constructor'), ownValue(statuses, '__proto__'), ownValue(statuses, 'toString')]).toEqual([
      'official',
      undefined,
      undefined,
      undefined,
    ]);
    expect(ownValue(undefined, 'A')).toBeUndefined();
    expect(ownValue(Object.create({ A: 'inherited' }) as Record<string, string>, 'A')).toBeUndefined();
  });
});
