/**
 * The pandas comparison: finds a python3 that imports pandas and drives bench/pandas_worker.py, which
 * times the pandas work itself and answers one line per run, so that pandas can take its turn in the
 * interleaved rounds. Without pandas the comparison is skipped with a note; it never fails a run.
 *
 * The python tried first is `BENCH_PYTHON` when set, then /usr/bin/python3 (Debian's, where
 * `apt-get install python3-pandas` puts pandas), then `python3` on the PATH.
 */
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

// The runner bundles this module elsewhere and says where bench/ is.
const workerScript = join(process.env.BENCH_FOLDER ?? dirname(fileURLToPath(import.meta.url)), 'pandas_worker.py');

/** A python that imports pandas, or why none was found. */
export type PandasPython = { readonly python: string; readonly version: string } | { readonly missing: string };

/** Looks for a python3 with pandas and numpy. */
export function findPandas(): PandasPython {
  const candidates = [process.env.BENCH_PYTHON, '/usr/bin/python3', 'python3'].filter(
    (candidate): candidate is string => candidate !== undefined && candidate !== '',
  );
  const tried: string[] = [];
  for (const python of candidates) {
    const probe = spawnSync(python, ['-c', 'import numpy, pandas; print(pandas.__version__)'], { encoding: 'utf8', timeout: 60_000 });
    if (probe.status === 0) return { python, version: probe.stdout.trim() };
    tried.push(`${python}: ${probe.error === undefined ? (probe.stderr.trim().split('\n').pop() ?? 'failed') : probe.error.message}`);
  }
  return {
    missing: `no python3 with pandas (${tried.join('; ')}); on Debian: apt-get install python3-pandas, or set BENCH_PYTHON`,
  };
}

/** A running pandas worker with its data loaded and warmed up. */
export interface PandasWorker {
  readonly version: string;
  /** What the warm-up run computed, for the agreement check. */
  readonly check: unknown;
  /** Runs the task once and returns the time pandas took, in ms. */
  readonly run: () => Promise<number>;
  readonly close: () => void;
}

interface WorkerMessage {
  readonly ready?: boolean;
  readonly version?: string;
  readonly check?: unknown;
  readonly ms?: number;
}

/** Starts the worker on a task ('rank-groups' or 'growth') with its data. */
export async function startPandas(python: string, task: 'rank-groups' | 'growth', data: unknown): Promise<PandasWorker> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-pandas-'));
  const dataFile = join(folder, 'data.json');
  writeFileSync(dataFile, JSON.stringify(data));
  const child: ChildProcessWithoutNullStreams = spawn(python, [workerScript], { stdio: ['pipe', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    errors += chunk;
  });
  const waiting: { resolve: (message: WorkerMessage) => void; reject: (error: Error) => void }[] = [];
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => waiting.shift()?.resolve(JSON.parse(line) as WorkerMessage));
  child.on('close', (code) => {
    for (const pending of waiting.splice(0)) pending.reject(new Error(`the pandas worker stopped (exit ${String(code)}): ${errors.trim()}`));
  });
  const ask = (line: string): Promise<WorkerMessage> =>
    new Promise((resolve, reject) => {
      waiting.push({ resolve, reject });
      child.stdin.write(`${line}\n`);
    });
  const close = (): void => {
    child.stdin.end();
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    const ready = await ask(JSON.stringify({ task, data_file: dataFile }));
    return {
      version: ready.version ?? 'unknown',
      check: ready.check,
      run: async () => {
        const answer = await ask('run');
        if (typeof answer.ms !== 'number') throw new Error(`the pandas worker answered ${JSON.stringify(answer)} instead of a time`);
        return answer.ms;
      },
      close,
    };
  } catch (error) {
    close();
    throw error;
  }
}
