import * as z from 'zod/mini';
import { type Decimal, type DecimalInput, isDecimalInput, toDecimal } from './decimal.js';
import { PlanningError, type Issue, formatIssues } from './errors.js';

/**
 * The zod schema of a decimal value in a model: accepts a finite number, a decimal numeral string
 * (`"45"`, `"-1.5"`, `"1e9"`) or a Decimal, and yields the library's {@link Decimal}. In JSON a
 * decimal is written as a string (exact) or a number (read through its shortest form).
 *
 * @example
 * // Parse a value from JSON text into an exact Decimal:
 * z.parse(decimalSchema, '45.6').toString();
 * //=> '45.6'
 */
export const decimalSchema: z.ZodMiniPipe<
  z.ZodMiniCustom<DecimalInput, DecimalInput>,
  z.ZodMiniTransform<Decimal, DecimalInput>
> = z.pipe(
  z.custom<DecimalInput>(isDecimalInput, {
    error: 'expected a finite decimal number: a number such as 5.6 or a string such as "5.6"',
  }),
  z.transform((value: DecimalInput) => toDecimal(value)),
);

/**
 * Converts zod issues to the library's {@link Issue} list (path and message only).
 *
 * @param issues - issues from a zod `safeParse` error
 * @returns the same problems as plain issues
 *
 * @example
 * // Turn a zod failure into issues:
 * const result = z.safeParse(z.object({ year: z.number() }), { year: 'x' });
 * result.success ? [] : issuesFromZod(result.error.issues).map((issue) => issue.path);
 * //=> [['year']]
 */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[]): Issue[] {
  return issues.map((issue) => ({ path: [...issue.path], message: issue.message }));
}

/**
 * Parses untrusted input with a zod schema and returns typed, deeply frozen data, or throws one
 * {@link PlanningError} (`invalid-input`) that lists every problem with its path.
 *
 * @param schema - the zod schema of the model
 * @param input - the untrusted value (for example from `JSON.parse`)
 * @param what - the name of the model, used in the error message (`'plan'`, `'hierarchy'`)
 * @returns the parsed value, deeply frozen
 * @throws {@link PlanningError} `invalid-input` with one issue per problem
 *
 * @example
 * // Every problem at once, each with its path:
 * const schema = z.object({ year: z.number(), code: z.string() });
 * try {
 *   parseWithSchema(schema, { year: '2024' }, 'period');
 * } catch (error) {
 *   if (error instanceof PlanningError) console.log(error.issues.length);
 * }
 * //=> 2
 */
export function parseWithSchema<S extends z.ZodMiniType>(schema: S, input: unknown, what: string): z.infer<S> {
  const result = z.safeParse(schema, input);
  if (!result.success) {
    const issues = issuesFromZod(result.error.issues);
    throw new PlanningError(
      'invalid-input',
      `invalid ${what}: ${String(issues.length)} problem${issues.length === 1 ? '' : 's'}\n${formatIssues(issues)}`,
      { issues },
    );
  }
  return deepFreeze(result.data);
}

/**
 * Freezes a plain value and everything reachable from it (objects and arrays), leaving Decimals,
 * Dates, Maps and Sets as they are (they are immutable or opaque already).
 *
 * @param value - the value to freeze
 * @returns the same value, frozen
 *
 * @example
 * // Parsed data cannot be changed behind the library's back:
 * const plan = deepFreeze({ targets: [{ value: 5 }] });
 * Object.isFrozen(plan.targets[0]);
 * //=> true
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return value;
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
}
