import * as z from 'zod/mini';
import { PlanningError, describeValue } from '../numeric/index.js';

/**
 * Every language the formatters write and the parsers read, in documentation order: Vietnamese
 * (`'vi'`) and English (`'en'`).
 *
 * @example
 * // Write one figure in every language:
 * languages.map((lang) => formatNumber('1234.5', { lang }));
 * //=> ['1.234,5', '1,234.5']
 */
export const languages: readonly Language[] = Object.freeze(['vi', 'en']);

/**
 * The zod schema of a {@link Language}: `'vi'` or `'en'`.
 *
 * @example
 * // Check a language read from a settings file:
 * z.safeParse(languageSchema, 'fr').success;
 * //=> false
 */
export const languageSchema: z.ZodMiniType<Language, Language> = z.enum(languages, {
  error: "expected a language: 'vi' (Vietnamese) or 'en' (English)",
});

/**
 * A language of the formatters and parsers: `'vi'` writes `1.234.567,89`, `45 triệu đồng`,
 * `Quý I/2024`; `'en'` writes `1,234,567.89`, `45 million VND`, `Q1 2024`.
 *
 * @example
 * // Choose the language of a report:
 * const lang: Language = 'vi';
 * formatPercent('5.6', { lang });
 * //=> '5,6%'
 */
export type Language = 'vi' | 'en';

/**
 * The two separators of written numbers in one language.
 *
 * @example
 * // Vietnamese groups thousands with a dot and writes decimals after a comma:
 * const separators: NumberSeparators = numberSeparators.vi;
 * [separators.group, separators.decimal];
 * //=> ['.', ',']
 */
export interface NumberSeparators {
  /** The character between groups of three integer digits: `'.'` in Vietnamese, `','` in English. */
  readonly group: string;
  /** The character between the units digit and the decimals: `','` in Vietnamese, `'.'` in English. */
  readonly decimal: string;
}

/**
 * The separators that {@link formatNumber} writes and {@link parseLocalizedNumber} reads, by language:
 * Vietnamese `1.234.567,89` (CLDR `vi`: group `.`, decimal `,`; the practice of Vietnamese official
 * reports) and English `1,234,567.89` (CLDR `en`). Groups start at four digits in both (`1.234`,
 * `1,234`). These are plain ASCII characters, never a space, so output is the same on every ICU version.
 *
 * @example
 * // The English separators:
 * numberSeparators.en;
 * //=> { group: ',', decimal: '.' }
 */
export const numberSeparators: Readonly<Record<Language, NumberSeparators>> = Object.freeze({
  vi: Object.freeze({ group: '.', decimal: ',' }),
  en: Object.freeze({ group: ',', decimal: '.' }),
});

/** Internal: throws unless `lang` is a {@link Language}; callers from JavaScript may pass anything. */
export function checkLanguage(lang: unknown, where: string): asserts lang is Language {
  if (lang !== 'vi' && lang !== 'en') {
    throw new PlanningError(
      'invalid-argument',
      `${where}: lang must be 'vi' (Vietnamese) or 'en' (English); got ${describeValue(lang)}`,
    );
  }
}
