import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { FIXED_SEED, chooseFastCheckSeed } from './fast-check-seed.js';

const draw = (): number => 4242;

describe('the seed of the property tests', () => {
  it('is the fixed seed on CI, even when a fresh or a replayed seed is asked for', () => {
    for (const CI of ['true', '1', 'yes']) {
      expect(chooseFastCheckSeed({ env: { CI }, draw })).toEqual({ seed: FIXED_SEED, origin: 'fixed' });
      expect(chooseFastCheckSeed({ env: { CI, FC_SEED: 'random' }, mode: 'explore', draw })).toEqual({ seed: FIXED_SEED, origin: 'fixed' });
      expect(chooseFastCheckSeed({ env: { CI, FC_SEED: '77' }, draw }).seed).toBe(FIXED_SEED);
    }
  });

  it('is the fixed seed for a plain run, where CI is unset or false', () => {
    expect(chooseFastCheckSeed({ env: {}, draw })).toEqual({ seed: FIXED_SEED, origin: 'fixed' });
    expect(chooseFastCheckSeed({ env: { CI: 'false', FC_SEED: '' }, mode: 'test', draw })).toEqual({ seed: FIXED_SEED, origin: 'fixed' });
  });

  it('is fresh only when a developer asks: npm run test:explore (--mode explore) or FC_SEED=random', () => {
    expect(chooseFastCheckSeed({ env: {}, mode: 'explore', draw })).toEqual({ seed: 4242, origin: 'fresh' });
    expect(chooseFastCheckSeed({ env: { FC_SEED: 'random' }, draw })).toEqual({ seed: 4242, origin: 'fresh' });
    expect(chooseFastCheckSeed({ env: { CI: '0', FC_SEED: 'random' }, draw })).toEqual({ seed: 4242, origin: 'fresh' });
  });

  it('replays a seed given as FC_SEED, and refuses one that is not a 32-bit integer', () => {
    expect(chooseFastCheckSeed({ env: { FC_SEED: '-1819918769' }, mode: 'explore', draw })).toEqual({ seed: -1819918769, origin: 'replay' });
    expect(() => chooseFastCheckSeed({ env: { FC_SEED: '12.5' }, draw })).toThrow(
      `FC_SEED must be a 32-bit integer such as ${String(FIXED_SEED)}, or "random"; got "12.5"`,
    );
    expect(() => chooseFastCheckSeed({ env: { FC_SEED: '9999999999' }, draw })).toThrow('FC_SEED must be a 32-bit integer');
  });

  it('reaches fast-check through the setup file, once for the whole run', () => {
    expect(fc.readConfigureGlobal().seed).toBe(inject('fastCheckSeed'));
    if (inject('fastCheckSeedOrigin') === 'fixed') expect(inject('fastCheckSeed')).toBe(FIXED_SEED);
  });

  it('makes a failing property name its seed', () => {
    let message = '';
    try {
      fc.assert(fc.property(fc.integer({ min: 10 }), (value) => value < 10));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`{ seed: ${String(inject('fastCheckSeed'))},`);
    expect(message).toContain(`seed ${String(inject('fastCheckSeed'))}`);
  });
});

describe('the property tests of the repository', () => {
  const root = join(import.meta.dirname, '..');
  const sources = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? (entry.name === 'node_modules' ? [] : sources(join(folder, entry.name))) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
    );
  // tests/bench tests the benchmarks' own seeded generator (bench/harness.ts), deterministic by construction.
  const files = sources(root).filter((file) => !file.endsWith(join('setup', 'fast-check-seed.ts')) && !file.includes(join(root, 'bench')));

  it('use fast-check, and none of them brings its own seed or its own randomness', () => {
    const offences: string[] = [];
    let properties = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      properties += (text.match(/fc\.(assert|check)\(/g) ?? []).length;
      text.split('\n').forEach((line, index) => {
        if (/\bseed\s*:|Math\.random|crypto\.random|randomInt|Date\.now\(\)/.test(line) && !file.endsWith('fast-check-seed.test.ts')) {
          offences.push(`${relative(root, file)}:${String(index + 1)}: ${line.trim()}`);
        }
      });
    }
    expect(properties).toBeGreaterThan(100);
    expect(offences).toEqual([]);
  });
});
