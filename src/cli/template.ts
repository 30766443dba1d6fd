import { type TemplateKind, tableTemplate, templateKinds, writeCsv } from '../exchange/index.js';
import { languages } from '../format/index.js';
import { toDecimal, quoteText } from '../numeric/index.js';
import type { SheetOutput } from '../xlsx/index.js';
import { type CommandSpec, type ParsedArgs, choiceOption } from './args.js';
import { CliError, type ExitCode, exitCodes, usageError } from './errors.js';
import type { CliIo } from './io.js';

/** `planning-indicators template`. */
export const templateSpec: CommandSpec = {
  name: 'template',
  summary:
    'Write a template to fill in: a plan (one row per target), an indicator catalog (one row per indicator) or data (one row per value), with the Vietnamese column headers (--lang vi) or the column ids (--lang en) and an example row from the Như Xuân 2024 plan to overwrite.',
  positionals: ['<plan|catalog|data>'],
  requiredPositionals: 1,
  options: [
    { name: 'format', type: 'string', value: 'FORMAT', short: 'f', description: 'csv (default: UTF-8 with a byte order mark, for Excel) or xlsx (an Excel workbook; needs the package write-excel-file)' },
    { name: 'lang', type: 'string', value: 'LANG', short: 'l', description: 'vi (default: Vietnamese headers) or en (the column ids)' },
  ],
  notes: [
    'The filled-in files are read wherever the commands read plans (--plan), catalogs (--catalog) and data (--data), as .csv, .tsv, .txt or .xlsx.',
    'Examples:',
    '  planning-indicators template plan --format xlsx > plan.xlsx',
    '  planning-indicators template data --format csv --lang vi > data.csv',
    '  planning-indicators scorecard --plan plan.xlsx --data data.xlsx --format xlsx > out.xlsx',
  ],
};

/** Runs `template`. */
export function runTemplate(args: ParsedArgs, io: CliIo): ExitCode {
  const given = args.positionals[0] ?? '';
  const kind = templateKinds.find<TemplateKind>((candidate): candidate is TemplateKind => candidate === given.toLowerCase());
  if (kind === undefined) throw usageError(`template makes one of ${templateKinds.join(', ')}; got ${quoteText(given)}`, 'template');
  const format = choiceOption(args, 'template', 'format', ['csv', 'xlsx'] as const, 'csv');
  const lang = choiceOption(args, 'template', 'lang', languages, 'vi');
  const sheet = tableTemplate(kind, lang);
  if (format === 'csv') {
    // Numbers of the example are whole, so they read the same under either decimal separator.
    const records = sheet.rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : typeof cell === 'string' ? cell : toDecimal(cell.toString()).toFixed())));
    io.stdout(writeCsv(records, { byteOrderMark: true }));
    return exitCodes.success;
  }
  if (io.writeWorkbook === undefined) {
    throw new CliError(exitCodes.usage, '--format xlsx writes a binary workbook, which needs runCliAsync (the planning-indicators command uses it); runCli writes text only');
  }
  const widths = (sheet.rows[0] ?? []).map((cell) => Math.min(60, Math.max(12, String(cell ?? '').length + 2)));
  const output: SheetOutput = { name: sheet.name, rows: sheet.rows, columnWidths: widths };
  io.writeWorkbook([output]);
  return exitCodes.success;
}
