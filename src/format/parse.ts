import { type Decimal, PlanningError, describeValue, quoteText, toDecimal } from '../numeric/index.js';
import { type ScaledUnit, type UnitOfMeasure, convertScale, multipliers } from '../measure/index.js';
import { type Language, checkLanguage, numberSeparators } from './language.js';
import { writeNumber } from './number.js';
import { moneyUnit } from './quantity.js';

/**
 * Options of {@link parseLocalizedNumber} and {@link parseScaledNumber}: the language the text is
 * written in. The parsers never guess it.
 *
 * @example
 * // Read a figure from a Vietnamese report:
 * const options: ParseNumberOptions = { lang: 'vi' };
 * parseLocalizedNumber('1.234,5', options).toString();
 * //=> '1234.5'
 */
export interface ParseNumberOptions {
  /** The language of the text: `'vi'` reads `1.234,5`, `'en'` reads `1,234.5`. */
  readonly lang: Language;
}

interface Convention {
  readonly group: string;
  readonly decimal: string;
  readonly groupName: string;
  readonly decimalName: string;
  readonly languageName: string;
  readonly article: string;
  readonly example: string;
}

const conventions: Readonly<Record<Language, Convention>> = {
  vi: { ...numberSeparators.vi, groupName: 'dot', decimalName: 'comma', languageName: 'Vietnamese', article: 'a', example: '1.234.567,89' },
  en: { ...numberSeparators.en, groupName: 'comma', decimalName: 'point', languageName: 'English', article: 'an', example: '1,234,567.89' },
};

type Reading = { readonly value: Decimal; readonly problem?: undefined } | { readonly problem: string };

const notNumeric = /[^0-9.,]/u;

/**
 * Reads a trimmed text under the rules of one language, or says what breaks them. The rules: an
 * optional sign; integer digits, either plain (`1234`) or grouped by the group separator into a first
 * group of 1 to 3 digits that does not start with 0 and further groups of exactly 3; then optionally
 * the decimal separator and at least one digit, not grouped.
 */
function read(text: string, lang: Language): Reading {
  const rule = conventions[lang];
  let body = text;
  let negative = false;
  const first = body.charAt(0);
  if (first === '+' || first === '-' || first === '\u2212') {
    negative = first !== '+';
    body = body.slice(1);
  }
  if (body === '') return { problem: 'has no digits' };
  const stray = notNumeric.exec(body)?.[0];
  if (stray !== undefined) {
    const hint = /[\p{L}\s%₫$]/u.test(stray)
      ? '; to read a scale word or a unit (45 triệu đồng), use parseScaledNumber or parseMoney'
      : '';
    return { problem: `contains ${quoteText(stray)}, which is neither a digit nor a separator${hint}` };
  }
  const parts = body.split(rule.decimal);
  if (parts.length > 2) {
    return {
      problem: `has ${String(parts.length - 1)} decimal ${rule.decimalName}s; a number has at most one, after the units digit, as in ${rule.example}`,
    };
  }
  const [integerPart = '', fraction] = parts;
  if (fraction !== undefined) {
    if (fraction.includes(rule.group)) {
      return {
        problem: `has a ${rule.groupName} after the decimal ${rule.decimalName}; ${rule.groupName}s group the integer digits only, as in ${rule.example}`,
      };
    }
    if (fraction === '') return { problem: `ends with the decimal ${rule.decimalName}; write the decimals after it, or leave it out` };
  }
  if (integerPart === '') {
    return { problem: `has no digit before the decimal ${rule.decimalName}; write 0 before it, as in 0${rule.decimal}5` };
  }
  const groups = integerPart.split(rule.group);
  const [head = '', ...tail] = groups;
  if (tail.length > 0) {
    if (head === '') return { problem: `starts with a ${rule.groupName}; the first group of thousands has 1 to 3 digits, as in ${rule.example}` };
    if (head.length > 3) {
      return {
        problem: `has ${String(head.length)} digits before the first ${rule.groupName}; the first group of thousands has 1 to 3 digits and each further group exactly 3, as in ${rule.example}`,
      };
    }
    if (head.startsWith('0')) {
      return { problem: `has a group of thousands that starts with 0 ("${head}${rule.group}"); write the number without the leading zero` };
    }
    for (const group of tail) {
      if (group.length !== 3) {
        const what = group === '' ? `two ${rule.groupName}s in a row or a ${rule.groupName} before the end of the integer part` : `a group of ${String(group.length)} digit${group.length === 1 ? '' : 's'} ("${group}") after a ${rule.groupName}`;
        return {
          problem: `has ${what}; a ${rule.groupName} separates groups of exactly 3 digits (1${rule.group}000 is one thousand), as in ${rule.example}`,
        };
      }
    }
  }
  const digits = groups.join('');
  const plain = `${negative ? '-' : ''}${digits}${fraction === undefined ? '' : `.${fraction}`}`;
  try {
    return { value: toDecimal(plain, 'the number') };
  } catch (error) {
    // Outside the value domain (too many digits, too large or too small): say so in this message.
    return { problem: error instanceof PlanningError ? `is outside the value domain: ${error.message}` : 'cannot be read' };
  }
}

/** Options are an object: a caller from JavaScript may leave them out. */
function checkOptions(options: unknown, where: string): void {
  if (typeof options !== 'object' || options === null) {
    throw new PlanningError('invalid-argument', `${where}: options must be an object with lang 'vi' or 'en', as in { lang: 'vi' }; got ${describeValue(options)}`);
  }
}

/** Internal: reads a trimmed number text or throws, naming the whole text it came from. */
function readOrThrow(text: string, lang: Language, whole: string): Decimal {
  const reading = read(text, lang);
  if (reading.problem === undefined) return reading.value;
  const rule = conventions[lang];
  const where = whole === text ? '' : `in ${quoteText(whole)}: `;
  const message = `${where}cannot read ${quoteText(text)} as ${rule.article} ${rule.languageName}-formatted number: it ${reading.problem}`;
  const other: Language = lang === 'vi' ? 'en' : 'vi';
  const otherReading = read(text, other);
  if (otherReading.problem !== undefined) throw new PlanningError('invalid-number', message);
  const meant = otherReading.value;
  throw new PlanningError(
    'ambiguous',
    `${message}. It reads as ${meant.toString()} in ${conventions[other].languageName} formatting, and the parser will not guess which convention was meant: write it as ${quoteText(writeNumber(meant, { lang }, 'parseLocalizedNumber'))}, or parse with lang '${other}' if the text is ${conventions[other].languageName}-formatted`,
  );
}

/**
 * The longest text the number parsers read, in characters: generous for a number with its grouping,
 * scale words and unit, and a bound on the work and on the messages for anything longer.
 *
 * @example
 * // A thousand characters:
 * maxNumberTextLength;
 * //=> 1000
 */
export const maxNumberTextLength = 1000;

function requireText(text: unknown, where: string): string {
  if (typeof text !== 'string') {
    throw new PlanningError('invalid-number', `${where} reads a text; got ${describeValue(text)}`);
  }
  if (text.length > maxNumberTextLength) {
    throw new PlanningError(
      'invalid-number',
      `${where} reads a number text of at most ${String(maxNumberTextLength)} characters; got ${quoteText(text)}`,
    );
  }
  const trimmed = text.normalize('NFC').trim();
  if (trimmed === '') {
    throw new PlanningError('invalid-number', `${where} cannot read an empty text; expected a number such as "1.234,5" (vi) or "1,234.5" (en)`);
  }
  return trimmed;
}

/**
 * Reads a number written with the separators of a language into an exact Decimal: Vietnamese
 * `1.000` = 1000, `5,6` = 5.6, `1.234.567,89`; English `1,000`, `5.6`, `1,234,567.89`. The digits are
 * never passed through a JavaScript number, so nothing is lost.
 *
 * The rules of the declared language (the group separator is `.` in Vietnamese and `,` in English,
 * the decimal separator the other one):
 *
 * - a group separator is always followed by exactly three digits, and the first group has 1 to 3
 *   digits and does not start with 0: Vietnamese `1.000` is one thousand, never one;
 * - digits may also be written without grouping (`1234,5`);
 * - at most one decimal separator, with at least one digit on each side (`0,5`, not `,5` or `5,`), and
 *   no group separator after it;
 * - an optional sign `+`, `-` or `−` (U+2212); surrounding white space (including U+00A0) is ignored;
 *   nothing else (no spaces inside, no exponent, no unit).
 *
 * A text that breaks the rules is refused, never guessed at. When it would be a valid number under
 * the other language's rules (Vietnamese `1.5`, `1,234.56`, `0.500`; English `1,5`), the error is
 * `ambiguous`: it was probably written in the other convention, and the message gives both readings.
 * A text valid in the declared language is read in that language even if the other would read it
 * differently: `1.000` is 1000 in `vi` and 1 in `en`.
 *
 * @param text - the number as written
 * @param options - the language of the text
 * @returns the number, exactly
 * @throws {@link PlanningError} `ambiguous` for a text that breaks the rules of `lang` but follows
 * those of the other language; `invalid-number` for any other text that is not a number (empty,
 * letters, `1.00.0`, `1,2,3`); `invalid-argument` for an unknown language
 *
 * @example
 * // Read Vietnamese figures:
 * ['1.000', '5,6', '1.234.567,89', '-0,5'].map((text) => parseLocalizedNumber(text, { lang: 'vi' }).toString());
 * //=> ['1000', '5.6', '1234567.89', '-0.5']
 *
 * @example
 * // An English decimal point in a Vietnamese text is refused with both readings:
 * parseLocalizedNumber('1.5', { lang: 'vi' });
 * // throws PlanningError (ambiguous): cannot read "1.5" as a Vietnamese-formatted number: it has a
 * // group of 1 digit ("5") after a dot; ... It reads as 1.5 in English formatting, ...: write it as "1,5", ...
 */
export function parseLocalizedNumber(text: string, options: ParseNumberOptions): Decimal {
  checkOptions(options, 'parseLocalizedNumber');
  checkLanguage(options.lang, 'parseLocalizedNumber');
  const trimmed = requireText(text, 'parseLocalizedNumber');
  return readOrThrow(trimmed, options.lang, trimmed);
}

/**
 * A number read with its scale word by {@link parseScaledNumber}: `1.000 tỷ đồng` is `{ value: 1000,
 * power: 9, unitText: 'đồng' }`.
 *
 * @example
 * // The value in the unit itself is value × 10^power:
 * const read: ScaledNumber = parseScaledNumber('45 triệu', { lang: 'vi' });
 * read.value.times(new Decimal(10).pow(read.power)).toString();
 * //=> '45000000'
 */
export interface ScaledNumber {
  /** The number as written, before its scale word: 1000 in `1.000 tỷ đồng`. */
  readonly value: Decimal;
  /** The power of ten of the scale word: 0 (none), 3, 6, 9, 12 or 15. */
  readonly power: number;
  /** What follows the number and the scale word, trimmed (`'đồng'`, `'tấn'`, `'%'`), or `''`. */
  readonly unitText: string;
}

/** Scale words by language, each with the official spelling it is read as. */
const scaleWords: Readonly<Record<Language, ReadonlyMap<string, string>>> = {
  vi: new Map([
    ['nghìn', 'nghìn'],
    ['ngàn', 'nghìn'],
    ['triệu', 'triệu'],
    ['tỷ', 'tỷ'],
    ['tỉ', 'tỷ'],
  ]),
  en: new Map(multipliers.filter((entry) => entry.power > 0).map((entry) => [entry.names.en, entry.names.en])),
};

const scalePhrases: Readonly<Record<Language, ReadonlyMap<string, number>>> = {
  vi: new Map(multipliers.filter((entry) => entry.power > 0).map((entry) => [entry.names.vi, entry.power])),
  en: new Map(multipliers.filter((entry) => entry.power > 0).map((entry) => [entry.names.en, entry.power])),
};

const knownScales: Readonly<Record<Language, string>> = {
  vi: `${[...scalePhrases.vi.keys()].join(', ')} (ngàn and tỉ are read as nghìn and tỷ)`,
  en: [...scalePhrases.en.keys()].join(', '),
};

const leadingNumber = /^([+\-\u2212]?[0-9.,]+)\s*/u;
const leadingWord = /^(\S+)(?:\s+|$)/u;

/**
 * Reads a number followed by a scale word and, optionally, a unit: `45 triệu`, `1.000 tỷ đồng`,
 * `15 nghìn tỷ đồng`, `1,5 tỉ`; in English `45 million VND`, `1,000 billion VND`. The number follows
 * the rules of {@link parseLocalizedNumber}.
 *
 * Vietnamese scale words: `nghìn` (10^3), `triệu` (10^6), `tỷ` (10^9), `nghìn tỷ` (10^12), `triệu
 * tỷ` (10^15); the non-standard spellings `ngàn` and `tỉ` are read as `nghìn` and `tỷ` (the
 * formatters always write the standard ones). English (short scale): `thousand`, `million`,
 * `billion`, `trillion`, `quadrillion`. Words are matched without regard to case or Unicode
 * normalisation form (text is normalised to NFC). Other combinations (`triệu triệu`, `nghìn triệu`)
 * are refused. A number without a scale word has power 0.
 *
 * @param text - the number, scale word and unit as written
 * @param options - the language of the text
 * @returns the number as written, the power of its scale word, and the text after it
 * @throws {@link PlanningError} `invalid-number` for a text that does not start with a number or has
 * an unknown scale phrase; `ambiguous` as {@link parseLocalizedNumber}; `invalid-argument` for an
 * unknown language
 *
 * @example
 * // Read an amount from a Vietnamese report:
 * const read = parseScaledNumber('15 nghìn tỷ đồng', { lang: 'vi' });
 * [read.value.toString(), read.power, read.unitText];
 * //=> ['15', 12, 'đồng']
 *
 * @example
 * // The southern spelling is read as the official one:
 * parseScaledNumber('2 ngàn tỉ', { lang: 'vi' }).power;
 * //=> 12
 */
export function parseScaledNumber(text: string, options: ParseNumberOptions): ScaledNumber {
  checkOptions(options, 'parseScaledNumber');
  const { lang } = options;
  checkLanguage(lang, 'parseScaledNumber');
  const whole = requireText(text, 'parseScaledNumber');
  const number = leadingNumber.exec(whole);
  if (number === null) {
    throw new PlanningError(
      'invalid-number',
      `parseScaledNumber: ${quoteText(whole)} does not start with a number; expected a number, a scale word and a unit, such as ${lang === 'vi' ? '"45 triệu đồng"' : '"45 million VND"'}`,
    );
  }
  const value = readOrThrow(number[1] ?? '', lang, whole);
  let rest = whole.slice(number[0].length);
  const words: string[] = [];
  for (let word = leadingWord.exec(rest); word !== null; word = leadingWord.exec(rest)) {
    const standard = scaleWords[lang].get((word[1] ?? '').toLowerCase());
    if (standard === undefined) break;
    words.push(standard);
    rest = rest.slice(word[0].length);
  }
  let power = 0;
  if (words.length > 0) {
    const phrase = words.join(' ');
    const found = scalePhrases[lang].get(phrase);
    if (found === undefined) {
      throw new PlanningError(
        'invalid-number',
        `in ${quoteText(whole)}: "${phrase}" is not a scale; write one of ${knownScales[lang]}`,
      );
    }
    power = found;
  }
  return Object.freeze({ value, power, unitText: rest.trim() });
}

/**
 * Options of {@link parseMoney}: the language, and the scaled money unit to return the amount in.
 *
 * @example
 * // Return amounts in tỷ đồng:
 * const options: ParseMoneyOptions = { lang: 'vi', into: 9 };
 * parseMoney('1,5 nghìn tỷ đồng', options).toString();
 * //=> '1500'
 */
export interface ParseMoneyOptions extends ParseNumberOptions {
  /**
   * The scaled unit of the result: a money unit with its scale (`scaledUnit(units.USD, 6)`), or the
   * power of ten of đồng (`9` for tỷ đồng). Đồng (power 0) unless given.
   */
  readonly into?: ScaledUnit | number | undefined;
}

/** Internal: the names by which a unit may follow an amount, each once whatever its case. */
function unitNames(unit: UnitOfMeasure): readonly string[] {
  const names = [unit.labels.vi, unit.labels.en, unit.symbol, unit.currency];
  // Common ways of writing đồng in Vietnamese text besides its labels and symbol.
  if (unit.code === 'VND') names.push('đ', 'VNĐ', 'dong');
  const unique = new Map<string, string>();
  for (const name of names) if (name !== undefined) unique.set(name.normalize('NFC').toLowerCase(), name);
  return [...unique.values()];
}

/**
 * Reads an amount of money written with a scale word, as reports write it (`45 triệu`, `1.000 tỷ
 * đồng`, `15 nghìn tỷ đồng`, `45 million VND`), and returns it exactly in the unit and scale wanted
 * (đồng unless told). The number and the scale word follow {@link parseScaledNumber}. The unit after
 * them may be left out; if given, it must name the unit wanted: its Vietnamese or English label, its
 * symbol or currency code, and for đồng also `đ`, `VNĐ` or `dong` (any case).
 *
 * @param text - the amount as written
 * @param options - the language of the text, and the scaled unit of the result
 * @returns the amount in `options.into`
 * @throws {@link PlanningError} `unit-mismatch` when the text names another unit, or `into` is not a
 * money unit; `invalid-number` or `ambiguous` as {@link parseScaledNumber}; `invalid-argument` for an
 * unknown language
 *
 * @example
 * // Amounts in đồng:
 * ['45 triệu', '1.000 tỷ đồng', '15 nghìn tỷ đồng'].map((text) => parseMoney(text, { lang: 'vi' }).toString());
 * //=> ['45000000', '1000000000000', '15000000000000']
 *
 * @example
 * // An English amount, in triệu đồng:
 * parseMoney('1.5 billion VND', { lang: 'en', into: 6 }).toString();
 * //=> '1500'
 */
export function parseMoney(text: string, options: ParseMoneyOptions): Decimal {
  checkOptions(options, 'parseMoney');
  checkLanguage(options.lang, 'parseMoney');
  const into = moneyUnit(options.into ?? 0, 'parseMoney');
  const read = parseScaledNumber(text, options);
  if (read.unitText !== '') {
    const names = unitNames(into.unit);
    const written = read.unitText.toLowerCase();
    if (!names.some((name) => name.normalize('NFC').toLowerCase() === written)) {
      throw new PlanningError(
        'unit-mismatch',
        `parseMoney: in ${quoteText(text.trim())} the unit ${quoteText(read.unitText)} is not ${into.unit.labels.vi} (${into.unit.code}); expected one of ${names.join(', ')}, or no unit`,
      );
    }
  }
  return convertScale(read.value, { unit: into.unit, power: read.power }, into);
}
