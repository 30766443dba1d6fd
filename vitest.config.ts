import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
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
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});
