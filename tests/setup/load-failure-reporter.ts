/*
 * A vitest reporter for mutation runs only (vitest.mutate.config.ts). Stryker's vitest runner scores
 * a mutant by the tests it collected, and a test file whose import throws collects none: a static
 * mutant that breaks a module's loading (a constant the module computes when it loads, a function
 * such a computation calls) would be reported as survived although every test of the file failed
 * (stryker-js issue #6150). This reporter gives such a file one failed test that carries the load
 * error, so the mutant counts as killed. Files that loaded are left as they are.
 */
import type { RunnerTestCase } from 'vitest';
import { type Reporter, type TestModule, experimental_getRunnerTask } from 'vitest/node';

export class LoadFailureAsFailedTest implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    for (const testModule of testModules) {
      const file = experimental_getRunnerTask(testModule);
      if (file.result?.state !== 'fail' || file.tasks.length > 0) continue;
      // The fields Stryker reads (type, name, result) and those vitest's own types require.
      const loadFailure = {
        type: 'test',
        id: `${file.id}_load`,
        name: 'the test file loads',
        mode: 'run',
        meta: {},
        file,
        suite: file,
        timeout: 0,
        annotations: [],
        artifacts: [],
        context: undefined,
        result: { state: 'fail', errors: file.result.errors ?? [] },
      } as unknown as RunnerTestCase;
      file.tasks.push(loadFailure);
    }
  }
}
