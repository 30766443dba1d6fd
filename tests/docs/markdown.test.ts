import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMarkdown, fixMarkdown } from '../../scripts/docs-markdown.js';

const root = join(import.meta.dirname, '..', '..');

describe('the guides are plain Markdown that reads right on any renderer', () => {
  it('has no TypeDoc-only link and no unescaped | in a table cell (fix: npx tsx scripts/docs-markdown.ts)', () => {
    expect(checkMarkdown(root)).toEqual([]);
  });

  it('turns a TypeDoc link into the name as code, in text and in a table cell', () => {
    const text = 'Use {@link index!growthRate | growthRate}.\n\n| a | b |\n|---|---|\n| {@link index!toDecimal \\| toDecimal} | x |';
    expect(fixMarkdown(text, 'guide.md')).toEqual({
      text: 'Use `growthRate`.\n\n| a | b |\n|---|---|\n| `toDecimal` | x |',
      problems: [],
    });
  });

  it('escapes a pipe inside a code span of a table cell, and leaves code blocks alone', () => {
    const text = '| type | meaning |\n|---|---|\n| `number | string` | an input |\n\n```ts\nconst x: number | string = 1;\n```';
    expect(fixMarkdown(text, 'guide.md').text).toBe('| type | meaning |\n|---|---|\n| `number \\| string` | an input |\n\n```ts\nconst x: number | string = 1;\n```');
  });

  it('reports a row whose cells do not match its header, which it cannot fix blindly', () => {
    expect(fixMarkdown('| a | b |\n|---|---|\n| one | two | three |', 'guide.md').problems).toEqual([
      { where: 'guide.md:3', problem: 'a table row of 3 cells under a header of 2' },
    ]);
  });
});
