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
