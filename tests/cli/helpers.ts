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

/** The files of a run: path → text (UTF-8) or bytes; a folder is given as `null`. */
export type CliFiles = Readonly<Record<string, string | Uint8Array | null>>;

/** The content of a file, or the file-system error Node would raise. */
function contentOf(files: CliFiles, path: string): string | Uint8Array {
  if (!Object.hasOwn(files, path)) throw fsError('ENOENT', path);
  const content = files[path];
  if (content === null || content === undefined) throw fsError('EISDIR', path);
  return content;
}

/** Reading files from a record, as text (UTF-8, as Node decodes it) and as bytes. */
export function fileReaders(files: CliFiles): { readonly readFile: (path: string) => string; readonly readBytes: (path: string) => Uint8Array } {
  return {
    readFile: (path) => {
      const content = contentOf(files, path);
      return typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
    },
    readBytes: (path) => {
      const content = contentOf(files, path);
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
  };
}

/**
 * Runs `planning-indicators <argv>` with the given files (path → content; a folder is given as
 * `null`), and returns the exit code and the two output streams.
 */
export function cli(argv: readonly string[], files: CliFiles = {}): CliRun {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, {
    ...fileReaders(files),
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
