/*
 * The programs of examples/ run as they are: they import `planning-indicators` by name, as a user's
 * project does (vitest.config.ts and tsconfig.json map the name to the sources in the clone), and
 * print what their header says. Each is imported here with console.log captured; the examples that
 * export their printing function run it only as a program, so the test calls it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const folder = join(import.meta.dirname, '..', '..', 'examples');

/** A line that each example prints, proving that it ran to its end. */
const lastWords: Readonly<Record<string, RegExp>> = {
  'admin-units.ts': /^Sources: /,
  'data-exchange.ts': /^JSON Schemas: schemas\/\w+\.schema\.json/,
  'emulation.ts': /^completeness \d+\/\d+ units/,
  'growth.ts': /^Mục tiêu này tương ứng tốc độ tăng bình quân [\d,]+%\/năm/,
  'periods.ts': /^DHIS2 2024Nov is /,
  'scorecard.ts': /^T\d/,
};

describe('the examples run and print their report', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const files = readdirSync(folder).filter((file) => file.endsWith('.ts')).sort();
  it('has an expectation for every example', () => {
    expect(files).toEqual(Object.keys(lastWords).sort());
  });

  it.each(files)('%s', async (file) => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...values: unknown[]) => {
      lines.push(values.map(String).join(' ').trim());
    });
    const program = (await import(join(folder, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(program)) {
      if (name.startsWith('print') && typeof value === 'function') (value as () => void)();
    }
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.some((line) => lastWords[file]?.test(line) === true), lines.slice(-5).join('\n')).toBe(true);
    expect(lines.join('\n')).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
  });
});
