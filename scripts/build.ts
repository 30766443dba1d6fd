/*
 * The package build (`npm run build`): tsup writes one JavaScript module per source module, ESM to
 * dist/ and CommonJS to dist/cjs/; tsc writes one declaration file per module to dist/; the
 * declarations are copied into dist/cjs/, whose package.json says "type": "commonjs", so that a
 * CommonJS consumer's TypeScript reads them as CommonJS declarations (attw's "masquerading as ESM"
 * otherwise); then the JSON Schemas are written to schemas/. Every step's warnings fail the build.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

function run(command: string, args: readonly string[]): void {
  // Output is shown only when a step prints something: a clean build prints nothing but its summary.
  const output = execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (output.trim() !== '') {
    process.stdout.write(output);
    throw new Error(`${relative(root, command)} ${args.join(' ')} printed output (warnings?); the build must be silent`);
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
run(bin('tsup'), []);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
const cjs = join(dist, 'cjs');
for (const file of declarationsUnder(dist)) cpSync(file, join(cjs, relative(dist, file)));
writeFileSync(join(cjs, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
execFileSync(bin('tsx'), ['scripts/write-json-schemas.ts'], { cwd: root, stdio: 'inherit' });
const files = (folder: string): number =>
  readdirSync(folder).reduce((count, name) => count + (statSync(join(folder, name)).isDirectory() ? files(join(folder, name)) : 1), 0);
console.log(`built dist/: ${String(files(dist))} files (ESM, CommonJS in dist/cjs, declarations, source maps)`);
