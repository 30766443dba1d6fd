import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMarkdown, fixMarkdown, markdownFiles } from '../../scripts/docs-markdown.js';

const root = join(import.meta.dirname, '..', '..');

describe('the guides are plain Markdown that reads right on any renderer', () => {
  it('has no TypeDoc-only link and no unescaped | in a table cell (fix: npx tsx scripts/docs-markdown.ts)', () => {
    expect(checkMarkdown(root)).toEqual([]);
  });

  it('links only files that exist and that the package ships, so the links work in node_modules too', () => {
    const shipped = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] }).files;
    const broken: string[] = [];
    for (const file of markdownFiles(root)) {
      const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const match of text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
        const target = match[1] ?? '';
        if (/^[a-z]+:/.test(target)) continue;
        const path = normalize(join(dirname(file), target));
        const inPackage = relative(root, path);
        const top = inPackage.split('/')[0] ?? '';
        if (!existsSync(path)) broken.push(`${relative(root, file)}: ${target} does not exist`);
        else if (!shipped.includes(top) && !['README.md', 'package.json'].includes(inPackage)) broken.push(`${relative(root, file)}: ${target} is not in the package's files`);
      }
    }
    expect(broken).toEqual([]);
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
