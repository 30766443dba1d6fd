import { quoteText } from '../numeric/index.js';
import { type JsonSchemaModel, jsonSchemaModels, jsonSchemaOf } from '../exchange/index.js';
import type { CommandSpec, ParsedArgs } from './args.js';
import { type ExitCode, exitCodes, usageError } from './errors.js';
import type { CliIo } from './io.js';

/** `planning-indicators schema`. */
export const schemaSpec: CommandSpec = {
  name: 'schema',
  summary: 'Print the JSON Schema (draft 2020-12) of a model: what the files of that model must hold, for editors and validators.',
  positionals: ['<model>'],
  requiredPositionals: 1,
  options: [],
  notes: [`Models: ${jsonSchemaModels.join(', ')}.`, 'Example:', '  planning-indicators schema plan > plan.schema.json'],
};

/** Runs `schema`. */
export function runSchema(args: ParsedArgs, io: CliIo): ExitCode {
  const model = args.positionals[0] ?? '';
  if (!(jsonSchemaModels as readonly string[]).includes(model)) {
    throw usageError(`unknown model ${quoteText(model)}; the models are ${jsonSchemaModels.join(', ')}`, 'schema');
  }
  io.stdout(`${JSON.stringify(jsonSchemaOf(model as JsonSchemaModel), null, 2)}\n`);
  return exitCodes.success;
}
