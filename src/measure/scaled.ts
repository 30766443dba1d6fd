import * as z from 'zod/mini';
import { Decimal, type DecimalInput, PlanningError, decimalSchema, toDecimal } from '../numeric/index.js';
import { multiplierFromPower, multipliers } from './multiplier.js';
import { type UnitLabels, type UnitOfMeasure, unitOfMeasureSchema, units } from './unit.js';

const knownPowers = multipliers.map((entry) => entry.power);

/**
 * The zod schema of a {@link ScaledUnit}: a unit of measure and the power of ten of one of the
 * {@link multipliers} (0, 3, 6, 9, 12, 15).
 *
 * @example
 * // "tỷ đồng" read from JSON:
 * z.parse(scaledUnitSchema, { unit: units.VND, power: 9 }).power;
 * //=> 9
 */
export const scaledUnitSchema = z.readonly(
  z.object({
    /** The unit itself (đồng, người, tấn). */
    unit: unitOfMeasureSchema,
    /** The power of ten of the scale word: 0 for đồng, 6 for triệu đồng, 9 for tỷ đồng. */
    power: z.int({ error: 'expected the power of ten of a multiplier as a whole number, such as 6' }).check(
      z.refine((power) => knownPowers.includes(power), {
        error: `expected the power of ten of a known multiplier: one of ${knownPowers.join(', ')}`,
      }),
    ),
  }),
);

/**
 * What a figure is measured in: a unit and a scale, such as triệu đồng (đồng × 10^6) or nghìn tấn
 * (tấn × 10^3). Indicators state their values in a scaled unit; {@link convertScale} moves a value
 * between scales of one unit exactly.
 *
 * @example
 * // The unit of per-capita income in a Vietnamese plan, triệu đồng/người/năm:
 * const income: ScaledUnit = scaledUnit(units.VNDPerPersonPerYear, 6);
 * scaledUnitLabels(income).vi;
 * //=> 'triệu đồng/người/năm'
 */
export type ScaledUnit = z.output<typeof scaledUnitSchema>;

/**
 * Makes a {@link ScaledUnit} from a unit and the power of ten of its scale word.
 *
 * @param unit - the unit, such as `units.VND`
 * @param power - the power of ten of one of the {@link multipliers}; 0 (no scale word) unless given
 * @returns the scaled unit, frozen
 * @throws {@link PlanningError} `invalid-argument` for a power that is not an integer; `not-found`
 * for a power with no multiplier
 *
 * @example
 * // tỷ đồng, the unit of budget revenue and investment:
 * scaledUnitLabels(scaledUnit(units.VND, 9));
 * //=> { vi: 'tỷ đồng', en: 'billion VND' }
 */
export function scaledUnit(unit: UnitOfMeasure, power = 0): ScaledUnit {
  multiplierFromPower(power);
  return Object.freeze({ unit, power });
}

/**
 * Names a scaled unit in Vietnamese and English, the scale word first: `triệu đồng` / `million VND`,
 * `nghìn tỷ đồng` / `trillion VND`, `nghìn tấn` / `thousand tonnes`. At power 0 the name is the
 * unit's own label (`đồng` / `VND`). Spelling follows official text: `tỷ` (not tỉ), `nghìn` (not ngàn).
 *
 * @param scaled - the unit and its power of ten
 * @returns the Vietnamese and English names
 * @throws {@link PlanningError} `invalid-argument` or `not-found` for a power with no multiplier
 *
 * @example
 * // Name 10^12 đồng in both languages (English uses the short scale):
 * scaledUnitLabels({ unit: units.VND, power: 12 });
 * //=> { vi: 'nghìn tỷ đồng', en: 'trillion VND' }
 */
export function scaledUnitLabels(scaled: ScaledUnit): UnitLabels {
  const { labels } = scaled.unit;
  if (scaled.power === 0) return { vi: labels.vi, en: labels.en };
  const { names } = multiplierFromPower(scaled.power);
  return { vi: `${names.vi} ${labels.vi}`, en: `${names.en} ${labels.en}` };
}

function isScaledUnit(value: UnitOfMeasure | ScaledUnit): value is ScaledUnit {
  return 'unit' in value;
}

function unitOf(value: UnitOfMeasure | ScaledUnit): UnitOfMeasure {
  return isScaledUnit(value) ? value.unit : value;
}

function describeUnit(value: UnitOfMeasure | ScaledUnit): string {
  const unit = unitOf(value);
  const name = isScaledUnit(value) && Number.isInteger(value.power) && knownPowers.includes(value.power)
    ? scaledUnitLabels(value).en
    : unit.labels.en;
  return `${name} (unit ${unit.code}, kind ${unit.kind})`;
}

function mismatchReason(a: UnitOfMeasure, b: UnitOfMeasure): string {
  if (a.code === b.code) {
    return `the two units share the code ${a.code} but differ in kind (${a.kind} vs ${b.kind}); give each unit of your own a code of its own`;
  }
  if (a.kind !== b.kind) {
    const kinds = [a.kind, b.kind];
    const hint = kinds.includes('percent') && kinds.includes('percentage-points')
      ? '; a change of a percentage is in percentage points, which is a different quantity (see differenceUnit)'
      : '';
    return `they measure different kinds of quantity (${a.kind} vs ${b.kind})${hint}`;
  }
  const hint = a.currency !== undefined && b.currency !== undefined
    ? '; currency conversion needs an exchange rate and is not done by this library'
    : '; only scales of one unit convert exactly';
  return `they are different units of the same kind ${a.kind} (${a.code} vs ${b.code})${hint}`;
}

/**
 * Tells whether two units, or the units of two scaled units, are the same unit: equal code and equal
 * kind. Scales do not matter (triệu đồng and tỷ đồng are the same unit, đồng).
 *
 * @param a - a unit or scaled unit
 * @param b - another unit or scaled unit
 * @returns true when values in `a` and `b` can be converted into each other by {@link convertScale}
 *
 * @example
 * // Scales of đồng are one unit; đồng and USD are not:
 * [sameUnit(scaledUnit(units.VND, 6), scaledUnit(units.VND, 9)), sameUnit(units.VND, units.USD)];
 * //=> [true, false]
 */
export function sameUnit(a: UnitOfMeasure | ScaledUnit, b: UnitOfMeasure | ScaledUnit): boolean {
  const unitA = unitOf(a);
  const unitB = unitOf(b);
  return unitA === unitB || (unitA.code === unitB.code && unitA.kind === unitB.kind);
}

/**
 * Throws unless two units, or the units of two scaled units, are the same unit (see
 * {@link sameUnit}). Use it before adding, comparing or converting values that come from different
 * sources.
 *
 * @param a - a unit or scaled unit
 * @param b - another unit or scaled unit
 * @param where - what is being checked, put before the message (`'target 3'`, `'sum of communes'`)
 * @throws {@link PlanningError} `unit-mismatch` naming both units, their kinds and why they differ
 *
 * @example
 * // A budget in tỷ đồng and a poverty rate in % cannot be mixed:
 * assertSameUnit(scaledUnit(units.VND, 9), units.percent, 'target 3');
 * // throws PlanningError: target 3: cannot mix billion VND (unit VND, kind money) and % (unit percent,
 * // kind percent): they measure different kinds of quantity (money vs percent)
 */
export function assertSameUnit(a: UnitOfMeasure | ScaledUnit, b: UnitOfMeasure | ScaledUnit, where?: string): void {
  if (!sameUnit(a, b)) throw unitMismatch(`cannot mix ${describeUnit(a)} and ${describeUnit(b)}`, a, b, where);
}

function unitMismatch(
  what: string,
  a: UnitOfMeasure | ScaledUnit,
  b: UnitOfMeasure | ScaledUnit,
  where: string | undefined,
): PlanningError {
  const prefix = where === undefined ? '' : `${where}: `;
  return new PlanningError('unit-mismatch', `${prefix}${what}: ${mismatchReason(unitOf(a), unitOf(b))}`);
}

function checkPower(power: number, what: string): void {
  if (!Number.isSafeInteger(power)) {
    throw new PlanningError('invalid-argument', `${what} must be a whole power of ten such as 6 (million); got ${String(power)}`);
  }
}

/**
 * Converts a value between two scales of one unit, exactly: 45 triệu đồng = 45,000,000 đồng;
 * 1.000 tỷ đồng = 1,000,000,000,000 đồng; 1,5 nghìn tỷ đồng = 1.500 tỷ đồng. Values of different
 * units (đồng and USD) or kinds (đồng and %) are refused, never converted.
 *
 * The result is exact for values of up to 40 significant digits (the library's Decimal precision):
 * a power-of-ten shift adds no digits. Powers need not be in the {@link multipliers} registry, only
 * whole numbers, so SDMX data with UNIT_MULT 2 converts too.
 *
 * @param value - the figure as reported in `from`
 * @param from - the scaled unit the value is in
 * @param to - the scaled unit wanted, of the same unit
 * @returns the value expressed in `to`
 * @throws {@link PlanningError} `unit-mismatch` if `from` and `to` are not the same unit;
 * `invalid-number` if `value` is not a finite number; `invalid-argument` if a power is not a whole number
 *
 * @example
 * // Như Xuân's 2024 investment target, 1.000 tỷ đồng, in đồng:
 * convertScale(1000, scaledUnit(units.VND, 9), scaledUnit(units.VND)).toString();
 * //=> '1000000000000'
 *
 * @example
 * // 1,5 nghìn tỷ đồng in tỷ đồng:
 * convertScale('1.5', scaledUnit(units.VND, 12), scaledUnit(units.VND, 9)).toString();
 * //=> '1500'
 */
export function convertScale(value: DecimalInput, from: ScaledUnit, to: ScaledUnit): Decimal {
  if (!sameUnit(from, to)) {
    throw unitMismatch(`cannot convert ${describeUnit(from)} to ${describeUnit(to)}`, from, to, 'convertScale');
  }
  checkPower(from.power, 'from.power');
  checkPower(to.power, 'to.power');
  const decimal = toDecimal(value, 'value');
  const shift = from.power - to.power;
  return shift === 0 ? decimal : decimal.times(powerOfTen(shift));
}

// Conversions run once per value over whole datasets, so each factor is built once and reused.
const powersOfTen = new Map<number, Decimal>();

function powerOfTen(exponent: number): Decimal {
  let factor = powersOfTen.get(exponent);
  if (factor === undefined) {
    factor = new Decimal(`1e${String(exponent)}`);
    powersOfTen.set(exponent, factor);
  }
  return factor;
}

/**
 * The zod schema of a {@link Quantity}: a decimal value and the scaled unit it is measured in.
 *
 * @example
 * // 498,3 tỷ đồng of budget revenue, from JSON:
 * z.parse(quantitySchema, { value: '498.3', scaledUnit: { unit: units.VND, power: 9 } }).value.toString();
 * //=> '498.3'
 */
export const quantitySchema = z.readonly(
  z.object({
    /** The figure as reported, in `scaledUnit`. */
    value: decimalSchema,
    /** What the figure is measured in. */
    scaledUnit: scaledUnitSchema,
  }),
);

/**
 * A value with its scaled unit, as parsed by {@link quantitySchema}: `{ value: 45, scaledUnit: triệu
 * đồng/người/năm }`.
 *
 * @example
 * // Budget revenue of Như Xuân in Q1/2024:
 * const revenue: Quantity = { value: toDecimal('498.3'), scaledUnit: scaledUnit(units.VND, 9) };
 * scaledUnitLabels(revenue.scaledUnit).vi;
 * //=> 'tỷ đồng'
 */
export type Quantity = z.output<typeof quantitySchema>;

/**
 * A {@link Quantity} as functions accept it: the value may be a number, a decimal string or a Decimal.
 *
 * @example
 * // 5,7 triệu USD of exports:
 * const exportValue: QuantityInput = { value: '5.7', scaledUnit: scaledUnit(units.USD, 6) };
 * compareQuantities(exportValue, { value: 5_700_000, scaledUnit: scaledUnit(units.USD) });
 * //=> 0
 */
export type QuantityInput = z.input<typeof quantitySchema>;

/**
 * Compares two quantities of one unit, whatever their scales: 1.000 tỷ đồng equals 1 nghìn tỷ đồng.
 * Quantities of different units or kinds are refused, not compared.
 *
 * @param a - a value and its scaled unit
 * @param b - another value and its scaled unit, of the same unit
 * @returns -1 if `a` is less than `b`, 0 if they are equal, 1 if `a` is greater
 * @throws {@link PlanningError} `unit-mismatch` if the two are not of the same unit; `invalid-number`
 * if a value is not a finite number
 *
 * @example
 * // Is 45 triệu đồng more than 0,04 tỷ đồng?
 * compareQuantities(
 *   { value: 45, scaledUnit: scaledUnit(units.VND, 6) },
 *   { value: '0.04', scaledUnit: scaledUnit(units.VND, 9) },
 * );
 * //=> 1
 */
export function compareQuantities(a: QuantityInput, b: QuantityInput): -1 | 0 | 1 {
  if (!sameUnit(a.scaledUnit, b.scaledUnit)) {
    throw unitMismatch(
      `cannot compare ${describeUnit(a.scaledUnit)} with ${describeUnit(b.scaledUnit)}`,
      a.scaledUnit,
      b.scaledUnit,
      'compareQuantities',
    );
  }
  const valueA = toDecimal(a.value, 'a.value');
  const valueB = convertScale(toDecimal(b.value, 'b.value'), b.scaledUnit, a.scaledUnit);
  return valueA.comparedTo(valueB) as -1 | 0 | 1;
}

/**
 * The scaled unit in which the difference of two values is measured. For a percentage it is
 * percentage points: a poverty rate that falls from 5.20% to 4.03% falls by 1.17 percentage points
 * (điểm phần trăm), which Vietnamese reports often write as "giảm 1,17%". For every other unit it is
 * the unit itself, at the same scale.
 *
 * @param scaled - the scaled unit of the two values
 * @returns the scaled unit of their difference
 *
 * @example
 * // The change of a rate in % is in percentage points:
 * scaledUnitLabels(differenceUnit(scaledUnit(units.percent))).en;
 * //=> 'percentage points'
 */
export function differenceUnit(scaled: ScaledUnit): ScaledUnit {
  return scaled.unit.kind === 'percent' ? Object.freeze({ unit: units.percentagePoints, power: scaled.power }) : scaled;
}
