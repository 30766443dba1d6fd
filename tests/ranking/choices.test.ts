import { describe, expect, it } from 'vitest';
import { checkChoice, describeValue, isList } from '../../src/ranking/choices.js';
import { caught } from './caught.js';

describe('describeValue', () => {
  it('names every kind of value that an untyped caller can pass', () => {
    const described = [
      'text',
      '',
      undefined,
      () => 1,
      null,
      [],
      [1, 2],
      {},
      { rank: 1 },
      0,
      -1.5,
      Number.NaN,
      true,
      false,
      12n,
      Symbol('s'),
    ].map(describeValue);
    expect(described).toEqual([
      '"text"',
      '""',
      'nothing',
      'a function',
      'null',
      'an array',
      'an array',
      'an object',
      'an object',
      '0',
      '-1.5',
      'NaN',
      'true',
      'false',
      '12',
      'a value of type symbol',
    ]);
  });
});

describe('checkChoice', () => {
  const ties = ['dense', 'fractional'] as const;

  it('returns a listed value', () => {
    expect(checkChoice('dense', ties, 'ties')).toBe('dense');
    expect(checkChoice('fractional', ties, 'ties')).toBe('fractional');
  });

  it('refuses anything else and lists the choices in their order', () => {
    for (const [given, shown] of [
      ['Dense', '"Dense"'],
      ['', '""'],
      [undefined, 'nothing'],
      [1, '1'],
      [['dense'], 'an array'],
    ] as const) {
      const error = caught(() => checkChoice(given, ties, 'ties'));
      expect(error.code).toBe('invalid-argument');
      expect(error.message).toBe(`ties must be one of 'dense', 'fractional'; got ${shown}`);
    }
  });
});

describe('isList', () => {
  it('is true for arrays only', () => {
    expect([[], [1], Object.freeze([2])].map(isList)).toEqual([true, true, true]);
    expect([{}, { length: 1, 0: 'a' }, 'ab', null, undefined].map(isList)).toEqual([false, false, false, false, false]);
  });
});
