import { defineConfig } from 'tsup';

export default defineConfig({
  // The bundled reference data have their own entry points, so that the core does not carry it.
  entry: {
    index: 'src/index.ts',
    'datasets/nhu-xuan/index': 'src/datasets/nhu-xuan/index.ts',
    'datasets/vietnam/index': 'src/datasets/vietnam/index.ts',
  },
  format: ['esm', 'cjs'],
  // TS 6 rejects the baseUrl that tsup 8.5 injects into the declaration build (TS5101).
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  // Shared chunks in both formats: the dataset entry and the core must share one copy of the library
  // (one PlanningError class, one registry of built hierarchies).
  splitting: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
});
