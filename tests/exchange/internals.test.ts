/*
 * The exchange domain's internal helpers, tested directly: which revision of a cell an SDMX or DHIS2
 * export keeps, how JSON input is read and its paths written, and how losses, notes and import
 * problems are counted in messages.
 */
import { describe, expect, it } from 'vitest';
import { type Observation, toDecimal } from '../../src/index.js';
import { keepOnePerCell } from '../../src/exchange/cells.js';
import { describeJson, isRecord, jsonPath, readJsonInput } from '../../src/exchange/json.js';
import { LossLog, NoteLog, importError } from '../../src/exchange/results.js';
import { caught } from '../helpers.js';

function observation(status: Observation['status'], published?: string): Observation {
  return { indicator: 'INVESTMENT', area: '402', period: '2024', value: toDecimal(1), status, ...(published === undefined ? {} : { published }) };
}

describe('keepOnePerCell', () => {
  const keep = (observations: readonly Observation[], keys: readonly (string | undefined)[]): { kept: boolean[]; losses: readonly { field: string; observations: readonly number[] }[] } => {
    const losses = new LossLog();
    const kept = keepOnePerCell(observations, keys, losses, 'one value per cell');
    return { kept, losses: losses.list() };
  };

  it('keeps the most final status of a cell, whatever the order', () => {
    const statuses = ['plan', 'estimate', 'preliminary', 'official'] as const;
    for (const winner of statuses) {
      const others = statuses.filter((status) => statuses.indexOf(status) < statuses.indexOf(winner));
      for (const order of [[winner, ...others], [...others, winner]]) {
        const { kept } = keep(order.map((status) => observation(status)), order.map(() => 'cell'));
        expect(order.filter((_, index) => kept[index])).toEqual([winner]);
      }
    }
    // A less final status given later does not replace a more final one.
    expect(keep([observation('official', '2024-01-01'), observation('estimate', '2025-06-01')], ['c', 'c']).kept).toEqual([true, false]);
  });

  it('within a status keeps the latest publication; undated counts as oldest; of equals the later given', () => {
    expect(keep([observation('estimate', '2024-05-01'), observation('estimate', '2024-03-01')], ['c', 'c']).kept).toEqual([true, false]);
    expect(keep([observation('estimate', '2024-03-01'), observation('estimate', '2024-05-01')], ['c', 'c']).kept).toEqual([false, true]);
    expect(keep([observation('estimate', '2024-03-01'), observation('estimate')], ['c', 'c']).kept).toEqual([true, false]);
    expect(keep([observation('estimate'), observation('estimate', '2024-03-01')], ['c', 'c']).kept).toEqual([false, true]);
    expect(keep([observation('estimate', '2024-03-01'), observation('estimate', '2024-03-01')], ['c', 'c']).kept).toEqual([false, true]);
    expect(keep([observation('estimate'), observation('estimate')], ['c', 'c']).kept).toEqual([false, true]);
  });

  it('keeps one per key, ignores observations without a key, and logs every other one as left out', () => {
    const { kept, losses } = keep(
      [observation('estimate'), observation('official'), observation('plan'), observation('estimate'), observation('official')],
      ['a', 'b', undefined, 'a', 'a'],
    );
    expect(kept).toEqual([false, true, false, false, true]);
    expect(kept.every((value) => typeof value === 'boolean')).toBe(true);
    expect(losses).toEqual([
      { kind: 'observation', field: 'cell', observations: [0, 3], message: 'cell: one value per cell (2 observations: #0, #3)' },
    ]);
  });
});

describe('JSON helpers', () => {
  it('tells plain objects from null, arrays and other values', () => {
    expect([{}, { a: 1 }, null, [], 'x', 1, undefined].map(isRecord)).toEqual([true, true, false, false, false, false, false]);
  });

  it('parses JSON text, passes parsed values through, and refuses text that is not JSON with one issue at the root', () => {
    expect(readJsonInput('{"a":[1,2]}', 'SDMX-JSON')).toEqual({ a: [1, 2] });
    const parsed = { a: 1 };
    expect(readJsonInput(parsed, 'SDMX-JSON')).toBe(parsed);
    const error = caught(() => readJsonInput('{"a":', 'SDMX-JSON message'));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/^invalid SDMX-JSON message: the text is not JSON \(.+\)$/);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path).toEqual([]);
    expect(error.issues[0]?.message).toMatch(/^the text is not JSON \(.+\)$/);
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it('writes paths as JavaScript accessors', () => {
    expect(jsonPath([])).toBe('(root)');
    expect(jsonPath(['data', 'dataSets', 0, 'observations', '0:1:2', 0])).toBe('data.dataSets[0].observations["0:1:2"][0]');
    expect(jsonPath([0, 'a'])).toBe('[0].a');
    expect(jsonPath(['$x', '_y', 'a1'])).toBe('$x._y.a1');
    expect(jsonPath(['1a', 'a-b', 'a b', 'ab!'])).toBe('["1a"]["a-b"]["a b"]["ab!"]');
    expect(jsonPath([Symbol.for('s')])).toBe('["Symbol(s)"]');
  });

  it('describes values for messages', () => {
    expect([null, undefined, [], 'x', 3, false, {}].map(describeJson)).toEqual(['null', 'nothing', 'an array', 'the string "x"', 'the number 3', 'the boolean false', 'an object']);
  });
});

describe('loss and note logs, import errors', () => {
  it('counts the places of an entry, shows the first five and the number of the rest', () => {
    const losses = new LossLog();
    for (const index of [1, 2, 3, 4, 5, 6, 7]) losses.add('field', 'dimensions', index, 'SDMX has no such dimension');
    losses.add('field', 'note', 9, 'not written');
    expect(losses.list().map((entry) => entry.message)).toEqual([
      'dimensions: SDMX has no such dimension (7 observations: #1, #2, #3, #4, #5, … 2 more)',
      'note: not written (1 observation: #9)',
    ]);
    const notes = new NoteLog();
    for (const row of ['row 2', 'row 3', 'row 4', 'row 5', 'row 6']) notes.add('skipped', 'empty rows', row, 'nothing in them');
    expect(notes.list()).toEqual([{ kind: 'skipped', what: 'empty rows', locations: ['row 2', 'row 3', 'row 4', 'row 5', 'row 6'], message: 'empty rows: nothing in them (5 records: row 2, row 3, row 4, row 5, row 6)' }]);
    const six = new NoteLog();
    for (const row of ['a', 'b', 'c', 'd', 'e', 'f']) six.add('ignored', 'x', row, 'y');
    expect(six.list()[0]?.message).toBe('x: y (6 records: a, b, c, d, e, … 1 more)');
  });

  it('lists the first twenty problems of an import and counts the rest', () => {
    const issues = (count: number): { path: number[]; message: string }[] => Array.from({ length: count }, (_, index) => ({ path: [index], message: `problem ${String(index + 1)}` }));
    const one = importError('plan', issues(1));
    expect(one.message).toBe('invalid plan: 1 problem\n- problem 1');
    const twenty = importError('plan', issues(20));
    expect(twenty.message.split('\n')).toHaveLength(21);
    expect(twenty.message).not.toContain('more');
    const many = importError('plan', issues(23));
    expect(many.message.split('\n')).toEqual(['invalid plan: 23 problems', ...issues(20).map((issue) => `- ${issue.message}`), '- … and 3 more']);
    expect(many.issues).toHaveLength(23);
    expect(many.code).toBe('invalid-input');
  });
});
