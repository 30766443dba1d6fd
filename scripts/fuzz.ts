/*
 * npm run fuzz: the generated-input suite of tests/robustness/generated.test.ts in its long form,
 * FUZZ_RUNS cases (100,000 unless set) per entry point, each entry point in a vitest process of its
 * own with a bounded heap.
 *
 * One process for the whole file grew past 4 GB: no case keeps anything, but V8 lets the heap of a
 * process that allocates fast grow far beyond what it holds before it collects, and one process for
 * 35 properties of 100,000 cases gave it the room. Each test here gets a fresh process whose old
 * space is capped (FUZZ_HEAP_MB, 1024 unless set): V8 then collects sooner, and a real leak would end
 * the run with "heap out of memory" instead of eating the machine. Every 1,000th case appends the
 * process's resident and heap sizes to a log (FUZZ_MEMORY_LOG, set here), and the table printed at the
 * end gives, per entry point, the first, the last and the largest of them: flat memory shows as close
 * figures.
 *
 * `npm run fuzz -- parsePlan toDecimal` runs the tests whose names contain one of the words;
 * FUZZ_RUNS=5000 npm run fuzz runs fewer cases.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const file = 'tests/robustness/generated.test.ts';
const runs = process.env.FUZZ_RUNS ?? '100000';
const heapMb = process.env.FUZZ_HEAP_MB ?? '1024';
const words = process.argv.slice(2);

function vitest(args: readonly string[], env: NodeJS.ProcessEnv = process.env): ReturnType<typeof spawnSync> {
  return spawnSync('npx', ['vitest', ...args], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
}

const listed = vitest(['list', file, '--json']);
if (listed.status !== 0) {
  process.stderr.write(String(listed.stderr));
  process.exit(1);
}
const names = (JSON.parse(String(listed.stdout)) as { readonly name: string }[])
  .map((test) => test.name)
  .filter((name) => words.length === 0 || words.some((word) => name.includes(word)));

/** A vitest name pattern that matches exactly one full test name (vitest joins the names with spaces). */
function exactly(name: string): string {
  return `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').split(' > ').join(' ')}$`;
}

const directory = mkdtempSync(join(tmpdir(), 'fuzz-'));
const rows: string[] = [];
let failed = 0;
for (const name of names) {
  const log = join(directory, 'memory.tsv');
  writeFileSync(log, '');
  const started = Date.now();
  const result = vitest(['run', file, '-t', exactly(name), '--reporter=dot'], {
    ...process.env,
    FUZZ_RUNS: runs,
    FUZZ_MEMORY_LOG: log,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapMb}`.trim(),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const samples = readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t').map(Number) as [number, number, number]);
  const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);
  const [first] = samples;
  const largest = samples.reduce((max, sample) => (sample[1] > max[1] ? sample : max), first ?? [0, 0, 0]);
  const last = samples.at(-1);
  const memory =
    first === undefined || last === undefined
      ? 'no samples'
      : `rss ${mb(first[1])} → ${mb(last[1])} MB (max ${mb(largest[1])}), heap ${mb(first[2])} → ${mb(last[2])} MB (max ${mb(Math.max(...samples.map((sample) => sample[2])))}) over ${String(samples.length)} samples`;
  // A pattern that matched nothing would pass with every test skipped: one test must have run.
  const ran = /Tests\s+1 passed/.test(stripVTControlCharacters(String(result.stdout)));
  const status = result.status === 0 && ran ? 'ok' : 'FAILED';
  if (status !== 'ok') {
    failed += 1;
    process.stderr.write(`${String(result.stdout)}\n${String(result.stderr)}\n`);
  }
  const row = `${status}\t${seconds} s\t${memory}\t${name}`;
  rows.push(row);
  process.stdout.write(`${row}\n`);
}
rmSync(directory, { recursive: true, force: true });
process.stdout.write(`\n${String(names.length - failed)} of ${String(names.length)} entry points kept the contract over ${runs} cases each\n`);
process.exit(failed === 0 ? 0 : 1);
