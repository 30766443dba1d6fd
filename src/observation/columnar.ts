/*
 * The columnar dataset: observations held as columns (dense ids for indicators, areas and periods,
 * status codes, values as exact scaled integers) instead of one object and one Decimal each, for batch
 * work over national data. The same cells, the same choice of the best value, the same rivals as the
 * object dataset (dataset.ts); only the storage differs.
 */
import * as z from 'zod/mini';
import { type ScaledColumn, PlanningError, createScaledColumn, describeValue, readScaled, safeParseInput, writeScaled } from '../numeric/index.js';
import { isoDateSchema, periodCodeSchema } from '../period/index.js';
import { codeSchema } from '../indicator/index.js';
import { type BestValueOptions, type ObservationChoice, type ObservationKey, actualStatusPrecedence, parseObservations } from './dataset.js';
import { type Observation, type ObservationStatus, observationSchema, observationStatuses } from './schema.js';

/**
 * @internal The columns of a {@link ColumnarDataset}, one entry per row (observation, in input order).
 */
export interface ObservationColumns {
  readonly indicatorIds: Int32Array;
  readonly areaIds: Int32Array;
  readonly periodIds: Int32Array;
  /** The status of each row, as its index in `observationStatuses`. */
  readonly statusIds: Uint8Array;
  /** The publication date of each row, or undefined; null when no row has one. */
  readonly published: readonly (string | undefined)[] | null;
  readonly values: ScaledColumn;
  /** The parsed observation of each row that carries more than a value (unit, dimensions, ratio parts, source or note). */
  readonly extras: ReadonlyMap<number, Observation>;
  /**
   * The first row of each cell without dimensions, by cell key: an array indexed by the numeric key
   * (−1 for an empty cell) when the ids span few more cells than there are rows, else a map.
   */
  readonly cells: Int32Array | ReadonlyMap<number | string, number>;
  /** The rows of each cell with dimensions, by indicator, area, dimensions key and period. */
  readonly dimensionedCells: ReadonlyMap<string, readonly number[]>;
  /** The next row of the same cell, or −1. */
  readonly nextRevision: Int32Array;
  readonly indicatorIdOf: ReadonlyMap<string, number>;
  readonly areaIdOf: ReadonlyMap<string, number>;
  readonly periodIdOf: ReadonlyMap<string, number>;
  /** Cell keys are numbers `(indicator × areas + area) × periods + period` when they stay safe integers. */
  readonly numericKeys: boolean;
}

/**
 * Observations stored as columns, for batch work over many targets or series: an indicator, area and
 * period id per row (dense whole numbers), a status code, a publication date, and the value as an
 * exact scaled integer (a safe integer and a power of ten, or a BigInt for longer values; see
 * {@link ScaledColumn}). A national dataset of 800,000 observations takes about 40 bytes a row,
 * where parsed observations take about 400 (an object and a Decimal each). Build it with
 * {@link buildColumnarDataset}; batch functions (`assessMany`, `assessPlanBatch`) read it, and
 * {@link chooseColumnarObservation} chooses a cell's value exactly as {@link chooseObservation} does
 * on a {@link Dataset}.
 *
 * @example
 * // Two observations, one indicator, one area, two periods:
 * const columnar = buildColumnarDataset([
 *   { indicator: 'X', area: '1', period: '2023', value: '10.5', status: 'official' },
 *   { indicator: 'X', area: '1', period: '2024', value: 12, status: 'estimate' },
 * ]);
 * [columnar.size, columnar.indicators, columnar.periods];
 * //=> [2, ['X'], ['2023', '2024']]
 */
export interface ColumnarDataset {
  /** How many observations (rows) it holds. */
  readonly size: number;
  /** The indicator codes, by id (first appearance order). */
  readonly indicators: readonly string[];
  /** The area codes, by id. */
  readonly areas: readonly string[];
  /** The canonical period codes, by id. */
  readonly periods: readonly string[];
  /** @internal The columns. */
  readonly columns: ObservationColumns;
}

const keysBeyondValue = ['unit', 'numerator', 'denominator', 'source', 'note', 'dimensions'] as const;

function idOf(ids: Map<string, number>, names: string[], name: string): number {
  let id = ids.get(name);
  if (id === undefined) {
    id = names.length;
    ids.set(name, id);
    names.push(name);
  }
  return id;
}

/** A cache of the schema's verdict on each distinct string: few distinct codes, many rows. */
function checkedBy(schema: z.ZodMiniType<string>): (text: string) => string | undefined {
  const verdicts = new Map<string, string | null>();
  return (text) => {
    let verdict = verdicts.get(text);
    if (verdict === undefined) {
      const result = z.safeParse(schema, text);
      verdict = result.success ? result.data : null;
      verdicts.set(text, verdict);
    }
    return verdict ?? undefined;
  };
}

function dimensionsKey(dimensions: Readonly<Record<string, string>>): string {
  return Object.keys(dimensions)
    .sort()
    .map((name) => `${name}=${Object.hasOwn(dimensions, name) ? (dimensions[name] ?? '') : ''}`)
    .join('&');
}

/**
 * Reads observations into a {@link ColumnarDataset}: plain input (as JSON gives it: values as numbers
 * or decimal strings) or observations already parsed by {@link parseObservations}. Each value is
 * parsed once, straight into an exact scaled integer (never a float, never a Decimal kept).
 *
 * Validation is the schema's, with a fast first pass: each row's fields are checked by type, and
 * each distinct indicator code, period code and publication date by the schema itself, once. A row
 * with more than a value (unit, dimensions, numerator, denominator, source, note) is parsed by the
 * schema whole. When any row is wrong, the whole input goes to {@link parseObservations}, so the
 * error is the one it throws, listing every problem with its path.
 *
 * @param input - an array of observations (plain or parsed); not changed
 * @returns the columnar dataset
 * @throws {@link PlanningError} `invalid-input` listing every problem with its path, as
 *   {@link parseObservations} throws it
 *
 * @example
 * // Read plain rows and choose the best value of a cell:
 * const columnar = buildColumnarDataset([
 *   { indicator: 'X', area: '1', period: '2024', value: '10', status: 'estimate', published: '2024-12-15' },
 *   { indicator: 'X', area: '1', period: '2024', value: '11', status: 'official', published: '2025-06-30' },
 * ]);
 * chooseColumnarObservation(columnar, { indicator: 'X', area: '1', period: '2024' }).observation?.value.toString();
 * //=> '11'
 *
 * @example
 * // A bad row is reported as parseObservations reports it:
 * buildColumnarDataset([{ indicator: 'X', area: '1', period: '2024-Q5', value: 1, status: 'official' }]);
 * // throws invalid observations: 1 problem
 */
export function buildColumnarDataset(input: unknown): ColumnarDataset {
  if (!Array.isArray(input)) {
    parseObservations(input);
    throw new PlanningError('invalid-argument', `buildColumnarDataset takes a list of observations; got ${describeValue(input)}`);
  }
  const rows = input as readonly unknown[];
  const size = rows.length;
  const indicatorIds = new Int32Array(size);
  const areaIds = new Int32Array(size);
  const periodIds = new Int32Array(size);
  const statusIds = new Uint8Array(size);
  let published: (string | undefined)[] | null = null;
  const values = createScaledColumn(size);
  const extras = new Map<number, Observation>();
  const indicatorIdOf = new Map<string, number>();
  const areaIdOf = new Map<string, number>();
  const periodIdOf = new Map<string, number>();
  const indicators: string[] = [];
  const areas: string[] = [];
  const periods: string[] = [];
  const statusIdOf = new Map<string, number>(observationStatuses.map((status, index) => [status, index]));
  const indicatorCode = checkedBy(codeSchema);
  const periodCode = checkedBy(periodCodeSchema);
  const isoDate = checkedBy(isoDateSchema);
  const dimensioned: { row: number; key: string }[] = [];
  let valid = true;

  for (let row = 0; row < size; row += 1) {
    const item: unknown = rows[row];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      valid = false;
      break;
    }
    const fields = item as Record<string, unknown>;
    let simple = true;
    for (const key of keysBeyondValue) if (fields[key] !== undefined) simple = false;
    const indicator = fields.indicator;
    const area = fields.area;
    const period = fields.period;
    const status = fields.status;
    const date = fields.published;
    if (simple) {
      const code = typeof indicator === 'string' ? indicatorCode(indicator) : undefined;
      const canonical = typeof period === 'string' ? periodCode(period) : undefined;
      const statusId = typeof status === 'string' ? statusIdOf.get(status) : undefined;
      const day = date === undefined ? undefined : typeof date === 'string' ? isoDate(date) : null;
      if (
        code === undefined ||
        typeof area !== 'string' ||
        area.length === 0 ||
        canonical === undefined ||
        statusId === undefined ||
        day === null ||
        (date !== undefined && day === undefined) ||
        !writeScaled(values, row, fields.value)
      ) {
        valid = false;
        break;
      }
      indicatorIds[row] = idOf(indicatorIdOf, indicators, code);
      areaIds[row] = idOf(areaIdOf, areas, area);
      periodIds[row] = idOf(periodIdOf, periods, canonical);
      statusIds[row] = statusId;
      if (day !== undefined) {
        published ??= new Array<string | undefined>(size);
        published[row] = day;
      }
      continue;
    }
    const result = safeParseInput(observationSchema, item);
    const dimensions: unknown = fields.dimensions;
    if (!result.success || (typeof dimensions === 'object' && dimensions !== null && Object.hasOwn(dimensions, '__proto__'))) {
      valid = false;
      break;
    }
    const parsed = result.data;
    writeScaled(values, row, parsed.value);
    indicatorIds[row] = idOf(indicatorIdOf, indicators, parsed.indicator);
    areaIds[row] = idOf(areaIdOf, areas, parsed.area);
    periodIds[row] = idOf(periodIdOf, periods, parsed.period);
    statusIds[row] = statusIdOf.get(parsed.status) ?? 0;
    if (parsed.published !== undefined) {
      published ??= new Array<string | undefined>(size);
      published[row] = parsed.published;
    }
    extras.set(row, Object.freeze(parsed));
    if (parsed.dimensions !== undefined) dimensioned.push({ row, key: dimensionsKey(parsed.dimensions) });
  }
  if (!valid) {
    // The schema is the source of truth and of the messages: let it say what is wrong.
    parseObservations(input);
    throw new PlanningError('invalid-input', 'invalid observations: a row is not an observation');
  }

  const cellCount = indicators.length * areas.length * periods.length;
  const numericKeys = cellCount <= Number.MAX_SAFE_INTEGER;
  // A dense table of cells (4 bytes each) where it is not much larger than the rows: a national
  // dataset fills most of its indicator × area × period cells.
  const dense = cellCount <= Math.max(4 * size, 4096) && cellCount <= 2 ** 27;
  const cells: Int32Array | Map<number | string, number> = dense ? new Int32Array(cellCount).fill(-1) : new Map<number | string, number>();
  const nextRevision = new Int32Array(size).fill(-1);
  const lastRowOf = new Map<number | string, number>();
  const dimensionedRows = new Set(dimensioned.map((entry) => entry.row));
  const areaCount = areas.length;
  const periodCount = periods.length;
  for (let row = 0; row < size; row += 1) {
    if (dimensionedRows.size > 0 && dimensionedRows.has(row)) continue;
    const indicatorId = indicatorIds[row] ?? 0;
    const areaId = areaIds[row] ?? 0;
    const periodId = periodIds[row] ?? 0;
    const key = numericKeys ? (indicatorId * areaCount + areaId) * periodCount + periodId : `${String(indicatorId)},${String(areaId)},${String(periodId)}`;
    if (cells instanceof Int32Array) {
      const first = cells[key as number] ?? -1;
      if (first < 0) cells[key as number] = row;
      else {
        // Revisions are rare: only revised cells have their last row in the map.
        nextRevision[lastRowOf.get(key) ?? first] = row;
        lastRowOf.set(key, row);
      }
      continue;
    }
    const last = lastRowOf.get(key);
    if (last === undefined) cells.set(key, row);
    else nextRevision[last] = row;
    lastRowOf.set(key, row);
  }
  const dimensionedCells = new Map<string, number[]>();
  for (const { row, key } of dimensioned) {
    const cellName = `${indicators[indicatorIds[row] ?? 0] ?? ''}\u0000${areas[areaIds[row] ?? 0] ?? ''}\u0000${key}\u0000${periods[periodIds[row] ?? 0] ?? ''}`;
    const list = dimensionedCells.get(cellName);
    if (list === undefined) dimensionedCells.set(cellName, [row]);
    else list.push(row);
  }
  return Object.freeze({
    size,
    indicators,
    areas,
    periods,
    columns: {
      indicatorIds,
      areaIds,
      periodIds,
      statusIds,
      published,
      values,
      extras,
      cells,
      dimensionedCells,
      nextRevision,
      indicatorIdOf,
      areaIdOf,
      periodIdOf,
      numericKeys,
    },
  });
}

/**
 * @internal The first row of the cell of an indicator, area and period given by id (no dimensions), or −1.
 */
export function cellRow(dataset: ColumnarDataset, indicatorId: number, areaId: number, periodId: number): number {
  const { columns } = dataset;
  const key = columns.numericKeys
    ? (indicatorId * dataset.areas.length + areaId) * dataset.periods.length + periodId
    : `${String(indicatorId)},${String(areaId)},${String(periodId)}`;
  const { cells } = columns;
  return cells instanceof Int32Array ? (cells[key as number] ?? -1) : (cells.get(key) ?? -1);
}

function rowsOf(dataset: ColumnarDataset, key: ObservationKey): readonly number[] {
  const { columns } = dataset;
  if (key.dimensions !== undefined && Object.keys(key.dimensions).length > 0) {
    return columns.dimensionedCells.get(`${key.indicator}\u0000${key.area}\u0000${dimensionsKey(key.dimensions)}\u0000${key.period}`) ?? [];
  }
  const indicatorId = columns.indicatorIdOf.get(key.indicator);
  const areaId = columns.areaIdOf.get(key.area);
  const periodId = columns.periodIdOf.get(key.period);
  if (indicatorId === undefined || areaId === undefined || periodId === undefined) return [];
  const rows: number[] = [];
  for (let row = cellRow(dataset, indicatorId, areaId, periodId); row >= 0; row = columns.nextRevision[row] ?? -1) rows.push(row);
  return rows;
}

/** @internal The status of a row. */
export function statusAt(dataset: ColumnarDataset, row: number): ObservationStatus {
  return observationStatuses[dataset.columns.statusIds[row] ?? 0] ?? 'official';
}

/** @internal The publication date of a row, if it has one. */
export function publishedAt(dataset: ColumnarDataset, row: number): string | undefined {
  return dataset.columns.published?.[row];
}

/**
 * The observation of one row, as {@link parseObservations} would have given it.
 *
 * @param dataset - the columnar dataset
 * @param row - the row, 0 to `size − 1`, in input order
 * @returns the observation
 * @throws {@link PlanningError} `invalid-argument` for a row that is not in the dataset
 *
 * @example
 * // The first row back as an observation:
 * const columnar = buildColumnarDataset([{ indicator: 'X', area: '1', period: '2024', value: '10.50', status: 'official' }]);
 * columnarObservation(columnar, 0).value.toString();
 * //=> '10.5'
 */
export function columnarObservation(dataset: ColumnarDataset, row: number): Observation {
  if (!Number.isInteger(row) || row < 0 || row >= dataset.size) {
    throw new PlanningError('invalid-argument', `row must be a whole number from 0 to ${String(dataset.size - 1)}; got ${describeValue(row)}`);
  }
  const { columns } = dataset;
  const extra = columns.extras.get(row);
  if (extra !== undefined) return extra;
  const date = publishedAt(dataset, row);
  return Object.freeze({
    indicator: dataset.indicators[columns.indicatorIds[row] ?? 0] ?? '',
    area: dataset.areas[columns.areaIds[row] ?? 0] ?? '',
    period: dataset.periods[columns.periodIds[row] ?? 0] ?? '',
    value: readScaled(columns.values, row),
    status: statusAt(dataset, row),
    ...(date === undefined ? {} : { published: date }),
  });
}

/** Whether two rows hold the same value (scaled integers are stored without trailing zeros, so equal values have equal parts). */
function sameValue(values: ScaledColumn, first: number, second: number): boolean {
  const a = values.digits[first] ?? 0;
  const b = values.digits[second] ?? 0;
  if (a === 0 || b === 0) return a === b;
  if (values.exponents[first] !== values.exponents[second]) return false;
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) && values.wide.get(first) === values.wide.get(second);
  return a === b;
}

/**
 * @internal The best row of a cell given by its first row, and whether an accepted row of the same
 * status and publication date holds another value (a rival); −1 when no row is acceptable.
 */
export function bestRow(dataset: ColumnarDataset, first: number, options: BestValueOptions): { row: number; rivals: readonly number[] } {
  const { columns } = dataset;
  const precedence = options.precedence ?? actualStatusPrecedence;
  const asOf = options.asOf;
  let best = -1;
  let bestRank = Number.POSITIVE_INFINITY;
  let bestDate: string | undefined;
  const rows: number[] = [];
  for (let row = first; row >= 0; row = columns.nextRevision[row] ?? -1) {
    const rank = precedence.indexOf(statusAt(dataset, row));
    if (rank < 0) continue;
    const date = publishedAt(dataset, row);
    if (asOf !== undefined && date !== undefined && date > asOf) continue;
    rows.push(row);
    if (best < 0 || rank < bestRank || (rank === bestRank && (date ?? '') > (bestDate ?? ''))) {
      best = row;
      bestRank = rank;
      bestDate = date;
    }
  }
  if (best < 0 || rows.length === 1) return { row: best, rivals: [] };
  const rivals = rows.filter(
    (row) => row !== best && columns.statusIds[row] === columns.statusIds[best] && publishedAt(dataset, row) === bestDate && !sameValue(columns.values, row, best),
  );
  return { row: best, rivals };
}

/**
 * Chooses the best observation of a cell of a columnar dataset, with its rivals: the same choice, by
 * the same rules, as {@link chooseObservation} makes on a {@link Dataset} of the same observations
 * (status precedence, as-of date, latest publication; rivals are accepted observations of the same
 * status and publication date with another value).
 *
 * @param dataset - the columnar dataset
 * @param key - indicator, area, period code and (if any) dimensions
 * @param options - the as-of date and the status precedence
 * @returns the chosen observation and its rivals
 *
 * @example
 * // What was known on 2025-01-10:
 * const columnar = buildColumnarDataset([
 *   { indicator: 'X', area: '1', period: '2024', value: 10, status: 'estimate', published: '2024-12-15' },
 *   { indicator: 'X', area: '1', period: '2024', value: 11, status: 'official', published: '2025-06-30' },
 * ]);
 * chooseColumnarObservation(columnar, { indicator: 'X', area: '1', period: '2024' }, { asOf: '2025-01-10' }).observation?.status;
 * //=> 'estimate'
 */
export function chooseColumnarObservation(dataset: ColumnarDataset, key: ObservationKey, options: BestValueOptions = {}): ObservationChoice {
  const rows = rowsOf(dataset, key);
  if (rows.length === 0) return { observation: undefined, rivals: [] };
  if (key.dimensions === undefined || Object.keys(key.dimensions).length === 0) {
    const { row, rivals } = bestRow(dataset, rows[0] ?? -1, options);
    return {
      observation: row < 0 ? undefined : columnarObservation(dataset, row),
      rivals: rivals.map((rival) => columnarObservation(dataset, rival)),
    };
  }
  // Cells with dimensions are few: choose among their observations as the object dataset does.
  const precedence = options.precedence ?? actualStatusPrecedence;
  const accepted = rows
    .map((row) => columnarObservation(dataset, row))
    .filter((observation) => precedence.includes(observation.status) && (options.asOf === undefined || observation.published === undefined || observation.published <= options.asOf));
  let best: Observation | undefined;
  for (const observation of accepted) {
    if (
      best === undefined ||
      precedence.indexOf(observation.status) < precedence.indexOf(best.status) ||
      (observation.status === best.status && (observation.published ?? '') > (best.published ?? ''))
    ) {
      best = observation;
    }
  }
  const chosen = best;
  if (chosen === undefined) return { observation: undefined, rivals: [] };
  return {
    observation: chosen,
    rivals: accepted.filter((other) => other !== chosen && other.status === chosen.status && other.published === chosen.published && !other.value.equals(chosen.value)),
  };
}
