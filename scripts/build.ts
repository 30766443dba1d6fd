/*
 * The package build (`npm run build`): tsup writes one JavaScript module per source module, ESM to
 * dist/ and CommonJS to dist/cjs/; tsc writes one declaration file per module to dist/; the
 * declarations are copied into dist/cjs/, whose package.json says "type": "commonjs", so that a
 * CommonJS consumer's TypeScript reads them as CommonJS declarations (attw's "masquerading as ESM"
 * otherwise); then the JSON Schemas are written to schemas/. Every step's warnings fail the build.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

/** tsup's progress lines: anything else it prints (an esbuild warning) fails the build. */
const tsupProgress = [
  /^(CLI|ESM|CJS) (Building entry: |Using tsconfig: |tsup v|Using tsup config: |Target: |Build start$|⚡️ Build success in \d+ms$)/,
  /^(ESM|CJS) dist\/\S+ +[\d.]+ (B|KB|MB)$/,
];

function run(command: string, args: readonly string[], allowed: readonly RegExp[] = []): void {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) {
    process.stdout.write(output);
    throw new Error(`${relative(root, command)} ${args.join(' ')} failed`);
  }
  // eslint-disable-next-line no-control-regex -- terminal colours
  const lines = output.replace(/\u001b\[[\d;]*m/g, '').split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const unexpected = lines.filter((line) => !allowed.some((pattern) => pattern.test(line)));
  if (unexpected.length > 0) {
    process.stdout.write(`${unexpected.join('\n')}\n`);
    throw new Error(`${relative(root, command)} ${args.join(' ')} printed the lines above (warnings?); the build must be clean`);
  }
}

function declarationsUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'cjs' ? [] : declarationsUnder(path);
    return name.endsWith('.d.ts') ? [path] : [];
  });
}

rmSync(dist, { recursive: true, force: true });
run(bin('tsup'), [], tsupProgress);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
const cjs = join(dist, 'cjs');
for (const file of declarationsUnder(dist)) cpSync(file, join(cjs, relative(dist, file)));
writeFileSync(join(cjs, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
execFileSync(bin('tsx'), ['scripts/write-json-schemas.ts'], { cwd: root, stdio: 'inherit' });
const files = (folder: string): number =>
  readdirSync(folder).reduce((count, name) => count + (statSync(join(folder, name)).isDirectory() ? files(join(folder, name)) : 1), 0);
console.log(`built dist/: ${String(files(dist))} files (ESM, CommonJS in dist/cjs, declarations, source maps)`);
