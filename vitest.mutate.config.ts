/*
 * The vitest configuration of mutation runs (stryker.config.json, `npm run mutate`): the project's
 * own, with the test files narrowed to one domain's (tests/<MUTATE_DOMAIN>/) when scripts/mutate.ts
 * names one. The narrowing is done here and not with Stryker's --testFiles because Stryker 9.6.1
 * activates a static mutant too late when --testFiles gives it a test filter, so that every static
 * mutant survives (stryker-js issues #6144 and #6209); without --testFiles a static mutant is
 * activated before the modules load and reruns only the domain's tests. A test file that a static
 * mutant keeps from loading counts as a failed test (tests/setup/load-failure-reporter.ts).
 *
 * MUTATE_TESTS (optional, comma-separated globs under tests/<MUTATE_DOMAIN>/) narrows the domain's
 * tests further, for a domain whose static mutants are too costly against all its tests (report's:
 * every one reruns 23 files, two of them start headless Chromium). Fewer tests can only kill fewer
 * mutants, so a score measured this way is a lower bound of the domain-wide one; the README says
 * which files were measured against which tests.
 *
 * The test files run in an order that finds a failure soonest: the smallest first and those that
 * start a browser (*browser.test.ts) last. Stryker stops a mutant's run at its first failed test
 * (bail), so a killed static mutant rarely reaches the costly files; the order changes no result,
 * only when a run stops (vitest's own order runs the slowest files first).
 */
import { statSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { LoadFailureAsFailedTest } from './tests/setup/load-failure-reporter.js';
import projectConfig from './vitest.config.js';

/** Small test files first, test files that start a browser last; ties by path, so the order is the same on every run. */
class QuickFailureFirst extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const startsBrowser = (file: TestSpecification): number => (/browser\.test\.ts$/.test(file.moduleId) ? 1 : 0);
    const size = (file: TestSpecification): number => statSync(file.moduleId).size;
    return Promise.resolve(
      [...files].sort(
        (a, b) => startsBrowser(a) - startsBrowser(b) || size(a) - size(b) || (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0),
      ),
    );
  }
}

export default defineConfig((env) => {
  const project = (typeof projectConfig === 'function' ? projectConfig(env) : projectConfig) as ViteUserConfig;
  const reporters = [...[project.test?.reporters ?? []].flat(), new LoadFailureAsFailedTest()];
  const sequence = { ...project.test?.sequence, sequencer: QuickFailureFirst };
  const domain = process.env['MUTATE_DOMAIN'];
  if (domain === undefined || domain === '') return { ...project, test: { ...project.test, reporters, sequence } };
  if (!/^[\w-]+$/.test(domain)) throw new Error(`MUTATE_DOMAIN must be a domain folder name such as growth; got ${JSON.stringify(domain)}`);
  const narrowed = (process.env['MUTATE_TESTS'] ?? '').split(',').map((glob) => glob.trim()).filter((glob) => glob !== '');
  const outside = narrowed.filter((glob) => !glob.startsWith(`tests/${domain}/`) || glob.includes('..'));
  if (outside.length > 0) {
    throw new Error(`MUTATE_TESTS must name test files under tests/${domain}/ (such as tests/${domain}/render.test.ts); got ${JSON.stringify(outside)}`);
  }
  const include = narrowed.length > 0 ? narrowed : [`tests/${domain}/**/*.test.ts`];
  if (narrowed.length > 0) console.log(`mutate: ${domain}'s mutants are tested by ${narrowed.join(', ')} only (MUTATE_TESTS)`);
  return { ...project, test: { ...project.test, reporters, sequence, include } };
});
