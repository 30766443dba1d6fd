/*
 * periodsOverlap at its edges: periods that share exactly one day overlap, in either order, and
 * periods that meet without a shared day do not.
 */
import { describe, expect, it } from 'vitest';
import { periodsOverlap } from '../../src/index.js';

describe('periodsOverlap on a single shared day', () => {
  it('counts the last day of a month as overlapping the month, in either order', () => {
    expect(periodsOverlap('2024-M01', '2024-01-31')).toBe(true);
    expect(periodsOverlap('2024-01-31', '2024-M01')).toBe(true);
  });

  it('counts a day as overlapping itself', () => {
    expect(periodsOverlap('2024-02-29', '2024-02-29')).toBe(true);
  });

  it('does not count periods that only meet as overlapping', () => {
    expect(periodsOverlap('2024-M01', '2024-02-01')).toBe(false);
    expect(periodsOverlap('2024-02-01', '2024-M01')).toBe(false);
  });
});
