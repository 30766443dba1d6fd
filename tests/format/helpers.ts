/* Shared assertions and generators of the format tests. */
import fc from 'fast-check';
import { expect } from 'vitest';
import { Decimal, type PlanningErrorCode } from '../../src/index.js';
// The catcher of a PlanningError is shared with the period tests rather than written again.
import { failure } from '../period/helpers.js';

/** Asserts that a call throws a PlanningError with this code and a message matching each pattern. */
export function expectFailure(run: () => unknown, code: PlanningErrorCode, ...messages: (string | RegExp)[]): void {
  const error = failure(run);
  expect(error.code).toBe(code);
  for (const message of messages) {
    if (typeof message === 'string') expect(error.message).toContain(message);
    else expect(error.message).toMatch(message);
  }
}

/**
 * Decimals of up to 31 significant digits, with up to 12 decimals, of either sign: far beyond the 15
 * to 17 significant digits a JavaScript number keeps, and within the 40 digits to which the library's
 * arithmetic (a change of scale is a multiplication) is exact.
 */
export const decimals: fc.Arbitrary<Decimal> = fc
  .tuple(fc.bigInt({ min: -(10n ** 31n) + 1n, max: 10n ** 31n - 1n }), fc.integer({ min: 0, max: 12 }))
  .map(([digits, scale]) => new Decimal(`${digits.toString()}e-${String(scale)}`));

/** Both languages. */
export const languagesArbitrary = fc.constantFrom('vi' as const, 'en' as const);
