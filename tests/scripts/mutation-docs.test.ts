import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MUTATION_FILES_BLOCK,
  MUTATION_GUIDE,
  MUTATION_TABLE_BLOCK,
  blockOf,
  domainTable,
  fileTables,
  percentOf,
  readSummaries,
  replaceBlock,
  score,
  summarize,
  withUnmutatedFiles,
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
    expect(score(report)).toEqual({ detected: 2, valid: 4, survived: 1, noCoverage: 1, ignored: 3, disabled: 1, staticUntested: 2 });
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
      '| `growth` | 86.6 % | 15 | 1 | 1 | 0 | 90 %: not met (1 more mutant detected would reach it); below it: `batch.ts` 75.0 %; not measured: `series.ts`; changed since measured: `batch.ts`, `gone.ts (removed)` |',
    );
    const rates = { source: 'rates v1', mutants: mutants([...Array<string>(9).fill('Killed'), 'Survived']) };
    const whole = summarize('growth', { files: { 'src/growth/rates.ts': rates } }, new Map([['rates.ts', 'rates v1']]));
    expect(domainTable([whole]).split('\n')[2]).toBe('| `growth` | 90.0 % | 10 | 1 | 0 | 0 | 90 %: met; every file measured at or above it |');
    expect(domainTable([{ ...whole, total: { ...whole.total, staticUntested: 3 } }]).split('\n')[2]).toContain('90 %: met as measured; every file measured at or above it; 3 static mutants not tested');
  });

  it('lists every file of a domain, the changed ones marked and the unmeasured ones last', () => {
    expect(fileTables([summary]).split('\n')).toEqual([
      '### `growth`: 86.6 % (goal 90 %)',
      '',
      '| file | score | mutants | survived | not covered | disabled as equivalent | static, not tested |',
      '|---|---|---|---|---|---|---|',
      '| `batch.ts` (changed since measured) | 75.0 % | 4 | 0 | 1 | 0 | 0 |',
      '| `gone.ts` | 100.0 % | 1 | 0 | 0 | 0 | 0 |',
      '| `rates.ts` | 90.0 % | 10 | 1 | 0 | 0 | 0 |',
      '| `reasons.ts` | nothing to mutate | 0 | 0 | 0 | 0 | 0 |',
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
