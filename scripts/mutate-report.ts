/*
 * The reports of `npm run mutate` (scripts/mutate.ts): reading Stryker's incremental files, merging a
 * run into a domain's committed results, and scoring them. Kept apart from the script so that the
 * merge, which decides what the README's mutation table counts, is tested (tests/scripts/).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface TestEntry {
  readonly id: string;
  readonly name: string;
  readonly location?: { readonly start?: { readonly line: number; readonly column: number } };
}
export interface MutantEntry {
  readonly status: string;
  /** Why Stryker gave the status; for an ignored mutant, the reason of a disable comment or the static-mutant note. */
  readonly statusReason?: string;
  readonly mutatorName?: string;
  readonly replacement?: string;
  readonly location?: { readonly start: { readonly line: number; readonly column: number }; readonly end: { readonly line: number; readonly column: number } };
  readonly coveredBy?: readonly string[];
  readonly killedBy?: readonly string[];
}
export interface Report {
  readonly files: Record<string, { readonly mutants: readonly MutantEntry[]; readonly source?: string }>;
  readonly testFiles?: Record<string, { readonly tests: readonly TestEntry[] }>;
}

export const readReport = (file: string): Report | undefined => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Report) : undefined);

/** A test's identity across runs, as Stryker's incremental differ keys it: file, position and name. */
const testKey = (file: string, test: TestEntry): string =>
  `${file}@${String(test.location?.start?.line ?? 0)}:${String(test.location?.start?.column ?? 0)}\n${test.name}`;

/** A mutant's identity within one version of a file: its mutator, replacement and position. */
const mutantKey = (mutant: MutantEntry): string => {
  const { start, end } = mutant.location ?? { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
  return `${mutant.mutatorName ?? ''}\n${mutant.replacement ?? ''}\n${String(start.line)}:${String(start.column)}-${String(end.line)}:${String(end.column)}`;
};

/**
 * The results of `run` over the earlier results of `earlier`. Test ids are numbers local to each
 * report, so every test gets a new id from its identity and every mutant's coveredBy and killedBy are
 * rewritten to it. A file that the run mutated as a whole replaces the earlier results of that file.
 * A file that the run mutated only in part (a line range, `src/x/a.ts:750-946`) keeps its earlier
 * results outside the run's mutants when the file has not changed since; when it has, those earlier
 * results belong to an older version of the file and are dropped, with a warning, rather than counted
 * at positions that no longer hold them (`partial` names such files). A file that the run did not
 * name (`named` is false) keeps its earlier results whatever the run reported about it.
 */
export function mergeReports(earlier: Report, run: Report, named: (file: string) => boolean, partial: ReadonlySet<string>): Report {
  const ids = new Map<string, string>();
  const idFor = (key: string): string => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = String(ids.size)));
    return id;
  };
  const remap = (report: Report): { files: Report['files']; testFiles: NonNullable<Report['testFiles']> } => {
    const local = new Map<string, string>();
    const testFiles: NonNullable<Report['testFiles']> = {};
    for (const [file, entry] of Object.entries(report.testFiles ?? {})) {
      testFiles[file] = {
        ...entry,
        tests: entry.tests.map((test) => {
          const id = idFor(testKey(file, test));
          local.set(test.id, id);
          return { ...test, id };
        }),
      };
    }
    const rewrite = (list: readonly string[] | undefined): string[] | undefined => list?.flatMap((id) => local.get(id) ?? []);
    const files: Report['files'] = {};
    for (const [file, entry] of Object.entries(report.files)) {
      files[file] = {
        ...entry,
        mutants: entry.mutants.map((mutant) => {
          const coveredBy = rewrite(mutant.coveredBy);
          const killedBy = rewrite(mutant.killedBy);
          return { ...mutant, ...(coveredBy === undefined ? {} : { coveredBy }), ...(killedBy === undefined ? {} : { killedBy }) };
        }),
      };
    }
    return { files, testFiles };
  };
  const now = remap({ ...run, files: Object.fromEntries(Object.entries(run.files).filter(([file]) => named(file))) });
  const before = remap(earlier);
  for (const file of Object.keys(run.files).filter((file) => !named(file))) {
    console.warn(`mutate: Stryker reported ${file}, which this run did not name; its earlier results are kept`);
  }
  const files: Report['files'] = { ...before.files, ...now.files };
  for (const [file, entry] of Object.entries(now.files)) {
    const older = before.files[file];
    if (older === undefined || !partial.has(file)) continue;
    if (older.source !== entry.source) {
      console.warn(
        `mutate: ${file} changed since its earlier results; the ${String(older.mutants.length)} earlier mutants outside this run's lines are dropped (measure the whole file to count them again)`,
      );
      continue;
    }
    const measured = new Set(entry.mutants.map(mutantKey));
    files[file] = { ...entry, mutants: [...older.mutants.filter((mutant) => !measured.has(mutantKey(mutant))), ...entry.mutants] };
  }
  return { ...run, files, testFiles: { ...before.testFiles, ...now.testFiles } };
}

/**
 * The report with an empty entry for each file that a run named in full and in which Stryker found
 * nothing to mutate (a file of types, a frozen list of literal types): Stryker leaves such a file out
 * of its report, and without the entry the file would stay "never measured". `named` maps each such
 * candidate's path to its current text; a file that already has results is left as it is.
 */
/**
 * The files of `theirs` whose results differ from `before` (the same domain's results where a branch
 * parted from ours): compared by each file's source and each mutant's place, mutator, replacement and
 * status, never by test ids, which every run renumbers. A file `before` lacks counts as changed.
 */
export function changedFiles(theirs: Report, before: Report | undefined): Set<string> {
  const resultsOf = (entry: Report['files'][string] | undefined): string =>
    entry === undefined
      ? ''
      : JSON.stringify([
          entry.source,
          entry.mutants.map((mutant) => JSON.stringify([mutant.location, mutant.mutatorName, mutant.replacement, mutant.status])).sort(),
        ]);
  return new Set(
    Object.entries(theirs.files)
      .filter(([file, entry]) => resultsOf(entry) !== resultsOf(before?.files[file]))
      .map(([file]) => file),
  );
}

/**
 * Our results with every file that a branch changed since it parted taken from the branch's
 * (`npm run mutate -- --merge REF`); `undefined` when the branch changed none. Files that only we
 * re-measured keep our results.
 */
export function takeChangedFiles(ours: Report | undefined, theirs: Report, before: Report | undefined): { merged: Report; taken: string[] } | undefined {
  const changed = changedFiles(theirs, before);
  if (changed.size === 0) return undefined;
  const taken: Report = { ...theirs, files: Object.fromEntries(Object.entries(theirs.files).filter(([file]) => changed.has(file))) };
  return { merged: ours === undefined ? theirs : mergeReports(ours, taken, () => true, new Set()), taken: [...changed].sort() };
}

export function withUnmutatedFiles(report: Report, named: ReadonlyMap<string, string>): Report {
  const added = [...named].filter(([path]) => report.files[path] === undefined);
  if (added.length === 0) return report;
  return { ...report, files: { ...report.files, ...Object.fromEntries(added.map(([path, source]) => [path, { mutants: [], source }])) } };
}

/** Whether a file is named by the patterns of a run: matched by one without `!` and by none with it. */
export function namedBy(patterns: readonly string[]): (file: string) => boolean {
  const escape = (text: string): string => text.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  // `**/` (or a final `**`) spans folders; a line range after the path (`:750-946`) is not part of it.
  const toRegExp = (glob: string): RegExp => new RegExp(`^${glob.replace(/:\d.*$/, '').split(/\*\*\/?/).map(escape).join('.*')}$`);
  const included = patterns.filter((pattern) => !pattern.startsWith('!')).map(toRegExp);
  const excluded = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => toRegExp(pattern.slice(1)));
  return (file) => included.some((pattern) => pattern.test(file)) && !excluded.some((pattern) => pattern.test(file));
}

/**
 * A survivor reviewed as equivalent: no test can detect it because the mutated program behaves as the
 * original does (a guard that only chooses between two paths giving the same result, a bound that is
 * never reached). A `// Stryker disable next-line Mutator: reason` comment disables every mutant of a
 * mutator on a line, the killed ones with the equivalent; where they share a line, the equivalent one
 * is listed here instead, by the code it mutates and why, in stryker-incremental/equivalents/<domain>.json.
 */
export interface EquivalentEntry {
  /** The source file, as Stryker names it: `src/growth/roots.ts`. */
  readonly file: string;
  /** Where the mutated code starts, `line:column`, both from 1 as in Stryker's report. */
  readonly at: string;
  readonly mutator: string;
  /** The code the mutant replaces, as it stands in the measured source. */
  readonly original: string;
  readonly replacement: string;
  /** Why the mutated program behaves as the original does. */
  readonly reason: string;
}

/** The status {@link applyEquivalents} gives a listed survivor: counted apart, outside the score's mutants. */
export const LISTED_EQUIVALENT = 'ListedEquivalent';

/** The code a mutant replaces, read from the source that was measured. */
const originalOf = (source: string, location: NonNullable<MutantEntry['location']>): string => {
  const lines = source.split('\n');
  const { start, end } = location;
  if (start.line === end.line) return (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1);
  return [
    (lines[start.line - 1] ?? '').slice(start.column - 1),
    ...lines.slice(start.line, end.line - 1),
    (lines[end.line - 1] ?? '').slice(0, end.column - 1),
  ].join('\n');
};

/**
 * The report with each listed survivor marked {@link LISTED_EQUIVALENT}, and what is wrong with the
 * list. A listing must still describe a survivor of the measured source: an entry whose mutant is
 * missing, stands at code other than `original`, was detected by a test (then it was not equivalent),
 * is not a survivor (not covered by any test: that is a gap, not an equivalence) or is listed twice
 * is a problem, so that a change to the code or the tests sends the list back to review.
 */
export function applyEquivalents(report: Report, entries: readonly EquivalentEntry[]): { readonly report: Report; readonly problems: readonly string[] } {
  const problems: string[] = [];
  const marked = new Map<string, Set<number>>();
  for (const entry of entries) {
    const name = `${entry.file} ${entry.at} ${entry.mutator} \`${entry.original}\` -> \`${entry.replacement}\``;
    if (entry.reason.trim().length === 0) problems.push(`${name}: no reason given`);
    const file = report.files[entry.file];
    if (file === undefined) {
      problems.push(`${name}: the file has no measured results`);
      continue;
    }
    // Mutants of one mutator can start at one place with one replacement (`a || b` and `a`, each made
    // false): the code each replaces tells them apart.
    const candidates = file.mutants.flatMap((mutant, index) => {
      const location = mutant.location;
      if (location === undefined || `${String(location.start.line)}:${String(location.start.column)}` !== entry.at) return [];
      if (mutant.mutatorName !== entry.mutator || mutant.replacement !== entry.replacement) return [];
      return [{ index, mutant, original: file.source === undefined ? entry.original : originalOf(file.source, location) }];
    });
    const found = candidates.find(({ original }) => original === entry.original);
    if (found === undefined) {
      problems.push(
        candidates.length === 0
          ? `${name}: no such mutant in the measured results (the file changed or was measured again: review the entry)`
          : `${name}: the measured code there is ${candidates.map(({ original }) => `\`${original}\``).join(' or ')} (review the entry)`,
      );
      continue;
    }
    const { index, mutant } = found;
    if (mutant.status === 'Killed' || mutant.status === 'Timeout') {
      problems.push(`${name}: ${mutant.status.toLowerCase()} by the tests, so not equivalent (remove the entry)`);
      continue;
    }
    if (mutant.status !== 'Survived') {
      problems.push(`${name}: ${mutant.status}, not a survivor (only a survivor can be listed as equivalent)`);
      continue;
    }
    const seen = marked.get(entry.file) ?? new Set<number>();
    if (seen.has(index)) problems.push(`${name}: listed twice`);
    seen.add(index);
    marked.set(entry.file, seen);
  }
  if (marked.size === 0) return { report, problems };
  const files = Object.fromEntries(
    Object.entries(report.files).map(([path, file]) => {
      const indexes = marked.get(path);
      if (indexes === undefined) return [path, file];
      return [path, { ...file, mutants: file.mutants.map((mutant, index) => (indexes.has(index) ? { ...mutant, status: LISTED_EQUIVALENT } : mutant)) }];
    }),
  );
  return { report: { ...report, files }, problems };
}

/**
 * For each line of `before`, the number of the same line in `after` (both from 1), or undefined where
 * the line was changed or removed: the lines of a longest common subsequence of the two texts.
 */
export function lineMap(before: string, after: string): (number | undefined)[] {
  const old = before.split('\n');
  const now = after.split('\n');
  // The lengths of the longest common subsequences of every pair of suffixes, one row per old line.
  const width = now.length + 1;
  const lengths = new Uint32Array((old.length + 1) * width);
  for (let i = old.length - 1; i >= 0; i -= 1) {
    for (let j = now.length - 1; j >= 0; j -= 1) {
      lengths[i * width + j] = old[i] === now[j] ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const map: (number | undefined)[] = old.map(() => undefined);
  let i = 0;
  let j = 0;
  while (i < old.length && j < now.length) {
    if (old[i] === now[j]) {
      map[i] = j + 1;
      i += 1;
      j += 1;
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) i += 1;
    else j += 1;
  }
  return map;
}

/**
 * The listed equivalents moved to where their mutants stand in `after`, a re-run of files that changed
 * since `before` was measured, and a note for each entry that could not be moved. An entry moves with
 * its line when that line is unchanged (the same mutator, replacement and code at the mapped line and
 * the same column); an entry on a changed line moves to the one mutant of the file with its mutator,
 * replacement and code, if there is exactly one not taken by another entry. Nothing else moves: an
 * entry left where it was is then refused by {@link applyEquivalents} until reviewed, and a moved one is
 * still checked there (a moved mutant that the tests now kill is not equivalent).
 */
export function relocateEquivalents(entries: readonly EquivalentEntry[], before: Report, after: Report): { readonly entries: readonly EquivalentEntry[]; readonly notes: readonly string[] } {
  const notes: string[] = [];
  const maps = new Map<string, (number | undefined)[]>();
  const taken = new Set<string>();
  const placeOf = (file: string, line: number, column: number): string => `${file} ${String(line)}:${String(column)}`;
  const matching = (entry: EquivalentEntry, file: NonNullable<Report['files'][string]>): { line: number; column: number }[] =>
    file.mutants.flatMap((mutant) => {
      const location = mutant.location;
      if (location === undefined || mutant.mutatorName !== entry.mutator || mutant.replacement !== entry.replacement) return [];
      if (file.source !== undefined && originalOf(file.source, location) !== entry.original) return [];
      return [location.start];
    });
  // Mutants of one mutator and replacement can start at one place (`a` and `a && b`): the code tells them apart.
  const keyOf = (entry: EquivalentEntry, line: number, column: number): string => `${placeOf(entry.file, line, column)} ${entry.mutator} ${entry.replacement} ${entry.original}`;
  // Entries on unchanged lines move first, so that an entry matched by its code alone cannot take
  // the mutant of an entry whose line still stands.
  const results: EquivalentEntry[] = [...entries];
  for (const byLine of [true, false]) {
    entries.forEach((entry, index) => {
      const old = before.files[entry.file];
      const now = after.files[entry.file];
      if (old?.source === undefined || now?.source === undefined || old.source === now.source) return;
      let map = maps.get(entry.file);
      if (map === undefined) maps.set(entry.file, (map = lineMap(old.source, now.source)));
      const [lineText, columnText] = entry.at.split(':');
      const column = Number(columnText);
      const mapped = map[Number(lineText) - 1];
      if ((mapped !== undefined) !== byLine) return;
      const candidates = matching(entry, now).filter((start) => !taken.has(keyOf(entry, start.line, start.column)));
      const moved = mapped === undefined ? (candidates.length === 1 ? candidates[0] : undefined) : candidates.find((start) => start.line === mapped && start.column === column);
      if (moved === undefined) {
        const name = `${entry.file} ${entry.at} ${entry.mutator} \`${entry.original}\` -> \`${entry.replacement}\``;
        notes.push(`${name}: ${mapped === undefined ? `its line changed and ${String(candidates.length)} mutants not taken by another entry have its mutator, replacement and code` : `no such mutant at line ${String(mapped)}, where its line now stands`}; review it`);
        return;
      }
      taken.add(keyOf(entry, moved.line, moved.column));
      results[index] = { ...entry, at: `${String(moved.line)}:${String(moved.column)}` };
    });
  }
  return { entries: results, notes };
}

/** Counts of a set of mutants by what became of them. */
export interface Score {
  /** Killed or timed out. */
  readonly detected: number;
  /** Killed, timed out, survived or not covered: the mutants the score is over. */
  readonly valid: number;
  readonly survived: number;
  readonly noCoverage: number;
  /** Not tested: disabled by a `// Stryker disable` comment, or static and run with --ignoreStatic. */
  readonly ignored: number;
  /** The ignored mutants that a `// Stryker disable` comment marks as equivalent. */
  readonly disabled: number;
  /** The ignored mutants that are static and were left out by --ignoreStatic: they count as not measured. */
  readonly staticUntested: number;
  /** Survivors listed as equivalent, each with its reason, in stryker-incremental/equivalents/ (see {@link applyEquivalents}). */
  readonly listed: number;
}

/** Stryker's reason for a static mutant left out by --ignoreStatic (a disabled mutant carries its comment instead). */
const isStaticUntested = (mutant: MutantEntry): boolean => mutant.statusReason?.startsWith('Static mutant') === true;

const scoreOf = (mutants: readonly MutantEntry[]): Score => {
  const count = (test: (mutant: MutantEntry) => boolean): number => mutants.filter(test).length;
  const is = (...statuses: string[]) => (mutant: MutantEntry): boolean => statuses.includes(mutant.status);
  return {
    detected: count(is('Killed', 'Timeout')),
    valid: count(is('Killed', 'Timeout', 'Survived', 'NoCoverage')),
    survived: count(is('Survived')),
    noCoverage: count(is('NoCoverage')),
    ignored: count(is('Ignored')),
    disabled: count((mutant) => mutant.status === 'Ignored' && !isStaticUntested(mutant)),
    staticUntested: count((mutant) => mutant.status === 'Ignored' && isStaticUntested(mutant)),
    listed: count(is(LISTED_EQUIVALENT)),
  };
};

/** The mutation score of a report: killed and timed out over all valid mutants (see {@link Score}). */
export function score(report: Report): Score {
  return scoreOf(Object.values(report.files).flatMap(({ mutants }) => mutants));
}

/**
 * A score in percent with one decimal, cut rather than rounded, so that a score never shows as
 * reaching a goal it misses (89.96 % shows as 89.9 %, not 90.0 %).
 */
export const percentOf = ({ detected, valid }: Pick<Score, 'detected' | 'valid'>): string =>
  valid === 0 ? 'n/a' : `${(Math.floor((detected * 1000) / valid) / 10).toFixed(1)} %`;

/** Whether a score reaches a goal in percent, decided on whole numbers. */
const reaches = ({ detected, valid }: Score, goal: number): boolean => detected * 100 >= goal * valid;

/** One domain's results: the whole, each file measured, the files never measured and those changed since. */
export interface DomainSummary {
  readonly domain: string;
  readonly total: Score;
  /** Each measured file, by its path under `src/<domain>/`, in path order. */
  readonly files: readonly { readonly file: string; readonly score: Score }[];
  /** Source files with no results (never measured, or nothing to mutate), by path under `src/<domain>/`. */
  readonly unmeasured: readonly string[];
  /** Measured files whose source is no longer the one measured (or that no longer exist). */
  readonly changed: readonly string[];
  /** What is wrong with the domain's list of equivalent survivors (see {@link applyEquivalents}); empty when nothing is. */
  readonly problems: readonly string[];
}

/**
 * The summary of a domain's report against its current sources (`sources`: path under
 * `src/<domain>/` to text, for every .ts file but the door, index.ts, which only re-exports).
 */
export function summarize(domain: string, measured: Report, sources: ReadonlyMap<string, string>, equivalents: readonly EquivalentEntry[] = []): DomainSummary {
  const prefix = `src/${domain}/`;
  const { report, problems } = applyEquivalents(measured, equivalents);
  const files = Object.entries(report.files)
    .map(([path, entry]) => ({ path, file: path.startsWith(prefix) ? path.slice(prefix.length) : path, entry }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    domain,
    total: score(report),
    files: files.map(({ file, entry }) => ({ file, score: scoreOf(entry.mutants) })),
    unmeasured: [...sources.keys()].filter((file) => report.files[prefix + file] === undefined).sort(),
    changed: files
      .filter(({ file, entry }) => entry.source !== undefined && sources.get(file) !== entry.source)
      .map(({ file }) => (sources.has(file) ? file : `${file} (removed)`)),
    problems,
  };
}

/** The folder of the lists of equivalent survivors, one file a domain: `<domain>.json`, `{ "mutants": [EquivalentEntry, ...] }`. */
export const EQUIVALENTS_FOLDER = 'stryker-incremental/equivalents';

/** A domain's list of equivalent survivors; empty when it has none. */
export function readEquivalents(root: string, domain: string): EquivalentEntry[] {
  const file = join(root, EQUIVALENTS_FOLDER, `${domain}.json`);
  if (!existsSync(file)) return [];
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { mutants?: unknown };
  if (!Array.isArray(parsed.mutants)) throw new Error(`${file}: expected an object with a list "mutants"`);
  const keys = ['file', 'at', 'mutator', 'original', 'replacement', 'reason'] as const;
  return parsed.mutants.map((entry: unknown, index) => {
    const where = `${file}: mutants[${String(index)}] needs the texts ${keys.join(', ')}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new Error(`${where}; found ${JSON.stringify(entry)}`);
    const fields = entry as Record<string, unknown>;
    const wrong = keys.filter((key) => typeof fields[key] !== 'string');
    if (wrong.length > 0) throw new Error(`${where}; wrong or missing: ${wrong.join(', ')}`);
    return entry as EquivalentEntry;
  });
}

/** The domains in the order of their imports (README, Architecture); a domain not listed comes last. */
const DOMAIN_ORDER = ['numeric', 'measure', 'period', 'admin', 'indicator', 'observation', 'target', 'growth', 'aggregate', 'attainment', 'ranking', 'format', 'exchange', 'report', 'xlsx', 'cli'];
const orderOf = (file: string): number => {
  const at = DOMAIN_ORDER.indexOf(file.replace(/\.json$/, ''));
  return at < 0 ? DOMAIN_ORDER.length : at;
};

/** Every domain's summary, in the order of the domains' imports, from the committed results under `root` (stryker-incremental/<domain>.json). */
export function readSummaries(root: string): DomainSummary[] {
  const folder = join(root, 'stryker-incremental');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort((a, b) => orderOf(a) - orderOf(b) || (a < b ? -1 : a > b ? 1 : 0))
    .flatMap((name) => {
      const report = readReport(join(folder, name));
      if (report === undefined) return [];
      const domain = name.replace(/\.json$/, '');
      const sourceFolder = join(root, 'src', domain);
      const sources = new Map(
        (existsSync(sourceFolder) ? readdirSync(sourceFolder, { recursive: true, encoding: 'utf8' }) : [])
          .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
          .map((file) => [file.split('\\').join('/'), readFileSync(join(sourceFolder, file), 'utf8')] as const),
      );
      return [summarize(domain, report, sources, readEquivalents(root, domain))];
    });
}

/** The README's block of the domain table, and the guide (and its block) of the file tables. */
export const MUTATION_TABLE_BLOCK = 'mutation-scores';
export const MUTATION_GUIDE = 'docs/testing.md';
export const MUTATION_FILES_BLOCK = 'mutation-files';

/** The goals of issue 13: 90 % for the core domains, 80 % for format, exchange and report. */
export const MUTATION_GOALS: Readonly<Record<string, number>> = {
  numeric: 90, period: 90, target: 90, attainment: 90, growth: 90, aggregate: 90, ranking: 90,
  format: 80, exchange: 80, report: 80,
};

const code = (names: readonly string[]): string => names.map((name) => `\`${name}\``).join(', ');
const thousands = (count: number): string => count.toLocaleString('en-US');

/** What keeps a domain's score from standing for the whole domain as it is now; empty when nothing does. */
const caveatsOf = (summary: DomainSummary): string[] => [
  ...(summary.unmeasured.length === 0 ? [] : [`not measured: ${code(summary.unmeasured)}`]),
  ...(summary.total.staticUntested === 0 ? [] : [`${String(summary.total.staticUntested)} static mutants not tested`]),
  ...(summary.changed.length === 0 ? [] : [`changed since measured: ${code(summary.changed)}`]),
  ...(summary.problems.length === 0 ? [] : [`${String(summary.problems.length)} listed equivalents to review`]),
];

/** The goal cell of a domain: met or not, by how many mutants, the files below the goal and the caveats. */
const goalCell = (summary: DomainSummary, goal: number | undefined): string => {
  if (goal === undefined) return 'none';
  const caveats = caveatsOf(summary);
  const below = summary.files.filter(({ score: fileScore }) => fileScore.valid > 0 && !reaches(fileScore, goal));
  const short = Math.ceil((goal * summary.total.valid) / 100) - summary.total.detected;
  const verdict = reaches(summary.total, goal)
    ? caveats.length === 0 ? 'met' : 'met as measured'
    : `not met (${String(short)} more ${short === 1 ? 'mutant' : 'mutants'} detected would reach it)`;
  const fileNote = below.length === 0 ? 'every file measured at or above it' : `below it: ${below.map(({ file, score: fileScore }) => `\`${file}\` ${percentOf(fileScore)}`).join(', ')}`;
  return [`${String(goal)} %: ${verdict}`, fileNote, ...caveats].join('; ');
};

/** Equivalent mutants: disabled by a comment, plus listed in stryker-incremental/equivalents/. */
const equivalentCell = ({ disabled, listed }: Score): string => `${String(disabled)} + ${String(listed)}`;

/** The README's table: one row per domain. */
export function domainTable(summaries: readonly DomainSummary[]): string {
  return [
    '| domain | score | mutants | survived | not covered | equivalent: disabled + listed | goal |',
    '|---|---|---|---|---|---|---|',
    ...summaries.map((summary) => {
      const { domain, total } = summary;
      return `| \`${domain}\` | ${percentOf(total)} | ${thousands(total.valid)} | ${String(total.survived)} | ${String(total.noCoverage)} | ${equivalentCell(total)} | ${goalCell(summary, MUTATION_GOALS[domain])} |`;
    }),
  ].join('\n');
}

/** The guide's tables: one per domain, one row per file, the files never measured last. */
export function fileTables(summaries: readonly DomainSummary[]): string {
  return summaries
    .map((summary) => {
      const goal = MUTATION_GOALS[summary.domain];
      const rows = [
        ...summary.files.map(({ file, score: fileScore }) => {
          const mark = summary.changed.includes(file) ? ' (changed since measured)' : '';
          const shown = fileScore.valid === 0 && fileScore.ignored === 0 ? 'nothing to mutate' : percentOf(fileScore);
          return `| \`${file}\`${mark} | ${shown} | ${thousands(fileScore.valid)} | ${String(fileScore.survived)} | ${String(fileScore.noCoverage)} | ${equivalentCell(fileScore)} | ${String(fileScore.staticUntested)} |`;
        }),
        ...summary.unmeasured.map((file) => `| \`${file}\` | not measured | | | | | |`),
      ];
      return [
        `### \`${summary.domain}\`: ${percentOf(summary.total)}${goal === undefined ? '' : ` (goal ${String(goal)} %)`}`,
        '',
        '| file | score | mutants | survived | not covered | equivalent: disabled + listed | static, not tested |',
        '|---|---|---|---|---|---|---|',
        ...rows,
      ].join('\n');
    })
    .join('\n\n');
}

/** `text` with the lines between `<!-- name:start -->` and `<!-- name:end -->` replaced by `content`. */
export function replaceBlock(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`the text has no block ${start} ... ${end}`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

/** The lines between `<!-- name:start -->` and `<!-- name:end -->`, or undefined when there is no such block. */
export function blockOf(text: string, name: string): string | undefined {
  const match = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(text);
  return match?.[1];
}
