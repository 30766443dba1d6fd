import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { chooseFastCheckSeed } from './tests/setup/fast-check-seed.js';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig(({ mode }) => {
  const { seed, origin } = chooseFastCheckSeed({ env: process.env, mode });
  if (origin !== 'fixed') console.log(`fast-check: ${origin} seed ${String(seed)} (replay with FC_SEED=${String(seed)})`);
  return {
    resolve: {
      // The package's own name means its sources, as in tsconfig.json's paths (the examples use it).
      alias: [
        { find: /^planning-indicators$/, replacement: source('./src/index.ts') },
        { find: /^planning-indicators\/datasets\/([\w-]+)$/, replacement: source('./src/datasets/$1/index.ts') },
        { find: /^planning-indicators\/([\w-]+)$/, replacement: source('./src/entries/$1.ts') },
      ],
    },
    test: {
      include: ['tests/**/*.test.ts'],
      // No test asserts a time: on a loaded 2-core machine a property test or a report test can take
      // several seconds, and vitest's default of 5 s would make it fail at random.
      testTimeout: 60_000,
      hookTimeout: 60_000,
      setupFiles: ['tests/setup/fast-check.ts'],
      provide: { fastCheckSeed: seed, fastCheckSeedOrigin: origin },
      reporters: ['default', 'json'],
      outputFile: { json: 'reports/vitest.json' },
    },
  };
});
