import { PlanningError } from '../../src/index.js';

/** Runs `run`, expecting it to throw a PlanningError, and returns the error so its code and message can be checked. */
export function caught(run: () => unknown): PlanningError {
  try {
    run();
  } catch (error) {
    if (error instanceof PlanningError) return error;
    throw error;
  }
  throw new Error('expected a PlanningError, but nothing was thrown');
}
