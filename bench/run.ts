/**
 * Runs every benchmark in this folder (`*.bench.ts`), one after another, in one process.
 * `npm run bench` runs them all; `npm run bench -- admin` runs those whose file name contains "admin".
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const folder = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(folder)
  .filter((file) => file.endsWith('.bench.ts') && file.includes(filter))
  .sort();
if (files.length === 0) console.log(`no benchmark matches "${filter}"`);
for (const file of files) {
  console.log(`\n# ${file}`);
  await import(pathToFileURL(join(folder, file)).href);
}
