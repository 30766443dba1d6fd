import { type Issue, PlanningError, deepFreeze, describeValue, formatIssues, issuesFromZod, safeParseInput, quoteText } from '../numeric/index.js';
import { type IsoDate, type Period, comparePeriods, parsePeriod, periodCodeSchema, periodContains, periodEnd, periodStart, periodsOverlap } from '../period/index.js';
import { type Hierarchy, unitAt } from '../admin/index.js';
import { type Catalog } from '../indicator/index.js';
import { readPlainPlan } from './plain.js';
import { type Plan, type Target, planSchema, targetSchema } from './schema.js';

/**
 * What {@link parsePlan} checks a plan against, beyond its own shape.
 *
 * @example
 * // Check indicators against the bundled catalog and areas against the Như Xuân hierarchy:
 * const context: PlanContext = { catalog: vnDistrictIndicatorCatalog, hierarchy: nhuXuanHierarchy };
 * context.catalog.indicators.has('INVESTMENT');
 * //=> true
 */
export interface PlanContext {
  /** The indicators that targets may refer to. */
  readonly catalog: Catalog;
  /** If given, each target's area must be a unit of this hierarchy, valid throughout the target period. */
  readonly hierarchy?: Hierarchy | undefined;
}

/**
 * Checks the targets of a parsed plan against the catalog (and the hierarchy, if given) and returns
 * every problem with its path: an unknown indicator; a target unit that disagrees with the
 * indicator's unit; a growth target on a rate (use point-change); a point-change on something that
 * is not a rate; a cumulative target on a stock or on a single period; a target period outside the
 * plan period; a base period that does not come before the target period; a milestone outside its
 * target period; a duplicate target id; an area unknown to the hierarchy or not valid throughout the
 * target period.
 *
 * @param plan - a plan parsed with {@link planSchema}
 * @param context - the catalog and optional hierarchy
 * @returns the problems (empty when the plan is sound)
 *
 * @example
 * // A target on an indicator the catalog does not know:
 * const plan = z.parse(planSchema, {
 *   id: 'P', title: { vi: 'Kế hoạch' }, area: '402', period: '2024', document: { kind: 'other' },
 *   targets: [{ id: 'T1', indicator: 'NOPE', area: '402', period: '2024', basis: 'level',
 *               comparator: 'at-least', value: 1, document: { kind: 'other' } }],
 * });
 * validatePlan(plan, { catalog: vnDistrictIndicatorCatalog }).map((issue) => issue.path.join('.'));
 * //=> ['targets.0.indicator']
 */
export function validatePlan(plan: Plan, context: PlanContext): Issue[] {
  checkContext(context);
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const periods = periodMemo();
  plan.targets.forEach((target, index) => {
    issues.push(...checkTarget(target, index, context, plan.period, seen, periods));
  });
  return issues;
}

/**
 * Period relations asked once per distinct code or pair of codes: a plan of many areas names few
 * periods, and the answers (and so the issues) are those of the functions asked.
 */
interface PeriodMemo {
  period(code: string): Period;
  contains(outer: string, inner: string): boolean;
  /** Whether `base` overlaps `period` or comes after it. */
  notBefore(base: string, period: string): boolean;
  start(code: string): IsoDate;
  end(code: string): IsoDate;
}

function periodMemo(): PeriodMemo {
  const periods = new Map<string, Period>();
  const answers = new Map<string, boolean>();
  const dates = new Map<string, IsoDate>();
  const period = (code: string): Period => {
    let found = periods.get(code);
    if (found === undefined) {
      found = parsePeriod(code);
      periods.set(code, found);
    }
    return found;
  };
  const answer = (key: string, ask: () => boolean): boolean => {
    let found = answers.get(key);
    if (found === undefined) {
      found = ask();
      answers.set(key, found);
    }
    return found;
  };
  const date = (key: string, ask: () => IsoDate): IsoDate => {
    let found = dates.get(key);
    if (found === undefined) {
      found = ask();
      dates.set(key, found);
    }
    return found;
  };
  return {
    period,
    contains: (outer, inner) => answer(`contains ${outer} ${inner}`, () => periodContains(period(outer), period(inner))),
    notBefore: (base, target) =>
      answer(`notBefore ${base} ${target}`, () => periodsOverlap(period(base), period(target)) || comparePeriods(period(base), period(target)) > 0),
    start: (code) => date(`start ${code}`, () => periodStart(period(code))),
    end: (code) => date(`end ${code}`, () => periodEnd(period(code))),
  };
}

/** The context is an object with a catalog: a caller from JavaScript may leave it out. */
function checkContext(context: unknown): void {
  const catalog: unknown = typeof context === 'object' && context !== null && 'catalog' in context ? context.catalog : undefined;
  if (typeof catalog !== 'object' || catalog === null || !('indicators' in catalog) || !(catalog.indicators instanceof Map)) {
    throw new PlanningError(
      'invalid-argument',
      `a plan is checked against a context { catalog, hierarchy? } whose catalog comes from buildCatalog; got ${context === undefined || context === null ? describeValue(context) : 'a context without such a catalog'}`,
    );
  }
}

function checkTarget(
  target: Target,
  index: number,
  context: PlanContext,
  planPeriodCode: string | undefined,
  seen: Set<string>,
  periods: PeriodMemo,
): Issue[] {
  const issues: Issue[] = [];
  const at = (...path: PropertyKey[]): PropertyKey[] => ['targets', index, ...path];
  if (seen.has(target.id)) issues.push({ path: at('id'), message: `duplicate target id ${quoteText(target.id)}` });
  seen.add(target.id);
  const period = periods.period(target.period);
  if (planPeriodCode !== undefined && !periods.contains(planPeriodCode, target.period)) {
    issues.push({ path: at('period'), message: `target period ${target.period} lies outside the plan period ${planPeriodCode}` });
  }
  if (target.basePeriod !== undefined) {
    const base = periods.period(target.basePeriod);
    if (periods.notBefore(target.basePeriod, target.period)) {
      issues.push({
        path: at('basePeriod'),
        message: `base period ${target.basePeriod} must end before the target period ${target.period} starts`,
      });
    }
    const yearRange = period.type === 'range' && period.start.type === 'year' && period.end.type === 'year';
    if (yearRange && target.basis === 'growth' && base.type !== 'year') {
      issues.push({
        path: at('basePeriod'),
        message: `an average growth over the years ${target.period} is measured from a base year (such as ${String(period.start.year - 1)}); got ${target.basePeriod}`,
      });
    }
  }
  for (const [milestoneIndex, milestone] of (target.milestones ?? []).entries()) {
    if (!periods.contains(target.period, milestone.period)) {
      issues.push({
        path: at('milestones', milestoneIndex, 'period'),
        message: `milestone period ${milestone.period} lies outside the target period ${target.period}`,
      });
    }
  }
  issues.push(...checkIndicator(target, context.catalog, at, periods));
  if (context.hierarchy !== undefined) {
    const from = periods.start(target.period);
    const to = periods.end(target.period);
    if (unitAt(context.hierarchy, target.area, from) === undefined || unitAt(context.hierarchy, target.area, to) === undefined) {
      issues.push({
        path: at('area'),
        message: `area ${target.area} is not an administrative unit valid throughout ${target.period} (${from} to ${to})`,
      });
    }
  }
  return issues;
}

/** Cross-checks the targets that are sound on their own when the plan as a whole failed its schema. */
function checkParsableTargets(input: unknown, context: PlanContext): Issue[] {
  if (typeof input !== 'object' || input === null) return [];
  const { targets, period } = input as { targets?: unknown; period?: unknown };
  if (!Array.isArray(targets)) return [];
  const planPeriod = safeParseInput(periodCodeSchema, period);
  const seen = new Set<string>();
  const periods = periodMemo();
  const issues: Issue[] = [];
  targets.forEach((candidate: unknown, index) => {
    const target = safeParseInput(targetSchema, candidate);
    if (target.success) issues.push(...checkTarget(target.data, index, context, planPeriod.success ? planPeriod.data : undefined, seen, periods));
  });
  return issues;
}

function checkIndicator(target: Target, catalog: Catalog, at: (...path: PropertyKey[]) => PropertyKey[], periods: PeriodMemo): Issue[] {
  const indicator = catalog.indicators.get(target.indicator);
  if (indicator === undefined) {
    return [{ path: at('indicator'), message: `unknown indicator ${quoteText(target.indicator)}; it is not in the catalog` }];
  }
  const issues: Issue[] = [];
  const isRate = indicator.measure === 'ratio' || indicator.measure === 'growth-rate';
  const targetUnit = target.unit?.unit;
  switch (target.basis) {
    case 'growth':
      if (isRate) {
        issues.push({ path: at('basis'), message: `${indicator.code} is a rate: a change in a rate is a point-change (percentage points), not a growth` });
      }
      if (targetUnit !== undefined && targetUnit.kind !== 'percent') {
        issues.push({ path: at('unit'), message: `a growth target is in percent; got ${targetUnit.code}` });
      }
      break;
    case 'point-change':
      if (!isRate) {
        issues.push({ path: at('basis'), message: `a point-change target needs a rate; ${indicator.code} is a ${indicator.measure}` });
      }
      if (targetUnit !== undefined && targetUnit.kind !== 'percentage-points') {
        issues.push({ path: at('unit'), message: `a point-change target is in percentage points; got ${targetUnit.code}` });
      }
      break;
    default:
      if (targetUnit !== undefined && targetUnit.code !== indicator.unit.unit.code) {
        issues.push({
          path: at('unit'),
          message: `the target is written in ${targetUnit.code} but ${indicator.code} is measured in ${indicator.unit.unit.code}; only the scale (nghìn, triệu, tỷ) may differ`,
        });
      }
  }
  if (target.basis === 'cumulative') {
    if (indicator.measure !== 'flow' && indicator.measure !== 'count') {
      issues.push({ path: at('basis'), message: `a cumulative target adds up periods; ${indicator.code} is a ${indicator.measure}, which does not add up over time` });
    }
    if (periods.period(target.period).type !== 'range') {
      issues.push({ path: at('period'), message: `a cumulative target needs a range period such as 2021/2025; got ${target.period}` });
    }
  }
  return issues;
}

/**
 * Parses a plan from untrusted input (for example JSON) and checks it against the catalog and the
 * hierarchy, reporting every problem with its path at once.
 *
 * @param input - the plan as read from JSON
 * @param context - the catalog and optional hierarchy to check against
 * @returns the plan, deeply frozen, with exact decimals and canonical period codes
 * @throws {@link PlanningError} `invalid-input` listing every problem with its path
 *
 * @example
 * // A comparator without its bound, and an unknown indicator, are reported together:
 * try {
 *   parsePlan({
 *     id: 'P', title: { vi: 'Kế hoạch' }, area: '402', period: '2024', document: { kind: 'other' },
 *     targets: [
 *       { id: 'T1', indicator: 'INVESTMENT', area: '402', period: '2024', basis: 'level', comparator: 'at-least', document: { kind: 'other' } },
 *     ],
 *   }, { catalog: vnDistrictIndicatorCatalog });
 * } catch (error) {
 *   console.log((error as PlanningError).issues.map((issue) => issue.path.join('.')));
 * }
 * //=> ['targets.0.value']
 */
export function parsePlan(input: unknown, context: PlanContext): Plan {
  checkContext(context);
  // The fast first pass gives what the schema gives, or nothing: then the schema reads the whole
  // plan, for its messages and paths.
  const plain = readPlainPlan(input);
  const result = plain === undefined ? safeParseInput(planSchema, input) : { success: true as const, data: plain };
  const issues = result.success
    ? validatePlan(result.data, context)
    : [...issuesFromZod(result.error.issues), ...checkParsableTargets(input, context)];
  if (!result.success || issues.length > 0) {
    throw new PlanningError(
      'invalid-input',
      `invalid plan: ${String(issues.length)} problem${issues.length === 1 ? '' : 's'}\n${formatIssues(issues)}`,
      { issues },
    );
  }
  return deepFreeze(result.data);
}
