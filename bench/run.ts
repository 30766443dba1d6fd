/**
 * Runs the benchmarks, each in a child process of its own (so that one benchmark's memory does not
 * count toward the next one's peak), one after another, and prints a summary table.
 *
 *   npm run bench                         every benchmark
 *   npm run bench -- rank-groups          the benchmark of that name (or, when no name is equal,
 *                                         every benchmark whose name contains it: `ranking`, `rank`)
 *   npm run bench -- --json results.json  also writes every row to the file as a JSON list
 *   npm run bench -- --scale 0.1          a tenth of the data sizes, for a quick check
 *   npm run bench -- --rounds 3           three interleaved rounds instead of each benchmark's default
 *
 * The children run bench/run-one.ts bundled by tsup (into node_modules/.cache/) as the package build bundles
 * src/ (zod, decimal.js and date-fns imported from node_modules, as a user of the package imports
 * them), under plain `node --expose-gc`: no TypeScript loader adds its memory to the peak RSS, and
 * the heap can be collected before each timed run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import { allBenchmarks } from './benchmarks.js';
import { type BenchRow, type Skipped, formatTable, writeRows } from './harness.js';
import { parseOptions } from './options.js';

const folder = dirname(fileURLToPath(import.meta.url));
const root = dirname(folder);
const options = parseOptions(process.argv.slice(2));

const exact = allBenchmarks.filter((benchmark) => options.filters.includes(benchmark.name));
const selected =
  options.filters.length === 0
    ? allBenchmarks
    : exact.length > 0
      ? exact
      : allBenchmarks.filter((benchmark) => options.filters.some((filter) => benchmark.name.includes(filter)));
if (selected.length === 0) {
  console.log(`no benchmark matches ${options.filters.join(', ')}; the benchmarks are ${allBenchmarks.map((benchmark) => benchmark.name).join(', ')}`);
  process.exit(1);
}

const bundleFolder = join(root, 'node_modules', '.cache', 'planning-indicators-bench');
await build({
  entry: { 'run-one': join(folder, 'run-one.ts') },
  outDir: bundleFolder,
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  config: false,
  dts: false,
  splitting: false,
  sourcemap: false,
  clean: true,
  silent: true,
});

const scratch = mkdtempSync(join(tmpdir(), 'bench-rows-'));
const rows: BenchRow[] = [];
const skipped: string[] = [];
const failed: string[] = [];
for (const benchmark of selected) {
  console.log(`\n# ${benchmark.name}: ${benchmark.title}`);
  const out = join(scratch, `${benchmark.name}.json`);
  const args = ['--expose-gc', join(bundleFolder, 'run-one.js'), benchmark.name, '--out', out, '--scale', String(options.scale)];
  if (options.rounds !== undefined) args.push('--rounds', String(options.rounds));
  const child = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, BENCH_FOLDER: folder } });
  if (child.status !== 0) {
    failed.push(`${benchmark.name} (exit ${String(child.status ?? child.signal)})`);
    continue;
  }
  const result = JSON.parse(readFileSync(out, 'utf8')) as BenchRow | Skipped;
  if ('skipped' in result) skipped.push(`${benchmark.name}: ${result.skipped}`);
  else rows.push(result);
}
rmSync(scratch, { recursive: true, force: true });

console.log(`\n# Summary (scale ${String(options.scale)}; ratios are medians of per-round ratios)\n`);
console.log(formatTable(rows));
for (const line of skipped) console.log(`skipped: ${line}`);
for (const line of failed) console.log(`FAILED: ${line}`);
if (options.json !== undefined) {
  // npm runs scripts in the package folder; a relative path is meant from where npm was called.
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), options.json);
  writeRows(file, rows);
  console.log(`\nwrote ${String(rows.length)} rows to ${file}`);
}
if (failed.length > 0) process.exitCode = 1;
