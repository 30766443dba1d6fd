/*
 * The command line: `runCli(argv, io)` runs the `planning-indicators` commands (scorecard, growth,
 * rank, validate, schema) with every file read and every line written through `io`, and returns the
 * exit code. The binary (bin.ts) wires it to the process. Not part of the library's entry point:
 * this domain imports Node's `util.parseArgs`, and the library runs in browsers too.
 */
export { runCli } from './run.js';
export { runCliAsync } from './async.js';
export { type CliIo } from './io.js';
export { type ExitCode, exitCodes } from './errors.js';
