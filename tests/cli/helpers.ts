/* Runs the command line in memory: files from a record, output collected. */
import { type ExitCode, runCli } from '../../src/cli/index.js';

/** What one run printed and returned. */
export interface CliRun {
  readonly code: ExitCode;
  readonly stdout: string;
  readonly stderr: string;
}

/** A file-system error as Node's fs raises it. */
function fsError(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: cannot open '${path}'`), { code });
}

/**
 * Runs `planning-indicators <argv>` with the given files (path → content; a folder is given as
 * `null`), and returns the exit code and the two output streams.
 */
export function cli(argv: readonly string[], files: Readonly<Record<string, string | null>> = {}): CliRun {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, {
    readFile: (path) => {
      if (!Object.hasOwn(files, path)) throw fsError('ENOENT', path);
      const content = files[path];
      if (content === null || content === undefined) throw fsError('EISDIR', path);
      return content;
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/** The lines of a text, without the empty last one. */
export function lines(text: string): string[] {
  return text.replace(/\r?\n$/, '').split(/\r?\n/);
}
