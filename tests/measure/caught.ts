import { PlanningError } from '../../src/index.js';

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
