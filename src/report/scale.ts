/*
 * Internal helpers of the builders: a "nice" value scale for charts and ids made from codes.
 */
import { Decimal } from '../numeric/index.js';
import type { ChartScale } from './model.js';

const niceSteps = ['1', '2', '2.5', '5', '10'] as const;

/**
 * A scale from a round number at or below the smallest value (and zero) to a round number at or above
 * the largest, in about `ticks` steps of 1, 2, 2.5 or 5 times a power of ten: 0 to 125 in steps of 25
 * for attainments up to 120%. The step is chosen with a binary logarithm estimate; the ticks
 * themselves are exact decimals.
 */
export function niceScale(values: readonly Decimal[], label: (value: Decimal) => string, ticks = 5): ChartScale {
  const zero = new Decimal(0);
  let low = zero;
  let high = zero;
  for (const value of values) {
    if (value.lessThan(low)) low = value;
    if (value.greaterThan(high)) high = value;
  }
  if (high.equals(low)) high = low.plus(1);
  const raw = high.minus(low).div(ticks);
  // The exponent of the raw step's leading digit: raw = d.ddd × 10^e.
  const unit = new Decimal(10).pow(raw.e);
  const step = niceSteps.map((factor) => unit.times(factor)).find((candidate) => candidate.greaterThanOrEqualTo(raw)) ?? unit.times(10);
  const min = low.div(step).floor().times(step);
  const max = high.div(step).ceil().times(step);
  const marks = [];
  for (let value = min; value.lessThanOrEqualTo(max); value = value.plus(step)) marks.push({ value, text: label(value) });
  return { min, max, ticks: marks };
}

/** An HTML-safe id part made from a code: letters, digits, `_`, `.` and `-` kept; any other character as `-xHEX-`. */
export function idPart(code: string): string {
  return code.replace(/[^A-Za-z0-9_.-]/gu, (character) => `-x${(character.codePointAt(0) ?? 0).toString(16)}-`);
}

