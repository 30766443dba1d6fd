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
      setupFiles: ['tests/setup/fast-check.ts'],
      provide: { fastCheckSeed: seed, fastCheckSeedOrigin: origin },
      reporters: ['default', 'json'],
      outputFile: { json: 'reports/vitest.json' },
    },
  };
});
