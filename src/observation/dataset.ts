import * as z from 'zod/mini';
import { type Issue, PlanningError, deepFreeze, describeValue, formatIssues, issuesFromZod, ownValue, parseEach, quoteText, safeParseInput } from '../numeric/index.js';
import { type IsoDate, comparePeriods } from '../period/index.js';
import { type Observation, type ObservationStatus, observationSchema } from './schema.js';

/**
 * What identifies a series of observations: indicator, area and, when the data are broken down,
 * the dimension values.
 *
 * @example
 * // The district's budget revenue:
 * const key: SeriesKey = { indicator: 'BUDGET_REVENUE', area: '402' };
 * key.area;
 * //=> '402'
 */
export interface SeriesKey {
  /** The indicator's code. */
  readonly indicator: string;
  /** The administrative area's code. */
  readonly area: string;
  /** Breakdown dimensions, if any (each observation of the series has exactly these). */
  readonly dimensions?: Readonly<Record<string, string>> | undefined;
}

/**
 * What identifies one cell of a dataset: a series and a period code.
 *
 * @example
 * // Budget revenue in the first quarter of 2024:
 * const key: ObservationKey = { indicator: 'BUDGET_REVENUE', area: '402', period: '2024-Q1' };
 * key.period;
 * //=> '2024-Q1'
 */
export interface ObservationKey extends SeriesKey {
  /** The canonical period code. */
  readonly period: string;
}

/**
 * Two observations of the same cell with the same status and publication date but different values:
 * the data cannot say which one is right.
 *
 * @example
 * // Conflicts are reported by buildDataset, not thrown:
 * const dataset = buildDataset(parseObservations([
 *   { indicator: 'X', area: '1', period: '2024', value: 1, status: 'official' },
 *   { indicator: 'X', area: '1', period: '2024', value: 2, status: 'official' },
 * ]));
 * dataset.conflicts[0]?.observations.map((observation) => observation.value.toString());
 * //=> ['1', '2']
 */
export interface DatasetConflict {
  /** The cell in conflict. */
  readonly key: ObservationKey;
  /** The observations that disagree, in input order. */
  readonly observations: readonly Observation[];
}

/**
 * An indexed set of observations: constant-time lookup of each cell's revisions and of each series'
 * periods. Build it with {@link buildDataset}.
 *
 * @example
 * // Count what a dataset holds:
 * const dataset = buildDataset(parseObservations([
 *   { indicator: 'X', area: '1', period: '2023', value: 1, status: 'official' },
 *   { indicator: 'X', area: '1', period: '2024', value: 2, status: 'estimate' },
 * ]));
 * [dataset.observations.length, dataset.conflicts.length];
 * //=> [2, 0]
 */
export interface Dataset {
  /** Every observation, in input order. */
  readonly observations: readonly Observation[];
  /** Conflicting duplicates found while indexing. */
  readonly conflicts: readonly DatasetConflict[];
  /**
   * @internal The revisions of each cell, indexed indicator → area → dimensions key → period: one
   * observation, or several when revised. Nested maps look cells up without building a key string.
   */
  readonly cells: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, Cell>>>>;
}

/**
 * Options for choosing the best value of a cell.
 *
 * @example
 * // What was known at the mid-year review, preferring official figures:
 * const options: BestValueOptions = { asOf: '2024-07-15', precedence: ['official', 'preliminary', 'estimate'] };
 * options.precedence?.[0];
 * //=> 'official'
 */
export interface BestValueOptions {
  /** Ignore observations published after this date (observations without a date are always kept). */
  readonly asOf?: IsoDate | undefined;
  /**
   * The statuses to accept, most preferred first. Default: official, preliminary, estimate (plan
   * values are not actuals, so they are left out unless named).
   */
  readonly precedence?: readonly ObservationStatus[] | undefined;
}

/** The default status precedence for actual values: official, then preliminary, then estimate. */
export const actualStatusPrecedence: readonly ObservationStatus[] = ['official', 'preliminary', 'estimate'];

function dimensionsKey(dimensions: Readonly<Record<string, string>> | undefined): string {
  if (dimensions === undefined) return '';
  return Object.keys(dimensions)
    .sort()
    .map((name) => `${name}=${ownValue(dimensions, name) ?? ''}`)
    .join('&');
}

type Cell = Observation | readonly Observation[];

function childMap<V>(parent: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let child = parent.get(key);
  if (child === undefined) {
    child = new Map();
    parent.set(key, child);
  }
  return child;
}

function periodsOf(dataset: Dataset, key: SeriesKey): ReadonlyMap<string, Cell> | undefined {
  return dataset.cells.get(key.indicator)?.get(key.area)?.get(dimensionsKey(key.dimensions));
}

/**
 * Options of {@link parseObservations}: the codes the observations may use. A code outside a list is
 * a problem reported with the schema problems, in the same run.
 *
 * @example
 * // Only the catalog's indicators and the district's communes:
 * const options: ParseObservationsOptions = { knownIndicators: ['INVESTMENT'], knownAreas: ['16174', '16177'] };
 * options.knownIndicators?.length;
 * //=> 1
 */
export interface ParseObservationsOptions {
  /** The indicator codes an observation may name (a catalog's `indicators.keys()`); any when absent. */
  readonly knownIndicators?: Iterable<string> | undefined;
  /** The area codes an observation may name (a hierarchy's unit codes); any when absent. */
  readonly knownAreas?: Iterable<string> | undefined;
}

/**
 * Parses observations from untrusted input (for example a JSON array), reporting every problem
 * with its path at once: each observation's schema problems, and, with `options`, the indicator and
 * area codes that are not known, for the observations that do match the schema.
 *
 * @param input - an array of observations
 * @param options - the known indicator and area codes, if they are to be checked
 * @returns the parsed observations, frozen, with exact decimals and canonical period codes
 * @throws {@link PlanningError} `invalid-input` listing every problem with its path
 *
 * @example
 * // A bad period and a bad value are both reported:
 * try {
 *   parseObservations([{ indicator: 'X', area: '1', period: '2024-Q5', value: 'n/a', status: 'official' }]);
 * } catch (error) {
 *   console.log((error as PlanningError).issues.map((issue) => issue.path.join('.')));
 * }
 * //=> ['0.period', '0.value']
 *
 * @example
 * // A bad value and an unknown indicator, in one run:
 * try {
 *   parseObservations(
 *     [{ indicator: 'X', area: '1', period: '2024', value: 'n/a', status: 'official' }, { indicator: 'GDP', area: '1', period: '2024', value: 5, status: 'official' }],
 *     { knownIndicators: ['X'] },
 *   );
 * } catch (error) {
 *   console.log((error as PlanningError).issues.map((issue) => issue.path.join('.')));
 * }
 * //=> ['0.value', '1.indicator']
 */
export function parseObservations(input: unknown, options: ParseObservationsOptions = {}): readonly Observation[] {
  const result = safeParseInput(z.array(observationSchema), input);
  const reserved = reservedDimensionIssues(input);
  // With a schema problem, each observation is read on its own so that the valid ones are checked too.
  const observations = result.success ? result.data : parseEach(observationSchema, Array.isArray(input) ? input : []).values;
  const references = referenceIssues(observations, options);
  if (!result.success || reserved.length > 0 || references.length > 0) {
    const issues: Issue[] = [...(result.success ? [] : issuesFromZod(result.error.issues)), ...reserved, ...references];
    issues.sort((a, b) => Number(a.path[0] ?? -1) - Number(b.path[0] ?? -1));
    throw new PlanningError(
      'invalid-input',
      `invalid observations: ${String(issues.length)} problem${issues.length === 1 ? '' : 's'}\n${formatIssues(issues)}`,
      { issues },
    );
  }
  return deepFreeze(result.data);
}

function referenceIssues(observations: readonly (Observation | undefined)[], options: ParseObservationsOptions): Issue[] {
  const optionsValue: unknown = options;
  if (typeof optionsValue !== 'object' || optionsValue === null) {
    throw new PlanningError('invalid-argument', `parseObservations options must be an object such as { knownIndicators: [...] }; got ${describeValue(optionsValue)}`);
  }
  const indicators = options.knownIndicators === undefined ? undefined : new Set(options.knownIndicators);
  const areas = options.knownAreas === undefined ? undefined : new Set(options.knownAreas);
  const issues: Issue[] = [];
  observations.forEach((observation, index) => {
    if (observation === undefined) return;
    if (indicators !== undefined && !indicators.has(observation.indicator)) {
      issues.push({ path: [index, 'indicator'], message: `unknown indicator code ${quoteText(observation.indicator)}: it is not in knownIndicators` });
    }
    if (areas !== undefined && !areas.has(observation.area)) {
      issues.push({ path: [index, 'area'], message: `unknown area code ${quoteText(observation.area)}: it is not in knownAreas` });
    }
  });
  return issues;
}

/**
 * A dimension named "__proto__" would be dropped by the schema without a word (no plain object keeps
 * it as a key): find it in the input and refuse it.
 */
function reservedDimensionIssues(input: unknown): Issue[] {
  if (!Array.isArray(input)) return [];
  const issues: Issue[] = [];
  input.forEach((item: unknown, index) => {
    if (typeof item !== 'object' || item === null || !Object.hasOwn(item, 'dimensions')) return;
    const dimensions: unknown = (item as { readonly dimensions?: unknown }).dimensions;
    if (typeof dimensions === 'object' && dimensions !== null && Object.hasOwn(dimensions, '__proto__')) {
      issues.push({ path: [index, 'dimensions', '__proto__'], message: 'a dimension may not be named "__proto__" (a JSON object cannot carry it as data); rename it, such as "proto"' });
    }
  });
  return issues;
}

/**
 * Indexes observations for constant-time lookup by cell (indicator, area, dimensions, period) and by
 * series, and reports conflicting duplicates: two observations of one cell with the same status and
 * publication date but different values. Revisions (the same cell with another status or a later
 * publication date) are kept: {@link bestObservation} chooses among them.
 *
 * @param observations - parsed observations (see {@link parseObservations})
 * @returns the dataset
 *
 * @example
 * // An estimate and the official figure that revised it are both kept:
 * const dataset = buildDataset(parseObservations([
 *   { indicator: 'X', area: '1', period: '2024', value: 10, status: 'estimate', published: '2024-12-15' },
 *   { indicator: 'X', area: '1', period: '2024', value: 11, status: 'official', published: '2025-06-30' },
 * ]));
 * bestObservation(dataset, { indicator: 'X', area: '1', period: '2024' })?.value.toString();
 * //=> '11'
 */
export function buildDataset(observations: readonly Observation[]): Dataset {
  const given: unknown = observations;
  if (!Array.isArray(given)) {
    throw new PlanningError('invalid-argument', `buildDataset takes the list of observations that parseObservations returns; got ${describeValue(given)}`);
  }
  const cells = new Map<string, Map<string, Map<string, Map<string, Cell>>>>();
  const conflicts: DatasetConflict[] = [];
  const conflictOf = new Map<Observation, DatasetConflict>();
  for (const observation of observations) {
    const byArea = childMap(cells, observation.indicator);
    const byDimensions = childMap(byArea, observation.area);
    const byPeriod = childMap(byDimensions, dimensionsKey(observation.dimensions));
    const existing = byPeriod.get(observation.period);
    if (existing === undefined) {
      byPeriod.set(observation.period, observation);
      continue;
    }
    const revisions: Observation[] = Array.isArray(existing) ? (existing as Observation[]) : [existing as Observation];
    const twin = revisions.find(
      (other) => other.status === observation.status && other.published === observation.published,
    );
    if (twin !== undefined && !twin.value.equals(observation.value)) {
      const conflict = conflictOf.get(twin);
      if (conflict === undefined) {
        const created = { key: keyOf(observation), observations: [twin, observation] };
        conflictOf.set(twin, created);
        conflicts.push(created);
      } else {
        (conflict.observations as Observation[]).push(observation);
      }
    }
    revisions.push(observation);
    if (!Array.isArray(existing)) byPeriod.set(observation.period, revisions);
  }
  return Object.freeze({
    observations: Object.freeze([...observations]),
    conflicts: Object.freeze(conflicts),
    cells,
  });
}

function accepts(observation: Observation, options: BestValueOptions): boolean {
  if (!(options.precedence ?? actualStatusPrecedence).includes(observation.status)) return false;
  return options.asOf === undefined || observation.published === undefined || observation.published <= options.asOf;
}

function keyOf(observation: Observation): ObservationKey {
  return {
    indicator: observation.indicator,
    area: observation.area,
    period: observation.period,
    ...(observation.dimensions === undefined ? {} : { dimensions: observation.dimensions }),
  };
}

/**
 * The best value of one cell: among the observations whose status is accepted and which were
 * published on or before `asOf`, the one of the most preferred status, and within a status the latest
 * published (observations without a publication date count as the oldest). Constant time.
 *
 * @param dataset - the dataset
 * @param key - indicator, area, period code and (if any) dimensions
 * @param options - the as-of date and the status precedence
 * @returns the chosen observation, or `undefined` when there is none
 *
 * @example
 * // What was known on 2025-01-10, before the official figure came out:
 * const dataset = buildDataset(parseObservations([
 *   { indicator: 'X', area: '1', period: '2024', value: 10, status: 'estimate', published: '2024-12-15' },
 *   { indicator: 'X', area: '1', period: '2024', value: 11, status: 'official', published: '2025-06-30' },
 * ]));
 * bestObservation(dataset, { indicator: 'X', area: '1', period: '2024' }, { asOf: '2025-01-10' })?.status;
 * //=> 'estimate'
 */
export function bestObservation(
  dataset: Dataset,
  key: ObservationKey,
  options: BestValueOptions = {},
): Observation | undefined {
  const cell = periodsOf(dataset, key)?.get(key.period);
  if (cell === undefined) return undefined;
  if (!Array.isArray(cell)) return accepts(cell as Observation, options) ? (cell as Observation) : undefined;
  const revisions = cell as readonly Observation[];
  const precedence = options.precedence ?? actualStatusPrecedence;
  let best: Observation | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const observation of revisions) {
    const rank = precedence.indexOf(observation.status);
    if (rank < 0) continue;
    if (options.asOf !== undefined && observation.published !== undefined && observation.published > options.asOf) continue;
    if (
      best === undefined ||
      rank < bestRank ||
      (rank === bestRank && (observation.published ?? '') > (best.published ?? ''))
    ) {
      best = observation;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * The best value of one cell ({@link bestObservation}) together with its rivals: the other accepted
 * observations of the same status and publication date whose value differs. Rivals are conflicting
 * duplicates (two offices sent different figures as the same release); an assessment must not pick
 * one of them silently, so it reads them here and reports the cell instead.
 *
 * @example
 * // Read a cell and its rivals:
 * const choice: ObservationChoice = chooseObservation(buildDataset([]), { indicator: 'X', area: '1', period: '2024' });
 * [choice.observation, choice.rivals.length];
 * //=> [undefined, 0]
 */
export interface ObservationChoice {
  /** The chosen observation, or `undefined` when the cell has no acceptable value. */
  readonly observation: Observation | undefined;
  /** Accepted observations of the same status and publication date as the chosen one, with another value. */
  readonly rivals: readonly Observation[];
}

/**
 * Chooses the best observation of a cell as {@link bestObservation} does, and lists the
 * conflicting duplicates of the choice: accepted observations with the same status and the same
 * publication date (or both without one) but a different value. Constant time per cell.
 *
 * @param dataset - the dataset
 * @param key - indicator, area, period code and (if any) dimensions
 * @param options - the as-of date and the status precedence
 * @returns the chosen observation and its rivals
 *
 * @example
 * // Two estimates of the same day that disagree:
 * const dataset = buildDataset(parseObservations([
 *   { indicator: 'X', area: '1', period: '2024', value: 10, status: 'estimate', published: '2024-12-15' },
 *   { indicator: 'X', area: '1', period: '2024', value: 12, status: 'estimate', published: '2024-12-15' },
 * ]));
 * chooseObservation(dataset, { indicator: 'X', area: '1', period: '2024' }).rivals.map((rival) => rival.value.toString());
 * //=> ['12']
 */
export function chooseObservation(dataset: Dataset, key: ObservationKey, options: BestValueOptions = {}): ObservationChoice {
  const observation = bestObservation(dataset, key, options);
  const cell = observation === undefined ? undefined : periodsOf(dataset, key)?.get(key.period);
  if (observation === undefined || cell === undefined || !Array.isArray(cell)) return { observation, rivals: [] };
  const rivals = (cell as readonly Observation[]).filter(
    (other) =>
      other !== observation &&
      other.status === observation.status &&
      other.published === observation.published &&
      !other.value.equals(observation.value) &&
      accepts(other, options),
  );
  return { observation, rivals };
}

/**
 * One period of a time series and the observation chosen for it.
 *
 * @example
 * // The first point of a series:
 * const point: SeriesPoint | undefined = timeSeries(nhuXuanDataset2024, { indicator: 'BUDGET_REVENUE', area: '402' })[0];
 * point?.period;
 * //=> '2020'
 */
export interface SeriesPoint {
  /** The canonical period code. */
  readonly period: string;
  /** The best observation of that period under the options used. */
  readonly observation: Observation;
}

/**
 * The periods of a series in time order, each with its best observation under the options; periods
 * with no acceptable observation are left out.
 *
 * @param dataset - the dataset
 * @param key - indicator, area and (if any) dimensions
 * @param options - the as-of date and the status precedence
 * @returns the series, sorted by period
 *
 * @example
 * // A yearly series:
 * const dataset = buildDataset(parseObservations([
 *   { indicator: 'X', area: '1', period: '2024', value: 12, status: 'official' },
 *   { indicator: 'X', area: '1', period: '2023', value: 10, status: 'official' },
 * ]));
 * timeSeries(dataset, { indicator: 'X', area: '1' }).map((point) => point.period);
 * //=> ['2023', '2024']
 */
export function timeSeries(
  dataset: Dataset,
  key: SeriesKey,
  options: BestValueOptions = {},
): readonly SeriesPoint[] {
  const periods = [...(periodsOf(dataset, key)?.keys() ?? [])].sort(comparePeriods);
  const points: SeriesPoint[] = [];
  for (const period of periods) {
    const observation = bestObservation(dataset, { ...key, period }, options);
    if (observation !== undefined) points.push({ period, observation });
  }
  return points;
}
