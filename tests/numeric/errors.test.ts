import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  PlanningError,
  decimalSchema,
  deepFreeze,
  formatIssues,
  formatPath,
  parseWithSchema,
} from '../../src/index.js';

describe('PlanningError', () => {
  it('carries a code, a message and one root issue by default', () => {
    const error = new PlanningError('division-by-zero', 'base is zero');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PlanningError');
    expect(error.code).toBe('division-by-zero');
    expect(error.issues).toEqual([{ path: [], message: 'base is zero' }]);
  });

  it('keeps a list of issues and a cause', () => {
    const cause = new Error('inner');
    const error = new PlanningError('invalid-input', 'two problems', {
      issues: [
        { path: ['a'], message: 'x' },
        { path: ['b', 0], message: 'y' },
      ],
      cause,
    });
    expect(error.issues).toHaveLength(2);
    expect(error.cause).toBe(cause);
    expect(Object.isFrozen(error.issues)).toBe(true);
  });
});

describe('formatPath and formatIssues', () => {
  it('write paths as accessors', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['targets', 0, 'value'])).toBe('targets[0].value');
    expect(formatPath([2, 'code'])).toBe('(root)[2].code');
  });

  it('list one issue per line', () => {
    expect(
      formatIssues([
        { path: ['a'], message: 'm1' },
        { path: [], message: 'm2' },
      ]),
    ).toBe('- a: m1\n- (root): m2');
  });
});

describe('parseWithSchema', () => {
  const schema = z.object({ year: z.number(), value: decimalSchema, tags: z.array(z.string()) });

  it('returns typed, deeply frozen data with exact decimals', () => {
    const parsed = parseWithSchema(schema, { year: 2024, value: '5.6', tags: ['a'] }, 'thing');
    expect(parsed.value.toString()).toBe('5.6');
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(Object.isFrozen(parsed.tags)).toBe(true);
  });

  it('reports every problem at once, each with its path', () => {
    try {
      parseWithSchema(schema, { year: '2024', value: 'abc', tags: [1] }, 'thing');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PlanningError);
      const planningError = error as PlanningError;
      expect(planningError.code).toBe('invalid-input');
      expect(planningError.issues.map((issue) => issue.path)).toEqual([['year'], ['value'], ['tags', 0]]);
      expect(planningError.message).toMatch(/^invalid thing: 3 problems/);
      expect(planningError.message).toContain('value: expected a finite decimal number');
    }
  });
});

describe('deepFreeze', () => {
  it('freezes nested plain objects and arrays but not class instances', () => {
    const date = new Date(0);
    const value = deepFreeze({ a: [{ b: 1 }], date });
    expect(Object.isFrozen(value.a[0])).toBe(true);
    expect(Object.isFrozen(date)).toBe(false);
  });
});
