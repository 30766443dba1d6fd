import { PlanningError } from '../numeric/index.js';
import {
  type Period,
  enumeratePeriods,
  formatPeriod,
  parsePeriod,
  periodContains,
  periodEnd,
  periodStart,
  samePeriodLastYear,
} from '../period/index.js';
import type { Indicator } from '../indicator/index.js';
import type { Target } from '../target/index.js';

/**
 * How a target is assessed and paced, from its basis, its period and its indicator's kind:
 *
 * | shape | target | quantity q | pace to date |
 * |---|---|---|---|
 * | `flow-level` | level of a flow for one period ("đầu tư 1.000 tỷ năm 2024") | A | value to date against T × expected share |
 * | `state-level` | level of a stock, rate, count or index, or any level at the end of a range of years ("thu nhập 60 triệu năm 2025") | A (the range's last year) | latest value against the straight path B + s (T − B), or T without a base |
 * | `change` | change or point change from a base ("thêm 5 xã đạt chuẩn giai đoạn 2021–2025") | A − B | change to date against T × expected share |
 * | `growth` | growth over one period ("tăng 5,6%") | (A − B) / B × 100 | growth to date on the same part of the base period, against T |
 * | `average-growth` | growth over a range of years ("tăng bình quân 7%/năm giai đoạn 2021–2025") | ((A / B)^(1/n) − 1) × 100 | average growth of the years so far against T, with the growth the remaining years need |
 * | `cumulative` | sum over the periods of a range ("lũy kế 5 năm 5.000 tỷ") | Σ A | sum to date against T × expected share |
 *
 * @example
 * // "tốc độ tăng bình quân giai đoạn 2021–2025 đạt 7%/năm" is an average growth:
 * const shape: TargetShape = 'average-growth';
 * shape;
 * //=> 'average-growth'
 */
export type TargetShape = 'flow-level' | 'state-level' | 'change' | 'growth' | 'average-growth' | 'cumulative';

/** Every {@link TargetShape}. */
export const targetShapes: readonly TargetShape[] = ['flow-level', 'state-level', 'change', 'growth', 'average-growth', 'cumulative'];

/** The first and last year of a range of years, or null for any other period. */
export function yearSpan(code: string): { readonly first: number; readonly last: number } | null {
  // Every range is written with a slash and no other period is: most targets are single periods,
  // and this skips parsing them on the assessment's hot path.
  if (!code.includes('/')) return null;
  const period = parsePeriod(code);
  if (period.type === 'range' && period.start.type === 'year' && period.end.type === 'year') {
    return { first: period.start.year, last: period.end.year };
  }
  return null;
}

/**
 * The shape of a target ({@link TargetShape}): how {@link assessTarget} derives its quantity and how
 * {@link assessTargetPace} measures its pace.
 *
 * @param target - the target
 * @param indicator - its indicator (its measure kind decides between a flow and a state level)
 * @returns the shape
 *
 * @example
 * // The five-year growth target of an illustrative Như Xuân plan:
 * const indicator = getIndicator(vnDistrictIndicatorCatalog, 'PRODUCTION_VALUE');
 * targetShape({ ...nhuXuanPlan2024.targets[0]!, period: '2021/2025', basePeriod: '2020' }, indicator);
 * //=> 'average-growth'
 */
export function targetShape(target: Target, indicator: Indicator): TargetShape {
  switch (target.basis) {
    case 'level':
      return indicator.measure === 'flow' && yearSpan(target.period) === null ? 'flow-level' : 'state-level';
    case 'change':
    case 'point-change':
      return 'change';
    case 'growth':
      return yearSpan(target.period) === null ? 'growth' : 'average-growth';
    case 'cumulative':
      return 'cumulative';
  }
}

/**
 * The base period of a target: its `basePeriod`; else, for a range of years (a five-year plan
 * 2021/2025), the year before the range (2020, as the GSO measures a plan period); else the same
 * period a year earlier.
 */
export function basePeriodOf(target: Target): string {
  if (target.basePeriod !== undefined) return target.basePeriod;
  const span = yearSpan(target.period);
  return span === null ? formatPeriod(samePeriodLastYear(target.period)) : String(span.first - 1);
}

/** The period whose value a level or change target reads: the last year of a range of years, else the target's period. */
export function endPeriodOf(target: Target): string {
  const span = yearSpan(target.period);
  return span === null ? target.period : String(span.last);
}

/** The periods whose values a cumulative target sums: each period of its range (the period itself when it is not a range). */
export function cumulativeParts(period: string): string[] {
  return enumeratePeriods(parsePeriod(period)).map(formatPeriod);
}

function lastDayIsYearEnd(period: Period): boolean {
  return periodEnd(period).endsWith('-12-31');
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Moves a period back by whole years, through the same period of each earlier year. */
function yearsEarlier(period: string, years: number): string {
  let shifted = parsePeriod(period);
  for (let step = 0; step < years; step += 1) shifted = samePeriodLastYear(shifted);
  return formatPeriod(shifted);
}

/**
 * The part of a target up to a point within its period, as a target of its own: what the target
 * asks of the periods done so far. It is what a milestone and a pace assess:
 *
 * - a range of years cut at a year y (or a range of years ending at y): average growth and sums over
 *   the range's start to y, a level or change at y, from the same base;
 * - a range of years cut inside a year: levels and changes at that sub-period; the average growth
 *   of the whole years before it; the sums of the whole years before it and of the year to date;
 * - a single period cut at a sub-period: the sub-period, with the same part of the base period for
 *   growth and for changes of a flow, and the same base for changes of a stock.
 *
 * `parts` lists the periods a cumulative target sums (absent otherwise).
 *
 * @throws {@link PlanningError} `invalid-argument` when `through` ends outside the target's period or
 * (for a sum over a range) is a part of a year that does not start on 1 January
 */
export function targetThrough(
  target: Target,
  through: string,
  indicator: Indicator,
): { readonly target: Target; readonly parts?: readonly string[] } {
  const { milestones: _milestones, ...rest } = target;
  const whole = parsePeriod(target.period);
  const cut = parsePeriod(through);
  const code = formatPeriod(cut);
  if (code === formatPeriod(whole)) return { target: rest, ...(target.basis === 'cumulative' ? { parts: cumulativeParts(code) } : {}) };
  const end = periodEnd(cut);
  if (end < periodStart(whole) || end > periodEnd(whole)) {
    throw new PlanningError(
      'invalid-argument',
      `${code} ends on ${end}, outside the period ${target.period} of target ${target.id}; choose a period that ends within it`,
    );
  }
  const base = basePeriodOf(target);
  const span = yearSpan(target.period);
  if (span !== null) {
    const wholeYears = lastDayIsYearEnd(cut);
    const lastYear = wholeYears ? yearOf(end) : yearOf(end) - 1;
    const years = (upTo: number) => (upTo === span.first ? String(upTo) : `${String(span.first)}/${String(upTo)}`);
    switch (target.basis) {
      case 'growth':
        if (lastYear < span.first) {
          throw new PlanningError(
            'invalid-argument',
            `the average growth of target ${target.id} needs at least the whole year ${String(span.first)}; ${code} ends on ${end}`,
          );
        }
        if (lastYear <= yearOf(periodEnd(parsePeriod(base)))) {
          // No year of growth lies between the base and the cut: there is nothing to average.
          throw new PlanningError(
            'invalid-argument',
            `the average growth of target ${target.id} from its base ${base} needs a year after the base; ${code} ends on ${end}`,
          );
        }
        return { target: { ...rest, period: years(lastYear), basePeriod: base } };
      case 'cumulative': {
        const done = lastYear >= span.first ? cumulativeParts(years(lastYear)) : [];
        if (wholeYears) return { target: { ...rest, period: years(lastYear) }, parts: done };
        if (periodStart(cut).slice(5) !== '01-01') {
          throw new PlanningError(
            'invalid-argument',
            `a sum over ${target.period} is taken to ${code} only from 1 January of its year; use a year-to-date period such as ${String(yearOf(end))}-M01/${end.slice(0, 4)}-M${end.slice(5, 7)}`,
          );
        }
        return { target: { ...rest, period: code }, parts: [...done, code] };
      }
      default:
        return { target: { ...rest, period: wholeYears ? String(yearOf(end)) : code, basePeriod: base } };
    }
  }
  if (!periodContains(whole, cut)) {
    throw new PlanningError('invalid-argument', `${code} is not within the period ${target.period} of target ${target.id}`);
  }
  // The same part of the base period: a base after the target's period has no earlier part to compare with.
  const sameOfBase = () => yearsEarlier(code, Math.max(0, yearOf(periodStart(whole)) - yearOf(periodStart(parsePeriod(base)))));
  switch (target.basis) {
    case 'growth':
      return { target: { ...rest, period: code, basePeriod: sameOfBase() } };
    case 'change':
    case 'point-change':
      return { target: { ...rest, period: code, basePeriod: indicator.measure === 'flow' ? sameOfBase() : base } };
    case 'cumulative':
      return { target: { ...rest, period: code }, parts: cumulativeParts(code) };
    case 'level':
      return { target: { ...rest, period: code, basePeriod: base } };
  }
}
