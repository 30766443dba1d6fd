import { type Decimal, type DecimalInput, PlanningError, round, toDecimal, quoteText } from '../numeric/index.js';
import type { ScaledUnit } from '../measure/index.js';
import type { PlanFulfilment } from '../attainment/index.js';
import { type Language, checkLanguage } from './language.js';
import { type NumberFormatOptions, checkDigits, percentagePointWord, writeNumber } from './number.js';
import { writeWithUnit } from './quantity.js';

/**
 * Options of the reporting phrases: those of a number, with one decimal unless given (reports
 * write ratios and growth rates to one or two decimals).
 *
 * @example
 * // Two decimals, as GRDP growth is reported:
 * const options: PhraseOptions = { lang: 'vi', digits: 2 };
 * formatChange('12.456', options);
 * //=> 'tăng 12,46%'
 */
export interface PhraseOptions extends NumberFormatOptions {
  /** Decimal places of the figure in the phrase: 1 unless given. */
  readonly digits?: number | undefined;
}

function phraseNumber(value: Decimal, options: PhraseOptions, where: string): string {
  return writeNumber(value, options, where, options.digits ?? 1, options.rounding, 'auto');
}

/**
 * Options of {@link formatPlanFulfilment}.
 *
 * @example
 * // Budget revenue is measured against the estimate (dự toán):
 * const options: PlanFulfilmentFormatOptions = { lang: 'vi', form: 'excess', planLabel: 'dự toán' };
 * formatPlanFulfilment(describePlanFulfilment(1528, 1000), options);
 * //=> 'vượt 52,8% dự toán'
 */
export interface PlanFulfilmentFormatOptions extends PhraseOptions {
  /**
   * Which phrase to write:
   *
   * - `'both'` (default): `đạt 152,8% kế hoạch, vượt 52,8%` / `reached 152.8% of the plan,
   *   exceeding it by 52.8%`; when the plan was not exceeded, only the first part;
   * - `'percent-of-plan'`: `đạt 152,8% kế hoạch` / `reached 152.8% of the plan`;
   * - `'excess'`: `vượt 52,8% kế hoạch` / `exceeded the plan by 52.8%` when the plan was exceeded,
   *   else as `'percent-of-plan'`.
   */
  readonly form?: 'both' | 'percent-of-plan' | 'excess' | undefined;
  /**
   * What the plan is called: `kế hoạch` / `the plan` unless given; `dự toán` / `the budget
   * estimate` for budget revenue and spending.
   */
  readonly planLabel?: string | undefined;
}

const planFulfilmentForms: readonly string[] = ['both', 'percent-of-plan', 'excess'];

/**
 * Writes how an actual value compares with its plan in the words of Vietnamese reports: "đạt X% kế
 * hoạch" (reached X% of the plan) and "vượt Y%" (exceeded it by Y%), from the values of
 * `describePlanFulfilment`. The excess written is the rounded percent of plan minus 100, so the two
 * figures of a phrase always agree (`đạt 152,8%, vượt 52,8%`), and when it rounds to zero the excess
 * is left out. The phrase starts in lower case, to sit inside a sentence.
 *
 * @param fulfilment - the figures from `describePlanFulfilment(actual, plan)`
 * @param options - the language, the phrase form, the name of the plan, and the digits (1 unless given)
 * @returns the phrase
 * @throws {@link PlanningError} `invalid-argument` for an unknown language, form or bad digits
 *
 * @example
 * // Budget revenue of 1,528 tỷ against an estimate of 1,000 tỷ:
 * formatPlanFulfilment(describePlanFulfilment(1528, 1000), { lang: 'vi', planLabel: 'dự toán' });
 * //=> 'đạt 152,8% dự toán, vượt 52,8%'
 *
 * @example
 * // The same in English, excess only:
 * formatPlanFulfilment(describePlanFulfilment(1528, 1000), { lang: 'en', form: 'excess' });
 * //=> 'exceeded the plan by 52.8%'
 */
export function formatPlanFulfilment(fulfilment: PlanFulfilment, options: PlanFulfilmentFormatOptions): string {
  const { lang, form = 'both' } = options;
  const where = 'formatPlanFulfilment';
  checkLanguage(lang, where);
  const plan = options.planLabel ?? (lang === 'vi' ? 'kế hoạch' : 'the plan');
  const percent = phraseNumber(fulfilment.percentOfPlan, options, where);
  const reached = lang === 'vi' ? `đạt ${percent}% ${plan}` : `reached ${percent}% of ${plan}`;
  if (!planFulfilmentForms.includes(form)) {
    throw new PlanningError('invalid-argument', `${where}: form must be 'both', 'percent-of-plan' or 'excess'; got ${quoteText(form)}`);
  }
  if (!fulfilment.exceeded || form === 'percent-of-plan') return reached;
  const digits = options.digits ?? 1;
  checkDigits(digits, where);
  const excess = round(fulfilment.percentOfPlan, digits, options.rounding).minus(100).abs();
  if (excess.isZero()) return reached;
  const excessText = phraseNumber(excess, options, where);
  if (form === 'excess') return lang === 'vi' ? `vượt ${excessText}% ${plan}` : `exceeded ${plan} by ${excessText}%`;
  return lang === 'vi' ? `${reached}, vượt ${excessText}%` : `${reached}, exceeding it by ${excessText}%`;
}

/**
 * Writes "bằng X% so với cùng kỳ" (equal to X% of the same period last year) from the percent given
 * by `percentOfSamePeriod`: the development index with the same period last year = 100. In English:
 * `X% of the same period last year`. The phrase starts in lower case.
 *
 * @param percent - the current value as a percent of the same period last year (156 for +56%)
 * @param options - the language and the digits (1 unless given)
 * @returns the phrase
 * @throws {@link PlanningError} `invalid-number` for a percent that is not a finite number;
 * `invalid-argument` for an unknown language or bad digits
 *
 * @example
 * // Như Xuân's budget revenue in Q1/2024 against Q1/2023:
 * formatPercentOfSamePeriod(percentOfSamePeriod('498.3', '319.4'), { lang: 'vi' });
 * //=> 'bằng 156,0% so với cùng kỳ'
 */
export function formatPercentOfSamePeriod(percent: DecimalInput, options: PhraseOptions): string {
  const where = 'formatPercentOfSamePeriod';
  checkLanguage(options.lang, where);
  const text = phraseNumber(toDecimal(percent, `${where} percent`), options, where);
  return options.lang === 'vi' ? `bằng ${text}% so với cùng kỳ` : `${text}% of the same period last year`;
}

/**
 * Options of {@link formatChange}.
 *
 * @example
 * // A fall of the poverty rate, in points, against the same period:
 * const options: ChangeFormatOptions = { lang: 'vi', digits: 2, unit: 'percentage-points', comparedWith: 'same-period' };
 * formatChange('-1.17', options);
 * //=> 'giảm 1,17 điểm % so với cùng kỳ'
 */
export interface ChangeFormatOptions extends PhraseOptions {
  /**
   * The unit of the change: `'percent'` (default) for a growth rate (`tăng 5,6%`), `'percentage-points'`
   * for the change of a rate (`giảm 1,17 điểm %` / `down 1.17 pp`), or a scaled unit for an absolute
   * change (`tăng 1,4 tạ/ha`).
   */
  readonly unit?: 'percent' | 'percentage-points' | ScaledUnit | undefined;
  /**
   * What the change is measured against, added after it: `'same-period'` (`so với cùng kỳ` / `year on
   * year`) or `'previous-period'` (`so với kỳ trước` / `on the previous period`); nothing unless given.
   */
  readonly comparedWith?: 'same-period' | 'previous-period' | undefined;
}

const comparisons: Readonly<Record<'same-period' | 'previous-period', Readonly<Record<Language, string>>>> = {
  'same-period': { vi: 'so với cùng kỳ', en: 'year on year' },
  'previous-period': { vi: 'so với kỳ trước', en: 'on the previous period' },
};

/**
 * Writes a change as reports word it: `tăng 5,6%` / `giảm 1,2%` (up / down), `không đổi` /
 * `unchanged` when it rounds to zero; for the change of a rate, in percentage points (`giảm 1,17 điểm
 * %` / `down 1.17 pp`); for an absolute change, in its unit (`tăng 1,4 tạ/ha`). The direction word
 * is chosen from the rounded value, so it never contradicts the figure. The phrase starts in lower
 * case. Growth rates come from `growthRate`, point changes from `percentagePointChange`.
 *
 * @param change - the change: a growth rate in percent, a change in points, or an absolute change
 * @param options - the language, the unit, what it is compared with, and the digits (1 unless given)
 * @returns the phrase
 * @throws {@link PlanningError} `invalid-number` for a change that is not a finite number;
 * `invalid-argument` for an unknown language, comparison or bad digits
 *
 * @example
 * // GRDP growth against the same period, two decimals:
 * formatChange('12.456', { lang: 'vi', digits: 2, comparedWith: 'same-period' });
 * //=> 'tăng 12,46% so với cùng kỳ'
 *
 * @example
 * // The poverty rate fell from 5.20% to 4.03%, in points:
 * formatChange('-1.17', { lang: 'en', digits: 2, unit: 'percentage-points' });
 * //=> 'down 1.17 pp'
 */
export function formatChange(change: DecimalInput, options: ChangeFormatOptions): string {
  const where = 'formatChange';
  const { lang, unit = 'percent', comparedWith } = options;
  checkLanguage(lang, where);
  let suffix = '';
  if (comparedWith !== undefined) {
    const words = Object.hasOwn(comparisons, comparedWith) ? comparisons[comparedWith] : undefined;
    if (words === undefined) {
      throw new PlanningError(
        'invalid-argument',
        `${where}: comparedWith must be 'same-period' or 'previous-period'; got ${quoteText(comparedWith)}`,
      );
    }
    suffix = ` ${words[lang]}`;
  }
  // Round the signed value once, so that floor and ceiling round the change and not its size.
  const digits = options.digits ?? 1;
  checkDigits(digits, where);
  const rounded = round(toDecimal(change, `${where} change`), digits, options.rounding);
  const magnitude = rounded.abs();
  let figure: string;
  if (unit === 'percent') figure = `${phraseNumber(magnitude, options, where)}%`;
  else if (unit === 'percentage-points') figure = `${phraseNumber(magnitude, options, where)} ${percentagePointWord(lang)}`;
  else figure = writeWithUnit(magnitude, unit, options, where, digits);
  if (rounded.isZero()) return (lang === 'vi' ? 'không đổi' : 'unchanged') + suffix;
  const verb = rounded.isNegative() ? (lang === 'vi' ? 'giảm' : 'down') : lang === 'vi' ? 'tăng' : 'up';
  return `${verb} ${figure}${suffix}`;
}
