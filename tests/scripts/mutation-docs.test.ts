import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import {
  EQUIVALENTS_FOLDER,
  LISTED_EQUIVALENT,
  MUTATION_FILES_BLOCK,
  MUTATION_GUIDE,
  MUTATION_TABLE_BLOCK,
  applyEquivalents,
  blockOf,
  domainTable,
  fileTables,
  percentOf,
  readEquivalents,
  relocateEquivalents,
  lineMap,
  readSummaries,
  replaceBlock,
  score,
  summarize,
  withUnmutatedFiles,
  type EquivalentEntry,
  type MutantEntry,
  type Report,
} from '../../scripts/mutate-report.js';

const root = join(import.meta.dirname, '..', '..');
const mutants = (statuses: readonly string[], statusReason?: string): MutantEntry[] =>
  statuses.map((status) => ({ status, ...(statusReason === undefined ? {} : { statusReason }) }));

describe('the mutation tables of the README and docs/testing.md', () => {
  it('are the ones written from the committed results (fix: npm run mutate -- --update-docs)', () => {
    const summaries = readSummaries(root);
    expect(summaries.length).toBeGreaterThan(0);
    expect(summaries.flatMap(({ problems }) => problems)).toEqual([]);
    expect(blockOf(readFileSync(join(root, 'README.md'), 'utf8'), MUTATION_TABLE_BLOCK)).toBe(domainTable(summaries));
    expect(blockOf(readFileSync(join(root, MUTATION_GUIDE), 'utf8'), MUTATION_FILES_BLOCK)).toBe(fileTables(summaries));
  });
});

describe('score and percentOf', () => {
  it('tells mutants disabled by a comment from static mutants left out by --ignoreStatic', () => {
    const report: Report = {
      files: {
        'src/a/b.ts': {
          mutants: [
            ...mutants(['Killed', 'Timeout', 'Survived', 'NoCoverage', 'CompileError']),
            ...mutants(['Ignored'], 'only chooses the general path, which gives the same row'),
            ...mutants(['Ignored', 'Ignored'], 'Static mutant (and "ignoreStatic" was enabled)'),
          ],
        },
      },
    };
    expect(score(report)).toEqual({ detected: 2, valid: 4, survived: 1, noCoverage: 1, ignored: 3, disabled: 1, staticUntested: 2, listed: 0 });
  });

  it('cuts the percentage to one decimal so that a score never shows as reaching a goal it misses', () => {
    expect(percentOf({ detected: 8996, valid: 10000 })).toBe('89.9 %');
    expect(percentOf({ detected: 9, valid: 10 })).toBe('90.0 %');
    expect(percentOf({ detected: 2, valid: 3 })).toBe('66.6 %');
    expect(percentOf({ detected: 0, valid: 0 })).toBe('n/a');
  });
});

describe('summarize and the tables', () => {
  const report: Report = {
    files: {
      'src/growth/rates.ts': { source: 'rates v1', mutants: mutants([...Array<string>(9).fill('Killed'), 'Survived']) },
      'src/growth/batch.ts': { source: 'batch v1', mutants: mutants(['Killed', 'Killed', 'Killed', 'NoCoverage']) },
      'src/growth/gone.ts': { source: 'gone', mutants: mutants(['Killed']) },
      'src/growth/reasons.ts': { source: 'types', mutants: [] },
    },
  };
  const sources = new Map([
    ['rates.ts', 'rates v1'],
    ['batch.ts', 'batch v2'],
    ['series.ts', 'series'],
    ['reasons.ts', 'types'],
  ]);
  const summary = summarize('growth', report, sources);

  it('names the files never measured, and those changed or removed since they were measured', () => {
    expect(summary.files.map(({ file }) => file)).toEqual(['batch.ts', 'gone.ts', 'rates.ts', 'reasons.ts']);
    expect(summary.unmeasured).toEqual(['series.ts']);
    expect(summary.changed).toEqual(['batch.ts', 'gone.ts (removed)']);
    expect(summary.total).toMatchObject({ detected: 13, valid: 15 });
  });

  it('says how many more detected mutants would reach the goal, which files are below it, and what the score does not cover', () => {
    expect(domainTable([summary]).split('\n')[2]).toBe(
      '| `growth` | 86.6 % | 15 | 1 | 1 | 0 + 0 | 90 %: not met (1 more mutant detected would reach it); below it: `batch.ts` 75.0 %; not measured: `series.ts`; changed since measured: `batch.ts`, `gone.ts (removed)` |',
    );
    const rates = { source: 'rates v1', mutants: mutants([...Array<string>(9).fill('Killed'), 'Survived']) };
    const whole = summarize('growth', { files: { 'src/growth/rates.ts': rates } }, new Map([['rates.ts', 'rates v1']]));
    expect(domainTable([whole]).split('\n')[2]).toBe('| `growth` | 90.0 % | 10 | 1 | 0 | 0 + 0 | 90 %: met; every file measured at or above it |');
    expect(domainTable([{ ...whole, total: { ...whole.total, staticUntested: 3 } }]).split('\n')[2]).toContain('90 %: met as measured; every file measured at or above it; 3 static mutants not tested');
  });

  it('lists every file of a domain, the changed ones marked and the unmeasured ones last', () => {
    expect(fileTables([summary]).split('\n')).toEqual([
      '### `growth`: 86.6 % (goal 90 %)',
      '',
      '| file | score | mutants | survived | not covered | equivalent: disabled + listed | static, not tested |',
      '|---|---|---|---|---|---|---|',
      '| `batch.ts` (changed since measured) | 75.0 % | 4 | 0 | 1 | 0 + 0 | 0 |',
      '| `gone.ts` | 100.0 % | 1 | 0 | 0 | 0 + 0 | 0 |',
      '| `rates.ts` | 90.0 % | 10 | 1 | 0 | 0 + 0 | 0 |',
      '| `reasons.ts` | nothing to mutate | 0 | 0 | 0 | 0 + 0 | 0 |',
      '| `series.ts` | not measured | | | | | |',
    ]);
  });
});

describe('withUnmutatedFiles', () => {
  it('records a named file in which Stryker found nothing to mutate, and leaves measured files alone', () => {
    const report: Report = { files: { 'src/growth/rates.ts': { source: 'r', mutants: mutants(['Killed']) } } };
    const named = new Map([
      ['src/growth/rates.ts', 'r2'],
      ['src/growth/reasons.ts', 'export type GrowthReason = string;'],
    ]);
    expect(withUnmutatedFiles(report, named).files).toEqual({
      'src/growth/rates.ts': { source: 'r', mutants: mutants(['Killed']) },
      'src/growth/reasons.ts': { source: 'export type GrowthReason = string;', mutants: [] },
    });
    expect(withUnmutatedFiles(report, new Map([['src/growth/rates.ts', 'r']]))).toBe(report);
  });
});

describe('replaceBlock and blockOf', () => {
  it('replace and read the lines between the markers, and refuse a text without them', () => {
    const text = 'intro\n<!-- t:start -->\nold\n<!-- t:end -->\nafter';
    const replaced = replaceBlock(text, 't', '| a |\n| b |');
    expect(replaced).toBe('intro\n<!-- t:start -->\n| a |\n| b |\n<!-- t:end -->\nafter');
    expect(blockOf(replaced, 't')).toBe('| a |\n| b |');
    expect(blockOf(text, 'other')).toBeUndefined();
    expect(() => replaceBlock(text, 'other', 'x')).toThrow('the text has no block <!-- other:start --> ... <!-- other:end -->');
  });
});

describe('applyEquivalents and readEquivalents', () => {
  const source = 'const x = 1;\nif (size > LIMIT) return undefined;\nreturn x;';
  const at = (line: number, column: number, length: number) => ({ start: { line, column }, end: { line, column: column + length } });
  const guard = (status: string, mutatorName: string, replacement: string): MutantEntry => ({ status, mutatorName, replacement, location: at(2, 5, 12) });
  const report: Report = {
    files: {
      'src/growth/roots.ts': {
        source,
        mutants: [
          guard('Survived', 'ConditionalExpression', 'false'),
          guard('Killed', 'ConditionalExpression', 'true'),
          guard('Survived', 'EqualityOperator', 'size >= LIMIT'),
          guard('Killed', 'EqualityOperator', 'size <= LIMIT'),
          { status: 'NoCoverage', mutatorName: 'BlockStatement', replacement: '{}', location: at(3, 1, 9) },
        ],
      },
    },
  };
  const entry = (changes: Partial<EquivalentEntry> = {}): EquivalentEntry => ({
    file: 'src/growth/roots.ts',
    at: '2:5',
    mutator: 'ConditionalExpression',
    original: 'size > LIMIT',
    replacement: 'false',
    reason: 'the limit is never reached',
    ...changes,
  });

  it('marks a listed survivor and leaves it out of the score, beside the killed mutant of the same mutator and place', () => {
    const { report: marked, problems } = applyEquivalents(report, [entry(), entry({ mutator: 'EqualityOperator', replacement: 'size >= LIMIT' })]);
    expect(problems).toEqual([]);
    expect(marked.files['src/growth/roots.ts']?.mutants.map(({ status }) => status)).toEqual([LISTED_EQUIVALENT, 'Killed', LISTED_EQUIVALENT, 'Killed', 'NoCoverage']);
    expect(score(marked)).toMatchObject({ detected: 2, valid: 3, survived: 0, noCoverage: 1, listed: 2 });
    expect(score(report)).toMatchObject({ detected: 2, valid: 5, survived: 2, listed: 0 });
    expect(applyEquivalents(report, []).report).toBe(report);
  });

  it('reads the code a mutant replaces across lines', () => {
    const multiLine: Report = { files: { 'src/a.ts': { source: 'f(a &&\n  b);', mutants: [{ status: 'Survived', mutatorName: 'LogicalOperator', replacement: 'a || b', location: { start: { line: 1, column: 3 }, end: { line: 2, column: 4 } } }] } } };
    const listed = { file: 'src/a.ts', at: '1:3', mutator: 'LogicalOperator', replacement: 'a || b', reason: 'r' };
    expect(applyEquivalents(multiLine, [{ ...listed, original: 'a &&\n  b' }]).problems).toEqual([]);
    expect(applyEquivalents(multiLine, [{ ...listed, original: 'a && b' }]).problems).toEqual(['src/a.ts 1:3 LogicalOperator `a && b` -> `a || b`: the measured code there is `a &&\n  b` (review the entry)']);
  });

  it('refuses a listing that no longer describes a survivor of the measured source', () => {
    const name = (changes: Partial<EquivalentEntry>): string => {
      const { file, at: where, mutator, original, replacement } = entry(changes);
      return `${file} ${where} ${mutator} \`${original}\` -> \`${replacement}\``;
    };
    const { problems, report: marked } = applyEquivalents(report, [
      entry({ replacement: 'true' }),
      entry({ original: 'size >= LIMIT' }),
      entry({ at: '2:6' }),
      entry({ file: 'src/growth/other.ts' }),
      entry({ at: '3:1', mutator: 'BlockStatement', original: 'return x;', replacement: '{}' }),
      entry({ reason: ' ' }),
      entry(),
    ]);
    expect(problems).toEqual([
      `${name({ replacement: 'true' })}: killed by the tests, so not equivalent (remove the entry)`,
      `${name({ original: 'size >= LIMIT' })}: the measured code there is \`size > LIMIT\` (review the entry)`,
      `${name({ at: '2:6' })}: no such mutant in the measured results (the file changed or was measured again: review the entry)`,
      `${name({ file: 'src/growth/other.ts' })}: the file has no measured results`,
      `${name({ at: '3:1', mutator: 'BlockStatement', original: 'return x;', replacement: '{}' })}: NoCoverage, not a survivor (only a survivor can be listed as equivalent)`,
      `${name({})}: no reason given`,
      `${name({})}: listed twice`,
    ]);
    expect(score(marked)).toMatchObject({ listed: 1, survived: 1 });
  });

  it('names a domain with problems in its goal cell, and reads the lists from stryker-incremental/equivalents/', () => {
    const summary = summarize('growth', report, new Map([['roots.ts', source]]), [entry({ replacement: 'true' })]);
    expect(summary.problems).toHaveLength(1);
    expect(domainTable([summary]).split('\n')[2]).toContain('; 1 listed equivalents to review');
    const folder = mkdtempSync(join(tmpdir(), 'equivalents-'));
    expect(readEquivalents(folder, 'growth')).toEqual([]);
    mkdirSync(join(folder, EQUIVALENTS_FOLDER), { recursive: true });
    writeFileSync(join(folder, EQUIVALENTS_FOLDER, 'growth.json'), JSON.stringify({ mutants: [entry()] }));
    expect(readEquivalents(folder, 'growth')).toEqual([entry()]);
    writeFileSync(join(folder, EQUIVALENTS_FOLDER, 'growth.json'), JSON.stringify({ mutants: [{ ...entry(), reason: 3, at: undefined }] }));
    expect(() => readEquivalents(folder, 'growth')).toThrow('mutants[0] needs the texts file, at, mutator, original, replacement, reason; wrong or missing: at, reason');
    for (const [wrongEntry, shown] of [[null, 'null'], ['src/a.ts 1:3', '"src/a.ts 1:3"'], [[], '[]']] as const) {
      writeFileSync(join(folder, EQUIVALENTS_FOLDER, 'growth.json'), JSON.stringify({ mutants: [entry(), wrongEntry] }));
      expect(() => readEquivalents(folder, 'growth')).toThrow(`mutants[1] needs the texts file, at, mutator, original, replacement, reason; found ${shown}`);
    }
    writeFileSync(join(folder, EQUIVALENTS_FOLDER, 'growth.json'), JSON.stringify([entry()]));
    expect(() => readEquivalents(folder, 'growth')).toThrow('expected an object with a list "mutants"');
  });
});

describe('lineMap and relocateEquivalents', () => {
  it('maps each unchanged line to its new number, and a changed or removed one to nothing', () => {
    expect(lineMap('a\nb\nc\nd', 'a\nx\nb\nd\ne')).toEqual([1, 3, undefined, 4]);
    expect(lineMap('a', 'a')).toEqual([1]);
    expect(lineMap('a\nb', 'b\na')).toHaveLength(2);
  });

  const survivor = (line: number, column: number, length: number, mutatorName = 'ConditionalExpression', replacement = 'false'): MutantEntry => ({
    status: 'Survived',
    mutatorName,
    replacement,
    location: { start: { line, column }, end: { line, column: column + length } },
  });
  const listed = (at: string, original: string, changes: Partial<EquivalentEntry> = {}): EquivalentEntry => ({
    file: 'src/a.ts',
    at,
    mutator: 'ConditionalExpression',
    original,
    replacement: 'false',
    reason: 'r',
    ...changes,
  });
  const before: Report = {
    files: {
      'src/a.ts': { source: 'if (x > 0) f();\nif (y) g();\nif (x > 0) h();\nif (z) k();', mutants: [survivor(1, 5, 5), survivor(2, 5, 1), survivor(3, 5, 5), survivor(4, 5, 1)] },
      'src/b.ts': { source: 'if (q) r();', mutants: [survivor(1, 5, 1)] },
    },
  };
  // A line added on top, line 2 rewritten (`y` now `y2`), line 4 rewritten but its condition kept.
  const after: Report = {
    files: {
      'src/a.ts': {
        source: 'const first = 1;\nif (x > 0) f();\nif (y2) g();\nif (x > 0) h();\nif (z) k(1);',
        mutants: [survivor(2, 5, 5), survivor(3, 5, 2), survivor(4, 5, 5), survivor(5, 5, 1)],
      },
      'src/b.ts': before.files['src/b.ts'] ?? { mutants: [] },
    },
  };

  it('moves entries with their unchanged lines, by their code alone when that is unique, and names the rest', () => {
    const entries = [listed('3:5', 'x > 0'), listed('1:5', 'x > 0'), listed('2:5', 'y'), listed('4:5', 'z'), { ...listed('1:5', 'q'), file: 'src/b.ts' }];
    const { entries: moved, notes } = relocateEquivalents(entries, before, after);
    expect(moved.map(({ file, at }) => `${file} ${at}`)).toEqual(['src/a.ts 4:5', 'src/a.ts 2:5', 'src/a.ts 2:5', 'src/a.ts 5:5', 'src/b.ts 1:5']);
    expect(notes).toEqual(['src/a.ts 2:5 ConditionalExpression `y` -> `false`: its line changed and 0 mutants not taken by another entry have its mutator, replacement and code; review it']);
    expect(applyEquivalents(after, moved).problems).toEqual(['src/a.ts 2:5 ConditionalExpression `y` -> `false`: the measured code there is `x > 0` (review the entry)']);
  });

  it('does not give one mutant to two entries, nor move an entry to a mutant of another mutator', () => {
    const twice = [listed('4:5', 'z'), listed('4:5', 'z')];
    expect(relocateEquivalents(twice, before, after).notes).toEqual(['src/a.ts 4:5 ConditionalExpression `z` -> `false`: its line changed and 0 mutants not taken by another entry have its mutator, replacement and code; review it']);
    const otherMutator = relocateEquivalents([listed('1:5', 'x > 0', { mutator: 'EqualityOperator' })], before, after);
    expect(otherMutator.entries[0]?.at).toBe('1:5');
    expect(otherMutator.notes).toEqual(['src/a.ts 1:5 EqualityOperator `x > 0` -> `false`: no such mutant at line 2, where its line now stands; review it']);
  });

  it('moves two entries of one mutator and replacement that start at one place, told apart by their code', () => {
    const source = 'if (x > 0 && y) f();';
    const shared: Report = { files: { 'src/a.ts': { source, mutants: [survivor(1, 5, 10), survivor(1, 5, 5)] } } };
    const shifted: Report = { files: { 'src/a.ts': { source: `// a comment\n${source}`, mutants: [survivor(2, 5, 10), survivor(2, 5, 5)] } } };
    const { entries, notes } = relocateEquivalents([listed('1:5', 'x > 0 && y'), listed('1:5', 'x > 0')], shared, shifted);
    expect(notes).toEqual([]);
    expect(entries.map(({ at }) => at)).toEqual(['2:5', '2:5']);
    expect(applyEquivalents(shifted, entries).problems).toEqual([]);
  });
});
