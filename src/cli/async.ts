import { PlanningError } from '../numeric/index.js';
import type { Sheet } from '../exchange/index.js';
import { type SheetOutput, readWorkbook, writeWorkbook } from '../xlsx/index.js';
import { CliError, type ExitCode, exitCodes, inputError } from './errors.js';
import { type CliIo, fileFailure } from './io.js';
import { runCli } from './run.js';
import { isWorkbookPath } from './tables.js';

/** The paths of the `.xlsx` files an argument list names: as arguments, or as `--option=FILE`. */
function workbookArguments(argv: readonly string[]): string[] {
  const paths = argv.map((arg) => (arg.startsWith('--') && arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : arg)).filter((arg) => isWorkbookPath(arg));
  return [...new Set(paths)];
}

/** A workbook read ahead, or why it could not be. */
type ReadAhead = { readonly sheets: readonly Sheet[] } | { readonly failure: CliError };

/** The error of a missing optional package: the call cannot be served as made (exit 2), naming what to install. */
function packageMissing(error: PlanningError): CliError {
  return new CliError(exitCodes.usage, error.message);
}

async function readAhead(io: CliIo, path: string): Promise<ReadAhead> {
  if (io.readBytes === undefined) return { failure: new CliError(exitCodes.usage, `${path}: reading an .xlsx workbook needs the bytes of the file (give the io readBytes)`) };
  let bytes: Uint8Array;
  try {
    bytes = io.readBytes(path);
  } catch (error) {
    return { failure: fileFailure(path, error) };
  }
  try {
    return { sheets: await readWorkbook(bytes) };
  } catch (error) {
    if (error instanceof PlanningError) return { failure: error.code === 'not-found' ? packageMissing(error) : inputError(path, error) };
    throw error;
  }
}

/**
 * Runs the `planning-indicators` command line like {@link runCli}, and also reads `.xlsx` workbooks
 * named on the command line and writes `--format xlsx`: reading and writing a workbook are
 * asynchronous (the optional packages `read-excel-file` and `write-excel-file` do it, loaded only
 * then), so every `.xlsx` file among the arguments is read before the command runs, and the workbook
 * it produces is written to `io.stdoutBytes` after. A missing package is a usage error (exit 2) that
 * names the package to install. The `planning-indicators` binary runs this.
 *
 * @param argv - the arguments, such as `['scorecard', '--plan', 'plan.xlsx', '--format', 'xlsx']`
 * @param io - how to read files (`readBytes` for workbooks) and write the output (`stdoutBytes` for a workbook)
 * @returns the exit code
 *
 * @example
 * // Without workbooks it runs as runCli does:
 * let output = '';
 * const code = await runCliAsync(['scorecard', '--format', 'csv'], { readFile: () => '', stdout: (text) => { output += text; }, stderr: () => {} });
 * [code, output.split('\r\n')[0]];
 * //=> [0, 'id,target,planned,actual,attainment,gap,status,data,pace,paceValue']
 */
export async function runCliAsync(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const workbooks = new Map<string, ReadAhead>();
  for (const path of workbookArguments(argv)) workbooks.set(path, await readAhead(io, path));
  let written: readonly SheetOutput[] | undefined;
  const code = runCli(argv, {
    ...io,
    readWorkbook: (path) => {
      const read = workbooks.get(path);
      if (read === undefined) throw new CliError(exitCodes.internalError, `${path} was not read ahead`);
      if ('failure' in read) throw read.failure;
      return read.sheets;
    },
    writeWorkbook: (sheets) => {
      written = sheets;
    },
  });
  if (written === undefined || code !== exitCodes.success) return code;
  try {
    if (io.stdoutBytes === undefined) throw new CliError(exitCodes.usage, '--format xlsx writes bytes: give the io stdoutBytes');
    io.stdoutBytes(await writeWorkbook(written));
    return exitCodes.success;
  } catch (error) {
    const failure = error instanceof CliError ? error : error instanceof PlanningError && error.code === 'not-found' ? packageMissing(error) : undefined;
    if (failure === undefined) throw error;
    io.stderr(`planning-indicators: ${failure.message}\n`);
    return failure.exitCode;
  }
}
