import * as z from 'zod/mini';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanningError, isIsoDate, isoDateSchema, isoDateToDate, toIsoDate } from '../../src/index.js';

describe('ISO dates', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-7-1')).toBe(false);
    expect(isIsoDate(20250701)).toBe(false);
    expect(z.safeParse(isoDateSchema, '2025-06-31').success).toBe(false);
    expect(z.safeParse(isoDateSchema, '2025-06-30').success).toBe(true);
  });

  it('round-trips between ISO strings and local Dates', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1900, 0, 1), max: new Date(2200, 11, 31), noInvalidDate: true }), (date) => {
        const iso = toIsoDate(date);
        expect(toIsoDate(isoDateToDate(iso))).toBe(iso);
      }),
    );
  });

  it('rejects bad dates with a message that shows the expected form', () => {
    expect(() => isoDateToDate('2025-02-30', 'validFrom')).toThrow(PlanningError);
    expect(() => isoDateToDate('01/07/2025', 'validFrom')).toThrow(/validFrom must be a calendar date written YYYY-MM-DD/);
    expect(() => toIsoDate(new Date(Number.NaN))).toThrow(/Invalid Date/);
  });
});
