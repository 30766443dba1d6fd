/**
 * Extracts runnable examples from TSDoc `@example` blocks and from the fenced code blocks of the
 * guides, and turns their `//=> value` comments into checks, so that every example in the docs is
 * executed by the test suite.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface DocExample {
  /** Where the example is: `src/numeric/decimal.ts:42 toDecimal` or `docs/periods.md:88`. */
  readonly where: string;
  /** The example's TypeScript source. */
  readonly code: string;
  /** For a guide's block: the earlier blocks of the same guide, which it may build on. */
  readonly prelude?: readonly string[];
}

function filesUnder(folder: string, extension: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) files.push(...filesUnder(path, extension));
    else if (name.endsWith(extension)) files.push(path);
  }
  return files.sort();
}

/** Every `@example` block of every TSDoc comment under `src/`. */
export function tsdocExamples(root: string): DocExample[] {
  const examples: DocExample[] = [];
  for (const file of filesUnder(join(root, 'src'), '.ts')) {
    const text = readFileSync(file, 'utf8');
    const comment = /\/\*\*([\s\S]*?)\*\//g;
    for (let match = comment.exec(text); match !== null; match = comment.exec(text)) {
      const body = (match[1] ?? '').split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
      const startLine = text.slice(0, match.index).split('\n').length;
      let current: string[] | undefined;
      let currentLine = 0;
      const flush = () => {
        if (current?.some((line) => line.trim() !== '') === true) {
          examples.push({ where: `${relative(root, file)}:${String(currentLine)}`, code: current.join('\n') });
        }
        current = undefined;
      };
      body.forEach((line, index) => {
        if (/^@example\b/.test(line.trim())) {
          flush();
          current = [];
          currentLine = startLine + index;
        } else if (/^@\w+/.test(line.trim())) {
          flush();
        } else if (current !== undefined) {
          current.push(line.replace(/^```\w*$/, ''));
        }
      });
      flush();
    }
  }
  return examples;
}

/** Every ```ts code block of the guides under `docs/` (and the README), unless marked `ts no-run`. */
export function guideExamples(root: string): DocExample[] {
  const examples: DocExample[] = [];
  const files = [join(root, 'README.md'), ...filesUnder(join(root, 'docs'), '.md')];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    let current: string[] | undefined;
    let start = 0;
    lines.forEach((line, index) => {
      if (current === undefined && /^```(ts|typescript)\s*$/.test(line)) {
        current = [];
        start = index + 1;
      } else if (current !== undefined && /^```\s*$/.test(line)) {
        const prelude = examples.filter((example) => example.where.startsWith(`${relative(root, file)}:`)).map((example) => example.code);
        examples.push({ where: `${relative(root, file)}:${String(start)}`, code: current.join('\n'), prelude });
        current = undefined;
      } else if (current !== undefined) {
        current.push(line);
      }
    });
  }
  return examples;
}

/** An expected value may go on over further `//` lines until its brackets close. */
function continuedExpectation(first: string, rest: string): string {
  let text = first.trim();
  const balance = (value: string) => (value.match(/[[{(]/g) ?? []).length - (value.match(/[\]})]/g) ?? []).length;
  for (const line of rest.split('\n').slice(1)) {
    if (balance(text) <= 0) break;
    const comment = /^\s*\/\/(.*)$/.exec(line);
    if (comment === null) break;
    text += `\n${comment[1] ?? ''}`;
  }
  return text;
}

/**
 * Rewrites an example into plain JavaScript that checks its results (unless `checks` is false, for
 * the earlier blocks of a guide that a later block builds on): an expression statement
 * followed by `//=> expected` (on the next line or at the end of its line) becomes
 * `__check(expression, expected)`; a statement followed by `// throws ...` becomes `__throws(...)`;
 * any other statement followed by `//=>` checks the last value given to `console.log`. Imports are
 * dropped: the runner puts the library's exports in scope.
 */
export function compileExample(code: string, options: { readonly checks?: boolean; readonly hoist?: boolean } = {}): string {
  const checks = options.checks ?? true;
    const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      edits.push({ start: statement.getStart(source), end: statement.end, text: '' });
      continue;
    }
    const after = code.slice(statement.end);
    const check = checks ? /^[ \t]*(?:\r?\n[ \t]*)?\/\/=>[ \t]?(.*)/.exec(after) : null;
    const throws = /^[ \t]*(?:\r?\n[ \t]*)?\/\/ throws\b(.*)/.exec(after);
    if (check !== null) {
      const expected = continuedExpectation(check[1] ?? '', after.slice(check[0].length));
      if (ts.isExpressionStatement(statement)) {
        const expression = statement.expression.getText(source);
        edits.push({ start: statement.getStart(source), end: statement.end, text: `__check((${expression}), (${expected}), ${JSON.stringify(expected)});` });
      } else {
        edits.push({ start: statement.end, end: statement.end, text: `\n__checkLogged((${expected}), ${JSON.stringify(expected)});` });
      }
    } else if (throws !== null && ts.isExpressionStatement(statement)) {
      const expression = statement.expression.getText(source);
      edits.push({ start: statement.getStart(source), end: statement.end, text: `__throws(() => (${expression}), ${JSON.stringify((throws[1] ?? '').trim())});` });
    }
  }
  let rewritten = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
  }
  // Guides build on their earlier blocks: top-level `var` lets a later block declare a name again.
  if (options.hoist === true) rewritten = rewritten.replace(/^(const|let) /gm, 'var ');
  return ts.transpileModule(rewritten, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022, verbatimModuleSyntax: false },
    reportDiagnostics: false,
  }).outputText;
}
