import { afterEach, describe, expect, it, vi } from 'vitest';
import { changedFiles, mergeReports, namedBy, score, takeChangedFiles, type MutantEntry, type Report } from '../../scripts/mutate-report.js';

const at = (line: number): NonNullable<MutantEntry['location']> => ({ start: { line, column: 1 }, end: { line, column: 9 } });
const mutant = (line: number, status: string, killedBy?: readonly string[]): MutantEntry => ({
  status,
  mutatorName: 'ConditionalExpression',
  replacement: 'true',
  location: at(line),
  coveredBy: killedBy ?? [],
  ...(killedBy === undefined ? {} : { killedBy }),
});
const test = (id: string, name: string, line: number) => ({ id, name, location: { start: { line, column: 3 } } });

/** Earlier results: two files of a domain, each mutant killed by a named test. */
const earlier: Report = {
  files: {
    'src/ranking/rank.ts': { source: 'rank v1', mutants: [mutant(10, 'Killed', ['0']), mutant(20, 'Survived')] },
    'src/ranking/batch.ts': { source: 'batch v1', mutants: [mutant(5, 'Killed', ['1']), mutant(800, 'Survived'), mutant(900, 'Killed', ['1'])] },
  },
  testFiles: { 'tests/ranking/rank.test.ts': { tests: [test('0', 'ranks ties', 4), test('1', 'ranks groups', 9)] } },
};

/** The name of the test that killed each mutant of a file, after a merge. */
const killers = (report: Report, file: string): (string | undefined)[] => {
  const names = new Map(Object.values(report.testFiles ?? {}).flatMap(({ tests }) => tests.map((entry) => [entry.id, entry.name] as const)));
  return (report.files[file]?.mutants ?? []).map((entry) => (entry.killedBy?.[0] === undefined ? undefined : names.get(entry.killedBy[0])));
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('mergeReports', () => {
  it("replaces a whole file's results, keeps the other files', and renumbers tests so that each mutant still names its killer", () => {
    // The run numbers the same tests from 0 again, in another order: ids are local to a report.
    const run: Report = {
      files: { 'src/ranking/batch.ts': { source: 'batch v2', mutants: [mutant(6, 'Killed', ['0'])] } },
      testFiles: { 'tests/ranking/rank.test.ts': { tests: [test('0', 'ranks groups', 9), test('1', 'ranks ties', 4)] } },
    };
    const merged = mergeReports(earlier, run, namedBy(['src/ranking/batch.ts']), new Set());
    expect(merged.files['src/ranking/batch.ts']?.mutants.map((entry) => entry.location?.start.line)).toEqual([6]);
    expect(killers(merged, 'src/ranking/batch.ts')).toEqual(['ranks groups']);
    expect(killers(merged, 'src/ranking/rank.ts')).toEqual(['ranks ties', undefined]);
    expect(score(merged)).toMatchObject({ detected: 2, valid: 3, survived: 1 });
  });

  it('keeps the earlier results of a file that the run reported but did not name, and says so', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const run: Report = {
      files: {
        'src/ranking/batch.ts': { source: 'batch v1', mutants: [mutant(5, 'Killed', [])] },
        'src/ranking/rank.ts': { source: 'rank v1', mutants: [mutant(10, 'Survived')] },
      },
    };
    const merged = mergeReports(earlier, run, namedBy(['src/ranking/batch.ts']), new Set());
    expect(merged.files['src/ranking/rank.ts']?.mutants.map((entry) => entry.status)).toEqual(['Killed', 'Survived']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('src/ranking/rank.ts, which this run did not name'));
  });

  it("merges a line-range run into an unchanged file's earlier results: the lines measured again are replaced, the others kept", () => {
    const run: Report = { files: { 'src/ranking/batch.ts': { source: 'batch v1', mutants: [mutant(800, 'Killed', []), mutant(850, 'Survived')] } } };
    const merged = mergeReports(earlier, run, namedBy(['src/ranking/batch.ts:750-946']), new Set(['src/ranking/batch.ts']));
    expect(merged.files['src/ranking/batch.ts']?.mutants.map((entry) => [entry.location?.start.line, entry.status])).toEqual([
      [5, 'Killed'],
      [900, 'Killed'],
      [800, 'Killed'],
      [850, 'Survived'],
    ]);
  });

  it('drops, with a warning, the earlier results outside a line-range run when the file changed since they were measured', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const run: Report = { files: { 'src/ranking/batch.ts': { source: 'batch v2', mutants: [mutant(800, 'Killed', [])] } } };
    const merged = mergeReports(earlier, run, namedBy(['src/ranking/batch.ts:750-946']), new Set(['src/ranking/batch.ts']));
    expect(merged.files['src/ranking/batch.ts']?.mutants.map((entry) => entry.location?.start.line)).toEqual([800]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('src/ranking/batch.ts changed since its earlier results; the 3 earlier mutants'));
  });
});

describe('namedBy', () => {
  it('matches globs, single files and line ranges, and honours exclusions', () => {
    const named = namedBy(['src/report/**', '!src/report/svg.ts', 'src/growth/batch.ts:10-20']);
    expect(['src/report/model.ts', 'src/report/deep/a.ts', 'src/report/svg.ts', 'src/growth/batch.ts', 'src/growth/average.ts'].map(named)).toEqual([
      true,
      true,
      false,
      true,
      false,
    ]);
    const flat = namedBy(['src/ranking/*.ts']);
    expect([flat('src/ranking/rank.ts'), flat('src/ranking/x/rank.ts'), flat('src/rankingXrank.ts')]).toEqual([true, false, false]);
  });
});

describe('changedFiles and takeChangedFiles (npm run mutate -- --merge)', () => {
  const batchBefore = earlier.files['src/ranking/batch.ts'] ?? { source: '', mutants: [] };
  // A branch re-ran rank.ts: the same mutants and statuses, but every test renumbered.
  const renumbered: Report = {
    files: {
      'src/ranking/rank.ts': { source: 'rank v1', mutants: [mutant(20, 'Survived'), mutant(10, 'Killed', ['7'])] },
      'src/ranking/batch.ts': batchBefore,
    },
    testFiles: { 'tests/ranking/rank.test.ts': { tests: [test('7', 'ranks ties', 4)] } },
  };

  it('sees no change in results that differ only in test ids and mutant order', () => {
    expect(changedFiles(renumbered, earlier)).toEqual(new Set());
    expect(takeChangedFiles(earlier, renumbered, earlier)).toBeUndefined();
  });

  it('sees a changed status, a changed source, a changed replacement and a file new to the branch', () => {
    const theirs: Report = {
      files: {
        'src/ranking/rank.ts': { source: 'rank v1', mutants: [mutant(10, 'Killed', ['0']), mutant(20, 'Killed', ['0'])] },
        'src/ranking/batch.ts': { source: 'batch v2', mutants: batchBefore.mutants },
        'src/ranking/groups.ts': { source: 'groups v1', mutants: [mutant(3, 'Survived')] },
      },
    };
    expect([...changedFiles(theirs, earlier)].sort()).toEqual(['src/ranking/batch.ts', 'src/ranking/groups.ts', 'src/ranking/rank.ts']);
    const replaced: Report = {
      files: { 'src/ranking/rank.ts': { source: 'rank v1', mutants: [mutant(10, 'Killed', ['0']), { ...mutant(20, 'Survived'), replacement: 'false' }] } },
    };
    expect([...changedFiles(replaced, earlier)]).toEqual(['src/ranking/rank.ts']);
    expect([...changedFiles(theirs, undefined)].sort()).toEqual(['src/ranking/batch.ts', 'src/ranking/groups.ts', 'src/ranking/rank.ts']);
  });

  it("takes only the files the branch changed and keeps ours for the others, even those we re-measured", () => {
    // Ours re-measured batch.ts after the branches parted; the branch re-measured rank.ts only.
    const ours: Report = {
      files: { ...earlier.files, 'src/ranking/batch.ts': { source: 'batch v3', mutants: [mutant(5, 'Killed', ['1'])] } },
      ...(earlier.testFiles === undefined ? {} : { testFiles: earlier.testFiles }),
    };
    const theirs: Report = {
      files: {
        'src/ranking/rank.ts': { source: 'rank v2', mutants: [mutant(10, 'Killed', ['0']), mutant(20, 'Killed', ['1'])] },
        'src/ranking/batch.ts': batchBefore,
      },
      // A run lists every test of the files it ran, renumbered: ours' killer of batch.ts is id 2 here.
      testFiles: { 'tests/ranking/rank.test.ts': { tests: [test('0', 'ranks ties', 4), test('1', 'ranks an empty list', 30), test('2', 'ranks groups', 9)] } },
    };
    const result = takeChangedFiles(ours, theirs, earlier);
    if (result === undefined) throw new Error('the branch changed rank.ts, so something must be taken');
    expect(result.taken).toEqual(['src/ranking/rank.ts']);
    expect(result.merged.files['src/ranking/rank.ts']?.source).toBe('rank v2');
    expect(killers(result.merged, 'src/ranking/rank.ts')).toEqual(['ranks ties', 'ranks an empty list']);
    expect(result.merged.files['src/ranking/batch.ts']?.source).toBe('batch v3');
    expect(killers(result.merged, 'src/ranking/batch.ts')).toEqual(['ranks groups']);
  });

  it("takes the branch's results whole when we have none", () => {
    const theirs: Report = { files: { 'src/ranking/rank.ts': { source: 'rank v2', mutants: [mutant(10, 'Survived')] } } };
    expect(takeChangedFiles(undefined, theirs, undefined)).toEqual({ merged: theirs, taken: ['src/ranking/rank.ts'] });
  });
});
