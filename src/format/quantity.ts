import { type Decimal, type DecimalInput, PlanningError, type RoundingRule, describeValue, quoteText, round, toDecimal } from '../numeric/index.js';
import { type ScaledUnit, convertScale, moneyKinds, multiplierFromPower, scaledUnit, scaledUnitLabels, units } from '../measure/index.js';
import { type NumberFormatOptions, writeNumber } from './number.js';

/**
 * Options of {@link formatMoney} and {@link formatQuantity}: those of a number, and the scale to
 * write the value in.
 *
 * @example
 * // Let the formatter pick the scale word:
 * const options: ScaledFormatOptions = { lang: 'vi', scale: 'auto' };
 * formatMoney(15_000_000_000_000, 0, options);
 * //=> '15 nghìn tỷ đồng'
 */
export interface ScaledFormatOptions extends NumberFormatOptions {
  /**
   * The scale to write the value in:
   *
   * - absent: the scale of the unit given (a value in tỷ đồng is written in tỷ đồng);
   * - a power of ten of one of the `multipliers` (0, 3, 6, 9, 12, 15): that scale (`9` writes tỷ đồng);
   * - `'auto'`: the largest of nghìn, triệu, tỷ, nghìn tỷ (10^3 to 10^12) that leaves at least 1 before
   *   the decimal separator, or the unit itself for values below 1,000. If rounding carries the
   *   figure to 1.000 of a scale (999.999.999 đồng to one decimal of triệu), the next scale is used
   *   (`1,0 tỷ đồng`). Zero keeps the scale of the unit given.
   */
  readonly scale?: 'auto' | number | undefined;
}

/**
 * What {@link formatQuantity} needs to know of an indicator: its unit and scale, and optionally the
 * decimal places shown in reports and the rounding rule. Every `Indicator` has these fields; pass
 * the indicator itself.
 *
 * @example
 * // Cereal output in tonnes, whole tonnes:
 * const cereal: QuantityFormat = { unit: scaledUnit(units.tonnes), precision: 0 };
 * formatQuantity('27890.4', cereal, { lang: 'vi' });
 * //=> '27.890 tấn'
 */
export interface QuantityFormat {
  /** The unit and the scale the values are stated in (triệu đồng/người/năm is VNDPerPersonPerYear at power 6). */
  readonly unit: ScaledUnit;
  /** Decimal places shown in reports, in the unit's own scale; no rounding when absent. */
  readonly precision?: number | undefined;
  /** The rounding rule; half away from zero when absent. */
  readonly rounding?: RoundingRule | undefined;
}

const autoPowers = [0, 3, 6, 9, 12] as const;

function scaleOf(value: Decimal, scaled: ScaledUnit, scale: ScaledFormatOptions['scale'], where: string): number {
  if (scale === undefined) return scaled.power;
  if (scale === 'auto') {
    if (value.isZero()) return scaled.power;
    // Decimal's `e` is the exponent of the most significant digit: floor(log10(|value|)).
    const exponent = value.e + scaled.power;
    let power: number = autoPowers[0];
    for (const candidate of autoPowers) if (candidate <= exponent) power = candidate;
    return power;
  }
  if (typeof scale !== 'number') {
    throw new PlanningError(
      'invalid-argument',
      `${where}: scale must be 'auto' or the power of ten of a multiplier (0, 3, 6, 9, 12, 15); got ${quoteText(scale)}`,
    );
  }
  return multiplierFromPower(scale).power;
}

/**
 * Internal: writes a value in a scaled unit, in the scale chosen by `options.scale`. `precision` is
 * in the unit's own scale and moves with the scale, so the written resolution stays the same:
 * precision 1 in tỷ đồng is 4 decimals in nghìn tỷ đồng and no decimals, to hundreds, in triệu đồng.
 */
function writeScaled(
  value: Decimal,
  scaled: ScaledUnit,
  options: ScaledFormatOptions,
  format: { readonly precision?: number | undefined; readonly rounding?: RoundingRule | undefined; readonly label: boolean },
  where: string,
): string {
  const rounding = options.rounding ?? format.rounding;
  const digitsAt = (power: number): number | undefined =>
    options.digits ?? (format.precision === undefined ? undefined : format.precision + power - scaled.power);
  let power = scaleOf(value, scaled, options.scale, where);
  let shown = power === scaled.power ? value : convertScale(value, scaled, { unit: scaled.unit, power });
  let digits = digitsAt(power);
  if (options.scale === 'auto' && digits !== undefined && round(shown, digits, rounding).abs().gte(1000)) {
    const next = autoPowers.find((candidate) => candidate > power);
    if (next !== undefined) {
      power = next;
      shown = convertScale(value, scaled, { unit: scaled.unit, power });
      digits = digitsAt(power);
    }
  }
  const number = writeNumber(shown, options, where, digits, rounding);
  if (!format.label) return number;
  return attachUnit(number, scaledUnitLabels({ unit: scaled.unit, power })[options.lang]);
}

/**
 * Internal: puts a unit label after a number. Symbols (`%`, `‰`) and rates written with a slash
 * (`/vạn dân`) follow the number directly; words follow a plain space (U+0020).
 */
export function attachUnit(number: string, label: string): string {
  if (label === '%' || label === '‰' || label.startsWith('/')) return number + label;
  return `${number} ${label}`;
}

/** Internal: the label-free kinds, written as bare numbers. */
function hasLabel(scaled: ScaledUnit): boolean {
  return scaled.unit.kind !== 'index';
}

/** A unit argument that is not one, for a message: `{ unit: "VND" }` says the code was given as text. */
function describeUnitArgument(given: unknown): string {
  if (typeof given === 'object' && given !== null && 'unit' in given && typeof given.unit === 'string') {
    return `{ unit: ${quoteText(given.unit)} } (a unit code as text; pass the unit itself, such as units.${/^[A-Za-z]\w*$/.test(given.unit) ? given.unit : 'VND'})`;
  }
  return describeValue(given);
}

/**
 * Internal: a unit given as a scaled unit, or as the power of ten of đồng.
 */
export function moneyUnit(unit: ScaledUnit | number, where: string): ScaledUnit {
  const given: unknown = unit;
  const isScaled =
    typeof given === 'object' && given !== null && 'unit' in given && typeof given.unit === 'object' && given.unit !== null && 'kind' in given.unit && 'code' in given.unit;
  if (typeof given !== 'number' && !isScaled) {
    throw new PlanningError(
      'invalid-argument',
      `${where}: the unit must be a scaled unit such as scaledUnit(units.VND, 9) (a unit of measure and a power of ten) or the power of ten of đồng such as 9; got ${describeUnitArgument(given)}`,
    );
  }
  const scaled = typeof unit === 'number' ? scaledUnit(units.VND, unit) : unit;
  if (!moneyKinds.includes(scaled.unit.kind)) {
    throw new PlanningError(
      'unit-mismatch',
      `${where} handles amounts of money (kinds ${moneyKinds.join(', ')}); got the unit ${scaled.unit.code} of kind ${scaled.unit.kind}: use formatQuantity for other units`,
    );
  }
  return scaled;
}

/**
 * Writes an amount of money with a scale word, as Vietnamese reports print money: `45 triệu đồng`,
 * `1.000 tỷ đồng`, `15 nghìn tỷ đồng`; in English `45 million VND`, `1,000 billion VND`, `15 trillion
 * VND` (short scale: billion = tỷ = 10^9, trillion = nghìn tỷ = 10^12). Spelling is always the
 * official one, `nghìn` and `tỷ` (never ngàn, tỉ). A plain space (U+0020) separates the number and
 * the words. Exact for amounts of any size; rounds only when `digits` is given.
 *
 * @param value - the amount, in `unit`
 * @param unit - the scaled unit of `value` (a money unit: đồng, USD, đồng/người/năm...), or the power
 *   of ten of đồng: `6` for triệu đồng, `9` for tỷ đồng
 * @param options - the language, the scale to write in (the unit's own unless given), and the options of {@link formatNumber}
 * @returns the amount as text
 * @throws {@link PlanningError} `unit-mismatch` for a unit that is not money; `not-found` for a power
 * with no scale word; `invalid-argument` for a bad option; `invalid-number` for a value that is not
 * a finite number
 *
 * @example
 * // Như Xuân's 2024 investment target, in tỷ đồng:
 * formatMoney(1000, 9, { lang: 'vi' });
 * //=> '1.000 tỷ đồng'
 *
 * @example
 * // The same amount, scale chosen automatically, in English:
 * formatMoney(1000, 9, { lang: 'en', scale: 'auto' });
 * //=> '1 trillion VND'
 *
 * @example
 * // Per-capita income, from đồng to triệu đồng with one decimal:
 * formatMoney('45250000', scaledUnit(units.VNDPerPersonPerYear), { lang: 'vi', scale: 6, digits: 1 });
 * //=> '45,3 triệu đồng/người/năm'
 */
export function formatMoney(value: DecimalInput, unit: ScaledUnit | number, options: ScaledFormatOptions): string {
  const scaled = moneyUnit(unit, 'formatMoney');
  return writeScaled(toDecimal(value, 'formatMoney value'), scaled, options, { label: true }, 'formatMoney');
}

/**
 * Writes a value of an indicator in its unit, with the indicator's precision and rounding rule:
 * `45,3 triệu đồng/người/năm`, `5,6%`, `27.890 tấn`, `12,5/vạn dân`, `1.000 tỷ đồng`. Percent and per
 * mille signs and rates with a slash follow the number directly; other unit words follow a plain
 * space. Index numbers (base = 100) are written without a unit. English unit labels are those of the
 * unit as given (`households`, `persons`), not made singular.
 *
 * When the value is written in another scale than the indicator's (option `scale`), the precision
 * moves with it so that the resolution stays the same: an indicator in tỷ đồng with precision 1 is
 * written with 4 decimals in nghìn tỷ đồng. An explicit `digits` option overrides the precision.
 *
 * @param value - the value, in the indicator's scaled unit
 * @param indicator - the indicator (or any object with `unit`, and optionally `precision` and `rounding`)
 * @param options - the language, the scale, and the options of {@link formatNumber}
 * @returns the value with its unit, as text
 * @throws {@link PlanningError} `invalid-number` for a value that is not a finite number;
 * `invalid-argument` for a bad option; `not-found` for a scale with no scale word
 *
 * @example
 * // Income per person, an indicator in triệu đồng/người/năm with one decimal:
 * const income = { unit: scaledUnit(units.VNDPerPersonPerYear, 6), precision: 1 };
 * formatQuantity('47.25', income, { lang: 'vi' });
 * //=> '47,3 triệu đồng/người/năm'
 *
 * @example
 * // The poverty rate, two decimals, in English:
 * formatQuantity('4.026', { unit: scaledUnit(units.percent), precision: 2 }, { lang: 'en' });
 * //=> '4.03%'
 *
 * @example
 * // Budget revenue of 15,234.5 tỷ đồng in nghìn tỷ: the precision of 0.1 tỷ is kept:
 * formatQuantity('15234.5', { unit: scaledUnit(units.VND, 9), precision: 1 }, { lang: 'vi', scale: 'auto' });
 * //=> '15,2345 nghìn tỷ đồng'
 */
export function formatQuantity(value: DecimalInput, indicator: QuantityFormat, options: ScaledFormatOptions): string {
  const scaled = indicator.unit;
  return writeScaled(
    toDecimal(value, 'formatQuantity value'),
    scaled,
    options,
    { precision: indicator.precision, rounding: indicator.rounding, label: hasLabel(scaled) },
    'formatQuantity',
  );
}

/** Internal: a number with a unit label in one language, for the reporting phrases; never signed. */
export function writeWithUnit(value: Decimal, scaled: ScaledUnit, options: NumberFormatOptions, where: string, digits: number): string {
  const { lang, rounding, minimumDigits, grouping } = options;
  return writeScaled(value, scaled, { lang, digits, rounding, minimumDigits, grouping }, { label: hasLabel(scaled) }, where);
}
