/**
 * Every error code that {@link PlanningError} can carry. The union is closed: a caller can switch on
 * `error.code` exhaustively, and a new code is a documented, versioned change.
 *
 * - `invalid-number`: a value is not a finite decimal number (NaN, Infinity, empty or non-numeric text).
 * - `invalid-argument`: an argument is out of its documented range (negative digits, an empty list...).
 * - `invalid-input`: structured input failed schema validation; `issues` lists every problem with its path.
 * - `invalid-period`: a period code or period value is malformed or impossible (`2024-Q5`, `2024-W54`).
 * - `unsupported-conversion`: a value cannot be expressed in the requested form (a period with no SDMX or
 *   DHIS2 code, a period type with no finer split).
 * - `unit-mismatch`: two quantities of different kinds or units were compared, added or converted.
 * - `division-by-zero`: a ratio, growth rate or index was asked of a zero denominator or base.
 * - `opposite-signs`: a geometric quantity (growth index, compound rate) was asked of values of opposite sign.
 * - `insufficient-data`: too few values for the method (fewer than two points, too many missing).
 * - `not-found`: a code, unit, indicator or key is not known where it was looked up.
 * - `ambiguous`: a lookup matched more than one candidate and the library will not guess.
 * - `invalid-hierarchy`: administrative units, successions or groups contradict each other.
 * - `missing-weight`: a restatement needs a split weight that was not given.
 * - `conflict`: two pieces of data claim the same key with different values.
 */
export type PlanningErrorCode =
  | 'invalid-number'
  | 'invalid-argument'
  | 'invalid-input'
  | 'invalid-period'
  | 'unsupported-conversion'
  | 'unit-mismatch'
  | 'division-by-zero'
  | 'opposite-signs'
  | 'insufficient-data'
  | 'not-found'
  | 'ambiguous'
  | 'invalid-hierarchy'
  | 'missing-weight'
  | 'conflict';

/**
 * One problem found in structured input: where it is (`path`, as in zod: object keys and array
 * indexes from the root) and what is wrong and what would be right (`message`).
 *
 * @example
 * // A problem with the second target's comparator:
 * const issue: Issue = { path: ['targets', 1, 'comparator'], message: 'expected one of at-least, at-most' };
 * issue.path.join('.');
 * //=> 'targets.1.comparator'
 */
export interface Issue {
  /** Keys and indexes from the root of the input to the offending value; empty for the root itself. */
  readonly path: readonly PropertyKey[];
  /** What is wrong and, where possible, what would be right. */
  readonly message: string;
}

/** Options for {@link PlanningError}. */
export interface PlanningErrorOptions {
  /** Every problem found, for errors that report many at once (`invalid-input`, `invalid-hierarchy`). */
  readonly issues?: readonly Issue[];
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * The one error class of the library. Low-level functions throw it when asked an impossible question
 * (a growth rate from a zero base, a period code that does not exist); assessments over real data do
 * not throw for one bad row but report it in the row instead.
 *
 * `code` is stable and from the closed union {@link PlanningErrorCode}; `message` says what was wrong,
 * where, and what would be right; `issues` lists every problem when several were found at once.
 *
 * @example
 * // Tell a bad number from other failures:
 * try {
 *   toDecimal('abc');
 * } catch (error) {
 *   if (error instanceof PlanningError) console.log(error.code);
 * }
 * //=> 'invalid-number'
 */
export class PlanningError extends Error {
  /** The stable, machine-readable kind of failure. */
  readonly code: PlanningErrorCode;
  /** Every problem found; a single-problem error has one issue with an empty path. */
  readonly issues: readonly Issue[];

  /**
   * @param code - the kind of failure, from {@link PlanningErrorCode}
   * @param message - what was wrong, where, and what would be right
   * @param options - the list of issues and the cause, if any
   */
  constructor(code: PlanningErrorCode, message: string, options: PlanningErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PlanningError';
    this.code = code;
    this.issues = Object.freeze([...(options.issues ?? [{ path: [], message }])]);
  }
}

/**
 * The most issues that an error message lists; the error's `issues` keeps every one.
 *
 * @example
 * // Twenty lines at most, then a count of the rest:
 * maxListedIssues;
 * //=> 20
 */
export const maxListedIssues = 20;

/**
 * Formats a list of issues as one line each, `path: message`, for an error message that reads well
 * in a terminal and in a log. At most `limit` issues are listed; a last line says how many more there
 * are, so that a file with 100,000 problems gives a message of a screen, not of megabytes.
 *
 * @param issues - the problems to list
 * @param limit - the most issues to list ({@link maxListedIssues} unless given)
 * @returns one line per issue listed, the root shown as `(root)`, and `- … and N more problems`
 *
 * @example
 * // Show two problems found in one plan file:
 * formatIssues([
 *   { path: ['targets', 0, 'value'], message: 'expected a number' },
 *   { path: [], message: 'missing period' },
 * ]);
 * //=> '- targets[0].value: expected a number\n- (root): missing period'
 *
 * @example
 * // A long list is cut:
 * formatIssues([{ path: ['a'], message: 'x' }, { path: ['b'], message: 'y' }, { path: ['c'], message: 'z' }], 1);
 * //=> '- a: x\n- … and 2 more problems'
 */
export function formatIssues(issues: readonly Issue[], limit = maxListedIssues): string {
  const lines = issues.slice(0, limit).map((issue) => `- ${formatPath(issue.path)}: ${issue.message}`);
  const more = issues.length - lines.length;
  if (more > 0) lines.push(`- … and ${String(more)} more problem${more === 1 ? '' : 's'}`);
  return lines.join('\n');
}

/**
 * Writes a path as JavaScript-like accessors: `targets[0].value`.
 *
 * @param path - object keys and array indexes from the root
 * @returns the path as text, or `(root)` for an empty path
 *
 * @example
 * // Where in the input the problem is:
 * formatPath(['units', 3, 'parent']);
 * //=> 'units[3].parent'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text.startsWith('[') ? `(root)${text}` : text;
}
