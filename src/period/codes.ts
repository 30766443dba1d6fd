import * as z from 'zod/mini';
import { PlanningError, maxQuotedLength, quoteText } from '../numeric/index.js';
import { periodCode } from './format.js';
import type { Period, PeriodInput, WeekStart } from './model.js';
import { checkPeriod, requireCode } from './validation.js';
import { periodValueSchema } from './value-schema.js';

const expectedCodes =
  'expected a code such as 2024, 2024-FY04, 2024-S1, 2024-FY04-S1, 2024-Q3, 2024-B2, 2024-M09, 2024-BiW03, 2024-W05, 2024-WedW05, 2024-01-15, or a range start/end such as 2021/2025';

// One pattern for every simple code: the year, then either a fiscal year (with its half), a letter
// and a number, or the month and optionally the day of a calendar date. Letters are
// case-insensitive; numbers may omit their zero. Longer letters come first (BIW before B).
const simplePattern =
  /^(\d{4})(?:-(?:FY(\d{1,2})(?:-[SH](\d{1,2}))?|(BIW|MONW|TUEW|WEDW|THUW|FRIW|SATW|SUNW|S|H|Q|B|M|W)(\d{1,2})|(\d{2})(?:-(\d{2}))?))?$/i;

const weekStartByCode: Readonly<Record<string, WeekStart>> = Object.freeze({
  TUE: 'tuesday',
  WED: 'wednesday',
  THU: 'thursday',
  FRI: 'friday',
  SAT: 'saturday',
  SUN: 'sunday',
});

/** Reads one simple code into an unchecked candidate object, or undefined if it has no known form. */
function simpleCandidate(code: string): Record<string, unknown> | undefined {
  const match = simplePattern.exec(code);
  if (match === null) return undefined;
  const [, yearText, fiscalMonthText, fiscalHalfText, letterText, numberText, monthText, dayText] = match;
  const year = Number(yearText);
  const number = Number(numberText);
  if (fiscalMonthText !== undefined) {
    const startMonth = Number(fiscalMonthText);
    if (fiscalHalfText === undefined) return { type: 'fiscal-year', year, startMonth };
    return { type: 'fiscal-half', year, startMonth, half: Number(fiscalHalfText) };
  }
  const letter = letterText?.toUpperCase();
  switch (letter) {
    case undefined:
      if (monthText === undefined) return { type: 'year', year };
      if (dayText === undefined) return { type: 'month', year, month: Number(monthText) };
      return { type: 'day', year, month: Number(monthText), day: Number(dayText) };
    case 'S':
    case 'H':
      return { type: 'half', year, half: number };
    case 'Q':
      return { type: 'quarter', year, quarter: number };
    case 'B':
      return { type: 'bimonth', year, bimonth: number };
    case 'M':
      return { type: 'month', year, month: number };
    case 'BIW':
      return { type: 'biweek', year, biweek: number };
    case 'W':
    case 'MONW':
      return { type: 'week', year, week: number };
    default:
      return { type: 'week', year, week: number, weekStart: weekStartByCode[letter.slice(0, 3)] };
  }
}

/**
 * Reads a period code into a {@link Period}.
 *
 * Canonical codes (what {@link formatPeriod} writes): `2024` (year), `2024-FY04` (the fiscal year
 * that starts in April 2024), `2024-S1` (half-year), `2024-FY04-S1` (first half of that fiscal
 * year), `2024-Q3` (quarter), `2024-B2` (bi-month: March and April), `2024-M09` (month),
 * `2024-BiW03` (bi-week: ISO weeks 5 and 6), `2024-W05` (ISO week of ISO week-year 2024),
 * `2024-WedW05` (week 5 of the weeks that start on Wednesday; also `Tue`, `Thu`, `Fri`, `Sat`,
 * `Sun`), `2024-01-15` (day), and `start/end` for a range (`2021/2025`, `2024-M01/2024-M09`). Also
 * read, and written back in canonical form: lower-case letters (`2024-q3`), numbers without their
 * leading zero (`2024-M9`, `2024-W5`, `2024-FY4`), `H` for a half-year (`2024-H1`), `MonW` for an
 * ISO week, and the ISO calendar month `2024-09`.
 *
 * @param code - the period code
 * @returns the period, frozen
 * @throws {@link PlanningError} `invalid-period` for a code of no known form, or one that names a
 * period that does not exist (`2024-Q5`, `2024-M13`, `2024-W54`, `2025-W53` because ISO week-year
 * 2025 has 52 weeks, `2025-02-29`), a range that runs backwards or mixes types, with the reason
 *
 * @example
 * // Read the nine-month range of a Vietnamese "9 tháng" report:
 * parsePeriod('2024-M01/2024-M09');
 * //=> { type: 'range', start: { type: 'month', year: 2024, month: 1 }, end: { type: 'month', year: 2024, month: 9 } }
 *
 * @example
 * // 2025 has only 52 ISO weeks:
 * parsePeriod('2025-W53');
 * // throws PlanningError: invalid period code "2025-W53": ISO week-year 2025 has 52 weeks, so week must be 1 to 52; got 53
 */
export function parsePeriod(code: string): Period {
  const text = requireCode(code, 'a period code', '2024-Q3');
  const what = `period code ${quoteText(text)}`;
  const parts = text.split('/');
  if (parts.length > 2) {
    throw new PlanningError('invalid-period', `invalid ${what}: a range has exactly one "/" between its start and its end`);
  }
  const candidates = parts.map(simpleCandidate);
  const unknownPart = candidates.findIndex((candidate) => candidate === undefined);
  if (unknownPart !== -1) {
    const which = parts.length === 1 ? '' : ` (its ${unknownPart === 0 ? 'start' : 'end'} ${quoteText(parts[unknownPart] ?? '')})`;
    throw new PlanningError('invalid-period', `invalid ${what}${which}: ${expectedCodes}`);
  }
  const [start, end] = candidates.map((candidate) => Object.freeze(candidate));
  const candidate = end === undefined ? start : { type: 'range', start, end };
  return Object.freeze(checkPeriod(candidate, what));
}

/**
 * Writes a period as its canonical code: `2024`, `2024-FY04`, `2024-S1`, `2024-Q3`, `2024-M09`,
 * `2024-W05`, `2024-01-15`, or `start/end` for a range. Codes are the keys under which
 * observations store periods; `parsePeriod(formatPeriod(p))` gives `p` back.
 *
 * @param period - a period object, or a code (which is then written in canonical form)
 * @returns the canonical code
 * @throws {@link PlanningError} `invalid-period` for an invalid period object or code
 *
 * @example
 * // The code of the fiscal year from April 2024 to March 2025:
 * formatPeriod({ type: 'fiscal-year', year: 2024, startMonth: 4 });
 * //=> '2024-FY04'
 *
 * @example
 * // Normalise a hand-typed code:
 * formatPeriod('2024-m9');
 * //=> '2024-M09'
 */
export function formatPeriod(period: PeriodInput): string {
  return periodCode(toPeriod(period));
}

/**
 * Tells whether a value is a period code that {@link parsePeriod} reads (canonical or not).
 *
 * @param value - anything
 * @returns true for a string naming a real period
 *
 * @example
 * // Which of these are periods?
 * ['2024-Q3', '2024-Q5', '2020-W53', '2025-W53', 2024].map(isPeriodCode);
 * //=> [true, false, true, false, false]
 */
export function isPeriodCode(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    parsePeriod(value);
    return true;
  } catch {
    return false;
  }
}

/** A period object as JSON, for messages: at most twice {@link maxQuotedLength} characters of it. */
function describeObject(value: object): string {
  try {
    const json = JSON.stringify(value);
    return json.length <= 2 * maxQuotedLength ? json : `${json.slice(0, 2 * maxQuotedLength)}… (${String(json.length)} characters)`;
  } catch {
    return 'object';
  }
}

/**
 * Internal: a {@link PeriodInput} as a valid {@link Period} (codes are parsed, objects checked).
 */
export function toPeriod(input: PeriodInput): Period {
  if (typeof input === 'string') return parsePeriod(input);
  return checkPeriod(input, `period ${describeObject(input)}`);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The zod schema of a period in a model: accepts a period code (`"2024-Q3"`, read as by
 * {@link parsePeriod}) or a period object (checked as by {@link periodValueSchema}) and outputs the
 * {@link Period} object.
 *
 * @example
 * // A plan file may write its period as a code:
 * z.parse(periodSchema, '2021/2025');
 * //=> { type: 'range', start: { type: 'year', year: 2021 }, end: { type: 'year', year: 2025 } }
 */
export const periodSchema: z.ZodMiniPipe<
  z.ZodMiniCustom<PeriodInput, PeriodInput>,
  z.ZodMiniTransform<Period, PeriodInput>
> = z.pipe(
  z.custom<PeriodInput>((value: unknown) => typeof value === 'string' || (typeof value === 'object' && value !== null), {
    error: 'expected a period code such as "2024-Q3" or a period object such as { type: "quarter", year: 2024, quarter: 3 }',
  }),
  z.transform((input: PeriodInput, context): Period => {
    if (typeof input === 'string') {
      try {
        return parsePeriod(input);
      } catch (error) {
        context.issues.push({ code: 'custom', message: errorMessage(error), input });
        return z.NEVER;
      }
    }
    const result = z.safeParse(periodValueSchema, input);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      context.issues.push({ code: 'custom', message: issue.message, path: [...issue.path], input });
    }
    return z.NEVER;
  }),
);

/**
 * The zod schema of a period code stored as a string (observations key their values by period
 * code: JSON-friendly and a cheap map key). Accepts any code {@link parsePeriod} reads, checks it,
 * and outputs the **canonical** code, so that `2024-q3` and `2024-Q3` become the same key.
 *
 * @example
 * // Normalise codes read from a CSV file:
 * z.parse(periodCodeSchema, '2024-m9');
 * //=> '2024-M09'
 */
export const periodCodeSchema: z.ZodMiniPipe<z.ZodMiniString, z.ZodMiniTransform<string, string>> = z.pipe(
  z.string({ error: 'expected a period code such as "2024-Q3"' }),
  z.transform((code: string, context): string => {
    try {
      return periodCode(parsePeriod(code));
    } catch (error) {
      context.issues.push({ code: 'custom', message: errorMessage(error), input: code });
      return z.NEVER;
    }
  }),
);
