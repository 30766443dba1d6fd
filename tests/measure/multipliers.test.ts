import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanningError, multiplierFromPower, multiplierFromSdmxUnitMult, multipliers } from '../../src/index.js';
import { caught } from './caught.js';

describe('multipliers', () => {
  it('name the powers of ten in Vietnamese (official spelling) and short-scale English, with SDMX codes', () => {
    expect(
      multipliers.map((entry) => [entry.power, entry.names.vi, entry.names.en, entry.sdmxUnitMult, entry.sdmxName]),
    ).toEqual([
      [0, 'đơn vị', 'units', '0', 'Units'],
      [3, 'nghìn', 'thousand', '3', 'Thousands'],
      [6, 'triệu', 'million', '6', 'Millions'],
      [9, 'tỷ', 'billion', '9', 'Billions'],
      [12, 'nghìn tỷ', 'trillion', '12', 'Trillions'],
      [15, 'triệu tỷ', 'quadrillion', '15', 'Quadrillions'],
    ]);
  });

  it('translate tỷ as billion and nghìn tỷ as trillion, not billion', () => {
    expect(multiplierFromPower(9).names).toEqual({ vi: 'tỷ', en: 'billion' });
    expect(multiplierFromPower(12).names).toEqual({ vi: 'nghìn tỷ', en: 'trillion' });
  });

  it('never use the spellings tỉ or ngàn', () => {
    for (const entry of multipliers) expect(entry.names.vi).not.toMatch(/tỉ|ngàn/);
  });

  it('are frozen', () => {
    expect(Object.isFrozen(multipliers)).toBe(true);
    expect(Object.isFrozen(multiplierFromPower(6).names)).toBe(true);
  });
});

describe('multiplierFromPower', () => {
  it('finds the multiplier of each power in the registry', () => {
    for (const entry of multipliers) expect(multiplierFromPower(entry.power)).toBe(entry);
  });

  it('refuses a power with no multiplier, listing the known powers', () => {
    const error = caught(() => multiplierFromPower(2));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('no scale multiplier for 10^2; known powers: 0, 3, 6, 9, 12, 15');
  });

  it('refuses a fractional or non-finite power as an invalid argument', () => {
    const error = caught(() => multiplierFromPower(1.5));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toBe('a multiplier power must be an integer such as 6 (million); got 1.5');
    expect(caught(() => multiplierFromPower(Number.NaN)).code).toBe('invalid-argument');
    expect(caught(() => multiplierFromPower(Number.POSITIVE_INFINITY)).code).toBe('invalid-argument');
  });

  it('finds a multiplier exactly for the registry powers and refuses every other integer', () => {
    const powers = new Set(multipliers.map((entry) => entry.power));
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100 }), (power) => {
        if (powers.has(power)) expect(multiplierFromPower(power).power).toBe(power);
        else expect(() => multiplierFromPower(power)).toThrow(PlanningError);
      }),
    );
  });
});

describe('multiplierFromSdmxUnitMult', () => {
  it('reads SDMX UNIT_MULT codes given as text or numbers', () => {
    expect(multiplierFromSdmxUnitMult('9').names.vi).toBe('tỷ');
    expect(multiplierFromSdmxUnitMult(6).names.en).toBe('million');
    expect(multiplierFromSdmxUnitMult(' 0 ').power).toBe(0);
    expect(multiplierFromSdmxUnitMult('+3').power).toBe(3);
  });

  it('agrees with multiplierFromPower for every registry entry', () => {
    for (const entry of multipliers) expect(multiplierFromSdmxUnitMult(entry.sdmxUnitMult)).toBe(entry);
  });

  it('refuses a code that is not a whole number', () => {
    for (const code of ['x', '', '6.0', '1e3', 2.5]) {
      const error = caught(() => multiplierFromSdmxUnitMult(code));
      expect(error.code).toBe('invalid-argument');
      expect(error.message).toContain('an SDMX UNIT_MULT code must be a whole number such as "6" (millions)');
    }
  });

  it('refuses a valid SDMX code that the registry does not name', () => {
    const error = caught(() => multiplierFromSdmxUnitMult('-3'));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('no scale multiplier for SDMX UNIT_MULT "-3"; known codes: 0, 3, 6, 9, 12, 15');
  });
});
