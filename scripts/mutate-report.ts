/*
 * The reports of `npm run mutate` (scripts/mutate.ts): reading Stryker's incremental files, merging a
 * run into a domain's committed results, and scoring them. Kept apart from the script so that the
 * merge, which decides what the README's mutation table counts, is tested (tests/scripts/).
 */
import { existsSync, readFileSync } from 'node:fs';

export interface TestEntry {
  readonly id: string;
  readonly name: string;
  readonly location?: { readonly start?: { readonly line: number; readonly column: number } };
}
export interface MutantEntry {
  readonly status: string;
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

/** Whether a file is named by the patterns of a run: matched by one without `!` and by none with it. */
export function namedBy(patterns: readonly string[]): (file: string) => boolean {
  const escape = (text: string): string => text.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  // `**/` (or a final `**`) spans folders; a line range after the path (`:750-946`) is not part of it.
  const toRegExp = (glob: string): RegExp => new RegExp(`^${glob.replace(/:\d.*$/, '').split(/\*\*\/?/).map(escape).join('.*')}$`);
  const included = patterns.filter((pattern) => !pattern.startsWith('!')).map(toRegExp);
  const excluded = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => toRegExp(pattern.slice(1)));
  return (file) => included.some((pattern) => pattern.test(file)) && !excluded.some((pattern) => pattern.test(file));
}

/** The mutation score of a report: killed and timed out over all valid mutants, in percent. */
export function score(report: Report): { detected: number; valid: number; survived: number; noCoverage: number; ignored: number } {
  let detected = 0;
  let valid = 0;
  let survived = 0;
  let noCoverage = 0;
  let ignored = 0;
  for (const { mutants } of Object.values(report.files)) {
    for (const { status } of mutants) {
      if (status === 'Killed' || status === 'Timeout') detected += 1;
      if (status === 'Survived') survived += 1;
      if (status === 'NoCoverage') noCoverage += 1;
      if (status === 'Ignored') ignored += 1;
      if (status === 'Killed' || status === 'Timeout' || status === 'Survived' || status === 'NoCoverage') valid += 1;
    }
  }
  return { detected, valid, survived, noCoverage, ignored };
}

