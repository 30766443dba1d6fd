/*
 * Cold import: how long a fresh Node process takes to import the library, against importing only
 * what the library needs from its three dependencies (decimal.js, zod/mini, and the date-fns
 * functions that src/ imports, each by its own path). Every measurement is a new process, so that
 * nothing is cached between them; the processes alternate, so that a busy machine slows both sides
 * alike. The bar: the core within 1.5 times its dependencies. Needs `npm run build` (the
 * library is imported by its name, through the package's exports, from dist/).
 * `npm run bench -- import` runs this one; RUNS=15 takes more samples.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const runs = Number(process.env.RUNS ?? '7');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** The date-fns functions the library imports (`from 'date-fns/addDays'`), from its sources. */
const dateFnsPaths = [
  ...new Set(sourceFiles(join(root, 'src')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/from '(date-fns\/\w+)'/g)].map((match) => match[1] ?? ''))),
].sort();

/** The milliseconds that `import()` of these specifiers takes in a fresh Node process. */
function importTime(specifiers: readonly string[]): number {
  const code = `const start = performance.now(); for (const specifier of ${JSON.stringify(specifiers)}) await import(specifier); console.log(performance.now() - start);`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' }).trim());
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.log('cold import: dist/ is missing; run `npm run build` first');
} else {
  const cases = {
    dependencies: ['decimal.js', 'zod/mini', ...dateFnsPaths],
    'decimal.js': ['decimal.js'],
    'zod/mini': ['zod/mini'],
    [`date-fns (${String(dateFnsPaths.length)} functions)`]: dateFnsPaths,
    'date-fns index (for comparison)': ['date-fns'],
    'planning-indicators/core': ['planning-indicators/core'],
    'planning-indicators (every export)': ['planning-indicators'],
  };
  const times = new Map<string, number[]>(Object.keys(cases).map((name) => [name, []]));
  for (let run = 0; run < runs; run += 1) {
    for (const [name, specifiers] of Object.entries(cases)) times.get(name)?.push(importTime(specifiers));
  }
  console.log(`\n## cold import, median of ${String(runs)} fresh processes each`);
  for (const [name, values] of times) console.log(`${name.padEnd(36)} ${median(values).toFixed(1).padStart(7)} ms`);
  const dependencies = median(times.get('dependencies') ?? []);
  for (const entry of ['planning-indicators/core', 'planning-indicators (every export)']) {
    const ratio = median(times.get(entry) ?? []) / Math.max(dependencies, 1e-6);
    console.log(`ratio ${entry} / dependencies: ${ratio.toFixed(2)}x (bar for the core: 1.5x)`);
  }
}
