import * as z from 'zod/mini';
import {
  Decimal,
  type DecimalInput,
  type Issue,
  PlanningError,
  decimalSchema,
  formatIssues,
  parseWithSchema,
  toDecimal,
} from '../numeric/index.js';

/**
 * The zod schema of one value of a year-indexed series: a calendar year (an integer such as 2024)
 * and its value, or `null` where the value is missing. A missing year may also simply be absent
 * from the series.
 *
 * @example
 * // Read one observation from JSON; the value becomes an exact Decimal:
 * z.parse(yearValueSchema, { year: 2024, value: '1056.2' }).value?.toString();
 * //=> '1056.2'
 */
export const yearValueSchema = z.object({
  /** The calendar year, an integer such as 2024. */
  year: z.int({ error: 'expected a whole year such as 2024' }),
  /** The value for that year, or null where it is missing. */
  value: z.nullable(decimalSchema),
});

/**
 * One value of a year-indexed series as the growth functions accept it: a calendar year and a
 * {@link DecimalInput}, or `null` where the value is missing.
 *
 * @example
 * // Gross output of a district in 2023, billion VND:
 * const point: YearValue = { year: 2023, value: '4125.6' };
 * point.year;
 * //=> 2023
 */
export type YearValue = z.input<typeof yearValueSchema>;

/**
 * A year-indexed series: one entry per year, in any order, each year at most once. A year that is
 * absent and a year whose value is `null` both count as missing.
 *
 * @example
 * // Budget revenue 2021-2023, with 2022 missing:
 * const revenue: YearSeries = [
 *   { year: 2021, value: 310 },
 *   { year: 2022, value: null },
 *   { year: 2023, value: 365.5 },
 * ];
 * revenue.length;
 * //=> 3
 */
export type YearSeries = readonly YearValue[];

/**
 * A year-indexed series after parsing: each value an exact {@link Decimal} or `null`.
 *
 * @example
 * // What parseYearSeries returns:
 * const parsed: ParsedYearSeries = parseYearSeries([{ year: 2024, value: 5.6 }]);
 * parsed[0]?.value?.toString();
 * //=> '5.6'
 */
export type ParsedYearSeries = readonly z.output<typeof yearValueSchema>[];

/**
 * Parses an untrusted year-indexed series (for example from `JSON.parse`): an array of
 * `{ year, value }` with integer years, each year at most once, and decimal or `null` values.
 *
 * @param input - the untrusted value
 * @returns the series with exact Decimal values, in the input's order, deeply frozen
 * @throws {@link PlanningError} `invalid-input` listing every problem with its path (a year that
 * is not an integer, a value that is not a number, a year given twice)
 *
 * @example
 * // Two problems at once: a fractional year and a repeated year.
 * try {
 *   parseYearSeries([{ year: 2023.5, value: 1 }, { year: 2024, value: 2 }, { year: 2024, value: 3 }]);
 * } catch (error) {
 *   if (error instanceof PlanningError) console.log(error.issues.length);
 * }
 * //=> 2
 */
export function parseYearSeries(input: unknown): ParsedYearSeries {
  const schemaIssues: Issue[] = [];
  // Stryker disable next-line ArrayDeclaration: read only when the schema accepts the input, after it is assigned
  let parsed: ParsedYearSeries = [];
  try {
    // Stryker disable next-line StringLiteral: only the issues of this error are kept; invalidSeries writes the message again
    parsed = parseWithSchema(z.array(yearValueSchema), input, 'year series');
  } catch (error) {
    if (!(error instanceof PlanningError)) throw error;
    schemaIssues.push(...error.issues);
  }
  const issues = [...schemaIssues, ...duplicateYearIssues(Array.isArray(input) ? (input as unknown[]) : [])];
  if (issues.length > 0) throw invalidSeries(issues, 'year series');
  return parsed;
}

function duplicateYearIssues(rows: readonly unknown[]): Issue[] {
  const issues: Issue[] = [];
  const firstIndex = new Map<number, number>();
  rows.forEach((row, index) => {
    if (typeof row !== 'object' || row === null) return;
    const year = (row as { year?: unknown }).year;
    if (typeof year !== 'number' || !Number.isSafeInteger(year)) return;
    const earlier = firstIndex.get(year);
    if (earlier === undefined) firstIndex.set(year, index);
    else issues.push({ path: [index, 'year'], message: `year ${String(year)} is already given at index ${String(earlier)}; give each year once` });
  });
  return issues;
}

function invalidSeries(issues: readonly Issue[], what: string): PlanningError {
  return new PlanningError(
    'invalid-input',
    `invalid ${what}: ${String(issues.length)} problem${issues.length === 1 ? '' : 's'}\n${formatIssues(issues)}`,
    { issues },
  );
}

/**
 * A series read for calculation: years ascending, each once, values converted. Internal to the
 * growth domain; the arrays are parallel.
 */
export interface ReadSeries {
  readonly years: readonly number[];
  readonly values: readonly (Decimal | null)[];
}

/**
 * Reads a {@link YearSeries} argument into ascending parallel arrays, converting each value once.
 * Throws one `invalid-input` error listing every bad year, bad value and repeated year.
 */
export function readYearSeries(series: YearSeries, what = 'series'): ReadSeries {
  if (!Array.isArray(series)) {
    throw new PlanningError('invalid-argument', `${what} must be an array of { year, value }; got ${typeof series}`);
  }
  const count = series.length;
  // Stryker disable next-line ArrayDeclaration: every index is assigned below: a preallocated array holds the same values
  const years = new Array<number>(count);
  // Stryker disable next-line ArrayDeclaration: every index is assigned below: a preallocated array holds the same values
  const values = new Array<Decimal | null>(count);
  // Stryker disable next-line BooleanLiteral: sortAndCheck returns the same years and values for a sorted series
  let sorted = true;
  let issues: Issue[] | undefined;
  for (let index = 0; index < count; index += 1) {
    const row = series[index] as YearValue | null | undefined;
    if (typeof row !== 'object' || row === null) {
      (issues ??= []).push({ path: [index], message: 'expected an object { year, value }' });
      years[index] = Number.NaN;
      values[index] = null;
      continue;
    }
    const year = row.year;
    // plain JavaScript callers may leave the value out: treat it as missing, like null
    const value = row.value as DecimalInput | null | undefined;
    if (!Number.isSafeInteger(year)) {
      (issues ??= []).push({ path: [index, 'year'], message: `year must be an integer such as 2024; got ${String(year)}` });
    }
    years[index] = year;
    if (value === null || value === undefined) {
      values[index] = null;
    } else {
      try {
        values[index] = toDecimal(value, 'value');
      } catch (error) {
        if (!(error instanceof PlanningError)) throw error;
        (issues ??= []).push({ path: [index, 'value'], message: error.message });
        values[index] = null;
      }
    }
    // Stryker disable next-line LogicalOperator,ArithmeticOperator: each sends a sorted series to sortAndCheck, which returns the same years and values
    if (index > 0 && !(year > (years[index - 1] ?? Number.NaN))) sorted = false;
  }
  if (issues !== undefined) throw invalidSeries(prefixPaths(issues, what), what);
  if (sorted) return { years, values };
  return sortAndCheck(years, values, what);
}

function sortAndCheck(years: number[], values: (Decimal | null)[], what: string): ReadSeries {
  const order = years.map((_, index) => index).sort((a, b) => (years[a] ?? 0) - (years[b] ?? 0));
  const sortedYears = order.map((index) => years[index] ?? 0);
  const sortedValues = order.map((index) => values[index] ?? null);
  const issues: Issue[] = [];
  for (let position = 1; position < order.length; position += 1) {
    if (sortedYears[position] === sortedYears[position - 1]) {
      issues.push({
        path: [what, order[position] ?? position, 'year'],
        message: `year ${String(sortedYears[position])} is already given at index ${String(order[position - 1])}; give each year once`,
      });
    }
  }
  if (issues.length > 0) throw invalidSeries(issues, what);
  return { years: sortedYears, values: sortedValues };
}

function prefixPaths(issues: readonly Issue[], what: string): Issue[] {
  return issues.map((issue) => ({ path: [what, ...issue.path], message: issue.message }));
}

/** Checks that an optional year argument is an integer; throws `invalid-argument` otherwise. */
export function checkYear(year: number, what: string): void {
  if (!Number.isSafeInteger(year)) {
    throw new PlanningError('invalid-argument', `${what} must be an integer year such as 2025; got ${String(year)}`);
  }
}

/** Finds the index of a year in ascending years, or -1. Binary search: series are short, but called often. */
export function indexOfYear(years: readonly number[], year: number): number {
  let low = 0;
  let high = years.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = years[middle] ?? 0;
    if (found === year) return middle;
    if (found < year) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
