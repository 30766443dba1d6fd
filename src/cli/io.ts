import { ownValue } from '../numeric/index.js';
import { type Sheet, maxCsvTextLength } from '../exchange/index.js';
import type { SheetOutput } from '../xlsx/index.js';
import { CliError, exitCodes } from './errors.js';
import { findJsonSyntaxError } from './json.js';

/**
 * What the command line needs from its surroundings: reading a file and writing the two output
 * streams. The `planning-indicators` binary passes Node's file system and process streams; tests pass
 * files held in memory and collect the output.
 *
 * @example
 * // An in-memory io with one file, collecting what is printed:
 * const printed: string[] = [];
 * const io: CliIo = {
 *   readFile: (path) => { if (path === 'plan.json') return '{}'; throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' }); },
 *   stdout: (text) => printed.push(text),
 *   stderr: (text) => printed.push(text),
 * };
 * io.readFile('plan.json');
 * //=> '{}'
 */
export interface CliIo {
  /**
   * Reads a file as UTF-8 text. Throws when it cannot: an error with a Node.js `code` (`ENOENT`,
   * `EACCES`, `EISDIR`) says why.
   */
  readonly readFile: (path: string) => string;
  /**
   * Reads a file's bytes, so that text tables are decoded by their byte order mark or the named
   * `--encoding` (and bytes not valid in it are refused); without it, files are read with `readFile`.
   */
  readonly readBytes?: ((path: string) => Uint8Array) | undefined;
  /** The sheets of an `.xlsx` file given on the command line, read before the command ran (`runCliAsync` gives it). */
  readonly readWorkbook?: ((path: string) => readonly Sheet[]) | undefined;
  /** Takes a workbook to write to the standard output (`--format xlsx`); `runCliAsync` gives it and writes the bytes. */
  readonly writeWorkbook?: ((sheets: readonly SheetOutput[]) => void) | undefined;
  /** Writes text to the standard output (the command's result). */
  readonly stdout: (text: string) => void;
  /** Writes bytes to the standard output (a workbook, `--format xlsx`); `runCliAsync` needs it for that format. */
  readonly stdoutBytes?: ((bytes: Uint8Array) => void) | undefined;
  /** Writes text to the standard error (errors and warnings). */
  readonly stderr: (text: string) => void;
}

const fileProblems: Readonly<Record<string, string>> = {
  ENOENT: 'no such file; check the path (it is read relative to the current folder)',
  EACCES: 'permission denied; make the file readable',
  EPERM: 'permission denied; make the file readable',
  EISDIR: 'it is a folder, not a file; give the path of a file in it',
  ENOTDIR: 'a part of the path is not a folder; check the path',
  EMFILE: 'too many open files; try again',
};

/** A failure to read a file as a file error (exit 3) that says which file and why. */
export function fileFailure(path: string, error: unknown): CliError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
  const why = code === undefined ? (error instanceof Error ? error.message : String(error)) : (ownValue(fileProblems, code) ?? `${code}${error instanceof Error ? `: ${error.message}` : ''}`);
  return new CliError(exitCodes.fileError, `cannot read ${path}: ${why}`);
}

/** Reads a file, turning any failure into a file error (exit 3) that says which file and why. */
export function readText(io: CliIo, path: string): string {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    throw fileFailure(path, error);
  }
  if (text.length > maxCsvTextLength) {
    throw new CliError(
      exitCodes.invalidInput,
      `${path}: the file is too large: ${String(text.length)} characters; the largest input file read is ${String(maxCsvTextLength)} characters (64 Mi); split it`,
    );
  }
  return text;
}

/** Parses a JSON text; malformed JSON is an input error (exit 1) located by line and column. */
export function parseJsonText(path: string, text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const found = findJsonSyntaxError(text);
    const where = found === undefined ? '' : `line ${String(found.line)}, column ${String(found.column)}: `;
    const what = found?.message ?? error.message;
    throw new CliError(exitCodes.invalidInput, `${path}: malformed JSON: ${where}${what}`);
  }
}

/** Reads and parses a JSON file. */
export function readJson(io: CliIo, path: string): unknown {
  return parseJsonText(path, readText(io, path));
}

/** Whether a file is read as CSV: by its extension, `.csv` (any case). */
export function isCsvPath(path: string): boolean {
  return /\.csv$/i.test(path);
}
