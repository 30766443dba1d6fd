import { type Decimal, type DecimalInput, PlanningError, type RoundingRule, round, toDecimal, quoteText } from '../numeric/index.js';
import { units } from '../measure/index.js';
import { type Language, checkLanguage, numberSeparators } from './language.js';

/**
 * How a number is written: the language, and optionally the rounding. Without `digits` the value
 * is written exactly as it is, every digit of it, with no rounding and no padding.
 *
 * @example
 * // Two decimals, half away from zero, as a growth rate of GRDP is reported:
 * const options: NumberFormatOptions = { lang: 'vi', digits: 2 };
 * formatNumber('12.455', options);
 * //=> '12,46'
 */
export interface NumberFormatOptions {
  /** The language: `'vi'` writes `1.234,5`, `'en'` writes `1,234.5`. */
  readonly lang: Language;
  /**
   * Decimal places to round to, an integer from -20 to 100 (negative rounds to tens, hundreds...).
   * Absent: no rounding, the exact value.
   */
  readonly digits?: number | undefined;
  /** The rounding rule for `digits`; half away from zero unless given (the rule of Vietnamese official reports). */
  readonly rounding?: RoundingRule | undefined;
  /**
   * The fewest decimal places to write, padding with zeros: `digits` unless given (so `digits: 2`
   * writes `38,10`), 0 without `digits`. Set it below `digits` to drop trailing zeros (`digits: 2,
   * minimumDigits: 0` writes `38,1`). An integer from 0 to `digits`.
   */
  readonly minimumDigits?: number | undefined;
  /** Whether to group the integer digits by thousands; true unless given. */
  readonly grouping?: boolean | undefined;
  /**
   * When to write a sign: `'auto'` (default) a minus for negative values only; `'always'` a plus for
   * positive values and zero too; `'except-zero'` a plus for positive values, no sign for zero. A value
   * that rounds to zero is zero: `-0.04` to one decimal is written `0,0`, never `-0,0`. The minus sign
   * is the ASCII hyphen-minus `-` (U+002D), as `Intl.NumberFormat` writes it for `vi` and `en`.
   */
  readonly sign?: 'auto' | 'always' | 'except-zero' | undefined;
}

const signDisplays: readonly string[] = ['auto', 'always', 'except-zero'];

/** The largest |digits| a formatter accepts; a guard against writing millions of zeros by mistake. */
const maxDigits = 100;
const minDigits = -20;

/** Internal: throws unless `digits` is an integer from -20 to 100. */
export function checkDigits(digits: number, where: string): void {
  if (!Number.isInteger(digits) || digits < minDigits || digits > maxDigits) {
    throw new PlanningError(
      'invalid-argument',
      `${where}: digits must be an integer from ${minDigits} to ${maxDigits} (decimal places to round to); got ${String(digits)}`,
    );
  }
}

/**
 * Internal: the number part of every formatter, already converted to a Decimal. Callers that derive
 * the digits, rounding rule or sign (from an indicator, or a phrase's default) pass them as
 * arguments rather than building a new options object for each value.
 */
export function writeNumber(
  value: Decimal,
  options: NumberFormatOptions,
  where: string,
  digits: number | undefined = options.digits,
  rounding: RoundingRule | undefined = options.rounding,
  sign: NonNullable<NumberFormatOptions['sign']> = options.sign ?? 'auto',
): string {
  const { lang, grouping = true } = options;
  checkLanguage(lang, where);
  if (digits !== undefined) checkDigits(digits, where);
  const most = digits === undefined ? maxDigits : Math.max(digits, 0);
  const minimumDigits = options.minimumDigits ?? Math.max(digits ?? 0, 0);
  if (!Number.isInteger(minimumDigits) || minimumDigits < 0 || minimumDigits > most) {
    throw new PlanningError(
      'invalid-argument',
      `${where}: minimumDigits must be an integer from 0 to ${String(most)}${digits === undefined ? '' : ' (digits)'}; got ${String(minimumDigits)}`,
    );
  }
  if (!signDisplays.includes(sign)) {
    throw new PlanningError('invalid-argument', `${where}: sign must be 'auto', 'always' or 'except-zero'; got ${quoteText(sign)}`);
  }
  // Inside the value domain (at most 100 digits before the point), so that writing every digit is cheap.
  const inDomain = toDecimal(value, `${where} value`);
  const rounded = digits === undefined ? inDomain : round(inDomain, digits, rounding);
  // toFixed() without an argument writes normal notation, never an exponent, with every digit.
  const plain = rounded.abs().toFixed();
  const point = plain.indexOf('.');
  const integerDigits = point === -1 ? plain : plain.slice(0, point);
  const fraction = (point === -1 ? '' : plain.slice(point + 1)).padEnd(minimumDigits, '0');
  const separators = numberSeparators[lang];
  let text = grouping ? groupThousands(integerDigits, separators.group) : integerDigits;
  if (fraction !== '') text += separators.decimal + fraction;
  if (rounded.isZero()) return sign === 'always' ? `+${text}` : text;
  if (rounded.isNegative()) return `-${text}`;
  return sign === 'auto' ? text : `+${text}`;
}

function groupThousands(digits: string, separator: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.length % 3 || 3;
  let text = digits.slice(0, head);
  for (let index = head; index < digits.length; index += 3) text += separator + digits.slice(index, index + 3);
  return text;
}

/**
 * Writes a number with the separators of a language: `1.234.567,89` in Vietnamese, `1,234,567.89` in
 * English. Exact: the value is never converted to a JavaScript number, so amounts of any size keep
 * every digit, and rounding (only when `digits` is given) follows the named rule, half away from zero
 * unless told. `Intl.NumberFormat` is not used, so the output does not depend on the ICU version.
 *
 * @param value - the number
 * @param options - the language and, optionally, digits, rounding rule, minimum digits, grouping and sign
 * @returns the number as text
 * @throws {@link PlanningError} `invalid-number` if `value` is not a finite number; `invalid-argument`
 * for an unknown language, digits out of range or minimum digits above digits
 *
 * @example
 * // The same figure in both languages:
 * [formatNumber('1234567.89', { lang: 'vi' }), formatNumber('1234567.89', { lang: 'en' })];
 * //=> ['1.234.567,89', '1,234,567.89']
 *
 * @example
 * // Twenty significant digits survive, where a JavaScript number would keep about sixteen:
 * formatNumber('15000000000000.123456', { lang: 'vi' });
 * //=> '15.000.000.000.000,123456'
 *
 * @example
 * // A share to two decimals keeps its trailing zero, as reports print structure shares:
 * formatNumber('38.1', { lang: 'vi', digits: 2 });
 * //=> '38,10'
 */
export function formatNumber(value: DecimalInput, options: NumberFormatOptions): string {
  return writeNumber(toDecimal(value, 'formatNumber value'), options, 'formatNumber');
}

/**
 * Writes a percentage whose value is already in percent (5.6 means 5.6%): `5,6%` in Vietnamese,
 * `5.6%` in English, with no space before `%` (CLDR percent pattern `#,##0%` in both languages).
 *
 * @param value - the value in percent
 * @param options - as for {@link formatNumber}
 * @returns the percentage as text
 * @throws {@link PlanningError} as {@link formatNumber}
 *
 * @example
 * // Như Xuân's target for gross output growth:
 * formatPercent('5.6', { lang: 'vi' });
 * //=> '5,6%'
 *
 * @example
 * // A completion ratio to one decimal:
 * formatPercent('104.888', { lang: 'en', digits: 1 });
 * //=> '104.9%'
 */
export function formatPercent(value: DecimalInput, options: NumberFormatOptions): string {
  return `${writeNumber(toDecimal(value, 'formatPercent value'), options, 'formatPercent')}%`;
}

/**
 * Options of {@link formatPercentagePoints}: those of a number, and the style of the unit.
 *
 * @example
 * // Spell the unit out:
 * const options: PercentagePointsFormatOptions = { lang: 'vi', style: 'long' };
 * formatPercentagePoints('1.5', options);
 * //=> '1,5 điểm phần trăm'
 */
export interface PercentagePointsFormatOptions extends NumberFormatOptions {
  /**
   * `'short'` (default): `điểm %` / `pp`. `'long'`: `điểm phần trăm` / `percentage points` (the labels
   * of the `percentagePoints` unit). English labels are not made singular: `1 percentage points`.
   */
  readonly style?: 'short' | 'long' | undefined;
}

const percentagePointWords: Readonly<Record<'short' | 'long', Readonly<Record<Language, string>>>> = Object.freeze({
  short: Object.freeze({ vi: 'điểm %', en: 'pp' }),
  long: Object.freeze({ vi: units.percentagePoints.labels.vi, en: units.percentagePoints.labels.en }),
});

/** Internal: the words after a number of percentage points. */
export function percentagePointWord(lang: Language, style: 'short' | 'long' = 'short'): string {
  return percentagePointWords[style][lang];
}

/**
 * Writes a difference of two percentages in percentage points: `1,5 điểm %` in Vietnamese, `1.5 pp`
 * in English (or `1,5 điểm phần trăm` / `1.5 percentage points` in the long style). A poverty rate
 * that falls from 5,20% to 4,03% falls by 1,17 điểm phần trăm, which is not a fall of 1,17%:
 * reports that write "giảm 1,17%" mean points. A plain space (U+0020) separates the number and the words.
 *
 * @param value - the difference, in percentage points
 * @param options - as for {@link formatNumber}, and the `style` of the words
 * @returns the difference as text
 * @throws {@link PlanningError} as {@link formatNumber}
 *
 * @example
 * // A contribution to growth, with its sign:
 * formatPercentagePoints('0.49', { lang: 'vi', sign: 'always' });
 * //=> '+0,49 điểm %'
 *
 * @example
 * // The same in English, long style:
 * formatPercentagePoints('1.17', { lang: 'en', style: 'long' });
 * //=> '1.17 percentage points'
 */
export function formatPercentagePoints(value: DecimalInput, options: PercentagePointsFormatOptions): string {
  const number = writeNumber(toDecimal(value, 'formatPercentagePoints value'), options, 'formatPercentagePoints');
  return `${number} ${percentagePointWord(options.lang, options.style)}`;
}

/**
 * Writes an index number (base = 100), such as a development index (chỉ số phát triển) or a price
 * index: the number alone, `113,68` in Vietnamese, `113.68` in English. Reports state the base in the
 * heading ("năm trước = 100"), not after each figure.
 *
 * @param value - the index, in points with the base = 100
 * @param options - as for {@link formatNumber}
 * @returns the index as text
 * @throws {@link PlanningError} as {@link formatNumber}
 *
 * @example
 * // Điện Biên's GRDP index for the first half of 2024 (same period last year = 100):
 * formatIndex('113.6812', { lang: 'vi', digits: 2 });
 * //=> '113,68'
 */
export function formatIndex(value: DecimalInput, options: NumberFormatOptions): string {
  return writeNumber(toDecimal(value, 'formatIndex value'), options, 'formatIndex');
}
