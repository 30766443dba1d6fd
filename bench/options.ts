/** The command line of the benchmark runner and of each benchmark's child process. */

/** What the command line asks for. */
export interface BenchOptions {
  /** Benchmark names (or parts of names) to run; empty for all. */
  readonly filters: readonly string[];
  /** Where to write the rows as JSON, if anywhere. */
  readonly json: string | undefined;
  /** Where a child writes its row (set by the runner). */
  readonly out: string | undefined;
  /** Multiplies the data sizes; 1 is the sizes. */
  readonly scale: number;
  /** Interleaved rounds, or undefined for each benchmark's default. */
  readonly rounds: number | undefined;
}

function valueAfter(argv: readonly string[], index: number, flag: string): string {
  const value = argv[index + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
  return value;
}

/** Reads `NAME... [--json FILE] [--scale F] [--rounds N] [--out FILE]`. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const filters: string[] = [];
  let json: string | undefined;
  let out: string | undefined;
  let scale = 1;
  let rounds: number | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--json') json = valueAfter(argv, index++, arg);
    else if (arg === '--out') out = valueAfter(argv, index++, arg);
    else if (arg === '--scale') {
      scale = Number(valueAfter(argv, index++, arg));
      if (!(scale > 0 && scale <= 1)) throw new Error(`--scale takes a number above 0 and at most 1; got ${argv[index] ?? ''}`);
    } else if (arg === '--rounds') {
      rounds = Number(valueAfter(argv, index++, arg));
      if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds takes a whole number of at least 1; got ${argv[index] ?? ''}`);
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}; the options are --json FILE, --scale F, --rounds N`);
    else filters.push(arg);
  }
  return { filters, json, out, scale, rounds };
}
