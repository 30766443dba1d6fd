#!/usr/bin/env node
/*
 * The `planning-indicators` binary: the command line core (runCli) wired to the process: its
 * arguments, the file system and the standard streams.
 */
import { readFileSync } from 'node:fs';
import { runCliAsync } from './index.js';

process.exitCode = await runCliAsync(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  readBytes: (path) => readFileSync(path),
  stdout: (text) => process.stdout.write(text),
  stdoutBytes: (bytes) => process.stdout.write(bytes),
  stderr: (text) => process.stderr.write(text),
});
