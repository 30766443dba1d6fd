import { quoteText } from './describe.js';
import * as z from 'zod/mini';
import { type Decimal, type DecimalInput, checkDecimalInput, isDecimal, isDecimalInput, toDecimal } from './decimal.js';
import { PlanningError, type Issue, formatIssues } from './errors.js';
import { describeValue } from './describe.js';

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
  try {
    return z.safeParse(schema, copyForParsing(input), { error: issueMessage });
  } catch (error) {
    // zod hands the problems of a list inside an object to the object in one spread call, which
    // overflows the stack at about 100,000 problems: check the first records of each list instead,
    // and say that the rest was not checked.
    if (!(error instanceof RangeError)) throw error;
    const result = z.safeParse(schema, copyForParsing(input, checkedRecordsAfterOverflow), { error: issueMessage });
    const issues: z.core.$ZodIssue[] = [
      ...(result.success ? [] : result.error.issues),
      {
        code: 'custom',
        path: [],
        message: `too many problems to list: only the first ${String(checkedRecordsAfterOverflow)} records of each list were checked; fix these and check again`,
        input: undefined,
      },
    ];
    return { success: false, error: new z.core.$ZodError(issues) } as z.core.util.SafeParseResult<z.output<S>>;
  }
}

/** How many records of each list {@link safeParseInput} checks when a whole input has too many problems. */
const checkedRecordsAfterOverflow = 10_000;

/**
 * The result of {@link parseEach}: the value of each element that matches the schema, at its own
 * index (`undefined` where it does not), and the problems of the others.
 *
 * @example
 * // The second element is not a number:
 * const result: ParsedEach<number> = parseEach(z.number(), [1, 'two', 3]);
 * result.values;
 * //=> [1, undefined, 3]
 */
export interface ParsedEach<T> {
  /** Each element's parsed value at its index, `undefined` for an element with a problem. */
  readonly values: readonly (T | undefined)[];
  /** Every problem, with its path from the root of the input (`[prefix..., index, field...]`). */
  readonly issues: readonly Issue[];
}

/**
 * Parses each element of a list on its own, so that the checks between records can still run on the
 * elements that are valid and report their problems in the same run as the elements' schema
 * problems. Input is never changed (as {@link safeParseInput}); a value that is not an array is one
 * problem at `path`.
 *
 * @param schema - the zod schema of one element
 * @param input - the untrusted list
 * @param path - where the list is in the input, for the issues' paths (default: the root)
 * @returns the parsed values at their indexes and the problems
 *
 * @example
 * // A list of codes with one bad element:
 * parseEach(z.string(), ['a', 2], ['codes']).issues.map((issue) => formatPath(issue.path));
 * //=> ['codes[1]']
 */
export function parseEach<S extends z.ZodMiniType>(schema: S, input: unknown, path: readonly PropertyKey[] = []): ParsedEach<z.output<S>> {
  if (!Array.isArray(input)) {
    return { values: [], issues: [{ path: [...path], message: `expected a list (an array); got ${describeValue(input)}` }] };
  }
  const values: (z.output<S> | undefined)[] = [];
  const issues: Issue[] = [];
  input.forEach((element: unknown, index) => {
    const result = safeParseInput(schema, element);
    if (result.success) {
      values.push(result.data);
    } else {
      values.push(undefined);
      for (const issue of issuesFromZod(result.error.issues)) issues.push({ path: [...path, index, ...issue.path], message: issue.message });
    }
  });
  return { values, issues };
}

/**
 * The message of a zod issue whose schema did not set one: what was found and what is allowed (the
 * type, the list of values, the range), instead of zod mini's bare "Invalid input". The path is
 * not in the message: every issue is shown with its path.
 *
 * @param issue - the issue as zod raises it
 * @returns the message
 *
 * @example
 * // A wrong enum value names the allowed ones:
 * const result = z.safeParse(z.object({ polarity: z.enum(['higher-is-better', 'lower-is-better']) }), { polarity: 'up' }, { error: issueMessage });
 * result.success ? '' : result.error.issues[0]?.message;
 * //=> 'expected one of "higher-is-better", "lower-is-better"; got "up"'
 */
export function issueMessage(issue: z.core.$ZodRawIssue): string {
  const found = describeValue(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `missing; expected ${expectedType(issue.expected)}`;
      return `expected ${expectedType(issue.expected)}; got ${found}`;
    case 'invalid_value':
      return `${issue.input === undefined ? 'missing; ' : ''}expected ${issue.values.length === 1 ? describeAllowed(issue.values[0]) : `one of ${listAllowed(issue.values)}`}${issue.input === undefined ? '' : `; got ${found}`}`;
    case 'too_small':
      return `expected ${sizeOf(issue.origin)} of at least ${String(issue.minimum)}${issue.inclusive === false ? ' (exclusive)' : ''}; got ${found}`;
    case 'too_big':
      return `expected ${sizeOf(issue.origin)} of at most ${String(issue.maximum)}${issue.inclusive === false ? ' (exclusive)' : ''}; got ${found}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length === 1 ? '' : 's'} ${listAllowed(issue.keys.slice(0, 10))}${issue.keys.length > 10 ? ` and ${String(issue.keys.length - 10)} more` : ''}; remove or rename ${issue.keys.length === 1 ? 'it' : 'them'}`;
    case 'invalid_union': {
      const discriminator = (issue as { readonly discriminator?: unknown }).discriminator;
      const options = (issue as { readonly options?: readonly unknown[] }).options;
      if (typeof discriminator === 'string') {
        const choices = options === undefined || options.length === 0 ? '' : ` one of ${listAllowed(options)}`;
        return `expected a ${discriminator} that is${choices === '' ? ' known' : choices}; got ${found}`;
      }
      return `matches none of the allowed forms; got ${found}`;
    }
    case 'invalid_format':
      return `expected text in the ${issue.format} format; got ${found}`;
    case 'not_multiple_of':
      return `expected a multiple of ${String(issue.divisor)}; got ${found}`;
    case 'invalid_key':
      return `has an invalid key; got ${found}`;
    case 'invalid_element':
      return `has an invalid element; got ${found}`;
    default:
      return `is not allowed here; got ${found}`;
  }
}

function expectedType(expected: string): string {
  switch (expected) {
    case 'object':
      return 'an object';
    case 'array':
      return 'a list (an array)';
    case 'string':
      return 'text (a string)';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    default:
      return `a value of type ${expected}`;
  }
}

function sizeOf(origin: string): string {
  switch (origin) {
    case 'string':
      return 'text of a length';
    case 'array':
    case 'set':
      return 'a list of a length';
    default:
      return 'a value';
  }
}

function describeAllowed(value: unknown): string {
  return typeof value === 'string' ? quoteText(value) : String(value);
}

function listAllowed(values: readonly unknown[]): string {
  return values.map(describeAllowed).join(', ');
}

/** Plain objects, arrays and Decimals are copied; other objects (a Map, a Date) would not work as copies. */
function copied(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || prototype === Object.prototype || prototype === null || isDecimal(value);
}

/** A copy of every object and array reachable from a value, made with a loop (no recursion on depth). */
function copyForParsing(input: unknown, maxRecords = Number.POSITIVE_INFINITY): unknown {
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
    const keys = Array.isArray(original) && original.length > maxRecords ? Array.from({ length: maxRecords }, (_, index) => String(index)) : Object.keys(original);
    for (const key of keys) {
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
