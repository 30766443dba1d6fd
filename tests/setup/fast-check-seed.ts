/*
 * Which seed fast-check runs on. CI and a plain `npm test` always use FIXED_SEED, so that a run
 * gives the same result on every clone; a developer who wants new cases asks for a fresh seed
 * (`npm run test:explore`, or FC_SEED=random), and replays a failure with FC_SEED=<seed>.
 */

/** The seed of every property test in CI and in a plain `npm test`. */
export const FIXED_SEED = 20_261_205;

/** How the seed was chosen, for the line a run prints and for the tests of this rule. */
export interface FastCheckSeed {
  /** The seed that fast-check's global configuration gets. */
  readonly seed: number;
  /** `fixed` (CI, plain runs), `replay` (FC_SEED=<seed>) or `fresh` (a new random seed). */
  readonly origin: 'fixed' | 'replay' | 'fresh';
}

/** What the choice depends on: the environment and vitest's `--mode`. */
export interface SeedRequest {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** vitest's mode; `explore` asks for a fresh seed (`npm run test:explore`). */
  readonly mode?: string;
  /** Draws a fresh seed; the default uses Math.random (only ever called when a fresh seed is asked for). */
  readonly draw?: () => number;
}

function isCi(env: SeedRequest['env']): boolean {
  const value = env.CI;
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

const drawSeed = (): number => Math.floor(Math.random() * 0x7fffffff);

/**
 * Chooses the seed: FIXED_SEED on CI (CI=true) whatever else is asked, so that no random seed can
 * reach CI; otherwise FC_SEED=<integer> replays that seed, FC_SEED=random or `--mode explore` draws a
 * fresh one, and anything else is the fixed seed. A malformed FC_SEED is refused rather than ignored.
 */
export function chooseFastCheckSeed(request: SeedRequest): FastCheckSeed {
  const { env, mode, draw = drawSeed } = request;
  if (isCi(env)) return { seed: FIXED_SEED, origin: 'fixed' };
  const asked = env.FC_SEED?.trim() ?? '';
  if (asked === 'random' || (asked === '' && mode === 'explore')) return { seed: draw() | 0, origin: 'fresh' };
  if (asked === '') return { seed: FIXED_SEED, origin: 'fixed' };
  if (!/^-?\d{1,10}$/.test(asked) || Number(asked) !== (Number(asked) | 0)) {
    throw new Error(`FC_SEED must be a 32-bit integer such as ${String(FIXED_SEED)}, or "random"; got "${asked}"`);
  }
  return { seed: Number(asked), origin: 'replay' };
}
