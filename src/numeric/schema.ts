import * as z from 'zod/mini';
import { type Decimal, type DecimalInput, checkDecimalInput, isDecimal, isDecimalInput, toDecimal } from './decimal.js';
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
    error: (issue) => {
      const problem = checkDecimalInput(issue.input);
      return `expected a finite decimal number such as 5.6 or "5.6": the value ${typeof problem === 'string' ? problem : 'is not one'}`;
    },
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
  const result = safeParseInput(schema, input);
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
 * `z.safeParse` that never changes its input, accepted or refused. zod's `readonly` freezes the value
 * it was given when that value has the wrong type (an array where a unit record belongs), so the
 * schema reads a copy of the input's objects and arrays (own enumerable properties, prototypes and
 * shared references kept) instead of the caller's data.
 *
 * @param schema - the zod schema
 * @param input - the untrusted value; not changed, not frozen
 * @returns zod's result: the parsed data or the error with its issues
 *
 * @example
 * // A refused record stays the caller's to change:
 * const record = ['not', 'a', 'record'];
 * safeParseInput(z.readonly(z.object({ code: z.string() })), record).success;
 * //=> false
 * Object.isFrozen(record);
 * //=> false
 */
export function safeParseInput<S extends z.ZodMiniType>(schema: S, input: unknown): z.core.util.SafeParseResult<z.output<S>> {
  return z.safeParse(schema, copyForParsing(input));
}

/** Plain objects, arrays and Decimals are copied; other objects (a Map, a Date) would not work as copies. */
function copied(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || prototype === Object.prototype || prototype === null || isDecimal(value);
}

/** A copy of every object and array reachable from a value, made with a loop (no recursion on depth). */
function copyForParsing(input: unknown): unknown {
  const copies = new Map<object, object>();
  const pending: [object, object][] = [];
  const copyOf = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || !copied(value)) return value;
    const known = copies.get(value);
    if (known !== undefined) return known;
    const copy: object = Array.isArray(value) ? [] : (Object.create(Object.getPrototypeOf(value) as object | null) as object);
    copies.set(value, copy);
    pending.push([value, copy]);
    return copy;
  };
  const root = copyOf(input);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [original, copy] = next;
    for (const key of Object.keys(original)) {
      // defineProperty, not assignment: a key named "__proto__" stays a key, as it was in the input.
      Object.defineProperty(copy, key, {
        value: copyOf((original as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return root;
}

/**
 * Freezes a plain value and everything reachable from it (objects and arrays), leaving Decimals,
 * Dates, Maps and Sets as they are (they are immutable or opaque already). It walks the value with a
 * loop, so that the depth of the value does not matter.
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
  const pending: unknown[] = [value];
  const reached = new Set<object>();
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next !== 'object' || next === null || Object.isFrozen(next) || reached.has(next)) continue;
    if (!Array.isArray(next) && Object.getPrototypeOf(next) !== Object.prototype) continue;
    reached.add(next);
    for (const key of Object.keys(next)) pending.push((next as Record<string, unknown>)[key]);
  }
  for (const object of reached) Object.freeze(object);
  return value;
}
