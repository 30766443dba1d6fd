/*
 * The package as its users get it: `npm pack` of the built package, unpacked into fresh consumer
 * projects (one per TypeScript setup in tests/package/consumers/), compiled there with tsc and
 * without skipLibCheck, then run with Node where the setup emits JavaScript. Nothing is downloaded:
 * the tarball is unpacked into each consumer's node_modules and the runtime dependencies are linked
 * from this repository's node_modules. Needs `npm run build` first (`npm test` builds before it).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const fixtures = join(import.meta.dirname, 'consumers');
const setups = ['nodenext-esm', 'nodenext-cjs', 'bundler', 'node10-cjs'] as const;
type Setup = (typeof setups)[number];

/** The TypeScript versions the README promises: the project's own and the oldest that works. */
const compilers = [
  { name: 'TypeScript 6.0', tsc: join(root, 'node_modules', 'typescript', 'lib', 'tsc.js'), flags: ['--ignoreDeprecations', '6.0'] },
  { name: 'TypeScript 5.4 (the oldest supported)', tsc: join(import.meta.dirname, 'typescript-5.4', 'node_modules', 'typescript', 'lib', 'tsc.js'), flags: [] },
] as const;

/** What consumer.ts prints when it runs: the same in every setup. */
const expectedOutput = {
  rate: '10.00',
  ratio: '1.0489',
  percent: '10,0%',
  period: 'quarter',
  assessments: 8,
  table: true,
  csv: 'indicator,area,period,value,status\r',
  refused: 'invalid-number',
  sheet: 'Số liệu',
  workbookPackages: ['read-excel-file', 'write-excel-file'],
};

let workspace = '';
let tarball = '';

interface Outcome {
  readonly code: number;
  readonly output: string;
}

async function outcome(command: string, args: readonly string[], cwd: string): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(command, args, { cwd, encoding: 'utf8', timeout: 180_000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** A fresh consumer project of one setup, with the packed package installed from the tarball. */
async function consumer(setup: Setup, folder: string): Promise<string> {
  const project = join(workspace, folder);
  mkdirSync(join(project, 'node_modules', 'planning-indicators'), { recursive: true });
  cpSync(join(fixtures, setup), project, { recursive: true });
  cpSync(join(fixtures, 'consumer.ts'), join(project, 'consumer.ts'));
  await run('tar', ['-xzf', tarball, '-C', join(project, 'node_modules', 'planning-indicators'), '--strip-components=1']);
  for (const dependency of ['zod', 'decimal.js', 'date-fns', '@types/node']) {
    mkdirSync(join(project, 'node_modules', dependency, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', dependency), join(project, 'node_modules', dependency), 'dir');
  }
  return project;
}

beforeAll(async () => {
  if (!existsSync(join(root, 'dist', 'index.js')) || !existsSync(join(root, 'dist', 'cjs', 'index.d.ts'))) {
    throw new Error('dist/ is missing: run `npm run build` before this test (`npm test` does)');
  }
  workspace = mkdtempSync(join(tmpdir(), 'planning-indicators-consumers-'));
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', workspace], { cwd: root, encoding: 'utf8' });
  const [packed] = JSON.parse(stdout) as [{ filename: string }];
  tarball = join(workspace, packed.filename);
}, 120_000);

afterAll(() => {
  if (workspace !== '') rmSync(workspace, { recursive: true, force: true });
}, 120_000);

// Each compile is a child process: two at a time keep both cores busy.
describe.concurrent('the packed package compiles in every consumer setup, without skipLibCheck', () => {
  for (const setup of setups) {
    for (const compiler of compilers) {
      it(`${setup}, ${compiler.name}`, async () => {
        const project = await consumer(setup, `${setup}-${compiler.name.split(' ')[1] ?? ''}`);
        const compiled = await outcome(process.execPath, [compiler.tsc, '-p', '.', ...compiler.flags], project);
        expect(compiled.output, `tsc in the ${setup} consumer`).toBe('');
        expect(compiled.code).toBe(0);
        if (existsSync(join(project, 'out'))) {
          // The setups that emit JavaScript run it, through the package's ESM or CommonJS files.
          const ran = await outcome(process.execPath, ['out/consumer.js'], project);
          expect(ran.code, ran.output).toBe(0);
          expect(JSON.parse(ran.output)).toEqual(expectedOutput);
        }
      }, 180_000);
    }
  }
});

describe('the consumer type test catches a Decimal that widens to any', () => {
  it('fails on declarations that import decimal.js by its default export, as 0.1.0 did', async () => {
    // Put back the 0.1.0 declaration: under nodenext ESM, the default import of decimal.js is the
    // CommonJS module object, so `Decimal` became `any` (TS2709 without skipLibCheck).
    const project = await consumer('nodenext-esm', 'widened');
    const declaration = join(project, 'node_modules', 'planning-indicators', 'dist', 'numeric', 'decimal.d.ts');
    const text = readFileSync(declaration, 'utf8');
    const named = "import { Decimal as DecimalJs } from 'decimal.js';";
    expect(text).toContain(named);
    writeFileSync(declaration, text.replace(named, "import DecimalJs from 'decimal.js';"));
    const strict = await outcome(process.execPath, [compilers[0].tsc, '-p', '.', '--noEmit'], project);
    expect(strict.code).not.toBe(0);
    expect(strict.output).toContain('error TS2709');
    // With skipLibCheck the declaration error is hidden, and the consumer's own claims fail instead.
    const skipped = await outcome(process.execPath, [compilers[0].tsc, '-p', '.', '--noEmit', '--skipLibCheck'], project);
    expect(skipped.code).not.toBe(0);
    expect(skipped.output).toContain("error TS2578: Unused '@ts-expect-error' directive");
    expect(skipped.output).toContain("error TS2344: Type 'false' does not satisfy the constraint 'true'");
  }, 180_000);
});

describe('the tarball', () => {
  it('runs the planning-indicators binary from an installed copy', async () => {
    const project = await consumer('nodenext-esm', 'binary');
    const version = await outcome(process.execPath, [join('node_modules', 'planning-indicators', 'dist', 'cli', 'bin.js'), '--version'], project);
    expect(version).toEqual({ code: 0, output: 'planning-indicators 0.1.0\n' });
    const scorecard = await outcome(process.execPath, [join('node_modules', 'planning-indicators', 'dist', 'cli', 'bin.js'), 'scorecard', '--lang', 'en', '--format', 'csv'], project);
    expect(scorecard.code, scorecard.output).toBe(0);
    expect(scorecard.output.split('\n').length).toBeGreaterThan(8);
  }, 120_000);

  it('ships the licence, the changelog, the guides and both builds, and no sources or tests', async () => {
    const listing = await run('tar', ['-tzf', tarball], { encoding: 'utf8' });
    const files = listing.stdout.split('\n').filter((line) => line !== '').map((line) => line.replace(/^package\//, ''));
    const guides = readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md'));
    for (const file of ['LICENSE', 'CHANGELOG.md', 'README.md', 'package.json', 'dist/index.js', 'dist/cjs/index.js', 'dist/cjs/package.json', 'dist/cli/bin.js', ...guides.map((guide) => `docs/${guide}`)]) {
      expect(files, file).toContain(file);
    }
    expect(files.filter((file) => file.startsWith('src/') || file.startsWith('tests/'))).toEqual([]);
  });
});
