/**
 * Runs one benchmark in this process and writes its row (or why it was skipped) to the `--out` file.
 * run.ts starts one such process per benchmark (bundled); run it by hand with
 * `node --expose-gc --import tsx bench/run-one.ts NAME [--scale F] [--rounds N] [--out FILE]`.
 */
import { writeFileSync } from 'node:fs';
import { allBenchmarks } from './benchmarks.js';
import { parseOptions } from './options.js';

const options = parseOptions(process.argv.slice(2));
const name = options.filters[0];
const benchmark = allBenchmarks.find((candidate) => candidate.name === name);
if (benchmark === undefined || options.filters.length !== 1) {
  throw new Error(`run-one takes one benchmark name of ${allBenchmarks.map((candidate) => candidate.name).join(', ')}; got ${options.filters.join(' ')}`);
}
if ((globalThis as { gc?: unknown }).gc === undefined) console.log('note     : run without --expose-gc; the heap is not collected between runs');
const result = await benchmark.run({ scale: options.scale, rounds: options.rounds });
if ('skipped' in result) console.log(`skipped  : ${result.skipped}`);
if (options.out !== undefined) writeFileSync(options.out, JSON.stringify(result));
