/*
 * fast-check arbitraries for observations, shared by the exchange tests. Periods come from the
 * period tests' arbitraries; values are exact decimals built from digits, so they can have more
 * digits than a binary float holds.
 */
import fc from 'fast-check';
import {
  type Observation,
  type ObservationInput,
  formatPeriod,
  multipliers,
  observationStatuses,
  parseObservations,
  toIsoDate,
  units,
} from '../../src/index.js';
import { periodArbitrary, simplePeriodArbitrary } from '../period/arbitraries.js';

/** Decimal text from an integer and a scale: `-123.45`, up to `digits` significant digits. */
export function decimalText(digits: number): fc.Arbitrary<string> {
  const limit = 10n ** BigInt(digits) - 1n;
  return fc.tuple(fc.bigInt({ min: -limit, max: limit }), fc.nat(6)).map(([integer, scale]) => {
    const sign = integer < 0n ? '-' : '';
    const text = (integer < 0n ? -integer : integer).toString().padStart(scale + 1, '0');
    return scale === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -scale)}.${text.slice(-scale)}`;
  });
}

const indicatorCode = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,7}$/);
const areaCode = fc.stringMatching(/^[0-9]{2,5}$/);
const isoDate = fc
  .date({ min: new Date(2000, 0, 1), max: new Date(2030, 11, 31), noInvalidDate: true })
  .map((date) => toIsoDate(date));
const scaledUnit = fc.record({
  unit: fc.constantFrom(...Object.keys(units)),
  power: fc.constantFrom(...multipliers.map((multiplier) => multiplier.power)),
});

/** What varies between formats: which periods, dimension names and values, and how many digits. */
export interface ObservationShape {
  readonly period: fc.Arbitrary<string>;
  readonly dimensionNames: readonly string[];
  readonly dimensionValue: fc.Arbitrary<string>;
  readonly digits: number;
  /** Whether to draw the fields that only CSV carries (numerator, denominator, published, source). */
  readonly everyField: boolean;
}

/** Any period code, ranges included. */
export const anyPeriod: fc.Arbitrary<string> = periodArbitrary.map(formatPeriod);
/** Any period code but ranges. */
export const simplePeriod: fc.Arbitrary<string> = simplePeriodArbitrary.map(formatPeriod);

/** One observation, parsed from a generated input. */
export function observationArbitrary(shape: ObservationShape): fc.Arbitrary<Observation> {
  const dimensions =
    shape.dimensionNames.length === 0
      ? fc.constant(undefined)
      : fc.option(
          fc.dictionary(fc.constantFrom(...shape.dimensionNames), shape.dimensionValue, {
            minKeys: 1,
            maxKeys: shape.dimensionNames.length,
          }),
          { nil: undefined },
        );
  const optionalText = fc.option(fc.string({ minLength: 1 }), { nil: undefined });
  const optionalDecimal = fc.option(decimalText(shape.digits), { nil: undefined });
  return fc
    .record({
      indicator: indicatorCode,
      area: areaCode,
      period: shape.period,
      value: decimalText(shape.digits),
      unit: fc.option(scaledUnit, { nil: undefined }),
      status: fc.constantFrom(...observationStatuses),
      note: optionalText,
      dimensions,
      numerator: shape.everyField ? optionalDecimal : fc.constant(undefined),
      denominator: shape.everyField ? optionalDecimal : fc.constant(undefined),
      published: shape.everyField ? fc.option(isoDate, { nil: undefined }) : fc.constant(undefined),
      source: shape.everyField ? optionalText : fc.constant(undefined),
    })
    .map((input) => {
      // Leave out the fields drawn as undefined: an absent field is not an undefined one.
      const clean = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as ObservationInput;
      const [observation] = parseObservations([clean]);
      if (observation === undefined) throw new Error('parseObservations returned nothing');
      return observation;
    });
}

/** The cell of an observation: what formats that key values by their dimensions keep one value for. */
export function cellOf(observation: Observation): string {
  const dimensions = Object.entries(observation.dimensions ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([observation.indicator, observation.area, observation.period, dimensions]);
}

/** Lists of observations with one observation per cell, for the formats that hold one value per cell. */
export function observationListArbitrary(shape: ObservationShape): fc.Arbitrary<Observation[]> {
  return fc.uniqueArray(observationArbitrary(shape), { maxLength: 8, selector: cellOf });
}

/** Observations as plain JSON (decimals as text), to compare them field by field. */
export function plain(observations: readonly unknown[]): unknown[] {
  return JSON.parse(JSON.stringify(observations)) as unknown[];
}
