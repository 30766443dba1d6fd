/*
 * The vitest configuration of mutation runs (stryker.config.json, `npm run mutate`): the project's
 * own, with the test files narrowed to one domain's (tests/<MUTATE_DOMAIN>/) when scripts/mutate.ts
 * names one. The narrowing is done here and not with Stryker's --testFiles because Stryker 9.6.1
 * activates a static mutant too late when --testFiles gives it a test filter, so that every static
 * mutant survives (stryker-js issues #6144 and #6209); without --testFiles a static mutant is
 * activated before the modules load and reruns only the domain's tests. A test file that a static
 * mutant keeps from loading counts as a failed test (tests/setup/load-failure-reporter.ts).
 */
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { LoadFailureAsFailedTest } from './tests/setup/load-failure-reporter.js';
import projectConfig from './vitest.config.js';

export default defineConfig((env) => {
  const project = (typeof projectConfig === 'function' ? projectConfig(env) : projectConfig) as ViteUserConfig;
  const reporters = [...[project.test?.reporters ?? []].flat(), new LoadFailureAsFailedTest()];
  const domain = process.env['MUTATE_DOMAIN'];
  if (domain === undefined || domain === '') return { ...project, test: { ...project.test, reporters } };
  if (!/^[\w-]+$/.test(domain)) throw new Error(`MUTATE_DOMAIN must be a domain folder name such as growth; got ${JSON.stringify(domain)}`);
  return { ...project, test: { ...project.test, reporters, include: [`tests/${domain}/**/*.test.ts`] } };
});
