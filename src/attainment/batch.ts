/*
 * Batch assessment over a columnar dataset: the status of each target decided in exact integer
 * arithmetic on the dataset's scaled-integer columns, and the full assessment (values, ratio, gap,
 * working) built on demand by the step-by-step path, so that every result is the one assessTarget
 * gives.
 */
import { PlanningError, describeValue } from '../numeric/index.js';
import type { Indicator } from '../indicator/index.js';
import { type ColumnarDataset, bestRow, buildColumnarDataset, cellRow, chooseColumnarObservation } from '../observation/index.js';
import type { Plan, Target } from '../target/index.js';
import { type AssessOptions, type AssessmentStatus, type CellChooser, type StatusCounts, type TargetAssessment, assessTargetIn, assessmentStatuses, targetDirection } from './assess.js';
import { basePeriodOf } from './shape.js';

/**
 * The assessments of many targets over one columnar dataset ({@link assessMany}): each target's status
 * at once, and its whole assessment when asked for.
 *
 * Cost model: {@link assessMany} decides each status in exact integer arithmetic on the dataset's
 * columns (a few integer comparisons, no Decimal, about 10 bytes kept per target); `assessment(i)`
 * builds the full {@link TargetAssessment} when called, at the cost of one {@link assessTarget} on
 * the columnar dataset (values read as Decimals, ratio and gap divided once). Targets of a shape the
 * integer path does not cover (ranges of years, cumulative sums, bands, unit conversions, milestones,
 * derived or missing values, revised cells, values too long for it) are assessed step by step up
 * front; `fastCount` says how many were not.
 *
 * @example
 * // Two communes' growth targets:
 * const columnar = buildColumnarDataset([
 *   { indicator: 'X', area: '1', period: '2023', value: 100, status: 'official' },
 *   { indicator: 'X', area: '1', period: '2024', value: 106, status: 'official' },
 *   { indicator: 'X', area: '2', period: '2023', value: 100, status: 'official' },
 *   { indicator: 'X', area: '2', period: '2024', value: 104, status: 'official' },
 * ]);
 * const catalog = buildCatalog([{ code: 'X', labels: { vi: 'X' }, unit: { unit: 'VND', power: 6 }, measure: 'flow', polarity: 'higher-is-better', precision: 1, aggregation: { overUnits: 'sum', overTime: 'sum' } }]);
 * const targets = ['1', '2'].map((area) => z.parse(targetSchema, { id: area, indicator: 'X', area, period: '2024', basis: 'growth', comparator: 'at-least', value: 5, document: { kind: 'other' } }));
 * const batch: AssessmentBatch = assessMany(targets, columnar, { catalog });
 * [batch.status(0), batch.status(1), batch.assessment(1).ratio?.toFixed(4)];
 * //=> ['exceeded', 'not-met', '0.9905']
 */
export interface AssessmentBatch {
  /** How many targets. */
  readonly length: number;
  /** The targets, as given. */
  readonly targets: readonly Target[];
  /** How many statuses the integer path decided (the others were assessed step by step). */
  readonly fastCount: number;
  /** The counts by status over all targets. */
  readonly summary: StatusCounts;
  /**
   * The status of target `index` (0 to `length − 1`), as {@link assessTarget} decides it.
   * @param index - the target's position in the list given
   */
  status(index: number): AssessmentStatus;
  /**
   * The whole assessment of target `index`, equal to {@link assessTarget}'s, built when called.
   * @param index - the target's position in the list given
   */
  assessment(index: number): TargetAssessment;
}

const EXCEEDED = 0;
const MET = 1;
const NOT_MET = 2;
/** Not decided by the integer path: assessed step by step. */
const STEP = 255;

/** 10⁰ to 10²², exact in binary floating point. */
const exactPowers: readonly number[] = Array.from({ length: 23 }, (_, exponent) => Number(`1e${String(exponent)}`));

/** `digits × 10^shift` as a safe integer, or NaN when it is not one. */
function shifted(digits: number, shift: number): number {
  if (shift === 0) return digits;
  const power = exactPowers[shift];
  if (power === undefined) return Number.NaN;
  const value = digits * power;
  return Number.isSafeInteger(value) ? value : Number.NaN;
}

/**
 * The sign (−1, 0, 1) of a difference of safe integers, or NaN when a side was NaN (a value the
 * safe-integer path could not hold): such a difference must never read as "equal".
 */
function signOf(difference: number): number {
  return Math.sign(difference);
}

/** The sign of a − t (a level), exactly; NaN when the safe-integer path cannot say. */
function levelSign(ad: number, ae: number, td: number, te: number): number {
  const e = Math.min(ae, te);
  const a = shifted(ad, ae - e);
  const t = shifted(td, te - e);
  return signOf(a - t);
}

/** The sign of (a − b) − t, exactly; NaN when the safe-integer path cannot say. */
function changeSign(ad: number, ae: number, bd: number, be: number, td: number, te: number): number {
  const e = Math.min(ae, be, te);
  const a = shifted(ad, ae - e);
  const b = shifted(bd, be - e);
  const t = shifted(td, te - e);
  const change = a - b;
  if (!Number.isSafeInteger(change)) return Number.NaN;
  return signOf(change - t);
}

/** The sign of 100 (a − b) / b − t for b > 0, by cross-multiplication; NaN when the safe-integer path cannot say. */
function growthSign(ad: number, ae: number, bd: number, be: number, td: number, te: number): number {
  const e = Math.min(ae, be);
  const a = shifted(ad, ae - e);
  const b = shifted(bd, be - e);
  // 100 (a − b) against t × b, with t = td × 10^te: move the power of ten to the side it keeps whole.
  let left = (a - b) * 100;
  let right = td * b;
  if (te > 0) right = shifted(right, te);
  else if (te < 0) left = shifted(left, -te);
  if (!Number.isSafeInteger(left) || !Number.isSafeInteger(right) || !Number.isSafeInteger(a - b)) return Number.NaN;
  return signOf(left - right);
}

function statusFromSign(sign: number, comparator: Target['comparator'], increasing: boolean): number {
  switch (comparator) {
    case 'at-least':
      return sign > 0 ? EXCEEDED : sign === 0 ? MET : NOT_MET;
    case 'more-than':
      return sign > 0 ? EXCEEDED : NOT_MET;
    case 'at-most':
      return sign < 0 ? EXCEEDED : sign === 0 ? MET : NOT_MET;
    case 'less-than':
      return sign < 0 ? EXCEEDED : NOT_MET;
    case 'equal':
      return sign === 0 ? MET : NOT_MET;
    case 'maintain':
      return sign === 0 ? MET : (sign > 0) === increasing ? EXCEEDED : NOT_MET;
    default:
      return STEP;
  }
}

/** What the integer path needs of the options: status precedence and as-of date. */
interface Lookup {
  readonly dataset: ColumnarDataset;
  readonly options: AssessOptions;
  readonly basePeriods: Map<string, string>;
}

/** The row of the value of an indicator (by id) in an area (by id) and a period (by code), when the integer path can use it; −1 otherwise. */
function usableRow(lookup: Lookup, indicatorId: number, areaId: number, period: string): number {
  const { dataset } = lookup;
  const periodId = dataset.columns.periodIdOf.get(period);
  if (periodId === undefined) return -1;
  const first = cellRow(dataset, indicatorId, areaId, periodId);
  if (first < 0) return -1;
  const { columns } = dataset;
  const { row, rivals } = bestRow(dataset, first, lookup.options);
  // Conflicting duplicates, a value in another unit, or digits beyond a safe integer are the step path's.
  if (row < 0 || rivals.length > 0 || columns.extras.get(row)?.unit !== undefined) return -1;
  return Number.isSafeInteger(columns.values.digits[row]) ? row : -1;
}

/** The status of one target by the integer path, or STEP. */
function fastStatus(target: Target, indicator: Indicator | undefined, lookup: Lookup, scratch: { td: number; te: number }): number {
  if (indicator === undefined || target.unit !== undefined || (target.milestones !== undefined && target.milestones.length > 0)) return STEP;
  if (target.period.includes('/')) return STEP;
  const { basis, comparator } = target;
  if (basis !== 'level' && basis !== 'change' && basis !== 'point-change' && basis !== 'growth') return STEP;
  if (comparator === 'between' || comparator === 'approximately' || target.value === undefined) return STEP;
  const { dataset } = lookup;
  const { columns } = dataset;
  const indicatorId = columns.indicatorIdOf.get(indicator.code);
  const areaId = columns.areaIdOf.get(target.area);
  if (indicatorId === undefined || areaId === undefined) return STEP;
  const actualRow = usableRow(lookup, indicatorId, areaId, target.period);
  if (actualRow < 0) return STEP;
  // The target value as a scaled integer, through the same column writer (kept in scratch).
  const value = target.value;
  if (!readTargetValue(value, scratch)) return STEP;
  const { digits, exponents } = columns.values;
  const ad = digits[actualRow] ?? 0;
  const ae = exponents[actualRow] ?? 0;
  let sign: number;
  if (basis === 'level') {
    sign = levelSign(ad, ae, scratch.td, scratch.te);
  } else {
    let basePeriod = target.basePeriod;
    if (basePeriod === undefined) {
      basePeriod = lookup.basePeriods.get(target.period);
      if (basePeriod === undefined) {
        basePeriod = basePeriodOf(target);
        lookup.basePeriods.set(target.period, basePeriod);
      }
    }
    const baseRow = usableRow(lookup, indicatorId, areaId, basePeriod);
    if (baseRow < 0) return STEP;
    const bd = digits[baseRow] ?? 0;
    const be = exponents[baseRow] ?? 0;
    if (basis === 'growth') {
      // A zero or negative base, or an actual of the other sign, is for the step path to explain.
      if (bd <= 0 || ad < 0) return STEP;
      sign = growthSign(ad, ae, bd, be, scratch.td, scratch.te);
    } else {
      sign = changeSign(ad, ae, bd, be, scratch.td, scratch.te);
    }
  }
  if (Number.isNaN(sign)) return STEP;
  return statusFromSign(sign, comparator, targetDirection(target, indicator) === 'increasing');
}

// Target values are Decimals: their digits as a safe integer, when they fit in two base-1e7 words.
function readTargetValue(value: NonNullable<Target['value']>, scratch: { td: number; te: number }): boolean {
  const words = value.d;
  const first = words[0] ?? 0;
  if (first === 0) {
    scratch.td = 0;
    scratch.te = 0;
    return true;
  }
  if (words.length > 2) return false;
  let whole = words.length === 1 ? first : first * 1e7 + (words[1] ?? 0);
  if (!Number.isSafeInteger(whole)) return false;
  let exponent = value.e - (String(first).length - 1) - 7 * (words.length - 1);
  while (whole % 10 === 0) {
    whole /= 10;
    exponent += 1;
  }
  scratch.td = value.s < 0 ? -whole : whole;
  scratch.te = exponent;
  return true;
}

function countStatuses(codes: Uint8Array): StatusCounts {
  const counts = [0, 0, 0, 0];
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  const exceeded = counts[0] ?? 0;
  const met = counts[1] ?? 0;
  return { total: codes.length, exceeded, met, notMet: counts[2] ?? 0, notAssessable: counts[3] ?? 0, metOrExceeded: exceeded + met };
}

/**
 * Assesses many targets over one dataset at once: the batch form of {@link assessTarget}, for a plan
 * over every commune of a country. Each status is decided in exact integer arithmetic on the columnar
 * dataset (values as scaled integers, compared by cross-multiplication: a growth rate
 * 100 (A − B) / B against T as 100 (A − B) against T × B), never in floating point; each whole
 * assessment is built when read. Every status and every assessment is the one {@link assessTarget}
 * gives for the same target and observations: targets the integer path does not cover are assessed
 * step by step (see {@link AssessmentBatch} for the cost model).
 *
 * @param targets - the targets; not changed
 * @param dataset - the observations, as a {@link ColumnarDataset}, or a list of observations (plain or
 *   parsed) that is read into one with {@link buildColumnarDataset}
 * @param options - the catalog, as-of date, status precedence, optional cap on ratios and band rule
 * @returns the batch: statuses now, assessments on demand
 * @throws {@link PlanningError} `invalid-argument` when targets is not a list; `invalid-input` for
 *   observations that {@link parseObservations} refuses
 *
 * @example
 * // The 2024 level target of one commune, read whole:
 * const batch = assessMany(
 *   [z.parse(targetSchema, { id: 'T1', indicator: 'X', area: '1', period: '2024', basis: 'level', comparator: 'at-least', value: '47.2', document: { kind: 'other' } })],
 *   [{ indicator: 'X', area: '1', period: '2024', value: '48.1', status: 'estimate' }],
 *   { catalog: buildCatalog([{ code: 'X', labels: { vi: 'X' }, unit: { unit: 'VND', power: 6 }, measure: 'stock', polarity: 'higher-is-better', precision: 1, aggregation: { overUnits: 'sum', overTime: 'last' } }]) },
 * );
 * [batch.status(0), batch.assessment(0).gap?.toString(), batch.fastCount];
 * //=> ['exceeded', '0.9', 1]
 */
export function assessMany(targets: readonly Target[], dataset: ColumnarDataset | readonly unknown[], options: AssessOptions): AssessmentBatch {
  const given: unknown = targets;
  if (!Array.isArray(given)) throw new PlanningError('invalid-argument', `assessMany takes a list of targets; got ${describeValue(given)}`);
  const columnar = Array.isArray(dataset) ? buildColumnarDataset(dataset) : (dataset as ColumnarDataset);
  const lookup: Lookup = { dataset: columnar, options, basePeriods: new Map() };
  const choose: CellChooser = (key, chosen) => chooseColumnarObservation(columnar, key, chosen);
  const codes = new Uint8Array(targets.length);
  const scratch = { td: 0, te: 0 };
  const indicators = options.catalog.indicators;
  let fastCount = 0;
  targets.forEach((target, index) => {
    let code = fastStatus(target, indicators.get(target.indicator), lookup, scratch);
    if (code === STEP) code = assessmentStatuses.indexOf(assessTargetIn(target, choose, options).status);
    else fastCount += 1;
    codes[index] = code;
  });
  const check = (index: number): Target => {
    const target = Number.isInteger(index) ? targets[index] : undefined;
    if (target === undefined) throw new PlanningError('invalid-argument', `index must be a whole number from 0 to ${String(targets.length - 1)}; got ${describeValue(index)}`);
    return target;
  };
  return Object.freeze({
    length: targets.length,
    targets,
    fastCount,
    summary: countStatuses(codes),
    status: (index: number): AssessmentStatus => {
      check(index);
      return assessmentStatuses[codes[index] ?? 3] ?? 'not-assessable';
    },
    assessment: (index: number): TargetAssessment => assessTargetIn(check(index), choose, options),
  });
}

/**
 * The assessment of a whole plan in batch form ({@link assessPlanBatch}): the batch of its targets
 * and the same summaries as {@link PlanAssessment}.
 *
 * @example
 * // The headline of a plan assessed in batch:
 * const result: PlanBatchAssessment = assessPlanBatch(nhuXuanPlan2024, nhuXuanDataset2024.observations, { catalog: vnDistrictIndicatorCatalog });
 * `${result.summary.metOrExceeded} of ${result.summary.total}`;
 * //=> '7 of 8'
 */
export interface PlanBatchAssessment {
  /** The plan assessed. */
  readonly plan: Plan;
  /** One status and assessment per target, in the plan's order. */
  readonly assessments: AssessmentBatch;
  /** Counts over all targets. */
  readonly summary: StatusCounts;
  /** Counts per group (the target's group, else its indicator's group, else `other`), in order of first appearance. */
  readonly byGroup: ReadonlyMap<string, StatusCounts>;
}

/**
 * Assesses every target of a plan in batch ({@link assessMany}) and summarises the result as
 * {@link assessPlan} does: the same summary and counts per group, with each assessment read from the
 * batch when needed.
 *
 * @param plan - the plan
 * @param dataset - the observations, as a {@link ColumnarDataset} or a list of observations
 * @param options - the catalog, as-of date, status precedence, optional cap on ratios and band rule
 * @returns the batch and its summaries
 * @throws {@link PlanningError} `invalid-input` for observations that {@link parseObservations} refuses
 *
 * @example
 * // The same counts as assessPlan:
 * const batch = assessPlanBatch(nhuXuanPlan2024, buildColumnarDataset(nhuXuanDataset2024.observations), { catalog: vnDistrictIndicatorCatalog });
 * [batch.summary.exceeded, batch.summary.met, batch.summary.notMet];
 * //=> [5, 2, 1]
 */
export function assessPlanBatch(plan: Plan, dataset: ColumnarDataset | readonly unknown[], options: AssessOptions): PlanBatchAssessment {
  const assessments = assessMany(plan.targets, dataset, options);
  const groups = new Map<string, number[]>();
  plan.targets.forEach((target, index) => {
    const group = target.group ?? options.catalog.indicators.get(target.indicator)?.group ?? 'other';
    const members = groups.get(group);
    if (members === undefined) groups.set(group, [index]);
    else members.push(index);
  });
  const byGroup = new Map<string, StatusCounts>();
  for (const [group, members] of groups) {
    const codes = new Uint8Array(members.length);
    members.forEach((index, at) => {
      codes[at] = assessmentStatuses.indexOf(assessments.status(index));
    });
    byGroup.set(group, countStatuses(codes));
  }
  return { plan, assessments, summary: assessments.summary, byGroup };
}
