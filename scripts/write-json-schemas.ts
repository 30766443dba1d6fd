/*
 * Writes the JSON Schema of every model to schemas/<model>.schema.json, for the package (`npm run
 * build` runs it after tsup). The files are generated, not committed: jsonSchemaOf is their source.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaModels, jsonSchemaOf } from '../src/index.js';

const folder = join(import.meta.dirname, '..', 'schemas');
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
for (const model of jsonSchemaModels) {
  writeFileSync(join(folder, `${model}.schema.json`), `${JSON.stringify(jsonSchemaOf(model), null, 2)}\n`);
}
console.log(`wrote ${String(jsonSchemaModels.length)} JSON Schemas to schemas/`);
