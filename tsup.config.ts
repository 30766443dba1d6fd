import { defineConfig } from 'tsup';

const libraryEntries = {
  index: 'src/index.ts',
  'datasets/nhu-xuan/index': 'src/datasets/nhu-xuan/index.ts',
  'datasets/vietnam/index': 'src/datasets/vietnam/index.ts',
};

export default defineConfig({
  // The bundled reference data have their own entry points, so that the core does not carry it.
  entry: {
    ...libraryEntries,
    // The `planning-indicators` binary (package.json "bin"): dist/cli.js, with the shebang of its source.
    cli: 'src/cli/bin.ts',
  },
  format: ['esm', 'cjs'],
  // TS 6 rejects the baseUrl that tsup 8.5 injects into the declaration build (TS5101). The binary
  // has no types to declare.
  dts: { entry: libraryEntries, compilerOptions: { ignoreDeprecations: '6.0' } },
  // Shared chunks in both formats: the dataset entry and the core must share one copy of the library
  // (one PlanningError class, one registry of built hierarchies).
  splitting: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
});
