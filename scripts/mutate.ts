/*
 * npm run mutate: Stryker in incremental mode, one domain at a time, each domain with its own
 * committed incremental file (stryker-incremental/<domain>.json).
 *
 * Stryker writes its incremental file from the mutants of the current run only, so a run over one
 * domain (or one file) would drop every other result from a shared file. Here each run reads a copy
 * of its domain's file and the results are merged back into it afterwards: a run over
 * 'src/growth/average.ts' updates that file's mutants and keeps the rest of growth's.
 * `npm run mutate -- --mutate 'src/growth/**'` re-tests only the growth mutants and tests that changed
 * since; `npm run mutate` runs every domain in turn; `npm run mutate -- --scores` prints the score of
 * each domain from the committed files without running anything. Other arguments go to Stryker as
 * they are (`--concurrency 1`, `--force` to re-test everything, `--testFiles` with a pattern of every
 * test file to test with the whole suite rather than the domain's own tests; static mutants then
 * survive whatever the tests do, see vitest.mutate.config.ts).
 *
 * Static mutants (module-level values, evaluated once when a module loads) are tested: each one
 * reloads and reruns the domain's own tests, which costs seconds per mutant, not the whole suite.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { mergeReports, namedBy, readReport, score } from './mutate-report.js';

if (process.argv.includes('--scores')) {
  const folder = 'stryker-incremental';
  for (const file of existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.json')).sort() : []) {
    const report = readReport(`${folder}/${file}`);
    if (report === undefined) continue;
    const { detected, valid, survived, noCoverage, ignored } = score(report);
    const percent = valid === 0 ? 'n/a' : `${((detected / valid) * 100).toFixed(1)} %`;
    // A domain's door (index.ts) only re-exports; a file of types only has no mutants and never shows in the results.
    const domain = file.replace(/\.json$/, '');
    const unmeasured = existsSync(`src/${domain}`)
      ? readdirSync(`src/${domain}`, { recursive: true, encoding: 'utf8' })
          .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && report.files[`src/${domain}/${name}`] === undefined)
          .sort()
      : [];
    const changed = Object.entries(report.files)
      .filter(([path, entry]) => existsSync(path) && entry.source !== undefined && entry.source !== readFileSync(path, 'utf8'))
      .map(([path]) => path.slice(`src/${domain}/`.length))
      .sort();
    console.log(
      `${file.replace(/\.json$/, '')}: ${percent} (${String(detected)} of ${String(valid)} detected, ${String(survived)} survived, ${String(noCoverage)} not covered, ${String(ignored)} ignored (static mutants not tested or mutants disabled by a comment); ${String(Object.keys(report.files).length)} files${unmeasured.length === 0 ? '' : `; not in the results (never measured, or nothing to mutate): ${unmeasured.join(', ')}`}${changed.length === 0 ? '' : `; changed since measured: ${changed.join(', ')}`})`,
    );
  }
  process.exit(0);
}

const args = process.argv.slice(2);
const at = args.findIndex((arg) => arg === '--mutate' || arg === '-m' || arg.startsWith('--mutate='));
const asked = at < 0 ? undefined : (args[at]?.startsWith('--mutate=') ? args[at].slice('--mutate='.length) : args[at + 1]);
const rest = at < 0 ? args : args.filter((_, index) => index !== at && (index !== at + 1 || args[at]?.startsWith('--mutate=') === true));
if (at >= 0 && (asked === undefined || asked === '')) {
  console.error("mutate: --mutate needs a pattern, such as --mutate 'src/growth/**'");
  process.exit(2);
}

/** Patterns grouped by the domain folder they name (`src/<domain>/...`). */
const byDomain = new Map<string, string[]>();
const patterns =
  asked?.split(',').map((pattern) => pattern.trim()).filter((pattern) => pattern !== '') ??
  readdirSync('src', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'datasets')
    .map((entry) => `src/${entry.name}/**/*.ts`);
for (const pattern of patterns) {
  const domain = /^!?src\/([\w-]+)\//.exec(pattern)?.[1];
  if (domain === undefined) {
    console.error(`mutate: ${JSON.stringify(pattern)} does not name a domain; give patterns under src/<domain>/, such as 'src/growth/**'`);
    process.exit(2);
  }
  byDomain.set(domain, [...(byDomain.get(domain) ?? []), pattern]);
}

let status = 0;
for (const [domain, domainPatterns] of byDomain) {
  const mutate = [...domainPatterns, ...(domain === 'cli' ? ['!src/cli/bin.ts'] : [])].join(',');
  const committed = `stryker-incremental/${domain}.json`;
  const working = `reports/stryker-incremental-${domain}.json`;
  console.log(`mutate: ${domain} (${mutate}), incremental file ${committed}`);
  mkdirSync('reports', { recursive: true });
  mkdirSync('stryker-incremental', { recursive: true });
  if (existsSync(committed)) copyFileSync(committed, working);
  else rmSync(working, { force: true });
  // A domain's mutants are tested by the domain's own tests (tests/<domain>/) unless told otherwise:
  // a conservative score (the rest of the suite can only kill more) that fits in minutes, where the
  // whole suite behind every mutant took hours on the 2-core machine. The tests are narrowed by
  // vitest.mutate.config.ts (MUTATE_DOMAIN), not by Stryker's --testFiles, under which Stryker 9.6.1
  // activates static mutants too late and reports every one as survived.
  const ownTests = rest.some((arg) => arg === '-t' || arg.startsWith('--testFiles')) ? {} : { MUTATE_DOMAIN: domain };
  const run = spawnSync('npx', ['stryker', 'run', ...rest, '--mutate', mutate, '--incrementalFile', working], {
    stdio: 'inherit',
    env: { ...process.env, ...ownTests },
  });
  status ||= run.status ?? 1;
  const runReport = run.status === 0 ? readReport(working) : undefined;
  if (runReport !== undefined) {
    const earlier = readReport(committed);
    // A pattern with a line range (`src/x/a.ts:750-946`) measures part of a file.
    const partial = new Set(domainPatterns.flatMap((pattern) => /^(src\/[^:!]+\.ts):\d/.exec(pattern)?.[1] ?? []));
    const merged = earlier === undefined ? runReport : mergeReports(earlier, runReport, namedBy(domainPatterns), partial);
    writeFileSync(committed, `${JSON.stringify(merged, null, 2)}\n`);
    const { detected, valid } = score(merged);
    console.log(`mutate: ${domain} now ${valid === 0 ? 'n/a' : ((detected / valid) * 100).toFixed(1)} % over ${String(valid)} mutants (${committed})`);
  }
}
process.exit(status);
