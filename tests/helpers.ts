/* Assertions shared by the tests of every domain. */
import { expect } from 'vitest';
import { type Issue, PlanningError, type PlanningErrorCode, formatPath } from '../src/index.js';

/**
 * Runs an action that must throw a PlanningError and returns the error, so a test can check its
 * code, message and issues; fails the test if the action throws something else or nothing.
 */
export function caught(action: () => unknown): PlanningError {
  try {
    action();
  } catch (error) {
    if (error instanceof PlanningError) return error;
    throw error;
  }
  throw new Error('expected a PlanningError, but nothing was thrown');
}

/** Asserts that a call throws a PlanningError with this code and message (exact text or pattern). */
export function expectFailure(run: () => unknown, code: PlanningErrorCode, message: string | RegExp): void {
  const error = caught(run);
  expect(error.code).toBe(code);
  if (typeof message === 'string') expect(error.message).toBe(message);
  else expect(error.message).toMatch(message);
}

/** Issues as `path: message` lines. */
export function issueLines(issues: readonly Issue[]): string[] {
  return issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

/**
 * The refusals of a batch's read methods given indexes that are not an item's, for a batch of one
 * item: each `[code, message]` of `read(1)`, `read(-1)`, `read(0.5)`, `read(NaN)` and `read(2)`, one
 * read method per index in turn, as the batches of ranking and attainment word them.
 */
export function indexRefusals(reads: readonly ((index: number) => unknown)[]): [PlanningErrorCode, string][] {
  return [1, -1, 0.5, Number.NaN, 2].map((index, position) => {
    const error = caught(() => reads[position % reads.length]?.(index));
    return [error.code, error.message];
  });
}

/** What {@link indexRefusals} gives for a batch of one item. */
export const oneItemIndexRefusals: readonly [PlanningErrorCode, string][] = [
  ['invalid-argument', 'index must be a whole number from 0 to 0; got 1'],
  ['invalid-argument', 'index must be a whole number from 0 to 0; got -1'],
  ['invalid-argument', 'index must be a whole number from 0 to 0; got 0.5'],
  ['invalid-argument', 'index must be a whole number from 0 to 0; got NaN'],
  ['invalid-argument', 'index must be a whole number from 0 to 0; got 2'],
];
