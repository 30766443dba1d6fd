import { defineConfig, type Options } from 'tsup';

/*
 * One output file per source module, in both formats, so that a bundler keeps only the modules a
 * consumer's imports reach (package.json says "sideEffects": false) and Node loads only what an entry
 * needs. ESM goes to dist/, CommonJS to dist/cjs/ (whose own package.json says "type": "commonjs").
 * Declarations are not built here: `tsc -p tsconfig.build.json` writes one .d.ts per module (see
 * scripts/build.ts), which needs no bundling of types and so prints no circular-chunk warnings.
 */
const shared: Options = {
  bundle: false,
  sourcemap: true,
  clean: false,
  dts: false,
  target: 'es2022',
  platform: 'neutral',
  // Not tsconfig.json: under its verbatimModuleSyntax, `import { type A } from './a.js'` would stay
  // as `import {} from './a.js'`, a runtime edge (and a cycle) for a type.
  tsconfig: 'tsconfig.build.json',
  // Keep `with { type: 'json' }` (the command line reads its version from package.json): Node 20.19
  // supports import attributes, but target es2022 would make esbuild drop them.
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'import-attributes': true };
  },
};

export default defineConfig([
  // The command line (src/cli) is ESM only: it is the package's binary, not an import.
  { ...shared, entry: ['src/**/*.ts'], format: ['esm'], outDir: 'dist' },
  { ...shared, entry: ['src/**/*.ts', '!src/cli/**'], format: ['cjs'], outDir: 'dist/cjs', outExtension: () => ({ js: '.js' }) },
]);
