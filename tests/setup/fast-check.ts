/*
 * Vitest setup file: every fast-check property of the suite runs on the seed chosen once for the
 * run (see fast-check-seed.ts and vitest.config.ts), and a failing property says how to replay it.
 */
import fc from 'fast-check';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    fastCheckSeed: number;
    fastCheckSeedOrigin: 'fixed' | 'replay' | 'fresh';
  }
}

const seed = inject('fastCheckSeed');
const origin = inject('fastCheckSeedOrigin');

fc.configureGlobal({ seed });

// A failing property throws fast-check's own report (its seed, the counterexample and the shrink path)
// with a line that says how to replay it; the plugin's throw replaces fast-check's default one.
fc.installGlobalPlugin(() => ({
  onAllRunsComplete(details) {
    if (!details.failed) return;
    const replay =
      origin === 'fixed'
        ? `fast-check ran on the fixed seed ${String(seed)} (the seed of CI and npm test)`
        : `fast-check ran on the ${origin} seed ${String(seed)}; replay it with FC_SEED=${String(seed)} npx vitest run <file>, ` +
          'then add the counterexample as an example-based test';
    throw new Error(`${fc.defaultReportMessage(details)}\n\n${replay}`, { cause: details.errorInstance });
  },
}));
