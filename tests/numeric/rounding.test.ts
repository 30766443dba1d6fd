import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanningError, round, roundingRules, type RoundingRule } from '../../src/index.js';

describe('round', () => {
  it('rounds half away from zero by default, as Vietnamese official reports do', () => {
    expect(round('2.25', 1).toString()).toBe('2.3');
    expect(round('-2.25', 1).toString()).toBe('-2.3');
    expect(round('1.005', 2).toString()).toBe('1.01');
    expect(round(1.005, 2).toString()).toBe('1.01');
  });

  it.each<[RoundingRule, string, string]>([
    ['half-away-from-zero', '2.5', '3'],
    ['half-away-from-zero', '-2.5', '-3'],
    ['half-even', '2.5', '2'],
    ['half-even', '3.5', '4'],
    ['half-even', '-2.5', '-2'],
    ['half-up', '-2.5', '-2'],
    ['half-up', '2.5', '3'],
    ['toward-zero', '-2.7', '-2'],
    ['away-from-zero', '2.1', '3'],
    ['floor', '-2.1', '-3'],
    ['ceiling', '-2.9', '-2'],
  ])('%s rounds %s to %s', (rule, value, expected) => {
    expect(round(value, 0, rule).toString()).toBe(expected);
  });

  it('rounds left of the decimal point with negative digits', () => {
    expect(round('1234567890123', -9).toString()).toBe('1235000000000');
    expect(round('1450', -2, 'half-even').toString()).toBe('1400');
    expect(round('1450', -2).toString()).toBe('1500');
  });

  it('never moves a value by more than half a unit of the last kept place (half rules)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom<RoundingRule>('half-away-from-zero', 'half-even', 'half-up'),
        (units, digits, rule) => {
          const value = `${units}e-7`;
          const rounded = round(value, digits, rule);
          const halfUnit = `5e-${digits + 1}`;
          expect(rounded.minus(value).abs().lessThanOrEqualTo(halfUnit)).toBe(true);
          expect(rounded.decimalPlaces()).toBeLessThanOrEqual(digits);
        },
      ),
    );
  });

  it('is idempotent under every rule', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).filter((value) => value === 0 || Math.abs(value) >= 1e-100),
        fc.integer({ min: -3, max: 6 }),
        fc.constantFrom(...roundingRules),
        (value, digits, rule) => {
          const once = round(value, digits, rule);
          expect(round(once, digits, rule).equals(once)).toBe(true);
        },
      ),
    );
  });

  describe('bad input', () => {
    it('rejects non-integer digits', () => {
      expect(() => round(1, 1.5)).toThrow(PlanningError);
      expect(() => round(1, Number.NaN)).toThrow(/digits must be an integer/);
    });

    it('rejects an unknown rule and names the known ones', () => {
      expect(() => round(1, 0, 'nearest' as RoundingRule)).toThrow(/half-away-from-zero, half-even/);
    });

    it('rejects a value that is not a number', () => {
      expect(() => round('x', 0)).toThrow(/decimal number/);
    });
  });
});
