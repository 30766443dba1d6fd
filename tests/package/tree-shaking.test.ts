/*
 * What a bundler keeps of the built package (dist/, from `npm run build`): esbuild bundles a
 * consumer's import for the browser, minified, and the test reads which files went in. The byte
 * budgets of every entry are in .size-limit.json (`npm run size`); this test pins what must not be
 * there at all.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** The files (relative to the repository) that a bundle of `code` keeps, and its minified size. */
async function bundle(code: string): Promise<{ inputs: string[]; bytes: number }> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
  return { inputs, bytes: output?.bytes ?? 0 };
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` before this test (`npm test` does)');
});

describe('a bundler keeps only what an import uses', () => {
  it('bundles growthRate without zod, without date-fns and without the other domains', async () => {
    const { inputs } = await bundle("import { growthRate } from './dist/index.js'; console.log(growthRate(110, 100));");
    expect(inputs.filter((path) => path.includes('node_modules/zod'))).toEqual([]);
    expect(inputs.filter((path) => path.includes('node_modules/date-fns'))).toEqual([]);
    const own = inputs.filter((path) => path.startsWith('dist/'));
    expect(own.filter((path) => !/^dist\/(index|numeric\/|growth\/)/.test(path))).toEqual([]);
    expect(own).toContain('dist/growth/rates.js');
  });

  it('bundles toDecimal with decimal.js and nothing of zod', async () => {
    const { inputs } = await bundle("import { toDecimal } from './dist/index.js'; console.log(toDecimal('1.5'));");
    expect(inputs.filter((path) => path.includes('node_modules/zod'))).toEqual([]);
    expect(inputs.some((path) => path.includes('node_modules/decimal.js'))).toBe(true);
  });

  it('bundles a period parser with the date-fns functions it uses, never the date-fns index', async () => {
    const { inputs } = await bundle("import { parsePeriod } from './dist/index.js'; console.log(parsePeriod('2024-Q3'));");
    const dateFns = inputs.filter((path) => path.includes('node_modules/date-fns'));
    expect(dateFns.length).toBeGreaterThan(0);
    expect(dateFns.filter((path) => path.endsWith('date-fns/index.js'))).toEqual([]);
  });

  it('keeps the report renderers out of a bundle of the core entry', async () => {
    const { inputs } = await bundle("import * as core from './dist/entries/core.js'; console.log(core);");
    expect(inputs.filter((path) => /^dist\/(report|exchange|format|ranking|aggregate|cli|datasets)\//.test(path))).toEqual([]);
  });
});

describe('every sub-path entry is wired in every place that needs it', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
    typesVersions: Record<string, Record<string, string[]>>;
  };
  const budgets = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8')) as { path: string; import: string }[];
  const typedoc = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
  const entries = readdirSync(join(root, 'src', 'entries')).map((file) => file.replace(/\.ts$/, ''));

  it.each(entries)('planning-indicators/%s has an export, node10 types, a size budget and (but core) an API page', (entry) => {
    expect(manifest.exports[`./${entry}`]).toEqual({
      import: { types: `./dist/entries/${entry}.d.ts`, default: `./dist/entries/${entry}.js` },
      require: { types: `./dist/cjs/entries/${entry}.d.ts`, default: `./dist/cjs/entries/${entry}.js` },
    });
    expect(manifest.typesVersions['*']?.[entry]).toEqual([`./dist/cjs/entries/${entry}.d.ts`]);
    expect(budgets.some((budget) => budget.path === `dist/entries/${entry}.js` && budget.import === '*')).toBe(true);
    // The core re-exports eight domains, each of which has its own page.
    if (entry !== 'core') expect(typedoc.entryPoints).toContain(`src/entries/${entry}.ts`);
  });

  it('has an entry for every domain of the library (the command line is the binary, not an entry)', () => {
    const domains = readdirSync(join(root, 'src'), { withFileTypes: true })
      .filter((item) => item.isDirectory() && !['cli', 'datasets', 'entries'].includes(item.name))
      .map((item) => item.name);
    expect(domains.filter((domain) => !entries.includes(domain))).toEqual([]);
  });
});
