import { Decimal, type DecimalInput, type Issue, PlanningError, formatIssues, describeValue, isDecimalInput, toDecimal, quoteText } from '../numeric/index.js';
import type { IsoDate } from '../period/index.js';
import { checkDate, dayAfter, dayBefore } from './dates.js';
import { type Edge, type Hierarchy, type HierarchyIndex, type Version, describeSuccession, describeUnit, indexOf, versionAt, versionsOfCode } from './model.js';
import type { AdminUnit, Succession } from './schema.js';

/**
 * One link of a succession as seen from a unit: the unit on the other side, the share of the
 * predecessor that went to the successor, and the succession itself (with its date and legal basis).
 *
 * @example
 * // What became of the commune Xuân Hòa on 1 July 2025:
 * const [link]: readonly SuccessionLink[] = successorsOf(nhuXuanHierarchy, '16180', '2024-12-31');
 * [link?.unit.name, link?.share?.toString(), link?.succession.legalBasis];
 * //=> ['Xuân Bình', '1', 'Resolution 1686/NQ-UBTVQH15, clause 112']
 */
export interface SuccessionLink {
  /** The successor (for {@link successorsOf}) or predecessor (for {@link predecessorsOf}) unit version. */
  readonly unit: AdminUnit;
  /** The share of the predecessor that went to the successor: 1 for a merge, rename or change of parent, the split weight for a split; undefined when a split weight was not given. */
  readonly share: Decimal | undefined;
  /** The succession that links the two units. */
  readonly succession: Succession;
}

/**
 * The direct successors of a unit: the units that the unit valid on `date` became, through the
 * successions dated the day after one of its days of validity (usually its last day), in date order.
 * A unit that continues unchanged has none; a unit abolished with its level has none either.
 *
 * @param hierarchy - a hierarchy from {@link buildHierarchy}
 * @param code - the unit's code
 * @param date - a day on which the code names the unit in question
 * @returns one link per successor, with its share and the succession
 * @throws {@link PlanningError} `not-found` when the code names no unit on that day; `invalid-argument`
 * for a malformed date
 *
 * @example
 * // The township Yên Cát and the commune Tân Bình both became the commune Như Xuân (clause 110):
 * [successorsOf(nhuXuanHierarchy, '16174', '2024-12-31')[0]?.unit.name, successorsOf(nhuXuanHierarchy, '16201', '2024-12-31')[0]?.unit.name];
 * //=> ['Như Xuân', 'Như Xuân']
 */
export function successorsOf(hierarchy: Hierarchy, code: string, date: IsoDate): readonly SuccessionLink[] {
  const index = indexOf(hierarchy);
  const version = requireAt(index, code, date);
  const links: SuccessionLink[] = [];
  for (const edge of index.edgesByPredecessor.get(code) ?? []) {
    const lastDay = dayBefore(edge.date);
    if (lastDay < version.from || lastDay > version.to) continue;
    const successor = versionAt(index, edge.to, edge.date);
    if (successor !== undefined) links.push({ unit: successor.unit, share: edge.share, succession: edge.succession });
  }
  return links.sort((a, b) => compareText(a.succession.date, b.succession.date));
}

/**
 * The direct predecessors of a unit: the units that became (part of) the unit valid on `date`, through
 * the successions dated on one of its days of validity (usually its first day), in date order.
 *
 * @param hierarchy - a hierarchy from {@link buildHierarchy}
 * @param code - the unit's code
 * @param date - a day on which the code names the unit in question
 * @returns one link per predecessor, with the share of it that went to this unit and the succession
 * @throws {@link PlanningError} `not-found` when the code names no unit on that day; `invalid-argument`
 * for a malformed date
 *
 * @example
 * // The new commune Xuân Bình (code 16177) was formed from three communes (clause 112):
 * predecessorsOf(nhuXuanHierarchy, '16177', '2025-07-01').map((link) => link.unit.name);
 * //=> ['Bãi Trành', 'Xuân Hòa', 'Xuân Bình']
 */
export function predecessorsOf(hierarchy: Hierarchy, code: string, date: IsoDate): readonly SuccessionLink[] {
  const index = indexOf(hierarchy);
  const version = requireAt(index, code, date);
  const links: SuccessionLink[] = [];
  for (const edge of index.edgesBySuccessor.get(code) ?? []) {
    if (edge.date < version.from || edge.date > version.to) continue;
    const predecessor = versionAt(index, edge.from, dayBefore(edge.date));
    if (predecessor !== undefined) links.push({ unit: predecessor.unit, share: edge.share, succession: edge.succession });
  }
  return links.sort((a, b) => compareText(a.succession.date, b.succession.date));
}

function requireAt(index: HierarchyIndex, code: string, date: IsoDate): { readonly from: string; readonly to: string } {
  checkDate(date, 'date');
  const version = versionAt(index, code, date);
  if (version === undefined) throw new PlanningError('not-found', `no unit has code ${code} on ${date}`);
  return version;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A numerator and a denominator, the parts of a ratio that {@link restateValues} adds up separately
 * (a ratio of aggregates is Σ numerator / Σ denominator, never a mean of ratios).
 *
 * @example
 * // Poor households over all households in a commune:
 * const poorShare: RatioParts = { numerator: 120, denominator: 1500 };
 * toDecimal(poorShare.numerator).div(poorShare.denominator).toString();
 * //=> '0.08'
 */
export interface RatioParts {
  /** The numerator (poor households, hard-surfaced road kilometres...). */
  readonly numerator: DecimalInput;
  /** The denominator (all households, all road kilometres...). */
  readonly denominator: DecimalInput;
}

/**
 * Values keyed by unit code: a plain object or a Map.
 *
 * @example
 * // Two communes' values, either way:
 * const values: ValuesByCode<DecimalInput> = { '16177': 10, '16180': '2.5' };
 * const same: ValuesByCode<DecimalInput> = new Map([['16177', 10], ['16180', '2.5']]);
 * [Object.keys(values).length, same.size];
 * //=> [2, 2]
 */
export type ValuesByCode<T> = Readonly<Record<string, T>> | ReadonlyMap<string, T>;

/**
 * A request to {@link restateValues} for an additive quantity (population, area, output, revenue):
 * the restated value of a unit is the sum of its sources' values times their shares.
 *
 * @example
 * // Population of three old communes, restated onto the 2025 communes:
 * const request: RestateSumRequest = {
 *   rule: 'sum', from: '2024-12-31', to: '2025-07-01', values: { '16177': 5000, '16180': 3000, '16183': 4000 },
 * };
 * request.rule;
 * //=> 'sum'
 */
export interface RestateSumRequest {
  /** Add the values (weighted by the shares of any splits). */
  readonly rule: 'sum';
  /** The values, keyed by the codes of units valid on `from`. */
  readonly values: ValuesByCode<DecimalInput>;
  /** The day on which the codes of `values` are read. */
  readonly from: IsoDate;
  /** The day of the units onto which the values are restated (on or after `from`). */
  readonly to: IsoDate;
}

/**
 * A request to {@link restateValues} for a ratio (a rate, a share, a mean per person): numerators and
 * denominators are restated separately and the ratio is formed at the end.
 *
 * @example
 * // The share of poor households in two communes that merged:
 * const request: RestateRatioRequest = {
 *   rule: 'ratio', from: '2024-12-31', to: '2025-07-01',
 *   values: { '16186': { numerator: 120, denominator: 1500 }, '16204': { numerator: 80, denominator: 900 } },
 * };
 * request.rule;
 * //=> 'ratio'
 */
export interface RestateRatioRequest {
  /** Add numerators and denominators separately, then divide. */
  readonly rule: 'ratio';
  /** The numerators and denominators, keyed by the codes of units valid on `from`. */
  readonly values: ValuesByCode<RatioParts>;
  /** The day on which the codes of `values` are read. */
  readonly from: IsoDate;
  /** The day of the units onto which the values are restated (on or after `from`). */
  readonly to: IsoDate;
}

/**
 * What {@link restateValues} is asked: values of one rule, keyed by the codes of one date, to restate
 * onto the units of a later date.
 *
 * @example
 * // Restate a sum:
 * const request: RestateRequest = { rule: 'sum', from: '2024-12-31', to: '2025-07-01', values: { '16204': 7 } };
 * restateValues(nhuXuanHierarchy, request)[0]?.code;
 * //=> '16186'
 */
export type RestateRequest = RestateSumRequest | RestateRatioRequest;

/**
 * One source of a restated value: a code of the `from` date and the share of its value that went into
 * the target unit (the product of the split shares along the way; 1 through merges).
 *
 * @example
 * // Bình Lương went whole into Hóa Quỳ:
 * const [row] = restateValues(nhuXuanHierarchy, {
 *   rule: 'sum', from: '2024-12-31', to: '2025-07-01', values: { '16204': 7 },
 * });
 * const sources: readonly RestatementSource[] = row?.sources ?? [];
 * sources.map((source) => [source.code, source.share.toString()]);
 * //=> [['16204', '1']]
 */
export interface RestatementSource {
  /** The code of the source unit, as on the `from` date. */
  readonly code: string;
  /** The share of the source's value counted in the target. */
  readonly share: Decimal;
}

/**
 * One restated value: a unit of the `to` date, its value, and how it was built.
 *
 * @example
 * // Xuân Bình's population from its three predecessors:
 * const [row]: readonly RestatedValue[] = restateValues(nhuXuanHierarchy, {
 *   rule: 'sum', from: '2024-12-31', to: '2025-07-01', values: { '16177': 5000, '16180': 3000, '16183': 4000 },
 * });
 * [row?.unit.name, row?.value.toString(), row?.sources.map((source) => source.code)];
 * //=> ['Xuân Bình', '12000', ['16177', '16180', '16183']]
 */
export interface RestatedValue {
  /** The code of the target unit on the `to` date. */
  readonly code: string;
  /** The target unit version valid on the `to` date. */
  readonly unit: AdminUnit;
  /** The restated value: the weighted sum, or for a ratio, Σ numerator / Σ denominator. */
  readonly value: Decimal;
  /** For the `ratio` rule, the restated numerator. */
  readonly numerator?: Decimal;
  /** For the `ratio` rule, the restated denominator. */
  readonly denominator?: Decimal;
  /** The source codes and the shares of their values that went into this one, in code order. */
  readonly sources: readonly RestatementSource[];
}

interface Contribution {
  readonly source: string;
  readonly share: Decimal;
}

const one = new Decimal(1);

/**
 * Restates values kept for the units of one date onto the units valid at a later date, following
 * every succession in between: merged units' values are added, a divided unit's value is shared out by
 * the split weights, renamed or moved units keep theirs. Additive quantities (`rule: 'sum'`) are summed;
 * ratios (`rule: 'ratio'`) restate numerator and denominator separately and divide at the end, the rule
 * of DHIS2 and of every statistics office for ratios of aggregates.
 *
 * Each result names its sources and shares, so a report can show its working. Only units that receive
 * at least one value are returned, in code order. A code valid on both dates with no succession in
 * between keeps its value.
 *
 * @param hierarchy - a hierarchy from {@link buildHierarchy}, with its successions
 * @param request - the rule, the values by code, and the two dates
 * @returns one restated value per target unit, in code order
 * @throws {@link PlanningError} `missing-weight` when a value passes through a split whose weight for a
 * part is not given (naming the unit and the succession); `unsupported-conversion` when a unit with a
 * value ended with no successor (an abolished level's unit, say); `not-found` when a code names no unit
 * on `from`; `division-by-zero` when a restated denominator is zero; `invalid-number` for a value that
 * is not a number; `invalid-argument` for malformed dates, `to` before `from` or an unknown rule
 *
 * @example
 * // Bãi Trành, Xuân Hòa and Xuân Bình all restate onto 16177 (the new Xuân Bình):
 * restateValues(nhuXuanHierarchy, {
 *   rule: 'sum', from: '2024-12-31', to: '2025-07-01', values: { '16177': 5000, '16180': 3000, '16183': 4000 },
 * }).map((row) => [row.code, row.value.toString()]);
 * //=> [['16177', '12000']]
 *
 * @example
 * // A ratio is Σ numerator / Σ denominator, not the mean of the two shares (8% and 8.89%):
 * restateValues(nhuXuanHierarchy, {
 *   rule: 'ratio', from: '2024-12-31', to: '2025-07-01',
 *   values: { '16186': { numerator: 120, denominator: 1500 }, '16204': { numerator: 80, denominator: 900 } },
 * })[0]?.value.toFixed(4);
 * //=> '0.0833'
 */
export function restateValues(hierarchy: Hierarchy, request: RestateRequest): readonly RestatedValue[] {
  const index = indexOf(hierarchy);
  const { from, to } = request;
  checkDate(from, 'from');
  checkDate(to, 'to');
  if (to < from) {
    throw new PlanningError('invalid-argument', `to (${to}) is before from (${from}); values can only be restated forward in time`);
  }
  const rule: string = request.rule;
  if (rule !== 'sum' && rule !== 'ratio') {
    throw new PlanningError('invalid-argument', `unknown rule ${quoteText(rule)}; expected 'sum' or 'ratio'`);
  }
  const entries: [string, unknown][] =
    request.values instanceof Map ? [...(request.values as ReadonlyMap<string, unknown>)] : Object.entries(request.values);

  // Read the values once, before any arithmetic.
  const numerators = new Map<string, Decimal>();
  const denominators = new Map<string, Decimal>();
  const unknown: Issue[] = [];
  for (const [code, value] of entries) {
    if (versionAt(index, code, from) === undefined) {
      unknown.push({ path: ['values', code], message: `no unit has code ${code} on ${from}` });
      continue;
    }
    if (request.rule === 'sum') {
      numerators.set(code, readDecimal(value, `values["${code}"]`));
    } else {
      if (typeof value !== 'object' || value === null) {
        throw new PlanningError(
          'invalid-number',
          `values["${code}"] must be { numerator, denominator } for the ratio rule; got ${describeValue(value)}`,
        );
      }
      const parts = value as Readonly<Record<string, unknown>>;
      numerators.set(code, readDecimal(parts.numerator, `values["${code}"].numerator`));
      denominators.set(code, readDecimal(parts.denominator, `values["${code}"].denominator`));
    }
  }
  if (unknown.length > 0) {
    throw new PlanningError(
      'not-found',
      `cannot restate values from ${from}: ${String(unknown.length)} code${unknown.length === 1 ? ' names' : 's name'} no unit on that day\n${formatIssues(unknown)}`,
      { issues: unknown },
    );
  }

  const holdings = trace(index, [...numerators.keys()], from, to);

  const results: RestatedValue[] = [];
  for (const [code, { unit, contributions }] of [...holdings].sort(([a], [b]) => compareText(a, b))) {
    let numerator = new Decimal(0);
    let denominator = new Decimal(0);
    const shares = new Map<string, Decimal>();
    for (const { source, share } of contributions) {
      shares.set(source, (shares.get(source) ?? new Decimal(0)).plus(share));
      numerator = numerator.plus(share.times(numerators.get(source) ?? 0));
      if (request.rule === 'ratio') denominator = denominator.plus(share.times(denominators.get(source) ?? 0));
    }
    const sources = [...shares]
      .sort(([a], [b]) => compareText(a, b))
      .map(([source, share]) => ({ code: source, share }));
    if (request.rule === 'sum') {
      results.push({ code, unit, value: numerator, sources });
      continue;
    }
    if (denominator.isZero()) {
      throw new PlanningError(
        'division-by-zero',
        `the restated denominator of unit ${describeUnit(unit)} on ${to} is 0 (from ${sources.map((source) => source.code).join(', ')}); a ratio needs a non-zero denominator`,
      );
    }
    results.push({ code, unit, value: numerator.div(denominator), numerator, denominator, sources });
  }
  return results;
}

function readDecimal(value: unknown, what: string): Decimal {
  if (!isDecimalInput(value)) {
    throw new PlanningError('invalid-number', `${what} must be a finite number or a decimal string such as '12.5'; got ${describeValue(value)}`);
  }
  return toDecimal(value, what);
}

/** Follows each code of `from` through the successions up to `to`: target code → unit and contributions. */
function trace(
  index: HierarchyIndex,
  codes: readonly string[],
  from: IsoDate,
  to: IsoDate,
): Map<string, { readonly unit: AdminUnit; readonly contributions: readonly Contribution[] }> {
  let holdings = new Map<string, Contribution[]>(codes.map((code) => [code, [{ source: code, share: one }]]));
  for (const date of index.successionDates) {
    if (date <= from) continue;
    if (date > to) break;
    const edgesOnDate = index.edgesByDate.get(date);
    const next = new Map<string, Contribution[]>();
    for (const [code, contributions] of holdings) {
      const edges = edgesOnDate?.get(code);
      if (edges === undefined) {
        requireContinuation(index, code, dayBefore(date), date);
        append(next, code, contributions);
        continue;
      }
      for (const edge of edges) {
        const share = edge.share ?? missingWeight(index, edge);
        append(
          next,
          edge.to,
          share.equals(1) ? contributions : contributions.map((c) => ({ source: c.source, share: c.share.times(share) })),
        );
      }
    }
    holdings = next;
  }
  return new Map(
    [...holdings].map(([code, contributions]) => [code, { unit: requireContinuation(index, code, from, to).unit, contributions }]),
  );
}

function append(map: Map<string, Contribution[]>, code: string, contributions: readonly Contribution[]): void {
  const list = map.get(code);
  if (list === undefined) map.set(code, [...contributions]);
  else list.push(...contributions);
}

function missingWeight(index: HierarchyIndex, edge: Edge): never {
  const from = versionAt(index, edge.from, dayBefore(edge.date));
  const to = versionAt(index, edge.to, edge.date);
  throw new PlanningError(
    'missing-weight',
    `restating needs the share of unit ${from === undefined ? edge.from : describeUnit(from.unit)} that went to ` +
      `${to === undefined ? edge.to : describeUnit(to.unit)} in ${describeSuccession(edge.succession)} ` +
      `(successions[${String(edge.position)}]); give a weight for every part of that split`,
  );
}

/** Throws unless `code` still names a unit on `date` (it had no successor between `last` and `date`). */
function requireContinuation(index: HierarchyIndex, code: string, last: string, date: string): Version {
  const current = versionAt(index, code, date);
  if (current !== undefined) return current;
  const previous = versionAt(index, code, last) ?? lastVersionBefore(index, code, date);
  if (previous === undefined) {
    throw new PlanningError('unsupported-conversion', `code ${code} names no unit on ${date}; its value cannot be restated onto the units of that day`);
  }
  const abolition = index.abolitions.get(dayAfter(previous.to))?.find((succession) => succession.level === previous.unit.level);
  const reason =
    abolition === undefined
      ? 'with no recorded successor'
      : `with ${describeSuccession(abolition)}, which gives its units no successor`;
  throw new PlanningError(
    'unsupported-conversion',
    `unit ${describeUnit(previous.unit)} ended on ${previous.to} ${reason}; its value cannot be restated onto the units valid on ${date}`,
  );
}

function lastVersionBefore(index: HierarchyIndex, code: string, date: string): Version | undefined {
  let found: Version | undefined;
  for (const version of versionsOfCode(index, code)) if (version.to < date) found = version;
  return found;
}
