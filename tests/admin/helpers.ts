import { type Issue, PlanningError, formatPath } from '../../src/index.js';

/** Runs `run` and returns the PlanningError it throws; fails when it throws nothing or something else. */
export function thrown(run: () => unknown): PlanningError {
  try {
    run();
  } catch (error) {
    if (error instanceof PlanningError) return error;
    throw error;
  }
  throw new Error('expected a PlanningError, but nothing was thrown');
}

/** Issues as `path: message` lines. */
export function issueLines(issues: readonly Issue[]): string[] {
  return issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}
