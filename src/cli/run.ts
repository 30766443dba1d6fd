import { PlanningError, quoteText } from '../numeric/index.js';
import packageJson from '../../package.json' with { type: 'json' };
import { type CommandSpec, type ParsedArgs, commandHelp, parseCommandArgs } from './args.js';
import { CliError, type ExitCode, exitCodes, usageError } from './errors.js';
import { growthSpec, runGrowth } from './growth.js';
import type { CliIo } from './io.js';
import { rankSpec, runRank } from './rank.js';
import { reviewSpec, runReview } from './review.js';
import { runSchema, schemaSpec } from './schema.js';
import { runTemplate, templateSpec } from './template.js';
import { runScorecard, scorecardSpec } from './scorecard.js';
import { runValidate, validateSpec } from './validate.js';

interface Command {
  readonly spec: CommandSpec;
  readonly run: (args: ParsedArgs, io: CliIo) => ExitCode;
}

const commands: readonly Command[] = [
  { spec: scorecardSpec, run: runScorecard },
  { spec: reviewSpec, run: runReview },
  { spec: growthSpec, run: runGrowth },
  { spec: rankSpec, run: runRank },
  { spec: validateSpec, run: runValidate },
  { spec: schemaSpec, run: runSchema },
  { spec: templateSpec, run: runTemplate },
];

const overview = `Usage: planning-indicators <command> [options]

Socio-economic plans, targets and indicators: scorecards, growth, rankings. With no files, the
commands run on the bundled Như Xuân 2024 data (the plan's targets are official; the actual values,
clusters and scores are illustrative).

Commands:
${commands.map((command) => `  ${command.spec.name.padEnd(10)}  ${command.spec.summary.split(': ')[0]?.split('. ')[0] ?? ''}`).join('\n')}

Options:
  -h, --help      show this help; "planning-indicators <command> --help" shows a command's options
  -v, --version   show the version

Output: --format text (default), markdown, csv (--for people: rounded figures for Excel), json, html or xlsx; --lang vi (default) or en.
Input: data, plans and catalogs as JSON, CSV/TSV/TXT tables or .xlsx workbooks (--encoding, --delimiter, --decimal).

Exit codes:
  0  success (validate: the file is valid)
  1  invalid input: malformed JSON or CSV, validation problems, unknown codes
  2  usage error: unknown command or option, missing or bad argument
  3  file error: a file is missing or cannot be read
  4  internal failure (please report it)

Examples:
  planning-indicators scorecard
  planning-indicators scorecard --lang en --format html > report.html
  planning-indicators review --format html > review.html
  planning-indicators growth --indicator PRODUCTION_VALUE --from 2021 --to 2024
  planning-indicators rank --format markdown
  planning-indicators validate plan.json --as plan
  planning-indicators schema observations
  planning-indicators template plan --format xlsx > plan.xlsx
`;

function findCommand(name: string): Command {
  const command = commands.find((candidate) => candidate.spec.name === name);
  if (command !== undefined) return command;
  const names = commands.map((candidate) => candidate.spec.name);
  const near = names.find((candidate) => candidate.startsWith(name.slice(0, 3).toLowerCase()));
  throw usageError(`unknown command ${quoteText(name)}${near === undefined ? '' : ` (did you mean ${near}?)`}; the commands are ${names.join(', ')}`);
}

function dispatch(argv: readonly string[], io: CliIo): ExitCode {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(overview);
    return exitCodes.usage;
  }
  if (first === '--help' || first === '-h') {
    io.stdout(overview);
    return exitCodes.success;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`planning-indicators ${packageJson.version}\n`);
    return exitCodes.success;
  }
  if (first === 'help') {
    io.stdout(rest[0] === undefined ? overview : commandHelp(findCommand(rest[0]).spec));
    return exitCodes.success;
  }
  if (first.startsWith('-')) throw usageError(`unknown option ${first}; give a command first, such as planning-indicators scorecard ${first}`);
  const command = findCommand(first);
  const args = parseCommandArgs(command.spec, rest);
  if (args.values.help === true) {
    io.stdout(commandHelp(command.spec));
    return exitCodes.success;
  }
  return command.run(args, io);
}

function report(io: CliIo, message: string, details: readonly string[]): void {
  io.stderr(`planning-indicators: ${message}\n${details.map((detail) => `  ${detail}\n`).join('')}`);
}

/**
 * Runs the `planning-indicators` command line on its arguments (without the `node` and script
 * paths) and returns the exit code. All input and output goes through `io`, so that the command
 * line can run in tests, or be embedded, without a process: the result goes to `io.stdout`, errors
 * and warnings to `io.stderr`. It never throws: every failure is reported on `io.stderr` and
 * becomes an exit code (see {@link exitCodes}): 0 success, 1 invalid input, 2 usage error, 3 file
 * error, 4 internal failure.
 *
 * Commands: `scorecard`, `review`, `growth`, `rank`, `validate <file> --as KIND`, `schema <model>`, `template <kind>`; `--help`
 * and `--version`. See the guide "Command line" (docs/cli.md) for every option.
 *
 * @param argv - the arguments, such as `['scorecard', '--lang', 'en', '--format', 'html']`
 * @param io - how to read files and write the output and error streams
 * @returns the exit code
 *
 * @example
 * // The Như Xuân 2024 scorecard as CSV, on the bundled data:
 * let output = '';
 * const code = runCli(['scorecard', '--format', 'csv'], { readFile: () => '', stdout: (text) => { output += text; }, stderr: () => {} });
 * [code, output.split('\r\n')[0]];
 * //=> [0, 'id,target,planned,actual,attainment,gap,status,data,pace,paceValue']
 *
 * @example
 * // An unknown command is a usage error:
 * let errors = '';
 * runCli(['scorcard'], { readFile: () => '', stdout: () => {}, stderr: (text) => { errors += text; } });
 * //=> 2
 */
export function runCli(argv: readonly string[], io: CliIo): ExitCode {
  try {
    return dispatch(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      report(io, error.message, error.details);
      return error.exitCode;
    }
    if (error instanceof PlanningError) {
      // A library error outside any file: the input given could not be used.
      report(io, error.message, []);
      return exitCodes.invalidInput;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    report(io, `internal error: ${error instanceof Error ? error.message : String(error)}; please report it with the command that caused it`, detail.split('\n').slice(1, 6));
    return exitCodes.internalError;
  }
}
