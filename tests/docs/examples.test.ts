import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import * as vietnam from '../../src/datasets/vietnam/index.js';
import * as nhuXuanPlan from '../../src/datasets/nhu-xuan/plan-2024.js';
import * as nhuXuanObservations from '../../src/datasets/nhu-xuan/observations-2024.js';
import * as nhuXuan from '../../src/datasets/nhu-xuan/index.js';
import * as commandLine from '../../src/cli/index.js';
import * as xlsx from '../../src/xlsx/index.js';
import { compileExample, guideExamples, tsdocExamples, type DocExample } from './doc-examples.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// The command line's door (runCli, exitCodes) too: its examples run like the library's.
const scope: Record<string, unknown> = { ...library, ...vietnam, ...nhuXuan, ...nhuXuanPlan, ...nhuXuanObservations, ...commandLine, ...xlsx, z };
const names = Object.keys(scope).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));

// Examples may await (reading and writing workbooks is asynchronous).
async function asyncExample(): Promise<void> {
  await Promise.resolve();
}
const AsyncFunction = (Object.getPrototypeOf(asyncExample) as { readonly constructor: unknown }).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;

async function run(example: DocExample): Promise<void> {
  const logged: unknown[] = [];
  const console = { ...globalThis.console, log: (...values: unknown[]) => logged.push(values.length === 1 ? values[0] : values) };
  const check = (actual: unknown, expected: unknown, text: string) => {
    expect(actual, `${example.where}: //=> ${text}`).toEqual(expected);
  };
  const checkLogged = (expected: unknown, text: string) => {
    expect(logged.length, `${example.where}: nothing was logged before //=> ${text}`).toBeGreaterThan(0);
    expect(logged[logged.length - 1], `${example.where}: //=> ${text}`).toEqual(expected);
  };
  const throws = (thunk: () => unknown, text: string) => {
    expect(thunk, `${example.where}: should throw ${text}`).toThrow();
  };
  const hoist = example.prelude !== undefined;
  const prelude = (example.prelude ?? []).map((code) => compileExample(code, { checks: false, hoist })).join('\n');
  // The block scope lets an example declare a name that the library also exports (such as `units`).
  const body = `{\n${prelude}\n${compileExample(example.code, { hoist })}\n}`;
  // Running documentation examples is the point of this file.
  const execute = new AsyncFunction(...names, 'console', '__check', '__checkLogged', '__throws', body);
  await execute(...names.map((name) => scope[name]), console, check, checkLogged, throws);
}

describe('TSDoc @example blocks run and their //=> results hold', () => {
  const examples = tsdocExamples(root);
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(100);
  });
  it.each(examples.map((example) => [example.where, example] as const))('%s', async (_where, example) => {
    await run(example);
  });
});

describe('code blocks of the guides run and their //=> results hold', () => {
  it.each(guideExamples(root).map((example) => [example.where, example] as const))('%s', async (_where, example) => {
    await run(example);
  });
});
