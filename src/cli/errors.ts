import { type Issue, PlanningError, formatPath } from '../numeric/index.js';

/**
 * The exit codes of the `planning-indicators` command, one per kind of outcome, so that a script can
 * tell bad input from a broken call, a missing file or a fault of the program:
 *
 * | code | name | when |
 * |---|---|---|
 * | 0 | `success` | the command did its work (`validate`: the file is valid) |
 * | 1 | `invalidInput` | the input data are wrong: malformed JSON or CSV, validation problems, unknown codes |
 * | 2 | `usage` | the call is wrong: an unknown command or option, a missing or bad argument |
 * | 3 | `fileError` | a file could not be read: missing, unreadable, a folder |
 * | 4 | `internalError` | anything else: a fault of the program, to be reported |
 *
 * @example
 * // What a script sees for a plan with problems:
 * exitCodes.invalidInput;
 * //=> 1
 */
export const exitCodes = Object.freeze({
  success: 0,
  invalidInput: 1,
  usage: 2,
  fileError: 3,
  internalError: 4,
} as const);

/**
 * One of the {@link exitCodes}: 0 success, 1 invalid input, 2 usage error, 3 file error, 4 internal
 * failure.
 *
 * @example
 * // The code of a usage error:
 * const code: ExitCode = exitCodes.usage;
 * code;
 * //=> 2
 */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/** A failure the CLI reports to the user: its exit code, a message, and the problems in detail. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A usage error (exit 2) ending with the pointer to the command's help. */
export function usageError(message: string, command?: string): CliError {
  const help = command === undefined ? 'planning-indicators --help' : `planning-indicators ${command} --help`;
  return new CliError(exitCodes.usage, `${message} (see ${help})`);
}

/**
 * One problem of a file as a line: `file: message` when the message locates itself (CSV problems say
 * their line and column), `file: path: message` otherwise.
 */
export function describeIssue(file: string, issue: Issue): string {
  // Table issues carry [line, column] or [row, column letter] and say so in their message; JSON issues carry a property path.
  const locatedByLine = /^(line|row) \d+/.test(issue.message);
  return locatedByLine || issue.path.length === 0 ? `${file}: ${issue.message}` : `${file}: ${formatPath(issue.path)}: ${issue.message}`;
}

/** The first line of a library error's message: its summary (the issues follow on the next lines). */
function summaryOf(error: PlanningError): string {
  const newline = error.message.indexOf('\n');
  return newline < 0 ? error.message : error.message.slice(0, newline);
}

/** The most problems of one file that the command line prints. */
const listedProblems = 100;

/**
 * A library error met while reading a file, as an input error (exit 1): `<file>: <summary>`, then one
 * line per problem.
 */
export function inputError(file: string, error: PlanningError): CliError {
  const summary = summaryOf(error);
  // A single problem that the summary already states needs no second line.
  const [only, ...others] = error.issues;
  const details = only !== undefined && others.length === 0 && summary.endsWith(only.message) ? [] : error.issues.slice(0, listedProblems).map((issue) => describeIssue(file, issue));
  const more = error.issues.length - listedProblems;
  if (more > 0) details.push(`${file}: … and ${String(more)} more problem${more === 1 ? '' : 's'} (fix these and run again)`);
  if (error.issues.some((issue) => issue.message.includes('knownIndicators'))) {
    details.push('(the known indicator codes are those of the catalog: the bundled Vietnamese district catalog, or the one passed with --catalog)');
  }
  return new CliError(exitCodes.invalidInput, `${file}: ${summary}`, details);
}
