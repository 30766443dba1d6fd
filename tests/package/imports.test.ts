/*
 * The import graph of src/: no cycles, between files or between domains, and every import of
 * another domain goes to an earlier domain through its index.ts (the order of the README's
 * architecture). Type-only imports count too: the declaration files keep them, and a cycle of types
 * is still a knot in the design.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'src');

/**
 * The domains in the README's order. `datasets` and `entries` are edges that may import any domain
 * of the library; the command line (`cli`, last) may import the bundled datasets too.
 */
const order = ['numeric', 'measure', 'period', 'admin', 'indicator', 'observation', 'target', 'growth', 'aggregate', 'attainment', 'ranking', 'format', 'exchange', 'report', 'xlsx', 'cli'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** The relative imports and re-exports of a file, as paths of src/ files (`period/model.ts`). */
function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false);
  const targets: string[] = [];
  for (const statement of source.statements) {
    const specifier =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier !== undefined && ts.isStringLiteral(statement.moduleSpecifier)
        ? statement.moduleSpecifier.text
        : undefined;
    if (specifier?.startsWith('.') !== true) continue;
    const target = relative(src, resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
    if (!target.startsWith('..')) targets.push(target);
  }
  return targets;
}

const graph = new Map(sourceFiles(src).map((file) => [relative(src, file), importsOf(file)] as const));
const domainOf = (file: string) => file.split('/')[0] ?? file;

/** The strongly connected components of more than one node (or a node importing itself): Tarjan. */
function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member !== undefined) {
          onStack.delete(member);
          component.push(member);
        }
      } while (member !== undefined && member !== node);
      if (component.length > 1 || (edges.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

describe('the import graph of src/', () => {
  it('reads the imports of every file (the graph is not empty)', () => {
    expect(graph.get('index.ts')).toContain('numeric/index.ts');
    expect(graph.get('period/validation.ts')?.length).toBeGreaterThan(0);
  });

  it('has no cycle between files', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('has no cycle between domains, and imports only earlier domains, through their index.ts', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const from = domainOf(file);
      if (!order.includes(from)) continue;
      for (const target of targets) {
        const to = domainOf(target);
        if (to === from || (from === 'cli' && to === 'datasets')) continue;
        if (!order.includes(to) || order.indexOf(to) > order.indexOf(from)) wrong.push(`${file} imports ${target}: ${to} does not come before ${from}`);
        else if (!target.endsWith('/index.ts')) wrong.push(`${file} imports ${target}, not ${to}/index.ts`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself)', () => {
    const knot = new Map([
      ['period/model.ts', ['period/validation.ts']],
      ['period/validation.ts', ['period/calendar.ts']],
      ['period/calendar.ts', ['period/model.ts']],
      ['period/format.ts', ['period/model.ts']],
    ]);
    expect(cycles(knot)).toEqual([['period/calendar.ts', 'period/model.ts', 'period/validation.ts']]);
  });
});
