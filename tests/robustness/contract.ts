/*
 * The contract every public parser keeps on any input (issue 11): it returns a value with no NaN,
 * no Infinity and nothing read through the prototype chain (no function where data belongs), or it
 * throws a PlanningError with a known code, a message and issues that each have a path; it never
 * changes its input, and accepts the same input deep-frozen. Time is bounded by construction: the
 * generated inputs are bounded in size, and the parsers refuse larger ones before working on them.
 */
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect } from 'vitest';
import { PlanningError, type PlanningErrorCode, isDecimal } from '../../src/index.js';

/** Every code of the closed union, to check that an error carries one of them. */
export const knownCodes: ReadonlySet<PlanningErrorCode> = new Set<PlanningErrorCode>([
  'invalid-number',
  'invalid-argument',
  'invalid-input',
  'invalid-period',
  'unsupported-conversion',
  'unit-mismatch',
  'division-by-zero',
  'opposite-signs',
  'insufficient-data',
  'not-found',
  'ambiguous',
  'invalid-hierarchy',
  'missing-weight',
  'conflict',
]);

/**
 * How many generated inputs each entry point gets: a bounded number in `npm test` (fixed seed), and
 * `FUZZ_RUNS` (100,000 by `npm run fuzz`) in the long run.
 */
export function runs(inTests: number): number {
  const asked = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(asked) && asked > 0 ? asked : inTests;
}

/**
 * The time limit of one test: generous in `npm test` (a loaded machine), none to speak of in the long
 * run. It guards the suite, not the library: the bounds on time are the parsers' input limits.
 */
export function timeLimit(): number {
  return process.env.FUZZ_RUNS === undefined ? 120_000 : 24 * 60 * 60 * 1000;
}

/** The fixed seed of every property here, so that a failure is reproduced by running again. */
export const seed = 20_241_105;

/** The fast-check parameters of the suite: fixed seed, bounded runs. */
export function parameters(inTests: number): fc.Parameters<unknown> {
  return { seed, numRuns: runs(inTests), endOnFailure: true };
}

/** A finding of {@link scanResult}: where in a result a forbidden value is. */
function problemsIn(value: unknown): string[] {
  const found: string[] = [];
  const pending: [unknown, string][] = [[value, '(result)']];
  const seen = new Set<object>();
  while (pending.length > 0 && found.length < 5) {
    const next = pending.pop();
    if (next === undefined) break;
    const [item, path] = next;
    if (typeof item === 'number' && !Number.isFinite(item)) found.push(`${path} is ${String(item)}`);
    else if (typeof item === 'function') found.push(`${path} is a function (read through the prototype?)`);
    else if (typeof item === 'string' && item.includes('[native code]')) found.push(`${path} holds the text of a native function`);
    else if (isDecimal(item)) {
      if (!item.isFinite()) found.push(`${path} is the Decimal ${item.toString()}`);
    } else if (typeof item === 'object' && item !== null && !seen.has(item)) {
      seen.add(item);
      if (item instanceof Map || item instanceof Set) {
        for (const [key, entry] of item instanceof Map ? item.entries() : [...item].entries()) pending.push([entry, `${path}.get(${String(key)})`]);
        continue;
      }
      for (const key of Object.keys(item)) pending.push([(item as Record<string, unknown>)[key], `${path}.${key}`]);
    }
  }
  return found;
}

/** A deep copy of plain data (objects, arrays, Decimals kept as they are), made with a loop. */
function copyOf(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || isDecimal(value)) return value;
  const root: unknown = Array.isArray(value) ? [] : {};
  const pending: [unknown, unknown][] = [[value, root]];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === undefined) break;
    const [from, to] = next as [Record<string, unknown>, Record<string, unknown>];
    for (const key of Object.keys(from)) {
      const item = from[key];
      let copy: unknown = item;
      if (typeof item === 'object' && item !== null && !isDecimal(item)) {
        copy = Array.isArray(item) ? [] : {};
        pending.push([item, copy]);
      }
      Object.defineProperty(to, key, { value: copy, enumerable: true, writable: true, configurable: true });
    }
  }
  return root;
}

/** Freezes plain data deeply (a loop, so the depth of generated data does not matter). */
function freezeAll(value: unknown): unknown {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item !== 'object' || item === null || Object.isFrozen(item)) continue;
    for (const key of Object.keys(item)) pending.push((item as Record<string, unknown>)[key]);
    Object.freeze(item);
  }
  return value;
}

/** Whether any object reachable from a value is frozen. */
function anyFrozen(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item !== 'object' || item === null || isDecimal(item)) continue;
    if (Object.isFrozen(item)) return true;
    for (const key of Object.keys(item)) pending.push((item as Record<string, unknown>)[key]);
  }
  return false;
}

/** A stable text of plain data, for "unchanged" (keys named __proto__ included). */
function snapshot(value: unknown): string {
  // Wrapped in a list, so that undefined has a text too.
  return JSON.stringify([value], (_key, item: unknown) => (isDecimal(item) ? `Decimal(${item.toString()})` : typeof item === 'number' && !Number.isFinite(item) ? String(item) : item));
}

/** The outcome of one call: the result's problems, or the error (which must be a PlanningError). */
function outcome(call: () => unknown): { readonly ok: boolean; readonly text: string } {
  try {
    const result = call();
    const problems = problemsIn(result);
    expect(problems, 'a result holds a value the library never returns').toEqual([]);
    return { ok: true, text: '' };
  } catch (error) {
    if (!(error instanceof PlanningError)) {
      throw new Error(`expected a result or a PlanningError; got ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`, { cause: error });
    }
    expect(knownCodes.has(error.code), `unknown code ${error.code}`).toBe(true);
    expect(error.message.length, 'a message says something').toBeGreaterThan(0);
    // A message is bounded whatever the input: a screen of problems, quotes cut short.
    expect(error.message.length, 'a bounded message').toBeLessThan(20_000);
    for (const issue of error.issues) {
      expect(Array.isArray(issue.path), 'an issue has a path').toBe(true);
      expect(issue.message.length, 'an issue says what is wrong').toBeGreaterThan(0);
    }
    return { ok: false, text: error.code };
  }
}

let casesOfTest = 0;
let currentTest: string | undefined;

/**
 * Counts a case and, in the long run (`npm run fuzz` sets FUZZ_MEMORY_LOG), appends the process's
 * memory at every 1,000th case of a test: `case, resident bytes, heap bytes`, one line each.
 */
export function noteCase(): void {
  const log = process.env.FUZZ_MEMORY_LOG;
  if (log === undefined || log === '') return;
  const test = expect.getState().currentTestName;
  if (test !== currentTest) {
    currentTest = test;
    casesOfTest = 0;
  }
  casesOfTest += 1;
  if (casesOfTest % 1000 !== 0) return;
  const { rss, heapUsed } = process.memoryUsage();
  appendFileSync(log, `${String(casesOfTest)}\t${String(rss)}\t${String(heapUsed)}\n`);
}

/**
 * Checks the contract of an entry point on one input: the call on a copy keeps the copy unchanged
 * and unfrozen; the call on a deep-frozen copy has the same outcome (so nothing was written to it).
 */
export function checkContract(entry: (input: unknown) => unknown, input: unknown): void {
  noteCase();
  const mutable = copyOf(input);
  const before = snapshot(mutable);
  const first = outcome(() => entry(mutable));
  expect(snapshot(mutable), 'the input is unchanged').toBe(before);
  expect(anyFrozen(mutable), 'no part of the input was frozen').toBe(false);
  const frozen = freezeAll(copyOf(input));
  const second = outcome(() => entry(frozen));
  expect(second, 'a deep-frozen input gives the same outcome').toEqual(first);
}

/** Text of any kind: printable, binary, and pieces that parsers treat specially. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    '',
    ' ',
    '-0',
    '1e9000000000000001',
    '-1e-9000000000000001',
    '1e100000000',
    '1e101',
    '1e-101',
    '1'.repeat(51),
    '0x10',
    'NaN',
    'Infinity',
    '1.234.567,89',
    '1,234,567.89',
    '45 triệu đồng',
    '1.000 tỷ đồng',
    '2024-Q5',
    '2024-W54',
    '0000-D001',
    '202401B',
    '2024AprilS1',
    '2025BiW27',
    '2017WedW53',
    '2016NovQ1',
    '__proto__',
    'constructor',
    'toString',
    '=1+2',
    '"',
    '\uFEFF',
    '[',
    '{',
  ),
);

/**
 * The empty list and record among the edge values: one instance each for every generated case (as
 * fc.constantFrom gives them), so nothing may ever write into them; exported for the test that says so.
 */
export const sharedEmptyList: readonly unknown[] = [];
export const sharedEmptyRecord: Readonly<Record<string, unknown>> = {};

/** Values that may sit where a number, a code or an object belongs. */
export const edgeValue: fc.Arbitrary<unknown> = fc.oneof(
  anyText,
  fc.constantFrom(0, -0, 1, -1, 0.1, 1e300, 5e-324, Number.MAX_SAFE_INTEGER, Number.NaN, Number.POSITIVE_INFINITY, null, true, false, undefined, sharedEmptyList, sharedEmptyRecord),
  fc.double(),
  fc.integer(),
);

/** JSON-like data of bounded size, with keys that live on Object.prototype among the usual ones. */
export const anyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, edgeValue, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'code', 'value', 'period', 'units', 'targets')), tie('value'), { maxKeys: 4 }),
})).value;

/** The paths to every value inside plain data (objects and arrays), root excluded. */
function pathsOf(value: unknown): (readonly PropertyKey[])[] {
  const paths: (readonly PropertyKey[])[] = [];
  const pending: [unknown, readonly PropertyKey[]][] = [[value, []]];
  while (pending.length > 0 && paths.length < 5000) {
    const next = pending.pop();
    if (next === undefined) break;
    const [item, path] = next;
    if (typeof item !== 'object' || item === null || isDecimal(item)) continue;
    for (const key of Object.keys(item)) {
      const child: readonly PropertyKey[] = [...path, Array.isArray(item) ? Number(key) : key];
      paths.push(child);
      pending.push([(item as Record<string, unknown>)[key], child]);
    }
  }
  return paths;
}

/** One edit of plain data: a value replaced, a key removed, or an odd key added. */
export interface Edit {
  readonly pick: number;
  readonly kind: 'replace' | 'remove' | 'add';
  readonly value: unknown;
  readonly key: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  pick: fc.nat(),
  kind: fc.constantFrom('replace', 'remove', 'add'),
  value: fc.oneof(edgeValue, anyJson),
  key: fc.constantFrom('__proto__', 'constructor', 'toString', 'extra', 'value', 'code'),
});

/** A valid input with 1 to 4 edits at random places (a copy; the original is not touched). */
export function mutated(valid: unknown): fc.Arbitrary<unknown> {
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) => applyEdits(valid, edits));
}

/** Applies edits, in order, to a copy of a valid input; neither the input nor an edit's value changes. */
export function applyEdits(valid: unknown, edits: readonly Edit[]): unknown {
  const data = copyOf(valid);
  for (const change of edits) {
    const paths = pathsOf(data);
    const path = paths[change.pick % Math.max(paths.length, 1)];
    if (path === undefined || path.length === 0) continue;
    let parent: unknown = data;
    for (const key of path.slice(0, -1)) parent = (parent as Record<PropertyKey, unknown>)[key];
    const last = path[path.length - 1] ?? '';
    const holder = parent as Record<PropertyKey, unknown>;
    // A copy of the edit's value goes in, never the value itself: edge values such as [] and {} are
    // one instance for every case (fc.constantFrom), and a later edit writing into a shared one
    // made it grow from case to case and test to test until a long run ran out of memory.
    if (change.kind === 'replace') holder[last] = copyOf(change.value);
    else if (change.kind === 'remove' && !Array.isArray(holder)) Reflect.deleteProperty(holder, last);
    else if (change.kind === 'add' && typeof holder[last] === 'object' && holder[last] !== null && !Array.isArray(holder[last])) {
      Object.defineProperty(holder[last], change.key, { value: copyOf(change.value), enumerable: true, writable: true, configurable: true });
    }
  }
  return data;
}

/** A valid text with 1 to 4 character edits (deleted, inserted or replaced characters). */
export function mutatedText(valid: string, alphabet: string): fc.Arbitrary<string> {
  const change = fc.record({ at: fc.nat(), kind: fc.constantFrom('delete', 'insert', 'replace'), character: fc.constantFrom(...alphabet.split('')) });
  return fc.array(change, { minLength: 1, maxLength: 4 }).map((changes) => {
    let text = valid;
    for (const { at, kind, character } of changes) {
      const position = text.length === 0 ? 0 : at % text.length;
      if (kind === 'delete') text = text.slice(0, position) + text.slice(position + 1);
      else if (kind === 'insert') text = text.slice(0, position) + character + text.slice(position);
      else text = text.slice(0, position) + character + text.slice(position + 1);
    }
    return text;
  });
}
