import * as z from 'zod/mini';
import { getDaysInMonth } from 'date-fns';
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

describe('ISO date validation agrees with date-fns', () => {
  it('accepts exactly the days that date-fns says each month has, leap years included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const firstOfMonth = new Date(2000, month - 1, 1);
        firstOfMonth.setFullYear(year);
        const text = `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(isIsoDate(text)).toBe(day <= getDaysInMonth(firstOfMonth));
      }),
    );
    expect([isIsoDate('1900-02-29'), isIsoDate('2000-02-29'), isIsoDate('2100-02-29')]).toEqual([false, true, false]);
  });
});
