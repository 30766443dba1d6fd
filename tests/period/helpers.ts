/* Shared assertions of the period tests. */
import { expect } from 'vitest';
import { PlanningError, type PlanningErrorCode } from '../../src/index.js';

/** Runs a call that must throw a PlanningError, and returns the error for closer checks. */
export function failure(run: () => unknown): PlanningError {
  try {
    run();
  } catch (error) {
    if (error instanceof PlanningError) return error;
    throw error;
  }
  throw new Error('expected a PlanningError, but nothing was thrown');
}

/** Asserts that a call throws a PlanningError with this code and message (exact text or pattern). */
export function expectFailure(run: () => unknown, code: PlanningErrorCode, message: string | RegExp): void {
  const error = failure(run);
  expect(error.code).toBe(code);
  if (typeof message === 'string') expect(error.message).toBe(message);
  else expect(error.message).toMatch(message);
}
