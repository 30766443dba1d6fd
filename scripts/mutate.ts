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
 * each domain from the committed files without running anything, and `npm run mutate -- --update-docs`
 * writes them into the README's table and the tables of docs/testing.md; `--merge REF` takes into the
 * committed results every file whose results the branch REF changed since it parted from HEAD;
 * `--relocate-equivalents [REF]` moves the listed equivalent survivors of files measured again to
 * where their mutants now stand (from the sources measured at REF, HEAD by default).
 * Other arguments go to Stryker as they are (`--concurrency 1`, `--force` to re-test everything, `--testFiles` with a pattern of every
 * test file to test with the whole suite rather than the domain's own tests; static mutants then
 * survive whatever the tests do, see vitest.mutate.config.ts).
 *
 * Static mutants (module-level values, evaluated once when a module loads) are tested: each one
 * reloads and reruns the domain's own tests, which costs seconds per mutant, not the whole suite.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import {
  EQUIVALENTS_FOLDER,
  MUTATION_FILES_BLOCK,
  MUTATION_GUIDE,
  MUTATION_TABLE_BLOCK,
  type Report,
  applyEquivalents,
  domainTable,
  fileTables,
  mergeReports,
  namedBy,
  percentOf,
  readEquivalents,
  readReport,
  readSummaries,
  relocateEquivalents,
  replaceBlock,
  score,
  takeChangedFiles,
  withUnmutatedFiles,
} from './mutate-report.js';

if (process.argv.includes('--scores')) {
  for (const { domain, total, unmeasured, changed, problems } of readSummaries('.')) {
    for (const problem of problems) console.warn(`mutate: ${EQUIVALENTS_FOLDER}/${domain}.json: ${problem}`);
    console.log(
      `${domain}: ${percentOf(total)} (${String(total.detected)} of ${String(total.valid)} detected, ${String(total.survived)} survived, ${String(total.noCoverage)} not covered, ${String(total.disabled)} disabled and ${String(total.listed)} listed as equivalent, ${String(total.staticUntested)} static mutants not tested${unmeasured.length === 0 ? '' : `; not in the results (never measured, or nothing to mutate): ${unmeasured.join(', ')}`}${changed.length === 0 ? '' : `; changed since measured: ${changed.join(', ')}`})`,
    );
  }
  process.exit(0);
}

// The README's table of domains and the guide's tables of files are written from the committed
// results, never by hand; tests/scripts/mutation-docs.test.ts fails when they differ.
if (process.argv.includes('--update-docs')) {
  const summaries = readSummaries('.');
  const problems = summaries.flatMap(({ domain, problems: found }) => found.map((problem) => `${EQUIVALENTS_FOLDER}/${domain}.json: ${problem}`));
  if (problems.length > 0) {
    console.error(`mutate: the lists of equivalent survivors need review; nothing written:\n${problems.join('\n')}`);
    process.exit(1);
  }
  writeFileSync('README.md', replaceBlock(readFileSync('README.md', 'utf8'), MUTATION_TABLE_BLOCK, domainTable(summaries)));
  writeFileSync(MUTATION_GUIDE, replaceBlock(readFileSync(MUTATION_GUIDE, 'utf8'), MUTATION_FILES_BLOCK, fileTables(summaries)));
  console.log(`mutate: wrote the mutation tables of README.md and ${MUTATION_GUIDE} from stryker-incremental/`);
  process.exit(0);
}

// A changed file, measured again, moves its mutants: each listed equivalent is moved to where its
// mutant now stands (lines matched between the source measured at REF, HEAD by default, and the new
// results), and what cannot be moved is printed for review (`npm run mutate -- --relocate-equivalents`).
const relocateAt = process.argv.indexOf('--relocate-equivalents');
if (relocateAt >= 0) {
  const given = process.argv[relocateAt + 1];
  const ref = given === undefined || given.startsWith('-') ? 'HEAD' : given;
  let unresolved = 0;
  for (const name of readdirSync(EQUIVALENTS_FOLDER).filter((file) => file.endsWith('.json'))) {
    const domain = name.replace(/\.json$/, '');
    const path = `stryker-incremental/${domain}.json`;
    const shown = spawnSync('git', ['show', `${ref}:${path}`], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const after = readReport(path);
    if (shown.status !== 0 || after === undefined) {
      console.error(`mutate: ${path} is not in ${ref} or not here; nothing to move the entries of ${domain} from`);
      process.exit(2);
    }
    const listPath = `${EQUIVALENTS_FOLDER}/${name}`;
    const { entries, notes } = relocateEquivalents(readEquivalents('.', domain), JSON.parse(shown.stdout) as Report, after);
    const list = JSON.parse(readFileSync(listPath, 'utf8')) as Record<string, unknown>;
    writeFileSync(listPath, `${JSON.stringify({ ...list, mutants: entries }, null, 2)}\n`);
    for (const note of notes) console.warn(`mutate: ${listPath}: ${note}`);
    unresolved += notes.length;
  }
  console.log(`mutate: listed equivalents moved to the re-measured sources; ${String(unresolved)} to review`);
  process.exit(0);
}

// Two branches that measured files of one domain each rewrote its committed results: a git merge
// cannot join the JSON, so the merge keeps ours and this takes from REF every file whose results REF
// changed since the branches parted (`npm run mutate -- --merge REF`, during or after `git merge REF`).
const mergeAt = process.argv.indexOf('--merge');
if (mergeAt >= 0) {
  const ref = process.argv[mergeAt + 1];
  if (ref === undefined || ref.startsWith('-')) {
    console.error('mutate: --merge needs the branch or commit whose results to take, such as --merge helper-branch');
    process.exit(2);
  }
  const git = (...gitArgs: string[]): string | undefined => {
    const result = spawnSync('git', gitArgs, { encoding: 'utf8', maxBuffer: 1 << 30 });
    return result.status === 0 ? result.stdout : undefined;
  };
  const base = git('merge-base', 'HEAD', ref)?.trim();
  if (base === undefined) {
    console.error(`mutate: ${ref} has no common commit with HEAD (git merge-base HEAD ${ref} failed)`);
    process.exit(2);
  }
  const theirFiles = (git('ls-tree', '--name-only', `${ref}:stryker-incremental`) ?? '').split('\n').filter((name) => name.endsWith('.json'));
  for (const name of theirFiles) {
    const path = `stryker-incremental/${name}`;
    const theirs = JSON.parse(git('show', `${ref}:${path}`) ?? '{"files":{}}') as Report;
    const baseText = git('show', `${base}:${path}`);
    const before = baseText === undefined ? undefined : (JSON.parse(baseText) as Report);
    const result = takeChangedFiles(readReport(path), theirs, before);
    if (result === undefined) continue;
    writeFileSync(path, `${JSON.stringify(result.merged, null, 2)}\n`);
    console.log(`mutate: ${path}: took ${result.taken.join(', ')} from ${ref}`);
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
    const named = namedBy([...domainPatterns, ...(domain === 'cli' ? ['!src/cli/bin.ts'] : [])]);
    const merged = withUnmutatedFiles(
      earlier === undefined ? runReport : mergeReports(earlier, runReport, named, partial),
      new Map(
        readdirSync(`src/${domain}`, { recursive: true, encoding: 'utf8' })
          .map((file) => `src/${domain}/${file.split('\\').join('/')}`)
          .filter((path) => path.endsWith('.ts') && !path.endsWith('/index.ts') && named(path) && !partial.has(path))
          .map((path) => [path, readFileSync(path, 'utf8')] as const),
      ),
    );
    writeFileSync(committed, `${JSON.stringify(merged, null, 2)}\n`);
    const { report: counted, problems } = applyEquivalents(merged, readEquivalents('.', domain));
    for (const problem of problems) console.warn(`mutate: ${EQUIVALENTS_FOLDER}/${domain}.json: ${problem}`);
    const { detected, valid, listed } = score(counted);
    console.log(`mutate: ${domain} now ${valid === 0 ? 'n/a' : percentOf({ detected, valid })} over ${String(valid)} mutants, ${String(listed)} survivors listed as equivalent left out (${committed})`);
  }
}
process.exit(status);
