/*
 * Keeps the guides (docs/*.md) and the README plain Markdown that reads right on any renderer (npm,
 * GitHub, an editor, a package browser), not only on the TypeDoc site:
 *
 * - a TypeDoc link to an API name, `{@link index!growthRate | growthRate}`, shows raw elsewhere; it
 *   becomes the name as code, `growthRate`;
 * - a `|` inside a code span of a table row splits the cell on every renderer; it becomes `\|`
 *   (GitHub, markdown-it and CommonMark tables read `\|` as a literal pipe, in code spans too);
 * - a table row whose cell count differs from its header's is reported (it cannot be fixed blindly).
 *
 * `npx tsx scripts/docs-markdown.ts` rewrites the files in place; `--check` only reports and exits
 * with 1 when something is wrong. tests/docs/markdown.test.ts runs the same check in `npm test`.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface MarkdownProblem {
  /** `docs/periods.md:12` */
  readonly where: string;
  readonly problem: string;
}

const typedocLink = /\{@link(?:code|plain)?\s+(?:[\w./-]+!)?([\w$.#~-]+)\s*(?:\\?\|\s*([^}]*?))?\s*\}/g;

/** The `|` positions of a table row that separate cells: not escaped, and outside no code span. */
function cellCount(row: string): number {
  let cells = 0;
  for (let index = 0; index < row.length; index += 1) {
    if (row[index] === '\\') index += 1;
    else if (row[index] === '|') cells += 1;
  }
  // A row written `| a | b |` has one more pipe than cells.
  const trimmed = row.trim();
  return cells - (trimmed.startsWith('|') ? 1 : 0) - (trimmed.endsWith('|') && !trimmed.endsWith('\\|') ? 1 : 0) + 1;
}

/** Escapes the unescaped pipes inside the code spans of one table row. */
function escapePipesInCode(row: string): string {
  let result = '';
  let index = 0;
  while (index < row.length) {
    const char = row[index] ?? '';
    if (char === '\\') {
      result += row.slice(index, index + 2);
      index += 2;
      continue;
    }
    if (char !== '`') {
      result += char;
      index += 1;
      continue;
    }
    let ticks = 0;
    while (row[index + ticks] === '`') ticks += 1;
    const fence = '`'.repeat(ticks);
    const close = row.indexOf(fence, index + ticks);
    if (close === -1) {
      result += row.slice(index);
      break;
    }
    const code = row.slice(index + ticks, close).replace(/(?<!\\)\|/g, '\\|');
    result += fence + code + fence;
    index = close + ticks;
  }
  return result;
}

/** The fixed text of one Markdown file, and what could not be fixed. */
export function fixMarkdown(text: string, file: string): { text: string; problems: MarkdownProblem[] } {
  const problems: MarkdownProblem[] = [];
  const lines = text.split('\n');
  let fenced = false;
  let header: number | undefined;
  const out = lines.map((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) return line;
    let fixed = line.replace(typedocLink, (_link, target: string, label: string | undefined) => {
      const name = target.split(/[.#~]/).pop() ?? target;
      const text = label === undefined || label.trim() === '' ? name : label.trim();
      return text === name || text === target ? `\`${text}\`` : text;
    });
    if (/^\s*\|/.test(fixed)) {
      fixed = escapePipesInCode(fixed);
      const cells = cellCount(fixed);
      if (header === undefined) header = cells;
      else if (cells !== header) {
        problems.push({ where: `${file}:${String(index + 1)}`, problem: `a table row of ${String(cells)} cells under a header of ${String(header)}` });
      }
    } else {
      header = undefined;
    }
    return fixed;
  });
  return { text: out.join('\n'), problems };
}

/** README.md and every guide of docs/. */
export function markdownFiles(root: string): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(root, 'docs', name));
  return [join(root, 'README.md'), join(root, 'CHANGELOG.md'), ...docs];
}

/** Every problem of every file: what the fix would change, and what it cannot fix. */
export function checkMarkdown(root: string): MarkdownProblem[] {
  return markdownFiles(root).flatMap((path) => {
    const file = relative(root, path);
    const before = readFileSync(path, 'utf8');
    const { text, problems } = fixMarkdown(before, file);
    const changed = before.split('\n').flatMap((line, index) =>
      line === text.split('\n')[index] ? [] : [{ where: `${file}:${String(index + 1)}`, problem: `TypeDoc link or unescaped | in a table: ${line.trim().slice(0, 120)}` }],
    );
    return [...changed, ...problems];
  });
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(import.meta.dirname, '..');
  if (process.argv.includes('--check')) {
    const problems = checkMarkdown(root);
    for (const { where, problem } of problems) console.log(`${where}: ${problem}`);
    console.log(problems.length === 0 ? 'the Markdown of the guides is clean' : `${String(problems.length)} problems; run npx tsx scripts/docs-markdown.ts`);
    process.exitCode = problems.length === 0 ? 0 : 1;
  } else {
    for (const path of markdownFiles(root)) {
      const before = readFileSync(path, 'utf8');
      const { text, problems } = fixMarkdown(before, relative(root, path));
      if (text !== before) {
        writeFileSync(path, text);
        console.log(`fixed ${relative(root, path)}`);
      }
      for (const { where, problem } of problems) console.log(`${where}: ${problem} (fix it by hand)`);
    }
  }
}
