import { defineConfig } from 'vitest/config';
import { chooseFastCheckSeed } from './tests/setup/fast-check-seed.js';

export default defineConfig(({ mode }) => {
  const { seed, origin } = chooseFastCheckSeed({ env: process.env, mode });
  if (origin !== 'fixed') console.log(`fast-check: ${origin} seed ${String(seed)} (replay with FC_SEED=${String(seed)})`);
  return {
    test: {
      include: ['tests/**/*.test.ts'],
      setupFiles: ['tests/setup/fast-check.ts'],
      provide: { fastCheckSeed: seed, fastCheckSeedOrigin: origin },
      reporters: ['default', 'json'],
      outputFile: { json: 'reports/vitest.json' },
    },
  };
});
