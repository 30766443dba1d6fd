import { quoteText, quoteList } from '../numeric/index.js';
import { parseArgs } from 'node:util';
import { type Language, languages } from '../format/index.js';
import { isIsoDate } from '../period/index.js';
import { usageError } from './errors.js';

/** One option of a command, as `--help` shows it and `util.parseArgs` reads it. */
export interface OptionSpec {
  readonly name: string;
  readonly type: 'string' | 'boolean';
  /** What the value is, as shown in help (`FILE`, `YEAR`). */
  readonly value?: string;
  /** Whether the option may be given more than once. */
  readonly multiple?: boolean;
  readonly short?: string;
  readonly description: string;
}

/** A command: its name, what it does, its arguments and options, and notes for `--help`. */
export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  /** The positional arguments, as shown in the usage line (`<file>`). */
  readonly positionals: readonly string[];
  /** How many positionals are required (the rest are optional). */
  readonly requiredPositionals: number;
  readonly options: readonly OptionSpec[];
  readonly notes: readonly string[];
}

/** The output formats. */
export type OutputFormat = 'text' | 'markdown' | 'csv' | 'json' | 'html' | 'xlsx';

export const outputFormats: readonly OutputFormat[] = ['text', 'markdown', 'csv', 'json', 'html', 'xlsx'];

/** What a report is rendered as: an output format, or CSV for people (`--format csv --for people`). */
export type RenderFormat = OutputFormat | 'csv-people';

/** The options every report command takes: output format and language, and help. */
export const outputOptions: readonly OptionSpec[] = [
  { name: 'format', type: 'string', value: 'FORMAT', short: 'f', description: 'text (default), markdown, csv, json, html or xlsx (an Excel workbook, one sheet per table; needs the package write-excel-file)' },
  {
    name: 'for',
    type: 'string',
    value: 'WHOM',
    description: 'with --format csv: machines (default: exact values under column ids) or people (the rounded figures as the report shows them, under the column labels, with a byte order mark for Excel)',
  },
  { name: 'lang', type: 'string', value: 'LANG', short: 'l', description: 'vi (default) or en: the language of labels and numbers' },
];

/** The options that choose the observations and the catalog of their indicators (scorecard, growth). */
export const dataOptions: readonly OptionSpec[] = [
  { name: 'data', type: 'string', value: 'FILE', description: 'observations (a JSON list, a tidy table ending .csv, .tsv or .txt, or an .xlsx workbook); default: the bundled illustrative Như Xuân observations' },
  { name: 'catalog', type: 'string', value: 'FILE', description: 'indicator catalog (JSON, or a table of one row per indicator in .csv, .tsv, .txt or .xlsx); default: the bundled Vietnamese district catalog' },
];

/** `--as-of DATE`: what was known on a day. */
export const asOfOption: OptionSpec = {
  name: 'as-of',
  type: 'string',
  value: 'DATE',
  description: 'use only observations published on or before this date (YYYY-MM-DD)',
};

export const helpOption: OptionSpec = { name: 'help', type: 'boolean', short: 'h', description: 'show this help' };

/** What `util.parseArgs` found: option values by name, and the positionals. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
}

function optionLabel(option: OptionSpec): string {
  return option.type === 'string' ? `--${option.name} ${option.value ?? 'VALUE'}` : `--${option.name}`;
}

/** Parses a command's arguments; an unknown option, a missing value or a stray argument is a usage error (exit 2). */
export function parseCommandArgs(spec: CommandSpec, args: readonly string[]): ParsedArgs {
  const options = Object.fromEntries(
    [...spec.options, helpOption].map((option) => [
      option.name,
      { type: option.type, ...(option.short === undefined ? {} : { short: option.short }), ...(option.multiple === true ? { multiple: true } : {}) },
    ]),
  );
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: joinNegativeValues(spec, args), options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(describeParseError(spec, error), spec.name);
  }
  const values = parsed.values as ParsedArgs['values'];
  if (values.help === true) return { values, positionals: parsed.positionals };
  const { positionals } = parsed;
  if (positionals.length < spec.requiredPositionals) {
    const missing = spec.positionals.slice(positionals.length, spec.requiredPositionals).join(' ');
    throw usageError(`${spec.name} needs ${missing}: planning-indicators ${usageLine(spec)}`, spec.name);
  }
  if (positionals.length > spec.positionals.length) {
    const extra = quoteList(positionals.slice(spec.positionals.length));
    const takes = spec.positionals.length === 0 ? 'takes no arguments, only options' : `takes ${spec.positionals.join(' ')}`;
    throw usageError(`unexpected argument ${extra}: ${spec.name} ${takes}`, spec.name);
  }
  return { values, positionals };
}

const negativeNumber = /^-(?:\d|\.\d)/;

/**
 * `--target -100` as `--target=-100`: a negative number after an option that takes a value is that
 * value, not an option (Node's parseArgs reads every argument that starts with "-" as an option).
 */
function joinNegativeValues(spec: CommandSpec, args: readonly string[]): string[] {
  const takesValue = new Set<string>();
  for (const option of spec.options) {
    if (option.type !== 'string') continue;
    takesValue.add(`--${option.name}`);
    if (option.short !== undefined) takesValue.add(`-${option.short}`);
  }
  const joined: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const next = args[index + 1];
    if (takesValue.has(arg) && next !== undefined && negativeNumber.test(next)) {
      // Long options take "=value"; a short option takes its value right after the letter.
      joined.push(arg.startsWith('--') ? `${arg}=${next}` : `${arg}${next}`);
      index += 1;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

function describeParseError(spec: CommandSpec, error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
  const known = [...spec.options, helpOption].map((option) => `--${option.name}`).join(', ');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return `unknown option ${quoted} for ${spec.name}; its options are ${known}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // Node names the option as '--name' or '-n, --name <value>'.
    const long = /--([A-Za-z][\w-]*)/.exec(message)?.[1];
    const short = /'-(\w)\b/.exec(message)?.[1];
    const options = [...spec.options, helpOption];
    const option = options.find((candidate) => candidate.name === long) ?? options.find((candidate) => short !== undefined && candidate.short === short);
    if (option?.type === 'boolean') return `option --${option.name} takes no value; write --${option.name} alone`;
    if (option !== undefined) return `option --${option.name} needs a value: ${optionLabel(option)}`;
  }
  return message;
}

/** The usage line of a command: `scorecard [options]`, `validate <file> [options]`. */
export function usageLine(spec: CommandSpec): string {
  return [spec.name, ...spec.positionals, '[options]'].join(' ');
}

/** The `--help` text of a command. */
export function commandHelp(spec: CommandSpec): string {
  const options = [...spec.options, helpOption];
  const labels = options.map((option) => `${option.short === undefined ? '    ' : `-${option.short}, `}${optionLabel(option)}`);
  const width = Math.max(...labels.map((label) => label.length));
  const lines = [
    `Usage: planning-indicators ${usageLine(spec)}`,
    '',
    spec.summary,
    '',
    'Options:',
    ...options.map((option, index) => `  ${(labels[index] ?? '').padEnd(width)}  ${option.description}${option.multiple === true ? ' (may be repeated)' : ''}`),
  ];
  if (spec.notes.length > 0) lines.push('', ...spec.notes);
  return `${lines.join('\n')}\n`;
}

/** A string option's value, or undefined. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A repeatable string option's values (empty when absent). */
export function stringsOption(args: ParsedArgs, name: string): readonly string[] {
  const value = args.values[name];
  if (Array.isArray(value)) return value as readonly string[];
  return typeof value === 'string' ? [value] : [];
}

/** An option whose value is one of a list; anything else is a usage error naming the choices. */
export function choiceOption<T extends string>(args: ParsedArgs, command: string, name: string, choices: readonly T[], fallback: T): T {
  const value = stringOption(args, name);
  if (value === undefined) return fallback;
  const found = choices.find((choice) => choice === value.toLowerCase());
  if (found === undefined) throw usageError(`--${name} must be one of ${choices.join(', ')}; got ${quoteText(value)}`, command);
  return found;
}

/** The `--format`, `--for` and `--lang` of a report command. */
export function outputChoice(args: ParsedArgs, command: string): { readonly format: RenderFormat; readonly lang: Language } {
  const format = stringOption(args, 'format')?.toLowerCase() === 'md' ? 'markdown' : choiceOption(args, command, 'format', outputFormats, 'text');
  const audience = choiceOption(args, command, 'for', ['machines', 'people'] as const, 'machines');
  if (stringOption(args, 'for') !== undefined && format !== 'csv') throw usageError(`--for applies to --format csv (a workbook and the other formats are for people already); got --format ${format}`, command);
  return { format: format === 'csv' && audience === 'people' ? 'csv-people' : format, lang: choiceOption(args, command, 'lang', languages, 'vi') };
}

/** A `YYYY-MM-DD` option; anything else is a usage error. */
export function dateOption(args: ParsedArgs, command: string, name: string): string | undefined {
  const value = stringOption(args, name);
  if (value === undefined || isIsoDate(value)) return value;
  throw usageError(`--${name} must be a date written YYYY-MM-DD, such as 2024-12-31; got ${quoteText(value)}`, command);
}

/** A whole-year option (1000 to 9999); anything else is a usage error. */
export function yearOption(args: ParsedArgs, command: string, name: string): number | undefined {
  const value = stringOption(args, name);
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value.trim())) throw usageError(`--${name} must be a year of four digits, such as 2024; got ${quoteText(value)}`, command);
  return Number(value);
}
