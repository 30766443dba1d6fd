import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as { projectDocuments: string[] };

/** The paths a projectDocuments entry names: `docs/{a,b}.md` names `docs/a.md` and `docs/b.md`. */
function pathsOf(entry: string): string[] {
  const group = /^(.*)\{([^{}]*)\}(.*)$/.exec(entry);
  if (group === null) return [entry];
  const [, before = '', choices = '', after = ''] = group;
  return choices.split(',').map((choice) => `${before}${choice}${after}`);
}

describe('the typedoc site lists every guide in reading order', () => {
  const listed = config.projectDocuments.flatMap(pathsOf);
  const guides = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`);

  it('lists every guide of docs/ exactly once, so that a new guide cannot be left out of the site', () => {
    const missing = guides.filter((guide) => !listed.includes(guide));
    expect(missing, 'add these guides to projectDocuments in typedoc.json, in reading order').toEqual([]);
    expect(listed.filter((path, index) => listed.indexOf(path) !== index)).toEqual([]);
  });

  it('names only guides that exist, so that typedoc finds a file for every entry', () => {
    // A plain entry must exist; an entry with braces ({a,b}) must match at least one existing file.
    const unmatched = config.projectDocuments.filter((entry) => !pathsOf(entry).some((path) => guides.includes(path)));
    const absent = config.projectDocuments.filter((entry) => !entry.includes('{') && !guides.includes(entry));
    expect([...unmatched, ...absent]).toEqual([]);
  });

  it('starts with the getting-started guide and the concepts, and ends with the reference pages', () => {
    expect(listed.slice(0, 2)).toEqual(['docs/getting-started.md', 'docs/concepts.md']);
    expect(listed.slice(-3)).toEqual(['docs/methods.md', 'docs/cookbook.md', 'docs/glossary.md']);
  });
});
